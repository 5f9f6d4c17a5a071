"""Where the catalog comes from: the built-in copy (resources/catalog.json), a refreshed copy
in the user's data dir (used when valid and at least as new), or a file the user names.

Refreshing downloads over HTTPS only, validates, and only then replaces the refreshed copy
(atomically); the built-in copy always stays as the fallback, so offline is fine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app import paths, untrusted
from app.catalog.model import Catalog
from app.catalog.schema import CatalogInvalid, parse_catalog
from app.errors import AppError, BadInput
from app.messages import msg

if TYPE_CHECKING:
    import ssl

MAX_BYTES = 8 * 1024 * 1024  # a catalog is ~100 kB; anything huge is not one


def builtin_path() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller puts data files under _MEIPASS
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    else:
        base = Path(__file__).resolve().parent.parent.parent
    return base / "resources" / "catalog.json"


def refreshed_path() -> Path:
    return paths.data_dir() / "catalog" / "catalog.json"


def parse_bytes(data: bytes, origin: str) -> Catalog:
    try:  # bounded: a catalog may come from a server or another machine
        parsed = untrusted.parse_json(data, origin)
    except BadInput as exc:
        raise CatalogInvalid(str(exc).rstrip("."), code=exc.code, params=exc.params) from None
    return parse_catalog(parsed, origin=origin)


def load_file(path: str | Path) -> Catalog:
    """A catalog the user names (--catalog FILE); errors are BadInput."""
    p = Path(path)
    try:
        data = untrusted.read_bytes(p, MAX_BYTES, str(p))
    except BadInput as exc:
        if untrusted.refusal(exc) not in ("missing", "unreadable"):
            raise
        if untrusted.refusal(exc) == "missing":
            raise BadInput(msg("catalog_file_missing", file=str(p))) from None
        raise BadInput(msg("catalog_file_unreadable", file=str(p), reason=str(exc.params.get("reason", "")))) from None
    return parse_bytes(data, origin=str(p))


def load(path: str | Path | None = None) -> Catalog:
    """The catalog to plan with: `path` if given, else the refreshed copy when it is valid
    and not older than the built-in one, else the built-in copy."""
    if path is not None:
        return load_file(path)
    builtin = parse_bytes(builtin_path().read_bytes(), origin="built-in")
    fresh_path = refreshed_path()
    if fresh_path.is_file():
        try:
            fresh = parse_bytes(fresh_path.read_bytes(), origin="refreshed")
        except (CatalogInvalid, OSError) as exc:
            why = exc.message() if isinstance(exc, CatalogInvalid) else str(exc)
            builtin.notes.append(msg("catalog_refreshed_ignored", reason=why))
            return builtin
        if fresh.updated >= builtin.updated:
            return fresh
    return builtin


def _check_https(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise BadInput(msg("catalog_url_not_https", url=url))


def fetch_url(url: str, timeout: float = 30.0, context: ssl.SSLContext | None = None) -> bytes:
    """GET a small document (at most MAX_BYTES)."""
    import urllib.request  # only refresh and the maintainer commands need the network

    request = urllib.request.Request(url, headers={"User-Agent": "ipex-aot-installer", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            final = response.geturl()
            if url.startswith("https:") and not final.startswith("https:"):
                raise AppError(msg("catalog_redirect_not_https", url=url, target=final))
            data: bytes = response.read(MAX_BYTES + 1)
    except OSError as exc:  # URLError, HTTPError, timeouts, TLS failures
        reason = getattr(exc, "reason", None) or exc
        raise AppError(msg("catalog_download_failed", url=url, reason=str(reason))) from None
    if len(data) > MAX_BYTES:
        raise AppError(msg("catalog_too_large", url=url, megabytes=MAX_BYTES // (1024 * 1024)))
    return data


def refresh(url: str, timeout: float = 30.0, context: ssl.SSLContext | None = None) -> Catalog:
    """Download a catalog over HTTPS, validate it, and store it as the refreshed copy."""
    _check_https(url)
    data = fetch_url(url, timeout=timeout, context=context)
    catalog = parse_bytes(data, origin=url)
    target = refreshed_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".catalog-", suffix=".json")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)  # the validated bytes, as served
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    catalog.origin = "refreshed"
    return catalog


def forget_refreshed() -> bool:
    """Remove the refreshed copy (back to the built-in one); True if there was one."""
    path = refreshed_path()
    if path.is_file():
        path.unlink()
        return True
    return False
