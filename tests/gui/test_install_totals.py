"""The Install page's overall progress in a real install from a throttled loopback mirror:
the total is known while the first file is still coming (from the package index's JSON sizes,
or from HEAD requests when the index is plain HTML), shown as "1.2 GB of 3.4 GB · about 4 min
left" in both languages, the runtime torch pins included; then Stop in the middle. Qt warnings fail these tests."""

from __future__ import annotations

import re

import pytest
from install_walk import (
    AGAIN_BUTTON,
    commit_text,
    step_texts,
    stop_and_confirm,
    stopped_at_the_end,
    walk_to_environment,
)
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel
from PySide6.QtWidgets import QWizard

from app.env_summary import human_size
from app.flow import PageId, Run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

TOTAL = {
    "en": re.compile(r"^(?P<done>\S+ [KMG]?B) of (?P<total>\S+ [KMG]?B)(?: · about (?P<left>.+) left)?$"),
    "zh_CN": re.compile(r"^已下载 (?P<done>\S+ [KMG]?B)，共 (?P<total>\S+ [KMG]?B)(?: · 大约还需 (?P<left>.+))?$"),
}
LEFT = {"en": re.compile(r"^\d+ (s|min)$"), "zh_CN": re.compile(r"^\d+ (秒|分钟)$")}
STOPPED = {"en": ("The installation was stopped and nothing was changed.", "Download packages: stopped",
                  "Stop the installation?"),
           "zh_CN": ("安装已停止，未做任何更改。", "下载软件包：已停止", "要停止安装吗？")}
# the plan's pins, and the runtime torch pins (read ahead from torch's METADATA on the server)
EXPECTED = ("torch==2.8.0+xpu", "torchvision==0.23.0+xpu", "torchaudio==2.8.0+xpu",
            "intel-extension-for-pytorch==2.8.10+xpu", "intel-sycl-rt==2025.1.1")


@pytest.mark.parametrize("language, index", [("en", "html"), ("zh_CN", "json")])
def test_totals_and_time_left_mid_download_then_stop(make_wizard, qtbot, mirror, tmp_path, standard_wheels,
                                                      language, index):
    wheels = dict(standard_wheels)
    tag = standard_wheels["torch==2.8.0+xpu"].name.split("-", 2)[2][:-4]
    wheels["torch==2.8.0+xpu"] = big = build_wheel(tmp_path / "w", "torch", "2.8.0+xpu", tag=tag,
                                                   requires=["intel-sycl-rt==2025.1.1"], padding=6_000_000)
    mirror.server.publish(big, "pytorch")  # replaces the stand-in (its content and hash)
    torch_path = f"/whl/{big.name}"
    mirror.server.fault(torch_path, rate=400_000)  # about 15 s for the first file
    mirror.server.serve_metadata = True  # the runtime torch pins is read ahead (PEP 714), as from PyPI
    if index == "json":  # PEP 691 pages with PEP 700 sizes, as PyPI answers
        for prefix in ("/whl/xpu/", "/simple/", "/release-whl/"):
            mirror.server.serve_json(prefix)
    expected = sum(wheels[key].stat().st_size for key in EXPECTED)

    wizard = walk_to_environment(make_wizard, qtbot, make_plan(mirror), tmp_path / "env", language)
    with stopped_at_the_end(wizard):
        wizard.next()  # Install
        page = wizard.install
        pattern = TOTAL[language]
        qtbot.waitUntil(lambda: bool((m := pattern.match(page.overall_label.text())) and m["left"]),
                        timeout=60_000)
        shown = pattern.match(page.overall_label.text())
        assert shown["total"] == human_size(expected)  # the whole total while the first file still comes
        assert LEFT[language].match(shown["left"]), shown["left"]
        assert page.overall.maximum() == 1000 and 0 < page.overall.value() < 1000  # a real bar, not busy
        assert mirror.server.stats(torch_path).bytes_sent < big.stat().st_size
        heads = [path for method, path in mirror.server.requests if method == "HEAD"]
        assert (torch_path in heads) == (index == "html")  # JSON sizes need no HEAD
        running = step_texts(page)
        assert running[1] == {"en": "Download packages: running", "zh_CN": "下载软件包：进行中"}[language]

        question = stop_and_confirm(wizard, qtbot)
        assert question[0] == STOPPED[language][2]
        qtbot.waitUntil(lambda: wizard.state.install is Run.STOPPED and not wizard.state.busy, timeout=60_000)
        assert page.status.text() == STOPPED[language][0]
        assert STOPPED[language][1] in step_texts(page)
        assert not (tmp_path / "env").exists()
        assert wizard.currentId() == PageId.INSTALL
        wizard.button(QWizard.BackButton).click()  # to change the folder or the server
        assert wizard.currentId() == PageId.ENVIRONMENT and commit_text(wizard) == AGAIN_BUTTON[language]
