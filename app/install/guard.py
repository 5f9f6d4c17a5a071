"""The guard: after an install the environment carries its own constraints, so a later
`pip install X` (or `uv pip install X` in the activated environment) cannot swap the XPU
torch, IPEX or their oneAPI runtime for other builds, while other packages still install.

What is pinned: every package the plan installs, and every package those pin exactly
(`==`) in their own metadata, transitively: torch+xpu pins its runtime (intel-sycl-rt,
pytorch-triton-xpu, ...) that way, so the runtime generation is held without a list of
names. Each at the version installed now, local label included (2.8.0+xpu, which a plain
2.8.0 or 2.9.0 from PyPI does not satisfy). Unpinned dependencies (numpy, filelock) stay free.

Where the constraints take effect (what pip and uv really read from inside a venv):
- pip reads `<venv>/pip.conf` (pip.ini on Windows), its "site" configuration, whether or
  not the venv is activated: `[install] constraint = <file URL>` (app/install/pipconf.py).
  A file URL, because pip splits that setting on spaces and venv paths may contain some.
  Not honoured when PIP_CONFIG_FILE is os.devnull (pip then reads no configuration at all)
  or when PIP_CONSTRAINT is set (the variable overrides the files).
- uv reads no configuration inside a venv (only uv.toml of a project and the user's). The
  activation scripts export UV_CONSTRAINT (added to the user's own) and deactivate restores
  it (app/install/activate_hooks.py): uv honours the guard only in an activated environment
  (bash/zsh/sh, fish, PowerShell, cmd), not with `uv pip install --python DIR/python`.
- `pip install --no-deps` or `-c` with another file still let a user override on purpose.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from app.envs import venv as venvs

logger = logging.getLogger(__name__)

CONSTRAINTS_FILE = "constraints.txt"  # in the venv's record folder (engine.RECORD_DIR)
HEADER = ("# Written by ipex-aot-installer: the builds this environment was installed with.\n"
          "# pip (pip.conf/pip.ini in this folder) and uv (UV_CONSTRAINT, set by the activation\n"
          "# scripts) keep these versions; delete this file to lift the guard.\n")
MAX_PINNED = 400  # a venv's pinned closure is a dozen packages; more means something is odd


@dataclass
class Guard:
    constraints: str  # the file
    pinned: dict[str, str] = field(default_factory=dict)  # canonical name -> installed version
    pip_config: str = ""  # the pip.conf/pip.ini that names the file
    scripts: list[str] = field(default_factory=list)  # activation scripts that export UV_CONSTRAINT

    def to_json(self) -> dict[str, Any]:
        return {"constraints": self.constraints, "pinned": self.pinned, "pip_config": self.pip_config,
                "activation_scripts": self.scripts, "pip": "always", "uv": "when activated"}


def pinned_closure(planned: list[str], dists: dict[str, Any], python_version: str) -> dict[str, str]:
    """{name: installed version} for the planned packages and what they pin with `==`,
    transitively. `dists` is satisfied.read_dists(site); a planned name not installed is skipped."""
    env: dict[str, str] = {**default_environment()}  # type: ignore[dict-item]  # a TypedDict of str
    env["python_version"] = python_version
    env["python_full_version"] = python_version + ".0"
    out: dict[str, str] = {}
    todo = [canonicalize_name(n) for n in planned]
    while todo and len(out) < MAX_PINNED:
        name = todo.pop(0)
        dist = dists.get(name)
        if name in out or dist is None:
            continue
        out[name] = dist.version
        for text in dist.requires:
            try:
                req = Requirement(text)
            except InvalidRequirement:
                continue
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue  # extras and other platforms' dependencies are not what was installed
            specs = list(req.specifier)
            if len(specs) == 1 and specs[0].operator in ("==", "===") and not specs[0].version.endswith(".*"):
                todo.append(canonicalize_name(req.name))
    return out


def constraints_text(pinned: dict[str, str]) -> str:
    return HEADER + "".join(f"{name}=={version}\n" for name, version in sorted(pinned.items()))


def write(venv: Path, record_dir: Path, planned: list[str]) -> Guard:
    """Pin what is installed now for `planned` (and its exact pins) and point pip and the
    activation scripts at it. Raises OSError, or ValueError with a coded reason, when it cannot."""
    from app.install import activate_hooks, pipconf
    from app.install.satisfied import read_dists
    from app.messages import msg

    site = venvs.own_site_packages(venvs.venv_python(venv))
    dists = read_dists(site) if site is not None else None
    if site is None or dists is None:
        raise ValueError(msg("guard_unreadable"))
    python_version = site.parent.name.removeprefix("python") if site.parent.name.startswith("python") else ""
    pinned = pinned_closure(planned, dists, python_version or _python_version(venv))
    if not pinned:
        raise ValueError(msg("guard_nothing_planned"))
    record_dir.mkdir(exist_ok=True)
    path = record_dir / CONSTRAINTS_FILE
    text = constraints_text(pinned)
    if not path.is_file() or path.read_text(encoding="utf-8", errors="replace") != text:
        path.write_text(text, encoding="utf-8")
    url = path.resolve().as_uri()
    guard = Guard(str(path), pinned)
    guard.pip_config = str(pipconf.add_site_constraint(venv, url))
    guard.scripts = [str(p) for p in activate_hooks.install(venv, url)]
    return guard


def _python_version(venv: Path) -> str:
    """X.Y from pyvenv.cfg (Windows venvs have no pythonX.Y folder)."""
    try:
        for line in (venv / "pyvenv.cfg").read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip().lower() in ("version", "version_info"):
                return ".".join(value.strip().split(".")[:2])
    except OSError:
        pass
    return ""


def read_pinned(record_dir: Path) -> dict[str, str]:
    """The pins a guard file holds ({} when there is none); the file is ours but lives in a
    folder the user may edit, so it is read bounded and line by line."""
    try:
        with open(record_dir / CONSTRAINTS_FILE, encoding="utf-8", errors="replace") as f:
            text = f.read(256 * 1024)
    except OSError:
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, version = line.strip().partition("==")
        if sep and name and not name.startswith("#"):
            out[canonicalize_name(name)] = version.strip()
    return out
