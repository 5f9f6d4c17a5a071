"""A new user's walk through the wizard on each recorded machine, in both languages, pressing
only what a user would press (Next, Install, a GPU's card, the fix buttons, Finish), from
Welcome to where the walk ends:

- Arc A770 desktop and Meteor Lake laptop: the planner's own pick (IPEX 2.8.10) installed
  into a real venv by the real engine from the loopback mirror (typed into *Other mirrors* as
  a company mirror would be), the real smoke runner in it, Finish on a ready environment.
  On the A770 desktop the user first clicks the UHD 770 card (a GPU PyTorch does not
  support): the CPU build is offered, and clicking the Arc card leads on.
- Arrow Lake desktop on Microsoft's basic display driver: the Hardware page names the driver
  and opens Intel's download page; it goes no further.
- No GPU (only Windows' virtual adapters): nothing to install for a GPU, the CPU build's
  command is copied.

At every page: the forward button's state and text fit the page, there is always a way on or
out (an enabled Next/Install/Finish, or a fix button, and Cancel), and in Chinese no English
sentence is visible (tests/gui/english_check.py).

The one recorded part: no Intel GPU is here, so the mirror's stand-in torch replays a GPU
run's recorded runtime output (tests/data/smoke/derived_gpu_aot_ur, an AOT run) when the
smoke workload imports it; the runner, its trace reading and the verdict are the real ones.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mirror.fixtures import PYTHON, build_standard, installer_env, native_tag, publish_standard  # noqa: F401
from mirror.server import MirrorServer
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from standin_wheels import make_wheel

from app.envs.venv import venv_python
from app.flow import WINDOWS_DRIVER_PAGE, PageId
from tests.gui.english_check import english_sentences
from tests.gui.texts_check import visible_texts

SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "probe" / "windows"
SMOKE = Path(__file__).resolve().parents[1] / "data" / "smoke"
INSTALL_TIMEOUT_MS = 300_000

BUTTONS = {
    "en": {"next": "&Next >", "install": "&Install", "finish": "&Finish", "cancel": "Cancel"},
    "zh_CN": {"next": "下一步(&N) >", "install": "安装(&I)", "finish": "完成(&F)", "cancel": "取消"},
}

# -- the mirror: the standard wheels, with a torch that replays a GPU run for the smoke test ----

REPLAY = '''\
__version__ = "2.8.0+xpu"
import os as _os
import sys as _sys

# Only inside the smoke workload (the runner sets SYCL_CACHE_TRACE for it): play the recorded
# GPU run from where the workload is (importing torch) to its end, as the runtime wrote it.
if _os.environ.get("SYCL_CACHE_TRACE") and _sys.argv[0].endswith("ipex_smoke_workload.py"):
    _here = _os.path.dirname(__file__)
    for _name, _stream in (("stdout", _sys.stdout), ("stderr", _sys.stderr)):
        with open(_os.path.join(_here, "_recorded_" + _name + ".log"), encoding="utf-8") as _f:
            _stream.write(_f.read())
        _stream.flush()
    _os._exit(0)
'''


def recorded_run(name: str) -> tuple[str, str]:
    """The recorded run's output after the workload's `torch_import` begin marker (the workload
    itself printed what came before), without the file's provenance comment."""
    out = (SMOKE / f"{name}.stdout.log").read_text(encoding="utf-8").splitlines(keepends=True)
    begin = next(i for i, line in enumerate(out) if '"step": "torch_import", "event": "begin"' in line)
    err = (SMOKE / f"{name}.stderr.log").read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(out[begin + 1:]), "".join(line for line in err if not line.startswith("# DERIVED"))


@pytest.fixture(scope="module")
def walk_mirror(tmp_path_factory):
    """One loopback mirror for every walk of this module (the wheels are built once)."""
    wheels = build_standard(tmp_path_factory.mktemp("walk-wheels"))
    stdout, stderr = recorded_run("derived_gpu_aot_ur")
    wheels["torch==2.8.0+xpu"] = make_wheel(
        tmp_path_factory.mktemp("walk-torch"), "torch", "2.8.0+xpu", tag=native_tag(PYTHON),
        requires=("intel-sycl-rt==2025.1.1",),
        files={"torch/__init__.py": REPLAY.encode(), "torch/_recorded_stdout.log": stdout.encode(),
               "torch/_recorded_stderr.log": stderr.encode()})
    server = MirrorServer().start()
    publish_standard(server, wheels)
    try:
        yield server
    finally:
        server.stop()


