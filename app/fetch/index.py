"""Find the wheel file for a pinned requirement on a PEP 503 "simple" index page.

Why we read the index ourselves: the big wheels (torch, IPEX) must go through our resumable,
verified downloader instead of pip/uv's one-shot fetch. The page gives the file URL and its
`#sha256=`; the target interpreter's tags pick the file.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from packaging import tags as ptags
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from app.errors import AppError, Cancelled
from app.fetch import guard
from app.fetch.guard import Limits
from app.fetch.mirrors import Mirrors
from app.fetch.pins import Pin, requirement_pin
from app.messages import msg
from app.redact import redact_text

if TYPE_CHECKING:
    import requests

    from app.fetch.index_page import IndexFile

T = TypeVar("T")


def pinned(requirement: str) -> tuple[str, Version] | None:
    """(canonical name, version) for "name==version" (no markers, no wildcards), else None:
    the exact version a step asks for. Which files fit a pin is Pin.accepts' job (app.fetch.pins)."""
    pin = requirement_pin(requirement)
    if pin is None or pin.wildcard:
        return None
    try:
        return pin.name, Version(pin.version)
    except InvalidVersion:  # "===" text that is no PEP 440 version
        return None


@functools.lru_cache(maxsize=8)  # asked once per wheel looked up; computing them reads the ELF header
def target_tags(python: str) -> tuple[ptags.Tag, ...]:
    """Tags a CPython X.Y on this machine accepts, best first."""
    major, minor = (int(x) for x in python.split(".")[:2])
    platforms = list(ptags.platform_tags())
    return (
        *ptags.cpython_tags(python_version=(major, minor), platforms=platforms),
        *ptags.compatible_tags(python_version=(major, minor), interpreter=f"cp{major}{minor}", platforms=platforms),
    )


INDEX_TRIES = 4  # a page is small: a few quick retries ride out a dropped connection or a 5xx


def list_files(session: requests.Session, index_url: str, project: str, mirrors: Mirrors | None = None,
               timeout: float = 30.0, cancel: threading.Event | None = None, backoff: float = 1.0,
               limits: Limits = guard.DEFAULT) -> list[IndexFile]:
    """The files on `project`'s page. The page comes from a server we do not control: it is
    read with the download's limits (size, silence, rate, redirects) and cancel is instant."""
    import requests  # here, with the page parser: offline installs need neither

    from app.fetch.download import (
        RETRY_STATUS,
        TIMED_OUT,
        describe_error,
        untrusted_certificate,
        untrusted_message,
    )
    from app.fetch.index_page import ACCEPT, parse_page

    cancel = cancel or threading.Event()
    page = (mirrors or Mirrors()).rewrite(index_url.rstrip("/") + "/" + canonicalize_name(project) + "/")
    shown = redact_text(page)
    wait = min(timeout, limits.stall)
    for attempt in range(1, INDEX_TRIES + 1):
        try:
            response = guard.get(session, page, cancel, timeout=wait, headers={"Accept": ACCEPT}, stream=True)
        except requests.TooManyRedirects:
            raise guard.redirect_loop(shown, page) from None
        except requests.Timeout:
            raise guard.stalled(shown, page, wait) from None  # another try would wait as long again
        except requests.RequestException as exc:
            if untrusted_certificate(exc):
                raise AppError(untrusted_message(page)) from None
            problem = describe_error(exc)
        else:
            with response:
                if response.status_code not in RETRY_STATUS:
                    if response.status_code == 404:
                        return []
                    if response.status_code >= 400:
                        raise AppError(msg("package_index_answered", index=shown, status=response.status_code))
                    try:
                        body = guard.read_page(response, shown, page, limits, cancel)
                    except guard.PageDropped as exc:
                        problem = describe_error(exc.cause)
                        if problem == TIMED_OUT:
                            raise guard.stalled(shown, page, wait) from None
                    else:
                        text = body.decode(response.encoding or "utf-8", errors="replace")
                        return parse_page(text, response.headers.get("Content-Type", ""), response.url or page)
                else:
                    problem = msg("net_server_error", status=response.status_code)
        if attempt == INDEX_TRIES:
            raise AppError(msg("package_index_unreadable", index=shown, reason=problem, tries=INDEX_TRIES))
        if cancel.wait(backoff * 2 ** (attempt - 1)):
            raise Cancelled()
    raise AssertionError("unreachable")


def find_wheel(session: requests.Session, index_url: str, requirement: str, python: str,
               mirrors: Mirrors | None = None, cancel: threading.Event | None = None) -> IndexFile | None:
    """The best wheel for a pinned requirement on `index_url` for CPython `python` here, or None."""
    pin = requirement_pin(requirement)
    if pin is None:
        return None
    return best_wheel(((f.filename, f) for f in list_files(session, index_url, pin.name, mirrors, cancel=cancel)),
                      pin, python)


@functools.lru_cache(maxsize=8)
def _tag_ranks(python: str) -> dict[ptags.Tag, int]:
    return {t: i for i, t in reversed(list(enumerate(target_tags(python))))}


def best_wheel(candidates: Iterable[tuple[str, T]], pin: Pin, python: str) -> T | None:
    """Of (wheel filename, item) pairs, the item whose wheel `pin` accepts (PEP 440: a pin
    without a local label accepts files with one), newest version first as pip and uv choose,
    then the tags this machine's CPython `python` ranks best; None when no wheel fits."""
    accepted = _tag_ranks(python)
    best: tuple[Version, int, T] | None = None
    for filename, item in candidates:
        try:
            wname, wversion, _build, wtags = parse_wheel_filename(filename)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        if wname != pin.name or not pin.accepts(wversion):
            continue
        rank = min((accepted[t] for t in wtags if t in accepted), default=None)
        if rank is None:
            continue
        if best is None or wversion > best[0] or (wversion == best[0] and rank < best[1]):
            best = (wversion, rank, item)
    return best[2] if best else None
