"""The download's total, known before its bytes come, and the time left (Qt-free): the size
probe (app.fetch.sizes) against real loopback servers, honest, without HEAD, lying, silent;
the estimator (app.install_progress) on a fake clock; and the sentences the page shows."""

from __future__ import annotations

import itertools
import socket
import threading
import time

import pytest
from mirror.server import MirrorServer

from app.fetch import sizes
from app.fetch.index_page import parse_json
from app.fetch.session import make_session
from app.install_progress import ByteProgress, Overall, overall_sentence, step_tool, time_left

MB = 1 << 20


@pytest.fixture
def server():
    with MirrorServer() as s:
        yield s


def blob(server: MirrorServer, name: str, size: int) -> str:
    server.add_generated(f"/files/{name}", size)
    return f"{server.url}/files/{name}"


# -- the size probe -----------------------------------------------------------------------

def test_head_gives_each_files_size_a_few_at_a_time(server):
    urls = [blob(server, f"f{i}.whl", (i + 1) * 1000) for i in range(6)]
    got = sizes.file_sizes(make_session(), urls)
    assert got == {url: (i + 1) * 1000 for i, url in enumerate(urls)}
    heads = [path for method, path in server.requests if method == "HEAD"]
    assert sorted(heads) == sorted(f"/files/f{i}.whl" for i in range(6))
    assert server.stats("/files/f0.whl").bytes_sent == 0  # no byte of a file was downloaded


def test_a_server_without_head_is_asked_for_its_first_byte(server):
    url = blob(server, "nohead.whl", 5 * MB)
    server.fault("/files/nohead.whl", head_status=405)
    assert sizes.file_sizes(make_session(), [url]) == {url: 5 * MB}
    assert server.stats("/files/nohead.whl").ranges == ["bytes=0-0"]
    assert server.stats("/files/nohead.whl").bytes_sent <= 1  # (counted after the client may have gone)


def test_a_server_without_head_or_range_gives_no_size_and_is_not_downloaded(server):
    url = blob(server, "plain.whl", 64 * MB)
    server.fault("/files/plain.whl", head_status=501, ignore_range=True)
    assert sizes.file_sizes(make_session(), [url]) == {url: None}
    time.sleep(0.3)
    assert server.stats("/files/plain.whl").bytes_sent < 32 * MB  # closed unread, not fetched whole


@pytest.mark.parametrize("claim", ["99999999999999999999", str(64 << 30), "-5", "0", "12abc", "1e9", " ", "0x10"])
def test_a_lying_content_length_is_not_believed(server, claim):
    url = blob(server, "liar.whl", 1000)
    server.fault("/files/liar.whl", head_length=claim)
    assert sizes.file_sizes(make_session(), [url]) == {url: None}


def test_an_error_answer_gives_no_size(server):
    url = blob(server, "gone.whl", 1000)
    server.fault("/files/gone.whl", head_status=404)
    missing = f"{server.url}/files/never-published.whl"
    assert sizes.file_sizes(make_session(), [url, missing]) == {url: None, missing: None}


def test_a_silent_server_costs_only_the_deadline():
    listener = socket.create_server(("127.0.0.1", 0))  # accepts connections, never answers
    try:
        port = listener.getsockname()[1]
        urls = [f"http://127.0.0.1:{port}/f{i}.whl" for i in range(8)]
        started = time.monotonic()
        got = sizes.file_sizes(make_session(), urls, timeout=0.5, deadline=1.0)
        took = time.monotonic() - started
    finally:
        listener.close()
    assert got == dict.fromkeys(urls)
    assert took < 3.0, took


def test_cancel_returns_at_once_and_the_list_is_bounded(server):
    cancel = threading.Event()
    cancel.set()
    urls = [f"{server.url}/files/x{i}.whl" for i in range(sizes.MAX_FILES + 50)]
    started = time.monotonic()
    got = sizes.file_sizes(make_session(), urls, cancel=cancel)
    assert time.monotonic() - started < 2.0
    assert len(got) == sizes.MAX_FILES and set(got.values()) == {None}


