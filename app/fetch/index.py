"""Find the wheel file for a pinned requirement on a PEP 503 "simple" index page.

Why we read the index ourselves: the big wheels (torch, IPEX) must go through our resumable,
verified downloader instead of pip/uv's one-shot fetch. The page gives the file URL and its
`#sha256=`; the target interpreter's tags pick the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from packaging import tags as ptags
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from app.errors import AppError
from app.fetch.download import sha256_from_url
from app.fetch.mirrors import Mirrors
from app.redact import redact_text


@dataclass
class IndexFile:
    url: str  # absolute, with its #sha256= fragment when the index gave one
    filename: str
    sha256: str | None


def pinned(requirement: str) -> tuple[str, Version] | None:
    """(canonical name, version) for "name==version" (no markers, no wildcards), else None."""
    try:
        req = Requirement(requirement)
    except InvalidRequirement:
        return None
    specs = list(req.specifier)
    if req.url or req.marker or len(specs) != 1 or specs[0].operator not in ("==", "===") or "*" in specs[0].version:
        return None
    try:
        return canonicalize_name(req.name), Version(specs[0].version)
    except InvalidVersion:
        return None


def target_tags(python: str) -> list[ptags.Tag]:
    """Tags a CPython X.Y on this machine accepts, best first."""
    major, minor = (int(x) for x in python.split(".")[:2])
    platforms = list(ptags.platform_tags())
    return [
        *ptags.cpython_tags(python_version=(major, minor), platforms=platforms),
        *ptags.compatible_tags(python_version=(major, minor), interpreter=f"cp{major}{minor}", platforms=platforms),
    ]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def list_files(session, index_url: str, project: str, mirrors: Mirrors | None = None,
               timeout: float = 30.0) -> list[IndexFile]:
    import requests

    page = (mirrors or Mirrors()).rewrite(index_url.rstrip("/") + "/" + canonicalize_name(project) + "/")
    try:
        response = session.get(page, timeout=timeout)
    except requests.RequestException as exc:
        raise AppError(f"Could not read the package index {redact_text(page)} ({type(exc).__name__}).") from None
    if response.status_code == 404:
        return []
    if response.status_code >= 400:
        raise AppError(f"The package index {redact_text(page)} answered {response.status_code}.")
    parser = _Links()
    parser.feed(response.text)
    files = []
    for href in parser.hrefs:
        url = urljoin(page, href)
        name = re.sub(r"[#?].*$", "", url).rsplit("/", 1)[-1]
        from urllib.parse import unquote

        files.append(IndexFile(url, unquote(name), sha256_from_url(url)))
    return files


def find_wheel(session, index_url: str, requirement: str, python: str,
               mirrors: Mirrors | None = None) -> IndexFile | None:
    """The best wheel for a pinned requirement on `index_url` for CPython `python` here, or None."""
    pin = pinned(requirement)
    if pin is None:
        return None
    name, version = pin
    accepted = {t: i for i, t in reversed(list(enumerate(target_tags(python))))}
    best: tuple[int, IndexFile] | None = None
    for f in list_files(session, index_url, name, mirrors):
        if not f.filename.endswith(".whl"):
            continue
        try:
            wname, wversion, _build, wtags = parse_wheel_filename(f.filename)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        if wname != name or wversion != version:
            continue
        rank = min((accepted[t] for t in wtags if t in accepted), default=None)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, f)
    return best[1] if best else None
