"""The in-venv torch.xpu check words its own failure as a coded sentence (issue 15): a Python
that exits without answering gives a Message the Chinese doctor page can translate."""

from __future__ import annotations

import os
import sys

import pytest

from app.messages import Message
from app.report.xpu_check import check_xpu_in_venv

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in interpreter is a POSIX shell script")


def test_a_python_that_exits_without_answering_is_a_coded_error(tmp_path):
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_text("#!/bin/sh\necho crashed >&2\nexit 3\n")
    os.chmod(python, 0o755)
    facts = check_xpu_in_venv(tmp_path, timeout=30)
    assert not facts.imported
    assert isinstance(facts.error, Message)
    assert facts.error.code == "xpu_check_ended" and facts.error.params == {"exit_code": 3}
    assert facts.error == "the Python process ended with code 3 before answering"
    assert facts.stderr_tail == ["crashed"]
