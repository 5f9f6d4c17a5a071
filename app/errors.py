"""Errors the core raises. Each carries one sentence a user can act on.

The CLI maps BadInput to exit code 2 and every other AppError to exit code 1.

The sentence (str(error)) is English, for the terminal and the logs. An error may also carry
a message `code` with its `params` (plain values: names, paths, numbers): the GUI turns those
into the sentence in the user's language (app/gui/error_texts.py), as it does for every other
code the core hands it. Errors without a code are shown as their English sentence.
"""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """A failure with a message meant for the user (one sentence)."""

    exit_code = 1
    log_path: str | None = None  # the install log that has the details, when there is one

    def __init__(self, message: str = "", *, code: str | None = None, params: dict[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.params: dict[str, Any] = dict(params or {})

    def again(self, message: str, **more: Any) -> AppError:
        """The same kind of error with a new English sentence, keeping its code and params
        (plus `more`): for callers that add what happened next ("...; nothing was changed")."""
        return type(self)(message, code=self.code, params={**self.params, **more})


class BadInput(AppError):
    """The user gave us something we cannot use (a missing file, a malformed id, ...)."""

    exit_code = 2


class Cancelled(AppError):
    """The user cancelled; whatever was under way was rolled back."""

    exit_code = 1
