"""Page 1: what the tool does, what you need (disk, time, driver) in three lines, the
language, troubleshooting in the user's language (a help page shipped in resources/help),
and a small entry for support staff."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.flow import DEFAULT_INSTALL_BYTES, LANGUAGES, PageId, language_for_locale
from app.gui import texts
from app.gui.pages.base import FlowPage, wrapped_label
from app.messages import fill


def troubleshooting_url(language: str) -> str:
    """The troubleshooting page in `language` (English when there is none), shipped beside the
    app (source or frozen) in resources/help."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QUrl

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources" / "help"
    page = base / f"troubleshooting.{language}.html"
    if not page.is_file():
        page = base / "troubleshooting.en.html"
    return QUrl.fromLocalFile(str(page)).toString()


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
        self.needs_title = QLabel()
        self.needs = wrapped_label()  # disk, time, driver: three lines
        self.steps = wrapped_label()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setProperty("is_data", True)  # each language names itself
        self.language_label.setBuddy(self.language)
        self.help = wrapped_label()
        self.help.setOpenExternalLinks(True)
        # Support staff only: a small link-like button, not a call to action for everyone.
        self.support_button = QPushButton()
        self.support_button.setFlat(True)
        self.support_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.support_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; "
                                          "border: none; padding: 0; }")
        self.support_button.clicked.connect(self.support_file_requested)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        support_row = QHBoxLayout()
        support_row.addWidget(self.support_button)
        support_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.needs_title)
        layout.addWidget(self.needs)
        layout.addWidget(self.steps)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.help)
        layout.addLayout(support_row)
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
        self.needs_title.setText(self.tr("What you need:"))
        self.needs.setText("\n".join((
            fill(self.tr("• Disk: about {size} free on the drive you install to."),
                 {"size": texts.size(DEFAULT_INSTALL_BYTES)}),
            self.tr("• Time: mostly downloading a few gigabytes; minutes on a fast connection, longer on a slow one."),
            self.tr("• Driver: the Intel graphics driver for your GPU (the next page checks it)."),
        )))
        self.support_button.setText(self.tr("For support staff: open a &support file from another computer..."))
        self.support_button.setAccessibleName(self.tr("Open a support bundle or probe file"))
        self.support_button.setToolTip(self.tr(
            "See the hardware and the build of another computer from its support bundle or probe file. Nothing "
            "is installed."))
        url = troubleshooting_url(language_for_locale(QLocale().name()))  # the language shown now
        self.help.setText(fill(self.tr('Problems? See the <a href="{url}">troubleshooting page</a>.'), {"url": url}))
