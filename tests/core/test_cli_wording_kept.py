"""The wizard words some core sentences its own way (app/message_texts/wizard.py); the CLI, JSON
and support bundle keep the core's English, which names the command to run: a contract."""

from __future__ import annotations

from app import CLI
from app.message_texts import TEMPLATES
from app.messages import msg
from app.smoke import runner
from app.smoke.classify import TraceScanner


def _advice(report: str) -> list[str]:
    scanner = TraceScanner()
    scanner.feed_text(report)
    out = scanner.verdict(None)
    runner._apply_workload_outcome(out, scanner, None, False, {"stopped_on_jit": False}, 60, None)
    return [str(a) for a in out["advice"]]


def test_the_cli_keeps_its_command_lines():
    no_torch = _advice('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_import", "ok": false, "installed": false}\n')
    assert f"PyTorch is not installed in this venv: install an XPU build into it ({CLI} install --venv DIR)." \
        in no_torch
    unavailable = _advice('@@IPEX-SMOKE@@ {"event": "end", "step": "torch_import", "ok": true, '
                          '"torch_xpu_version": "20250101"}\n'
                          '@@IPEX-SMOKE@@ {"event": "end", "step": "xpu_device", "ok": true, "available": false}\n')
    assert (f"torch.xpu.is_available() is False: check the GPU driver ({CLI} probe), that your user may open "
            "/dev/dri/renderD* (the render group on Linux), and that no other runtime hides the GPU.") in unavailable
    no_device = _advice("No device of requested type available\n")
    assert f"No SYCL device was found: check the GPU driver and permissions ({CLI} probe)." in no_device
    assert "say --cache-was-empty yes" in str(msg("smoke_cache_not_ruled_out"))
    assert "see 'rejected' for why" in TEMPLATES["nothing_fits"]
