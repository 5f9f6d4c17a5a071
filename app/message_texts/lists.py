"""What a list param shows when it is empty (app/messages.py items_or_none)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "list_none": QT_TRANSLATE_NOOP("Messages", "none"),
}
