"""Before the download step fetches its first byte: which files it will fetch and how big they
are, announced as app.events.DownloadSizes so the Install page has a total from the start.
Sizes come from the plan, else from the package index (a PEP 691 JSON page's `size`), else
from a short HEAD request per file (app.fetch.sizes); the rest join when they start. The
wheels the explicit pins need are looked up here once (Finder), and the download reuses the
answer, so announcing costs no second look at an index page.

The wheels those wheels pin (torch+xpu pins its oneAPI runtime: more bytes than torch itself)
would otherwise be known only once torch has arrived, and the total would jump. So where the
index serves each wheel's METADATA beside it (PEP 658/714), it is read ahead (a few kB each,
within DISCOVER_SECONDS); the wheel itself is never asked for more than once. What is not
found that way joins when it starts, as before."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.catalog.plan_model import Choice, Step
from app.errors import AppError
from app.events import DownloadSizes, EventSink
from app.fetch import guard
from app.fetch.index import find_wheel
from app.fetch.mirrors import Mirrors
from app.fetch.pins import requirement_pin
from app.fetch.sizes import TIMEOUT, file_sizes
from app.fetch.wheelmeta import metadata_requirements, pinned_requirements
from app.redact import redact_text

DISCOVER_SECONDS = 20.0  # reading dependencies ahead stops here: the rest join as they come
MAX_DISCOVERED = 60  # wheels found that way (the engine prefetches as many per step)
MAX_METADATA = 1 << 20  # a METADATA file is a few kB

if TYPE_CHECKING:
    import requests

    from app.fetch.index_page import IndexFile


class Finder:
    """find_wheel per (index, requirement), asked once."""

    def __init__(self, session: requests.Session, python: str, mirrors: Mirrors, cancel: threading.Event):
        self.session, self.python, self.mirrors, self.cancel = session, python, mirrors, cancel
        self._found: dict[tuple[str, str], IndexFile | None] = {}

    def find(self, index: str, requirement: str) -> IndexFile | None:
        key = (index, requirement)
        if key not in self._found:
            self._found[key] = find_wheel(self.session, index, requirement, self.python, self.mirrors,
                                          cancel=self.cancel)
        return self._found[key]

    def first(self, indexes: list[str], requirement: str) -> IndexFile | None:
        """The wheel from the first of `indexes` that has one, as uv would look."""
        for index in indexes:
            found = self.find(index, requirement)
            if found is not None:
                return found
        return None


def remote_pins(finder: Finder, found: IndexFile, python_full: str) -> list[str]:
    """The exact pins in a wheel's METADATA, from the file the index serves beside it (PEP
    658/714, as PyPI does): a few kB, read with the page limits. [] when the index serves none
    or anything about it is wrong: the wheel's pins are then read once it has arrived."""
    import requests

    if not found.metadata:
        return []
    url = finder.mirrors.rewrite(found.url.split("#", 1)[0] + ".metadata")
    shown = redact_text(url)
    limits = dataclasses.replace(guard.DEFAULT, page_max=MAX_METADATA, stall=TIMEOUT)
    try:
        with guard.get(finder.session, url, finder.cancel, timeout=TIMEOUT, stream=True) as response:
            if response.status_code != 200:
                return []
            text = guard.read_page(response, shown, url, limits, finder.cancel).decode("utf-8", "replace")
    except (requests.RequestException, AppError, ValueError):
        return []
    return pinned_requirements(metadata_requirements(text), python_full)


def announce_downloads(choice: Choice, indexes_of: Callable[[Step], list[str]], finder: Finder,
                       emit: EventSink, python_full: str | None = None) -> dict[str, int | None]:
    """Emit the files of the plan (its wheel files, the wheels of its exact pins and, read
    ahead, the wheels those pin) with their sizes; returns file name -> size."""
    named: dict[str, int | None] = {}
    ask: dict[str, str] = {}  # url -> file name, for the sizes nobody gave
    ahead: list[tuple[IndexFile, Step]] = []  # wheels whose own pins are read ahead

    def add(found: IndexFile) -> None:
        if named.get(found.filename) is None:
            named[found.filename] = found.size
            if found.size is None:
                ask[found.url] = found.filename

    for step in choice.steps:
        for ref in step.files:
            named[ref.filename] = ref.size if ref.size else named.get(ref.filename)
            if not ref.size:
                ask[ref.url] = ref.filename
        for requirement in step.requirements:
            if requirement_pin(requirement) is None:
                continue  # not fetched by us: uv or pip finds it while installing
            found = finder.first(indexes_of(step), requirement)
            if found is not None:
                add(found)
                if not step.no_deps:
                    ahead.append((found, step))
    _read_ahead(ahead, indexes_of, finder, python_full or choice.python, add)
    ask = {url: name for url, name in ask.items() if named.get(name) is None}
    if ask:
        answered = file_sizes(finder.session, ask, finder.mirrors, finder.cancel)
        for url, size in answered.items():
            if size is not None:
                named[ask[url]] = size
    emit(DownloadSizes(tuple(named.items())))
    return named


def _read_ahead(ahead: list[tuple[IndexFile, Step]], indexes_of: Callable[[Step], list[str]], finder: Finder,
                python_full: str, add: Callable[[IndexFile], None]) -> None:
    """The wheels pinned by the wheels in `ahead` (and by theirs), found on their step's
    indexes as the download will find them; a step's own pins are never overridden."""
    deadline = time.monotonic() + DISCOVER_SECONDS
    seen = {found.filename for found, _step in ahead}
    found_count = 0
    while ahead and found_count < MAX_DISCOVERED and time.monotonic() < deadline and not finder.cancel.is_set():
        wheel, step = ahead.pop(0)
        asked = {p.name for p in map(requirement_pin, step.requirements) if p}
        for requirement in remote_pins(finder, wheel, python_full):
            pin = requirement_pin(requirement)
            if pin is None or pin.name in asked:
                continue
            try:
                found = finder.first(indexes_of(step), requirement)
            except AppError:
                continue  # an index that fails now fails the download later, with its sentence
            if found is None or found.filename in seen:
                continue
            seen.add(found.filename)
            add(found)
            found_count += 1
            ahead.append((found, step))
