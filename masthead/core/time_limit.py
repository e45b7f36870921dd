"""A wall-clock limit on a piece of work in a background job.

Imports and feed polls read input from outside; its size and depth are
bounded before parsing, and this is the net under those bounds: past the
limit the work is interrupted with TimeLimitExceeded and the job goes on with
the next piece. It uses SIGALRM, so it applies in a process's main thread (the
task worker's, a management command's); elsewhere it does nothing but let the
work run, which is why the bounds come first.
"""

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeLimitExceeded(Exception):
    """The work took longer than its limit and was interrupted."""


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Interrupt the block after `seconds` (TimeLimitExceeded names `what`)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"{what} took longer than {seconds:g} seconds and was stopped.")

    previous_handler = signal.signal(signal.SIGALRM, interrupt)
    started = time.monotonic()
    previous_timer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    if previous_timer and previous_timer < seconds:
        signal.setitimer(signal.ITIMER_REAL, previous_timer)  # the outer limit comes first
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_timer:
            # An outer limit goes on with what is left of it (at least a moment).
            left = previous_timer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
