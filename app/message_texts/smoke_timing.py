"""The smoke test's timings apart: import (loading libraries) and kernel builds (from the trace)."""

from __future__ import annotations

from app.message_texts.mark import QT_TRANSLATE_NOOP

TEMPLATES = {
    "smoke_import_time": QT_TRANSLATE_NOOP(
        "Messages", "Importing took {seconds} s: loading the libraries, not compiling kernels."),
    "smoke_build_time": QT_TRANSLATE_NOOP(
        "Messages", "Building kernels took {seconds} s over {count} program build(s), {il_seconds} s of it from "
        "SPIR-V (JIT)."),
}
