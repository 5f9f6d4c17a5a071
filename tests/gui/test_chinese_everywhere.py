"""No English sentence is visible in Chinese mode: the wizard walked page by page for recorded
machines (Arc A770 desktop, Meteor Lake laptop, Arrow Lake on Microsoft's basic display
driver, no GPU), the failure states the core reports, every verdict and support mode; every
visible text is read (tests/gui/english_check.py). A test that injects an untranslated
sentence proves the check is not vacuous."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mirror.fixtures import standard_wheels  # noqa: F401 (fixture)
from support_bundles import support_bundles  # noqa: F401 (fixture)

from app.flow import PageId
from app.gui.pages.support_page import EVIDENCE_CHARS
from app.messages import Message
from tests.gui.english_check import english_sentences, english_words
from tests.gui.texts_check import visible_texts

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"
MACHINES = {
    "a770_desktop": SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json",
    "mtl_laptop": SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json",
    "arl_basic_display": SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json",
    "no_gpu": None,  # written per test: only Windows' virtual adapters, which the probe skips
}
SEEN: dict[str, int] = {}  # texts read per state, to prove the walk read something


def _no_gpu_snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "no_gpu.json"
    path.write_text(json.dumps([{"Name": "Microsoft Basic Render Driver", "PNPDeviceID": "ROOT\\BasicRender",
                                 "DriverVersion": "10.0.22621.1", "Status": "OK"}]), encoding="utf-8")
    return path


def _data(wizard) -> list[str]:
    """Values shown as they are: GPU and driver names, build titles and ids, the venv path.
    A GPU's family is the reference table's description (English, shown as data on its card)."""
    from app.catalog import store

    values = [str(wizard.environment.venv())]
    probe = wizard.hardware.probe
    for gpu in probe.gpus if probe else []:
        values += [gpu.name, gpu.family, gpu.driver.name or "", gpu.driver.version or ""]
    for build in store.load().builds:
        values += [build.title, build.id, *(step.id for step in build.steps)]  # "Install <step id>"
    # The Environment page's summary: the planned packages and the cache drive's folder.
    from app import paths
    from app.env_summary import planned_packages
    from app.flow import nearest_existing_dir

    plan = wizard.environment.state.plan
    values += planned_packages(plan.to_json()["choice"] or {}) if plan else []
    values.append(str(nearest_existing_dir(paths.downloads_dir())))
    return values


def _check(wizard, state: str, data: list[str] = (), skip_more: tuple = ()) -> None:
    page = wizard.currentPage()
    # raw tool output; each language names itself; what a page shows in English on purpose
    skip = (wizard.install.log, wizard.welcome.language, *skip_more)
    texts = visible_texts(wizard, skip=skip)
    assert len(texts) >= 5, f"{state}: only {len(texts)} texts were read"
    SEEN[state] = len(texts)
    problems = english_sentences(wizard, _data(wizard) + list(data), skip=skip)
    if os.environ.get("ENGLISH_CHECK_REPORT"):  # list everything at once while fixing
        print(f"== {state}", *problems, sep="\n")
        return
    assert problems == [], f"{state} ({type(page).__name__}):\n" + "\n".join(problems)


def _walk(make_wizard, qtbot, snapshot: Path, name: str) -> object:
    wizard = make_wizard("zh_CN", {"windows_snapshot": str(snapshot)})
    wizard.show()
    qtbot.waitExposed(wizard)
    _check(wizard, f"{name}/welcome")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    _check(wizard, f"{name}/hardware")
    if wizard.currentPage().isComplete():
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.state.busy, timeout=30_000)
        _check(wizard, f"{name}/build")
        wizard.build.rejected_button.setChecked(True)  # the builds not chosen, and why
        _check(wizard, f"{name}/build-rejected")
        if wizard.currentPage().isComplete():
            wizard.next()
            qtbot.waitUntil(lambda: not wizard.state.busy, timeout=30_000)
            _check(wizard, f"{name}/environment")
    return wizard


@pytest.mark.parametrize("machine", list(MACHINES))
def test_each_page_of_a_recorded_machine_is_chinese(make_wizard, qtbot, tmp_path, machine):
    snapshot = MACHINES[machine] or _no_gpu_snapshot(tmp_path)
    _walk(make_wizard, qtbot, snapshot, machine)


def test_the_check_finds_an_injected_english_sentence(make_wizard, qtbot):
    """Not vacuous: an English sentence anywhere (a plain label, a data label, inside Chinese
    text, a tooltip) fails it, while data in the same places passes."""
    from PySide6.QtWidgets import QLabel

    from app.gui.widgets.labels import data_label

    wizard = _walk(make_wizard, qtbot, MACHINES["a770_desktop"], "inject")
    page = wizard.currentPage()
    assert english_sentences(wizard, _data(wizard)) == []
    cases = [
        (QLabel("The download failed."), "plain label"),
        (data_label("⚠ The build could not be chosen"), "data label"),
        (QLabel("下载失败：connection reset by peer。"), "inside Chinese"),
    ]
    for label, what in cases:
        page.layout().addWidget(label)
        label.show()
        assert english_sentences(wizard, _data(wizard)), what
        label.hide()
    page.setToolTip("Click here")
    assert english_sentences(wizard, _data(wizard)), "tooltip"
    page.setToolTip("")
    for data in ("C:\\Users\\张三\\ipex env", "torch==2.8.0+xpu", "https://download.pytorch.org/whl/xpu",
                 "Intel(R) Arc(TM) A770 Graphics", "--python 3.11", "“ipex-2.8.10-windows”"):
        # (a path with spaces is data because the test names it, as _data names the venv)
        named = ["Intel(R) Arc(TM) A770 Graphics", "C:\\Users\\张三\\ipex env"]
        assert english_words(f"已安装 {data}。", named) == [], data


def test_an_untranslated_code_shows_as_english_and_fails(make_wizard, qtbot, monkeypatch):
    """A code whose Chinese text is missing reaches the page in English, and the check says so."""
    from app import wording

    monkeypatch.setattr(wording, "CONTEXT", "NoSuchContext")  # as if the .ts had no entry (GUI and CLI share it)
    # The Flex 170 server: Windows reports its GPU in the 'Error' state (a coded probe warning)
    wizard = make_wizard("zh_CN", {"windows_snapshot": str(SNAPSHOTS / "ps51_server_aspeed_flex170.utf8.json")})
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.hardware.probe is not None and not wizard.state.busy, timeout=30_000)
    assert any("Device Manager" in p for p in english_sentences(wizard, _data(wizard)))


def test_the_walk_read_every_state():
    """Run last: every state above was reached and read."""
    if not SEEN:
        pytest.skip("run with the tests above")
    assert {"a770_desktop/build", "mtl_laptop/build", "arl_basic_display/hardware", "no_gpu/hardware"} <= set(SEEN)


def _verdicts() -> dict[str, dict]:
    """Every verdict, made by the core from recorded runs (the screenshot table's, which
    tests/gui/test_wizard_states.py also walks through the flow)."""
    from tests.gui.wizard_states import recorded_verdicts

    return recorded_verdicts()


def test_every_verdict_is_chinese(make_wizard, qtbot):
    from app.messages import Message

    wizard = make_wizard("zh_CN")
    wizard.setStartId(int(PageId.VERIFY))
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.verify
    for verdict, result in _verdicts().items():
        page.verdict = result
        page._show()
        # the runtime's own trace lines are data; the sentences around them are coded
        raw = [line for line in result["evidence"] if not isinstance(line, Message)]
        raw += _params(result["advice"] + result["evidence"] + result.get("caveats", []))
        problems = english_sentences(wizard, _data(wizard) + raw, skip=(wizard.install.log,))
        assert problems == [], f"verdict {verdict}:\n" + "\n".join(problems)
        assert page.verdict_label.text() and page.advice.isVisibleTo(page) == bool(result["advice"])
        SEEN[f"verdict/{verdict}"] = len(visible_texts(wizard))


def _params(sentences: list) -> list[str]:
    """The params of coded sentences (commands, paths, the runtime's words): data."""
    from app.messages import Message

    found: list[str] = []
    for sentence in sentences:
        if isinstance(sentence, Message):
            found += [str(v) for v in sentence.params.values() if not isinstance(v, Message)]
            found += _params([v for v in sentence.params.values() if isinstance(v, Message)])
    return found


def _core_failures() -> dict[str, Exception]:
    """Install failures as the core reports them (download, disk, pip/uv step, busy venv)."""
    from app import fs_errors
    from app.envs.runlock import VenvBusy
    from app.fetch import guard
    from app.fetch.download import http_error
    from app.install.step_errors import explain

    url = "https://download.pytorch.org/whl/xpu/torch-2.8.0%2Bxpu-cp311-cp311-win_amd64.whl"
    return {
        "download_stalled": guard.stalled("torch-2.8.0+xpu-cp311-cp311-win_amd64.whl", url, 60),
        "download_too_slow": guard.too_slow("torch.whl", url, 2000, 60),
        "download_http_error": http_error(404, "Not Found", url),
        "disk_full": fs_errors.error("full", "D:\\envs\\ipex", partial_removed=True),
        "path_too_long": fs_errors.error("too_long", "D:\\envs\\ipex"),
        "hash_mismatch": explain("uv", "torch", 1, "error: Failed to download `torch==2.8.0`\n"
                                 "  cause: Hash mismatch for `torch==2.8.0`", "D:\\envs\\ipex"),
        "step_failed": explain("pip", "ipex", 2, "ERROR: something new", "D:\\envs\\ipex"),
        "venv_busy": VenvBusy("busy", code="venv_busy", params={"venv": "D:\\envs\\ipex", "pid": 4242,
                                                               "program": "ipex-aot-installer", "started": "10:01"}),
    }


@pytest.mark.parametrize("failure", list(_core_failures()))
def test_each_install_failure_is_chinese(make_wizard, qtbot, monkeypatch, tmp_path, failure):
    from app.events import StepFinished, StepStarted, Warning_
    from app.gui import engines

    error = _core_failures()[failure]

    def failing_install(plan, options, on_event, cancel):
        on_event(StepStarted("download"))
        on_event(Warning_("log_unwritable", "The install log cannot be written.",
                          {"folder": str(tmp_path), "reason": "disk_full"}))
        on_event(StepFinished("download", ok=False))
        raise error

    monkeypatch.setattr(engines, "install", failing_install)
    wizard = _walk(make_wizard, qtbot, MACHINES["a770_desktop"], f"install-{failure}")
    wizard.environment.venv_path.setText(str(tmp_path / "env"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.install_failed and not wizard.state.busy, timeout=30_000)
    # a message's params are data (the tool's own last line, a program name): shown verbatim
    _check(wizard, f"install-failed/{failure}", [str(v) for v in error.params.values()])


@pytest.mark.parametrize("machine", ["a770_desktop", "mtl_laptop", "arl_basic_display"])
def test_support_mode_is_chinese(make_wizard, qtbot, tmp_path, machine):
    """A probe JSON and a support bundle (its probe and the plan the user's machine made, both
    written by the core as their JSON contracts) opened in support mode, Hardware and Build."""
    import zipfile

    from app.catalog import planner
    from app.probe.probe import probe_machine

    probe = probe_machine(windows_snapshot=MACHINES[machine], with_pythons=False)
    plan = planner.plan(probe, python="3.11")
    probe_path = tmp_path / "probe.json"
    probe_path.write_text(json.dumps(probe.to_json()), encoding="utf-8")
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("probe.json", json.dumps(probe.to_json()))
        zf.writestr("plan.json", json.dumps(plan.to_json()))
    for kind, path in (("probe", probe_path), ("bundle", bundle)):
        wizard = make_wizard("zh_CN")
        wizard.show()
        qtbot.waitExposed(wizard)
        assert wizard.open_support_file(path)
        assert wizard.currentId() == PageId.HARDWARE and wizard.state.support_mode
        _check(wizard, f"support/{kind}/{machine}/hardware")
        wizard.next()
        qtbot.waitUntil(lambda w=wizard: not w.state.busy, timeout=30_000)
        _check(wizard, f"support/{kind}/{machine}/build")


@pytest.mark.parametrize("kind", ["aot", "jit", "failed", "old", "no_device", "test_failed"])
def test_support_mode_with_each_bundle_is_chinese(make_wizard, qtbot, support_bundles, kind):
    """Bundles written by the real writer from real states (tests/support_bundles.py): the
    window's title, Hardware, Build and the bundle's record page (its Details open: the English
    original the user's error had, shown as English on purpose, is the one thing skipped)."""
    wizard = make_wizard("zh_CN")
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.open_support_file(support_bundles[kind])
    view = wizard.state.support
    data = [Path(view.source).name, view.doctor_venv or "", *_params([view.forecast] if view.forecast else [])]
    # the runtime's trace lines, whole and as the page cuts them
    raw = [line for line in (view.smoke.evidence if view.smoke else []) if not isinstance(line, Message)]
    data += raw + [line[:EVIDENCE_CHARS] for line in raw]
    data.append("level_zero:gpu")  # a device selector's value in the doctor's fix
    for finding in view.findings or []:
        data += _params([finding.message, finding.fix])
    if view.install_failure is not None:
        data += [view.install_failure.venv or "", *_params([view.install_failure.sentence])]
    _check(wizard, f"support/{kind}/hardware", data)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.state.busy and wizard.build.plan is not None, timeout=30_000)
    _check(wizard, f"support/{kind}/build", data)
    wizard.next()
    assert wizard.currentId() == PageId.SUPPORT
    wizard.support.details_button.setChecked(True)
    _check(wizard, f"support/{kind}/record", data, skip_more=(wizard.support.english,))
    assert english_words(wizard.windowTitle(), []) == [], wizard.windowTitle()


def test_a_file_support_cannot_open_is_refused_in_chinese(make_wizard, qtbot, tmp_path, monkeypatch):
    """The "Cannot open this file" message box: title and reason in Chinese."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.extend([title, text])))
    bad = tmp_path / "gpus.json"
    bad.write_text('{"gpus": "none"}', encoding="utf-8")
    wizard = make_wizard("zh_CN")
    assert not wizard.open_support_file(bad)
    assert len(shown) == 2
    for text in shown:
        assert english_words(text, [str(bad)]) == [], text
    SEEN["support/cannot-open"] = len(shown)
