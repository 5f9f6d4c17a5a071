"""The Environment page's summary before Install, in both languages: the packages, the
download size (or "not known yet"), the disk needed with the free space, and the server."""

from __future__ import annotations

import re

import pytest
from english_check import english_sentences
from test_pages import open_page

from app.catalog.plan_model import Choice, FileRef, Plan, Step
from app.flow import PageId

CJK = re.compile(r"[\u4e00-\u9fff]")


def _plan(size: int | None) -> Plan:
    files = [FileRef(url="https://127.0.0.1:9/mkl-2025.1.0-py3-none-any.whl",
                     filename="mkl-2025.1.0-py3-none-any.whl", size=size)] if size else []
    steps = [Step(id="torch", requirements=["torch==2.8.0+xpu"]), Step(id="mkl", files=files)]
    return Plan(choice=Choice(build_id="torch-xpu-2.8", channel="torch-xpu", ipex_version=None,
                              torch_version="2.8.0+xpu", python="3.11", os="linux", expect="aot",
                              matched_target="bmg", steps=steps, reasons=["test"]))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_summary_before_install(make_wizard, qtbot, tmp_path, monkeypatch, language):
    monkeypatch.setenv("IPEX_INSTALLER_CACHE_DIR", str(tmp_path / "cache"))
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.state.plan = _plan(300 * 1024**2)
    page.venv_path.setText(str(tmp_path / "env"))
    text = page.summary.text()
    assert page.summary.isVisibleTo(page)
    listed = {"en": "torch 2.8.0+xpu, mkl 2025.1.0", "zh_CN": "torch 2.8.0+xpu、mkl 2025.1.0"}[language]
    assert listed in text and "300.0 MB" in text and "8.0 GB" in text  # the list joined in the language
    assert str(tmp_path) in text  # the drive's folder, with its free space
    words = {"en": ("Will install", "Download size: 300.0 MB", "Download server: international"),
             "zh_CN": ("将安装", "下载大小：300.0 MB", "下载服务器：国际")}[language]
    assert all(w in text for w in words), text
    china = page.mirror.findData("cn")
    page.mirror.setCurrentIndex(china)
    assert ("Download server: China" if language == "en" else "下载服务器：中国大陆") in page.summary.text()
    page.state.plan = _plan(None)
    page.venv_path.setText(str(tmp_path / "env2"))
    unknown = page.summary.text()
    assert ("not known yet" if language == "en" else "暂时未知") in unknown
    if language == "zh_CN":
        assert CJK.search(unknown)
        data = [str(tmp_path), str(tmp_path / "env2"), "torch 2.8.0+xpu"]
        assert english_sentences(page, data) == []
