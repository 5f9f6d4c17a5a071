#!/usr/bin/env python3
"""Build the double-click app with PyInstaller, prove it works, and measure it.

    python installer/build.py [--onefile] [--dist DIR] [--work DIR] [--no-self-test] [--json]

(`python3 installer/dev.py build` sets up the venv and runs this.) Steps:
  1. compile the translations (.ts -> .qm);
  2. run PyInstaller on installer/app.spec: dist/ipex-aot-installer/ holds the wizard
     (windowed) and ipex-aot-installer-cli (console) sharing one _internal/ folder; with
     --onefile also dist/ipex-aot-installer-<version>-onefile[.exe];
  3. run both executables' --self-test (offscreen, no network, throw-away user folders) and
     reject a failed check or any stderr line that is not known, harmless Qt noise;
  4. measure: the folder, its archive, the one-file executable, and what is biggest inside.

Also a library for the tests and the benchmark: cached_build() keeps builds in
~/.cache/ipex-aot-installer-build/<hash of the inputs>/ so an unchanged tree is not rebuilt.
Run with the project's venv Python. Standard library only (PyInstaller runs as a child).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "app.spec"
GUI_NAME = "ipex-aot-installer"
CLI_NAME = "ipex-aot-installer-cli"
EXE = ".exe" if os.name == "nt" else ""
CACHE_ROOT = Path(os.environ.get("IPEX_BUILD_CACHE", Path.home() / ".cache" / "ipex-aot-installer-build"))
KEEP_CACHED = 2  # builds kept in the cache besides the current one

# Lines Qt prints on the offscreen platform that say nothing about our app.
KNOWN_STDERR = (
    re.compile(r"This plugin does not support propagateSizeHints"),
    re.compile(r"^QStandardPaths: XDG_RUNTIME_DIR not set"),
)
# Everything the frozen app is built from; a change in any of them means a new build.
INPUT_GLOBS = ("app/**/*.py", "resources/**/*", "installer/app.spec", "installer/hooks/*.py",
               "installer/version_info.py", "installer/slim_icu.py", "README.md", "pyproject.toml")
TOOL_DISTRIBUTIONS = ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials", "shiboken6", "uv",
                      "zstandard", "requests", "truststore", "pyelftools", "platformdirs", "packaging")


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def version() -> str:
    """app.__version__, read from the source (this script runs before the app is importable)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE).group(1)


def onedir(dist: Path) -> Path:
    return dist / GUI_NAME


def onefile(dist: Path) -> Path:
    return dist / f"{GUI_NAME}-{version()}-onefile{EXE}"


def cli_exe(dist: Path) -> Path:
    return onedir(dist) / f"{CLI_NAME}{EXE}"


def gui_exe(dist: Path) -> Path:
    return onedir(dist) / f"{GUI_NAME}{EXE}"


# -- building -------------------------------------------------------------------------------
def compile_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "installer" / "build_translations.py")], check=True)


def pyinstaller_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyInstaller") is not None


def build_requirements() -> list[str]:
    """The `build` extra of pyproject.toml (one place for the versions)."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["optional-dependencies"]["build"])


def ensure_pyinstaller() -> None:
    """Install the build extra into this interpreter's environment when it is missing."""
    if pyinstaller_available():
        return
    reqs = build_requirements()
    say("installing " + " ".join(reqs))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs],
                   check=True)


def run_pyinstaller(dist: Path, work: Path, with_onefile: bool) -> float:
    argv = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if with_onefile:
        argv += ["--", "--onefile"]
    say("pyinstaller " + ("(onedir + onefile)" if with_onefile else "(onedir)"))
    start = time.monotonic()
    subprocess.run(argv, check=True, cwd=ROOT)
    return time.monotonic() - start


def build(dist: Path, work: Path, with_onefile: bool = False) -> float:
    compile_translations()
    ensure_pyinstaller()
    seconds = run_pyinstaller(dist, work, with_onefile)
    say(f"built in {seconds:.0f} s: {onedir(dist)}")
    return seconds


# -- the cache used by tests and benchmarks --------------------------------------------------
def input_hash() -> str:
    from importlib import metadata

    digest = hashlib.sha256()
    for pattern in INPUT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    for dist_name in TOOL_DISTRIBUTIONS:
        try:
            digest.update(f"{dist_name}=={metadata.version(dist_name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist_name} missing\0".encode())
    digest.update(f"{sys.platform} {sys.version}".encode())
    return digest.hexdigest()[:20]


def cached_build(with_onefile: bool = False, cache_root: Path = CACHE_ROOT) -> tuple[Path, dict]:
    """(dist folder, facts) of a build of the current tree, reusing a cached one when the
    inputs are unchanged. facts: {"cached": bool, "build_seconds": float|None, "key": str}."""
    compile_translations()  # the .qm files are inputs
    ensure_pyinstaller()
    key = input_hash()
    home = cache_root / key
    dist = home / "dist"
    marker = home / ("complete-onefile" if with_onefile else "complete")
    if marker.exists() and cli_exe(dist).exists() and (not with_onefile or onefile(dist).exists()):
        return dist, {"cached": True, "build_seconds": None, "key": key}
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    seconds = run_pyinstaller(dist, cache_root / "work", with_onefile)
    (home / "complete").write_text(f"{seconds:.1f}\n")
    if with_onefile:
        marker.write_text(f"{seconds:.1f}\n")
    _prune_cache(cache_root, keep=key)
    return dist, {"cached": False, "build_seconds": round(seconds, 1), "key": key}


def _prune_cache(cache_root: Path, keep: str) -> None:
    builds = [p for p in cache_root.iterdir() if p.is_dir() and p.name not in (keep, "work")]
    builds.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[KEEP_CACHED:]:
        shutil.rmtree(old, ignore_errors=True)


