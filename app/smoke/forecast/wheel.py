"""Forecast a wheel before installing it: each library member is streamed to a temporary
file (never held whole, never the whole wheel unpacked) and forecast like an installed one;
the wheel's own name and version stand for the package."""

from __future__ import annotations

import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app import untrusted
from app.errors import BadInput
from app.messages import msg
from app.smoke.forecast.environment import LibraryForecast, forecast_library
from app.smoke.forecast.judge import Gpu
from app.smoke.forecast.summary import summarise_environment, summarise_packages
from app.smoke.inspect import MAX_WHEEL_BYTES, MAX_WHEEL_MEMBERS, is_library_name

if TYPE_CHECKING:
    import requests

    from app.fetch.remote_zip import RemoteZip


class WheelSource(Protocol):
    """What the forecast needs of a wheel: its member names, and one member into a file."""

    def libraries(self) -> list[str]: ...
    def extract(self, name: str, dest: Path) -> None: ...


class LocalWheel:
    def __init__(self, zf: zipfile.ZipFile, label: str):
        self.zf = zf
        self.label = label

    def libraries(self) -> list[str]:
        return [i.filename for i in self.zf.infolist() if not i.is_dir() and is_library_name(i.filename)]

    def extract(self, name: str, dest: Path) -> None:
        try:
            with self.zf.open(name) as src, open(dest, "wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
            raise untrusted.refused("bad_zip", file=f"{self.label}:{name}") from None


def wheel_identity(filename: str) -> tuple[str | None, str | None]:
    """(canonical project name, version) from a wheel's file name, or (None, None)."""
    from packaging.utils import InvalidWheelFilename, parse_wheel_filename
    from packaging.version import InvalidVersion

    try:
        name, version, _build, _tags = parse_wheel_filename(filename)
    except (InvalidWheelFilename, InvalidVersion):
        return None, None
    return str(name), str(version)


def forecast_source(source: WheelSource, label: str, gpu: Gpu,
                    on_library: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The forecast JSON for the libraries of one wheel."""
    start = time.perf_counter()
    package, version = wheel_identity(Path(label).name)
    libraries: list[LibraryForecast] = []
    abis: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="forecast-") as tmp:
        target = Path(tmp) / "lib"
        for name in source.libraries():
            if on_library is not None:
                on_library(name)
            source.extract(name, target)
            lib, needed = forecast_library(target, gpu, display=name, package=package or label, version=version)
            abis.update(needed)
            if lib is not None and (lib.verdict.images or lib.verdict.certainty == "unknown"):
                libraries.append(lib)
            target.unlink()
    packages = summarise_packages([lib.to_json() for lib in libraries])
    return {
        "wheel": label,
        "gpu": gpu.to_json(),
        "summary": summarise_environment(packages, gpu),
        "packages": packages,
        "libraries": [lib.to_json() for lib in libraries],
        "runtime": {"present": [], "needed": sorted(abis), "problems": []},
        "seconds": round(time.perf_counter() - start, 3),
    }


def open_local(path: Path) -> AbstractContextManager[zipfile.ZipFile]:
    if not path.is_file():
        raise BadInput(msg("path_missing", path=str(path)))
    if not untrusted.is_zip(path):
        raise untrusted.refused("not_zip", file=path)
    return untrusted.open_zip(path, path.name, max_members=MAX_WHEEL_MEMBERS, max_total=MAX_WHEEL_BYTES)


def forecast_wheel_file(path: Path, gpu: Gpu) -> dict[str, Any]:
    with open_local(path) as zf:
        return forecast_source(LocalWheel(zf, path.name), str(path), gpu)


class RemoteWheel:
    """A wheel on a server, read through HTTP Range requests (app.fetch.remote_zip): only the
    central directory and the library members travel, never the Python files or data."""

    def __init__(self, rz: RemoteZip):
        self.rz = rz

    def libraries(self) -> list[str]:
        return [m.name for m in self.rz.members if not m.is_dir and is_library_name(m.name)]

    def extract(self, name: str, dest: Path) -> None:
        self.rz.extract(self.rz.member(name), dest, limit=MAX_WHEEL_BYTES)


def forecast_wheel_url(url: str, gpu: Gpu, *, sha256: str | None = None,
                       session: requests.Session | None = None, allow_http: bool = False) -> dict[str, Any]:
    """Forecast a wheel on a server without downloading all of it."""
    from app.fetch.remote_zip import RemoteZip

    with RemoteZip(url, sha256=sha256, session=session, allow_http=allow_http) as rz:
        result = forecast_source(RemoteWheel(rz), rz.file, gpu)
        result["wheel_url"] = rz.shown
        result["transfer"] = dict(rz.transfer.to_json(), wheel_bytes=rz.size)
    return result


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def is_local(text: str) -> bool:
    return Path(text).is_file() or (text.lower().endswith((".whl", ".zip")) and not is_url(text))
