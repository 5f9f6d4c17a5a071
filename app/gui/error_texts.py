"""The core's errors and warnings (AppError, app.events.Warning_) in the user's language.

Their codes and params become coded sentences (app/messages.py, AppError.message) worded by
app/gui/translated.py. An error without a code, or with a code this build does not know (a
newer core), is shown as its English sentence, so nothing is hidden.
"""

from __future__ import annotations

from app.errors import AppError
from app.gui import translated


def sentence(error: AppError) -> str:
    """The error's sentence in the current language."""
    return translated.text(error.message())


def by_code(code: str | None, params: dict, english: str) -> str:
    """Any coded sentence in the current language; `english` for an unknown code."""
    return translated.text(AppError(english, code=code, params=params).message())


def warning(code: str, params: dict, english: str) -> str:
    """A warning's sentence in the current language."""
    return by_code(code, params, english)
