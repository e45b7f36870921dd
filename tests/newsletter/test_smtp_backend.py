"""The round-up's SMTP backend (newsletter/mail/smtp.py)."""

import smtplib
import socket

import pytest

from masthead.newsletter.mail.smtp import RoundupSMTPBackend


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_prebuilt_message_with_no_server_to_connect_to_is_a_disconnection_to_retry():
    # With fail_silently, open() swallows the refused connection and leaves no
    # connection; sending must still fail in a way the send loop retries.
    backend = RoundupSMTPBackend(host="127.0.0.1", port=_closed_port(), fail_silently=True)
    with pytest.raises(smtplib.SMTPServerDisconnected, match="Could not connect"):
        backend.send_prebuilt(
            "editor@example.org",
            "reader@example.org",
            b"Subject: Hello\r\n\r\nHello\r\n",
            before_commit=lambda: None,
        )
