"""The sentences of `catalog discover`, as message codes (app/messages.py; templates in
app/message_texts/discover.py, Chinese in resources/i18n): `say` for a report line,
`refused` for a page or input refused (exit 2), `failed` for an index that could not be read
(exit 1)."""

from __future__ import annotations

from typing import Any

from app.errors import AppError, BadInput
from app.messages import Message, msg

CODE_PREFIX = "discover_"


def _plain(value: Any) -> Any:
    """Params are plain data; a number stays a number, a Message stays a Message, others text."""
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def say(code: str, **params: Any) -> Message:
    return msg(CODE_PREFIX + code, **{k: _plain(v) for k, v in params.items()})


def refused(code: str, **params: Any) -> BadInput:
    return BadInput(say(code, **params))


def failed(code: str, **params: Any) -> AppError:
    return AppError(say(code, **params))