def mirror_entries(server: MirrorServer) -> str:
    """What a user of a company mirror types into *Other mirrors*: every host the plan names."""
    return " ".join(f"{host}={server.url}" for host in
                    ("download.pytorch.org", "pytorch-extension.intel.com", "pypi.org"))


# -- what a user sees and presses -----------------------------------------------------------------

def data_values(wizard) -> list[str]:
    """Values shown as they are: GPU and driver names, build titles and ids, paths, packages."""
    from app import paths
    from app.catalog import store
    from app.env_summary import planned_packages
    from app.flow import nearest_existing_dir

    values = [str(wizard.environment.venv()), str(nearest_existing_dir(paths.downloads_dir()))]
    probe = wizard.state.probe
    for gpu in probe.gpus if probe else []:
        values += [gpu.name, gpu.family, gpu.driver.name or "", gpu.driver.version or ""]
    for build in store.load().builds:
        values += [build.title, build.id, *(step.id for step in build.steps)]
    plan = wizard.state.plan
    values += planned_packages(plan.to_json()["choice"] or {}) if plan else []
    verdict = wizard.verify.verdict or {}  # the runtime's own lines, and the params of coded ones
    values += message_data(verdict.get("advice", []) + verdict.get("evidence", []) + verdict.get("caveats", []))
    return values


def message_data(sentences: list) -> list[str]:
    """What is data in these sentences: a plain (uncoded) line whole, a coded one's params."""
    from app.messages import Message

    found: list[str] = []
    for sentence in sentences:
        if not isinstance(sentence, Message):
            found.append(str(sentence))
            continue
        found += [str(v) for v in sentence.params.values() if not isinstance(v, Message)]
        found += message_data([v for v in sentence.params.values() if isinstance(v, Message)])
    return found


def button(wizard, which: str):
    return wizard.button({"next": QWizard.NextButton, "install": QWizard.CommitButton,
                          "finish": QWizard.FinishButton, "cancel": QWizard.CancelButton,
                          "back": QWizard.BackButton}[which])


def forward(wizard):
    """The wizard's button that goes on from this page (Next, Install or Finish), as shown."""
    shown = [b for b in ("next", "install", "finish") if button(wizard, b).isVisible()]
    assert len(shown) == 1, shown
    return button(wizard, shown[0])


def look(wizard, language: str, where: str, fixes: tuple = ()) -> None:
    """The page as a user meets it: a way on (the forward button enabled) or a visible fix,
    always Cancel, and in Chinese no English sentence."""
    page = wizard.currentPage()
    assert button(wizard, "cancel").isVisible() and button(wizard, "cancel").isEnabled(), where
    assert button(wizard, "cancel").text() == BUTTONS[language]["cancel"]
    way_on = forward(wizard).isEnabled()
    offered = [f for f in fixes if f.isVisibleTo(page) and f.isEnabled()]
    assert way_on or offered, f"{where}: no way on from {type(page).__name__}"
    assert way_on == page.isComplete(), where
    if language == "zh_CN":
        skip = (wizard.install.log, wizard.welcome.language)  # raw tool output; each language names itself
        assert len(visible_texts(wizard, skip=skip)) >= 5, where
        found = english_sentences(wizard, data_values(wizard), skip=skip)
        assert found == [], f"{where}:\n" + "\n".join(found)


def press(qtbot, widget) -> None:
    """A click, as a user's: only on a visible, enabled button."""
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    if isinstance(widget, QRadioButton):  # its indicator, not the middle of a card-wide row
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_wizard(make_wizard, qtbot, language: str, snapshot: Path):
    wizard = make_wizard(language, {"windows_snapshot": str(snapshot)})
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.WELCOME
    look(wizard, language, "welcome")
    assert forward(wizard).text() == BUTTONS[language]["next"] and forward(wizard).isEnabled()
    assert not button(wizard, "back").isVisible()  # nothing to go back to on the first page
    press(qtbot, forward(wizard))
    assert wizard.currentId() == PageId.HARDWARE
    qtbot.waitUntil(lambda: wizard.state.probe is not None and not wizard.state.busy, timeout=30_000)
    return wizard


@pytest.fixture
def with_this_python(monkeypatch):
    """The recorded snapshots list display adapters only (what PowerShell gave); a live probe
    also finds the machine's Pythons. The walks' machine has the Python these tests run on, so
    the planner picks a build for it and the mirror's wheels fit, as a live probe would."""
    import sys

    from app.envs.interpreter import inspect
    from app.gui import engines

    real = engines.probe_machine

    def probe_with_python(on_event, cancel, **source):
        probe = real(on_event, cancel, **source)
        probe.pythons = [inspect(sys.executable)[0]]
        return probe

    monkeypatch.setattr(engines, "probe_machine", probe_with_python)


