"""Collects the texts a user sees on a page (the one walk, visible_texts, that english_check.py
reads too) and finds empty or untranslated ones. Used by the page tests and by
installer/screenshots.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay in Latin letters in Chinese text (products, acronyms, shells).
KEEP_LATIN = {"AOT", "JIT", "IPEX", "PyTorch", "Python", "XPU", "GPU", "PowerShell", "bash", "Linux", "SYCL", "Zip"}


def _is_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("is_data"):
            return True
        widget = widget.parentWidget()
    return False


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@dataclass(frozen=True)
class Seen:
    """One text a user can see or hear: where (widget type and name, plus the property for a
    tooltip or an accessible name), its kind, the text, and whether it is data (is_data)."""

    where: str
    kind: str  # text | item | view | title | toolTip | accessibleName | accessibleDescription
    text: str
    data: bool


def visible_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[Seen]:
    """Everything a user can see or hear under root, in one walk (skip: raw tool output, and
    widgets under them): labels, buttons, group titles, combo items, placeholders of empty
    fields (a field's text is the user's), list items with their tooltips, plain-text views,
    the wizard's title; then each widget's tooltip and accessible name and description. A
    widget's main text is kept even when empty (problems() reports it); the others only when set."""
    found: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '-'})"
        data = _is_data(widget)
        main: list[tuple[str, str]] = []
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            main.append(("text", widget.text()))
        elif isinstance(widget, QAbstractButton):
            main.append(("text", widget.text()))
        elif isinstance(widget, QGroupBox):
            main.append(("text", widget.title()))
        elif isinstance(widget, QComboBox):
            main += [("text", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            main.append(("text", widget.placeholderText()))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                main += [("item", widget.item(i).text()), ("item", widget.item(i).toolTip())]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            main.append(("view", widget.toPlainText()))
        if isinstance(widget, QWizard):
            main.append(("title", widget.windowTitle()))
        found += [Seen(name, kind, text, data) for kind, text in main if kind == "text" or text.strip()]
        for kind, text in (("toolTip", widget.toolTip()), ("accessibleName", widget.accessibleName()),
                           ("accessibleDescription", widget.accessibleDescription())):
            if text.strip():  # a button's accessible name is what it does, never data
                found.append(Seen(f"{name}.{kind}", kind, text, data and not isinstance(widget, QAbstractButton)))
    return found


def problems(root: QWidget, language: str) -> list[str]:
    """Texts that are empty (and not data), or still English in Chinese mode."""
    out = []
    for seen in visible_texts(root):
        if seen.kind not in ("text", "accessibleName"):  # what the page tests have always held to this
            continue
        name, text, data = seen.where, seen.text, seen.data
        plain = _plain(text)
        if data:
            continue
        if not plain:
            if "accessibleName" not in name and "QLineEdit" not in name:
                out.append(f"{name}: empty")
            continue
        if language == "zh_CN" and not CJK.search(plain):
            words = set(LATIN_WORD.findall(plain)) - KEEP_LATIN
            if words:
                out.append(f"{name}: untranslated {plain!r}")
    return out


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the space the layout gave them."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__}({_plain(getattr(widget, 'text', lambda: '')())[:40]!r})"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.contentsRect().width())
                if need > widget.contentsRect().height() + 1:
                    out.append(f"{name}: needs {need}px height, has {widget.contentsRect().height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                out.append(f"{name}: needs {widget.sizeHint().width()}px width, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                out.append(f"{name}: needs {widget.sizeHint().width()}px width, has {widget.width()}")
    return out
