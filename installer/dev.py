#!/usr/bin/env python3
"""Developer commands that work on a machine with nothing but python3 (>= 3.11).

    python3 installer/dev.py run  [ARGS...]   set up .venv if needed, then run the app
    python3 installer/dev.py test [PYTEST ARGS...]   set up .venv and system libs, run all tests
                                               (on Linux, then the Windows lane under Wine)
    python3 installer/dev.py test-windows [--suite build|core|gui|py312]   only the Windows lane
    python3 installer/dev.py test-windows --suite core -- tests/core/test_x.py [-k EXPR]
                                               chosen tests under Wine (pytest args after --)
    python3 installer/dev.py bench             run the benchmarks and print their figures
    python3 installer/dev.py build [--onefile] build the double-click app into dist/ and self-test it

Set-up is idempotent: .venv is (re)built only when missing or when pyproject.toml changed.
Standard library only, because it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # app.hostos (standard library only) says where a venv keeps its Python
from app import hostos  # noqa: E402

VENV = Path(os.environ.get("IPEX_DEV_VENV", ROOT / ".venv"))
STAMP = VENV / ".dev-stamp"
MIN_PYTHON = (3, 11)
# One environment for every command, so switching between run, test, bench and build never
# reinstalls (the frozen-build test needs PyInstaller; the benchmarks need torchruntime).
DEV_EXTRAS = "test,build,bench"

# Shared libraries Qt needs on Linux, mapped to the Debian package that provides each.
QT_SYSTEM_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    # Qt's xcb platform (real windows under Xvfb for screenshots) needs these as well.
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
}
# Tools and fonts the test suite uses: Xvfb for the screenshot test, CJK fonts so Chinese
# text renders (and is measured) like on a user's machine.
TEST_SYSTEM_PACKAGES = {
    "Xvfb": "xvfb",
    "fc-list": "fontconfig",
}
CJK_FONT_PACKAGE = "fonts-noto-cjk"


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def venv_python() -> Path:
    return hostos.venv_python(VENV)


def wanted_stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return f"{sys.version_info[0]}.{sys.version_info[1]} {extras} {digest}"


def check_python() -> None:
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"[dev] Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed; this is "
            f"{sys.version.split()[0]}. Run this script with a newer python3."
        )


def ensure_venv(extras: str) -> Path:
    """Create .venv and install the project with `extras` unless the stamp says it is current."""
    check_python()
    stamp = wanted_stamp(extras)
    if venv_python().exists() and STAMP.exists() and STAMP.read_text().strip() == stamp:
        return venv_python()
    if not venv_python().exists():
        say(f"creating {VENV}")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        except subprocess.CalledProcessError:
            shutil.rmtree(VENV, ignore_errors=True)
            sys.exit(
                "[dev] Could not create a virtual environment. On Debian/Ubuntu install "
                "python3-venv first:  sudo apt-get install python3-venv"
            )
    say(f"installing the project with extras [{extras}] (first run takes a few minutes)")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[{extras}]"], check=True)
    STAMP.write_text(stamp + "\n")
    return venv_python()


def missing_debian_packages() -> list[str]:
    """Debian packages the tests need that this Linux machine lacks."""
    if not sys.platform.startswith("linux"):
        return []
    import ctypes.util

    missing = [pkg for lib, pkg in QT_SYSTEM_LIBS.items() if ctypes.util.find_library(lib) is None]
    missing += [pkg for tool, pkg in TEST_SYSTEM_PACKAGES.items() if shutil.which(tool) is None]
    if shutil.which("fc-list"):
        fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
        if not fonts.strip():
            missing.append(CJK_FONT_PACKAGE)
    else:
        missing.append(CJK_FONT_PACKAGE)
    return sorted(set(missing))


def ensure_system_packages() -> None:
    missing = missing_debian_packages()
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if not shutil.which("apt-get"):
        # Not Debian-like: the names are Debian's, so say what is missing and let the tests show
        # what it costs, rather than stop with a command this machine does not have.
        say("warning: these Debian packages (or your distribution's equivalents) seem to be "
            "missing; GUI tests may fail without them: " + " ".join(missing))
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not is_root:
        say("these system packages are missing; install them, then run again:")
        say("  sudo " + " ".join(command))
        sys.exit(1)
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def build_translations(python: Path) -> None:
    """Compile resources/i18n/*.ts to .qm when the compiler is available (after the venv exists)."""
    script = ROOT / "installer" / "build_translations.py"
    if script.exists():
        subprocess.run([str(python), str(script)], check=True)


def cmd_run(args: list[str]) -> int:
    python = ensure_venv(DEV_EXTRAS)
    build_translations(python)
    return subprocess.call([str(python), "-m", "app", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    ensure_system_packages()
    python = ensure_venv(DEV_EXTRAS)
    build_translations(python)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    if runs_windows_lane(args):
        code |= subprocess.call([str(python), str(ROOT / "installer" / "windows_lane.py")], cwd=ROOT)
    return code


def runs_windows_lane(pytest_args: list[str]) -> bool:
    """The whole suite on Linux also runs the Windows lane (installer/windows_lane.py); a run
    of chosen tests (a path or node id among the arguments) does not; IPEX_SKIP_WINDOWS_LANE=1
    leaves it out."""
    if not sys.platform.startswith("linux") or os.environ.get("IPEX_SKIP_WINDOWS_LANE") == "1":
        return False
    return not any("::" in a or (ROOT / a).exists() or Path(a).exists()
                   for a in pytest_args if not a.startswith("-"))


def cmd_test_windows(args: list[str]) -> int:
    """The Windows lane alone: Windows builds and suites under Wine (installer/windows_lane.py)."""
    python = ensure_venv(DEV_EXTRAS)
    build_translations(python)
    return subprocess.call([str(python), str(ROOT / "installer" / "windows_lane.py"), *args], cwd=ROOT)


def cmd_bench(args: list[str]) -> int:
    python = ensure_venv(DEV_EXTRAS)
    code = 0
    for script in sorted((ROOT / "tests" / "bench").glob("bench_*.py")):
        if args and not any(a in script.name for a in args):
            continue
        say(f"benchmark {script.name}")
        code |= subprocess.call([str(python), str(script)], cwd=ROOT)
    return code


def cmd_build(args: list[str]) -> int:
    """PyInstaller build of the double-click app, its self-test and sizes (installer/build.py)."""
    python = ensure_venv(DEV_EXTRAS)
    return subprocess.call([str(python), str(ROOT / "installer" / "build.py"), *args], cwd=ROOT)


COMMANDS = {"run": cmd_run, "test": cmd_test, "test-windows": cmd_test_windows, "bench": cmd_bench,
            "build": cmd_build}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
