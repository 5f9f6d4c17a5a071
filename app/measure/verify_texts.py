"""The sentences `catalog verify` shows: message codes "verify_<code>" (app/messages.py), their
English in app/message_texts/catalog_verify.py and their Chinese in resources/i18n.
`say(code, **params)` is the Message; refusals carry it."""

from __future__ import annotations

from typing import Any

from app.errors import BadInput
from app.messages import Message, msg, plain_param

CODE_PREFIX = "verify_"


def say(code: str, **params: Any) -> Message:
    return msg(CODE_PREFIX + code, **{k: plain_param(v) for k, v in params.items()})


def refused(code: str, **params: Any) -> BadInput:
    return BadInput(say(code, **params))

