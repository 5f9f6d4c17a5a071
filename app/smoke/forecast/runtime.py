"""Will the libraries find the SYCL runtime they were built against, and is it the
environment's own? Read from the files, in the same pass as the forecast:

- the ABI each library needs: DT_NEEDED `libsycl.so.N` (Linux) or an import of `syclN.dll`
  (Windows); a different N is a different, incompatible runtime generation;
- the runtime the environment provides (the `libsycl.so.N` / `syclN.dll` files inside it);
- a system oneAPI that would be loaded first: LD_LIBRARY_PATH is searched before a library's
  RUNPATH (not before an RPATH), PATH by Windows' standard DLL search; ld.so.conf folders
  only after both (ld.so(8));
- a `triton` wheel installed over pytorch-triton-xpu (both write the `triton` package).
"""

from __future__ import annotations

import base64
import glob
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.messages import items_or_none
from app.smoke.forecast import owners
from app.smoke.forecast.texts import text

_LINUX_ABI = re.compile(r"^libsycl\.so\.(\d+)$")
_WINDOWS_ABI = re.compile(r"^sycl(\d+)d?\.dll$", re.IGNORECASE)
MAX_CONF_FILES = 64
MAX_CONF_BYTES = 64 * 1024
MAX_HASHED_BYTES = 8 * 1024 * 1024


def abi_of(name: str) -> str | None:
    """`libsycl.so.8` -> "libsycl.so.8", `SYCL8.dll` -> "sycl8.dll"; None for other names."""
    if _LINUX_ABI.match(name):
        return name
    if _WINDOWS_ABI.match(name):
        return name.lower()
    return None


@dataclass
class Problem:
    id: str
    severity: str  # error | warning | info
    message: str
    fix: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "severity": self.severity, "message": self.message, "fix": self.fix,
                "params": self.params}


@dataclass
class RuntimeFile:
    abi: str
    path: str
    package: str | None


def check_abi(needs: list[tuple[str, str, str]], present: list[RuntimeFile], env: dict[str, str],
              os_name: str, ld_conf: Path | None) -> list[Problem]:
    """`needs`: (library, package, abi) for each library linking a SYCL runtime."""
    have = sorted({r.abi for r in present})
    problems: list[Problem] = []
    system = _system_folders(env, os_name, ld_conf)
    for library, package, abi in needs:
        if abi in have:
            continue
        where = next((folder for folder, _src in system if (Path(folder) / abi).is_file()), None)
        params = {"library": library, "package": package, "needed": abi, "present": ", ".join(have) or "none"}
        said = dict(params, present=items_or_none(have))  # the sentence's list: joined by the renderer
        if where:
            problems.append(Problem("runtime.abi_from_system", "warning",
                                    text("runtime_abi_from_system", folder=where, **said),
                                    text("runtime_fix_abi", **said), dict(params, folder=where)))
        elif have:
            problems.append(Problem("runtime.abi_missing", "error", text("runtime_abi_missing", **said),
                                    text("runtime_fix_abi", **said), params))
        else:
            problems.append(Problem("runtime.abi_missing", "error", text("runtime_abi_missing_none", **said),
                                    text("runtime_fix_abi", **said), params))
    return problems


def check_shadowing(present: list[RuntimeFile], needs: list[tuple[str, str, str]], env: dict[str, str],
                    os_name: str, ld_conf: Path | None, rpath_only: set[str]) -> list[Problem]:
    """A runtime outside the environment that the loader would find first.
    `rpath_only`: libraries whose DT_RPATH (searched before LD_LIBRARY_PATH) settles it."""
    wanted = {abi for _l, _p, abi in needs if _l not in rpath_only} | {r.abi for r in present}
    if not wanted:
        return []
    inside = {owners.key(Path(r.path).parent) for r in present}
    problems: list[Problem] = []
    seen: set[str] = set()
    for folder, source in _system_folders(env, os_name, ld_conf):
        if owners.key(folder) in inside or folder in seen:
            continue
        for abi in sorted(wanted):
            hit = Path(folder) / abi
            if not hit.is_file():
                continue
            seen.add(folder)
            env_file = next((r.path for r in present if r.abi == abi), abi)
            if source in ("LD_LIBRARY_PATH", "PATH"):
                problems.append(Problem(
                    "runtime.shadowed", "warning",
                    text("runtime_shadowed", variable=source, folder=folder, file=abi, env_file=env_file),
                    text("runtime_fix_shadowed", folder=folder, variable=source),
                    {"variable": source, "folder": folder, "file": abi}))
            else:
                problems.append(Problem("runtime.ld_conf", "info",
                                        text("runtime_ld_conf", folder=folder, conf=source, file=abi),
                                        params={"conf": source, "folder": folder, "file": abi}))
            break
    return problems


def _system_folders(env: dict[str, str], os_name: str, ld_conf: Path | None) -> list[tuple[str, str]]:
    """(folder, where it came from) in the loader's order, outside any environment."""
    out: list[tuple[str, str]] = []
    if os_name == "windows":
        out += [(p, "PATH") for p in env.get("PATH", "").split(";") if p.strip()]
        return out
    out += [(p, "LD_LIBRARY_PATH") for p in env.get("LD_LIBRARY_PATH", "").split(":") if p.strip()]
    if ld_conf is not None:
        out += [(folder, str(src)) for folder, src in ld_conf_folders(ld_conf)]
    return out


def ld_conf_folders(conf: Path, depth: int = 0) -> list[tuple[str, Path]]:
    """The folders /etc/ld.so.conf names, following its `include` globs (bounded)."""
    try:
        with open(conf, "rb") as fh:
            data = fh.read(MAX_CONF_BYTES)
    except OSError:
        return []
    out: list[tuple[str, Path]] = []
    for raw in data.decode("utf-8", "replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("include ") and depth < 2:
            pattern = line[len("include "):].strip()
            if not os.path.isabs(pattern):
                pattern = str(conf.parent / pattern)
            for inc in sorted(glob.glob(pattern))[:MAX_CONF_FILES]:
                out += ld_conf_folders(Path(inc), depth + 1)
        elif os.path.isabs(line):
            out.append((line, conf))
    return out


def check_triton(sites: list[Path], torch_is_xpu: bool) -> list[Problem]:
    """Which distribution's `triton/__init__.py` is on disk, by the hash its RECORD gives."""
    dists = {d.name: d for site in sites for d in owners.installed(site)}
    plain, xpu = dists.get("triton"), dists.get("pytorch-triton-xpu")
    if plain is None:
        return []
    params = {"version": plain.version, "xpu_version": xpu.version if xpu else None}
    if xpu is None:
        if not torch_is_xpu:
            return []
        return [Problem("runtime.triton_without_xpu", "warning", text("runtime_triton_without_xpu", **params),
                        text("runtime_fix_triton_missing"), params)]
    on_disk = _owner_of_file(plain, xpu, "triton/__init__.py")
    if on_disk is not plain:
        return []
    return [Problem("runtime.triton_shadows_xpu", "warning", text("runtime_triton_shadows_xpu", **params),
                    text("runtime_fix_triton", **params), params)]


def _owner_of_file(a: owners.Dist, b: owners.Dist, rel: str) -> owners.Dist | None:
    site = a.dist_info.parent
    try:
        with open(site / rel, "rb") as fh:
            data = fh.read(MAX_HASHED_BYTES)
    except OSError:
        return None
    digest = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    for dist in (a, b):
        for path, hash_field in owners.record_rows(dist):
            if path == rel and hash_field == digest:
                return dist
    return None
