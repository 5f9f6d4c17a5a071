"""Read a "simple" package index page, as Intel's and PyTorch's indexes and PyPI serve them:
PEP 503 HTML (anchors, `#sha256=` fragments, `data-requires-python`) or PEP 691 JSON.

Used by the installer (to fetch the big pinned wheels through our resumable downloader) and
by the maintainer command `catalog check` (which wheels an index really has for a build).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from packaging.tags import Tag
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

from app.errors import AppError, BadInput
from app.messages import msg

ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"
JSON_TYPE = "application/vnd.pypi.simple.v1+json"


@dataclass(frozen=True)
class IndexFile:
    filename: str
    url: str
    sha256: str | None = None
    requires_python: str | None = None
    yanked: bool = False
    size: int | None = None  # PEP 700's "size" on a JSON page: for showing progress only
    metadata: bool = False  # PEP 658/714: the wheel's METADATA is served alone at url + ".metadata"


MAX_LISTED_SIZE = 64 << 30  # a page's size claim above this is not believed (the largest wheels are a few GB)


def listed_size(value: object) -> int | None:
    """A JSON page's file size: a whole number of bytes within MAX_LISTED_SIZE, else unknown."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_LISTED_SIZE:
        return value
    return None


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[dict[str, Any], str]] = []
        self._open: dict[str, Any] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open = {k: (v or "") for k, v in attrs}
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.links.append((self._open, "".join(self._text).strip()))
            self._open = None


def _html_metadata(attrs: dict[str, Any]) -> bool:
    """PEP 714's data-core-metadata (or PEP 658's older name), unless it says "false"."""
    value = attrs.get("data-core-metadata", attrs.get("data-dist-info-metadata"))
    return value is not None and value.strip().lower() != "false"


def parse_html(text: str, base_url: str) -> list[IndexFile]:
    parser = _Anchors()
    parser.feed(text)
    files = []
    for attrs, label in parser.links:
        href = attrs.get("href")
        if not href:
            continue
        try:
            url = urljoin(base_url, href)
            parts = urlsplit(url)
        except ValueError:  # a link urllib cannot split ("http://[::1"): not a file we can fetch
            continue
        filename = label or unquote(parts.path.rsplit("/", 1)[-1])
        fragment = parts.fragment
        sha = fragment.split("=", 1)[1] if fragment.startswith("sha256=") else None
        files.append(IndexFile(filename=filename, url=url, sha256=sha,
                               requires_python=attrs.get("data-requires-python") or None,
                               yanked="data-yanked" in attrs, metadata=_html_metadata(attrs)))
    return files


def parse_json(text: str, base_url: str) -> list[IndexFile]:
    """The files of a PEP 691 page; ValueError (with the field) when it is not one."""
    from app import untrusted

    try:
        data = untrusted.parse_json(text, "the page")
    except BadInput as exc:
        raise ValueError(str(exc).rstrip(".")) from None
    if not isinstance(data, dict) or not isinstance(data.get("files", []), list):
        raise ValueError("it has no list of files")
    files = []
    for i, entry in enumerate(data.get("files", [])):
        hashes = entry.get("hashes") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(hashes or {}, dict):
            raise ValueError(f"files[{i}] is not a file entry")
        for key in ("filename", "url"):
            if not isinstance(entry.get(key), str):
                raise ValueError(f"files[{i}].{key} is not text")
        sha = (hashes or {}).get("sha256")
        requires = entry.get("requires-python")
        files.append(IndexFile(filename=entry["filename"], url=_join(base_url, entry["url"]),
                               sha256=sha if isinstance(sha, str) else None,
                               requires_python=requires if isinstance(requires, str) else None,
                               yanked=bool(entry.get("yanked", False)), size=listed_size(entry.get("size")),
                               metadata=bool(entry.get("core-metadata") or entry.get("dist-info-metadata"))))
    return files


def _join(base_url: str, href: str) -> str:
    try:
        return urljoin(base_url, href)
    except ValueError:  # "http://[::1" and other hosts urllib cannot split
        raise ValueError(f"the link '{href[:100]}' is not a URL") from None


def check_index_url(url: str) -> str:
    """HTTPS, or plain HTTP to this machine only (a maintainer's local mirror or a test): the
    rules of app.untrusted, without the plain-HTTP opt-in."""
    from app.untrusted_names import check_url

    return check_url(url, "--index", opt_in="")


def project_files(index_url: str, project: str, timeout: float = 30.0) -> list[IndexFile]:
    """Every file the index lists for `project` (PEP 691 JSON preferred, PEP 503 HTML accepted)."""
    import urllib.error
    import urllib.request

    base = check_index_url(index_url).rstrip("/") + "/" + canonicalize_name(project) + "/"
    request = urllib.request.Request(base, headers={"Accept": ACCEPT, "User-Agent": "ipex-aot-installer"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            body = response.read().decode("utf-8", errors="replace")
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return []
        raise AppError(msg("index_answered", index=index_url, status=exc.code, project=project)) from None
    except OSError as exc:
        raise AppError(msg("index_unreadable", url=base, reason=str(getattr(exc, "reason", None) or exc))) from None
    return parse_page(body, content_type, final)


def parse_page(body: str, content_type: str, url: str) -> list[IndexFile]:
    """The files on a project page, in whichever format the server chose to answer."""
    if content_type.split(";")[0].strip() == JSON_TYPE:
        try:
            return parse_json(body, url)
        except (ValueError, KeyError) as exc:
            raise AppError(msg("index_bad_json", url=url, reason=str(exc))) from None
    return parse_html(body, url)


def wheels_for(
    files: list[IndexFile], project: str, version_matches: Callable[[Version], bool]
) -> list[tuple[IndexFile, Version, frozenset[Tag]]]:
    """The wheel files of `project` whose version satisfies `version_matches(Version)`."""
    out: list[tuple[IndexFile, Version, frozenset[Tag]]] = []
    want = canonicalize_name(project)
    for f in files:
        try:
            name, version, _, tags = parse_wheel_filename(f.filename)
        except InvalidWheelFilename:
            continue
        if name == want and version_matches(version):
            out.append((f, version, tags))
    return out
