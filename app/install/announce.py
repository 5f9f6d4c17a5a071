"""Before the download step fetches its first byte: which files it will fetch and how big they
are, announced as app.events.DownloadSizes so the Install page has a total from the start.
Sizes come from the plan, else from the package index (a PEP 691 JSON page's `size`), else
from a short HEAD request per file (app.fetch.sizes); the rest join when they start. The
wheels the explicit pins need are looked up here once (Finder), and the download reuses the
answer, so announcing costs no second look at an index page."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.catalog.plan_model import Choice, Step
from app.events import DownloadSizes, EventSink
from app.fetch.index import find_wheel
from app.fetch.mirrors import Mirrors
from app.fetch.pins import requirement_pin
from app.fetch.sizes import file_sizes

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


def announce_downloads(choice: Choice, indexes_of: Callable[[Step], list[str]], finder: Finder,
                       emit: EventSink) -> dict[str, int | None]:
    """Emit the files of the plan (its wheel files, and the wheels of its exact pins) with their
    sizes; returns file name -> size. Dependencies found inside the wheels later are announced
    by the download as they come."""
    named: dict[str, int | None] = {}
    ask: dict[str, str] = {}  # url -> file name, for the sizes nobody gave
    for step in choice.steps:
        for ref in step.files:
            named[ref.filename] = ref.size if ref.size else named.get(ref.filename)
            if not ref.size:
                ask[ref.url] = ref.filename
        for requirement in step.requirements:
            if requirement_pin(requirement) is None:
                continue  # not fetched by us: uv or pip finds it while installing
            found = finder.first(indexes_of(step), requirement)
            if found is not None and named.get(found.filename) is None:
                named[found.filename] = found.size
                if found.size is None:
                    ask[found.url] = found.filename
    ask = {url: name for url, name in ask.items() if named.get(name) is None}
    if ask:
        answered = file_sizes(finder.session, ask, finder.mirrors, finder.cancel)
        for url, size in answered.items():
            if size is not None:
                named[ask[url]] = size
    emit(DownloadSizes(tuple(named.items())))
    return named
