"""A project page as PEP 691 JSON (application/vnd.pypi.simple.v1+json), as PyPI answers a
client that asks for it: meta.api-version, name, files with hashes, and versions (API 1.1)."""

from __future__ import annotations

import json

from packaging.utils import parse_wheel_filename


def page_json(path: str, links: list[tuple[str, str]], sizes: dict[str, int] | None = None,
              metadata: dict[str, str] | None = None) -> bytes:
    """`links` are the mirror's (href with #sha256=, file name) pairs of the page at `path`;
    `sizes` gives each file's "size" (PEP 700, required from API 1.1), `metadata` the sha256 of
    the METADATA served beside a wheel (PEP 714 "core-metadata"; false when not given)."""
    files, versions = [], set()
    for href, name in links:
        url, _, fragment = href.partition("#")
        digest = fragment.split("=", 1)[1] if fragment.startswith("sha256=") else None
        files.append({"filename": name, "url": url, "hashes": {"sha256": digest} if digest else {},
                      "requires-python": None, "yanked": False,
                      "core-metadata": {"sha256": metadata[name]} if metadata and name in metadata else False,
                      "upload-time": "2025-08-06T17:03:02.123456Z",
                      **({"size": sizes[name]} if sizes and name in sizes else {})})
        versions.add(str(parse_wheel_filename(name)[1]))
    project = path.rstrip("/").rsplit("/", 1)[-1]
    return json.dumps({"meta": {"api-version": "1.1", "_last-serial": 30000000}, "name": project,
                       "versions": sorted(versions), "files": files}).encode()
