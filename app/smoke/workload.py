"""The smoke workload. Runs INSIDE the target venv's Python as a standalone script: it must
not import anything from `app`, and must run on any Python 3.8+.

Every step is wrapped in marker lines on stdout (`@@IPEX-SMOKE@@ {json}`), so the runner
can attribute the SYCL trace (also on stdout) to steps. A step that fails reports its error
in its end marker; the script itself never dies with a traceback.
"""

import ctypes
import importlib
import importlib.util
import json
import os
import platform
import sys
import time
import traceback

MARKER = "@@IPEX-SMOKE@@"


def _line_buffer_c_stdout():
    """The SYCL trace is printed by C++ code; on a pipe it would come in 4 KB blocks, out of
    order with our markers. Make the C stdout line-buffered (glibc only)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        stdout = ctypes.c_void_p.in_dll(libc, "stdout")
        libc.setvbuf(stdout, None, 1, 0)  # _IOLBF
    except Exception:
        pass


def emit(event, **fields):
    fields["event"] = event
    sys.stdout.write(MARKER + " " + json.dumps(fields, default=str) + "\n")
    sys.stdout.flush()


class Step:
    def __init__(self, name):
        self.name = name
        self.info = {}

    def __enter__(self):
        emit("begin", step=self.name)
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.info["seconds"] = round(time.perf_counter() - self.start, 6)
        if exc is not None:
            last = traceback.format_exception_only(exc_type, exc)[-1].strip()
            emit("end", step=self.name, ok=False, error=last[:500], **self.info)
        else:
            emit("end", step=self.name, ok=True, **self.info)
        return True  # swallow: the next step still runs


def timed(fn, sync):
    t = time.perf_counter()
    fn()
    sync()
    return round(time.perf_counter() - t, 6)


def first_and_second(step, fn, sync):
    step.info["first_call_s"] = timed(fn, sync)
    step.info["second_call_s"] = timed(fn, sync)


def torch_steps(state):
    with Step("torch_import") as s:
        if importlib.util.find_spec("torch") is None:
            s.info["installed"] = False
            state["torch"] = None
            return
        s.info["installed"] = True
        state["torch"] = None
        torch = importlib.import_module("torch")
        state["torch"] = torch
        s.info["torch_version"] = getattr(torch, "__version__", None)
        s.info["torch_xpu_version"] = getattr(getattr(torch, "version", None), "xpu", None)
        xpu = getattr(torch, "xpu", None)
        s.info["has_xpu_module"] = xpu is not None
        if xpu is not None and hasattr(xpu, "get_arch_list"):
            try:
                s.info["arch_list"] = list(xpu.get_arch_list())
            except Exception as exc:  # CPU builds may raise
                s.info["arch_list_error"] = str(exc)[:200]
    torch = state.get("torch")
    if torch is None:
        return
    if importlib.util.find_spec("intel_extension_for_pytorch") is not None:
        with Step("ipex_import") as s:
            ipex = importlib.import_module("intel_extension_for_pytorch")
            s.info["ipex_version"] = getattr(ipex, "__version__", None)
            s.info["build_aot"] = getattr(ipex, "__build_aot__", None)
    with Step("xpu_device") as s:
        xpu = getattr(torch, "xpu", None)
        available = bool(xpu is not None and xpu.is_available())
        s.info["available"] = available
        state["xpu"] = available
        if xpu is not None and available:
            s.info["device_count"] = xpu.device_count()
            s.info["device_name"] = xpu.get_device_name(0)
            props = xpu.get_device_properties(0)
            s.info["properties"] = {
                k: getattr(props, k)
                for k in dir(props)
                if not k.startswith("_") and isinstance(getattr(props, k, None), (int, float, str, bool))
            }
    if not state.get("xpu"):
        return
    sync = torch.xpu.synchronize
    state["x"] = None
    with Step("torch_setup") as s:
        t = time.perf_counter()
        state["x"] = torch.arange(1 << 16, dtype=torch.float32, device="xpu")
        sync()
        s.info["first_call_s"] = round(time.perf_counter() - t, 6)
    x = state["x"]
    if x is None:
        return
    with Step("torch_elementwise") as s:
        first_and_second(s, lambda: x.mul(2.0).add_(1.0), sync)
    with Step("torch_reduction") as s:
        first_and_second(s, x.sum, sync)
    # oneDNN generates its own kernels (native-handle programs): keep them apart.
    with Step("torch_matmul") as s:
        a = torch.ones(256, 256, device="xpu")
        first_and_second(s, lambda: a @ a, sync)
    with Step("torch_conv") as s:
        inp = torch.ones(1, 8, 32, 32, device="xpu")
        w = torch.ones(8, 8, 3, 3, device="xpu")
        first_and_second(s, lambda: torch.nn.functional.conv2d(inp, w), sync)


def sycl_steps(state):
    """The SYCL runtime alone (dpnp, else dpctl.tensor): tells driver problems from wheel ones."""
    name = None
    for candidate in ("dpnp", "dpctl.tensor"):
        try:
            if importlib.util.find_spec(candidate) is not None:
                name = candidate
                break
        except (ImportError, ValueError):
            continue
    if name is None:
        return
    with Step("sycl_import") as s:
        s.info["module"] = name
        mod = importlib.import_module(name)
        state["sycl_mod"] = mod
        dpctl = importlib.import_module("dpctl")
        s.info["dpctl_version"] = getattr(dpctl, "__version__", None)
        dev = dpctl.SyclDevice()
        s.info["device_name"] = dev.name
        s.info["backend"] = str(dev.backend)
        s.info["device_type"] = str(dev.device_type)
        s.info["driver_version"] = getattr(dev, "driver_version", None)
    mod = state.get("sycl_mod")
    if mod is None:
        return
    state["sx"] = None
    with Step("sycl_setup") as s:
        t = time.perf_counter()
        state["sx"] = mod.arange(1 << 16, dtype="f4")
        state["sx"].sycl_queue.wait()
        s.info["first_call_s"] = round(time.perf_counter() - t, 6)
    x = state["sx"]
    if x is None:
        return

    def sync():
        x.sycl_queue.wait()

    with Step("sycl_elementwise") as s:
        first_and_second(s, lambda: mod.add(x, x), sync)
    with Step("sycl_reduction") as s:
        first_and_second(s, lambda: mod.sum(x), sync)


def main():
    _line_buffer_c_stdout()
    state: dict = {}
    with Step("environment") as s:
        s.info["python"] = platform.python_version()
        s.info["executable"] = sys.executable
        s.info["platform"] = platform.platform()
        s.info["only"] = os.environ.get("IPEX_SMOKE_ONLY", "")
    only = os.environ.get("IPEX_SMOKE_ONLY", "")
    if only in ("", "torch"):
        torch_steps(state)
    if only in ("", "sycl"):
        sycl_steps(state)
    emit("done")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
