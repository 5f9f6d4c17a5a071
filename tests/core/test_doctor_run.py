"""run_doctor as the GUI would call it: events in order, cancel, and the JSON shape; on the
project's own venv (a real venv whose Python answers in a tenth of a second)."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest

from app.errors import Cancelled
from app.events import StepFinished, StepStarted
from app.probe.model import Probe
from app.report.doctor import render_text, run_doctor

PROBE = Path(__file__).resolve().parent.parent / "data" / "doctor" / "probe_a770_linux.json"
VENV = Path(sys.prefix)


@pytest.fixture
def probe() -> Probe:
    if sys.prefix == sys.base_prefix:
        pytest.skip("the tests do not run from a venv")
    return Probe.from_json(json.loads(PROBE.read_text(encoding="utf-8")))


def test_events_and_report(probe):
    events = []
    report = run_doctor(VENV, probe=probe, on_event=events.append)
    started = [e.step for e in events if isinstance(e, StepStarted)]
    assert started == ["venv", "catalog", "inspect", "checks"]
    assert isinstance(events[-1], StepFinished) and events[-1].step == "checks"
    data = report.to_json()
    assert set(data) >= {"venv", "healthy", "expect", "counts", "findings", "packages", "seconds"}
    assert data["counts"]["error"] == sum(1 for f in data["findings"] if f["severity"] == "error")
    # The project's venv has no torch: the doctor says so, and exits 1.
    assert "torch.missing" in report.ids() and report.exit_code == 1
    assert report.facts.get("packaging") is not None  # the venv's own packages were listed
    text = render_text(report)
    assert "[torch.missing]" in text and "Something is wrong" in text


def test_cancel_before_start(probe):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        run_doctor(VENV, probe=probe, cancel=cancel)
