"""A small coloured AOT / JIT badge. Colour is never the only signal: the text says it too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

_STYLE = {
    "aot": "background:#1b7f3b;color:white;border-radius:4px;padding:2px 8px;font-weight:bold;",
    "jit": "background:#b35c00;color:white;border-radius:4px;padding:2px 8px;font-weight:bold;",
}


def badge_text(expect: str) -> str:
    return {
        "aot": QCoreApplication.translate("Badge", "AOT"),
        "jit": QCoreApplication.translate("Badge", "JIT"),
    }.get(expect, expect.upper())


class Badge(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.expect = ""

    def set_expect(self, expect: str) -> None:
        self.expect = expect
        self.setStyleSheet(_STYLE.get(expect, "border:1px solid gray;padding:2px 8px;"))
        self.setText(badge_text(expect))
