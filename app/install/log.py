"""The install log kept for the support bundle: every event of an install, one line each,
with credentials in URLs and tokens redacted before they reach the disk."""

from __future__ import annotations

import time
from pathlib import Path

from app import paths
from app.events import Event, EventSink, LogLine, Progress, StepFinished, StepStarted, Warning_
from app.redact import redact_text


class InstallLog:
    def __init__(self, path: Path | None = None):
        self.path = (
            path
            or paths.ensure(paths.log_dir())
            / f"install-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6:06d}.log"
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "a", encoding="utf-8")
        self._last_progress: dict[str, float] = {}

    def write(self, text: str) -> None:
        now = time.time()
        stamp = time.strftime("%H:%M:%S", time.localtime(now)) + f".{int(now * 1000) % 1000:03d}"
        for line in redact_text(text).splitlines() or [""]:
            self._file.write(f"{stamp} {line}\n")
        self._file.flush()

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
            self.write(f"== {event.step} {event.detail}".rstrip())
        elif isinstance(event, StepFinished):
            self.write(f"== {event.step} {'ok' if event.ok else 'FAILED'} {event.detail}".rstrip())
        elif isinstance(event, LogLine):
            self.write(f"[{event.source}] {event.text}")
        elif isinstance(event, Warning_):
            self.write(f"WARNING {event.code}: {event.text}")

    def tee(self, sink: EventSink) -> EventSink:
        def both(event: Event) -> None:
            self.event(event)
            sink(event)

        return both

    def close(self) -> None:
        self._file.close()
