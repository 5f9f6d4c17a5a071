"""`python -m app` starts the wizard when there is a display, in the system's language."""

from __future__ import annotations

import sys

import pytest


def test_python_m_app_with_a_display_paints_the_wizard(run_cli):
    # DISPLAY says "there is a screen" (on Linux; on Windows the UI choice says it); the
    # offscreen platform stands in for the screen here.
    result = run_cli(env_extra={"DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen", "IPEX_INSTALLER_UI": "window",
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


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM to one process and /proc are POSIX-only")
def test_sigterm_closes_the_wizard_through_its_shutdown(tmp_path):
    """A real wizard process: SIGTERM cancels its work and exits with code 1 (not killed)."""
    import os
    import signal
    import subprocess
    import time
    from pathlib import Path

    from app import proc

    if not os.path.exists("/proc/self/status"):
        import pytest

        pytest.skip("reads /proc to see the handler")
    root = Path(__file__).resolve().parents[2]
    env = proc.clean_env({"DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen"})
    wizard = subprocess.Popen([sys.executable, "-m", "app"], cwd=root, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and wizard.poll() is None:
            with open(f"/proc/{wizard.pid}/status") as f:
                caught = int(next(line for line in f if line.startswith("SigCgt:")).split()[1], 16)
            if caught & (1 << (signal.SIGTERM - 1)):
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the wizard never handled SIGTERM")
        wizard.send_signal(signal.SIGTERM)
        _out, err = wizard.communicate(timeout=30)
        assert wizard.returncode == 1, err
        assert "Traceback" not in err
    finally:
        if wizard.poll() is None:
            wizard.kill()
