"""AOT facts of a venv: the smoke package's static prediction (device images in torch's and
IPEX's libraries, matched to the GPU's IP version by the driver's member-selection rule).
This module only adapts its answer to the doctor's context."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.probe.model import Gpu
from app.report.context import AotFacts

logger = logging.getLogger(__name__)


def read_aot_facts(venv: Path, gpu: Gpu | None,
                   env: dict[str, str] | None = None) -> tuple[AotFacts | None, dict[str, Any] | None]:
    """(torch's and IPEX's AOT facts, the whole environment's forecast); the facts are None when
    there is nothing to inspect (no XPU libraries), both are None without an inspector."""
    try:
        from app.smoke.predict import predict
    except ImportError:
        return None, None
    try:
        result = predict(Path(venv), gpu.ip_version if gpu else None, getattr(gpu, "product", None), env=env)
    except Exception as exc:  # an unreadable library must not stop the doctor
        logger.debug("AOT prediction failed: %s", exc)
        return None, None
    libraries = [lib for lib in result.get("libraries", []) if lib.get("expect")]
    if not libraries:
        return None, result.get("forecast")
    ips: set[str] = set()
    for lib in libraries:
        ips.update(lib.get("aot_ip_versions") or [])
    return AotFacts(
        aot_ip_versions=sorted(ips),
        has_spirv=any(lib.get("has_spirv") for lib in libraries),
        files=[lib["file"] for lib in libraries],
        expect=result.get("expect"),
        certainty=result.get("certainty", "unknown"),
        reasons=list(result.get("reasons", [])),
    ), result.get("forecast")
