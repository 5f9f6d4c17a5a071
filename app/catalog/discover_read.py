"""Read what the indexes really serve, for `catalog discover`: a project's page on a simple
index (PEP 691 JSON or PEP 503 HTML) and a GitHub repository's release list (the REST API's
JSON). Both come from servers we do not control, so each is read within limits (size, silence,
rate, redirects: app.fetch.guard), and every file name and URL on it passes the one gate
(app.untrusted_names) before anything is compared or written; a page that breaks a limit or
carries a bad name is refused as a whole, in one sentence (BadInput: exit 2).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from packaging.utils import canonicalize_name

from app import untrusted
from app.catalog.discover_texts import failed, refused
from app.errors import AppError, BadInput, Cancelled
from app.fetch import guard
from app.fetch.index_page import ACCEPT, IndexFile, parse_page
from app.fetch.mirrors import Mirrors
from app.redact import redact_text
from app.untrusted_names import check_file_name, check_url

if TYPE_CHECKING:
    import requests

MAX_PAGE = 16 << 20  # PyTorch's XPU torch page is a few hundred kB; its whole /whl/torch/ a few MB
MAX_FILES = 20_000  # files on one project page (PyTorch's busiest pages hold a few thousand)
MAX_RELEASES = 100  # one page of the release list (per_page=100): newest first
MAX_ASSETS = 1000  # GitHub's own limit per release
TRIES = 3
GITHUB_API = "https://api.github.com"
GITHUB_ACCEPT = "application/vnd.github+json"


@dataclass(frozen=True)
class Asset:
    name: str
    url: str  # browser_download_url, as the catalog's file URLs are written
    size: int | None
    sha256: str | None  # from the API's "digest": "sha256:<hex>", absent on assets uploaded before 2025


@dataclass(frozen=True)
class Release:
    tag: str
    assets: tuple[Asset, ...]
    draft: bool = False
    prerelease: bool = False


class Reader:
    """Reads pages through one session, with mirrors (HOST=URL) applied and each page read once."""

    def __init__(self, session: requests.Session, mirrors: Mirrors | None = None,
                 cancel: threading.Event | None = None, limits: guard.Limits | None = None,
                 backoff: float = 1.0, allow_http: bool = False) -> None:
        self.session = session
        self.allow_http = allow_http  # plain http:// links on pages from a mirror the maintainer named
        self.backoff = backoff  # seconds before the second try, doubled for each further one
        self.mirrors = mirrors or Mirrors()
        self.cancel = cancel or threading.Event()
        self.limits = limits or guard.Limits(page_max=MAX_PAGE)
        self.pages: dict[tuple[str, str], list[IndexFile]] = {}
        self.releases: dict[str, list[Release]] = {}
        self.tagged: dict[str, Release | None] = {}  # "owner/repo@tag" -> the release asked for by tag

    def project(self, index_url: str, project: str) -> list[IndexFile]:
        """The files on `project`'s page of `index_url` ([] when the index has no such page)."""
        key = (index_url.rstrip("/"), canonicalize_name(project))
        if key not in self.pages:
            url = key[0] + "/" + key[1] + "/"
            got = self._get(url, ACCEPT)
            self.pages[key] = [] if got is None else gate_files(parse(got, url), url, self.allow_http)
        return self.pages[key]

    def github_releases(self, owner: str, repo: str) -> list[Release]:
        """The newest MAX_RELEASES releases of github.com/owner/repo ([] when there is no such repository)."""
        key = f"{owner}/{repo}"
        if key not in self.releases:
            url = f"{GITHUB_API}/repos/{quote(owner)}/{quote(repo)}/releases?per_page={MAX_RELEASES}"
            got = self._get(url, GITHUB_ACCEPT)
            self.releases[key] = [] if got is None else parse_releases(got[0], url, self.allow_http)
        return self.releases[key]

    def github_release(self, owner: str, repo: str, tag: str) -> Release | None:
        """The release `tag` of github.com/owner/repo, asked for by its tag (one beyond the list's
        first page), or None when there is no such release."""
        key = f"{owner}/{repo}@{tag}"
        if key not in self.tagged:
            url = f"{GITHUB_API}/repos/{quote(owner)}/{quote(repo)}/releases/tags/{quote(tag, safe='')}"
            got = self._get(url, GITHUB_ACCEPT)
            self.tagged[key] = None if got is None else parse_release(got[0], url, self.allow_http)
        return self.tagged[key]

    def _get(self, url: str, accept: str) -> tuple[bytes, str, str] | None:
        """(body, content type, final URL), or None for a 404; AppError when the server fails,
        BadInput when the page breaks a limit."""
        import requests

        from app.fetch.download import describe_error

        fetched = self.mirrors.rewrite(url)
        shown = redact_text(url)
        problem = ""
        for attempt in range(TRIES):
            if attempt and self.cancel.wait(self.backoff * 2 ** (attempt - 1)):
                raise Cancelled()
            try:
                response = guard.get(self.session, fetched, self.cancel, timeout=self.limits.stall,
                                     headers={"Accept": accept}, stream=True)
            except requests.TooManyRedirects:
                raise guard.redirect_loop(shown, fetched) from None
            except requests.RequestException as exc:
                problem = describe_error(exc)
                continue
            with response:
                if response.status_code == 404:
                    return None
                if response.status_code in (403, 429) and urlsplit(url).hostname == "api.github.com":
                    raise failed("github_refused", url=shown, status=response.status_code)  # its hourly limit
                if response.status_code >= 500 or response.status_code == 429:
                    problem = f"server error {response.status_code}"
                    continue
                if response.status_code >= 400:
                    raise failed("http_status", url=shown, status=response.status_code)
                try:
                    body = guard.read_page(response, shown, fetched, self.limits, self.cancel)
                except guard.PageDropped as exc:
                    problem = describe_error(exc.cause)
                    continue
                except AppError as exc:
                    if exc.code == "download_too_big":  # a hostile or broken page, not a network fault
                        raise refused("page_too_big", url=shown,
                                      limit=untrusted.size_text(self.limits.page_max)) from None
                    raise
                return body, response.headers.get("Content-Type", ""), response.url or fetched
        raise failed("unreachable", url=shown, problem=problem, tries=TRIES)


