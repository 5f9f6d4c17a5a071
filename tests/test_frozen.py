"""The PyInstaller build: built here (or reused from ~/.cache/ipex-aot-installer-build when
the sources are unchanged), then run as a user would run it.

The build takes about a minute on two cores; a cached one is reused in seconds. The first
run installs PyInstaller (the `build` extra) into the test environment from PyPI.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    """installer/<name>.py under a private module name (PyPI has a package called 'build')."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_installer_{name}", ROOT / "installer" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load("build")
version_info = _load("version_info")
slim_icu = _load("slim_icu")

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

SAMPLES = ROOT / "resources" / "selftest"


@pytest.fixture(scope="session")
def dist() -> Path:
    if os.environ.get("IPEX_SKIP_FROZEN_BUILD"):
        pytest.skip("IPEX_SKIP_FROZEN_BUILD is set")
    import subprocess

    try:
        build.ensure_pyinstaller()
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"PyInstaller could not be installed from PyPI ({exc}); the frozen build needs it")
    folder, facts = build.cached_build()
    where = "reused from the cache" if facts["cached"] else f"built in {facts['build_seconds']} s"
    print(f"\n[frozen] {build.onedir(folder)} {where}")
    return folder


@pytest.fixture
def run_frozen(tmp_path):
    """Run one of the frozen executables with throw-away user folders and no display."""
    from app import proc

    def _run(exe: Path, *args, timeout=120):
        env = build.isolated_env(tmp_path / "user")
        return proc.run([exe, *map(str, args)], env=env, cwd=tmp_path, timeout=timeout)

    return _run


