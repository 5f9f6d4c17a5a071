"""Two installers, one download cache: one writer per file. Real processes, a real loopback
server serving slowly; the first downloader is SIGKILLed in one case."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from mirror.server import MirrorServer

from app.events import LogLine
from app.fetch.download import download

ROOT = Path(__file__).resolve().parents[2]
SIZE = 600_000

_FIRST = r"""
import sys
sys.path.insert(0, sys.argv[1])
from app.fetch.download import download
got = download(sys.argv[2], filename="big.whl", sha256=sys.argv[3], size=int(sys.argv[4]))
print(got.bytes_fetched, flush=True)
"""


@pytest.fixture
def server():
    s = MirrorServer().start()
    yield s
    s.stop()


def start_first(server, url, sha):
    first = subprocess.Popen([sys.executable, "-c", _FIRST, str(ROOT), url, sha, str(SIZE)],
                             stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    while server.stats("/f/big.whl").bytes_sent < 50_000:
        assert first.poll() is None, first.communicate()
    return first


def test_second_download_of_a_file_waits_for_the_first_and_takes_its_result(server):
    blob = server.add_generated("/f/big.whl", SIZE)
    server.fault("/f/big.whl", rate=400_000)
    url = server.url + "/f/big.whl"
    first = start_first(server, url, blob.sha256())
    events = []
    got = download(url, filename="big.whl", sha256=blob.sha256(), size=SIZE, on_event=events.append)
    assert first.wait(timeout=30) == 0
    assert got.reused and got.bytes_fetched == 0  # the first's finished file, checked, not fetched again
    assert any(isinstance(e, LogLine) and "another installer is downloading it" in e.text for e in events)
    assert server.stats("/f/big.whl").bytes_sent == SIZE  # the bytes crossed the wire once


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_a_killed_first_downloader_leaves_a_part_the_second_resumes(server):
    blob = server.add_generated("/f/big.whl", SIZE)
    server.fault("/f/big.whl", rate=200_000)
    url = server.url + "/f/big.whl"
    first = start_first(server, url, blob.sha256())
    first.send_signal(signal.SIGKILL)
    first.wait()
    sent_before = server.stats("/f/big.whl").bytes_sent
    server.clear_faults()
    got = download(url, filename="big.whl", sha256=blob.sha256(), size=SIZE)  # the lock died with it
    assert got.verified and got.resumed_from > 0
    assert server.stats("/f/big.whl").bytes_sent - sent_before < SIZE
