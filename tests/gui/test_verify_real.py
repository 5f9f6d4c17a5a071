"""The Verify page with a real Intel SYCL runtime (UR era, CPU OpenCL device, from PyPI, cached
by tests/runtimes.py): the runtime JIT-compiles, the page says so at once, and Stop ends the
test early with a JIT verdict; a full run gives the verdict with the runtime's own lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import runtimes
from app.flow import PageId
from app.probe.probe import probe_machine

pytestmark = pytest.mark.slow

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows" / "ps51_desktop_uhd770_a770.utf16.json"


@pytest.fixture(scope="module")
def ur_venv():
    return runtimes.ur_runtime()


def open_verify(make_wizard, qtbot, venv: Path, language: str):
    wizard = make_wizard(language)
    wizard.hardware.show_probe(probe_machine(windows_snapshot=SNAPSHOT))
    wizard.environment.venv_path.setText(str(venv))
    wizard.state.installed = True  # as after the Install page: the venv holds a runtime
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
