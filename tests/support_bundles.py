"""Support bundles as users send them, written by the real bundle writer
(app.report.bundle.write_bundle) from real states, each in its own user folders:

  aot     a real install from the loopback mirror (uv, a real venv), a GPU test record the real
          classifier made from a recorded AOT runtime trace for that venv, the real doctor;
  jit     the same with a recorded JIT trace (a cold cache: kernels compiled on first use);
  failed  a real install the mirror made fail (404 for torch): the engine's failure record;
  old     the aot bundle as an older version wrote it: no plan, no system facts, no logs;
  no_device    the aot install, its GPU test saw no GPU (the workload's report of a torch without
               an XPU device, through the runner's own rules);
  test_failed  the aot install, its GPU test failed (a recorded runtime that refuses SYCL_PI_TRACE).

The hardware is a recorded machine's PowerShell snapshot (the tests have no Intel GPU), handed
to the writer as the wizard's Finish page hands it a probe that was not live. Hostile variants
(an oversize member, a zip bomb, names leaving the folder, non-JSON parts) are made from these.
Used by tests/core/test_support_view.py and tests/gui/test_support_mode.py.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "data" / "probe" / "windows"
TRACES = ROOT / "tests" / "data" / "smoke"
A770 = SNAPSHOTS / "ps51_desktop_uhd770_a770.utf16.json"
MTL = SNAPSHOTS / "ps51_laptop_mtlh_nvidia.utf8bom.json"
KINDS = ("aot", "jit", "failed", "old", "no_device", "test_failed")
# The workload's markers when torch imports but sees no XPU device (app/smoke/workload.py's report).
NO_DEVICE_MARKERS = ('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_import", "ok": true, '
                     '"torch_xpu_version": "20250101"}\n'
                     '@@IPEX-SMOKE@@ {"event": "end", "step": "xpu_device", "ok": true, "available": false}\n'
                     '@@IPEX-SMOKE@@ {"event": "end", "step": "sycl_import", "ok": true, "device_type": "cpu"}\n')


@contextlib.contextmanager
def user_dirs(base: Path):
    """The app's data, cache and log folders under `base` while the block runs (each bundle
    collects the logs of its own state only)."""
    names = [f"IPEX_INSTALLER_{n}_DIR" for n in ("DATA", "CACHE", "LOG")]
    before = {n: os.environ.get(n) for n in names}
    for name in names:
        os.environ[name] = str(base / name.split("_")[2].lower())
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def environment(variables: dict[str, str]):
    before = {n: os.environ.get(n) for n in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def recorded_probe(snapshot: Path = A770):
    from app.probe.probe import probe_machine

    return probe_machine(windows_snapshot=snapshot)


def keep_smoke(trace: str, venv: Path) -> dict:
    """The GPU test's record for `venv` as the smoke runner keeps it (app.smoke.record), with
    the verdict the real classifier gives a recorded runtime trace."""
    from app.smoke import record
    from app.smoke.classify import classify_text

    stdout = (TRACES / f"{trace}.stdout.log").read_text(encoding="utf-8")
    stderr = (TRACES / f"{trace}.stderr.log").read_text(encoding="utf-8")
    verdict = classify_text(stdout + stderr)
    verdict["venv"] = str(venv.resolve())
    record.keep(verdict, stdout, stderr)
    return verdict


def keep_no_device(venv: Path) -> dict:
    """The GPU test's record for `venv` when the workload's torch sees no GPU: the verdict the
    runner's own rules give its report (app.smoke.runner)."""
    from app.smoke import record, runner
    from app.smoke.classify import TraceScanner

    scanner = TraceScanner()
    scanner.feed_text(NO_DEVICE_MARKERS)
    verdict = scanner.verdict(None)
    runner._apply_workload_outcome(verdict, scanner, None, False, {"stopped_on_jit": False}, 60, None)
    assert verdict["verdict"] == "no_device", verdict["verdict"]
    verdict["venv"] = str(venv.resolve())
    record.keep(verdict, NO_DEVICE_MARKERS, "")
    return verdict


def install(mirror, venv: Path) -> None:
    from mirror.fixtures import make_plan

    from app.install.engine import install as engine_install

    engine_install(make_plan(mirror), venv, seed_pip=False)


def write(out: Path, venv: Path | None, snapshot: Path = A770) -> Path:
    from app.report.bundle import write_bundle

    write_bundle(out, venv=venv, probe=recorded_probe(snapshot))
    return out


