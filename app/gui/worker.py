"""Running one blocking core call off the GUI thread.

A `TaskWorker` lives on its own QThread and calls `fn(on_event, cancel)`. Core events
arrive on the worker thread and are re-emitted as Qt signals, which Qt queues to the GUI
thread; widgets are touched only in the pages' slots. `TaskRunner` owns the thread and gives
pages start / cancel / wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.errors import AppError, Cancelled

logger = logging.getLogger(__name__)

TaskFn = Callable[[Callable[[Any], None], threading.Event], Any]


class TaskWorker(QObject):
    """Runs a task once.

    Signals:
        event_emitted(object): a core event (app.events.*) from the task.
        succeeded(object): the task's return value.
        failed(str): one sentence for the user (AppError text, or a short bug note).
        error_code(object): the AppError's code (or None), emitted just before failed.
        cancelled(): the task stopped because cancel was set.
        done(): emitted last, whatever the outcome.
    """

    event_emitted = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    error_code = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: TaskFn, cancel: threading.Event):
        super().__init__()
        self._fn = fn
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self.event_emitted.emit, self._cancel)
        except Cancelled:
            self.cancelled.emit()
        except AppError as exc:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                from app.gui.error_texts import sentence

                self.error_code.emit(exc.code)
                self.failed.emit(sentence(exc))
        except Exception as exc:  # a bug in the core: keep the GUI alive, log the traceback
            from app import fs_errors
            from app.gui.error_texts import sentence

            disk = fs_errors.from_os_error(exc) if isinstance(exc, OSError) else None
            if disk is not None:  # a full disk or a folder we may not write: the user's to fix, not a bug
                self.error_code.emit(disk.code)
                self.failed.emit(sentence(disk))
            else:
                logger.exception("task failed unexpectedly")
                self.error_code.emit(None)
                self.failed.emit(f"Unexpected error ({type(exc).__name__}: {exc}).")
        else:
            # A task that returns after a cancel has a result worth showing (the smoke test
            # returns its verdict so far); tasks that undo their work raise Cancelled instead.
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class TaskRunner(QObject):
    """Owns at most one running task for a page.

    Signals:
        event_emitted(object), succeeded(object), failed(str), cancelled(): forwarded
        from the current worker, delivered on the GUI thread.
        finished(): the worker thread has ended (after any of the above).
    `error_code` is the failed task's AppError code (None for none), set before failed().
    """

    event_emitted = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TaskWorker | None = None
        self._cancel = threading.Event()
        self.error_code: str | None = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, fn: TaskFn) -> None:
        if self.is_running():
            raise RuntimeError("a task is already running")
        self._cancel = threading.Event()
        self.error_code = None
        thread = QThread()
        worker = TaskWorker(fn, self._cancel)
        worker.moveToThread(thread)
        worker.event_emitted.connect(self.event_emitted)
        worker.succeeded.connect(self.succeeded)
        worker.error_code.connect(self._on_worker_error_code)
        worker.failed.connect(self.failed)
        worker.cancelled.connect(self.cancelled)
        # Direct: quit() is thread-safe, and the GUI thread may be blocked in wait().
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.started.connect(worker.run)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the worker thread ends (used when the window closes). The core checks
        the cancel token between chunks and proc.run kills children, so this is short."""
        if self._thread is None:
            return True
        ok = self._thread.wait(timeout_ms)
        if ok:
            self._on_thread_finished()
        else:
            logger.error("worker thread did not stop within %d ms", timeout_ms)
        return ok

    def cancel_and_wait(self, timeout_ms: int = 60_000) -> bool:
        self.cancel()
        return self.wait(timeout_ms)

    @Slot(object)
    def _on_worker_error_code(self, code) -> None:
        self.error_code = code

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.deleteLater()
            self.finished.emit()
