"""The QWizard: owns the FlowState, the pages and the translations; navigation is
app.flow.next_page, and Back app.flow.back_target (the commit pages that block it come from
app.flow.commit_pages); closing the window cancels running work and waits for it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from app import __version__, flow
from app.errors import AppError
from app.flow import FlowState, PageId, load_support_input, next_page
from app.gui.i18n import Translations
from app.gui.pages.base import FlowPage
from app.gui.pages.build_page import BuildPage
from app.gui.pages.environment_page import EnvironmentPage
from app.gui.pages.finish_page import FinishPage
from app.gui.pages.hardware_page import HardwarePage
from app.gui.pages.install_page import InstallPage
from app.gui.pages.support_page import SupportPage
from app.gui.pages.verify_page import VerifyPage
from app.gui.pages.welcome_page import WelcomePage

logger = logging.getLogger(__name__)

# QWizard's button texts in ModernStyle, as Qt's own catalogue (qtbase_*.qm) spells them.
BUTTON_SOURCES = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.CommitButton, "Commit"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


class InstallerWizard(QWizard):
    def __init__(self, translations: Translations, probe_source: dict | None = None, parent=None):
        super().__init__(parent)
        self.translations = translations
        self.state = FlowState()
        self.support_source: str | None = None  # the file support mode shows (another computer)
        self.setObjectName("InstallerWizard")
        # One look on every system. Windows' default, AeroStyle, draws the buttons on a glass
        # band (hidden under Wine), reads "Next" without ">" and warns on the offscreen platform.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.welcome = WelcomePage(self.state)
        self.hardware = HardwarePage(self.state, probe_source)
        self.build = BuildPage(self.state)
        self.environment = EnvironmentPage(self.state)
        self.install = InstallPage(self.state)
        self.verify = VerifyPage(self.state)
        self.finish = FinishPage(self.state)
        self.support = SupportPage(self.state)  # support mode, after Build: what a bundle recorded
        for page in self.pages():
            self.setPage(int(page.PAGE_ID), page)
            page.completeChanged.connect(self.apply_flow)
            page.go_back_to.connect(self.go_back_to)
        self.setStartId(int(PageId.WELCOME))
        # Back follows app.flow.back_target (after the GPU test it skips the finished install),
        # not QWizard's one-page history step.
        back = self.button(QWizard.WizardButton.BackButton)
        back.clicked.disconnect()
        back.clicked.connect(self._on_back_clicked)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.welcome.set_language(translations.language)
        self.welcome.language_chosen.connect(self._on_welcome_language_chosen)
        self.welcome.support_file_requested.connect(self._on_welcome_support_file_requested)
        self.resize(860, 640)
        self.retranslate()

    def pages(self):
        return [self.welcome, self.hardware, self.build, self.environment, self.install, self.verify, self.finish,
                self.support]

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return int(next_page(self.currentId(), self.state))

    # -- navigation -------------------------------------------------------------------------
    def apply_flow(self) -> None:
        """Commit pages (which block Back) and the Environment page's button, from the state."""
        commit = flow.commit_pages(self.state)
        for page in self.pages():
            page.setCommitPage(page.PAGE_ID in commit)
        self.environment.set_install_button(flow.install_button(self.state))
        current = self.currentPage()
        if current is not None:  # QWizard recomputes its buttons on the current page's signal
            current.completeChanged.disconnect(self.apply_flow)
            current.completeChanged.emit()
            current.completeChanged.connect(self.apply_flow)

    def _on_back_clicked(self) -> None:
        self.go_back_to(int(flow.back_target(self.currentId(), self.state)))

    def go_back_to(self, target: int) -> None:
        """Back to `target` through the visited pages (QWizard's history), as Back would."""
        if target not in self.visitedIds() or target == self.currentId():
            return
        flow.rewind(self.state, target)
        while self.currentId() != target and len(self.visitedIds()) > 1:
            self.back()
        self.apply_flow()

    def _on_current_id_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, FlowPage):
            page.on_shown()
        self.apply_flow()

    # -- language ---------------------------------------------------------------------------
    def _on_welcome_language_chosen(self, language: str) -> None:
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self.translations.switch(language)
        self.welcome.set_language(language)
        # Qt posts LanguageChange to every window; deliver it now so every page (and QWizard's
        # own buttons) changes language before the user sees the next paint.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()

    def retranslate(self) -> None:
        if self.state.support is not None:  # support mode: the window is about the other computer
            from app.gui.translated import text

            self.setWindowTitle(text(self.state.support.title()))
        else:
            self.setWindowTitle(
                QCoreApplication.translate("InstallerWizard", "IPEX AOT Installer %1").replace("%1", __version__)
            )
        # QWizard sets its button texts once; after a language switch, look them up again in
        # Qt's own catalogue (qtbase_*.qm, context "QWizard"), with the texts Qt uses.
        for button, source in BUTTON_SOURCES:
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))

    # -- support mode -----------------------------------------------------------------------
    def _on_welcome_support_file_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("InstallerWizard", "Open a support bundle or probe file"),
            "",
            QCoreApplication.translate(
                "InstallerWizard", "Support bundles and probe files (*.zip *.json);;All files (*)"
            ),
        )
        if path:
            self.open_support_file(Path(path))

    def open_support_file(self, path: Path) -> bool:
        try:
            support = load_support_input(path)
        except AppError as exc:  # a file from another machine: the reason, in the user's language
            from app.gui.error_texts import sentence

            QMessageBox.warning(
                self, QCoreApplication.translate("InstallerWizard", "Cannot open this file"), sentence(exc)
            )
            return False
        self.enter_support_mode(support)
        return True

    def enter_support_mode(self, support) -> None:
        """Show `support` (app.report.support_view.SupportView): Hardware, Build and, for a
        bundle, what it recorded; nothing after Build acts on this computer (app.flow.next_page)."""
        self.state.support_mode = True
        self.state.support = support
        self.support_source = support.source
        self.retranslate()
        self.hardware.runner.cancel_and_wait()
        self.hardware.show_probe(support.probe)
        self.build.set_support_plan(support.plan_json)
        if self.currentId() == int(PageId.WELCOME):
            self.next()

    # -- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel button, Escape or closing the window (QDialog routes close to reject): the
        install page asks first; then every worker is cancelled and waited for, so nothing
        keeps running after the window is gone."""
        if self.currentId() == int(PageId.INSTALL) and not self.install.confirm_cancel():
            return
        self.shutdown()
        super().reject()

    def shutdown(self) -> None:
        for page in self.pages():
            page.shutdown()
