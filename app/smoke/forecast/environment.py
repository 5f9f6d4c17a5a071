"""Forecast a whole environment: walk it once, read the headers of every library, read the
device images of those that carry any, map each file to its distribution (RECORD), and
judge every library for the GPU; the runtime checks use the same headers."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.smoke.device_image import DeviceImage, describe
from app.smoke.forecast import owners, runtime
from app.smoke.forecast.headers import read_headers
from app.smoke.forecast.judge import Gpu, Verdict, judge
from app.smoke.forecast.summary import summarise_environment, summarise_packages
from app.smoke.forecast.texts import text
from app.smoke.inspect import is_library_name
from app.smoke.venv_runtime import site_packages

MAX_FILES = 500_000  # files walked in one environment (a torch venv holds ~30,000)
DEFAULT_LD_CONF = Path("/etc/ld.so.conf")
MAX_RAW_ARCHIVE = 256 * 1024 * 1024


@dataclass
class LibraryForecast:
    file: str  # relative to the environment (or the wheel)
    package: str | None
    version: str | None
    kind: str  # elf | pe | archive
    verdict: Verdict
    sycl_abi: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "package": self.package, "version": self.version, "kind": self.kind,
                **self.verdict.to_json(), "sycl_abi": self.sycl_abi, "notes": self.notes}


def read_images(path: Path, kind: str) -> tuple[list[DeviceImage], list[str], str]:
    """(device images, notes, problem) of a library whose headers show a `.tgtimg`."""
    from app.smoke import elf_images, pe_images
    from app.smoke.zebin import PARSE_ERRORS

    try:
        if kind == "archive":
            with open(path, "rb") as fh:
                data = fh.read(MAX_RAW_ARCHIVE + 1)
            if len(data) > MAX_RAW_ARCHIVE:
                return [], [], "a raw archive larger than any real one"
            return [describe("spir64_gen", data)], ["a raw ocloc archive; target assumed spir64_gen"], ""
        if kind == "elf":
            images, notes = elf_images.list_images(path)
        else:
            images, notes = pe_images.list_images(path)
        return images, notes, ""
    except (elf_images.NotSycl, pe_images.NotSycl):
        return [], [], ""
    except (*PARSE_ERRORS, pe_images.NotPE, OSError, OverflowError, MemoryError) as exc:
        return [], [], f"{type(exc).__name__}: {exc}"[:300]


def forecast_library(path: Path, gpu: Gpu, *, display: str, package: str | None = None,
                     version: str | None = None) -> tuple[LibraryForecast | None, list[str]]:
    """(forecast or None when the file carries no images, the SYCL ABIs it links)."""
    head = read_headers(path)
    abis = sorted({a for n in head.needed if (a := runtime.abi_of(n))})
    if not head.has_images:
        return None, abis
    images, notes, problem = read_images(path, head.kind)
    lib = LibraryForecast(display, package, version, head.kind, judge(images, gpu, problem=problem),
                          sycl_abi=abis, notes=notes)
    return lib, abis


def forecast_venv(venv: Path, gpu: Gpu, *, env: dict[str, str] | None = None,
                  ld_conf: Path | None = DEFAULT_LD_CONF, os_name: str | None = None) -> dict[str, Any]:
    """The forecast JSON for every library in `venv` on `gpu`. `env` is the environment the
    programs would run with (this process's by default): LD_LIBRARY_PATH / PATH decide shadowing."""
    start = time.perf_counter()
    read_before = _bytes_read()
    venv = Path(venv)
    sites = site_packages(venv)
    if not venv.is_dir() or not sites:
        raise BadInput(text("forecast_bad_venv", path=str(venv)))
    env = dict(os.environ) if env is None else env
    os_name = os_name or ("windows" if (venv / "Lib" / "site-packages").is_dir() and not
                          list((venv / "lib").glob("python3*")) else "linux")
    owner = owners.owner_map(sites, lambda rel: is_library_name(rel.rsplit("/", 1)[-1]))
    libraries: list[LibraryForecast] = []
    present: list[runtime.RuntimeFile] = []
    needs: list[tuple[str, str, str]] = []
    rpath_only: set[str] = set()
    unowned_with_images = 0
    for path in _library_files(venv):
        dist = owner.get(owners.key(path))
        package = dist.name if dist else None
        rel = _rel(path, venv)
        abi = runtime.abi_of(path.name)
        if abi:
            present.append(runtime.RuntimeFile(abi, str(path), package))
            continue
        head = read_headers(path)
        abis = sorted({a for n in head.needed if (a := runtime.abi_of(n))})
        for a in abis:
            needs.append((rel, package or "?", a))
        if head.rpath and not head.runpath:
            rpath_only.add(rel)
        if head.damaged:  # could hold images; say it could not be read rather than pass it over
            libraries.append(LibraryForecast(rel, package, dist.version if dist else None, head.kind,
                                             judge([], gpu, problem=head.problem)))
            continue
        if not head.has_images:
            continue
        images, notes, problem = read_images(path, head.kind)
        verdict = judge(images, gpu, problem=problem)
        if verdict.images == 0 and not problem:
            continue  # a `.tgtimg` with nothing in it: no device code
        unowned_with_images += dist is None
        libraries.append(LibraryForecast(rel, package, dist.version if dist else None, head.kind, verdict,
                                         sycl_abi=abis, notes=notes))
    torch_xpu = any(lib.package == "torch" for lib in libraries) or "xpu" in _version(sites, "torch")
    problems = runtime.check_abi(needs, present, env, os_name, ld_conf)
    problems += runtime.check_shadowing(present, needs, env, os_name, ld_conf, rpath_only)
    problems += runtime.check_triton(sites, torch_xpu)
    packages = summarise_packages([lib.to_json() for lib in libraries])
    result = {
        "venv": str(venv),
        "gpu": gpu.to_json(),
        "summary": summarise_environment(packages, gpu),
        "packages": packages,
        "libraries": [lib.to_json() for lib in libraries],
        "runtime": {
            "present": [{"abi": r.abi, "file": _rel(Path(r.path), venv), "package": r.package} for r in present],
            "needed": sorted({a for _l, _p, a in needs}),
            "problems": [p.to_json() for p in problems],
        },
        "seconds": round(time.perf_counter() - start, 3),
    }
    read = _bytes_read()
    if read is not None and read_before is not None:
        result["bytes_read"] = read - read_before
    return result


def _version(sites: list[Path], name: str) -> str:
    for site in sites:
        for dist in owners.installed(site):
            if dist.name == name:
                return dist.version
    return ""


def _library_files(root: Path) -> Iterator[Path]:
    """Every library file under `root`, each inode once (libfoo.so -> libfoo.so.1 symlinks)."""
    seen: set[tuple[int, int]] = set()
    walked = 0
    for dirpath, dirnames, files in os.walk(root):
        dirnames.sort()
        walked += len(files)
        if walked > MAX_FILES:
            break
        for name in sorted(files):
            if not is_library_name(name):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                continue
            k = (st.st_dev, st.st_ino)
            if k in seen and not runtime.abi_of(name):
                continue
            seen.add(k)
            yield path


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _bytes_read() -> int | None:
    """Bytes this process has read through read() calls so far (Linux), for the figures."""
    try:
        with open("/proc/self/io", "rb") as fh:
            for line in fh:
                if line.startswith(b"rchar:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None
