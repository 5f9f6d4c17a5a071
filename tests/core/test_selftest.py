"""--self-test from source and the app.log file: real processes, isolated user folders.
(The frozen build runs the same self-test in tests/test_frozen.py.)"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "resources" / "selftest" / "ps51_desktop_uhd770_a770.utf16.json"
CORE_CHECKS = "catalog,probe,plan,classify,inspect,workload,uv,frozen,log"


def _log_file() -> Path:
    return Path(os.environ["IPEX_INSTALLER_LOG_DIR"]) / "app.log"


def test_self_test_from_source_passes_its_checks(run_cli):
    result = run_cli(f"--self-test={CORE_CHECKS}", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["ok"] is True and summary["frozen"] is False
    statuses = {c["name"]: c["status"] for c in summary["checks"]}
    assert list(statuses) == CORE_CHECKS.split(",")
    # The frozen-only rules are skipped with a reason, not passed, when not frozen.
    assert statuses.pop("frozen") == "skip"
    assert set(statuses.values()) == {"pass"}
    log_check = next(c for c in summary["checks"] if c["name"] == "log")
    assert Path(log_check["detail"]) == _log_file()


def test_self_test_text_summary_and_exit_code(run_cli):
    result = run_cli("--self-test=probe,plan")
    assert result.returncode == 0
    assert "PASS probe" in result.stdout and "0 failed" in result.stdout
    assert "Arc(TM) A770" in result.stdout


def test_unknown_self_test_check_is_bad_input(run_cli):
    result = run_cli("--self-test=probe,nonsense")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        ("Unknown self-test check nonsense; the checks are catalog, probe, plan, classify, inspect, "
         "translations, cli_language, workload, uv, frozen, log, gui.")]


def test_long_jobs_leave_a_line_in_app_log_quick_queries_do_not(run_cli, tmp_path):
    result = run_cli("doctor", "--venv", tmp_path / "no-such-venv")
    assert result.returncode == 2
    text = _log_file().read_text(encoding="utf-8")
    assert "INFO app.logfile: IPEX AOT Installer" in text and "from source" in text
    assert "started: doctor --venv" in text

    # probe is a quick read-only query: it keeps its lean start-up and writes no log line.
    result = run_cli("probe", "--windows-snapshot", SNAPSHOT, "--no-pythons", "--json")
    assert result.returncode == 0
    assert result.stderr == ""
    assert "started: probe" not in _log_file().read_text(encoding="utf-8")


def test_app_log_redacts_credentials_on_the_command_line(run_cli, tmp_path):
    result = run_cli("install", "--venv", tmp_path / "venv", "--plan", tmp_path / "missing.json",
                     "--mirror", "https://user:s3cret@mirror.example/simple")
    assert result.returncode != 0
    text = _log_file().read_text(encoding="utf-8")
    assert "mirror.example" in text and "s3cret" not in text


def test_uncaught_exceptions_reach_app_log(tmp_path):
    """The windowed app has no stderr: a crash's traceback must be in the file."""
    import sys

    from app import proc

    code = ("import threading, logging; from app import logfile; logfile.attach(); "
            "t = threading.Thread(target=lambda: 1 / 0, name='worker'); t.start(); t.join(); "
            "raise RuntimeError('boom in main')")
    result = proc.run([sys.executable, "-c", code], env=proc.clean_env(), cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert "RuntimeError: boom in main" in result.stderr  # the console still shows it
    text = _log_file().read_text(encoding="utf-8")
    assert "CRITICAL app.uncaught: uncaught exception in thread worker" in text
    assert "ZeroDivisionError" in text and "RuntimeError: boom in main" in text


# The orders Qt gave for the self-test's names: ICU on Linux (zh: Chinese first) and Windows'
# CompareStringEx (under Wine 8.0: Latin first). Both are right; the rule must accept both.
PINYIN = ["北京", "成都", "广州", "杭州", "上海", "深圳"]
NUMBERED = ["file1", "file9", "file10"]
ICU_ZH = PINYIN + NUMBERED
WINDOWS_NLS_ZH = NUMBERED + PINYIN


def _sorting_as(order: list[str]):
    return lambda names: sorted(names, key=order.index)


def test_collation_rule_accepts_icu_and_windows_orders():
    from app.selftest import collation_problem, expected

    want = expected()["collation"]
    assert (want["pinyin"], want["numbered"]) == (PINYIN, NUMBERED)
    for order in (ICU_ZH, WINDOWS_NLS_ZH):
        assert collation_problem(_sorting_as(order), PINYIN, NUMBERED) is None


def test_collation_rule_refuses_missing_pinyin_data_and_text_order_for_numbers():
    from app.selftest import collation_problem

    by_code_point = sorted(PINYIN) + NUMBERED  # what the root collation (no zh data) gives
    assert "Chinese names by pinyin" in collation_problem(_sorting_as(by_code_point), PINYIN, NUMBERED)
    as_text = PINYIN + ["file1", "file10", "file9"]  # no numeric mode
    assert "numbered names by value" in collation_problem(_sorting_as(as_text), PINYIN, NUMBERED)
    # Groups right alone but not when mixed (a comparison that depends on its neighbours).
    calls = []

    def unstable(names):
        calls.append(names)
        return sorted(names, key=(ICU_ZH if len(calls) > 1 else sorted(ICU_ZH)).index)

    assert collation_problem(unstable, PINYIN, NUMBERED) is not None
