"""What the Environment page shows before Install: the packages of the plan, the download size
(when the plan knows its files' sizes), the disk needed on the environment's drive and on the
download cache's drive against their free space, and the download server. Qt-free: the page
words the coded sentences (app/messages.py) in the user's language."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

from app.flow import DEFAULT_INSTALL_BYTES, nearest_existing_dir
from app.messages import Message, msg

MAX_PACKAGES = 40  # a plan is untrusted: the sentence stays readable


def human_size(num_bytes: int) -> str:
    value = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def planned_packages(choice: dict[str, Any]) -> list[str]:
    """"name version" for each pinned requirement and each wheel file of the plan's steps
    (a requirement without a pin is its name alone: the version is chosen while installing)."""
    out: list[str] = []
    for step in choice.get("steps") or []:
        for req in step.get("requirements") or []:
            try:
                parsed = Requirement(str(req))
            except InvalidRequirement:
                continue
            pins = [s.version for s in parsed.specifier if s.operator in ("==", "===")]
            out.append(f"{parsed.name} {pins[0]}" if pins else parsed.name)
        for ref in step.get("files") or []:
            parts = str(ref.get("filename", "")).split("-")
            if str(ref.get("filename", "")).endswith(".whl") and len(parts) >= 5:
                out.append(f"{parts[0]} {parts[1]}")
    seen = list(dict.fromkeys(out))
    return seen[:MAX_PACKAGES] + (["..."] if len(seen) > MAX_PACKAGES else [])


def download_bytes(choice: dict[str, Any]) -> int | None:
    """The sum of the plan's file sizes, None when no file gives one (an index install: pip
    learns the sizes when it starts)."""
    sizes = [int(f["size"]) for s in choice.get("steps") or [] for f in s.get("files") or []
             if isinstance(f.get("size"), int) and f["size"] > 0]
    return sum(sizes) if sizes else None


def _same_drive(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False


@dataclass
class Summary:
    sentences: list[Message] = field(default_factory=list)
    cache_short: bool = False


def summarize(plan_json: dict[str, Any] | None, venv: Path | None, cache: Path, server: str,
              disk_usage: Callable[[Path], Any] = shutil.disk_usage) -> Summary:
    """The summary sentences, in order. `server` is the resolved preset (us, cn)."""
    choice = (plan_json or {}).get("choice") or {}
    out = Summary()
    packages = planned_packages(choice)
    if packages:
        out.sentences.append(msg("summary_packages", packages=list(packages)))
    size = download_bytes(choice)
    out.sentences.append(msg("summary_download", size=human_size(size)) if size is not None
                         else msg("summary_download_unknown"))
    # The cache keeps the downloaded files; the environment holds them unpacked (larger).
    cache_needed = size if size is not None else DEFAULT_INSTALL_BYTES // 2
    target_needed = max(2 * cache_needed, DEFAULT_INSTALL_BYTES) - cache_needed
    target_dir = nearest_existing_dir(venv) if venv is not None else None
    cache_dir = nearest_existing_dir(cache)
    if target_dir is not None and cache_dir is not None and _same_drive(target_dir, cache_dir):
        free = disk_usage(target_dir).free
        out.sentences.append(msg("summary_disk_same", needed=human_size(target_needed + cache_needed),
                                 free=human_size(free), folder=str(target_dir)))
    else:
        if target_dir is not None:
            out.sentences.append(msg("summary_disk_target", needed=human_size(target_needed),
                                     free=human_size(disk_usage(target_dir).free), folder=str(target_dir)))
        if cache_dir is not None:
            free = disk_usage(cache_dir).free
            out.sentences.append(msg("summary_disk_cache", needed=human_size(cache_needed),
                                     free=human_size(free), folder=str(cache_dir)))
            if free < cache_needed:
                out.cache_short = True
                out.sentences.append(msg("summary_cache_short", needed=human_size(cache_needed),
                                         free=human_size(free), folder=str(cache_dir)))
    out.sentences.append(msg("summary_server_cn" if server == "cn" else "summary_server_us"))
    return out
