"""The two kinds of label every page and widget uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def data_label(text: str = "", parent=None) -> QLabel:
    """A label that shows data from the core or the machine (names, paths, sentences the core
    wrote): selectable, wrapped, and marked so the translation test does not expect Chinese."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("is_data", True)
    label.setTextInteractionFlags(label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def wrapped_label(text: str = "", parent=None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
