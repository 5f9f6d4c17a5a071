"""The core calls the wizard makes, in one place, each a blocking function that a TaskRunner
runs off the GUI thread. Each engine is imported inside the function that uses it, so the
wizard's first paint does not wait for the planner, installer or smoke runner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def probe_machine(on_event: Callable[[Any], None], cancel: threading.Event, **source):
    """This machine, or a recorded one: source is sysfs_root=DIR or windows_snapshot=FILE,
    as for `python -m app probe`."""
    from app.probe.probe import probe_machine

    return probe_machine(**source)


def make_plan(probe, gpu_index, channel: str, ipex: str | None, torch: str | None):
    """The planner for the GPU the user chose, with the Pythons the probe found, over the
    catalog the store picks (refreshed or built-in)."""
    from app.catalog.planner import plan

    return plan(probe, gpu_index=gpu_index, channel=channel, ipex=ipex, torch=torch)


@dataclass
class InstallOptions:
    venv: Path
    python: str | None  # None: the engine finds or downloads one
    mirror: str  # us | cn
    proxy: str | None
    extra_mirrors: list[str] = field(default_factory=list)  # HOST=URL
    allow_http: bool = False  # plain http:// to other hosts, on the user's explicit word


def install(plan, options: InstallOptions, on_event, cancel):
    from app.fetch.mirrors import parse_mirrors
    from app.install.engine import install as run

    mirrors = parse_mirrors([options.mirror, *options.extra_mirrors], allow_http=options.allow_http)
    return run(plan, options.venv, python=options.python, mirrors=mirrors, proxy=options.proxy,
               allow_http=options.allow_http, on_event=on_event, cancel=cancel)


def dry_run(plan, venv: Path, on_event, cancel) -> list[str]:
    """What installing `plan` would change in the existing venv: one line per package. Reads
    what is installed (the venv's own Python) and compares with the plan's pins; downloads
    nothing, so it is quick even before gigabytes of wheels are fetched."""
    from app.envs.venv import installed, venv_python
    from app.install.engine import compute_dry_run

    current = installed(venv_python(Path(venv)), cancel)
    return compute_dry_run(plan.choice.steps, current).lines()


def smoke(venv: Path, probe, gpu_index, on_event, cancel) -> dict:
    """The smoke test with the static prediction for the chosen GPU (the runner keeps the
    verdict and raw trace in the log folder, where the support bundle collects them)."""
    from app.smoke.predict import predict
    from app.smoke.runner import run_smoke as run

    prediction = None
    gpu = probe.gpus[gpu_index] if probe is not None and gpu_index is not None else None
    if gpu is not None:
        prediction = predict(Path(venv), gpu.ip_version, getattr(gpu, "product", None))
    return run(venv, prediction=prediction, on_event=on_event, cancel=cancel)


def warm_cache(venv: Path, on_event, cancel) -> dict:
    """For a GPU no build covers: fill the kept JIT cache once, then prove a second run is
    served from it (`cached`); the result carries `warm_cache` with the dir and variables."""
    from app.smoke.runner import warm_cache as run

    return run(Path(venv), None, on_event=on_event, cancel=cancel)


def jit_cache_dir() -> Path:
    """Where the smoke test keeps the kernels it compiled (and warming fills)."""
    from app.smoke.jit_cache import default_dir

    return default_dir()


def keep_cache_commands(base: Path, os_name: str) -> dict[str, str]:
    """The variables that make the user's own runs use the cache in `base`, per shell of the
    OS the venv lives on (the same shells as the activation commands)."""
    from app.shell_quote import set_variables
    from app.smoke.jit_cache import use_env

    return set_variables(use_env(base, os_name == "windows"), os_name)


def is_jit_detected(event) -> bool:
    """The smoke runner's early notice that the runtime is JIT-compiling."""
    return getattr(event, "code", None) == "jit_detected"


def verdict_dict(verdict) -> dict:
    if isinstance(verdict, dict):
        return verdict
    to_json = getattr(verdict, "to_json", None)
    return to_json() if to_json else dict(vars(verdict))


def timing_rows(verdict: dict) -> list[tuple[str, float | None, float | None, float | None]]:
    """(step, first call s, second call s, whole step s) from the verdict's timings; a time
    the workload did not measure is None. Steps with no time at all are left out."""
    steps = (verdict.get("timings") or {}).get("steps") or {}
    rows = []
    for name, t in steps.items():
        times = [t.get(k) if isinstance(t.get(k), (int, float)) else None
                 for k in ("first_call_s", "second_call_s", "seconds")]
        if any(x is not None for x in times):
            rows.append((name, *times))
    return rows


def write_bundle(venv: Path | None, out: str, probe, on_event, cancel) -> str:
    from app.report.bundle import write_bundle

    result = write_bundle(Path(out), venv=venv, probe=probe, on_event=on_event, cancel=cancel)
    return str(result.path)


def time_servers(urls: dict[str, str], proxy: str | None, timeout: float, on_event, cancel):
    """Which download servers answer fastest (app.fetch.fastest), through the user's proxy."""
    from app.fetch.fastest import fastest
    from app.fetch.session import make_session

    return fastest(urls, lambda: make_session(proxy), timeout, cancel)


def server_probe_urls() -> dict[str, str]:
    """The index pages timed for the automatic server choice (Intel's two regions)."""
    from app.fetch.fastest import probe_urls

    return probe_urls()


def newer_releases(os_name: str, index_url: str | None, timeout: float, on_event, cancel) -> list:
    """Torch series on the index newer than the catalog knows (app.catalog.newer.look): a
    notice for the Build page, within `timeout` seconds, [] when the index cannot be read."""
    from app.catalog import newer, store

    return newer.look(store.load(), os_name, index_url, cancel, timeout)
