"""The sentences of `catalog discover`, as message codes (app/messages.py; templates in
app/message_texts/discover.py, Chinese in resources/i18n): `say` for a report line,
`refused` for a page or input refused (exit 2), `failed` for an index that could not be read
(exit 1)."""

from __future__ import annotations

from typing import Any

from app.errors import AppError, BadInput
from app.messages import Message, msg, plain_param

CODE_PREFIX = "discover_"


def say(code: str, **params: Any) -> Message:
    return msg(CODE_PREFIX + code, **{k: plain_param(v) for k, v in params.items()})


def refused(code: str, **params: Any) -> BadInput:
    return BadInput(say(code, **params))


def failed(code: str, **params: Any) -> AppError:
    return AppError(say(code, **params))
