"""Mirrors: rewrite where files and indexes are fetched from.

`--mirror` takes, repeatably:
  us          Intel's index in its US region (the default)
  cn          Intel's index in its China region (.../release-whl/stable/<platform>/cn/)
  HOST=URL    every URL on HOST is fetched from URL instead, keeping the rest of the path,
              e.g. download.pytorch.org=https://mirror.example.cn/pytorch
              or   github.com=https://gh.example.cn/https://github.com   (a prefix proxy)

The PyTorch index links its files by absolute URLs on download-r2.pytorch.org; a mirror for
download.pytorch.org therefore also covers that host, or users "fall back to upstream".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.errors import BadInput
from app.messages import msg
from app.untrusted_names import check_url

INTEL_HOST = "pytorch-extension.intel.com"
_INTEL_REGION = re.compile(r"^(?P<head>/release-whl/stable/[^/]+/)(?P<region>us|cn)(?P<tail>/.*)?$")
# Hosts that serve the same tree as the key, so one mirror covers both.
_ALIASES = {"download.pytorch.org": ("download-r2.pytorch.org",)}


@dataclass
class Mirrors:
    region: str = "us"
    hosts: dict[str, str] = field(default_factory=dict)  # host -> base URL (no trailing slash)

    def rewrite(self, url: str) -> str:
        """The URL to fetch for `url` (unchanged when no mirror applies)."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        path = parts.path
        if host == INTEL_HOST:
            m = _INTEL_REGION.match(path)
            if m:
                path = m.group("head") + self.region + (m.group("tail") or "")
        base = self.hosts.get(host)
        if base is None:
            for key, aliases in _ALIASES.items():
                if host in aliases and key in self.hosts:
                    base = self.hosts[key]
        if base is not None:
            rest = (
                path + (("?" + parts.query) if parts.query else "") + (("#" + parts.fragment) if parts.fragment else "")
            )
            return base + rest
        if path == parts.path:
            return url
        return parts._replace(path=path).geturl()

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "hosts": dict(self.hosts)}


def parse_mirrors(values: list[str] | None, allow_http: bool = False) -> Mirrors:
    """Plain http:// mirrors on other hosts pass only with allow_http (see app.untrusted_names)."""
    mirrors = Mirrors()
    for raw in values or []:
        value = raw.strip()
        if value in ("us", "cn"):
            mirrors.region = value
            continue
        host, sep, base = value.partition("=")
        host = host.strip().lower()
        base = base.strip().rstrip("/")
        target = urlsplit(base)
        if not sep or not host or "/" in host or target.scheme not in ("http", "https") or not target.hostname:
            raise BadInput(msg("mirror_bad", mirror=raw))
        mirrors.hosts[host] = check_url(base, f"--mirror {host}", allow_http)
    return mirrors


def check_proxy(proxy: str) -> str:
    """Reject a --proxy that is not a URL; here rather than beside the HTTP session so checking
    the command line does not load the HTTP stack (offline installs never need it)."""
    parts = urlsplit(proxy)
    if parts.scheme not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        raise BadInput(msg("proxy_not_url", proxy=proxy))
    return proxy
