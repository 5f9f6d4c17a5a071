"""installer/dev.py's system-package step: what it does on Debian as root, on Debian as a
user, and on a Linux without apt-get (the machines CI does not have are stood in for by
replacing the few os/shutil answers the step asks)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev(monkeypatch):
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "installer" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "missing_debian_packages", lambda: ["libegl1", "xvfb"])
    ran = []
    monkeypatch.setattr(module.subprocess, "run", lambda argv, **kw: ran.append(argv))
    module.ran = ran
    return module


def _which(apt: bool):
    return lambda name: "/usr/bin/apt-get" if (apt and name == "apt-get") else None


def test_without_apt_get_it_warns_and_goes_on(dev, monkeypatch, capsys):
    monkeypatch.setattr(dev.shutil, "which", _which(apt=False))
    dev.ensure_system_packages()  # no SystemExit
    out = capsys.readouterr().out
    assert "warning" in out and "libegl1 xvfb" in out and "sudo" not in out
    assert dev.ran == []


def test_debian_as_a_user_prints_the_exact_command_and_stops(dev, monkeypatch, capsys):
    monkeypatch.setattr(dev.shutil, "which", _which(apt=True))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000, raising=False)
    with pytest.raises(SystemExit) as stop:
        dev.ensure_system_packages()
    assert stop.value.code == 1
    assert "sudo apt-get install -y --no-install-recommends libegl1 xvfb" in capsys.readouterr().out
    assert dev.ran == []


def test_debian_as_root_installs_them(dev, monkeypatch):
    monkeypatch.setattr(dev.shutil, "which", _which(apt=True))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0, raising=False)
    dev.ensure_system_packages()
    assert dev.ran == [["apt-get", "update", "-qq"],
                       ["apt-get", "install", "-y", "--no-install-recommends", "libegl1", "xvfb"]]
