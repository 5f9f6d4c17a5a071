"""Errors the core raises. Each carries one sentence a user can act on.

The CLI maps BadInput to exit code 2 and every other AppError to exit code 1.

The sentence (str(error)) is English, for the terminal and the logs. An error may also carry
a message `code` with its `params` (plain values: names, paths, numbers): `message()` makes
the coded sentence (app/messages.py) the GUI words in the user's language. The message may also
be given directly: AppError(msg("disk_full", folder=...)). Errors without a known code are
shown as their English sentence.
"""

from __future__ import annotations

from typing import Any

from app.message_texts import TEMPLATES
from app.messages import Message, msg

# Params that hold a code for a few words inside the sentence: param -> (code prefix, new name).
_WORD_PARAMS = {"kind": ("kind_", "kind"), "problem_code": ("name_problem_", "problem"),
                "reason_code": ("reason_", "reason")}

class AppError(Exception):
    """A failure with a message meant for the user (one sentence)."""

    exit_code = 1
    log_path: str | None = None  # the install log that has the details, when there is one

    def __init__(self, message: str = "", *, code: str | None = None, params: dict[str, Any] | None = None):
        super().__init__(message)
        if isinstance(message, Message):
            code = code or message.code
            params = message.params if params is None else params
        self.code = code
        self.params: dict[str, Any] = dict(params or {})

    def message(self) -> str:
        """The coded sentence (a Message) when the code is known and its params fill it, else
        the English sentence as it is."""
        first = self.args[0] if self.args else ""
        if isinstance(first, Message) and first.code == self.code and not self.params.get("rolled_back"):
            return first
        code = self.code or ""
        if self.params.get("removed") and code + "+removed" in TEMPLATES:
            code += "+removed"
        values = dict(self.params)
        for name, (prefix, shown) in _WORD_PARAMS.items():
            if name in values and prefix + str(values[name]) in TEMPLATES:
                values[shown] = msg(prefix + str(values[name]))
        if self.params.get("reason") in ("disk_full", "path_too_long", "folder_unwritable"):
            values["reason"] = msg("reason_" + self.params["reason"])
        try:
            found = Message(code, {k: v for k, v in values.items()
                                   if isinstance(v, (str, int, float, bool, list, tuple))})
        except (KeyError, TypeError):
            return str(self)
        return msg("rolled_back", error=found) if self.params.get("rolled_back") else found

    def again(self, message: str, **more: Any) -> AppError:
        """The same kind of error with a new English sentence, keeping its code and params
        (plus `more`): for callers that add what happened next ("...; nothing was changed")."""
        return type(self)(message, code=self.code, params={**self.params, **more})


class BadInput(AppError):
    """The user gave us something we cannot use (a missing file, a malformed id, ...)."""

    exit_code = 2


class Cancelled(AppError):
    """The user cancelled; whatever was under way was rolled back. Every cancel says the same
    coded sentence ("cancelled"), so there is one text to translate."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__(msg("cancelled"))