def test_parse_length_and_range_total_are_bounded():
    assert sizes.parse_length("123") == 123
    assert sizes.parse_length("123", limit=100) is None
    assert sizes.parse_length(None) is None and sizes.parse_length("") is None
    assert sizes.parse_range_total("bytes 0-0/4096") == 4096
    assert sizes.parse_range_total("bytes 0-0/*") is None
    assert sizes.parse_range_total("bytes 5-9/4096") is None


def test_a_json_index_page_gives_sizes_only_when_believable():
    page = ('{"meta": {"api-version": "1.1"}, "name": "x", "files": ['
            '{"filename": "a.whl", "url": "a.whl", "hashes": {}, "size": 1234},'
            '{"filename": "b.whl", "url": "b.whl", "hashes": {}, "size": -1},'
            '{"filename": "c.whl", "url": "c.whl", "hashes": {}, "size": "1234"},'
            '{"filename": "d.whl", "url": "d.whl", "hashes": {}, "size": true},'
            '{"filename": "e.whl", "url": "e.whl", "hashes": {}, "size": 1e30},'
            '{"filename": "f.whl", "url": "f.whl", "hashes": {}}]}')
    files = {f.filename: f.size for f in parse_json(page, "https://example.org/simple/x/")}
    assert files == {"a.whl": 1234, "b.whl": None, "c.whl": None, "d.whl": None, "e.whl": None, "f.whl": None}


# -- the estimator ------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_total_is_known_before_the_first_byte():
    progress = ByteProgress(clock=Clock())
    got = progress.announce([("torch.whl", 3000), ("ipex.whl", 1000)])
    assert got == Overall(0, 4000, True, None)


def test_time_left_is_hidden_until_measured_then_follows_the_rate():
    clock = Clock()
    progress = ByteProgress(clock=clock)
    progress.announce([("a.whl", 100 * MB)])
    progress.update("a.whl", 0, 100 * MB)
    for second in range(1, 11):
        clock.now += 1
        got = progress.update("a.whl", second * MB, 100 * MB)  # 1 MB/s
        if second < ByteProgress.MIN_SECONDS:
            assert got.eta is None, second
    assert got.eta == pytest.approx(90, rel=0.01)


def test_time_left_does_not_jump_about_with_a_bursty_link():
    clock = Clock()
    progress = ByteProgress(clock=clock)
    progress.announce([("a.whl", 400 * MB)])
    done = 0
    progress.update("a.whl", done, 400 * MB)
    etas = []
    for second in range(1, 61):
        clock.now += 1
        done += 4 * MB if second % 2 else 0  # 4 MB in one second, nothing in the next: 2 MB/s on average
        got = progress.update("a.whl", done, 400 * MB)
        if got.eta is not None:
            etas.append(got.eta)
    steps = [abs(b - a) / a for a, b in itertools.pairwise(etas[10:])]
    assert max(steps) < 0.05, max(steps)  # an unsmoothed estimate would swing between x and infinity
    assert etas[-1] == pytest.approx((400 - 120) / 2, rel=0.15)


def test_a_resumed_file_counts_as_done_not_as_speed():
    clock = Clock()
    progress = ByteProgress(clock=clock)
    progress.announce([("a.whl", 100 * MB)])
    got = progress.update("a.whl", 90 * MB, 100 * MB)  # 90 MB were there from the last run
    for _ in range(5):
        clock.now += 1
        got = progress.update("a.whl", got.done + MB, 100 * MB)  # then 1 MB/s
    assert got.done == 95 * MB and got.eta == pytest.approx(5, rel=0.05)


def test_time_left_follows_a_link_that_really_slowed_down():
    clock = Clock()
    progress = ByteProgress(clock=clock)
    progress.announce([("a.whl", 1000 * MB)])
    got = progress.update("a.whl", 0, 1000 * MB)
    for second in range(60):
        clock.now += 1
        got = progress.update("a.whl", got.done + (4 * MB if second < 30 else MB), 1000 * MB)
    assert got.eta == pytest.approx((1000 - 150) / 1, rel=0.1)  # a minute after: the new rate


