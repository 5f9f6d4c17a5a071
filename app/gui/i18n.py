"""Loading translations: ours (resources/i18n/ipex_installer_<lang>.qm, built from the .ts by
installer/build_translations.py) and Qt's own qtbase_<lang>.qm, so QWizard's Back / Next /
Cancel buttons and standard dialogs speak the same language."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.flow import SOURCE_LANGUAGE, language_for_locale

logger = logging.getLogger(__name__)

CATALOG = "ipex_installer"


def i18n_dir() -> Path:
    """resources/i18n in a source checkout, or beside the frozen app's data."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "i18n"


def system_language() -> str:
    return language_for_locale(QLocale.system().name())


class Translations:
    """Keeps the installed translators so the language can be switched at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        self.missing: list[str] = []  # .qm files that were wanted but not found

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None  # languages are switched in a running application
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.missing.clear()
        self.language = language
        if language == SOURCE_LANGUAGE:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"{CATALOG}_{language}", str(i18n_dir()))):
            tr = QTranslator()
            if tr.load(name, folder):
                app.installTranslator(tr)
                self._installed.append(tr)
            else:
                self.missing.append(f"{folder}/{name}.qm")
                logger.error("translation %s.qm not found in %s", name, folder)


def sorted_like_file_dialogs(names: list[str], language: str) -> list[str]:
    """`names` in the order Qt's file dialogs show them for `language` (QCollator with numbers
    by value). The frozen Linux app carries only part of ICU's data (installer/slim_icu.py);
    the self-test sorts with it to prove the part Qt uses is there."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator

    collator = QCollator(QLocale(language))
    collator.setNumericMode(True)
    return sorted(names, key=cmp_to_key(collator.compare))
