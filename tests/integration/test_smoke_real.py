"""The smoke test against real venvs: Intel's SYCL runtimes from PyPI on the CPU OpenCL
device (UR era 2026.2 with dpnp, PI era 2024.2 with dpctl 0.17), a venv without torch, a
CPU-only torch, a broken torch, a hanging torch. Runtimes are provisioned by tests/runtimes.py
into a cache (first run: about 4 GB on disk, a few minutes; later runs reuse it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import runtimes

from app.events import StepFinished, Warning_
from app.smoke.runner import child_env, run_smoke, warm_cache
from app.smoke.venv_runtime import detect

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ur_venv():
    return runtimes.ur_runtime()


@pytest.fixture(scope="module")
def pi_venv():
    return runtimes.pi_runtime()


def _plain_venv(path):
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    return path


def _site(venv):
    return next((venv / "lib").glob("python3*/site-packages"))


def test_ur_runtime_cold_run_is_jit_then_cached(ur_venv, tmp_path):
    rt = detect(ur_venv)
    assert rt.api == "ur" and rt.sycl_major >= 8 and rt.trace_variable == "SYCL_UR_TRACE"
    env = child_env(rt, tmp_path / "s", tmp_path / "n")
    assert "SYCL_PI_TRACE" not in env and env["SYCL_UR_TRACE"] == "2"  # PI's would kill it

    cold = run_smoke(ur_venv, cache_dir=tmp_path / "cache", timeout=600)
    assert cold["verdict"] == "jit", cold["advice"]
    assert cold["runtime"]["api"] == "ur" and cold["runtime"]["api_in_trace"] == "ur"
    assert cold["programs"]["il"] >= 1 and cold["programs"]["cache_hits"] == 0
    assert cold["cache"]["started_empty"] is True and cold["cache"]["files_after"] > 0
    assert any("urProgramCreateWithIL(" in e for e in cold["evidence"])
    assert any("PyTorch is not installed" in a for a in cold["advice"])
    steps = cold["timings"]["steps"]
    assert steps["sycl_reduction"]["first_call_s"] > steps["sycl_reduction"]["second_call_s"]
    _import_apart_from_builds(cold, jit=True)

    warm = run_smoke(ur_venv, cache_dir=tmp_path / "cache", timeout=600)
    assert warm["verdict"] == "cached", warm["evidence"]
    assert warm["programs"]["il"] == 0 and warm["programs"]["cache_hits"] >= 1
    assert any("using cached device binary" in e for e in warm["evidence"])
    _import_apart_from_builds(warm, jit=False)


def _import_apart_from_builds(result, jit: bool) -> None:
    """The real runtime's trace, fed live: the import step's time is counted as import, the
    program builds (urProgramBuild/piProgramBuild) as kernel builds, from IL only when JIT."""
    t = result["timings"]
    steps = t["steps"]
    imports = [s["seconds"] for name, s in steps.items() if name.endswith("_import")]  # torch's (absent), sycl's
    assert t["import_s"] == pytest.approx(sum(imports)) and steps["sycl_import"]["seconds"] > 0
    assert t["builds"] >= 1 and t["kernel_build_s"] > 0
    assert (t["kernel_build_from_il_s"] > 0) == jit
    assert t["kernel_build_s"] <= t["child_s"]
    assert sum(s.get("build_s", 0) for s in steps.values()) == pytest.approx(t["kernel_build_s"], abs=1e-5)
    print(f"\n{result['runtime']['api']} {result['verdict']}: import {t['import_s']:.3f} s, "
          f"{t['builds']} builds {t['kernel_build_s']:.4f} s (from IL {t['kernel_build_from_il_s']:.4f} s), "
          f"child {t['child_s']:.2f} s")


def test_pi_runtime_cold_run_is_jit_then_cached(pi_venv, tmp_path):
    rt = detect(pi_venv)
    assert rt.api == "pi" and rt.sycl_major == 7 and rt.trace_variable == "SYCL_PI_TRACE"
    cold = run_smoke(pi_venv, cache_dir=tmp_path / "cache", timeout=600)
    assert cold["verdict"] == "jit", (cold["advice"], cold.get("stderr_tail"))
    assert cold["runtime"]["api"] == "pi" and cold["programs"]["il"] >= 1
    assert any("piProgramCreate(" in e for e in cold["evidence"])
    warm = run_smoke(pi_venv, cache_dir=tmp_path / "cache", timeout=600)
    # 2024 runtimes print no cache lines: the non-empty cache directory is the evidence.
    assert warm["verdict"] == "cached", warm["evidence"]
    assert warm["programs"]["il"] == 0 and warm["programs"]["binary"] >= 1
    assert warm["cache"]["started_empty"] is False
    _import_apart_from_builds(cold, jit=True)
    _import_apart_from_builds(warm, jit=False)


def test_jit_is_reported_at_once_and_can_stop_the_run(ur_venv, tmp_path):
    events = []
    result = run_smoke(ur_venv, stop_on_jit=True, timeout=600, on_event=events.append)
    warnings = [e for e in events if isinstance(e, Warning_) and e.code == "jit_detected"]
    assert len(warnings) == 1 and warnings[0].params["step"] == "sycl_setup"
    assert result["verdict"] == "jit" and result["stopped_early"] is True
    assert "sycl_reduction" not in result["timings"]["steps"]


def test_user_cancel_stops_the_child(ur_venv):
    cancel = threading.Event()

    def on_event(event):
        if getattr(event, "step", "") == "smoke.sycl_import":
            cancel.set()

    result = run_smoke(ur_venv, timeout=600, on_event=on_event, cancel=cancel)
    assert result["stopped_early"] is True and result["verdict"] == "failed"
    assert "sycl_reduction" not in result["timings"]["steps"]


def test_smoke_cli_json_and_warm_cache(run_cli, ur_venv, tmp_path):
    cache = tmp_path / "warm"
    done = run_cli("smoke", "--venv", ur_venv, "--json", "--no-predict", "--warm-cache", cache, timeout=900)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"verdict", "programs", "runtime", "evidence", "advice"}
    assert data["warm_cache"]["first_run"]["verdict"] == "jit"
    assert data["warm_cache"]["second_run"]["verdict"] == "cached"
    assert data["warm_cache"]["verified"] is True and data["verdict"] == "cached"
    assert data["warm_cache"]["use_env"]["SYCL_CACHE_DIR"] == str(cache / "sycl")
    assert any(f"SYCL_CACHE_DIR={cache / 'sycl'}" in a for a in data["advice"])
    assert "Warming the JIT cache" in done.stderr and "(run 2 of 2)" in done.stderr


def _users_own_run(venv, env_vars: dict) -> subprocess.CompletedProcess:
    """A user's own dpnp script, started the way the advice says (not through our runner)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SYCL_", "NEO_"))}
    env.update({**detect(venv).env_fixes, **env_vars, "SYCL_CACHE_TRACE": "1", "SYCL_UR_TRACE": "2"})
    # The ops the workload warmed; other kernels are compiled on their own first use.
    script = "import dpnp; x = dpnp.arange(1 << 16, dtype='f4'); y = dpnp.add(x, x); print(int(dpnp.sum(x)))"
    return subprocess.run([str(runtimes.venv_python(venv)), "-c", script], check=False, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_jit_run_keeps_its_kernels_and_the_advice_makes_own_runs_reuse_them(ur_venv):
    cold = run_smoke(ur_venv, timeout=600)  # fresh temporary caches, as for every user
    assert cold["verdict"] == "jit"
    kept = Path(cold["cache"]["kept_dir"])
    assert cold["cache"]["kept_files"] > 0 and any((kept / "sycl").rglob("*.bin"))
    assert any(a.startswith(f"The kernels this run compiled are kept in {kept}") for a in cold["advice"])
    # The user's own run with exactly the advised variables is served from the kept cache.
    own = _users_own_run(ur_venv, cold["cache"]["use_env"])
    assert own.returncode == 0 and "2147450880" in own.stdout.splitlines(), own.stderr[-500:]
    assert "using cached device binary" in own.stderr and "urProgramCreateWithIL(" not in own.stdout
    # Without the variables the same script JIT-compiles again: the check above can fail.
    again = _users_own_run(ur_venv, {})
    assert "urProgramCreateWithIL(" in again.stdout

    # The warm-cache flow over the kept cache: served from it at once, and verified.
    events = []
    warmed = warm_cache(ur_venv, timeout=600, on_event=events.append)
    assert warmed["warm_cache"]["dir"] == str(kept) and warmed["warm_cache"]["verified"] is True
    assert warmed["warm_cache"]["first_run"]["verdict"] == "cached"
    assert [e.step for e in events if isinstance(e, StepFinished) and e.step.startswith("warm.")] == [
        "warm.fill",
        "warm.verify",
    ]


def test_warm_cache_stops_after_a_failed_first_run(tmp_path):
    venv = _plain_venv(tmp_path / "empty")
    result = warm_cache(venv, tmp_path / "cache", timeout=120)
    assert result["verdict"] == "failed" and result["warm_cache"]["second_run"] is None
    assert result["warm_cache"]["verified"] is False
    assert any("was not warmed" in a for a in result["advice"])


def test_venv_without_torch(run_cli, tmp_path):
    venv = _plain_venv(tmp_path / "empty venv")  # a space in the path, as users have
    done = run_cli("smoke", "--venv", venv, "--json", "--no-predict")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["verdict"] == "failed"
    assert any("PyTorch is not installed" in a for a in data["advice"])
    assert data["runtime"]["api"] is None
    assert "Traceback" not in done.stdout + done.stderr


def test_cpu_only_torch_is_no_device(run_cli):
    venv = runtimes.torch_cpu_venv()
    done = run_cli("smoke", "--venv", venv, "--json", "--no-predict", timeout=300)
    data = json.loads(done.stdout)
    assert data["verdict"] == "no_device", data
    assert done.returncode == 1
    assert data["workload"]["torch_import"]["torch_version"].startswith("2.13.0")
    assert any("CPU-only build" in a for a in data["advice"])
    assert "Traceback" not in done.stderr


def test_broken_torch_import_is_failed_with_the_error(run_cli, tmp_path):
    venv = _plain_venv(tmp_path / "broken")
    pkg = _site(venv) / "torch"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "raise ImportError('libtorch_xpu.so: cannot open shared object file: No such file or directory')\n"
    )
    done = run_cli("smoke", "--venv", venv, "--json", "--no-predict")
    data = json.loads(done.stdout)
    assert done.returncode == 1
    assert data["verdict"] == "failed"
    assert "libtorch_xpu.so" in data["error"]
    assert any("Importing torch failed" in a for a in data["advice"])
    assert "Traceback" not in done.stderr

    human = run_cli("smoke", "--venv", venv, "--no-predict")
    assert "Verdict: FAILED" in human.stdout and "libtorch_xpu.so" in human.stdout