def parse(got: tuple[bytes, str, str], url: str) -> list[IndexFile]:
    """The files of a fetched project page. Links resolve against the page's own (unmirrored)
    URL, so the catalog's URLs and the page's compare alike whichever mirror served it."""
    body, content_type, _final = got
    text = body.decode("utf-8", errors="replace")
    try:
        return parse_page(text, content_type, url)
    except AppError as exc:  # not valid PEP 691 JSON: the page is broken, not the network
        raise refused("bad_json", url=redact_text(url), kind="PEP 691 JSON", problem=str(exc).rsplit("(", 1)[-1]
                      .rstrip(")")) from None


def gate_files(files: list[IndexFile], url: str, allow_http: bool = False) -> list[IndexFile]:
    """The page's files once each name and URL passed the gate; the page is refused otherwise."""
    shown = redact_text(url)
    if len(files) > MAX_FILES:
        raise refused("too_many_files", url=shown, limit=MAX_FILES)
    for i, f in enumerate(files):
        try:
            check_file_name(f.filename, f"files[{i}].filename", "index page")
            check_url(f.url, f"files[{i}].url", allow_http, source="index page", opt_in="")
        except BadInput as exc:
            raise refused("bad_entry", url=shown, reason=exc.message()) from None
    return files


def parse_releases(body: bytes, url: str, allow_http: bool = False) -> list[Release]:
    """The releases of a GitHub REST `GET /repos/{owner}/{repo}/releases` answer."""
    shown = redact_text(url)
    try:
        data = untrusted.parse_json(body, "the release list")
    except BadInput as exc:
        raise refused("bad_json", url=shown, kind="GitHub release list", problem=str(exc).rstrip(".")) from None
    if not isinstance(data, list):
        raise refused("bad_json", url=shown, kind="GitHub release list", problem="it is not a list of releases")
    if len(data) > MAX_RELEASES:
        raise refused("too_many_releases", url=shown, limit=MAX_RELEASES)
    return [_release(entry, i, shown, allow_http) for i, entry in enumerate(data)]


def parse_release(body: bytes, url: str, allow_http: bool = False) -> Release:
    """One release, as GET /repos/{owner}/{repo}/releases/tags/{tag} answers."""
    shown = redact_text(url)
    try:
        data = untrusted.parse_json(body, "the release")
    except BadInput as exc:
        raise refused("bad_json", url=shown, kind="GitHub release", problem=str(exc).rstrip(".")) from None
    return _release(data, 0, shown, allow_http)


def _release(entry: Any, i: int, shown: str, allow_http: bool) -> Release:
    def bad(problem: str) -> BadInput:
        return refused("bad_json", url=shown, kind="GitHub release list", problem=problem)

    if not isinstance(entry, dict) or not isinstance(entry.get("tag_name"), str):
        raise bad(f"[{i}].tag_name is not text")
    assets = entry.get("assets", [])
    if not isinstance(assets, list):
        raise bad(f"[{i}].assets is not a list")
    if len(assets) > MAX_ASSETS:
        raise refused("too_many_releases", url=shown, limit=MAX_ASSETS)
    out = []
    for j, a in enumerate(assets):
        field = f"[{i}].assets[{j}]"
        if not isinstance(a, dict):
            raise bad(f"{field} is not an object")
        size, digest = a.get("size"), a.get("digest")
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
            raise bad(f"{field}.size is not a number of bytes")
        sha = None
        if isinstance(digest, str) and digest.startswith("sha256:"):
            sha = digest[7:].lower()
            if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
                raise bad(f"{field}.digest is not a sha256")
        try:
            name = check_file_name(a.get("name"), f"{field}.name", "release list")
            link = check_url(a.get("browser_download_url"), f"{field}.browser_download_url", allow_http,
                             source="release list", opt_in="")
        except BadInput as exc:
            raise refused("bad_entry", url=shown, reason=exc.message()) from None
        out.append(Asset(name=name, url=link, size=size, sha256=sha))
    return Release(tag=entry["tag_name"], assets=tuple(out), draft=entry.get("draft") is True,
                   prerelease=entry.get("prerelease") is True)


def github_file(url: str) -> tuple[str, str, str, str] | None:
    """(owner, repo, tag, file name) of a github.com release download URL, else None."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    if (parts.hostname or "").lower() != "github.com" or len(segments) != 7 or segments[3:5] != ["releases",
                                                                                                "download"]:
        return None
    owner, repo, tag, name = (unquote(s) for s in (segments[1], segments[2], segments[5], segments[6]))
    return owner, repo, tag, name
