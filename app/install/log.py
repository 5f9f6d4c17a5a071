"""The install log kept for the support bundle: every event of an install, one line each,
with credentials in URLs and tokens redacted before they reach the disk."""

from __future__ import annotations

import time
from pathlib import Path

from app import fs_errors, paths
from app.errors import AppError
from app.events import Event, EventSink, LogLine, Progress, StepFinished, StepStarted, Warning_
from app.redact import redact_text


class InstallLog:
    """A log folder that cannot be written (full, read-only, a path too long) does not stop
    the install: the log stops, and `problem` says why (the engine warns once). keep=False (a
    dry run): nothing is written anywhere, and `path` is None."""

    def __init__(self, path: Path | None = None, keep: bool = True):
        self.problem: AppError | None = None
        self._file = None
        self._last_progress: dict[str, float] = {}
        self.path: Path | None = None
        self.step: str | None = None  # the step under way (or the one that failed), for the failure record
        if not keep:
            return
        folder = path.parent if path else paths.log_dir()
        self.path = path or folder / f"install-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6:06d}.log"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "a", encoding="utf-8")
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        if self.path is None:  # a dry run's log never opens a file
            return
        what = fs_errors.kind(exc) or "unwritable"
        self.problem = fs_errors.error(what, self.path if what == "too_long" else self.path.parent)
        self.close()

    def write(self, text: str) -> None:
        if self._file is None:
            return
        now = time.time()
        stamp = time.strftime("%H:%M:%S", time.localtime(now)) + f".{int(now * 1000) % 1000:03d}"
        try:
            for line in redact_text(text).splitlines() or [""]:
                self._file.write(f"{stamp} {line}\n")
            self._file.flush()
        except OSError as exc:
            self._give_up(exc)

    def event(self, event: Event) -> None:
        if isinstance(event, Progress):
            # Progress comes many times a second; the log keeps one line per 10 %.
            if event.total:
                tenth = event.done * 10 // event.total
                if self._last_progress.get(event.task) == tenth:
                    return
                self._last_progress[event.task] = tenth
            self.write(f"progress {event.task} {event.done}/{event.total}")
        elif isinstance(event, StepStarted):
            if event.step != "rollback":  # undoing a failure is not where it failed
                self.step = event.step
            self.write(f"== {event.step} {event.detail}".rstrip())
        elif isinstance(event, StepFinished):
            if event.ok and event.step == self.step:
                self.step = None
            self.write(f"== {event.step} {'ok' if event.ok else 'FAILED'} {event.detail}".rstrip())
        elif isinstance(event, LogLine):
            self.write(f"[{event.source}] {event.text}")
        elif isinstance(event, Warning_):
            self.write(f"WARNING {event.code}: {event.text}")

    def tee(self, sink: EventSink) -> EventSink:
        """Events go to the log and on to `sink`; the first time the log cannot be written,
        `sink` also gets one warning naming the folder."""
        warned = False

        def both(event: Event) -> None:
            nonlocal warned
            self.event(event)
            sink(event)
            if self.problem is not None and not warned:
                warned = True
                folder = self.problem.params["folder"]
                why = fs_errors.REASONS.get(self.problem.code or "", "")
                sink(Warning_("log_unwritable", f"The install log cannot be written in {folder} ({why}); the install "
                                                "goes on without it.", {"folder": folder, "reason": self.problem.code}))

        return both

    def keep_failure(self, error: BaseException, venv: Path, build_id: str) -> None:
        """install-<stamp>.json beside the log for a failed or stopped install (a finished one
        gets the InstallResult there): the step, the English sentence and its coded form, so a
        support bundle shows the user's error in the reader's language."""
        import json

        from app.errors import Cancelled
        from app.messages import coded

        if self.path is None:
            return
        said = error.message() if isinstance(error, AppError) else f"{type(error).__name__}: {error}"
        record = {
            "ok": False,
            "cancelled": isinstance(error, (Cancelled, KeyboardInterrupt)),
            "venv": str(venv),
            "build_id": build_id,
            "failed_step": self.step,
            "error": {"text": str(said), "coded": coded(said)},
        }
        try:  # credentials in a URL go from the sentence and from its params alike
            text = redact_text(json.dumps(record, indent=2, ensure_ascii=False))
            self.path.with_suffix(".json").write_text(text, encoding="utf-8")
        except (OSError, TypeError, ValueError):  # the error still reaches the user; only the record is lost
            pass

    def close(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None
