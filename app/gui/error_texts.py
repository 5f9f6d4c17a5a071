"""The core's error codes (AppError.code, see app/errors.py) as sentences in the user's language.

Each code maps to a translatable template and the names of the params that fill its %1, %2...
in order. An error without a code, or with a code this table does not know (a newer core),
is shown as its English sentence, so nothing is hidden. The context "Errors" is what lupdate
sees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import AppError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _templates() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        "download_stalled": (_t(
            "No data arrived from %1 for %2 s while downloading %3; check the connection or choose another "
            "download server, then retry (the download resumes)."), ("host", "seconds", "file")),
        "download_too_slow": (_t(
            "%1 sent %2 at only %3/s over the last %4 s, too slow to ever finish; choose another download "
            "server and retry (the download resumes)."), ("host", "file", "rate", "seconds")),
        "download_too_big": (_t(
            "%1 sent more than the %2 expected for %3; the download was stopped and the partial file deleted."),
            ("host", "limit", "file")),
        "download_redirect_loop": (_t(
            "%1 redirected the request for %2 more than %3 times (a redirect loop); the server is "
            "misconfigured, choose another download server."), ("host", "file", "limit")),
    }


def sentence(error: AppError) -> str:
    """The error's sentence in the current language."""
    found = _templates().get(error.code or "")
    if found is None or any(name not in error.params for name in found[1]):
        return str(error)
    text = fill(found[0], [error.params[name] for name in found[1]])
    if error.params.get("rolled_back"):
        text = fill(_t("%1; the environment was left as it was before."), [text.rstrip().rstrip(".。")])
    return text


def fill(template: str, values: list) -> str:
    """Qt's %1..%n filled in one pass (a value that itself contains "%2" stays as it is)."""
    import re

    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)
