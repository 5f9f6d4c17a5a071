#!/usr/bin/env python3
"""Render every wizard page in English and Simplified Chinese to PNG, and check each page
for empty, untranslated or clipped text.

    python installer/screenshots.py [--out docs/screenshots] [--scales 1,2] [--platform xcb|offscreen]
                                    [--states-only] [--only GLOB]

Run it with the project's venv Python. On Linux without a display it starts Xvfb (a real X
server with the system's fonts, CJK included) and uses Qt's xcb platform; `--platform
offscreen` skips X (fonts come from fontconfig all the same). Each language and scale runs in
its own process, because Qt reads the scale factor once at start-up.

The pages show real states: the real probe on a recorded machine (Core i7 desktop with UHD 770
and Arc A770, a PowerShell snapshot), the real planner, then a real install from the tests'
loopback mirror into a temporary venv (the mirror's plan has the planner's IPEX 2.8.10 packages
with 127.0.0.1 URLs), the real smoke test in a real Intel SYCL runtime on the CPU (from PyPI,
cached by tests/runtimes.py; it gives a real JIT verdict) and the Finish page, and a real failed
download. Then every named state of tests/gui/wizard_states.py (each recorded machine on
Hardware, the Build answers, every install failure with its fixes, every verdict, Finish), the
table tests/gui/test_wizard_states.py checks; `--states-only` renders just those (seconds, no
install), `--only` those whose name matches. docs/screenshots/INDEX.md lists every picture.
Only scale 1 is saved; other scales are checked.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "data" / "probe" / "windows" / "ps51_desktop_uhd770_a770.utf16.json"
BASIC_DISPLAY = ROOT / "tests" / "data" / "probe" / "windows" / "ps51_arl_s_basic_display.utf16.json"
# The main path with a real install (the names of its pictures, and what they show); the named
# states of tests/gui/wizard_states.py follow it.
MAIN_PATH = [
    ("1-welcome", "main path: Welcome"),
    ("2-hardware", "main path: Hardware, Arc A770 desktop (real probe of the recorded snapshot)"),
    ("3-build", "main path: Build, the planner's AOT pick"),
    ("4-environment", "main path: Environment"),
    ("5-install", "main path: Install, a real download under way from the loopback mirror"),
    ("6-verify", "main path: Verify, the real SYCL runtime's verdict (JIT on the CPU)"),
    ("7-finish", "main path: Finish"),
    ("5-install-failed", "a real failed download (the server answers 404) with its fixes"),
]
# Support mode, opening bundles written from real states (render_support).
SUPPORT_STATES = [
    ("8-support-hardware", "support mode: a bundle's hardware (that computer, read-only)"),
    ("8-support-build", "support mode: what this version would choose for that computer"),
    ("8-support-aot", "support mode: a bundle from a verified AOT install (plan, install, verdict, doctor)"),
    ("8-support-failed", "support mode: a bundle from a failed install (its step, sentence and English)"),
    ("8-support-jit", "support mode: a JIT verdict and the doctor's error"),
    ("8-support-old", "support mode: an older bundle, and what it lacks"),
    ("8-support-no-device", "support mode: a GPU test that found no GPU, and what to ask the user to do"),
]
XCB_PACKAGES = ("xvfb libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
                "libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 fonts-noto-cjk")


# ---- parent: display, one child per (language, scale) ------------------------------------

def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    if not shutil.which("Xvfb"):
        return None, None
    for number in range(91, 120):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "2600x2000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return proc, f":{number}"
            time.sleep(0.1)
        proc.kill()
    return None, None


def run_children(args) -> int:
    env = dict(os.environ)
    xvfb = None
    platform = args.platform
    if platform == "xcb" and sys.platform.startswith("linux") and not env.get("DISPLAY"):
        xvfb, display = start_xvfb()
        if display is None:
            print("[shots] Xvfb is not installed; using the offscreen platform. For X rendering: "
                  f"apt-get install {XCB_PACKAGES}")
            platform = "offscreen"
        else:
            env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = platform
    failures = 0
    try:
        for scale in args.scales:
            for language in ("en", "zh_CN"):
                env["QT_SCALE_FACTOR"] = str(scale)
                cmd = [sys.executable, __file__, "--child", "--language", language, "--scale", str(scale),
                       "--out", str(args.out), "--only", args.only] + (["--save-scaled"] if args.save_scaled else []) \
                    + (["--states-only"] if args.states_only else [])
                result = subprocess.run(cmd, env=env, cwd=ROOT)
                if result.returncode == 3 and platform == "xcb":
                    print(f"[shots] Qt's xcb platform did not start; install: apt-get install {XCB_PACKAGES}")
                failures += result.returncode != 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    return 1 if failures else 0


# ---- child: drive the wizard, grab and check every page ----------------------------------

def wait_until(app, condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not reach the expected state in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def isolated_install_env(tmp: Path) -> None:
    """pip and uv as on a clean machine (as tests/mirror's installer_env), user dirs in tmp."""
    os.environ["PIP_CONFIG_FILE"] = os.devnull
    os.environ["UV_NO_CONFIG"] = "1"
    os.environ.setdefault("UV_CACHE_DIR", str(Path.home() / ".cache" / "ipex-aot-installer-tests" / "uv"))
    for name in ("DATA", "CACHE", "LOG"):
        os.environ[f"IPEX_INSTALLER_{name}_DIR"] = str(tmp / name.lower())


def verify_with_real_runtime(app, wizard) -> None:
    """Run the Verify page again in the tests' real Intel SYCL runtime (CPU device, from PyPI,
    cached by tests/runtimes.py), so that the picture shows a real verdict with the runtime's
    own evidence lines. The loopback install above holds a stand-in torch that sees no GPU."""
    import runtimes

    try:
        venv = runtimes.ur_runtime()
    except BaseException as exc:  # noqa: BLE001 - pytest.skip when PyPI is out of reach
        print(f"[shots] no real SYCL runtime ({exc}); the Verify picture shows the stand-in's verdict")
        return
    wizard.state.settings.venv = venv  # the test reads the shared state, as after an install
    wizard.verify.start_smoke()
    wait_until(app, lambda: wizard.state.verified, timeout=900)
    print(f"[shots] Verify page in the real SYCL runtime: verdict {(wizard.verify.verdict or {}).get('verdict')}")


def child(args) -> int:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    tmp = Path(tempfile.mkdtemp(prefix="ipex-shots-"))
    isolated_install_env(tmp)
    from gui.texts_check import clipped, problems
    from mirror.fixtures import build_standard, make_plan, native_tag, publish_standard
    from mirror.server import MirrorServer
    from mirror.wheels import build_wheel
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app.gui.app import create_app, create_wizard

    try:
        app = create_app()
    except Exception as exc:  # noqa: BLE001 - report and let the parent explain
        print(f"[shots] Qt could not start: {exc}")
        return 3
    if QApplication.instance() is None:
        return 3
    wizard = None  # the main path's wizard, which shot() grabs unless given another
    issues: list[str] = []
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def shot(name: str, shown=None) -> None:
        settle(app)
        window = shown or wizard
        page = window.currentPage()
        found = problems(page, args.language) + clipped(window)
        issues.extend(f"{name}: {p}" for p in found)
        if args.scale == 1 or args.save_scaled:
            # 256 colours without dithering: text stays crisp and the files stay small.
            image = window.grab().toImage().convertToFormat(
                QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AvoidDither)
            suffix = "" if args.scale == 1 else f"-x{args.scale:g}"
            path = out / f"{name}-{args.language}{suffix}.png"
            image.save(str(path), "PNG", 9)
        print(f"[shots] {args.language} x{args.scale} {name}: {'ok' if not found else found}")

    checks = network_checks_on_loopback()
    if args.states_only:
        render_table(app, args, shot, tmp)
        render_support(app, args, shot, tmp)
        checks.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        return report(issues)
    wizard = create_wizard(args.language, {"windows_snapshot": str(SNAPSHOT)})
    wizard.show()
    settle(app)
    server = MirrorServer().start()
    try:
        wheels = build_standard(tmp / "wheels")
        # A torch wheel of some size on a throttled link, so Install shows a download under way.
        big = build_wheel(tmp / "big", "torch", "2.8.0+xpu", tag=native_tag(), padding=6_000_000)
        wheels["torch==2.8.0+xpu"] = big
        publish_standard(server, wheels)
        server.fault(f"/whl/{big.name}", rate=1_000_000)

        shot("1-welcome")
        wizard.next()
        wait_until(app, lambda: wizard.hardware.probe is not None and not wizard.state.busy)
        shot("2-hardware")
        wizard.next()
        wait_until(app, lambda: wizard.build.plan is not None and not wizard.build.newer_runner.is_running())
        shot("3-build")

        class _Mirror:
            pass

        m = _Mirror()
        m.server, m.wheels, m.python = server, wheels, f"{sys.version_info[0]}.{sys.version_info[1]}"
        wizard.build.show_plan(make_plan(m))
        wizard.next()
        wizard.environment.venv_path.setText(str(tmp / "ipex-xpu-venv"))
        wait_until(app, lambda: wizard.environment.isComplete() and wizard.environment.timed is not None)
        shot("4-environment")
        wizard.next()
        wait_until(app, lambda: getattr(wizard.install._overall, "eta", None) is not None)  # the time left shows
        shot("5-install")
        wait_until(app, lambda: wizard.state.verified, timeout=600)
        verify_with_real_runtime(app, wizard)
        shot("6-verify")
        wizard.state.settings.venv = tmp / "ipex-xpu-venv"
        wizard.next()
        shot("7-finish")
        wizard.shutdown()

        # A failure and its fix, for real: the server answers 404 for torch; the page offers
        # China servers, a proxy and Retry (tests/gui/test_flow_states.py presses them).
        os.environ["IPEX_INSTALLER_CACHE_DIR"] = str(tmp / "cache-2")  # downloads again, so the 404 is met
        wizard = create_wizard(args.language, {"windows_snapshot": str(SNAPSHOT)})
        wizard.show()
        wizard.next()
        wait_until(app, lambda: wizard.hardware.probe is not None and not wizard.state.busy)
        wizard.next()
        wait_until(app, lambda: wizard.build.plan is not None and not wizard.state.busy)
        wizard.build.show_plan(make_plan(m))
        wizard.next()
        wizard.environment.venv_path.setText(str(tmp / "second-venv"))
        wizard.environment.mirror.setCurrentIndex(wizard.environment.mirror.findData("us"))
        wait_until(app, wizard.environment.isComplete)
        server.clear_faults()
        server.fault(f"/whl/{big.name}", statuses=[404] * 50)
        wizard.next()
        wait_until(app, lambda: wizard.state.install_failed and not wizard.state.busy)
        shot("5-install-failed")
        wizard.shutdown()
        wizard = None
        render_table(app, args, shot, tmp)
        render_support(app, args, shot, tmp)
    finally:
        if wizard is not None:
            wizard.shutdown()
        server.stop()
        checks.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return report(issues)


def network_checks_on_loopback():
    """The wizard's own network checks, in every picture, on a loopback mirror: Intel's two
    regions' index pages to time (China the slower) and a PyTorch index that has a torch series
    newer than the catalog (the line under the Build page's card)."""
    from mirror.server import MirrorServer

    from app.gui.pages.build_page import BuildPage
    from app.gui.pages.environment_page import EnvironmentPage

    server = MirrorServer().start()
    EnvironmentPage.probe_urls = {r: server.add_file(f"/release-whl/stable/xpu/{r}/index.html", bytes(65536))
                                  for r in ("us", "cn")}
    server.fault("/release-whl/stable/xpu/cn/index.html", rate=80_000)
    server.publish_bytes("torch-2.15.0+xpu-cp312-cp312-win_amd64.whl", b"newer", "pytorch")
    BuildPage.newer_index = server.pytorch_index()
    return server


def report(issues: list[str]) -> int:
    for line in issues:
        print("[shots] PROBLEM", line)
    return 1 if issues else 0


def render_table(app, args, shot, tmp: Path) -> None:
    """Every named state of tests/gui/wizard_states.py (the table the GUI tests check), each
    on a fresh wizard in this one application; engine stand-ins are undone after each state."""
    import fnmatch

    from gui.wizard_states import STATES, Driver

    from app.gui.app import create_wizard

    for number, state in enumerate(STATES):
        if not fnmatch.fnmatch(state.name, args.only):
            continue
        made, patched = [], []

        def make(language, source, made=made):
            made.append(create_wizard(language, source))
            return made[-1]

        def patch(obj, name, value, patched=patched):
            patched.append((obj, name, getattr(obj, name)))
            setattr(obj, name, value)

        folder = tmp / f"state-{number}"
        folder.mkdir()
        driver = Driver(args.language, make, lambda cond, ms: wait_until(app, cond, ms / 1000), patch, folder)
        try:
            wizard = state.reach(driver)
            shot(state.name, wizard)
        finally:
            for wizard in made:
                wizard.shutdown()
                wizard.hide()
                wizard.deleteLater()
            for obj, name, old in reversed(patched):
                setattr(obj, name, old)
            settle(app, 0.05)


def write_index(out: Path) -> None:
    """docs/screenshots/INDEX.md: every picture, by state, in both languages."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from gui.wizard_states import STATES

    rows = [(name, what) for name, what in MAIN_PATH] + [(s.name, s.what) for s in STATES] + SUPPORT_STATES
    lines = ["# Screenshots, every state", "",
             "Rendered by `installer/screenshots.py` (the main path with a real install, then every state of "
             "`tests/gui/wizard_states.py`, which `tests/gui/test_wizard_states.py` checks in both languages).", "",
             "| state | what it shows | English | 简体中文 |", "|---|---|---|---|"]
    for name, what in rows:
        cells = [f"[{lang}]({name}-{lang}.png)" if (out / f"{name}-{lang}.png").is_file() else "-"
                 for lang in ("en", "zh_CN")]
        lines.append(f"| `{name}` | {what} | {cells[0]} | {cells[1]} |")
    (out / "INDEX.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_support(app, args, shot, tmp: Path) -> None:
    """Support mode with bundles the real writer made from real states (tests/support_bundles.py:
    a verified AOT install, a failed one, a JIT verdict with a doctor's error, an older bundle
    missing parts, from real installs off a loopback mirror of its own), each on a fresh wizard."""
    import fnmatch

    import support_bundles
    from mirror.fixtures import Mirror, build_standard, publish_standard
    from mirror.server import MirrorServer

    from app.gui.app import create_wizard

    if not any(fnmatch.fnmatch(name, args.only) for name, _ in SUPPORT_STATES):
        return

    def pick(name: str, wizard) -> None:
        if fnmatch.fnmatch(name, args.only):
            shot(name, wizard)

    server = MirrorServer().start()
    try:
        wheels = build_standard(tmp / "support-wheels")
        publish_standard(server, wheels)
        bundles = support_bundles.build_all(tmp / "support", Mirror(server, wheels))
    finally:
        server.stop()
    for kind in ("aot", "failed", "jit", "old", "no_device"):
        wizard = create_wizard(args.language)
        wizard.show()
        wizard.open_support_file(bundles[kind])
        if kind == "aot":
            pick("8-support-hardware", wizard)
        wizard.next()
        wait_until(app, lambda w=wizard: w.build.plan is not None and not w.state.busy)
        if kind == "aot":
            pick("8-support-build", wizard)
        wizard.next()
        wizard.support.details_button.setChecked(kind == "failed")  # the English original, on demand
        pick(f"8-support-{kind.replace('_', '-')}", wizard)
        wizard.shutdown()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scales", default="1,2", help="comma-separated scale factors (1 = 100%%)")
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--save-scaled", action="store_true", help="also save the pictures of scales other than 1")
    parser.add_argument("--states-only", action="store_true",
                        help="only the named states (tests/gui/wizard_states.py), not the main path's real install")
    parser.add_argument("--only", default="*", help="render only the named states matching this glob")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--language", default="en", help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    args.scales = [float(s) if "." in s else int(s) for s in args.scales.split(",")]
    status = run_children(args)
    write_index(Path(args.out))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
