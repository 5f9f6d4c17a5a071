"""The wizard's failure states and their fixes, driven in real windows with real parts: the
real install engine into real venvs from the loopback mirror (tests/mirror) with real faults,
and the real smoke test in the installed venv (its stand-in torch sees no GPU).
Qt warnings fail these tests (qt_log_level_fail in pyproject)."""

from __future__ import annotations

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from PySide6.QtWidgets import QWizard
from test_wizard_e2e import INSTALL_TIMEOUT_MS, walk_to_install

from app.flow import PageId, Run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

TEXTS = {
    "en": {"again": "&Install again", "failed": "Download packages: failed", "waiting": "Install torch: waiting",
           "network": "The download failed and nothing was changed; try the China servers, set a proxy, or retry:",
           "ready": "Your environment is ready."},
    "zh_CN": {"again": "重新安装(&I)", "failed": "下载软件包：失败", "waiting": "安装 torch：等待中",
              "network": "下载失败，未做任何更改；请尝试中国服务器、设置代理或重试：",
              "ready": "您的环境已就绪。"},
}


def fail_the_download(make_wizard, qtbot, mirror, target, language):
    torch_path = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
    mirror.server.fault(torch_path, statuses=[404] * 50)
    wizard = walk_to_install(make_wizard, qtbot, mirror, target, language=language)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.install is Run.FAILED and not wizard.state.busy, timeout=120_000)
    return wizard


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_failed_download_offers_its_fixes_and_set_proxy_leads_back_to_the_proxy(make_wizard, qtbot, mirror,
                                                                                    tmp_path, language):
    words = TEXTS[language]
    wizard = fail_the_download(make_wizard, qtbot, mirror, tmp_path / "env", language)
    page = wizard.install
    steps = [page.steps.item(i).text() for i in range(page.steps.count())]
    assert words["failed"] in steps and words["waiting"] in steps, steps  # listed from the start
    assert wizard.state.install_failure == "network"
    assert page.status.text() == words["network"] and page.error_label.text()  # one sentence, the reason
    shown = {code for code, button in page.fix_buttons.items() if button.isVisibleTo(page)}
    assert shown == {"retry", "use_cn", "set_proxy"} and page.log_toggle.isVisibleTo(page)
    assert wizard.button(QWizard.BackButton).isEnabled()  # nothing changed: Back works

    page.proxy_button.click()
    assert wizard.currentId() == PageId.ENVIRONMENT
    env = wizard.environment
    assert wizard.focusWidget() is env.proxy  # the cursor waits in the proxy field
    next_text = wizard.button(QWizard.NextButton if not env.isCommitPage() else QWizard.CommitButton).text()
    assert next_text == words["again"]
    env.proxy.setText("127.0.0.1:7890x")  # not a proxy: Install again stays off with one sentence
    qtbot.waitUntil(lambda: not env.isComplete())
    assert env.network_error.isVisibleTo(env) and env.network_error.text()
    env.proxy.setText("")
    qtbot.waitUntil(env.isComplete)
    mirror.server.clear_faults()
    wizard.next()  # Install again
    assert wizard.currentId() == PageId.INSTALL
    qtbot.waitUntil(lambda: wizard.state.installed, timeout=INSTALL_TIMEOUT_MS)
    wizard.verify.shutdown()


def test_china_servers_and_retry_then_a_gpu_test_without_gpu_leads_back(make_wizard, qtbot, mirror, tmp_path):
    target = tmp_path / "env"
    wizard = fail_the_download(make_wizard, qtbot, mirror, target, "en")
    page = wizard.install
    mirror.server.clear_faults()
    page.china_button.click()  # the same page, installing again with the China preset
    assert wizard.state.settings.mirror == "cn" and wizard.state.install is Run.RUNNING
    assert not wizard.button(QWizard.BackButton).isEnabled()  # no Back while installing
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.VERIFY, timeout=INSTALL_TIMEOUT_MS)
    verify = wizard.verify
    qtbot.waitUntil(lambda: wizard.state.verified, timeout=INSTALL_TIMEOUT_MS)
    # The loopback mirror's torch is a stand-in without XPU: the test must not call this ready.
    verdict = wizard.state.verdict
    assert verdict in ("no_device", "failed") or wizard.state.verify is Run.FAILED, verify.verdict
    assert verify.next_action.isVisibleTo(verify) and "not ready" in verify.next_action.text()
    assert wizard.button(QWizard.BackButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.FINISH
    assert wizard.finish.subTitle() != TEXTS["en"]["ready"] and "did not pass" in wizard.finish.subTitle()
    wizard.back()
    assert wizard.currentId() == PageId.VERIFY
    wizard.button(QWizard.BackButton).click()  # past the finished install
    expected = PageId.HARDWARE if verdict == "no_device" else PageId.BUILD
    assert wizard.currentId() == expected
    assert wizard.state.install is Run.NOT_STARTED and wizard.state.verdict is None
