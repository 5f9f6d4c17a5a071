"""Every per-user path the app writes to, in one place.

platformdirs gives the defaults; environment variables override each one so tests and
portable installs never touch the real home directory:
  IPEX_INSTALLER_DATA_DIR, IPEX_INSTALLER_CACHE_DIR, IPEX_INSTALLER_LOG_DIR
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "ipex-aot-installer"
APP_AUTHOR = "ipex-aot-installer"


def _dirs() -> PlatformDirs:
    import platformdirs  # imported lazily: probe start-up stays lean

    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)


def _pick(env_var: str, default: Callable[[], str]) -> Path:
    value = os.environ.get(env_var)
    path = Path(value) if value else Path(default())
    return path


def data_dir() -> Path:
    return _pick("IPEX_INSTALLER_DATA_DIR", lambda: _dirs().user_data_dir)


def cache_dir() -> Path:
    """Downloaded wheels live here (they can be gigabytes)."""
    return _pick("IPEX_INSTALLER_CACHE_DIR", lambda: _dirs().user_cache_dir)


def log_dir() -> Path:
    return _pick("IPEX_INSTALLER_LOG_DIR", lambda: _dirs().user_log_dir)


def downloads_dir() -> Path:
    return cache_dir() / "downloads"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