def no_gpu_snapshot(folder: Path) -> Path:
    """A PC whose only adapters are Windows' virtual ones (the probe skips them)."""
    path = folder / "no_gpu.json"
    path.write_text(json.dumps([{"Name": "Microsoft Basic Render Driver", "PNPDeviceID": "ROOT\\BasicRender",
                                 "DriverVersion": "10.0.22621.1", "Status": "OK"}]), encoding="utf-8")
    return path


# -- machines with a GPU PyTorch can use: to a verified environment and Finish ---------------------

GPU_MACHINES = {"a770_desktop": "ps51_desktop_uhd770_a770.utf16.json",
                "mtl_laptop": "ps51_laptop_mtlh_nvidia.utf8bom.json"}


@pytest.mark.slow
@pytest.mark.usefixtures("installer_env", "with_this_python")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("machine", list(GPU_MACHINES))
def test_a_gpu_machine_walks_to_a_ready_environment(make_wizard, qtbot, walk_mirror, tmp_path, machine, language):
    words = BUTTONS[language]
    wizard = open_wizard(make_wizard, qtbot, language, SNAPSHOTS / GPU_MACHINES[machine])

    # Hardware: the recommended GPU is selected and leads on.
    hardware = wizard.hardware
    chosen = hardware.cards[wizard.state.gpu_index]
    assert chosen.radio.isChecked() and chosen.answer_code == "native"
    assert not hardware.blocker.isVisibleTo(hardware)
    look(wizard, language, f"{machine}/hardware")
    assert forward(wizard).text() == words["next"] and forward(wizard).isEnabled()
    if machine == "a770_desktop":
        # The user clicks the UHD 770 card: PyTorch does not support it, so the CPU build is
        # offered and Next is off; clicking the Arc card leads on again.
        uhd = next(c for c in hardware.cards if c.gpu.device_id == "0x4680")
        press(qtbot, uhd.radio)
        assert uhd.answer_code == "unsupported" and hardware.blocker.isVisibleTo(hardware)
        assert hardware.cpu_command.isVisibleTo(hardware) and "whl/cpu" in hardware.cpu_command.text()
        assert not forward(wizard).isEnabled()
        look(wizard, language, f"{machine}/hardware-unsupported", (hardware.copy_cpu_button, chosen.radio))
        press(qtbot, chosen.radio)
        assert not hardware.blocker.isVisibleTo(hardware) and forward(wizard).isEnabled()
    press(qtbot, forward(wizard))

    # Build: one recommended card, AOT, good news not styled as a caution, the maintained
    # alternative offered for archived IPEX, the rest under Advanced.
    assert wizard.currentId() == PageId.BUILD
    qtbot.waitUntil(lambda: wizard.build.plan is not None and not wizard.state.busy, timeout=30_000)
    build = wizard.build
    choice = build.plan.choice
    assert choice.build_id == "ipex-2.8.10-windows" and choice.expect == "aot"
    assert build.details.isVisibleTo(build) and build.badge.text() == "AOT"
    assert build.details.title() == QCoreApplication.translate("BuildPage", "Recommended build")
    assert "8a4b00" not in build.explain.styleSheet() and not build.jit_ack.isVisibleTo(build)
    assert build.maintained_button.isVisibleTo(build) and not build.advanced_scroll.isVisibleTo(build)
    look(wizard, language, f"{machine}/build")
    assert forward(wizard).text() == words["next"]
    press(qtbot, forward(wizard))

    # Environment: where, and the company mirror; the button says Install.
    assert wizard.currentId() == PageId.ENVIRONMENT
    env = wizard.environment
    target = tmp_path / "Users" / "张三" / f"ipex {machine}"
    env.venv_path.setText(str(target))
    env.mirror.setCurrentIndex(env.mirror.findData("us"))
    env.extra_mirrors.setText(mirror_entries(walk_mirror))
    qtbot.waitUntil(lambda: env.isComplete() and not wizard.state.busy, timeout=30_000)
    assert not env.network_error.text()
    look(wizard, language, f"{machine}/environment")
    assert forward(wizard).text() == words["install"]
    press(qtbot, forward(wizard))

    # Install: no way back while it runs; it goes on to Verify by itself.
    assert wizard.currentId() == PageId.INSTALL
    assert not button(wizard, "back").isEnabled() and button(wizard, "cancel").isEnabled()
    assert PageId.INSTALL in wizard.state.busy  # running: its end comes through the event loop
    assert not forward(wizard).isEnabled()
    look(wizard, language, f"{machine}/install", (wizard.install.stop_button,))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.VERIFY or (wizard.state.install_failed
                                                                     and not wizard.state.busy),
                    timeout=INSTALL_TIMEOUT_MS)
    assert wizard.state.installed, (wizard.install.error_label.text(), wizard.install.log.toPlainText()[-3000:])
    assert venv_python(target).exists()
    assert wizard.install.result.installed["intel-extension-for-pytorch"] == "2.8.10+xpu"

    # Verify: the real smoke runner in the new venv; the recorded GPU run says AOT.
    verify = wizard.verify
    qtbot.waitUntil(lambda: wizard.state.verified and not wizard.state.busy, timeout=INSTALL_TIMEOUT_MS)
    assert verify.verdict["verdict"] == "aot", verify.verdict.get("advice")
    assert verify.verdict_label.text() and verify.next_action.text()
    look(wizard, language, f"{machine}/verify")
    assert forward(wizard).text() == words["next"]
    press(qtbot, forward(wizard))

    # Finish: ready, with the terminal and the activation commands.
    assert wizard.currentId() == PageId.FINISH
    finish = wizard.finish
    ready = QCoreApplication.translate("FinishPage", "Your environment is ready.")
    assert finish.subTitle() == ready and (language == "en") == (ready == "Your environment is ready.")
    assert (target.as_posix() if os.name == "nt" else str(target)) in finish.activate_rows.commands["bash"].text()
    look(wizard, language, f"{machine}/finish")
    assert forward(wizard).text() == words["finish"] and button(wizard, "back").isEnabled()
    press(qtbot, forward(wizard))
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Accepted


