"""Hostile servers on loopback: a download or an index page ends in one sentence with a message
code when the server streams forever, sends more than the file's size, drips, falls silent,
never answers or redirects in circles; and cancel returns at once in the middle of it all."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from mirror.server import MirrorServer

from app.errors import AppError, Cancelled
from app.events import Progress
from app.fetch.download import download
from app.fetch.guard import Limits
from app.fetch.index import list_files
from app.fetch.session import make_session

# The same rules as the defaults, on a scale a test can wait for.
FAST = Limits(stall=1.5, window=2.0, min_rate=1024, max_size=3 << 20, page_max=256 << 10)


@pytest.fixture
def server():
    s = MirrorServer().start()
    s.fault("/files/endless.whl", forever=True)
    s.fault("/simple/endless/", forever=True)
    yield s
    s.stop()


def _fetch(server, path, dest, **kw):
    kw.setdefault("limits", FAST)
    return download(server.url + path, dest, session=make_session(), backoff=0.01, **kw)


def _fails(code, fn, *args, **kw) -> tuple[AppError, float]:
    start = time.monotonic()
    with pytest.raises(AppError) as caught:
        fn(*args, **kw)
    assert not isinstance(caught.value, Cancelled)
    assert caught.value.code == code, str(caught.value)
    text = str(caught.value)
    assert "\n" not in text and text.endswith(".")
    return caught.value, time.monotonic() - start


def test_a_server_that_streams_forever_is_cut_off_at_the_plans_size(server, tmp_path):
    err, took = _fails("download_too_big", _fetch, server, "/files/endless.whl", tmp_path,
                       size=1_000_000, limits=Limits(max_size=8 << 30))
    assert "1.0 MB" in str(err) and err.params["file"] == "endless.whl"
    assert took < 5
    assert list(tmp_path.iterdir()) == []  # the .part and its notes are gone
    assert server.stats("/files/endless.whl").requests == 1  # not retried


def test_a_server_that_streams_forever_stops_at_the_cap_when_the_size_is_unknown(server, tmp_path):
    err, _took = _fails("download_too_big", _fetch, server, "/files/endless.whl", tmp_path)
    assert err.params["limit"] == "3.1 MB"  # FAST.max_size
    assert list(tmp_path.iterdir()) == []


def test_a_declared_length_above_the_plans_size_is_refused_before_reading(server, tmp_path):
    server.add_generated("/files/fat.whl", 2_000_000)
    _err, took = _fails("download_too_big", _fetch, server, "/files/fat.whl", tmp_path, size=1_000_000)
    assert list(tmp_path.iterdir()) == []
    assert took < 2


def test_a_dripping_server_ends_as_too_slow_and_the_part_stays_for_a_resume(server, tmp_path):
    server.add_generated("/files/drip.whl", 100_000)
    server.fault("/files/drip.whl", drip=0.05)  # 20 bytes a second: progress, but hopeless
    err, took = _fails("download_too_slow", _fetch, server, "/files/drip.whl", tmp_path)
    assert FAST.window <= took < FAST.window + 3
    assert err.params["host"] == "127.0.0.1" and err.params["rate"].endswith("bytes") and "bytes/s" in str(err)
    assert (tmp_path / "drip.whl.part").stat().st_size > 0


def test_silence_after_the_first_bytes_ends_as_stalled_without_retrying_for_minutes(server, tmp_path):
    server.add_generated("/files/quiet.whl", 100_000)
    server.fault("/files/quiet.whl", drip=60)  # one byte, then a minute of nothing
    err, took = _fails("download_stalled", _fetch, server, "/files/quiet.whl", tmp_path)
    assert FAST.stall <= took < FAST.stall + 2
    assert err.params["seconds"] == 2  # rounded 1.5 s and a little
    assert server.stats("/files/quiet.whl").requests == 1


def test_a_server_that_never_answers_ends_as_stalled(server, tmp_path):
    server.fault("/files/mute.whl", silent=True)
    _err, took = _fails("download_stalled", _fetch, server, "/files/mute.whl", tmp_path)
    assert took < FAST.stall + 2


def test_a_redirect_loop_is_one_sentence_not_a_traceback(server, tmp_path):
    server.fault("/files/loop.whl", redirect="/files/loop.whl")
    _err, took = _fails("download_redirect_loop", _fetch, server, "/files/loop.whl", tmp_path)
    assert server.stats("/files/loop.whl").requests == 11  # the first and ten redirects
    assert took < 5


def test_a_redirect_to_another_host_is_followed_without_the_credentials(server, tmp_path):
    other = MirrorServer().start()
    try:
        gen = other.add_generated("/cdn/big.whl", 300_000, seed=3)
        server.fault("/files/big.whl", redirect=other.url + "/cdn/big.whl")
        url = server.url.replace("http://", "http://user:secret@") + "/files/big.whl"
        got = download(url, tmp_path, sha256=gen.sha256(), session=make_session(), limits=FAST)
        assert got.verified and got.size == 300_000
        assert server.stats("/files/big.whl").authorization[0].startswith("Basic ")
        assert other.stats("/cdn/big.whl").authorization == [None]
        assert "secret" not in got.url
    finally:
        other.stop()


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x.whl", "gopher://127.0.0.1/x"])
def test_a_redirect_to_another_scheme_is_refused_in_one_sentence(server, tmp_path, target):
    server.fault("/files/odd.whl", redirect=target)
    err, _ = _fails("download_redirect_refused", _fetch, server, "/files/odd.whl", tmp_path)
    assert err.params["target"] == target and all(p.stat().st_size == 0 for p in tmp_path.iterdir())
    server.fault("/simple/torch/", redirect=target)
    _fails("download_redirect_refused", _pages, server)


@pytest.mark.skipif(sys.platform == "win32", reason="trusts the test CA with SSL_CERT_FILE, the system store only "
                    "where OpenSSL is the system's (POSIX); Windows' store is not a file")
def test_a_redirect_from_https_down_to_http_is_refused(tmp_path, monkeypatch):
    import ssl

    trustme = pytest.importorskip("trustme", reason="trustme (test extra) makes the loopback certificate")
    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    secure, plain = MirrorServer(tls=ctx).start(), MirrorServer().start()
    try:
        plain.add_generated("/x.whl", 1000)
        secure.fault("/files/x.whl", redirect=plain.url + "/x.whl")
        err, _ = _fails("download_redirect_refused", _fetch, secure, "/files/x.whl", tmp_path / "dl")
        assert err.params["target"].startswith("http://127.0.0.1:")
        assert plain.stats("/x.whl").requests == 0  # not a request went out over plain http
    finally:
        secure.stop()
        plain.stop()


def _cancel_after_first_bytes(cancel: threading.Event, marks: dict):
    def on_event(e):
        if isinstance(e, Progress) and e.done > 0 and "set" not in marks:
            marks["set"] = time.monotonic()
            cancel.set()
    return on_event


def test_cancel_while_a_server_drips_returns_at_once(server, tmp_path):
    server.add_generated("/files/drip.whl", 100_000)
    server.fault("/files/drip.whl", drip=0.3)
    cancel, marks = threading.Event(), {}
    with pytest.raises(Cancelled):
        _fetch(server, "/files/drip.whl", tmp_path, cancel=cancel, limits=Limits(),
               on_event=_cancel_after_first_bytes(cancel, marks))
    assert time.monotonic() - marks["set"] < 0.5


def test_cancel_while_a_server_has_not_answered_returns_at_once(server, tmp_path):
    server.fault("/files/mute.whl", silent=True)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        _fetch(server, "/files/mute.whl", tmp_path, cancel=cancel, limits=Limits())
    assert time.monotonic() - start < 0.3 + 0.5


# ---- index pages -------------------------------------------------------------------------

def _pages(server, **kw):
    return list_files(make_session(), server.url + "/simple", kw.pop("project", "torch"), backoff=0.01,
                      limits=FAST, **kw)


def test_an_endless_index_page_is_cut_off_at_the_page_limit(server):
    err, _ = _fails("download_too_big", _pages, server, project="endless")
    assert "/simple/endless/" in err.params["file"]


def test_a_dripping_index_page_ends_as_too_slow(server):
    server.fault("/simple/torch/", drip=0.05)
    server.add_file("/simple/torch/", b"<html>" + b" " * 10_000 + b"</html>")
    _fails("download_too_slow", _pages, server)


def test_an_index_server_that_never_answers_ends_as_stalled(server):
    server.fault("/simple/torch/", silent=True)
    _err, took = _fails("download_stalled", _pages, server, timeout=1.5)
    assert took < 4  # one wait, not four tries of it


def test_an_index_redirect_loop_is_one_sentence(server):
    server.fault("/simple/torch/", redirect="/simple/torch/")
    _fails("download_redirect_loop", _pages, server)


def test_cancel_while_an_index_server_is_silent_returns_at_once(server):
    server.fault("/simple/torch/", silent=True)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        list_files(make_session(), server.url + "/simple", "torch", cancel=cancel)
    assert time.monotonic() - start < 0.3 + 0.5