def test_console_self_test_passes_every_check(dist, run_frozen, tmp_path):
    result = run_frozen(build.cli_exe(dist), "--self-test", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert build.unexpected_stderr(result.stderr) == []
    summary = json.loads(result.stdout)
    assert summary["frozen"] is True and summary["ok"] is True
    statuses = {c["name"]: c["status"] for c in summary["checks"]}
    # Every check ran and passed in the frozen app, including the frozen-only rules and the GUI.
    assert statuses == dict.fromkeys(statuses, "pass")
    assert {"probe", "plan", "classify", "inspect", "catalog", "translations", "uv", "frozen", "gui"} <= set(statuses)
    log = (tmp_path / "user" / "log" / "app.log").read_text(encoding="utf-8")
    assert "frozen" in log and "--self-test" in log


def test_windowed_executable_self_test(dist, run_frozen, tmp_path):
    """The double-click executable itself passes the same checks. On Windows it has no
    console, so the log file is where its summary goes."""
    result = run_frozen(build.gui_exe(dist), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    log = (tmp_path / "user" / "log" / "app.log").read_text(encoding="utf-8")
    assert re.search(r"self-test: \d+ passed, 0 failed, 0 skipped .*\(frozen\)", log), log


def test_self_test_fails_when_a_sample_is_damaged(dist, run_frozen, tmp_path):
    """The self-test can fail: a copy of the bundle with a broken inspector sample."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(build.onedir(dist), copy, symlinks=True)
    sample = next(copy.rglob("resources/selftest/torch-2.7-linux.ar"))
    sample.write_bytes(sample.read_bytes()[:200])
    result = run_frozen(copy / build.cli_exe(dist).name, "--self-test=inspect,probe", "--json")
    assert result.returncode == 1
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["inspect"]["status"] == "fail" and checks["probe"]["status"] == "pass"


def test_frozen_cli_speaks_chinese_into_a_pipe(dist, run_frozen):
    """The frozen app reads its Chinese from the .ts it carries (no Qt): a refusal and a plan."""
    refused = run_frozen(build.cli_exe(dist), "--lang", "zh_CN", "plan", "--gpu", "zzz")
    assert refused.returncode == 2
    assert refused.stderr.strip() == "“zzz”不是 PCI 设备 ID；请按 0x56A0、56a0 或 8086:56a0 这样的格式提供。"
    said = run_frozen(build.cli_exe(dist), "--lang", "zh_CN", "plan", "--gpu", "0x56A0", "--os", "windows",
                      "--python", "3.11")
    assert said.returncode == 0, said.stderr
    assert "选定：" in said.stdout and "安装步骤：" in said.stdout and "Install steps" not in said.stdout


def test_frozen_cli_gives_the_same_plan_as_the_source(dist, run_frozen, run_cli):
    args = ("plan", "--gpu", "0x56A0", "--os", "windows", "--python", "3.11", "--json")
    frozen = run_frozen(build.cli_exe(dist), *args)
    source = run_cli(*args)
    assert frozen.returncode == source.returncode == 0, frozen.stderr + source.stderr
    assert json.loads(frozen.stdout) == json.loads(source.stdout)


def test_frozen_probe_of_a_recorded_machine(dist, run_frozen):
    snapshot = SAMPLES / "ps51_desktop_uhd770_a770.utf16.json"
    result = run_frozen(build.cli_exe(dist), "probe", "--windows-snapshot", snapshot, "--no-pythons", "--json")
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["gpus"][probe["primary"]]["device_id"] == "0x56a0"


def test_errors_are_one_sentence_in_the_frozen_cli(dist, run_frozen, tmp_path):
    result = run_frozen(build.cli_exe(dist), "classify", tmp_path / "no-such.log")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_bundle_contents(dist):
    folder = build.onedir(dist)
    internal = folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    # uv from its wheel, where uv.find_uv_bin() looks in a frozen app.
    assert f"bin/uv{build.EXE}" in names
    # Data the app reads at run time.
    for needed in ("resources/catalog.json", "resources/gpu_devices.json", "README.md",
                   "resources/i18n/ipex_installer_zh_CN.qm", "app/smoke/workload.py"):
        assert needed in names, needed
    qt_translations = sorted(n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm") and "PySide6" in n)
    assert qt_translations == ["qtbase_zh_CN.qm"]
    # Excluded Qt modules and dropped plugins stay out.
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtSvg", "QtOpenGL", "libqgtk3", "imageformats", "opengl32sw"):
        assert not [n for n in names if unwanted in n], unwanted
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


def _icu_items(library: Path) -> list[str]:
    _, offset, size = slim_icu.data_symbol(library)
    with open(library, "rb") as fh:
        fh.seek(offset)
        return [name for name, _ in slim_icu.items(fh.read(size))[1]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt ships ICU on Linux only")
def test_bundle_has_the_slim_icu_data(dist):
    [library] = [p for p in (build.onedir(dist) / "_internal").rglob("libicudata.so.*") if not p.is_symlink()]
    names = _icu_items(library)
    assert 30 < len(names) < 100 and any(n.endswith("coll/zh.res") for n in names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt ships ICU on Linux only")
def test_qt_sorts_chinese_and_numbered_names_with_the_slim_icu_data(tmp_path):
    """Qt's file dialogs sort with QCollator; with the slim data, Chinese names still sort by
    pinyin and numbered names in number order, with no warning (the full data is the referee)."""
    import zlib

    import PySide6

    from app import proc

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    kept, total, _ = slim_icu.slim(full, tmp_path / "slim" / full.name)
    assert kept < total / 50
    slim_bytes = (tmp_path / "slim" / full.name).read_bytes()
    assert len(zlib.compress(slim_bytes, 6)) < 2_000_000  # the full data compresses to 12 MB
    script = (
        "import functools\n"
        "from PySide6.QtCore import QCollator, QLocale\n"
        "for name in ('zh_CN', 'en_US', 'de_DE'):\n"
        "    c = QCollator(QLocale(name)); c.setNumericMode(True)\n"
        "    words = ['上海', '北京', 'file10', 'Zeta', 'file9', 'alpha', '重庆']\n"
        "    print(name, ' '.join(sorted(words, key=functools.cmp_to_key(c.compare))))\n"
    )
    results = {}
    for label, folder in (("full", full.parent), ("slim", tmp_path / "slim")):
        env = proc.clean_env({"LD_LIBRARY_PATH": str(folder), "QT_QPA_PLATFORM": "offscreen"})
        done = proc.run([sys.executable, "-c", script], env=env, timeout=60)
        assert done.returncode == 0 and done.stderr.strip() == "", done.stderr
        results[label] = done.stdout
    assert "zh_CN 北京 重庆 上海 alpha file9 file10 Zeta" in results["slim"]  # bei, chong, shang
    assert results["slim"] == results["full"]


def test_version_resource_is_pyinstallers_text_form(tmp_path):
    """The generated file is one Python expression made of PyInstaller's version-info classes
    with the right numbers. (PyInstaller's own parser imports win32api, so it only runs on
    Windows: the Windows workflow reads the built .exe's version back.)"""
    import ast

    path = version_info.write(tmp_path / "version.txt", "1.2.3rc1")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert calls == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                     "VarFileInfo", "VarStruct"}
    keywords = {kw.arg: ast.literal_eval(kw.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
                for kw in node.keywords if kw.arg in ("filevers", "prodvers")}
    assert keywords == {"filevers": (1, 2, 3, 0), "prodvers": (1, 2, 3, 0)}
    strings = {node.args[0].value: node.args[1].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and node.func.id == "StringStruct"}
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3rc1"
    assert strings["OriginalFilename"] == "ipex-aot-installer.exe"
    from app import __version__

    assert version_info.version() == __version__


def test_version_parts_windows_cannot_show_are_refused():
    with pytest.raises(ValueError):
        version_info.version_tuple("1.70000")
    assert version_info.version_tuple("2026.11") == (2026, 11, 0, 0)
