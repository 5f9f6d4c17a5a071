"""`python -m app` starts the wizard when there is a display, in the system's language."""

from __future__ import annotations

import sys


def test_python_m_app_with_a_display_paints_the_wizard(run_cli):
    # DISPLAY says "there is a screen"; the offscreen platform stands in for it here.
    result = run_cli(env_extra={"DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen",
                                "IPEX_INSTALLER_EXIT_AFTER_FIRST_PAINT": "1"}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")


def test_the_default_language_follows_the_system_locale():
    from app import proc

    code = ("from app.gui.app import create_app; create_app(); "
            "from app.gui.i18n import system_language; print(system_language())")
    for lang, expected in (("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")):
        env = proc.clean_env({"LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"})
        result = proc.run([sys.executable, "-c", code], env=env, timeout=60)
        assert result.stdout.strip() == expected, (lang, result.stdout, result.stderr)
