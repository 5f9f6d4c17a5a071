"""The Environment page chooses the download servers by timing them, for real, against two
loopback servers (tests/mirror) that answer at different speeds: in the background, in both
languages, through the proxy typed on the page; the user's choice in the combo wins over a
late result; nothing answering keeps the default with one sentence; leaving the page stops
the timing at once (no thread left running, no Qt warning: both fail the test)."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtWidgets import QWizard

from app.fetch.fastest import PROBE_BYTES
from app.flow import PageId
from app.gui.pages.environment_page import EnvironmentPage
from tests.gui.english_check import english_sentences
from tests.gui.test_pages import open_page
from tests.mirror.server import MirrorServer

PAGE = "/release-whl/stable/xpu/{region}/index.html"
FASTEST = {
    "en": re.compile(r"^China servers answered fastest \((\d+\.\d+) s vs (\d+\.\d+) s\)\.$"),
    "zh_CN": re.compile(r"^中国大陆服务器响应最快（(\d+\.\d+) 秒，国际服务器 (\d+\.\d+) 秒）。$"),
}
SERVER_LINE = {"en": ("Download server: China.", "Download server: international."),
               "zh_CN": ("下载服务器：中国大陆。", "下载服务器：国际。")}


@pytest.fixture
def two():
    """International and China servers, each serving its region's index page; the
    international one sends its first PROBE_BYTES in about a second."""
    with MirrorServer() as us, MirrorServer() as cn:
        for server, region in ((us, "us"), (cn, "cn")):
            server.add_generated(PAGE.format(region=region), 4 * PROBE_BYTES)
        us.fault(PAGE.format(region="us"), rate=PROBE_BYTES)
        yield us, cn


def _urls(us, cn) -> dict[str, str]:
    return {"us": us.url + PAGE.format(region="us"), "cn": cn.url + PAGE.format(region="cn")}


def _timed(qtbot, page, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: page.timed is not None and not page.timing_runner.is_running(), timeout=timeout)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_fastest_servers_are_chosen_and_said_why(make_wizard, qtbot, monkeypatch, tmp_path, two, language):
    us, cn = two
    monkeypatch.setattr(EnvironmentPage, "probe_urls", _urls(us, cn))
    started = time.monotonic()
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    # In the background: the page is usable while the servers are timed.
    assert page.timing_runner.is_running() and page.server_note.isVisibleTo(page)
    page.venv_path.setText(str(tmp_path / "env"))
    assert page.isComplete()
    _timed(qtbot, page)
    elapsed = time.monotonic() - started
    note = page.server_note.text()
    found = FASTEST[language].match(note)
    assert found, note
    fast, slow = float(found.group(1)), float(found.group(2))
    assert fast < slow and slow > 0.5, note
    print(f"\n[{language}] timed on loopback: cn {page.timed.seconds['cn']:.3f} s, "
          f"us {page.timed.seconds['us']:.3f} s; result shown {elapsed:.2f} s after the page opened")
    # Automatic now means China: what Install gets, and the summary the page shows.
    assert page.mirror.currentData() == "auto" and wizard.state.settings.mirror == "cn"
    assert SERVER_LINE[language][0] in page.summary.text()
    if language == "zh_CN":
        assert english_sentences(page, [str(tmp_path / "env"), str(tmp_path)]) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_users_choice_wins_over_a_late_result(make_wizard, qtbot, monkeypatch, tmp_path, two, language):
    us, cn = two
    monkeypatch.setattr(EnvironmentPage, "probe_urls", _urls(us, cn))
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.venv_path.setText(str(tmp_path / "env"))
    assert page.timing_runner.is_running()
    page.mirror.setCurrentIndex(page.mirror.findData("us"))  # before the (China) result is in
    _timed(qtbot, page)
    assert page.timed.region == "cn" and FASTEST[language].match(page.server_note.text())
    assert page.mirror.currentData() == "us" and wizard.state.settings.mirror == "us"
    assert SERVER_LINE[language][1] in page.summary.text()
    # Back to Automatic: the timed answer applies.
    page.mirror.setCurrentIndex(page.mirror.findData("auto"))
    assert wizard.state.settings.mirror == "cn" and SERVER_LINE[language][0] in page.summary.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_answers_the_default_stays_with_one_sentence(make_wizard, qtbot, tmp_path, language):
    """The GUI tests' default: both servers on a loopback port nobody listens on (offline)."""
    wizard = open_page(make_wizard, qtbot, language, PageId.ENVIRONMENT)
    page = wizard.environment
    page.venv_path.setText(str(tmp_path / "env"))
    _timed(qtbot, page)
    assert page.timed.region is None and page.timed.seconds == {"us": None, "cn": None}
    default = "cn" if page._in_china() else "us"
    servers = {("en", "us"): "international servers", ("en", "cn"): "China servers",
               ("zh_CN", "us"): "国际服务器", ("zh_CN", "cn"): "中国大陆服务器"}[language, default]
    expected = {"en": f"No download server answered within 4.0 s (offline?), so Automatic keeps the {servers}, "
                      "the default here.",
                "zh_CN": f"4.0 秒内没有下载服务器响应（是否未联网？），因此“自动”保留此处的默认选择：{servers}。"}
    assert page.server_note.text() == expected[language]
    assert wizard.state.settings.mirror == default and page.isComplete()
    assert SERVER_LINE[language][0 if default == "cn" else 1] in page.summary.text()
    # Servers the user chose: "Automatic keeps the default" would say nothing about them.
    page.mirror.setCurrentIndex(page.mirror.findData("cn"))
    assert not page.server_note.isVisibleTo(page)
    page.mirror.setCurrentIndex(page.mirror.findData("auto"))
    assert page.server_note.text() == expected[language]
    # A proxy that refuses: timed again through it, and the sentence names it.
    page.proxy.setText("127.0.0.1:9")
    qtbot.waitUntil(lambda: "127.0.0.1:9" in page.server_note.text() and not page.timing_runner.is_running(),
                    timeout=15_000)
    assert page.server_note.text().startswith(
        "No download server answered through the proxy http://127.0.0.1:9 within 4.0 s" if language == "en"
        else "通过代理 http://127.0.0.1:9 在 4.0 秒内没有下载服务器响应")
    if language == "zh_CN":
        assert english_sentences(page, [str(tmp_path / "env"), str(tmp_path), "http://127.0.0.1:9"]) == []


