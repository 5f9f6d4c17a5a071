"""Errors the core raises. Each carries one sentence a user can act on.

The CLI maps BadInput to exit code 2 and every other AppError to exit code 1.
"""


class AppError(Exception):
    """A failure with a message meant for the user (one sentence)."""

    exit_code = 1


class BadInput(AppError):
    """The user gave us something we cannot use (a missing file, a malformed id, ...)."""

    exit_code = 2


class Cancelled(AppError):
    """The user cancelled; whatever was under way was rolled back."""

    exit_code = 1
