"""Finds English sentences a user can see in Chinese mode.

Everything visible is read, by texts_check.visible_texts (the one walk both checks share):
labels (data labels too), buttons, group titles, combo items, placeholders, tooltips,
accessible names, list items, plain-text views, and open message boxes. What counts as an
English word (and what is data) is tests/english_words.py, which the command line's check shares.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

try:  # imported as tests.gui.english_check, or as english_check with tests/gui on sys.path
    from tests.english_words import english_words
    from tests.gui.texts_check import visible_texts
except ImportError:
    from english_words import english_words  # type: ignore[no-redef]
    from texts_check import visible_texts  # type: ignore[no-redef]


def open_message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def english_sentences(root: QWidget, data: list[str], skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every visible text under root (and in open message boxes) that still has English in it."""
    out = []
    roots = [root, *open_message_boxes()]
    for where_root in roots:
        for seen in visible_texts(where_root, skip):
            for line in seen.text.splitlines():
                words = english_words(line, data)
                if words:
                    out.append(f"{seen.where}: {' '.join(words[:8])!r} in {line[:160]!r}")
    return out
