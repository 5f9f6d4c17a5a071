"""Collects the texts a user sees on a page and finds empty or untranslated ones. Used by the
page tests and by installer/screenshots.py."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

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


def visible_texts(root: QWidget) -> list[tuple[str, str, bool]]:
    """(widget description, text, is_data) for every visible text-bearing widget under root."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '-'})"
        data = _is_data(widget)
        texts = []
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        if widget.accessibleName():
            found.append(
                (name + ".accessibleName", widget.accessibleName(), data and not isinstance(widget, QAbstractButton))
            )
        for text in texts:
            found.append((name, text, data))
    return found


def problems(root: QWidget, language: str) -> list[str]:
    """Texts that are empty (and not data), or still English in Chinese mode."""
    out = []
    for name, text, data in visible_texts(root):
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
