"""Real Intel SYCL runtimes (CPU OpenCL device) and real wheels from PyPI, provisioned by the
tests themselves into a cache that survives between runs.

Cache: $IPEX_TEST_CACHE, else ~/.cache/ipex-aot-installer-tests. A venv is used only after
its `.ready` stamp is written, so an interrupted install is redone, not trusted.
Sizes (measured): UR venv 2.9 GB on disk (dpnp pulls oneMKL), PI venv 1.3 GB; vllm-xpu-kernels
wheel 150 MB, bitsandbytes win_amd64 wheel 39 MB.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.hostos import venv_python

# UR era (Unified Runtime, libsycl.so.9): dpnp registers its kernels like libtorch_xpu does.
UR_2026 = [["dpnp==0.20.0", "dpctl==0.22.1", "intel-sycl-rt==2026.2.0", "intel-opencl-rt==2026.2.0"]]
# PI era (libsycl.so.7): dpctl 0.17 needs the 2024.2 runtime; its own pin pulls a newer one
# first, so the runtime is set in a second step (aot_jit_evidence.md A.1).
PI_2024 = [["dpctl==0.17.0", "numpy<2"], ["dpcpp-cpp-rt==2024.2.1", "intel-opencl-rt==2024.2.1"]]
TORCH_CPU = [["torch==2.13.0"]]  # lies on this machine's disk for Python 3.11 (no download)


def cache_root() -> Path:
    root = Path(os.environ.get("IPEX_TEST_CACHE") or Path.home() / ".cache" / "ipex-aot-installer-tests")
    root.mkdir(parents=True, exist_ok=True)
    return root


def _pip(python: Path, args: list[str], timeout: float = 1800) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PIP_USER")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        [str(python), "-m", "pip", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def ensure_venv(name: str, steps: list[list[str]]) -> Path:
    """A venv with each step's requirements installed in order; skips the test on failure."""
    key = hashlib.sha256(json.dumps([sys.version_info[:2], steps]).encode()).hexdigest()[:10]
    venv = cache_root() / "venvs" / f"{name}-{key}"
    stamp = venv / ".ready"
    if stamp.exists():
        return venv
    if importlib.util.find_spec("venv") is None:
        pytest.skip("this Python has no venv module (the embeddable CPython of the Windows lane)")
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    for reqs in steps:
        done = _pip(venv_python(venv), ["install", "--quiet", *reqs])
        if done.returncode != 0:
            tail = "\n".join(done.stderr.strip().splitlines()[-5:])
            shutil.rmtree(venv, ignore_errors=True)
            pytest.skip(f"could not install {' '.join(reqs)} from PyPI: {tail}")
    stamp.write_text("ok\n")
    return venv


def download_wheel(spec: str, platform: str) -> Path:
    """One wheel (no dependencies) for `platform`, downloaded once into the cache."""
    dest = cache_root() / "wheels"
    dest.mkdir(parents=True, exist_ok=True)
    name = spec.split("==")[0].replace("-", "_").lower()
    version = spec.split("==")[1] if "==" in spec else ""

    def find() -> Path | None:
        for whl in dest.glob("*.whl"):
            parts = whl.name.lower().split("-")
            if parts[0] == name and (not version or parts[1] == version) and platform.split("_")[0] in whl.name:
                return whl
        return None

    found = find()
    if found:
        return found
    done = _pip(
        Path(sys.executable),
        ["download", "--quiet", "--no-deps", "--only-binary=:all:", "--platform", platform,
         "--python-version", "3.11", spec, "-d", str(dest)],
    )
    found = find()
    if done.returncode != 0 or found is None:
        pytest.skip(f"could not download {spec} for {platform} from PyPI: {done.stderr.strip()[-300:]}")
    return found


def extracted(wheel: Path, member_suffix: str) -> Path:
    """Extract the wheel members ending in `member_suffix` once; returns the directory."""
    import zipfile

    out = cache_root() / "extracted" / wheel.stem
    stamp = out / f".ready-{hashlib.sha256(member_suffix.encode()).hexdigest()[:8]}"
    if not stamp.exists():
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                if info.filename.endswith(member_suffix):
                    zf.extract(info, out)
        stamp.write_text("ok\n")
    return out


def ur_runtime() -> Path:
    return ensure_venv("sycl-ur-2026.2", UR_2026)


def pi_runtime() -> Path:
    if sys.version_info[:2] != (3, 11):
        pytest.skip("the PI-era dpctl 0.17.0 wheel exists for CPython 3.11 only")
    return ensure_venv("sycl-pi-2024.2", PI_2024)


def torch_cpu_venv() -> Path:
    if sys.version_info[:2] != (3, 11):
        pytest.skip("torch 2.13.0 CPU lies on this machine's disk for Python 3.11 only")
    return ensure_venv("torch-cpu-2.13.0", TORCH_CPU)
