"""The Python a venv is built from: inspect it, reject the ones that cannot work, and when
none fits, provision one with uv (`uv python install X.Y`)."""

from __future__ import annotations

import json
import logging
import os
import struct
import sys
import threading
from pathlib import Path

from app import proc
from app.envs.python_info import PythonInfo
from app.errors import AppError, BadInput
from app.events import EventSink, LogLine, ignore
from app.messages import msg

logger = logging.getLogger(__name__)

_INFO = (
    "import json, struct, sys; print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], "
    "'bits': struct.calcsize('P') * 8, 'implementation': sys.implementation.name, "
    "'executable': sys.executable}))"
)


def inspect(exe: str | Path, timeout: float = 60) -> tuple[PythonInfo, str]:
    """(PythonInfo, implementation name) of a Python executable, by running it (the app's own
    interpreter, same file, is answered from this process)."""
    exe = str(exe)
    if _is_this_interpreter(exe):  # the same binary answers the same; spare a start-up
        return PythonInfo(path=exe, version=".".join(map(str, sys.version_info[:3])), bits=struct.calcsize("P") * 8,
                          source="given"), sys.implementation.name
    try:
        result = proc.run([exe, "-I", "-c", _INFO], env=proc.clean_env(), timeout=timeout)
    except AppError as exc:
        raise BadInput(msg("python_cannot_run", python=exe, reason=str(exc).rstrip("."))) from None
    if result.returncode != 0 or result.timed_out:
        raise BadInput(msg("python_did_not_start", python=exe, exit_code=result.returncode))
    try:
        data = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise BadInput(msg("python_not_python", python=exe)) from None
    return PythonInfo(path=exe, version=data["version"], bits=int(data["bits"]), source="given"), data["implementation"]


def _is_this_interpreter(exe: str) -> bool:
    if getattr(sys, "frozen", False):
        return False
    try:
        here = os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)
        return os.path.samefile(os.path.realpath(exe), here)
    except OSError:
        return False


def check(info: PythonInfo, implementation: str, want: str) -> PythonInfo:
    """Raise BadInput with the reason when this Python cannot host the build."""
    if implementation != "cpython":
        raise BadInput(msg("python_not_cpython", python=info.path, implementation=implementation, want=want))
    if info.bits != 64:
        raise BadInput(msg("python_not_64bit", python=info.path, bits=info.bits, want=want))
    if info.major_minor != want:
        raise BadInput(msg("python_wrong_version", python=info.path, version=info.version, want=want))
    return info


def uv_bin() -> str | None:
    try:
        import uv

        return uv.find_uv_bin()
    except (ImportError, FileNotFoundError):
        return None


def find_python(
    want: str,
    *,
    explicit: str | None = None,
    provision: bool = True,
    uv_python_mirror: str | None = None,
    network_env: dict[str, str] | None = None,  # certificates and proxy for uv's download
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
) -> PythonInfo:
    """The Python to build the venv from, in this order: the one given (checked, never
    replaced), one the probe found, one uv finds, one uv installs. provision=False (a dry
    run) writes nothing: no download, and discovery's answer cache is left as it was."""
    if explicit:
        info, impl = inspect(explicit)
        return check(info, impl, want)
    for info in _discovered() if provision else _discovered(remember=False):
        if info.bits == 64 and info.major_minor == want:
            try:
                real, impl = inspect(info.path)
                real.source = info.source
                return check(real, impl, want)
            except BadInput as exc:
                on_event(LogLine("python", f"skipped {info.path}: {exc}"))
    uv = uv_bin()
    if uv is None:
        raise BadInput(msg("python_not_found", want=want))
    found = _uv_find(uv, want, cancel)
    if found:
        info, impl = inspect(found)
        info.source = "uv-find"
        return check(info, impl, want)
    if not provision:
        raise BadInput(msg("python_not_found", want=want))
    on_event(LogLine("python", f"no Python {want} here; installing one with uv into {pythons_dir()}"))
    # Into our own folder, with no links in ~/.local/bin and no registry entries: the user's
    # own Python set-up does not change.
    argv = [uv, "python", "install", want, "--install-dir", str(pythons_dir()), "--no-bin", "--no-registry"]
    env = _uv_env(network_env)
    if uv_python_mirror:  # by the environment: a mirror URL may carry a token (never on argv)
        env["UV_PYTHON_INSTALL_MIRROR"] = uv_python_mirror
    result = proc.run(argv, env=env, cancel=cancel, timeout=1800,
                      on_stderr=lambda line: on_event(LogLine("uv", line)))
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise AppError(msg("python_uv_install_failed", want=want, reason=last))
    found = _uv_find(uv, want, cancel)
    if not found:
        raise AppError(msg("python_uv_lost", want=want))
    info, impl = inspect(found)
    info.source = "uv-install"
    return check(info, impl, want)


def _discovered(remember: bool = True) -> list[PythonInfo]:
    """What the probe's discovery finds (app.envs.discover, when present)."""
    try:
        from app.envs.discover import find_pythons
    except ImportError:
        return []
    try:
        return list(find_pythons(remember=remember))
    except Exception as exc:  # discovery is a hint; a failure there must not stop an install
        logger.warning("Python discovery failed: %s", exc)
        return []


def pythons_dir() -> Path:
    """Where Pythons that uv installs for us live (the venvs made from them need them kept)."""
    from app import paths

    return paths.data_dir() / "pythons"


def _uv_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return proc.clean_env({**(extra or {}), "UV_PYTHON_INSTALL_DIR": str(pythons_dir())})


def _uv_find(uv: str, want: str, cancel: threading.Event | None) -> str | None:
    result = proc.run([uv, "python", "find", "--system", "--no-project", want],
                      env=_uv_env(), cancel=cancel, timeout=120)
    path = result.stdout.strip().splitlines()[-1] if result.returncode == 0 and result.stdout.strip() else None
    return path
