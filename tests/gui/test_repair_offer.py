"""The Environment page offers Repair for an environment of ours whose planned packages were
replaced since (its kept plan and guard against the packages' own metadata), in both
languages; a Repair that cannot run says why in one sentence and changes nothing. The real
repair (downloads, rollback) is proven in tests/integration/test_repair.py."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_pages import open_page

from app.flow import PageId
from app.install.guard import constraints_text

CJK = re.compile(r"[\u4e00-\u9fff]")


def fake_ours(venv: Path, torch: str) -> None:
    """A venv folder as our install leaves it (plan, guard), with `torch` installed now; its
    Python is absent (files only: the page reads files, the repair checks the Python)."""
    from app.catalog.plan_model import Choice, Plan, Step

    site = venv / ("Lib" if os.name == "nt" else "lib/python3.11") / "site-packages"
    site.mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.7\n", encoding="utf-8")
    for name, version in (("torch", torch), ("intel_sycl_rt", "2025.1.1")):
        info = site / f"{name}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n", encoding="utf-8")
    record = venv / ".ipex-aot-installer"
    record.mkdir()
    choice = Choice(build_id="torch-xpu-2.8", channel="torch-xpu", ipex_version=None, torch_version="2.8.0+xpu",
                    python="3.11", os="linux", expect="aot", matched_target="bmg", reasons=["test"],
                    steps=[Step(id="torch", requirements=["torch==2.8.0+xpu"], index_url="https://127.0.0.1:9/whl/xpu")],
                    verify={"torch": "2.8.0+xpu"})
    (record / "plan.json").write_text(json.dumps(Plan(choice=choice).to_json()), encoding="utf-8")
    (record / "constraints.txt").write_text(constraints_text({"torch": "2.8.0+xpu", "intel-sycl-rt": "2025.1.1"}),
                                            encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_repair_is_offered_for_a_swapped_torch_and_says_why_it_cannot_run(make_wizard, qtbot, tmp_path, language):
    venv = tmp_path / "ai env"
    fake_ours(venv, torch="2.9.0")
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.venv_path.setText(str(venv))
    assert page.repair_button.isVisibleTo(page) and page.repair_note.isVisibleTo(page)
    assert "torch 2.9.0 \u2192 2.8.0+xpu" in page.repair_note.text()
    assert "intel" not in page.repair_note.text()  # what still matches is not listed
    if language == "zh_CN":
        assert CJK.search(page.repair_note.text()) and CJK.search(page.repair_button.text())
    before = sorted(p.relative_to(venv) for p in venv.rglob("*"))
    qtbot.mouseClick(page.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.repair_runner.is_running() and page.repair_button.isEnabled(), timeout=30_000)
    note = page.repair_note.text()
    assert ("does not start" in note) if language == "en" else ("无法启动" in note), note
    assert sorted(p.relative_to(venv) for p in venv.rglob("*")) == before  # nothing touched
    assert page.repair_button.isVisibleTo(page)  # still offered


def test_no_offer_when_the_planned_set_is_intact_or_the_venv_is_not_ours(make_wizard, qtbot, tmp_path):
    intact = tmp_path / "intact"
    fake_ours(intact, torch="2.8.0+xpu")
    foreign = tmp_path / "foreign"
    fake_ours(foreign, torch="2.9.0")
    (foreign / ".ipex-aot-installer" / "plan.json").unlink()
    wizard = open_page(make_wizard, qtbot, "en", PageId.ENVIRONMENT)
    page = wizard.environment
    for venv in (intact, foreign):
        page.venv_path.setText(str(venv))
        assert not page.repair_button.isVisibleTo(page) and not page.repair_note.isVisibleTo(page), venv
    page.venv_path.setText(str(tmp_path / "new env"))
    assert not page.repair_button.isVisibleTo(page)
