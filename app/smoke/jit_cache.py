"""The user's persistent JIT cache: where the smoke test keeps what it compiled, and how the
user's own runs reuse it.

A smoke run starts from empty caches (otherwise a cache hit would look like AOT), so the
kernels a JIT run compiles are moved afterwards into one kept folder with `sycl/` (for
SYCL_CACHE_DIR) and `neo/` (for NEO_CACHE_DIR, the driver's compiler cache) inside. On
Windows the SYCL cache path must be ASCII only, so a user name such as 张三 in the profile
path sends the folder to the public profile instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePath, PureWindowsPath

from app import paths
from app.hostos import IS_WINDOWS
from app.messages import msg

SUBDIRS = ("sycl", "neo")


def ascii_problem(path: Path | str, windows: bool | None = None) -> str | None:
    """One sentence when `path` cannot hold a SYCL cache on Windows, else None."""
    windows = IS_WINDOWS if windows is None else windows
    text = str(path)
    if windows and not text.isascii():
        return msg("jit_cache_not_ascii", folder=text)
    return None


def ascii_parent(windows: bool | None = None) -> Path | None:
    """The public profile folder when the per-user folders are not ASCII on Windows, else None."""
    windows = IS_WINDOWS if windows is None else windows
    if not windows:
        return None
    return Path(os.environ.get("PUBLIC", r"C:\Users\Public"))


def default_dir(windows: bool | None = None) -> Path:
    """The kept JIT cache: in the app's cache folder, or the public one when that is not ASCII."""
    preferred = paths.cache_dir() / "jit-cache"
    if ascii_problem(preferred, windows) is None:
        return preferred
    return (ascii_parent(windows) or preferred.parent) / "ipex-jit-cache"


def use_env(base: Path, windows: bool | None = None) -> dict[str, str]:
    """The variables that make a user's own Python runs read and fill the cache in `base`."""
    windows = IS_WINDOWS if windows is None else windows
    folder: PurePath = PureWindowsPath(base) if windows else base
    return {
        "SYCL_CACHE_PERSISTENT": "1",
        "SYCL_CACHE_DIR": str(folder / "sycl"),
        "NEO_CACHE_PERSISTENT": "1",
        "NEO_CACHE_DIR": str(folder / "neo"),
    }


def how_to_keep(base: Path, windows: bool | None = None) -> str:
    """One sentence with the commands, in the user's shell syntax."""
    from app.shell_quote import set_variables

    windows = IS_WINDOWS if windows is None else windows
    env = use_env(base, windows)
    commands = set_variables(env, "windows" if windows else "linux").get("powershell" if windows else "bash")
    if commands is None:  # a folder name no shell line can carry (a line break): name the values
        commands = ", ".join(f"{k}={v!r}" for k, v in env.items())
    return msg("jit_keep_windows" if windows else "jit_keep_shell", commands=commands)


def keep(run_base: Path, into: Path) -> int:
    """Move the files a run compiled under `run_base` into the kept cache `into`; entries the
    kept cache already has stay as they are, and an entry still being written (a `.lock`
    file beside it) is left out. Returns how many files were moved."""
    moved = 0
    for sub in SUBDIRS:
        source = run_base / sub
        for root, _dirs, files in os.walk(source):
            if any(name.endswith(".lock") for name in files):
                continue
            target_dir = into / sub / Path(root).relative_to(source)
            for name in files:
                target = target_dir / name
                if target.exists():
                    continue
                target_dir.mkdir(parents=True, exist_ok=True)
                shutil.move(os.path.join(root, name), target)
                moved += 1
    return moved

