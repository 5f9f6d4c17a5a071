"""Starting the wizard: QApplication, translations (system language by default), the window."""

from __future__ import annotations

import logging
import os
import sys

from app.hostos import IS_WINDOWS

logger = logging.getLogger(__name__)


def resources_dir():
    """resources/ in a source checkout, or inside the frozen app."""
    from pathlib import Path

    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"


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
        icon = resources_dir() / "icons" / "app.png"
        if icon.is_file():
            from PySide6.QtGui import QIcon

            app.setWindowIcon(QIcon(str(icon)))
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
    _install_excepthook()
    wizard = create_wizard(language)
    if os.environ.get("IPEX_INSTALLER_EXIT_AFTER_FIRST_PAINT"):
        _exit_after_first_paint(wizard)  # tests/bench/bench_gui.py times start-up with this
    _close_on_sigterm(app, wizard)
    wizard.show()
    if support_file:
        from pathlib import Path

        wizard.open_support_file(Path(support_file))
    return app.exec()


def _close_on_sigterm(app, wizard) -> None:
    """SIGTERM (logout, `kill`, a service manager) closes the wizard as Cancel would, without
    asking: running work is cancelled and rolled back, then the app exits with code 1.
    Python runs signal handlers only when it has control, so a timer gives it control
    while Qt's event loop waits. (Windows has no SIGTERM: there job objects stop children.)"""
    import signal

    from PySide6.QtCore import QTimer

    if not hasattr(signal, "SIGTERM") or IS_WINDOWS:
        return

    def close() -> None:
        logger.info("SIGTERM: stopping running work and closing")
        wizard.shutdown()
        app.exit(1)

    def handler(signum, frame):  # queued: the loop may not be running yet, and exit() needs it
        QTimer.singleShot(0, close)

    signal.signal(signal.SIGTERM, handler)
    timer = QTimer(wizard)
    timer.timeout.connect(lambda: None)
    timer.start(200)


def _exit_after_first_paint(wizard) -> None:
    """Print time.monotonic() (system-wide on Linux and Windows) when the first page has been
    painted, then quit: the benchmark compares it with the moment it started the process."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                # After this paint event has been handled: the page is on screen.
                QTimer.singleShot(0, lambda: (print(f"first-paint {time.monotonic():.6f}", flush=True),
                                              wizard.shutdown(), wizard.done(0)))
            return False

    watcher = FirstPaint(wizard)
    wizard.currentPage().installEventFilter(watcher) if wizard.currentPage() else None
    wizard.welcome.installEventFilter(watcher)


def _install_excepthook() -> None:
    """A bug in a slot must not vanish into a console the user never sees: log it with the
    traceback (the log folder goes into support bundles) and say so in a dialog."""
    import traceback

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app import paths
    from app.gui import translated

    def hook(exc_type, exc, tb):
        logger.error("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            log = paths.ensure(paths.log_dir()) / "wizard-errors.log"
            with open(log, "a", encoding="utf-8") as f:
                f.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        except OSError:
            log = None
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Unexpected error"),
            translated.args(
                QCoreApplication.translate(
                    "App", "Something went wrong inside the installer: %1. Details were written to %2."),
                f"{exc_type.__name__}: {exc}", str(log or "-")),
        )

    sys.excepthook = hook
