"""A Python interpreter found on this machine: what discovery finds, the probe reports and the
installer builds a venv from. Here, beside discovery, so the probe imports envs and not the
other way round."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PythonInfo:
    path: str
    version: str  # "3.11.7"
    bits: int  # 64 or 32
    source: str  # path | py-launcher | registry | common-location | current

    @property
    def major_minor(self) -> str:
        return ".".join(self.version.split(".")[:2])
