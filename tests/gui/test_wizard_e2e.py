"""The whole wizard, end to end, with real parts: the real probe on a recorded machine, the real
planner, the real install engine into a real venv (uv) from the loopback mirror, the real
smoke runner on that venv, and the real support bundle writer.

The one substitution: the Build page is given the loopback mirror's plan (same packages and
versions as the planner's IPEX 2.8.10 pick, URLs on 127.0.0.1) after the planner ran, because
the catalog's URLs point at the real download hosts.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from PySide6.QtWidgets import QMessageBox, QWizard

from app.envs.venv import venv_python
from app.flow import PageId

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows" / "ps51_desktop_uhd770_a770.utf16.json"
INSTALL_TIMEOUT_MS = 300_000


def walk_to_install(make_wizard, qtbot, mirror, target: Path, language="en"):
    wizard = make_wizard(language, {"windows_snapshot": str(SNAPSHOT)})
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()  # Hardware: the real probe on the recorded machine
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    assert wizard.hardware.isComplete()
    wizard.next()  # Build: the real planner runs first
    qtbot.waitUntil(lambda: wizard.build.plan is not None and not wizard.state.busy, timeout=30_000)
    assert wizard.build.plan.choice is not None and wizard.build.plan.choice.expect == "aot"
    wizard.build.show_plan(make_plan(mirror))
    assert wizard.build.badge.text() == "AOT" and wizard.build.isComplete()
    wizard.next()  # Environment
    assert wizard.currentId() == PageId.ENVIRONMENT
    assert wizard.button(QWizard.CommitButton).text() == ("&Install" if language == "en" else "安装(&I)")
    wizard.environment.venv_path.setText(str(target))
    wizard.environment.mirror.setCurrentIndex(wizard.environment.mirror.findData("us"))
    qtbot.waitUntil(wizard.environment.isComplete, timeout=10_000)
    return wizard


def test_probe_pick_install_verify_finish(make_wizard, qtbot, mirror, tmp_path):
    target = tmp_path / "Users" / "张三" / "my ipex env"
    wizard = walk_to_install(make_wizard, qtbot, mirror, target)
    wizard.next()  # Install (commit page): starts at once
    assert wizard.currentId() == PageId.INSTALL
    page = wizard.install
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.VERIFY, timeout=INSTALL_TIMEOUT_MS)
    assert wizard.state.installed and page.result.applied
    assert venv_python(target).exists()
    steps = [page.steps.item(i).text() for i in range(page.steps.count())]
    assert any(s.startswith("Install torch: done") for s in steps), steps
    assert page.file_label.text()  # per-file progress with speed and ETA was shown
    assert "installer backend" in page.log.toPlainText()  # the live log got the engine's lines
    assert page.result.installed["torch"] == "2.8.0+xpu"

    verify = wizard.verify  # the real smoke runner in the new venv
    qtbot.waitUntil(lambda: wizard.state.verified, timeout=INSTALL_TIMEOUT_MS)
    assert verify.verdict is not None and verify.verdict["verdict"] in (
        "aot", "jit", "mixed", "cached", "unknown", "no_device", "failed")
    assert verify.verdict_label.text()  # a verdict, big and plain
    assert verify.advice.text() or verify.evidence.text()

    wizard.next()  # Finish
    finish = wizard.finish
    # bash on Windows (Git Bash) is given the path with forward slashes
    assert (target.as_posix() if os.name == "nt" else str(target)) in finish.activate_rows.commands["bash"].text()
    bundle = tmp_path / "support.zip"
    finish.save_bundle(str(bundle))
    qtbot.waitUntil(lambda: not wizard.state.busy, timeout=120_000)
    assert finish.bundle_path == str(bundle), finish.bundle_error
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        probe = json.loads(zf.read("probe.json"))
        assert "plan.json" in names
        smoke_logs = [n for n in names if n.startswith("logs/smoke-") and n.endswith(".json")]
        assert smoke_logs, names  # the verdict the wizard kept for support
        assert json.loads(zf.read(smoke_logs[0]))["verdict"] == verify.verdict["verdict"]
    assert [g["device_id"] for g in probe["gpus"]] == ["0x4680", "0x56a0"]  # the recorded machine


def test_stop_during_a_slow_download_rolls_back_and_offers_retry(make_wizard, qtbot, mirror, tmp_path, monkeypatch):
    torch_path = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
    mirror.server.fault(torch_path, rate=20_000)  # a slow link
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    target = tmp_path / "env"
    wizard = walk_to_install(make_wizard, qtbot, mirror, target)
    wizard.next()
    page = wizard.install
    qtbot.waitUntil(lambda: "torch" in page.file_label.text(), timeout=60_000)  # downloading
    assert page.stop_button.isVisible()
    assert not wizard.button(QWizard.BackButton).isEnabled()  # no way back while installing
    page.stop_button.click()
    qtbot.waitUntil(lambda: not page.runner.is_running() and not wizard.state.busy, timeout=60_000)
    assert page.was_cancelled and not wizard.state.installed
    assert not target.exists()  # nothing half-made
    assert page.retry_button.isVisible() and not page.isComplete()
    assert page.status.text() == "The installation was stopped and nothing was changed."
    # Retry at full speed finishes the job.
    mirror.server.clear_faults()
    page.retry_button.click()
    qtbot.waitUntil(lambda: wizard.state.installed, timeout=INSTALL_TIMEOUT_MS)
    assert venv_python(target).exists()
    wizard.verify.shutdown()


def test_closing_the_window_mid_install_cancels_and_waits(make_wizard, qtbot, mirror, tmp_path, monkeypatch):
    torch_path = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
    mirror.server.fault(torch_path, rate=20_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    target = tmp_path / "env"
    wizard = walk_to_install(make_wizard, qtbot, mirror, target)
    wizard.next()
    qtbot.waitUntil(lambda: "torch" in wizard.install.file_label.text(), timeout=60_000)
    wizard.close()  # QDialog routes this to reject(): confirm, cancel, wait
    assert not wizard.isVisible()
    assert not wizard.install.runner.is_running()  # waited for, not abandoned
    assert not target.exists()


def test_existing_venv_gets_a_dry_run_before_install(make_wizard, qtbot, mirror, tmp_path):
    """An existing venv with PyPI's CPU torch: the Environment page lists what will change."""
    from app import proc
    from app.envs.interpreter import uv_bin

    target = tmp_path / "old env"
    uv = uv_bin()
    r = proc.run([uv, "venv", "--python", mirror.python, str(target)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    r = proc.run([uv, "pip", "install", "--python", str(venv_python(target)), "--index-url",
                  mirror.server.pypi_index(), "torch==2.8.0"], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    wizard = walk_to_install(make_wizard, qtbot, mirror, tmp_path / "elsewhere")
    env_page = wizard.environment
    env_page.venv_path.setText(str(target))
    qtbot.waitUntil(lambda: env_page.dry_run_text is not None and not wizard.state.busy, timeout=60_000)
    assert "existing environment" in env_page.venv_state.text()
    assert "~ torch 2.8.0 -> 2.8.0+xpu" in env_page.dry_run.toPlainText()
    assert env_page.isComplete()


def test_a_failed_download_shows_the_reason_and_retry_works(make_wizard, qtbot, mirror, tmp_path):
    torch_path = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
    mirror.server.fault(torch_path, statuses=[404] * 20)
    target = tmp_path / "env"
    wizard = walk_to_install(make_wizard, qtbot, mirror, target, language="zh_CN")
    wizard.next()
    page = wizard.install
    qtbot.waitUntil(lambda: wizard.state.install_failed and not wizard.state.busy, timeout=120_000)
    assert "404" in page.error_label.text()  # the engine's one sentence, shown as is
    assert page.status.text() == "下载失败，未做任何更改；请尝试中国服务器、设置代理或重试："
    assert page.china_button.isVisibleTo(page) and page.proxy_button.isVisibleTo(page)
    steps = {page.steps.item(i).text() for i in range(page.steps.count())}
    assert "下载软件包：失败" in steps, steps  # the step that failed is marked so
    assert page.retry_button.isVisibleTo(page) and not page.isComplete()
    assert not target.exists()
    assert wizard.button(QWizard.BackButton).isEnabled()  # nothing changed: settings may be fixed
    mirror.server.clear_faults()
    page.retry_button.click()
    qtbot.waitUntil(lambda: wizard.state.installed, timeout=INSTALL_TIMEOUT_MS)
    wizard.verify.shutdown()


def test_install_page_names_the_other_installer_holding_the_venv(make_wizard, qtbot, mirror, tmp_path):
    """A real CLI install holds the venv; the wizard's install (same engine, same lock) refuses
    with the holder's pid, in Chinese, and changes nothing; once the holder is gone, Retry works."""
    import os
    import subprocess
    import sys

    from mirror.wheels import build_wheel

    from app import proc

    torch_path = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
    big = build_wheel(tmp_path / "w", "torch", "2.8.0+xpu", padding=3_000_000,
                      tag=mirror.wheels["torch==2.8.0+xpu"].name.split("-", 2)[2][:-4])
    mirror.server.publish(big, "pytorch")
    mirror.server.fault(torch_path, rate=50_000)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    target = tmp_path / "env"
    root = Path(__file__).resolve().parents[2]
    cli = subprocess.Popen([sys.executable, "-m", "app", "install", "--plan", str(plan_file), "--venv", str(target),
                            "--yes"], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           env=proc.clean_env({"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}))
    try:
        qtbot.waitUntil(lambda: mirror.server.stats(torch_path).bytes_sent > 20_000 or cli.poll() is not None,
                        timeout=60_000)
        assert cli.poll() is None, cli.communicate()
        wizard = walk_to_install(make_wizard, qtbot, mirror, target, language="zh_CN")
        wizard.next()
        page = wizard.install
        qtbot.waitUntil(lambda: wizard.state.install_failed and not wizard.state.busy, timeout=60_000)
        busy = f"另一个安装程序正在修改 {target}（进程 {cli.pid}，python -m app install"
        assert page.error_label.text().startswith(busy)
        assert cli.poll() is None  # the CLI install goes on undisturbed
    finally:
        cli.kill()
        cli.wait()
    mirror.server.clear_faults()
    page.retry_button.click()  # the lock died with the killed CLI
    qtbot.waitUntil(lambda: wizard.state.installed, timeout=INSTALL_TIMEOUT_MS)
    wizard.verify.shutdown()