# -- proving it works ------------------------------------------------------------------------
def isolated_env(base: Path) -> dict[str, str]:
    """No display, throw-away user folders, nothing from a Python environment."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "IPEX_INSTALLER_", "QT_", "LD_LIBRARY_PATH"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    for name in ("DATA", "CACHE", "LOG"):
        env[f"IPEX_INSTALLER_{name}_DIR"] = str(base / name.lower())
    return env


def unexpected_stderr(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not any(p.search(line) for p in KNOWN_STDERR)]


def self_test(exe: Path, checks: str = "all", timeout: float = 120) -> dict:
    """Run `exe --self-test[=checks] --json`; returns the parsed summary plus the process
    facts. Raises RuntimeError with the reason when it fails or prints unexpected stderr."""
    with tempfile.TemporaryDirectory(prefix="ipex-selftest-") as tmp:
        argv = [str(exe), f"--self-test={checks}", "--json"]
        start = time.monotonic()
        proc = subprocess.run(argv, env=isolated_env(Path(tmp)), capture_output=True, text=True, check=False,
                              encoding="utf-8", errors="replace", timeout=timeout, cwd=tmp)
        seconds = time.monotonic() - start
        log = Path(tmp) / "log" / "app.log"
        log_text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    noise = unexpected_stderr(proc.stderr)
    try:
        summary = json.loads(proc.stdout)
    except ValueError:
        summary = None
    if os.name == "nt" and exe.name == f"{GUI_NAME}{EXE}" and summary is None:
        # The windowed Windows executable has no console: the exit code and the log say it.
        summary = {"ok": proc.returncode == 0, "checks": []}
    if proc.returncode != 0 or summary is None or not summary.get("ok"):
        failed = [f"{c['name']}: {c['detail']}" for c in (summary or {}).get("checks", []) if c["status"] == "fail"]
        raise RuntimeError(f"{exe.name} --self-test failed (exit code {proc.returncode}): "
                           + ("; ".join(failed) or (proc.stderr.strip() or proc.stdout.strip())[-2000:]))
    if noise:
        raise RuntimeError(f"{exe.name} --self-test wrote unexpected stderr: " + " | ".join(noise[:10]))
    summary["wall_seconds"] = round(seconds, 3)
    summary["log_written"] = "self-test" in log_text or "started" in log_text
    return summary


# -- measuring -------------------------------------------------------------------------------
def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest(folder: Path, count: int = 8) -> list[tuple[str, int, int]]:
    """(path, bytes, bytes zlib-compressed) of the files that weigh most in a download: the
    one-file executable and the .tar.gz hold files compressed, so that is the order. (The
    Linux libicudata keeps its size on disk, but most of it is zeros; see slim_icu.py.)"""
    on_disk = sorted((p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
                     key=lambda p: p.stat().st_size, reverse=True)
    files = []
    for p in on_disk[:count * 3]:  # compressing every small file too would add seconds, not rows
        data = p.read_bytes()
        files.append((p.relative_to(folder).as_posix(), len(data), len(zlib.compress(data, 6))))
    files.sort(key=lambda item: item[2], reverse=True)
    return files[:count]


def archive_bytes(folder: Path) -> tuple[str, int]:
    """What a user downloads for the folder build: .zip on Windows, .tar.gz elsewhere (a zip
    would turn the Linux build's symbolic links into copies)."""
    with tempfile.TemporaryDirectory() as tmp:
        if os.name == "nt":
            out = shutil.make_archive(str(Path(tmp) / folder.name), "zip", folder.parent, folder.name)
        else:
            out = str(Path(tmp) / f"{folder.name}.tar.gz")
            with tarfile.open(out, "w:gz", compresslevel=6) as tar:
                tar.add(folder, arcname=folder.name)
        return Path(out).suffix if os.name == "nt" else ".tar.gz", Path(out).stat().st_size


def measure(dist: Path) -> dict:
    folder = onedir(dist)
    kind, packed = archive_bytes(folder)
    facts = {
        "onedir_bytes": folder_bytes(folder),
        "onedir_files": sum(1 for p in folder.rglob("*") if p.is_file()),
        "onedir_archive": kind,
        "onedir_archive_bytes": packed,
        "biggest": biggest(folder),
    }
    single = onefile(dist)
    if single.exists():
        facts["onefile_bytes"] = single.stat().st_size
    return facts


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="also build the one-file wizard")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument("--work", default=str(ROOT / "build"), help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--no-self-test", action="store_true", help="skip running the executables")
    parser.add_argument("--json", action="store_true", help="print the build report as JSON")
    args = parser.parse_args(argv)
    dist = Path(args.dist).resolve()
    report = {"version": version(), "platform": sys.platform,
              "build_seconds": round(build(dist, Path(args.work).resolve(), args.onefile), 1)}
    if not args.no_self_test:
        for exe in (cli_exe(dist), gui_exe(dist)):
            try:
                summary = self_test(exe)
            except RuntimeError as exc:
                say(str(exc))
                return 1
            passed = sum(c["status"] == "pass" for c in summary["checks"])
            say(f"{exe.name} --self-test: {passed} checks passed in {summary['wall_seconds']:.2f} s")
            report[f"self_test_{exe.stem}"] = summary
    report.update(measure(dist))
    (dist / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    say(f"folder build: {onedir(dist)}  {mb(report['onedir_bytes'])} in {report['onedir_files']} files, "
        f"{mb(report['onedir_archive_bytes'])} as {report['onedir_archive']}")
    if "onefile_bytes" in report:
        say(f"one-file build: {onefile(dist)}  {mb(report['onefile_bytes'])}")
    say("biggest files (compressed): " + ", ".join(f"{name} {mb(packed)}" for name, _, packed in report["biggest"][:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
