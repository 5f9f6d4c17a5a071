"""The release list GitHub's REST API gives (GET /repos/{owner}/{repo}/releases, as documented
for API version 2022-11-28): each release with its tag and assets, each asset with name,
size, `digest` ("sha256:<hex>", given for assets since 2025) and browser_download_url on
github.com (tags and names percent-encoded, "+" as %2B), plus the fields readers skip."""

from __future__ import annotations

import json
from urllib.parse import quote

API = "https://api.github.com"


def releases_json(owner: str, repo: str, releases: dict[str, dict[str, tuple[int, str]]]) -> bytes:
    """`releases`: tag -> asset name -> (size, sha256 hex); newest (last published) first."""
    return json.dumps(_releases(owner, repo, releases), indent=2).encode()


def release_json(owner: str, repo: str, releases: dict[str, dict[str, tuple[int, str]]], tag: str) -> bytes:
    """GET /repos/{owner}/{repo}/releases/tags/{tag}: the one release, same fields."""
    return json.dumps(next(r for r in _releases(owner, repo, releases) if r["tag_name"] == tag), indent=2).encode()


def _releases(owner: str, repo: str, releases: dict[str, dict[str, tuple[int, str]]]) -> list[dict]:
    out = []
    user = {"login": owner, "id": 1000, "node_id": "MDQ6VXNlcjEwMDA=", "type": "User", "site_admin": False,
            "html_url": f"https://github.com/{owner}", "url": f"{API}/users/{owner}"}
    for number, (tag, assets) in reversed(list(enumerate(releases.items(), start=1))):
        release_id = 100000 + number
        out.append({
            "url": f"{API}/repos/{owner}/{repo}/releases/{release_id}",
            "assets_url": f"{API}/repos/{owner}/{repo}/releases/{release_id}/assets",
            "upload_url": f"https://uploads.github.com/repos/{owner}/{repo}/releases/{release_id}/assets{{?name,label}}",
            "html_url": f"https://github.com/{owner}/{repo}/releases/tag/{quote(tag, safe='')}",
            "id": release_id, "author": user, "node_id": f"RE_kwDO{release_id}", "tag_name": tag,
            "target_commitish": "main", "name": tag, "draft": False, "immutable": False, "prerelease": False,
            "created_at": "2023-12-20T08:00:00Z", "updated_at": "2023-12-20T08:30:00Z",
            "published_at": "2023-12-20T08:30:00Z",
            "assets": [{
                "url": f"{API}/repos/{owner}/{repo}/releases/assets/{release_id * 100 + i}",
                "id": release_id * 100 + i, "node_id": f"RA_kwDO{release_id * 100 + i}", "name": name,
                "label": "", "uploader": user, "content_type": "application/octet-stream", "state": "uploaded",
                "size": size, "digest": f"sha256:{digest}", "download_count": 1234,
                "created_at": "2023-12-20T08:10:00Z", "updated_at": "2023-12-20T08:20:00Z",
                "browser_download_url": f"https://github.com/{owner}/{repo}/releases/download/"
                                        f"{quote(tag, safe='')}/{quote(name, safe='')}",
            } for i, (name, (size, digest)) in enumerate(assets.items())],
            "tarball_url": f"{API}/repos/{owner}/{repo}/tarball/{quote(tag, safe='')}",
            "zipball_url": f"{API}/repos/{owner}/{repo}/zipball/{quote(tag, safe='')}",
            "body": f"Wheels for {tag}.",
        })
    return out
