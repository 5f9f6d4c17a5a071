"""One stop signal for work that must end on the caller's cancel or after a fixed time,
whichever comes first: the network checks the wizard runs on its own (which server answers
fastest, whether a newer release exists) may never hold the user up for long."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

POLL = 0.05  # seconds between looks at the caller's cancel


@contextmanager
def bounded(cancel: threading.Event | None, seconds: float) -> Iterator[threading.Event]:
    """An event that is set when `cancel` is set or `seconds` have passed; the watcher ends
    with the block."""
    stop = threading.Event()
    done = threading.Event()
    end = time.monotonic() + seconds

    def watch() -> None:
        while not done.is_set():
            if (cancel is not None and cancel.is_set()) or time.monotonic() >= end:
                stop.set()
                return
            done.wait(POLL)

    watcher = threading.Thread(target=watch, name="deadline", daemon=True)
    watcher.start()
    try:
        yield stop
    finally:
        done.set()
        watcher.join()
