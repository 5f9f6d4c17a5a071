"""Support mode with files from other machines that are broken or hostile: the real welcome
button, file dialog answer and message box. A bad file gives "Cannot open this file" with the
reason (in the user's language), never the bug dialog; a file of the right types but odd values
walks Hardware and Build without a page failing."""

from __future__ import annotations

import json

import hostile
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.flow import PageId


def _open_through_the_welcome_button(wizard, qtbot, monkeypatch, path) -> list[tuple[str, str]]:
    """Click "Open a support file...", answer the file dialog with `path`, and close (and
    record) every message box that opens."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen: list[tuple[str, str]] = []
    clicked = []  # the click has returned: a box would have come inside it (it is modal)

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.accept()
        elif not seen and not clicked:  # else this poll would outlive the test and take a later test's box
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    wizard.welcome.support_button.click()
    clicked.append(True)
    return seen


def _wizard(make_wizard, qtbot, language):
    wizard = make_wizard(language)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _write(tmp_path, name, content) -> object:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


BAD_FILES = {
    "gpu name null": ("probe.json", lambda tmp: hostile.probe_with_gpu(name=None),
                      "In probe.json, field 'gpus[0].name' must be text.",
                      "probe.json 中字段“gpus[0].name”必须是文本。"),
    "gpus is text": ("probe.json", lambda tmp: hostile.probe(gpus="none"),
                     "In probe.json, field 'gpus' must be a list.", "probe.json 中字段“gpus”必须是列表。"),
    "driver is a list": ("probe.json", lambda tmp: hostile.probe_with_gpu(driver=[1]),
                         "In probe.json, field 'gpus[0].driver' must be an object.",
                         "probe.json 中字段“gpus[0].driver”必须是对象。"),
    "deep nesting": ("probe.json", lambda tmp: hostile.deep_probe(),
                     "probe.json nests values more than 32 levels deep.", "probe.json 中的值嵌套超过 32 层。"),
    "huge number": ("probe.json", lambda tmp: hostile.huge_int_probe(),
                    "probe.json holds a number that is not finite or longer than 40 characters.",
                    "probe.json 含有非有限数值或长度超过 40 个字符的数字。"),
    "5000 GPUs": ("probe.json", lambda tmp: hostile.thousands_of_gpus(),
                  "In probe.json, field 'gpus' lists more than 64 entries.",
                  "probe.json 中字段“gpus”的条目超过 64 个。"),
    "zip bomb": ("bomb.zip", lambda tmp: hostile.zip_bomb(tmp / "bomb.zip", expanded=300 * 1024 * 1024),
                 "bomb.zip would expand to more than 256 MB; it was not unpacked.",
                 "bomb.zip 解压后会超过 256 MB；未予解压。"),
    "plan steps is text": ("b.zip", lambda tmp: hostile.bundle(tmp / "b.zip", plan__json={"choice": None,
                                                                                         "rejected": "none"}),
                           "In b.zip:plan.json, field 'rejected' must be a list.",
                           "b.zip:plan.json 中字段“rejected”必须是列表。"),
    "doctor findings wrong": ("b.zip", lambda tmp: hostile.bundle(tmp / "b.zip", doctor__json={"findings": [3]}),
                              "In b.zip:doctor.json, field 'findings[0]' must be an object.",
                              "b.zip:doctor.json 中字段“findings[0]”必须是对象。"),
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_support_file_gives_the_cannot_open_dialog_with_the_reason(
        make_wizard, qtbot, monkeypatch, tmp_path, case, language):
    name, make, english, chinese = BAD_FILES[case]
    content = make(tmp_path)
    path = content if not isinstance(content, (dict, str)) else _write(tmp_path, name, content)
    wizard = _wizard(make_wizard, qtbot, language)
    seen = _open_through_the_welcome_button(wizard, qtbot, monkeypatch, path)
    title = "Cannot open this file" if language == "en" else "无法打开此文件"
    assert seen == [(title, english if language == "en" else chinese)]
    assert wizard.currentId() == PageId.WELCOME and not wizard.state.support_mode


ODD_BUT_TYPED = hostile.probe(
    gpus=[
        {"vendor_id": "", "device_id": "zz", "name": "", "family": "", "segment": "weird", "ip_version": "not.an.ip",
         "aot_targets": ["???", ""], "driver": {"name": None, "version": "x.y", "status": "odd", "notes": ["n"]},
         "supported": True, "notes": [], "revision": "garbage", "pci_slot": "", "has_xmx": None,
         "support_level": "??", "product": "", "ipex_support": "validated", "torch_xpu_support": "?"},
        {"vendor_id": "0x8086", "device_id": "0x56a0", "name": "A770 " * 200, "family": "Alchemist",
         "segment": "dgpu", "ip_version": "99999.0.0", "aot_targets": ["dg2-g10"], "driver": {},
         "supported": False, "product": "dg2"},
    ],
    primary=0,
    pythons=[{"path": "", "version": "three", "bits": -1, "source": ""}],
    warnings=["w" * 5000],
    os="plan9",
)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_odd_values_of_the_right_types_walk_hardware_and_build(make_wizard, qtbot, monkeypatch, tmp_path, language):
    path = hostile.bundle(tmp_path / "odd.zip", ODD_BUT_TYPED, plan__json={
        "choice": None, "rejected": [{"build_id": "", "why": ""}], "warnings": ["x"], "inputs": {"a": [1, {}]}})
    wizard = _wizard(make_wizard, qtbot, language)
    assert _open_through_the_welcome_button(wizard, qtbot, monkeypatch, path) == []
    assert wizard.currentId() == PageId.HARDWARE and wizard.state.support_mode
    assert len(wizard.hardware.cards) == 2
    wizard.hardware.cards[1].radio.click()
    wizard.next()
    page = wizard.build
    qtbot.waitUntil(lambda: not wizard.state.busy and (page.plan is not None or page.error), timeout=30_000)
    assert page.error is None and page.plan is not None  # the real planner ran on the odd probe
    assert wizard.currentId() == PageId.BUILD
