"""Which wheel files fit a target interpreter, decided by wheel tags (packaging), not by
guessing from file names: cp310 vs cp311, win_amd64 vs manylinux/linux_x86_64."""

from __future__ import annotations

from functools import lru_cache

from packaging import tags
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename

# 64-bit only: the XPU wheels exist for x86-64 alone.
_LINUX = tuple(
    [f"manylinux_2_{minor}_x86_64" for minor in range(40, 4, -1)]
    + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64", "linux_x86_64"]
)
_PLATFORMS = {"windows": ("win_amd64",), "linux": _LINUX}


@lru_cache(maxsize=256)
def parse_python(text: str) -> tuple[int, int]:
    """'3.11' -> (3, 11); ValueError for anything else."""
    parts = text.strip().split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        raise ValueError(f"'{text}' is not a Python version like 3.11")
    return int(parts[0]), int(parts[1])


@lru_cache(maxsize=64)
def target_tags(python: str, os_name: str) -> frozenset[tags.Tag]:
    """Every tag a 64-bit CPython `python` (X.Y) on `os_name` accepts."""
    version = parse_python(python)
    platforms = list(_PLATFORMS[os_name])
    found = set(tags.cpython_tags(version, platforms=platforms))
    found |= set(tags.compatible_tags(version, interpreter=f"cp{version[0]}{version[1]}", platforms=platforms))
    return frozenset(found)


def wheel_project(filename: str) -> str:
    return canonicalize_name(parse_wheel_filename(filename)[0])


def is_wheel(filename: str) -> bool:
    try:
        parse_wheel_filename(filename)
        return True
    except InvalidWheelFilename:
        return False


def fits(filename: str, python: str, os_name: str) -> bool:
    """Whether the wheel `filename` installs on CPython `python` on `os_name`."""
    _, _, _, file_tags = parse_wheel_filename(filename)
    return bool(file_tags & target_tags(python, os_name))


def file_os(filename: str) -> set[str]:
    """The OSes a wheel can install on ('linux', 'windows', or both for pure wheels)."""
    platforms = {t.platform for t in parse_wheel_filename(filename)[3]}
    if "any" in platforms:
        return {"linux", "windows"}
    out = set()
    if any(p.startswith("win") for p in platforms):
        out.add("windows")
    if any(p.startswith(("manylinux", "linux", "musllinux")) for p in platforms):
        out.add("linux")
    return out
