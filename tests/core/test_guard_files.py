"""The guard's files without installing anything: what is pinned (the planned packages and
their exact pins, transitively), the venv's pip configuration (the user's settings kept, our
entry renewed, never doubled), and the activation scripts run by their real shells (sh here,
cmd.exe on Windows) so that UV_CONSTRAINT is set while active and restored by deactivate."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.install import activate_hooks, guard, pipconf
from app.install.satisfied import Dist

URL = "file:///C:/Users/Zhang%20San/ai%20env/.ipex-aot-installer/constraints.txt"


def dist(name, version, *requires):
    return Dist(name, version, Path("."), list(requires))


def test_the_closure_follows_exact_pins_only():
    dists = {d.name: d for d in [
        dist("torch", "2.8.0+xpu", "intel-sycl-rt==2025.1.1", "pytorch-triton-xpu==3.4.0", "filelock",
             "numpy>=1.22", "sympy==1.13.3; python_version >= '3.9'", "opt-einsum>=3.3; extra == 'opt-einsum'",
             "pywin32==306; sys_platform == 'nonexistent'", "networkx==3.*"),
        dist("intel-sycl-rt", "2025.1.1", "intel-opencl-rt==2025.1.1", "umf>=0.10"),
        dist("intel-opencl-rt", "2025.1.1"), dist("pytorch-triton-xpu", "3.4.0"), dist("sympy", "1.13.3"),
        dist("intel-extension-for-pytorch", "2.8.10+xpu", "torch==2.8.0"),  # pins torch: already there
        dist("numpy", "2.1.0"), dist("filelock", "3.16"), dist("umf", "0.11"), dist("networkx", "3.4"),
    ]}
    got = guard.pinned_closure(["torch", "Intel_Extension_For_PyTorch", "torchvision"], dists, "3.11")
    assert got == {"torch": "2.8.0+xpu", "intel-extension-for-pytorch": "2.8.10+xpu",
                   "intel-sycl-rt": "2025.1.1", "intel-opencl-rt": "2025.1.1", "pytorch-triton-xpu": "3.4.0",
                   "sympy": "1.13.3"}  # torchvision is planned but absent: skipped, not invented
    text = guard.constraints_text(got)
    assert "torch==2.8.0+xpu\n" in text and "numpy" not in text
    assert "sympy" not in guard.pinned_closure(["torch"], dists, "3.8")  # its pin has python_version >= 3.9


def test_read_pinned_reads_what_write_wrote(tmp_path):
    (tmp_path / guard.CONSTRAINTS_FILE).write_text(
        guard.constraints_text({"torch": "2.8.0+xpu", "intel-sycl-rt": "2025.1.1"}) + "garbage line\n",
        encoding="utf-8")
    assert guard.read_pinned(tmp_path) == {"torch": "2.8.0+xpu", "intel-sycl-rt": "2025.1.1"}
    assert guard.read_pinned(tmp_path / "none") == {}


@pytest.mark.parametrize("windows", [False, True])
def test_pip_site_config_keeps_the_users_settings_and_renews_ours(tmp_path, windows):
    name = "pip.ini" if windows else "pip.conf"
    (tmp_path / name).write_text("[global]\nindex-url = https://mirrors.example.cn/simple\n"
                                 "[install]\nconstraint = /home/u/mine.txt\n", encoding="utf-8")
    for _ in range(2):
        path = pipconf.add_site_constraint(tmp_path, URL, windows=windows)
    assert path.name == name
    parser = configparser.RawConfigParser()
    parser.read(path, encoding="utf-8")
    assert parser.get("global", "index-url") == "https://mirrors.example.cn/simple"
    assert parser.get("install", "constraint").split() == ["/home/u/mine.txt", URL]
    assert pipconf.site_constraints(tmp_path, windows=windows) == ["/home/u/mine.txt", URL]
    new = URL.replace("ai%20env", "other")
    pipconf.add_site_constraint(tmp_path, new, windows=windows)  # the venv moved: ours is replaced
    assert pipconf.site_constraints(tmp_path, windows=windows) == ["/home/u/mine.txt", new]


STD_ACTIVATE = """\
deactivate () {
    unset VIRTUAL_ENV
    if [ ! "${1:-}" = "nondestructive" ] ; then
        unset -f deactivate
    fi
}
deactivate nondestructive
VIRTUAL_ENV="/somewhere"
export VIRTUAL_ENV
"""


def test_script_edits_are_renewed_not_repeated():
    opener, restore, setup = activate_hooks.SHELLS["activate"]
    once = activate_hooks.edit_script(STD_ACTIVATE, opener, restore, setup.replace("{url}", URL))
    twice = activate_hooks.edit_script(once, opener, restore, setup.replace("{url}", URL + "x"))
    assert twice.count(activate_hooks.BEGIN) == 2 and URL + "x" in twice and f"'{URL}'" not in twice
    assert activate_hooks.remove_blocks(twice, activate_hooks.BEGIN, activate_hooks.END) == STD_ACTIVATE
    assert activate_hooks.edit_script("echo no deactivate here\n", opener, restore, setup) is None
    fish_opener = activate_hooks.SHELLS["activate.fish"][0]
    ps_opener = activate_hooks.SHELLS["activate.ps1"][0]
    assert fish_opener.match("function deactivate  -d \"Exit virtual environment\"")
    assert ps_opener.match("function global:deactivate ([switch]$NonDestructive) {")
    assert ps_opener.match("function global:deactivate([switch] $NonDestructive) {")


def test_signed_and_unknown_scripts_are_left_alone(tmp_path):
    scripts = tmp_path / ("Scripts" if os.name == "nt" else "bin")
    scripts.mkdir()
    signed = "function global:deactivate ([switch]$NonDestructive) {\n}\n# SIG # Begin signature block\n# abc\n"
    (scripts / "Activate.ps1").write_text(signed, encoding="utf-8")
    (scripts / "activate.csh").write_text("alias deactivate 'unsetenv VIRTUAL_ENV'\n", encoding="utf-8")
    (scripts / "activate.bat").write_bytes(b"@echo off\r\nset \"VIRTUAL_ENV=C:\\v\"\r\n")
    changed = activate_hooks.install(tmp_path, URL)
    assert [p.name for p in changed] == ["activate.bat"]
    assert (scripts / "Activate.ps1").read_text(encoding="utf-8") == signed
    bat = (scripts / "activate.bat").read_bytes()
    assert b"Zhang%%20San" in bat and b"\n" not in bat.replace(b"\r\n", b"")  # cmd's % doubled; CRLF kept


@pytest.mark.skipif(shutil.which("sh") is None or os.name == "nt", reason="needs a POSIX sh to source bin/activate")
def test_sh_activate_sets_and_deactivate_restores(tmp_path):
    scripts = tmp_path / "bin"
    scripts.mkdir()
    (scripts / "activate").write_text(STD_ACTIVATE, encoding="utf-8")
    activate_hooks.install(tmp_path, URL)
    script = scripts / "activate"

    def run(prefix: str) -> list[str]:
        body = (f'{prefix}. "{script}"; . "{script}"; echo "on=$UV_CONSTRAINT"; deactivate; '
                'echo "off=${UV_CONSTRAINT-unset}"')
        env = {k: v for k, v in os.environ.items() if k != "UV_CONSTRAINT"}
        out = subprocess.run(["sh", "-c", body], capture_output=True, text=True, env=env, check=True).stdout
        return out.split("\n")

    assert run("")[:2] == [f"on={URL}", "off=unset"]
    assert run('UV_CONSTRAINT="/my c.txt"; export UV_CONSTRAINT; ')[:2] == [f"on=/my c.txt {URL}", "off=/my c.txt"]


@pytest.mark.skipif(os.name != "nt", reason="runs activate.bat and deactivate.bat in cmd.exe (Windows only)")
@pytest.mark.parametrize("url", [URL.replace("%20", "_"), URL])
def test_cmd_activate_sets_and_deactivate_restores(tmp_path, url):
    from winefacts import UNDER_WINE

    if UNDER_WINE and "%" in url:
        pytest.skip("Wine's cmd expands a variable's value again (%20 of a URL becomes 0); Windows' does not")
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "activate.bat").write_bytes(b'@echo off\r\nset "VIRTUAL_ENV=C:\\v"\r\n')
    (scripts / "deactivate.bat").write_bytes(b'@echo off\r\nset VIRTUAL_ENV=\r\n')
    activate_hooks.install(tmp_path, url)
    act, deact = scripts / "activate.bat", scripts / "deactivate.bat"

    def run(before: str) -> list[str]:
        driver = tmp_path / "driver.bat"  # one line at a time, as a user types them
        driver.write_text(f'@echo off\r\n{before}\r\ncall "{act}"\r\ncall "{act}"\r\necho on=%UV_CONSTRAINT%\r\n'
                          f'call "{deact}"\r\necho off=%UV_CONSTRAINT%\r\n', encoding="ascii", newline="")
        env = {k: v for k, v in os.environ.items() if k.upper() != "UV_CONSTRAINT"}
        out = subprocess.run(["cmd.exe", "/d", "/c", str(driver)], capture_output=True, text=True, env=env).stdout
        return [x.strip() for x in out.splitlines() if x.strip().startswith(("on=", "off="))]

    assert run("rem") == [f"on={url}", "off="]
    assert run('set "UV_CONSTRAINT=C:\\my.txt"') == [f"on=C:\\my.txt {url}", "off=C:\\my.txt"]