def build_all(root: Path, mirror) -> dict[str, Path]:
    """Every kind of bundle under `root` (a real install each for aot and jit)."""
    from app.errors import AppError

    out: dict[str, Path] = {}
    # The JIT user's shell also has a device selector that hides the GPU: the doctor's error.
    for kind, trace, snapshot, variables in (("aot", "derived_gpu_aot_ur", A770, {}),
                                             ("jit", "ur2026_cold", MTL, {"ONEAPI_DEVICE_SELECTOR": "opencl:cpu"})):
        with user_dirs(root / kind), environment(variables):
            venv = root / kind / "ipex env"
            install(mirror, venv)
            keep_smoke(trace, venv)
            out[kind] = write(root / f"{kind}.zip", venv, snapshot)
    with user_dirs(root / "failed"):
        torch = f"/whl/{mirror.wheels['torch==2.8.0+xpu'].name}"
        mirror.server.fault(torch, statuses=[404] * 20)
        try:
            install(mirror, root / "failed" / "ipex env")
        except AppError:
            pass
        else:
            raise AssertionError("the install was meant to fail")
        finally:
            mirror.server.clear_faults()
        out["failed"] = write(root / "failed.zip", None)
    # The aot install again, with a GPU test that saw no GPU, and one that failed.
    for kind, keep in (("no_device", keep_no_device), ("test_failed", lambda v: keep_smoke("ur2026_pi_trace_set", v))):
        with user_dirs(root / kind):
            verdict = keep(root / "aot" / "ipex env")
            assert verdict["verdict"] == kind.removeprefix("test_"), verdict["verdict"]
            out[kind] = write(root / f"{kind}.zip", root / "aot" / "ipex env")
    out["old"] = rewrite(out["aot"], root / "old.zip", drop=lambda n: n in ("plan.json", "system.json")
                         or n.startswith("logs/"))
    return out


def rewrite(source: Path, out: Path, drop=lambda name: False, add: dict[str, bytes | str] | None = None) -> Path:
    """A copy of the bundle `source` without the members `drop` names and with `add`'s."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if not drop(info.filename):
                dst.writestr(info, src.read(info))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out


def hostile(good: Path, folder: Path) -> dict[str, Path]:
    """Bundles that must be refused, or read without harm, made from a good one."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "oversize_member": rewrite(good, folder / "oversize.zip", drop=lambda n: n == "plan.json", add={
            "plan.json": '{"x": "' + os.urandom(9 * 512 * 1024).hex() + '"}'}),  # 9 MB that does not compress
        "plan_not_json": rewrite(good, folder / "plan-not-json.zip", drop=lambda n: n == "plan.json",
                                 add={"plan.json": "<html>not json</html>"}),
        "log_not_json": rewrite(good, folder / "log-not-json.zip", drop=lambda n: n.startswith("logs/smoke"),
                                add={"logs/smoke-99999999-x.json": "\x00\x01 not json"}),
        "traversal": rewrite(good, folder / "traversal.zip", add={
            "../../evil-smoke.json": '{"verdict": "aot"}', "logs/../../evil-install.json": '{"ok": false}',
            "/abs/logs/smoke-x.json": '{"verdict": "jit"}', "logs\\..\\..\\evil.json": "{}"}),
    }
    data = good.read_bytes()
    made["truncated"] = folder / "truncated.zip"
    made["truncated"].write_bytes(data[: len(data) // 2])  # starts like a zip, its directory is gone
    made["not_a_bundle"] = folder / "picture.zip"
    made["not_a_bundle"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    from hostile import zip_bomb

    made["zip_bomb"] = zip_bomb(folder / "bomb.zip", expanded=300 * 1024 * 1024, name="logs/smoke-1.json")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(made["zip_bomb"], "a") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
    return made


@pytest.fixture(scope="module")
def support_bundles(tmp_path_factory, standard_wheels):
    """Every kind of bundle (KINDS), built once per test module: real installs need pip and uv
    as on a clean machine (as tests/mirror's installer_env)."""
    from mirror.fixtures import Mirror, publish_standard
    from mirror.server import MirrorServer

    root = tmp_path_factory.mktemp("bundles")
    server = MirrorServer().start()
    try:
        publish_standard(server, standard_wheels)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PIP_CONFIG_FILE", os.devnull)
            for name in list(os.environ):
                if name.startswith(("PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_CONSTRAINT",
                                    "UV_INDEX", "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS", "UV_CONSTRAINT")):
                    mp.delenv(name, raising=False)
            mp.setenv("UV_NO_CONFIG", "1")
            mp.setenv("UV_CACHE_DIR", str(Path.home() / ".cache" / "ipex-aot-installer-tests" / "uv"))
            mp.setenv("PIP_NO_CACHE_DIR", "1")
            yield build_all(root, Mirror(server, standard_wheels))
    finally:
        server.stop()
