"""The forecast's sentences are message codes (app/messages.py, templates in
app/message_texts/forecast.py); this keeps the one helper for sizes the sentences quote."""

from __future__ import annotations

from app.messages import Message, msg


def text(code: str, **params: object) -> Message:
    """The message `code` with its values (a Message: the English sentence, coded)."""
    return msg(code, **params)


def size(n: int) -> str:
    """A byte count as people read it (SPIR-V sizes range from kB to GB)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