def test_hanging_workload_hits_the_hard_timeout(tmp_path):
    venv = _plain_venv(tmp_path / "hang")
    pkg = _site(venv) / "torch"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import time\ntime.sleep(120)\n")
    result = run_smoke(venv, timeout=3)
    assert result["verdict"] == "failed"
    assert any("did not finish within 3 s" in a for a in result["advice"])
    assert result["timings"]["child_s"] < 30


def test_not_a_venv_is_bad_input(run_cli, tmp_path):
    done = run_cli("smoke", "--venv", tmp_path, "--no-predict")
    assert done.returncode == 2 and "no Python interpreter" in done.stderr


def test_ctrl_c_in_the_cli_stops_the_child_and_still_reports(tmp_path):
    import os
    import signal
    import time
    from pathlib import Path

    venv = _plain_venv(tmp_path / "slow")
    pkg = _site(venv) / "torch"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import time\ntime.sleep(120)\n")  # a very slow import
    root = Path(__file__).resolve().parents[2]
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "smoke", "--venv", str(venv), "--json", "--no-predict"],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    seen = []
    for line in child.stderr:
        seen.append(line)
        if "running torch_import" in line:
            break
    os.kill(child.pid, signal.SIGINT)
    out, err = child.communicate(timeout=60)
    data = json.loads(out)
    assert data["stopped_early"] is True, seen + [err]
    assert data["verdict"] == "failed" and child.returncode == 1
    assert any("cancelled" in a for a in data["advice"])
    assert time.monotonic() - start < 60  # the 120 s import was killed, not waited for
    assert "Traceback" not in err


