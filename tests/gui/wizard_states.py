"""The wizard's states, by name: one table that installer/screenshots.py renders and
tests/gui/test_wizard_states.py checks (no English in Chinese mode, no Qt warning), so the
pictures and the tests cover the same states.

Each state is reached the way a user gets there: a fresh wizard on a recorded machine (the
PowerShell snapshots in tests/data/probe/windows, read by the real probe), the real planner,
Next page by page. The two long tasks are the only stand-ins, each giving what the core
gives: the install raises the error the core raises for that failure (made by the core's own
functions: the real downloader against a closed loopback port, fs_errors, step_errors.explain
on uv's wording, the venv lock's error), or succeeds (creating the venv folder); the GPU test
returns the classifier's verdict on a recorded runtime log (tests/data/smoke), or is stopped,
or is the real one (it cannot run in that empty folder).

To add a state: write a function that takes a Driver and returns the wizard on the page to
show, and add a State row to STATES. Names sort the pictures: <page number>-<page>-<state>.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "data" / "probe" / "windows"
SMOKE = ROOT / "tests" / "data" / "smoke"
MACHINES = {  # recorded machines (tests/data/probe/windows/README.md)
    "a770": SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json",  # UHD 770 (not supported) + Arc A770
    "mtl": SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json",  # Core Ultra MTL-H + NVIDIA
    "arl_basic": SNAPSHOTS / "ps51_arl_s_basic_display.utf16.json",  # Arrow Lake on Microsoft's basic driver
    "flex_old": SNAPSHOTS / "ps51_server_aspeed_flex170.utf8.json",  # Flex 170 with an old driver
    "b580": SNAPSHOTS / "ps7_desktop_b580.utf8.json",  # Arc B580, PowerShell 7
}
TIMEOUT_MS = 60_000


class Driver:
    """What a state needs from whoever renders or tests it: a way to make a shown wizard, to
    wait with the event loop running, to replace an attribute for this state only, and a
    scratch folder. pytest gives qtbot and monkeypatch; the screenshot script its own."""

    def __init__(self, language: str, make_wizard: Callable[[str, dict | None], Any],
                 wait_until: Callable[[Callable[[], bool], int], None],
                 patch: Callable[[Any, str, Any], None], tmp: Path):
        self.language = language
        self._make_wizard = make_wizard
        self.wait_until = wait_until
        self.patch = patch
        self.tmp = tmp

    def wizard(self, snapshot: Path | None):
        source = {"windows_snapshot": str(snapshot)} if snapshot is not None else None
        wizard = self._make_wizard(self.language, source)
        wizard.show()
        return wizard


@dataclass(frozen=True)
class State:
    name: str  # the picture's file name without language and extension
    page: int  # app.flow.PageId the state shows
    what: str  # one line for docs/screenshots/INDEX.md
    reach: Callable[[Driver], Any]  # returns the wizard showing the state


def shown_data(wizard) -> list[str]:
    """Values a state shows verbatim (the params of the error or verdict it gave the page)."""
    return list(getattr(wizard, "shown_data", []))


# ---- walking the pages ------------------------------------------------------------------

def to_hardware(d: Driver, machine: str | None, without: str | None = None):
    """The Hardware page after the real probe of a recorded machine (None: no GPU at all).
    `without` leaves out the adapters whose PNPDeviceID has it: a machine made from a recorded
    one (the A770 desktop without its A770 has only a GPU no build supports)."""
    snapshot = MACHINES[machine] if machine else _no_gpu_snapshot(d.tmp)
    if without:
        snapshot = _snapshot_without(snapshot, without, d.tmp)
    wizard = d.wizard(snapshot)
    wizard.next()
    d.wait_until(lambda: wizard.hardware.probe is not None and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def _snapshot_without(snapshot: Path, device: str, tmp: Path) -> Path:
    """The recorded snapshot without some adapters, written as PowerShell 7 would (UTF-8)."""
    from app.probe.windows import decode_snapshot

    records = json.loads(decode_snapshot(snapshot.read_bytes()))
    records = [r for r in (records if isinstance(records, list) else [records])
               if device.lower() not in str(r.get("PNPDeviceID", "")).lower()]
    path = tmp / f"without-{device}-{snapshot.name}"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    return path


def to_build(d: Driver, machine: str = "a770"):
    wizard = to_hardware(d, machine)
    assert wizard.hardware.isComplete(), f"{machine}: the Hardware page does not lead on"
    wizard.next()
    d.wait_until(lambda: wizard.build.plan is not None and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def to_environment(d: Driver, machine: str = "a770"):
    wizard = to_build(d, machine)
    wizard.next()
    env = wizard.environment
    env.venv_path.setText(str(d.tmp / "ipex-xpu-venv"))
    env.mirror.setCurrentIndex(env.mirror.findData("us"))  # the same server in every picture
    d.wait_until(lambda: env.isComplete() and not env.timing_runner.is_running(), TIMEOUT_MS)
    return wizard


def install_failing_with(d: Driver, error: Exception, step: str | None = "download"):
    """The Install page after the core raised `error` in `step` (the steps before it done;
    None: before the first step, as the venv lock is taken)."""
    from app.events import StepFinished, StepStarted
    from app.gui import engines
    from app.install_progress import planned_steps

    def failing_install(plan, options, on_event, cancel):
        if step is None:
            raise error
        for earlier in planned_steps(plan.to_json(), False):
            if earlier == step:
                break
            if earlier != "snapshot":
                on_event(StepStarted(earlier))
                on_event(StepFinished(earlier, ok=True))
        on_event(StepStarted(step))
        raise error

    d.patch(engines, "install", failing_install)
    wizard = to_environment(d)
    wizard.next()
    d.wait_until(lambda: wizard.state.install_failed and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def install_stopped(d: Driver):
    """The Install page after the user pressed Stop and confirmed."""
    from PySide6.QtWidgets import QMessageBox

    from app.errors import Cancelled
    from app.events import StepFinished, StepStarted
    from app.gui import engines

    def install_until_stopped(plan, options, on_event, cancel):
        on_event(StepStarted("python"))
        on_event(StepFinished("python", ok=True))
        on_event(StepStarted("download"))
        cancel.wait(TIMEOUT_MS / 1000)
        raise Cancelled()

    d.patch(engines, "install", install_until_stopped)
    d.patch(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard = to_environment(d)
    wizard.next()
    d.wait_until(wizard.install.stop_button.isVisible, TIMEOUT_MS)
    wizard.install.stop_button.click()
    d.wait_until(lambda: not wizard.state.busy and wizard.install.was_cancelled, TIMEOUT_MS)
    return wizard


def to_verify(d: Driver, verdict: str | None = None, *, real_smoke: bool = False, stop: bool = False,
              machine: str = "a770"):
    """The Verify page after an install (it creates the venv folder, empty) and the GPU test,
    which returns the recorded `verdict`, or is stopped by the user, or is the real one."""
    from app.errors import Cancelled
    from app.gui import engines

    def install(plan, options, on_event, cancel):
        Path(options.venv).mkdir(parents=True, exist_ok=True)
        return None

    def smoke(venv, probe, gpu_index, on_event, cancel):
        if stop:
            cancel.wait(TIMEOUT_MS / 1000)
            raise Cancelled()
        return recorded_verdicts()[verdict]

    d.patch(engines, "install", install)
    if not real_smoke:
        d.patch(engines, "smoke", smoke)
    wizard = to_environment(d, machine)
    wizard.next()
    if stop:
        d.wait_until(wizard.verify.stop_button.isVisible, TIMEOUT_MS)
        wizard.verify.stop_button.click()
    d.wait_until(lambda: wizard.state.verified and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def to_finish(d: Driver, verdict: str | None = None, **how):
    wizard = to_verify(d, verdict, **how)
    wizard.next()
    return wizard


# ---- what the core gives --------------------------------------------------------------------

RECORDED_RUNS = {  # recorded runtime logs -> the verdict the real classifier gives them
    "aot": "derived_gpu_aot_ur", "mixed": "derived_gpu_mixed_ur", "cached": "ur2026_cachehit",
    "jit": "ur2026_cold", "unknown": "pi2024_cachehit", "failed": "ur2026_pi_trace_set",
}
VERDICTS = ("aot", "cached", "mixed", "jit", "unknown", "failed", "no_device")


def recorded_verdicts() -> dict[str, dict]:
    """Every verdict (app.smoke.classify's list), made by the core from recorded runs, and
    no_device from the workload's own report of a torch that sees no GPU, through the runner's
    rules."""
    from app.smoke import runner
    from app.smoke.classify import VERDICTS as CORE_VERDICTS
    from app.smoke.classify import TraceScanner, classify_text

    found = {}
    for verdict, name in RECORDED_RUNS.items():
        text = (SMOKE / f"{name}.stdout.log").read_text(encoding="utf-8")
        text += (SMOKE / f"{name}.stderr.log").read_text(encoding="utf-8")
        found[verdict] = classify_text(text)
        assert found[verdict]["verdict"] == verdict, name
    scanner = TraceScanner()
    scanner.feed_text('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_import", "ok": true, '
                      '"torch_xpu_version": "20250101"}\n'
                      '@@IPEX-SMOKE@@ {"event": "end", "step": "xpu_device", "ok": true, "available": false}\n'
                      '@@IPEX-SMOKE@@ {"event": "end", "step": "sycl_import", "ok": true, "device_type": "cpu"}\n')
    out = scanner.verdict(None)
    runner._apply_workload_outcome(out, scanner, None, False, {"stopped_on_jit": False}, 60, None)
    assert out["verdict"] == "no_device"
    found["no_device"] = out
    assert set(found) == set(CORE_VERDICTS) == set(VERDICTS), (set(found), CORE_VERDICTS)
    return found


VENV = "D:\\envs\\ipex"
LONG_VENV = "C:\\Users\\张三\\Documents\\" + "\\".join(["My Projects With Long Names"] * 8) + "\\ipex-xpu-venv"
TORCH_URL = "https://download.pytorch.org/whl/xpu/torch-2.8.0%2Bxpu-cp311-cp311-win_amd64.whl"
UV_OUTPUT = {  # in uv's wording, which step_errors reads (tests/integration/test_step_errors.py: real uv)
    "hash": "error: Failed to download `torch==2.8.0+xpu`\n  cause: Hash mismatch for `torch==2.8.0+xpu`",
    "resolve": "error: No solution found when resolving dependencies\n  cause: Because there is no version of "
               "intel-extension-for-pytorch==2.8.10+xpu and you require intel-extension-for-pytorch==2.8.10+xpu, "
               "we can conclude that your requirements are unsatisfiable.",
    "network": "error: Failed to download `torch==2.8.0+xpu`\n  cause: error sending request for url "
               "(https://download.pytorch.org/whl/xpu/torch-2.8.0%2Bxpu-cp311-cp311-win_amd64.whl)",
}


def unreachable_download(tmp: Path) -> Exception:
    """The real downloader against a loopback port nothing listens on: the error a user
    behind a blocked network gets after its retries."""
    import socket

    from app.errors import AppError
    from app.fetch.download import download

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: connections are refused
    try:
        download(f"http://127.0.0.1:{port}/whl/torch-2.8.0+xpu-cp311-cp311-win_amd64.whl", tmp / "dl",
                 retries=2, backoff=0.01, connect_timeout=2)
    except AppError as exc:
        return exc
    raise AssertionError("a download from a closed port succeeded")


def install_errors(tmp: Path) -> dict[str, Exception]:
    """Install failures as the core raises them, by state name."""
    from app import fs_errors
    from app.envs.runlock import VenvBusy
    from app.fetch import guard
    from app.fetch.download import http_error
    from app.install.step_errors import explain

    return {
        "download-404": http_error(404, "Not Found", TORCH_URL),
        "download-unreachable": unreachable_download(tmp),
        "download-stalled": guard.stalled("torch-2.8.0+xpu-cp311-cp311-win_amd64.whl", TORCH_URL, 60),
        "hash-mismatch": explain("uv", "pytorch", 1, UV_OUTPUT["hash"], VENV),
        "uv-network": explain("uv", "pytorch", 1, UV_OUTPUT["network"], VENV),
        "resolve-failed": explain("uv", "ipex", 1, UV_OUTPUT["resolve"], VENV),
        "disk-full": fs_errors.error("full", VENV, partial_removed=True),
        "path-too-long": fs_errors.error("too_long", LONG_VENV),
        "folder-unwritable": fs_errors.error("unwritable", VENV, partial_removed=False),
        "venv-busy": VenvBusy("busy", code="venv_busy", params={"venv": VENV, "pid": 4242,
                                                               "program": "ipex-aot-installer", "started": "10:01"}),
    }


INSTALL_FAILURE_STEPS = {  # the step each failure stops (app.install_progress.planned_steps); else download
    "hash-mismatch": "install:pytorch", "uv-network": "install:pytorch", "resolve-failed": "install:ipex",
    "disk-full": "install:pytorch", "venv-busy": None, "path-too-long": "venv", "folder-unwritable": "venv"}


def _install_failure(name: str) -> Callable[[Driver], Any]:
    def reach(d: Driver):
        error = install_errors(d.tmp)[name]
        wizard = install_failing_with(d, error, INSTALL_FAILURE_STEPS.get(name, "download"))
        wizard.shown_data = [str(v) for v in (getattr(error, "params", None) or {}).values()]
        return wizard
    return reach


def _no_gpu_snapshot(tmp: Path) -> Path:
    """A machine with no GPU: Windows lists only its virtual adapters, which the probe skips."""
    path = tmp / "no_gpu.json"
    path.write_text(json.dumps([{"Name": "Microsoft Basic Render Driver", "PNPDeviceID": "ROOT\\BasicRender",
                                 "DriverVersion": "10.0.22621.1", "Status": "OK"}]), encoding="utf-8")
    return path


def _jit_pick(d: Driver):
    """A JIT-only build chosen under Advanced (the B580 with IPEX 2.5.10's ARL build): the card
    asks for the confirmation, in view."""
    wizard = to_build(d, "b580")
    page = wizard.build
    page.advanced_button.click()
    rows = [i for i, c in enumerate(page._options()) if c.expect == "jit"]
    page.builds.setCurrentRow(rows[0])
    return wizard


def _no_upstream_python(d: Driver):
    """The A770 desktop with only Python 3.8 found: IPEX's archived builds have wheels for it,
    upstream PyTorch XPU none, so no button to it; one calm sentence says so under the note."""
    from app.envs.python_info import PythonInfo

    wizard = to_hardware(d, "a770")
    wizard.state.probe.pythons[:] = [PythonInfo(path=r"C:\Python38\python.exe", version="3.8.10", bits=64,
                                                source="registry")]
    wizard.next()
    d.wait_until(lambda: wizard.build.plan is not None and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def _nothing_fits(d: Driver):
    """Advanced with a version pin no build has: the page says nothing fits, and why."""
    wizard = to_build(d, "a770")
    page = wizard.build
    page.advanced_button.click()
    page.ipex_pin.setText("1.0")
    page.replan_button.click()
    d.wait_until(lambda: page.plan is not None and not wizard.state.busy, TIMEOUT_MS)
    return wizard


def _verdict(verdict: str) -> Callable[[Driver], Any]:
    def reach(d: Driver):
        wizard = to_verify(d, verdict)
        wizard.shown_data = _verdict_data(recorded_verdicts()[verdict])
        return wizard
    return reach


def _verdict_data(result: dict) -> list[str]:
    """The runtime's own lines (evidence) and the params of coded sentences: data."""
    from app.messages import Message

    raw = [line for line in result.get("evidence", []) if not isinstance(line, Message)]
    return raw + _params(result.get("advice", []) + result.get("evidence", []) + result.get("caveats", []))


def _params(sentences: list) -> list[str]:
    from app.messages import Message

    found: list[str] = []
    for sentence in sentences:
        if isinstance(sentence, Message):
            found += [str(v) for v in sentence.params.values() if not isinstance(v, Message)]
            found += _params([v for v in sentence.params.values() if isinstance(v, Message)])
    return found


def _verify_error(d: Driver):
    """The real GPU test on an environment without its Python: it cannot run, and says why."""
    wizard = to_verify(d, real_smoke=True)
    wizard.shown_data = [str(d.tmp / "ipex-xpu-venv"), "python.exe", "python"]  # the file it looked for
    return wizard


def _unsafe_folder(d: Driver):
    """A folder whose name bash would run as a command: the core's sentence, Next disabled."""
    wizard = to_environment(d)
    env = wizard.environment
    folder = d.tmp / "ipex$(whoami)"
    env.venv_path.setText(str(folder))
    assert not env.isComplete(), "the page let an unsafe folder through"
    wizard.shown_data = [str(folder), "$"]
    return wizard


def _with_page(page: str) -> int:
    from app.flow import PageId

    return int(PageId[page.upper()])


STATES: list[State] = [
    # Hardware: every recorded machine
    State("2-hardware-a770", _with_page("hardware"), "Arc A770 desktop (and its UHD 770, not supported)",
          lambda d: to_hardware(d, "a770")),
    State("2-hardware-mtl", _with_page("hardware"), "Meteor Lake laptop (and its NVIDIA GPU)",
          lambda d: to_hardware(d, "mtl")),
    State("2-hardware-b580", _with_page("hardware"), "Arc B580 desktop (PowerShell 7 snapshot)",
          lambda d: to_hardware(d, "b580")),
    State("2-hardware-flex-old-driver", _with_page("hardware"), "Flex 170 server with an old driver",
          lambda d: to_hardware(d, "flex_old")),
    State("2-hardware-no-driver", _with_page("hardware"), "Arrow Lake on Microsoft's basic display driver: stops here",
          lambda d: to_hardware(d, "arl_basic")),
    State("2-hardware-unsupported", _with_page("hardware"), "only a GPU no build supports (the UHD 770): CPU build",
          lambda d: to_hardware(d, "a770", without="DEV_56A0")),
    State("2-hardware-no-gpu", _with_page("hardware"), "no GPU at all: nothing to install, the CPU build",
          lambda d: to_hardware(d, None)),
    # Build
    State("3-build-aot", _with_page("build"), "AOT pick (archived IPEX: the maintained alternative offered)",
          lambda d: to_build(d, "a770")),
    State("3-build-archived-no-upstream", _with_page("build"),
          "archived IPEX pick and no upstream build for this Python (3.8): no button, one calm sentence",
          _no_upstream_python),
    State("3-build-jit-confirm", _with_page("build"), "a JIT build chosen: the confirmation in view",
          _jit_pick),
    State("3-build-nothing-fits", _with_page("build"), "no build fits the pins: nothing to install, and why",
          _nothing_fits),
    # Environment
    State("4-environment-unsafe-folder", _with_page("environment"),
          "a folder name the activation scripts would run ($): refused inline, Next disabled", _unsafe_folder),
    # Install: every failure the flow knows (app.flow.failure_kind), and Stop
    *(State(f"5-install-{name}", _with_page("install"), f"install failed: {name}", _install_failure(name))
      for name in ("download-404", "download-unreachable", "download-stalled", "hash-mismatch", "uv-network",
                   "resolve-failed", "disk-full", "path-too-long", "folder-unwritable", "venv-busy")),
    State("5-install-stopped", _with_page("install"), "install stopped by the user", install_stopped),
    # Verify: every verdict, a test that could not run, a stopped test
    *(State(f"6-verify-{v}", _with_page("verify"), f"verdict {v}", _verdict(v)) for v in VERDICTS),
    State("6-verify-error", _with_page("verify"), "the GPU test could not run", _verify_error),
    State("6-verify-stopped", _with_page("verify"), "the GPU test stopped before a verdict",
          lambda d: to_verify(d, stop=True)),
    # Finish
    State("7-finish-ready", _with_page("finish"), "ready (after an AOT verdict)", lambda d: to_finish(d, "aot")),
    State("7-finish-ready-jit", _with_page("finish"), "ready after a JIT verdict: where the cache is",
          lambda d: to_finish(d, "jit")),
    State("7-finish-not-working", _with_page("finish"), "not ready: the GPU test saw no GPU",
          lambda d: to_finish(d, "no_device")),
    State("7-finish-untested", _with_page("finish"), "the test was stopped before a verdict",
          lambda d: to_finish(d, stop=True)),
]


def by_name(name: str) -> State:
    return next(s for s in STATES if s.name == name)
