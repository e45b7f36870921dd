"""Django's SMTP backend, with one addition for sending round-ups exactly once.

`send_prebuilt` sends a ready-made message and calls `before_commit` after the
message body has been transmitted but before the final "." that asks the
server to accept it. The caller records the delivery as *handing over* inside
that callback, and as sent once this method returns (the server said 250). So:

- a worker killed before the callback's record leaves an unfinished SMTP
  transaction, which the server discards; the delivery is sent again later;
- a worker killed after it leaves a delivery *handing over*: the server may
  or may not have the message, and nobody can tell; it becomes uncertain;
- if the callback fails (another worker took over the delivery, or the
  database is gone), the connection is dropped before ".", and nothing is
  delivered.

Ordinary mail (confirmations, tests) goes through `send_messages` unchanged.
"""

import contextlib
import re
import smtplib
import socket
from collections.abc import Callable

from django.core.mail.backends.smtp import EmailBackend

_LEADING_DOT = re.compile(rb"(?m)^\.")
# Finds the same dots several times faster than _LEADING_DOT (no "^" to test at
# every position); most messages have none, and then need no substitution.
_DOT_AFTER_NEWLINE = re.compile(rb"\n\.")


class DeliveryAborted(Exception):
    """The message was not handed over; the server discarded it."""


class RoundupSMTPBackend(EmailBackend):
    supports_prebuilt = True

    def open(self) -> bool | None:
        opened = super().open()
        if opened and self.connection is not None and self.connection.sock is not None:
            # The final "." is a tiny write that follows the body without waiting
            # for a reply. With Nagle's algorithm on, the kernel holds it back until
            # the server acknowledges the body, and servers delay that ACK (40 ms on
            # Linux): about 25 messages per second per connection. Send it at once.
            with contextlib.suppress(AttributeError, OSError):
                self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return opened

    def _abort(self) -> None:
        # There is no SMTP command to abandon a DATA phase: dropping the
        # connection before "." is how a client withdraws a message.
        if self.connection is not None and self.connection.sock is not None:
            with contextlib.suppress(AttributeError, OSError):
                self.connection.sock.close()
        self.connection = None

    def send_prebuilt(
        self,
        from_addr: str,
        to_addr: str,
        data: bytes,
        before_commit: Callable[[], None],
    ) -> None:
        """Send `data` (CRLF line endings) to one recipient.

        Raises smtplib exceptions as smtplib does; `DeliveryAborted` when
        `before_commit` raised (its exception is chained).
        """
        if self.connection is None:
            self.open()
        smtp = self.connection
        if smtp is None:  # open() failed silently (fail_silently=True)
            raise smtplib.SMTPServerDisconnected(
                f"Could not connect to the mail server at {self.host}:{self.port}."
            )
        smtp.ehlo_or_helo_if_needed()
        code, reply = smtp.mail(from_addr)
        if code != 250:
            smtp.rset()
            raise smtplib.SMTPSenderRefused(code, reply, from_addr)
        code, reply = smtp.rcpt(to_addr)
        if code not in (250, 251):
            smtp.rset()
            raise smtplib.SMTPRecipientsRefused({to_addr: (code, reply)})
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            smtp.rset()
            raise smtplib.SMTPDataError(code, reply)
        body = data
        if data.startswith(b".") or _DOT_AFTER_NEWLINE.search(data):
            body = _LEADING_DOT.sub(b"..", data)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        smtp.send(body)
        try:
            before_commit()
        except Exception as error:
            self._abort()
            raise DeliveryAborted(str(error)) from error
        smtp.send(b".\r\n")
        code, reply = smtp.getreply()
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
