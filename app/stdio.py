"""Standard output and error that can print every sentence, on every system.

On Windows, Python encodes output to a pipe or a file with the ANSI code page (cp1252 on many
machines, cp936 on Chinese ones), so printing Chinese text or a mark such as ✗ raises
UnicodeEncodeError. A PyInstaller-frozen program ignores PYTHONUTF8 and PYTHONIOENCODING, so
the program sets its own streams when it starts:

- a pipe or a file gets UTF-8 (what `--json` readers and log collectors expect);
- a Windows console already writes through WriteConsoleW (Python reports it as UTF-8) and is
  left alone;
- a terminal that uses another encoding (a POSIX locale such as ISO-8859-1) keeps it, since
  UTF-8 bytes would garble it, but no longer fails: what it cannot show is escaped.

PyInstaller's utf8_mode option would also change open()'s default and how child output is
decoded, only in the frozen app; this keeps the frozen app and `python -m app` alike.
"""

from __future__ import annotations

import codecs
import sys
from typing import Any

ERRORS = "backslashreplace"  # never fail on output; a lone surrogate shows as \udcxx


def use_utf8_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (windowed app before its hook) or a test's replacement
            continue
        encoding = encoding_for(stream.encoding, _isatty(stream))
        try:
            stream.flush()
            reconfigure(encoding=encoding, errors=ERRORS)
        except (OSError, ValueError):  # a closed stream: nothing will be printed anyway
            continue


def encoding_for(current: str | None, is_terminal: bool) -> str:
    """The encoding a stream should use: UTF-8, except a terminal that uses another one."""
    if is_terminal and current and not is_utf8(current):
        return current
    return "utf-8"


def is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (OSError, ValueError):
        return False