# -- machines where nothing can be installed for the GPU: a clear end -------------------------------

@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_without_the_intel_driver_the_walk_ends_at_the_driver(make_wizard, qtbot, monkeypatch, language):
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    wizard = open_wizard(make_wizard, qtbot, language, SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json")
    page = wizard.hardware
    card = page.cards[wizard.state.gpu_index]
    assert card.radio.isChecked() and card.gpu.driver.status == "unbound"
    assert card.answer_code == "native"  # as the Build page will say once the driver is in (AOT via mtl-u)
    assert "Intel Arc & Iris Xe Graphics" in card.driver_fix.text()  # what to install, by its own name
    assert page.blocker.isVisibleTo(page) and not page.cpu_command.isVisibleTo(page)
    assert forward(wizard).text() == BUTTONS[language]["next"] and not forward(wizard).isEnabled()
    look(wizard, language, "arl/hardware", (page.driver_button, page.rescan_button))
    press(qtbot, page.driver_button)  # Intel's download page, in the browser
    assert opened == [WINDOWS_DRIVER_PAGE]
    press(qtbot, page.rescan_button)  # after installing it: look again (still none here)
    qtbot.waitUntil(lambda: wizard.state.probe_ok and not wizard.state.busy, timeout=30_000)
    assert page.driver_button.isVisibleTo(page) and not forward(wizard).isEnabled()
    press(qtbot, button(wizard, "back"))  # a way out, too
    assert wizard.currentId() == PageId.WELCOME


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_without_a_gpu_the_walk_ends_with_the_cpu_build(make_wizard, qtbot, tmp_path, language):
    wizard = open_wizard(make_wizard, qtbot, language, no_gpu_snapshot(tmp_path))
    page = wizard.hardware
    assert not wizard.state.probe.gpus and not page.cards
    assert page.blocker.isVisibleTo(page) and page.cpu_command.isVisibleTo(page)
    assert not page.driver_button.isVisibleTo(page) and not forward(wizard).isEnabled()
    look(wizard, language, "no_gpu/hardware", (page.copy_cpu_button,))
    QApplication.clipboard().clear()
    press(qtbot, page.copy_cpu_button)
    assert QApplication.clipboard().text() == page.cpu_command.text()
    assert "download.pytorch.org/whl/cpu" in page.cpu_command.text()
    look(wizard, language, "no_gpu/hardware-copied", (page.copy_cpu_button,))
    press(qtbot, button(wizard, "cancel"))  # the end: nothing to install for a GPU
    assert not wizard.isVisible()
