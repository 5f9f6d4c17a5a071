"""TaskRunner: real QThreads, events delivered on the GUI thread, cancel that waits."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.errors import AppError, Cancelled
from app.events import Progress
from app.gui.worker import TaskRunner


def test_events_and_result_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen = []
    runner.event_emitted.connect(lambda e: seen.append((e, QThread.currentThread() is gui_thread)))
    worker_threads = []

    def task(on_event, cancel):
        worker_threads.append(threading.get_ident())
        for i in range(3):
            on_event(Progress("file.whl", i, 2))
        return "result"

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        with qtbot.waitSignal(runner.succeeded, timeout=10_000) as blocker:
            runner.start(task)
    assert blocker.args == ["result"]
    assert [e.done for e, _ in seen] == [0, 1, 2]
    assert all(on_gui for _, on_gui in seen)
    assert worker_threads[0] != threading.get_ident()
    assert not runner.is_running()


def test_app_error_becomes_failed_with_its_sentence(qtbot):
    runner = TaskRunner()

    def task(on_event, cancel):
        raise AppError("The download server answered 404 for torch.whl.")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(task)
    assert blocker.args == ["The download server answered 404 for torch.whl."]
    assert runner.wait()


def test_cancel_and_wait_stops_a_long_task(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    cancelled = []
    runner.cancelled.connect(lambda: cancelled.append(True))

    def task(on_event, cancel):
        started.set()
        while not cancel.wait(0.01):  # a core loop checking its token between chunks
            pass
        raise Cancelled()

    runner.start(task)
    assert started.wait(10)
    assert runner.is_running()
    assert runner.cancel_and_wait(10_000)
    assert not runner.is_running()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5_000)


def test_a_bug_in_the_task_is_reported_not_raised(qtbot):
    runner = TaskRunner()

    def task(on_event, cancel):
        return 1 / 0

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(task)
    assert "ZeroDivisionError" in blocker.args[0]
    runner.wait()


def test_a_task_that_returns_after_cancel_still_delivers_its_result(qtbot):
    """The smoke test returns its verdict so far when stopped early; the page shows it."""
    runner = TaskRunner()
    started = threading.Event()

    def task(on_event, cancel):
        started.set()
        cancel.wait(10)
        return {"verdict": "jit", "stopped_early": True}

    with qtbot.waitSignal(runner.succeeded, timeout=10_000) as blocker:
        runner.start(task)
        assert started.wait(10)
        runner.cancel()
    assert blocker.args == [{"verdict": "jit", "stopped_early": True}]
    runner.wait()
