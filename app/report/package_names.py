"""The distributions the doctor reasons about by name: IPEX, and the wheels that carry the oneAPI
runtime. One definition, used by the package checks and the pairings alike."""

from __future__ import annotations

from app.catalog.model import PACKAGES
from app.report.venv_facts import normalize

IPEX = PACKAGES["ipex"]
# Wheels that carry the oneAPI runtime (SYCL, compiler runtime, MKL, TBB, ...).
ONEAPI_PREFIXES = ("intel-", "dpcpp-", "mkl", "onemkl", "oneccl", "onednn", "impi", "tbb", "tcmlib", "umf")


def is_oneapi_package(name: str) -> bool:
    name = normalize(name)
    return name != IPEX and name.startswith(ONEAPI_PREFIXES)
