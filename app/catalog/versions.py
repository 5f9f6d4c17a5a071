"""Version comparisons the catalog needs, all through `packaging` (PEP 440).

Catalog versions are exact ("2.8.0+xpu", "2.1.0.post0") or a series ("2.9.*") where only the
series is pinned. Local labels (+xpu, +cxx11.abi, +gitc6ea20b) matter only when written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version


def valid(text: str) -> bool:
    try:
        _spec(text)
        return True
    except (InvalidSpecifier, InvalidVersion):
        return False


def _spec(expected: str) -> SpecifierSet:
    if expected.endswith(".*"):
        return SpecifierSet(f"=={expected}", prereleases=True)
    Version(expected)  # raises InvalidVersion
    return SpecifierSet(f"=={expected}", prereleases=True)


def satisfies(expected: str, installed: str) -> bool:
    """Whether an installed version is what the plan expected (Choice.verify values):
    '2.8.0+xpu' needs exactly that; '2.1.0a0' accepts any local label; '2.9.*' any 2.9.x."""
    try:
        return Version(installed) in _spec(expected)
    except (InvalidSpecifier, InvalidVersion):
        return False


def pin_matches(pin: str, build_version: str | None) -> bool:
    """A user's --ipex/--torch pin against a catalog version. '2.5.10' matches 2.5.10+xpu and
    2.5.10.post0+xpu; '2.8' matches 2.8.0+xpu; a pin with a local label must match exactly."""
    if not build_version:
        return False
    pin = pin.strip()
    try:
        if build_version.endswith(".*"):  # the build pins a series: compare release prefixes
            series = build_version[:-2].split(".")
            release = [str(x) for x in Version(pin).release]
            n = min(len(series), len(release))
            return series[:n] == release[:n]
        version, wanted = Version(build_version), Version(pin)
        if "+" in pin:
            return version == wanted
        if wanted.pre or wanted.post is not None or wanted.dev is not None:
            # '2.5.10.post0': a whole version (PEP 440 prefix matching stops at the release).
            return Version(version.public) == wanted
        return version in SpecifierSet(f"=={pin}.*", prereleases=True)
    except (InvalidSpecifier, InvalidVersion):
        return False


@lru_cache(maxsize=1024)
def sort_key(text: str | None) -> tuple[Any, ...]:
    """Orders versions; a series '2.9.*' sorts as its highest member would."""
    if not text:
        return (0, Version("0"))
    if text.endswith(".*"):
        return (1, Version(text[:-2] + ".99999"))
    try:
        return (1, Version(Version(text).public))  # a local label (+gitc6ea20b) is not "newer"
    except InvalidVersion:
        return (0, Version("0"))
