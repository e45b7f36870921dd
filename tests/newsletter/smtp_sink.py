"""A real SMTP server for the tests (aiosmtpd), recording what arrives."""

import email
import email.policy
import socket
import threading
import time
from collections import Counter

from aiosmtpd.controller import Controller


class RecordingHandler:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()
        self.on_data = None  # called with the message count before answering 250
        self.on_rcpt = None  # called with the recipient before answering 250
        self.refuse = {}  # recipient -> "4xx/5xx reply" to RCPT instead of 250
        # recipient -> "4xx/5xx reply" to the final "." instead of 250 (not recorded)
        self.refuse_data = {}
        # recipients whose message is accepted, but the connection is closed
        # instead of answering the final "." (the sender cannot know)
        self.hang_up_after_data = set()
        self.rcpt_log = []  # every RCPT address, in order, attempts withdrawn included
        self.accepted_at = {}  # recipient -> time.monotonic() of its last accepted message

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            self.rcpt_log.append(address)
        if self.on_rcpt:
            self.on_rcpt(address)
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            if rcpt in self.refuse_data:
                return self.refuse_data[rcpt]
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
            count = len(self.messages)
            for rcpt in envelope.rcpt_tos:
                self.accepted_at[rcpt] = time.monotonic()
        if self.on_data:
            self.on_data(count)
        if self.hang_up_after_data.intersection(envelope.rcpt_tos):
            server.transport.close()
        return "250 Message accepted"

    def recipients(self) -> Counter:
        with self.lock:
            return Counter(rcpt for rcpts, _ in self.messages for rcpt in rcpts)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPSink:
    def __init__(self):
        self.handler = RecordingHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    @property
    def messages(self):
        return self.handler.messages
