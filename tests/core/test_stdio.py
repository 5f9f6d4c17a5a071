"""Output to a pipe or file is UTF-8 whatever the system's code page (Windows uses cp1252 or
cp936 there, and a frozen app ignores PYTHONUTF8); a terminal keeps its own encoding."""

from __future__ import annotations

import json
import os
import sys

import pytest

from app.stdio import encoding_for

# A server's BMC adapter (ASPEED) on Windows' basic display driver, as a Chinese Windows names it.
BASIC_DISPLAY_ZH = "Microsoft 基本显示适配器"
SNAPSHOT = [{"Name": BASIC_DISPLAY_ZH, "PNPDeviceID": "PCI\\VEN_1A03&DEV_2000&SUBSYS_20001A03&REV_52\\4&1234&0&0010",
             "DriverVersion": "10.0.19041.3636",
             "DriverDate": "20060621000000.000000-000", "AdapterRAM": 0, "Status": "OK"},
            {"Name": "Intel(R) Arc(TM) A770 Graphics",
             "PNPDeviceID": "PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08\\6&1234&0&00080008",
             "DriverVersion": "32.0.101.6314", "DriverDate": "20241120000000.000000-000",
             "AdapterRAM": 4293918720, "Status": "OK"}]

# A Windows system's stream encoding for pipes, as PYTHONIOENCODING gives it here; PYTHONUTF8
# is off as in a frozen app (which ignores both variables: the program must not need them).
ANSI = [pytest.param({"PYTHONIOENCODING": enc, "PYTHONUTF8": "0"}, id=enc) for enc in ("cp1252", "cp936")]


@pytest.mark.parametrize("env", ANSI)
def test_probe_prints_chinese_names_as_utf8_to_a_pipe(run_cli, tmp_path, env):
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(json.dumps(SNAPSHOT), encoding="utf-8")
    for args in (("probe", "--windows-snapshot", snapshot), ("probe", "--json", "--windows-snapshot", snapshot)):
        result = run_cli(*args, env_extra=env)  # run_cli decodes as UTF-8: other bytes would not match
        assert result.returncode == 0, result.stderr
        assert BASIC_DISPLAY_ZH in result.stdout, args
        assert result.stderr == ""
    assert BASIC_DISPLAY_ZH in [gpu.get("os_name") or gpu["name"] for gpu in json.loads(result.stdout)["gpus"]]


@pytest.mark.parametrize("env", ANSI)
def test_doctor_prints_its_marks_to_a_pipe(run_cli, tmp_path, env):
    # A new, empty venv (made by uv, which works with every Python, the embeddable one too)
    # lacks torch: doctor reports errors marked with a ✗ (not in cp1252 or cp936), exit code 1,
    # and no "Unexpected error".
    from app import proc
    from app.envs.interpreter import uv_bin

    venv = tmp_path / "venv"
    made = proc.run([uv_bin(), "venv", "--python", sys.executable, "--no-config", str(venv)],
                    env=proc.clean_env(), timeout=120)
    assert made.returncode == 0, made.stderr
    result = run_cli("doctor", "--venv", venv, env_extra=env)
    assert result.returncode == 1, result.stderr
    assert "✗ error   [torch.missing]" in result.stdout
    assert "Unexpected error" not in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="pseudo-terminals (pty) are POSIX-only")
def test_a_terminal_keeps_its_own_encoding_and_escapes_what_it_cannot_show():
    # A terminal in an ISO-8859-1 locale would show UTF-8 bytes as garbage: it keeps Latin-1,
    # and a ✗ comes out escaped instead of crashing the program.
    import pty
    import subprocess

    from app import proc

    code = ("import sys; from app.stdio import use_utf8_streams; "
            "use_utf8_streams(); print(sys.stdout.encoding, 'é✗')")
    controller, terminal = pty.openpty()
    try:
        env = proc.clean_env({"PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"})
        child = subprocess.run([sys.executable, "-c", code], stdout=terminal, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env=env, timeout=60, check=False)
        os.close(terminal)
        terminal = -1
        data = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the child's end is closed
                break
            if not chunk:
                break
            data += chunk
    finally:
        os.close(controller)
        if terminal != -1:
            os.close(terminal)
    assert child.returncode == 0, child.stderr
    assert data.strip() == "iso8859-1 é\\u2717".encode("latin-1")


def test_encoding_rules():
    assert encoding_for("cp1252", is_terminal=False) == "utf-8"
    assert encoding_for("cp936", is_terminal=False) == "utf-8"
    assert encoding_for(None, is_terminal=False) == "utf-8"
    assert encoding_for("utf-8", is_terminal=True) == "utf-8"  # a Windows console reports UTF-8
    assert encoding_for("UTF8", is_terminal=True) == "utf-8"
    assert encoding_for("ISO-8859-1", is_terminal=True) == "ISO-8859-1"
