"""The optional in-venv check: import torch (and IPEX when present) in the venv's own Python
and ask torch.xpu whether it sees a device. Importing torch takes seconds, so the doctor does
this only when asked (--check-xpu)."""

from __future__ import annotations

import json
from pathlib import Path

from app import proc
from app.messages import msg
from app.report.context import XpuFacts
from app.report.venv_facts import venv_python

_SCRIPT = r"""
import json, sys
out = {"imported": False}
try:
    import torch
    out["imported"] = True
    out["torch"] = getattr(torch, "__version__", None)
except BaseException as exc:
    out["error"] = f"{type(exc).__name__}: {exc}"
if out["imported"]:
    try:
        import importlib.util
        if importlib.util.find_spec("intel_extension_for_pytorch") is not None:
            import intel_extension_for_pytorch as ipex
            out["ipex"] = getattr(ipex, "__version__", "?")
    except BaseException as exc:
        out["error"] = f"intel_extension_for_pytorch: {type(exc).__name__}: {exc}"
    xpu = getattr(torch, "xpu", None)
    if xpu is None:
        out["available"] = False
        out["error"] = out.get("error") or "this torch has no torch.xpu module"
    else:
        try:
            out["available"] = bool(xpu.is_available())
            out["device_count"] = int(xpu.device_count())
            out["devices"] = [str(xpu.get_device_name(i)) for i in range(out["device_count"])]
        except BaseException as exc:
            out["available"] = False
            out["error"] = f"{type(exc).__name__}: {exc}"
        try:
            out["arch_list"] = list(xpu.get_arch_list())
        except BaseException:
            out["arch_list"] = []
print("@@XPU@@" + json.dumps(out))
"""


def check_xpu_in_venv(venv: Path, *, timeout: float = 180) -> XpuFacts:
    """Run the import check; a crash or timeout becomes an XpuFacts with the error."""
    python = venv_python(venv)
    result = proc.run([python, "-I", "-c", _SCRIPT], env=proc.clean_env(), timeout=timeout)
    tail = [ln for ln in result.stderr.strip().splitlines() if ln.strip()][-15:]
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("@@XPU@@")), None)
    if line is None:
        why = (msg("xpu_check_timed_out") if result.timed_out
               else msg("xpu_check_ended", exit_code=result.returncode))
        return XpuFacts(imported=False, error=why, stderr_tail=tail, seconds=result.seconds)
    data = json.loads(line[len("@@XPU@@"):])
    return XpuFacts(
        imported=bool(data.get("imported")),
        available=data.get("available"),
        device_count=data.get("device_count"),
        devices=list(data.get("devices") or []),
        arch_list=list(data.get("arch_list") or []),
        ipex=data.get("ipex"),
        error=data.get("error"),
        stderr_tail=tail,
        seconds=result.seconds,
    )
