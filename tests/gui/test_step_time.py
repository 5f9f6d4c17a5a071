"""The Verify page's timing cell for every combination the workload can report."""

from __future__ import annotations

from app.gui import texts


def test_step_time_says_what_was_measured():
    assert texts.step_time(1.5, 0.25, 2.0) == "first call 1.500 s, second call 0.250 s"
    assert texts.step_time(None, None, 2.0) == "2.000 s"
    assert texts.step_time(1.5, None, None) == "1.500 s"
    # Only the second call timed: that time, not a crash on the missing first one.
    assert texts.step_time(None, 0.25, None) == "0.250 s"
    assert texts.step_time(None, None, None) == "?"
