"""Support mode speaks of the other computer in the third person: the support person reads a
user's file, so no text on its pages says "your GPU", "you" or 您/你 as if it were about the
reader's own machine. Walked for every kind of input support opens (bundles written by the real
writer whose GPU test said aot, jit, no_device or failed, a failed install, an older bundle; a
probe JSON and the raw PowerShell gpus.json of recorded machines), in both languages, with every
Details, Advanced and reasons section open. A test that injects a second-person sentence proves
the check is not vacuous."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from mirror.fixtures import standard_wheels  # noqa: F401 (fixture)
from support_bundles import support_bundles  # noqa: F401 (fixture)

from app.flow import PageId
from tests.gui.texts_check import visible_texts

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"
MACHINES = {  # a supported GPU and an unsupported one, a laptop, a GPU on Windows' basic display driver
    "a770_desktop": SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json",
    "mtl_laptop": SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json",
    "arl_basic_display": SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json",
    "flex_server": SNAPSHOTS / "ps51_server_aspeed_flex170.utf8.json",
}
BUNDLES = ("aot", "jit", "no_device", "test_failed", "failed", "old")
SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself|'re|'ve|'ll)?\b|您|你", re.IGNORECASE)
LANGUAGES = ("en", "zh_CN")


def second_person(wizard, where: str) -> list[str]:
    """Every text on the current page (and the window's title) that addresses the reader. The
    English original of the user's install error is skipped: it is the user's record, shown as
    it was written, under Details."""
    skip = (wizard.support.english,)
    return [f"{where}: {seen.where}: {seen.text!r}" for seen in visible_texts(wizard, skip=skip)
            if SECOND_PERSON.search(seen.text)]


def walk(wizard, qtbot, name: str) -> list[str]:
    """Hardware (each card's Details open), Build (Advanced and the reasons open) and, for a
    bundle, the record page (Details open): what each says in the second person."""
    found = []
    assert wizard.currentId() == PageId.HARDWARE and wizard.state.support_mode
    for card in wizard.hardware.cards:
        card.details_button.setChecked(True)
    found += second_person(wizard, f"{name}/hardware")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.state.busy and wizard.build.plan is not None, timeout=30_000)
    wizard.build.advanced_button.setChecked(True)
    wizard.build.rejected_button.setChecked(True)
    found += second_person(wizard, f"{name}/build")
    if wizard.nextId() == PageId.SUPPORT:
        wizard.next()
        wizard.support.details_button.setChecked(True)
        found += second_person(wizard, f"{name}/record")
    return found


def opened(make_wizard, qtbot, language: str, path: Path):
    wizard = make_wizard(language)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.open_support_file(path)
    return wizard


def report(found: list[str]) -> str:
    if os.environ.get("SECOND_PERSON_REPORT"):  # list everything at once while fixing
        print("\n".join(found))
    return "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bundle_of_each_verdict_speaks_of_that_computer(make_wizard, qtbot, support_bundles, language):  # noqa: F811
    found = []
    for kind in BUNDLES:
        wizard = opened(make_wizard, qtbot, language, support_bundles[kind])
        verdict = wizard.state.support.smoke.verdict if wizard.state.support.smoke else None
        assert verdict == {"aot": "aot", "jit": "jit", "no_device": "no_device", "test_failed": "failed",
                           "failed": None, "old": None}[kind]
        found += walk(wizard, qtbot, kind)
        assert wizard.currentId() == PageId.SUPPORT
        wizard.shutdown()
    assert not found, report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_probe_json_and_a_gpus_json_speak_of_that_computer(make_wizard, qtbot, tmp_path, language):
    from app.probe.probe import probe_machine

    found = []
    for machine, snapshot in MACHINES.items():
        probe = probe_machine(windows_snapshot=snapshot, with_pythons=False)
        probe_json = tmp_path / f"{machine}-probe.json"
        probe_json.write_text(json.dumps(probe.to_json()), encoding="utf-8")
        for kind, path in (("probe", probe_json), ("snapshot", snapshot)):
            wizard = opened(make_wizard, qtbot, language, path)
            assert wizard.state.support.kind == kind
            found += walk(wizard, qtbot, f"{kind}/{machine}")
            assert wizard.nextId() != PageId.SUPPORT
            wizard.shutdown()
    assert not found, report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_linux_probe_json_speaks_of_that_computer(make_wizard, qtbot, tmp_path, language):
    """A Linux machine's probe JSON (the real probe replaying a sysfs tree with an Arc A770)."""
    from app.probe.probe import probe_machine
    from tests.core.probe_sysfs_tree import SysfsTree

    tree = SysfsTree(tmp_path / "tree")
    tree.add("0000:03:00.0", 0x8086, 0x56A0, 0x030000, revision=0x08, driver="i915", render_minor=128)
    probe = probe_machine(sysfs_root=tree.sys, with_pythons=False)
    path = tmp_path / "linux-probe.json"
    path.write_text(json.dumps(probe.to_json()), encoding="utf-8")
    wizard = opened(make_wizard, qtbot, language, path)
    assert wizard.state.support.kind == "probe" and wizard.state.probe.os == "linux"
    found = walk(wizard, qtbot, "probe/linux_a770")
    assert not found, report(found)


def test_a_gpu_cards_notes_speak_of_that_computers_user(make_wizard, qtbot):
    """The card's notes stay as the probe wrote them (English), about that computer's user: a
    render node the user who ran the check may not open."""
    from app.gui.widgets.gpu_card import GpuCard
    from app.messages import msg
    from app.probe.probe import probe_machine

    gpu = probe_machine(windows_snapshot=MACHINES["mtl_laptop"], with_pythons=False).gpus[0]
    gpu.notes.append(msg("linux_node_denied_note", node="/dev/dri/renderD128", group="render"))
    theirs, own = GpuCard(gpu, 0, "linux", about_other=True), GpuCard(gpu, 0, "linux")
    qtbot.addWidget(theirs)
    qtbot.addWidget(own)
    assert ("/dev/dri/renderD128 is not readable and writable by the account that ran the check (group 'render')."
            in theirs.notes.text().splitlines())
    assert ("/dev/dri/renderD128 is not readable and writable by you (group 'render')."
            in own.notes.text().splitlines())
    assert not SECOND_PERSON.search(theirs.notes.text())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_check_finds_a_second_person_sentence(make_wizard, qtbot, language):
    """Not vacuous: a sentence addressing the reader, in a card's note or a label, is found."""
    from app.gui.widgets.labels import data_label, wrapped_label

    wizard = opened(make_wizard, qtbot, language, MACHINES["a770_desktop"])
    assert second_person(wizard, "clean") == []
    page = wizard.currentPage()
    for sentence in ("Update your driver.", "请更新您的驱动程序。", "你的 GPU"):
        label = wrapped_label(sentence) if sentence[0].isascii() else data_label(sentence)
        page.layout().addWidget(label)
        label.show()  # a child added to a shown page stays hidden until shown
        assert len(second_person(wizard, "injected")) == 1, sentence
        label.setParent(None)
        label.deleteLater()
    assert second_person(wizard, "clean") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_driver_advice_says_what_to_ask_the_user_and_the_users_own_wording_stays(make_wizard, qtbot, language):
    """Arrow Lake on Windows' basic display driver: in support mode the card asks the support
    person to have the user install the driver; on the user's own Hardware page it says so to
    the user, as before."""
    from PySide6.QtCore import QCoreApplication

    from app.message_texts import TEMPLATES

    snapshot = MACHINES["arl_basic_display"]
    support = opened(make_wizard, qtbot, language, snapshot)
    (card,) = support.hardware.cards
    assert card.driver_fix.text() == QCoreApplication.translate(
        "Messages", TEMPLATES["support_driver_install_windows"])
    own = make_wizard(language, {"windows_snapshot": str(snapshot)})
    own.show()
    qtbot.waitExposed(own)
    own.next()
    qtbot.waitUntil(lambda: own.hardware.probe is not None and not own.state.busy, timeout=30_000)
    (card,) = own.hardware.cards
    assert card.driver_fix.text() == QCoreApplication.translate(
        "GpuCard", "Install the Intel Arc & Iris Xe Graphics driver from intel.com (or run Intel Driver & Support "
        "Assistant), restart, then run this installer again.")
    own.next()  # the user's own Build page keeps its wording
    qtbot.waitUntil(lambda: not own.state.busy and own.build.plan is not None, timeout=30_000)
    assert own.build.subTitle() == QCoreApplication.translate(
        "BuildPage", "The PyTorch build for your GPU, and whether it has native (AOT) code for it.")
    assert not own.state.support_mode
