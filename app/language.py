"""Which language the user reads, found without Qt (the command line and the terminal flow).

The order is the wizard's (app/gui/app.py): what the user asked for (`--lang`), then the
IPEX_INSTALLER_LANG variable, then the system's UI language. A value the user gave that we
do not know is refused with one sentence (exit 2), not silently replaced by English.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from app.errors import BadInput
from app.messages import msg

# The installer's languages, each with its own name for the wizard's switch; the code's strings are English.
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"
LANGUAGE_ENV = "IPEX_INSTALLER_LANG"
# POSIX: the variables that name the locale of messages, strongest first (as setlocale reads them).
POSIX_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_for_locale(locale_name: str | None) -> str:
    """'zh_CN' for any Chinese locale (zh, zh_CN, zh-Hans-...; Traditional gets Simplified as
    the closer of our two), English otherwise."""
    name = (locale_name or "").replace("-", "_").lower()
    return "zh_CN" if name.startswith("zh") else SOURCE_LANGUAGE


def choose(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: `option` (--lang), else IPEX_INSTALLER_LANG, else the system's."""
    environ = os.environ if environ is None else environ
    if option is not None:
        return checked(option, "--lang")
    if environ.get(LANGUAGE_ENV, "").strip():
        return checked(environ[LANGUAGE_ENV], LANGUAGE_ENV)
    return system_language(environ)


def checked(value: str, where: str) -> str:
    """`value` as one of LANGUAGES; refused with one sentence otherwise."""
    if value.strip() in LANGUAGES:
        return value.strip()
    raise BadInput(msg("language_unknown", value=value, where=where, languages=list(LANGUAGES)))


def system_language(environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    if sys.platform == "win32":
        return language_for_locale(windows_ui_locale())
    return language_for_locale(posix_locale(environ))


def posix_locale(environ: Mapping[str, str]) -> str:
    """The locale messages are shown in, as gettext finds it: the first of LC_ALL, LC_MESSAGES,
    LANG; then LANGUAGE (a list such as "zh_CN:en") overrides it, except under the C locale,
    where gettext ignores it (so a plain C/POSIX environment, as in tests, is English)."""
    found = next((environ[v] for v in POSIX_LOCALE_VARS if environ.get(v)), "C")
    if found.split(".")[0] in ("C", "POSIX"):
        return "C"
    preferred = environ.get("LANGUAGE", "").split(":")[0]
    return preferred or found


def windows_ui_locale() -> str | None:
    """The user's Windows display language ("zh-CN"), else their regional format's locale name;
    None when Windows cannot say."""
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined, unused-ignore]
        buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
        lang_id = kernel32.GetUserDefaultUILanguage()
        if lang_id and kernel32.LCIDToLocaleName(lang_id, buffer, len(buffer), 0):
            return str(buffer.value)
        if kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            return str(buffer.value)
    except (OSError, AttributeError):
        pass
    return None