def test_the_proxy_typed_on_the_page_carries_the_timing(make_wizard, qtbot, monkeypatch, tmp_path):
    """Server names that do not resolve: only the proxy typed on the page (a loopback server
    that answers proxy-style requests) can reach them."""
    with MirrorServer() as proxy:
        for region in ("us", "cn"):
            proxy.add_generated(PAGE.format(region=region), 4 * PROBE_BYTES)
        proxy.fault(PAGE.format(region="us"), rate=PROBE_BYTES)
        monkeypatch.setattr(EnvironmentPage, "probe_urls", {
            region: f"http://{region}-servers.example.invalid{PAGE.format(region=region)}" for region in ("us", "cn")})
        wizard = open_page(make_wizard, qtbot, "en", PageId.ENVIRONMENT)
        page = wizard.environment
        page.venv_path.setText(str(tmp_path / "env"))
        _timed(qtbot, page)
        assert page.timed.region is None  # without the proxy, nothing answers
        page.proxy.setText(proxy.url.removeprefix("http://"))  # as proxy programs show it: host:port
        qtbot.waitUntil(lambda: page.timed is not None and page.timed.region == "cn", timeout=15_000)
        assert FASTEST["en"].match(page.server_note.text()), page.server_note.text()
        assert proxy.stats(PAGE.format(region="cn")).requests == 1
        assert proxy.stats(PAGE.format(region="us")).requests == 1
        assert wizard.state.settings.mirror == "cn" and wizard.state.settings.proxy == proxy.url


def test_leaving_the_page_stops_the_timing_at_once(walk_to_build, qtbot, monkeypatch, tmp_path):
    """Servers that accept and never answer: the timing would take its whole timeout; Back
    ends it within a fraction of a second, and coming back times again."""
    with MirrorServer() as us, MirrorServer() as cn:
        for server, region in ((us, "us"), (cn, "cn")):
            server.add_generated(PAGE.format(region=region), PROBE_BYTES)
            server.fault(PAGE.format(region=region), silent=True)
        monkeypatch.setattr(EnvironmentPage, "probe_timeout", 30.0)
        wizard = walk_to_build("en", probe_urls=_urls(us, cn))
        wizard.next()
        page = wizard.environment
        assert wizard.currentId() == int(PageId.ENVIRONMENT)
        qtbot.waitUntil(lambda: us.stats(PAGE.format(region="us")).requests == 1
                        and cn.stats(PAGE.format(region="cn")).requests == 1, timeout=10_000)
        assert page.timing_runner.is_running()
        left = time.monotonic()
        wizard.button(QWizard.WizardButton.BackButton).click()
        assert wizard.currentId() == int(PageId.BUILD)
        # The thread has ended and its "cancelled" reached the page (queued: it may come a moment later).
        qtbot.waitUntil(lambda: not page.timing_runner.is_running() and not page.server_note.isVisibleTo(page),
                        timeout=5_000)
        stopped = time.monotonic() - left
        print(f"\ntiming stopped {stopped:.2f} s after leaving the page (its timeout: 30 s)")
        assert stopped < 2.0
        assert page.timed is None
        wizard.next()  # back on the page: timed again
        assert wizard.currentId() == int(PageId.ENVIRONMENT)
        qtbot.waitUntil(page.timing_runner.is_running, timeout=5_000)
        wizard.shutdown()  # closing the window: cancelled and waited for
        assert not page.timing_runner.is_running()
