"""Re-record the real runtime logs in this folder (run by hand; needs the test runtimes).

    .venv/bin/python tests/data/smoke/capture.py

Each log is the verbatim stdout / stderr of app/smoke/workload.py run by a real Intel SYCL
runtime from PyPI on the CPU OpenCL device, with the environment the smoke runner builds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import runtimes

from app.smoke.runner import child_env
from app.smoke.venv_runtime import detect


def capture(
    venv: Path, name: str, cache: Path, trace_variable: str | None = None, script_args: list[str] | None = None
) -> None:
    """script_args: run interop.py with these arguments instead of the smoke workload."""
    rt = detect(venv)
    env = child_env(rt, cache / "sycl", cache / "neo")
    if trace_variable:  # record what a wrong variable does
        env.pop("SYCL_UR_TRACE", None)
        env[trace_variable] = "2"
    # Run a copy from an empty folder: beside app/smoke/inspect.py it would shadow the
    # standard library's inspect module in the child (numpy then fails to import).
    folder = Path(tempfile.mkdtemp(prefix="capture-script-"))
    script = folder / "ipex_smoke_workload.py"
    shutil.copy(HERE / "interop.py" if script_args is not None else ROOT / "app" / "smoke" / "workload.py", script)
    argv = [str(rt.python), "-u", str(script), *(script_args or [])]
    done = subprocess.run(argv, check=False, env=env, capture_output=True, text=True, timeout=600, cwd=folder)
    shutil.rmtree(folder, ignore_errors=True)
    text_out = done.stdout.replace(str(cache), "CACHEDIR").replace(str(venv), "VENV")
    text_err = done.stderr.replace(str(cache), "CACHEDIR").replace(str(venv), "VENV")
    (HERE / f"{name}.stdout.log").write_text(text_out)
    (HERE / f"{name}.stderr.log").write_text(text_err)
    print(name, done.returncode, len(text_out.splitlines()), len(text_err.splitlines()))


def main() -> None:
    for label, venv in (("ur2026", runtimes.ur_runtime()), ("pi2024", runtimes.pi_runtime())):
        cache = Path(tempfile.mkdtemp(prefix="capture-"))
        try:
            capture(venv, f"{label}_cold", cache)
            capture(venv, f"{label}_cachehit", cache)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
    cache = Path(tempfile.mkdtemp(prefix="capture-"))
    capture(runtimes.ur_runtime(), "ur2026_pi_trace_set", cache, trace_variable="SYCL_PI_TRACE")
    shutil.rmtree(cache, ignore_errors=True)
    # Trap 3: a program dpctl builds through OpenCL and hands over as a native handle.
    spirv = str(ROOT.parent / "shared" / "reference" / "ocloc_archives" / "kernel.spv")
    cache = Path(tempfile.mkdtemp(prefix="capture-"))
    try:
        capture(runtimes.ur_runtime(), "ur2026_interop_only", cache, script_args=[spirv])
        shutil.rmtree(cache / "sycl", ignore_errors=True)
        capture(runtimes.ur_runtime(), "ur2026_interop_cold", cache, script_args=[spirv, "dpnp"])
        capture(runtimes.ur_runtime(), "ur2026_interop_cachehit", cache, script_args=[spirv, "dpnp"])
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