def test_each_run_is_kept_with_its_raw_trace_for_the_support_bundle(ur_venv, tmp_path):
    from app import paths

    result = run_smoke(ur_venv, cache_dir=tmp_path / "cache", timeout=600)
    record = paths.log_dir() / Path(result["record"]).name
    assert record.is_file()
    assert json.loads(record.read_text(encoding="utf-8"))["verdict"] == result["verdict"]
    raw = record.with_suffix(".log").read_text(encoding="utf-8")
    # The raw trace is there, not just our summary of it.
    assert "urProgramCreateWithIL(" in raw

    from app.report.bundle import write_bundle

    out = tmp_path / "bundle.zip"
    write_bundle(out)
    import zipfile

    names = zipfile.ZipFile(out).namelist()
    assert any(n.endswith(record.name) for n in names), names
    assert any(n.endswith(record.with_suffix(".log").name) for n in names), names


def test_static_prediction_is_said_before_the_run(run_cli, tmp_path, reference_dir):
    venv = _plain_venv(tmp_path / "v")
    lib = _site(venv) / "torch" / "lib"
    lib.mkdir(parents=True)
    (lib / "libtorch_xpu.so").write_bytes((reference_dir / "ocloc_archives" / "torch-2.7-linux.ar").read_bytes())
    done = run_cli("smoke", "--venv", venv, "--gpu-ip", "12.70.4", "--product", "mtl", "--json", timeout=120)
    data = json.loads(done.stdout)
    assert data["prediction"]["expect"] == "jit" and data["prediction"]["certainty"] == "documented"
    first = done.stderr.splitlines()[0]
    assert first.startswith("Static check: JIT expected (documented); libtorch_xpu.so:")


@pytest.mark.parametrize("extra", [["--stop-on-jit"], ["--cache-dir", "somewhere"]])
def test_warm_cache_refuses_options_that_would_defeat_it(run_cli, tmp_path, extra):
    done = run_cli("smoke", "--venv", tmp_path, "--warm-cache", *extra)
    assert done.returncode == 2 and "cannot be combined" in done.stderr and "Traceback" not in done.stderr
