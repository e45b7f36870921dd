"""A minimal, fast SMTP sink for the newsletter benchmark: it accepts every
message and only counts them.

    .venv/bin/python bench/smtp_sink.py [--port 0] [--count-file PATH] [--recipients-file PATH]

Listens on 127.0.0.1 (port 0: a free port, chosen by the system) and prints
"PORT <n>" on its first line of output once it accepts connections. It speaks
just enough SMTP for smtplib and Django's backend: EHLO/HELO, MAIL, RCPT, DATA,
RSET, NOOP, QUIT (answers 250, 354, 221). DATA is read in bulk until the
terminating "\\r\\n.\\r\\n", with no parsing of the message. A connection dropped
before the terminator is a withdrawn message and is not counted.

The extra command XSTAT answers "250 messages=<n> bytes=<n> recipients=<n>
duplicated=<n> first=<t> last=<t>" (recipients: distinct RCPT addresses of
accepted messages; duplicated: those with more than one; first/last:
time.time() of the first and last accepted message). On SIGTERM or SIGINT
the same figures are written to --count-file as JSON, and the number of
accepted messages per recipient to --recipients-file (bench/faults.py).

aiosmtpd's default handler tops out at about 460 messages/s on the project's
machines (docs: ../shared/stack-notes.md, item 10); this one is not meant to be
the bottleneck of a benchmark.
"""

import argparse
import asyncio
import contextlib
import json
import signal
import sys
import time

TERMINATOR = b"\r\n.\r\n"


class Stats:
    def __init__(self):
        self.messages = 0
        self.bytes = 0
        self.recipients = {}  # address -> accepted messages
        self.duplicated = 0
        self.first = 0.0
        self.last = 0.0

    def accept(self, rcpts) -> None:
        recipients = self.recipients
        for rcpt in rcpts:
            count = recipients.get(rcpt, 0) + 1
            recipients[rcpt] = count
            if count == 2:
                self.duplicated += 1

    def as_dict(self) -> dict:
        return {
            "messages": self.messages,
            "bytes": self.bytes,
            "recipients": len(self.recipients),
            "duplicated": self.duplicated,
            "first": self.first,
            "last": self.last,
        }


class SinkProtocol(asyncio.Protocol):
    def __init__(self, stats: Stats):
        self.stats = stats
        self.buffer = bytearray()
        self.in_data = False
        self.scanned = 0  # bytes of the DATA buffer already searched for the terminator
        self.rcpts = []
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        transport.write(b"220 sink.invalid ESMTP bench sink\r\n")

    def data_received(self, data):
        self.buffer += data
        while self.buffer:
            if self.in_data:
                if not self._data_step():
                    return
            elif not self._command_step():
                return

    # -- DATA: read in bulk until the terminator --------------------------------

    def _data_step(self) -> bool:
        buffer = self.buffer
        found = buffer.find(TERMINATOR, max(0, self.scanned - 4))
        if found < 0:
            self.scanned = len(buffer)
            return False
        end = found + len(TERMINATOR)
        stats = self.stats
        stats.messages += 1
        stats.bytes += end - 2  # without the "\r\n" put in front on DATA
        stats.accept(self.rcpts)
        now = time.time()
        if not stats.first:
            stats.first = now
        stats.last = now
        del buffer[:end]
        self.in_data = False
        self.scanned = 0
        self.rcpts = []
        self.transport.write(b"250 2.0.0 Accepted\r\n")
        return True

    # -- commands -----------------------------------------------------------------

    def _command_step(self) -> bool:
        end = self.buffer.find(b"\r\n")
        if end < 0:
            if len(self.buffer) > 4096:
                self.transport.write(b"500 5.5.2 Line too long\r\n")
                self.transport.close()
                self.buffer.clear()
            return False
        line = bytes(self.buffer[:end])
        del self.buffer[: end + 2]
        verb = line[:4].upper()
        write = self.transport.write
        if verb == b"EHLO":
            write(b"250-sink.invalid\r\n250-8BITMIME\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n")
        elif verb == b"HELO":
            write(b"250 sink.invalid\r\n")
        elif verb == b"MAIL":
            self.rcpts = []
            write(b"250 2.1.0 OK\r\n")
        elif verb == b"RCPT":
            address = line[line.find(b":") + 1 :].strip()
            self.rcpts.append(address.split(b" ", 1)[0].strip(b"<>").lower().decode())
            write(b"250 2.1.5 OK\r\n")
        elif verb == b"DATA":
            self.in_data = True
            self.scanned = 0
            # The body starts right after "DATA\r\n": with a CRLF in front, an
            # empty message's ".\r\n" is found like any other terminator.
            self.buffer[0:0] = b"\r\n"
            write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        elif verb == b"RSET":
            self.rcpts = []
            write(b"250 2.0.0 OK\r\n")
        elif verb == b"NOOP":
            write(b"250 2.0.0 OK\r\n")
        elif verb == b"QUIT":
            write(b"221 2.0.0 Bye\r\n")
            self.transport.close()
            self.buffer.clear()
            return False
        elif line[:5].upper() == b"XSTAT":
            figures = " ".join(f"{k}={v}" for k, v in self.stats.as_dict().items())
            write(f"250 {figures}\r\n".encode())
        else:
            write(b"502 5.5.1 Not implemented\r\n")
        return True

    def connection_lost(self, exc):
        # A connection dropped in the middle of DATA withdraws that message.
        self.buffer.clear()


async def serve(port: int, count_file: str | None, recipients_file: str | None = None) -> None:
    stats = Stats()
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, lambda: stop.done() or stop.set_result(None))
    server = await loop.create_server(
        lambda: SinkProtocol(stats), "127.0.0.1", port, reuse_address=True, backlog=128
    )
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await stop
    figures = stats.as_dict()
    if count_file:
        with open(count_file, "w") as out:
            json.dump(figures, out)
    if recipients_file:
        with open(recipients_file, "w") as out:
            json.dump(stats.recipients, out)
    with contextlib.suppress(BrokenPipeError):
        print(json.dumps(figures), flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--count-file", help="where to write the figures on exit (JSON)")
    parser.add_argument(
        "--recipients-file", help="where to write the accepted messages per recipient (JSON)"
    )
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.count_file, args.recipients_file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
