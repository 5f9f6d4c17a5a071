"""Whether the tests run under Wine (the Windows lane, installer/windows_lane.py), for the few
tests that meet something Wine cannot stand in for (its list: windows_under_wine.md)."""

from __future__ import annotations

import sys


def _under_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


UNDER_WINE = _under_wine()
