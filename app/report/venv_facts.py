"""What is installed in a target venv, read by the venv's own Python.

We never import the target's packages into our process (they may be a different Python, a
different ABI, or broken): a small stdlib-only script runs in the venv and prints JSON with
its distributions (name, version, requirements), the build flavour torch records in
torch/version.py, the SYCL libraries shipped in torch/IPEX, the marker environment and the
variables that matter to the SYCL runtime. Nothing is imported but the standard library, so
it takes about a tenth of a second.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import proc
from app.errors import AppError, BadInput
from app.messages import msg

# Environment variables the doctor and the bundle look at (prefixes and exact names).
ENV_PREFIXES = ("SYCL_", "ZE_", "NEO_", "UR_", "ONEAPI_", "SETVARS_", "OCL_ICD", "IPEX_", "TORCH_XPU", "PI_", "IGC_")
ENV_NAMES = (
    "CMPLR_ROOT",
    "MKLROOT",
    "TBBROOT",
    "I_MPI_ROOT",
    "CCL_ROOT",
    "DNNLROOT",
    "LD_LIBRARY_PATH",
    "LD_PRELOAD",
    "PATH",
    "XDG_CACHE_HOME",
    "APPDATA",
    "LOCALAPPDATA",
    "HOME",
    "USERPROFILE",
    # Where pip/uv download from (credentials are redacted in bundles).
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "UV_INDEX_URL",
    "UV_DEFAULT_INDEX",
    "UV_EXTRA_INDEX_URL",
)

_SCRIPT = r"""
import json, os, sys, platform, re
import importlib.metadata as md

def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()

out = {"python": platform.python_version(), "executable": sys.executable, "prefix": sys.prefix,
       "base_prefix": sys.base_prefix, "platform": sys.platform, "bits": 64 if sys.maxsize > 2**32 else 32}
out["markers"] = {
    "os_name": os.name, "sys_platform": sys.platform, "platform_machine": platform.machine(),
    "platform_system": platform.system(), "platform_release": platform.release(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "python_full_version": platform.python_version(), "implementation_name": sys.implementation.name,
    "platform_python_implementation": platform.python_implementation(),
}
dists = {}
for d in md.distributions():
    name = d.metadata["Name"]
    if not name:
        continue
    key = norm(name)
    if key in dists:
        continue  # the first one on sys.path wins, as for import
    dists[key] = {"name": name, "version": d.version, "requires": list(d.requires or []),
                  "location": str(d.locate_file(""))}
out["dists"] = dists

def libs(dist_key, pkg):
    d = dists.get(dist_key)
    if not d:
        return []
    found = []
    for sub in ("lib", ""):
        folder = os.path.join(d["location"], pkg, sub)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for n in sorted(names):
            if n.endswith((".so", ".dll", ".pyd")) or ".so." in n:
                found.append(os.path.join(folder, n))
    return found

out["libs"] = {"torch": libs("torch", "torch"),
               "intel-extension-for-pytorch": libs("intel-extension-for-pytorch", "intel_extension_for_pytorch")}
build = {}
if "torch" in dists:
    try:
        with open(os.path.join(dists["torch"]["location"], "torch", "version.py"), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^(cuda|hip|rocm|xpu)\b[^=]*=\s*(.+)$", line.strip())
                if m:
                    value = m.group(2).strip()
                    build[m.group(1)] = None if value == "None" else value.strip("'\"")
    except OSError:
        pass
out["torch_build"] = build
prefixes = tuple(sys.argv[1].split(","))
names = set(sys.argv[2].split(","))
out["env"] = {k: v for k, v in os.environ.items() if k.startswith(prefixes) or k in names}
print("@@FACTS@@" + json.dumps(out))
"""


@dataclass
class Dist:
    name: str
    version: str
    requires: list[str] = field(default_factory=list)
    location: str = ""

    @property
    def local_label(self) -> str:
        """'xpu' for 2.8.0+xpu, 'cu121' for 2.5.1+cu121, '' when there is none."""
        return self.version.split("+", 1)[1] if "+" in self.version else ""

    @property
    def public_version(self) -> str:
        return self.version.split("+", 1)[0]


@dataclass
class VenvFacts:
    venv: str
    python: str
    executable: str
    platform: str
    markers: dict[str, str]
    dists: dict[str, Dist]  # keyed by normalised project name ("intel-extension-for-pytorch")
    env: dict[str, str]
    libs: dict[str, list[str]] = field(default_factory=dict)
    torch_build: dict[str, str | None] = field(default_factory=dict)
    seconds: float = 0.0

    def get(self, name: str) -> Dist | None:
        return self.dists.get(normalize(name))

    @property
    def os(self) -> str:
        return (
            "windows"
            if self.platform.startswith("win")
            else "linux"
            if self.platform.startswith("linux")
            else self.platform
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "venv": self.venv,
            "python": self.python,
            "executable": self.executable,
            "platform": self.platform,
            "markers": self.markers,
            "dists": {k: vars(d) for k, d in sorted(self.dists.items())},
            "env": self.env,
            "libs": self.libs,
            "torch_build": self.torch_build,
        }

    def pip_list(self) -> str:
        """`pip list`-style table of the venv's distributions."""
        rows = sorted(((d.name, d.version) for d in self.dists.values()), key=lambda r: r[0].lower())
        width = max([len("Package")] + [len(n) for n, _ in rows])
        lines = [f"{'Package'.ljust(width)} Version", f"{'-' * width} {'-' * 7}"]
        lines += [f"{n.ljust(width)} {v}" for n, v in rows]
        return "\n".join(lines) + "\n"


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def venv_python(venv: Path) -> Path:
    """The interpreter of a venv; BadInput when the folder is not a venv."""
    from app.envs.venv import venv_python as expected_python

    venv = Path(venv)
    if not venv.is_dir():
        raise BadInput(msg("venv_not_a_folder", venv=str(venv)))
    python = expected_python(venv)
    if not python.exists():
        raise BadInput(msg("venv_no_python", venv=str(venv), python=str(python.relative_to(venv))))
    return python


def read_venv(venv: Path, *, timeout: float = 60) -> VenvFacts:
    """Run the facts script in the venv and parse what it prints."""
    python = venv_python(venv)
    argv = [str(python), "-I", "-c", _SCRIPT, ",".join(ENV_PREFIXES), ",".join(ENV_NAMES)]
    result = proc.run(argv, env=proc.clean_env(), timeout=timeout)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("@@FACTS@@")), None)
    if result.timed_out:
        raise AppError(msg("venv_python_silent", venv=str(venv), seconds=round(timeout)))
    if result.returncode != 0 or line is None:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise AppError(msg("venv_python_list_failed", venv=str(venv), reason=last))
    data = json.loads(line[len("@@FACTS@@"):])
    return VenvFacts(
        venv=os.fspath(venv),
        python=data["python"],
        executable=data["executable"],
        platform=data["platform"],
        markers=data["markers"],
        dists={k: Dist(**v) for k, v in data["dists"].items()},
        env=data["env"],
        libs=data.get("libs", {}),
        torch_build=data.get("torch_build", {}),
        seconds=result.seconds,
    )
