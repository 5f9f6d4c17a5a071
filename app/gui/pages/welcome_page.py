"""Page 1: what the tool does, the language, and the support-mode entry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.flow import LANGUAGES, PageId
from app.gui.pages.base import FlowPage, wrapped_label


def troubleshooting_url() -> str:
    """The README's troubleshooting section, shipped beside the app (source or frozen)."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QUrl

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    url = QUrl.fromLocalFile(str(base / "README.md"))
    url.setFragment("troubleshooting")
    return url.toString()


class WelcomePage(FlowPage):
    """Signals:
        language_chosen(str): the user picked "en" or "zh_CN".
        support_file_requested(): the user wants to open a bundle or probe JSON.
    """

    PAGE_ID = PageId.WELCOME
    language_chosen = Signal(str)
    support_file_requested = Signal()

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.intro = wrapped_label()
        self.steps = wrapped_label()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setProperty("is_data", True)  # each language names itself
        self.language_label.setBuddy(self.language)
        self.help = wrapped_label()
        self.help.setOpenExternalLinks(True)
        self.support_note = wrapped_label()
        self.support_button = QPushButton()
        self.support_button.clicked.connect(self.support_file_requested)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        support_row = QHBoxLayout()
        support_row.addWidget(self.support_button)
        support_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.support_note)
        layout.addLayout(support_row)
        layout.addWidget(self.help)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.retranslate()

    def set_language(self, language: str) -> None:
        """Show `language` as selected without emitting language_chosen."""
        index = self.language.findData(language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    def _on_language_changed(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Install PyTorch for your Intel GPU, with native code where it exists."))
        self.intro.setText(
            self.tr(
                "This installer finds the PyTorch build (with or without Intel Extension for PyTorch) "
                "whose ahead-of-time (AOT) compiled code covers your Intel GPU, installs it into a "
                "Python virtual environment, and then proves with a short test whether your GPU runs "
                "native code or compiles it on first use (JIT)."
            )
        )
        self.steps.setText(
            self.tr(
                "Steps: check your hardware, choose a build, choose where to install, install, "
                "test, and finish. Nothing is changed on your computer before the Install step."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.support_note.setText(
            self.tr(
                "Support staff: open a support bundle or a probe JSON file from another computer to "
                "see its hardware and the build this tool would choose for it. Nothing is installed."
            )
        )
        self.support_button.setText(self.tr("Open a &support file..."))
        self.support_button.setAccessibleName(self.tr("Open a support bundle or probe file"))
        self.help.setText(
            self.tr('Problems? See the <a href="%1">troubleshooting notes</a>.').replace("%1", troubleshooting_url())
        )
