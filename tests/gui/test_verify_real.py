"""The Verify page with a real Intel SYCL runtime (UR era, CPU OpenCL device, from PyPI, cached
by tests/runtimes.py): the runtime JIT-compiles, the page says so at once, and Stop ends the
test early with a JIT verdict; a full run gives the verdict with the runtime's own lines."""

from __future__ import annotations

from pathlib import Path

import pytest
import runtimes

from app.flow import PageId, Run
from app.probe.probe import probe_machine

pytestmark = pytest.mark.slow

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows" / "ps51_desktop_uhd770_a770.utf16.json"


@pytest.fixture(scope="module")
def ur_venv():
    return runtimes.ur_runtime()


def open_verify(make_wizard, qtbot, venv: Path, language: str):
    wizard = make_wizard(language)
    wizard.hardware.show_probe(probe_machine(windows_snapshot=SNAPSHOT))
    wizard.state.settings.venv = venv
    wizard.state.install = Run.DONE  # as after the Install page: the venv holds a runtime
    wizard.setStartId(int(PageId.VERIFY))
    wizard.restart()
    wizard.show()
    return wizard


def test_jit_is_announced_and_the_test_can_be_stopped_early(make_wizard, qtbot, ur_venv):
    wizard = open_verify(make_wizard, qtbot, ur_venv, "zh_CN")
    page = wizard.verify
    qtbot.waitUntil(lambda: page.jit_seen, timeout=300_000)
    assert page.jit_notice.isVisibleTo(page) and "JIT" in page.jit_notice.text()
    assert page.stop_button.isVisibleTo(page)
    page.stop_button.click()
    qtbot.waitUntil(lambda: wizard.state.verified, timeout=120_000)
    assert page.verdict["verdict"] == "jit" and page.verdict.get("stopped_early") is True
    assert page.verdict_label.text().startswith("JIT")
    assert "提前停止" in page.status.text()  # "stopped early", in Chinese
    # The forecast names the SPIR-V-only packages of this venv (dpnp, dpctl, oneMKL), in Chinese.
    assert page.forecast.isVisibleTo(page) and "以下软件包将在首次使用时编译" in page.forecast.text()
    assert page.isComplete()


def test_a_full_run_shows_the_verdict_and_the_runtimes_evidence(make_wizard, qtbot, ur_venv):
    wizard = open_verify(make_wizard, qtbot, ur_venv, "en")
    page = wizard.verify
    qtbot.waitUntil(lambda: wizard.state.verified, timeout=600_000)
    assert page.verdict["verdict"] == "jit", page.verdict.get("advice")
    assert page.verdict_label.text() == "JIT: kernels were compiled on first use"
    assert page.evidence.isVisibleTo(page) and page.evidence.text()  # the trace lines, as data
    # Timings in words: the kernel's first call (with the compiling) beside its second call.
    assert "SYCL kernel: element-wise: first call " in page.timings.text()
    assert "_" not in page.timings.text() and " - " not in page.timings.text()  # no raw step codes or blanks
    assert page.again_button.isVisibleTo(page) and not page.stop_button.isVisibleTo(page)
    assert page.forecast.text().startswith("These packages will compile on first use: ")
    assert "dpnp" in page.forecast.text() and "SPIR-V modules" in page.forecast.text()


def wait_for_jit_verdict(wizard, qtbot) -> None:
    qtbot.waitUntil(lambda: wizard.state.verified, timeout=600_000)
    assert wizard.verify.verdict["verdict"] == "jit", wizard.verify.verdict.get("advice")


def test_after_a_jit_verdict_warming_the_cache_proves_cached(make_wizard, qtbot, ur_venv):
    from PySide6.QtWidgets import QApplication

    from app.gui import engines

    wizard = open_verify(make_wizard, qtbot, ur_venv, "en")
    page = wizard.verify
    assert not page.warm_button.isVisibleTo(page)  # no offer while the test runs
    wait_for_jit_verdict(wizard, qtbot)
    assert page.warm_button.isVisibleTo(page) and page.warm_button.isEnabled()
    cache = engines.jit_cache_dir()
    assert str(cache) in page.warm_explain.text() and "The first test run took " in page.warm_explain.text()
    page.warm_button.click()
    assert page.warm_stop_button.isVisibleTo(page) and wizard.state.busy
    assert "Warming the JIT cache: " in page.warm_status.text()
    # Progress names the run and the workload's step in words (the runner says "smoke.<step>").
    from app.events import StepStarted

    page._on_warm_event_emitted(StepStarted("warm.fill"))
    page._on_warm_event_emitted(StepStarted("smoke.sycl_elementwise"))
    assert "filling the cache (run 1 of 2), SYCL kernel: element-wise..." in page.warm_status.text()
    # Busy clears in the page's finished slot, which redraws the status: the worker stopping
    # (is_running False) can come before that queued slot has run.
    qtbot.waitUntil(lambda: not page.warm_runner.is_running() and page.warm is not None
                    and not wizard.state.busy, timeout=600_000)
    info = page.warm["warm_cache"]
    assert page.warm["verdict"] == "cached" and info["verified"] is True, page.warm.get("advice")
    # The smoke run already kept what it compiled there, so the filling run may be served from it too.
    assert info["first_run"]["verdict"] in ("jit", "cached") and Path(info["dir"]) == cache
    assert any((cache / "sycl").rglob("*")), "the kept cache holds the compiled kernels"
    assert "served from the cache (CACHED)" in page.warm_status.text()
    assert not page.warm_stop_button.isVisibleTo(page) and not wizard.state.busy
    # The variables to keep the cache, copyable, naming the folder that was warmed.
    bash = page.keep_rows.commands["bash"]
    assert page.keep_rows.isVisibleTo(page) and bash.isVisibleTo(page)
    for name in ("SYCL_CACHE_PERSISTENT=1", f"SYCL_CACHE_DIR={cache / 'sycl'}", "NEO_CACHE_PERSISTENT=1",
                 f"NEO_CACHE_DIR={cache / 'neo'}"):
        assert name in bash.text()
    page.keep_rows.copy_buttons["bash"].click()
    assert QApplication.clipboard().text() == bash.text()
    # The Finish page names the same folder and the same variables.
    wizard.finish.initializePage()
    assert wizard.finish.cache.text() == str(cache)
    assert wizard.finish.cache_rows.commands["bash"].text() == bash.text()


def test_warming_can_be_stopped(make_wizard, qtbot, ur_venv):
    wizard = open_verify(make_wizard, qtbot, ur_venv, "zh_CN")
    page = wizard.verify
    wait_for_jit_verdict(wizard, qtbot)
    page.warm_button.click()
    page.warm_stop_button.click()  # before the first run got far: nothing is proven
    qtbot.waitUntil(lambda: not page.warm_runner.is_running() and page.warm_stopped and not wizard.state.busy,
                    timeout=120_000)
    assert page.warm is None or not (page.warm.get("warm_cache") or {}).get("verified")
    assert "预热已停止" in page.warm_status.text()  # "warming was stopped", in Chinese
    assert page.warm_button.isVisibleTo(page) and page.warm_button.isEnabled()  # may be tried again
    assert not wizard.state.busy and page.isComplete()
