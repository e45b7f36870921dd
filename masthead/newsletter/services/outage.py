"""A worker that loses its database: reconnecting, briefly, before giving up.

Django opens a new connection only at the start of a request; a command or a
task worker that loses its connection (the server restarted, the network
dropped) keeps failing on the dead one. The send loop and `roundup_send`
catch DATABASE_ERRORS, stop talking to the mail server, and reconnect here.
"""

import contextlib
import time

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.db import connection as database

# A lost connection, a server restarting or refusing connections.
DATABASE_ERRORS = (OperationalError, InterfaceError)


class DatabaseUnavailable(Exception):
    """The database stayed out of reach for longer than the worker waits."""


class DatabaseOutage:
    """Getting the database back after losing it: close Django's connection and
    open a new one, with a short backoff, until MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS
    have passed since the outage began; then DatabaseUnavailable.

    Django does not reconnect by itself outside the request cycle. Inside a
    transaction there is nothing to reconnect to: the error is raised again.
    """

    def __init__(self) -> None:
        self.deadline: float | None = None
        self.delay = 0.1

    def reconnect(self, error: Exception) -> None:
        if database.in_atomic_block:
            raise error
        if self.deadline is None:
            self.deadline = time.monotonic() + settings.MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS
        else:
            self._pause(error)  # it came back and failed again: do not hammer it
        while True:
            with contextlib.suppress(DatabaseError):
                database.close()
            try:
                database.ensure_connection()
                return
            except DATABASE_ERRORS as failure:
                self._pause(failure)

    def _pause(self, error: Exception) -> None:
        if time.monotonic() + self.delay > (self.deadline or 0.0):
            raise DatabaseUnavailable(f"The database is out of reach: {error}") from error
        time.sleep(self.delay)
        self.delay = min(self.delay * 2, 1.0)

    def over(self) -> None:
        self.deadline, self.delay = None, 0.1
