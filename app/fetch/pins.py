"""Which file versions a pinned requirement accepts: the one place the plan's pins meet the
versions of index and wheelhouse files, matched exactly as PEP 440 says.

- "torch==2.1.0a0" (no local label) accepts 2.1.0a0 and 2.1.0a0+cxx11.abi: the candidate's
  local label is ignored;
- "torch==2.8.0+xpu" accepts 2.8.0+xpu only;
- "torch==2.10.*" accepts every 2.10 release, local labels ignored;
- "x===text" is arbitrary (string) equality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

if TYPE_CHECKING:
    from packaging.specifiers import Specifier

# "name==version" and "name==2.10.*" as plans write them; anything else goes to packaging's full
# PEP 508 parser, which costs a quarter of the install command's start-up to import.
_SIMPLE_PIN = re.compile(
    r"[ \t]*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)[ \t]*(===?)[ \t]*([A-Za-z0-9.+!_-]+(?:\.\*)?)[ \t]*")


@dataclass(frozen=True)
class Pin:
    name: str  # canonical project name
    operator: str  # "==" or "==="
    version: str  # as written: "2.1.0a0", "2.8.0+xpu", "2.10.*"

    @property
    def wildcard(self) -> bool:
        return self.version.endswith(".*")

    @cached_property
    def _spec(self) -> Specifier:
        from packaging.specifiers import Specifier  # PEP 440's reference implementation

        return Specifier(f"{self.operator}{self.version}", prereleases=True)

    def accepts(self, candidate: Version) -> bool:
        """Whether a file of version `candidate` satisfies this pin (PEP 440)."""
        if self.operator == "===":
            return str(candidate).lower() == self.version.lower()
        return self._spec.contains(candidate, prereleases=True)


def _valid(operator: str, version: str) -> bool:
    if operator == "===":
        return not version.endswith(".*")
    try:
        text = version[:-2] if version.endswith(".*") else version
        parsed = Version(text)
    except InvalidVersion:
        return False
    return not (version.endswith(".*") and parsed.local is not None)  # "==2.1+xpu.*" means nothing


def requirement_pin(requirement: str) -> Pin | None:
    """The Pin of "name==version", "name==X.Y.*" or "name===text" (no markers, no URL, one
    specifier), else None: such requirements are left to the installer tool."""
    simple = _SIMPLE_PIN.fullmatch(requirement)
    if simple:
        name, operator, version = simple[1], simple[2], simple[3]
    else:
        from packaging.requirements import InvalidRequirement, Requirement

        try:
            req = Requirement(requirement)
        except InvalidRequirement:
            return None
        specs = list(req.specifier)
        if req.url or req.marker or len(specs) != 1 or specs[0].operator not in ("==", "==="):
            return None
        name, operator, version = req.name, specs[0].operator, specs[0].version
    if not _valid(operator, version):
        return None
    return Pin(canonicalize_name(name), operator, version)