def test_a_file_whose_size_was_a_lie_moves_the_total_never_past_it():
    progress = ByteProgress(clock=Clock())
    progress.announce([("a.whl", 100), ("b.whl", 1000)])
    got = progress.update("a.whl", 50, 5000)  # its own Content-Length while downloading wins
    assert (got.total, got.complete) == (6000, True)
    got = progress.update("b.whl", 3000, None)  # more than claimed and no length: never past 100 %
    assert got.done == 3050 and got.total == 8000 and got.done <= got.total


def test_unknown_sizes_make_a_lower_bound_until_the_file_starts():
    clock = Clock()
    progress = ByteProgress(clock=clock)
    got = progress.announce([("a.whl", 1000), ("b.whl", None)])
    assert (got.total, got.complete) == (1000, False)
    clock.now += 5
    got = progress.update("a.whl", 1000, 1000)
    assert not got.complete and got.eta is None  # no time left from a total that is not one
    got = progress.update("b.whl", 0, 2000)  # its size comes when it starts
    assert (got.total, got.complete) == (3000, True)


def test_nothing_known_counts_bytes_only():
    progress = ByteProgress(clock=Clock())
    progress.update("a.whl", 10, None)
    assert progress.update("b.whl", 5, None) == Overall(15, None, False, None)


def test_the_page_sentences():
    assert overall_sentence(None) == "Download: waiting for the first file..."
    assert overall_sentence(Overall(int(1.2 * 1024**3), int(3.4 * 1024**3), True, 230)) == \
        "1.2 GB of 3.4 GB · about 4 min left"
    assert overall_sentence(Overall(MB, 3 * MB, True, None)) == "1.0 MB of 3.0 MB"
    assert overall_sentence(Overall(MB, 3 * MB, False, None)).code == "download_of_at_least"
    assert overall_sentence(Overall(MB, None, False, None)).code == "download_so_far"
    assert overall_sentence(Overall(3 * MB, 3 * MB, True, None), finished=True) == "Downloaded 3.0 MB."


@pytest.mark.parametrize("seconds, shown", [(1, "5 s"), (6, "10 s"), (41, "45 s"), (59.5, "60 s"), (61, "2 min"),
                                            (599, "10 min"), (601, "15 min"), (3599, "1 h 0 min"),
                                            (3601, "1 h 5 min"), (7300, "2 h 5 min")])
def test_time_left_is_rounded_so_it_changes_seldom(seconds, shown):
    assert time_left(seconds) == shown


def test_which_tool_an_install_step_runs():
    assert step_tool("UV_INDEX_URL=https://x /home/u/.local/bin/uv pip install --python /v/bin/python a") == "uv"
    assert step_tool(r"PIP_INDEX_URL=https://x C:\envs\ipex\Scripts\python.exe -m pip install --no-input a") == "pip"


def test_an_index_page_says_when_a_wheels_metadata_is_served_beside_it():
    from app.fetch.index_page import parse_html

    html = ('<a href="a.whl" data-core-metadata="sha256=ab">a.whl</a>'
            '<a href="b.whl" data-dist-info-metadata="true">b.whl</a>'
            '<a href="c.whl" data-core-metadata="false">c.whl</a><a href="d.whl">d.whl</a>')
    assert {f.filename: f.metadata for f in parse_html(html, "https://example.org/simple/x/")} == {
        "a.whl": True, "b.whl": True, "c.whl": False, "d.whl": False}
    page = ('{"meta": {"api-version": "1.1"}, "name": "x", "files": ['
            '{"filename": "a.whl", "url": "a.whl", "hashes": {}, "core-metadata": {"sha256": "ab"}},'
            '{"filename": "b.whl", "url": "b.whl", "hashes": {}, "core-metadata": false},'
            '{"filename": "c.whl", "url": "c.whl", "hashes": {}}]}')
    assert {f.filename: f.metadata for f in parse_json(page, "https://example.org/simple/x/")} == {
        "a.whl": True, "b.whl": False, "c.whl": False}
