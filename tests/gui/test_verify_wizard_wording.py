"""The Verify page words the GPU test's advice for the wizard (app/gui/wizard_wording.py): no
command line (`python -m app ...`), no `--option`, and on the Windows machines no /dev/dri; in
Chinese mode, the Chinese text. The results are the core's own: the workload's reports through
the runner's rules, and a runtime that says it found no device (as tests/gui/wizard_states.py
makes the no_device verdict)."""

from __future__ import annotations

import pytest

from app.gui import wizard_wording
from app.smoke import runner
from app.smoke.classify import TraceScanner
from tests.gui import wizard_states
from tests.gui.english_check import english_sentences
from tests.gui.test_chinese_everywhere import _data as page_data
from tests.gui.wizard_states import to_verify

REPORT = "@@IPEX-SMOKE@@ "
RUNS = {  # what the workload (or the runtime) printed -> the core code whose wizard wording shows
    "no_torch": ('{"event": "end", "step": "torch_import", "ok": false, "installed": false}', "smoke_no_torch"),
    "xpu_unavailable": ('{"event": "end", "step": "torch_import", "ok": true, "torch_xpu_version": "20250101"}\n'
                        + REPORT + '{"event": "end", "step": "xpu_device", "ok": true, "available": false}',
                        "smoke_xpu_unavailable"),
    "no_device": (None, "smoke_no_device"),
}
CHINESE = {  # a phrase of each wizard text's Chinese, on the Windows machine the states use
    "smoke_no_torch": "此环境中未安装 PyTorch",
    "smoke_xpu_unavailable": "PyTorch 无法使用 GPU",
    "smoke_no_device": "未找到 GPU",
}


def result(name: str) -> dict:
    report, _code = RUNS[name]
    scanner = TraceScanner()
    if report is None:
        scanner.feed_text("terminate called: No device of requested type available\n")
    else:
        scanner.feed_text(REPORT + report + "\n")
    out = scanner.verdict(None)
    runner._apply_workload_outcome(out, scanner, None, False, {"stopped_on_jit": False}, 60, None)
    return out


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("name", sorted(RUNS))
def test_verify_advice_is_worded_for_the_wizard_on_windows(driver, monkeypatch, language, name):
    out = result(name)
    code = RUNS[name][1]
    assert code in [a.code for a in out["advice"]], out["advice"]
    assert any("python -m" in a or "--" in a for a in out["advice"] if a.code == code)  # the CLI's wording
    monkeypatch.setattr(wizard_states, "recorded_verdicts", lambda: {name: out})
    d = driver(language)
    wizard = to_verify(d, name)  # the A770 desktop: a Windows snapshot
    assert wizard.state.probe.os == "windows"
    page = wizard.verify
    assert page.advice.isVisibleTo(page)
    shown = page.advice.text()
    assert shown
    for command_line in ("python -m", "--", "/dev/dri", "render group", "rejected", "SYCL_UR_TRACE", "SYCL_PI_TRACE"):
        assert command_line not in shown, (command_line, shown)
    assert "/dev/dri" not in page.explanation.text()  # what the verdict means, on Windows
    if language == "zh_CN":
        assert CHINESE[code] in shown, shown
        found = english_sentences(wizard, page_data(wizard) + wizard_states._verdict_data(out))
        assert found == [], "\n".join(found)
    else:
        assert "Hardware page" in shown or "Back to Build" in shown, shown


def test_linux_keeps_the_render_group_and_every_wizard_code_has_a_template():
    from app.message_texts import TEMPLATES
    from app.messages import msg

    for choice in wizard_wording.WORDING.values():
        for code in ([choice] if isinstance(choice, str) else choice.values()):
            assert code in TEMPLATES, code
            assert not any(cli in TEMPLATES[code] for cli in ("python -m", "--", "SYCL_UR_TRACE")), code
    unavailable = msg("smoke_xpu_unavailable", command="python -m app probe")
    assert "/dev/dri" in TEMPLATES[wizard_wording.wizard_code(unavailable, "linux")]
    assert "/dev/dri" not in TEMPLATES[wizard_wording.wizard_code(unavailable, "windows")]
    assert wizard_wording.wizard_code(msg("smoke_failed", error="x"), "windows") == "smoke_failed"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_flex_170_is_not_sent_to_the_consumer_driver(driver, language):
    """The Flex 170 server (old driver): its card names the data-centre driver, not Arc & Iris Xe;
    and without any Intel driver the consumer driver page is not offered for it."""
    import dataclasses

    from app.flow import driver_page, hardware_fixes

    wizard = wizard_states.by_name("2-hardware-flex-old-driver").reach(driver(language))
    flex = [c for c in wizard.hardware.cards if c.gpu.segment == "datacenter"]
    assert flex and flex[0].gpu.driver.status == "old"
    fix = flex[0].driver_fix.text()
    assert "Iris" not in fix and ("Data Center GPU" in fix if language == "en" else "数据中心 GPU" in fix), fix
    state = wizard.state
    index = wizard.hardware.cards.index(flex[0])
    gpus = list(state.probe.gpus)
    gpus[index] = dataclasses.replace(gpus[index], driver=dataclasses.replace(gpus[index].driver, status="unbound"))
    unbound = dataclasses.replace(state, probe=dataclasses.replace(state.probe, gpus=gpus), gpu_index=index)
    assert hardware_fixes(unbound) == ["check_again"] and driver_page(unbound) is None
