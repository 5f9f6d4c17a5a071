"""AOT facts of a venv: which GPU IP versions the SYCL libraries of torch and IPEX carry native
code for, and whether SPIR-V (a JIT fallback) is there. The smoke package's inspector does
the reading; this module only picks the files and merges the answers."""

from __future__ import annotations

import logging
from pathlib import Path

from app.report.context import AotFacts
from app.report.venv_facts import VenvFacts

logger = logging.getLogger(__name__)

# The libraries that hold device images (others in torch/lib hold none and are skipped).
_SYCL_LIB_HINTS = ("xpu", "sycl", "intel-ext-pt-gpu", "intel_ext_pt_gpu", "ipex")


def sycl_libraries(facts: VenvFacts) -> list[Path]:
    out = []
    for paths in facts.libs.values():
        for p in paths:
            name = Path(p).name.lower()
            if any(h in name for h in _SYCL_LIB_HINTS):
                out.append(Path(p))
    return out


def _inspector():
    """The smoke package's per-file inspector, or None while it is not there."""
    try:
        from app.smoke import inspect as inspect_module
    except ImportError:
        return None
    return getattr(inspect_module, "inspect_library", None)


def read_aot_facts(facts: VenvFacts) -> AotFacts | None:
    files = sycl_libraries(facts)
    inspect = _inspector()
    if not files or inspect is None:
        return None
    ips: set[str] = set()
    spirv = False
    seen = []
    for path in files:
        try:
            result = inspect(path)
        except Exception as exc:  # one unreadable library must not hide the others
            logger.debug("could not inspect %s: %s", path, exc)
            continue
        data = result.to_json() if hasattr(result, "to_json") else result
        if not data.get("images"):
            continue
        seen.append(str(path))
        ips.update(data.get("aot_ip_versions", []))
        spirv = spirv or bool(data.get("has_spirv"))
    if not seen:
        return None
    return AotFacts(aot_ip_versions=sorted(ips), has_spirv=spirv, files=seen)
