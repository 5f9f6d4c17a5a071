"""One installer per environment: a real second process holds the lock; it dies with its holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.envs import runlock

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app.envs import runlock
with runlock.hold(Path(sys.argv[2])):
    print("held", flush=True)
    time.sleep(300)
"""


def start_holder(venv: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(ROOT), str(venv)], stdout=subprocess.PIPE,
                              text=True, env=os.environ.copy())
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_second_holder_is_refused_with_who_holds_it(tmp_path):
    venv = tmp_path / "env 张三"
    holder = start_holder(venv)
    try:
        with pytest.raises(runlock.VenvBusy) as refused:
            with runlock.hold(venv):
                pass
        text = str(refused.value)
        assert f"process {holder.pid}" in text and str(venv) in text and "python -m app" in text
        assert refused.value.code == "venv_busy" and refused.value.params["pid"] == holder.pid
        assert refused.value.exit_code == 1
        # Another spelling of the same folder is the same lock.
        with pytest.raises(runlock.VenvBusy):
            with runlock.hold(tmp_path / "sub" / ".." / "env 张三"):
                pass
        if os.name != "nt":  # symbolic links need a privilege on Windows
            (tmp_path / "link").symlink_to(tmp_path, target_is_directory=True)
            with pytest.raises(runlock.VenvBusy):
                with runlock.hold(tmp_path / "link" / "env 张三"):
                    pass
        with runlock.hold(tmp_path / "another env"):  # other venvs are free
            pass
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_lock_dies_with_a_sigkilled_holder(tmp_path):
    venv = tmp_path / "env"
    holder = start_holder(venv)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    start = time.monotonic()
    with runlock.hold(venv):  # at once: no stale lock to time out
        assert runlock.holder(venv)["pid"] == os.getpid()
    assert time.monotonic() - start < 1


def test_released_lock_leaves_no_holder_and_can_be_taken_again(tmp_path):
    venv = tmp_path / "env"
    with runlock.hold(venv):
        pass
    assert runlock.holder(venv) is None
    with runlock.hold(venv):
        pass


def test_a_garbled_lock_file_still_gives_one_sentence(tmp_path):
    venv = tmp_path / "env"
    holder = start_holder(venv)
    try:
        with open(runlock.lock_path(venv), "r+b") as f:
            f.write(b'{"pid": "x' + b"\xff" * 10)
        with pytest.raises(runlock.VenvBusy, match=r"process \?"):
            with runlock.hold(venv):
                pass
    finally:
        holder.kill()
        holder.wait()
