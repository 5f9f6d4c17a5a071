"""Starting the wizard: QApplication, translations (system language by default), the window."""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125%, 150%) rounds neither up nor down: text keeps its layout.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0], *(argv or [])])
        app.setApplicationName("IPEX AOT Installer")
        app.setOrganizationName("ipex-aot-installer")
    return app


def create_wizard(language: str | None = None, probe_source: dict | None = None):
    """probe_source: {"sysfs_root": DIR} or {"windows_snapshot": FILE} to probe a recorded
    machine instead of this one (tests, screenshots, support)."""
    from app.gui.i18n import Translations, system_language
    from app.gui.wizard import InstallerWizard

    translations = Translations()
    translations.switch(language or os.environ.get("IPEX_INSTALLER_LANG") or system_language())
    return InstallerWizard(translations, probe_source)


def run_wizard(language: str | None = None, support_file: str | None = None) -> int:
    app = create_app()
    wizard = create_wizard(language)
    wizard.show()
    if support_file:
        from pathlib import Path

        wizard.open_support_file(Path(support_file))
    return app.exec()
