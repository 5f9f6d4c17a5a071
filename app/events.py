"""Small event values that long core calls send to their `on_event` callback.

The CLI prints them; the GUI turns them into Qt signals. They carry codes and numbers,
not sentences for the GUI, so the GUI can translate them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class StepStarted:
    step: str
    detail: str = ""


@dataclass(frozen=True)
class StepFinished:
    step: str
    ok: bool = True
    detail: str = ""


@dataclass(frozen=True)
class Progress:
    """Bytes (or items) done of a total; total is None when unknown."""

    task: str
    done: int
    total: int | None = None
    speed: float | None = None  # units per second
    eta: float | None = None  # seconds


@dataclass(frozen=True)
class DownloadSizes:
    """Files a download is about to fetch, named as their Progress events name them, with their
    sizes when known before any byte comes (the plan, the package index, the server's answer to
    HEAD); None: the size comes when the file starts. Announced files add up to the total."""

    files: tuple[tuple[str, int | None], ...]


@dataclass(frozen=True)
class LogLine:
    source: str
    text: str


@dataclass(frozen=True)
class Warning_:
    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)


Event = StepStarted | StepFinished | Progress | DownloadSizes | LogLine | Warning_
EventSink = Callable[[Event], None]


def ignore(_event: Event) -> None:
    """The default sink: drop events."""
