"""The downloader against the loopback mirror: resume, retries, hashes, cache, cancel, 404."""

from __future__ import annotations

import hashlib
import sys
import threading
import time

import pytest
from mirror.server import MirrorServer
from winefacts import UNDER_WINE

from app.errors import AppError, Cancelled
from app.events import Progress, Warning_
from app.fetch.download import download, sha256_from_url
from app.fetch.mirrors import parse_mirrors
from app.fetch.session import make_session

SIZE = 3 * 1024 * 1024 + 123  # not a multiple of the chunk size


@pytest.fixture
def server():
    s = MirrorServer().start()
    yield s
    s.stop()


@pytest.fixture
def blob(server):
    gen = server.add_generated("/files/big.whl", SIZE, seed=7)
    return server, gen.sha256()


def _fetch(server, path, dest, **kw):
    return download(server.url + path, dest, session=make_session(), backoff=0.01, **kw)


def test_plain_download_verifies_and_renames(blob, tmp_path):
    server, digest = blob
    events = []
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest, on_event=events.append)
    assert got.verified and not got.reused and got.size == SIZE
    assert hashlib.sha256((tmp_path / "big.whl").read_bytes()).hexdigest() == digest
    assert not (tmp_path / "big.whl.part").exists()
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == SIZE and progress[-1].total == SIZE


def test_cache_is_reused_without_network(blob, tmp_path):
    server, digest = blob
    _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    before = server.stats("/files/big.whl").requests
    again = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert again.reused and again.bytes_fetched == 0
    assert server.stats("/files/big.whl").requests == before


def test_drops_resume_with_range_and_right_bytes(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", drop_at=[500_000, 1_700_001, 2_900_000])
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    stats = server.stats("/files/big.whl")
    assert got.sha256 == digest and got.attempts == 4
    assert stats.ranges == ["bytes=500000-", "bytes=1700001-", "bytes=2900000-"]
    assert stats.bytes_sent == SIZE  # nothing fetched twice


def test_resume_after_a_previous_run_stopped(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", drop_at=[1_000_000])
    with pytest.raises(AppError, match=r"failed \(.*1 attempts in a row without progress\)"):
        _fetch(server, "/files/big.whl", tmp_path, sha256=digest, retries=1)
    assert (tmp_path / "big.whl.part").stat().st_size == 1_000_000
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert got.resumed_from == 1_000_000 and got.bytes_fetched == SIZE - 1_000_000 and got.sha256 == digest


def test_server_errors_then_success(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", statuses=[500, 503, 502])
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert got.sha256 == digest and got.attempts == 4


def test_persistent_server_errors_give_up_with_a_sentence(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", statuses=[500] * 10)
    with pytest.raises(AppError, match=r"big\.whl failed \(server error 500; 3 attempts in a row"):
        _fetch(server, "/files/big.whl", tmp_path, sha256=digest, retries=3)


def test_wrong_bytes_fail_and_leave_nothing(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", corrupt=True)
    with pytest.raises(AppError, match="does not match its expected SHA-256"):
        _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert list(tmp_path.iterdir()) == []


def test_mixed_pieces_after_resume_get_one_clean_retry(blob, tmp_path):
    server, digest = blob
    (tmp_path / "big.whl.part").write_bytes(b"\0" * 1000)  # left over from some other file
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert got.sha256 == digest


def test_404_is_one_clear_sentence(server, tmp_path):
    with pytest.raises(AppError) as info:
        _fetch(server, "/files/missing.whl", tmp_path)
    assert str(info.value).startswith("The server answered 404")
    assert not (tmp_path / "missing.whl").exists()


def test_server_ignoring_range_restarts_cleanly(blob, tmp_path):
    server, digest = blob
    server.fault("/files/big.whl", drop_at=[1_000_000], ignore_range=True)
    got = _fetch(server, "/files/big.whl", tmp_path, sha256=digest)
    assert got.sha256 == digest


def test_cancel_on_a_slow_server_is_prompt_and_keeps_the_part(server, tmp_path):
    server.add_generated("/files/slow.whl", 5_000_000)
    server.fault("/files/slow.whl", rate=200_000)
    cancel = threading.Event()
    seen = []

    def on_event(e):
        if isinstance(e, Progress):
            seen.append(e)
            if e.done > 100_000 and e.speed:  # the speed needs two samples
                cancel.set()

    start = time.monotonic()
    with pytest.raises(Cancelled):
        _fetch(server, "/files/slow.whl", tmp_path, on_event=on_event, cancel=cancel)
    assert time.monotonic() - start < 5
    assert not (tmp_path / "slow.whl").exists()
    assert (tmp_path / "slow.whl.part").stat().st_size > 0
    assert seen[-1].speed and seen[-1].eta and seen[-1].eta > 5  # the slow link shows a long ETA


def test_stalled_server_cancel_unblocks_the_read(server, tmp_path):
    server.add_generated("/files/stall.whl", 2_000_000)
    server.fault("/files/stall.whl", rate=1_000)  # 16 KiB per 16 s: effectively stalled
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        _fetch(server, "/files/stall.whl", tmp_path, cancel=cancel)
    assert time.monotonic() - start < 3


def test_hash_from_url_fragment_and_unverified_warning(server, tmp_path):
    url = server.add_file("/gh/o/r/releases/download/v1/x.whl", b"hello")
    digest = hashlib.sha256(b"hello").hexdigest()
    assert sha256_from_url(url + f"#sha256={digest}") == digest
    got = download(url + f"#sha256={digest}", tmp_path, session=make_session())
    assert got.verified
    events = []
    got = download(url, tmp_path / "other", session=make_session(), on_event=events.append)
    assert not got.verified and any(isinstance(e, Warning_) and e.code == "download_unverified" for e in events)


def test_mirror_rewrites_the_host(server, tmp_path):
    server.add_file("/pytorch/whl/torch.whl", b"abc")
    mirrors = parse_mirrors([f"download.pytorch.org={server.url}/pytorch"])
    got = download("https://download-r2.pytorch.org/whl/torch.whl", tmp_path, session=make_session(), mirrors=mirrors)
    assert (tmp_path / "torch.whl").read_bytes() == b"abc"
    assert got.fetched_from == f"{server.url}/pytorch/whl/torch.whl"


def test_memory_stays_flat_on_a_large_file(server, tmp_path):
    import tracemalloc

    size = 64 * 1024 * 1024
    server.add_generated("/files/large.bin", size)
    tracemalloc.start()
    got = _fetch(server, "/files/large.bin", tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert got.size == size
    assert peak < 16 * 1024 * 1024, peak  # a few chunks, not the file


def test_explicit_proxy_carries_the_request(blob, tmp_path):
    """The loopback server also answers proxy-style requests (absolute URLs), so a host that
    does not exist can only be reached through it."""
    server, digest = blob
    url = "http://downloads.example.invalid/files/big.whl"
    got = download(url, tmp_path, sha256=digest, session=make_session(proxy=server.url))
    assert got.sha256 == digest and server.stats("/files/big.whl").requests == 1


def test_environment_proxy_is_used(blob, tmp_path, monkeypatch):
    server, digest = blob
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    got = download("http://downloads.example.invalid/files/big.whl", tmp_path, sha256=digest, session=make_session())
    assert got.verified


def test_mismatch_names_where_the_hash_came_from(server, tmp_path):
    url = server.add_file("/Nuullll/ipex/releases/download/v2.1.10%2Bxpu/ipex.whl", b"real bytes")
    with pytest.raises(AppError, match=r"does not match its expected SHA-256 from third-party mirror \(expected 83b4"):
        download(url, tmp_path, sha256="83b4963eb9d8bb857292a61c6b5bc50863c8e8774fb71d553c24b9592b59332c",
                 hash_source="third-party mirror", session=make_session())


def test_a_part_file_from_another_source_is_not_resumed(server, tmp_path):
    """Same file name, different origin, no hash to tell them apart: start over, never mix."""
    server.add_file("/a/x.whl", b"A" * 100_000)
    server.add_file("/b/x.whl", b"B" * 100_000)
    server.fault("/a/x.whl", drop_at=[40_000])
    with pytest.raises(AppError):
        download(server.url + "/a/x.whl", tmp_path, session=make_session(), retries=1)
    assert (tmp_path / "x.whl.part").stat().st_size == 40_000
    got = download(server.url + "/b/x.whl", tmp_path, session=make_session())
    assert (tmp_path / "x.whl").read_bytes() == b"B" * 100_000 and got.resumed_from == 0


def test_switching_mirror_resumes_when_the_hash_is_known(blob, tmp_path):
    server, digest = blob
    server.add_generated("/mirror2/big.whl", SIZE, seed=7)  # the same bytes on "another mirror"
    server.fault("/files/big.whl", drop_at=[1_500_000])
    with pytest.raises(AppError):
        _fetch(server, "/files/big.whl", tmp_path, sha256=digest, retries=1)
    got = _fetch(server, "/mirror2/big.whl", tmp_path, sha256=digest)
    assert got.resumed_from == 1_500_000 and got.sha256 == digest
    assert server.stats("/mirror2/big.whl").bytes_sent == SIZE - 1_500_000


@pytest.fixture
def tls_server():
    """The loopback mirror over https, with a certificate from a CA only the test knows."""
    import ssl

    trustme = pytest.importorskip("trustme", reason="trustme (test extra) makes the loopback certificate")
    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    s = MirrorServer(tls=ctx).start()
    yield s, ca
    s.stop()


@pytest.mark.skipif(UNDER_WINE, reason="Wine's crypt32 cannot stand in for Windows' certificate checks (truststore)")
def test_an_untrusted_certificate_fails_at_once_with_a_clear_sentence(tls_server, tmp_path):
    server, _ca = tls_server
    gen = server.add_generated("/files/big.whl", SIZE, seed=3)
    started = time.monotonic()
    with pytest.raises(AppError) as err:
        download(server.url + "/files/big.whl", tmp_path, sha256=gen.sha256(), session=make_session(), backoff=5.0)
    assert time.monotonic() - started < 4.0  # no retries with backoff: they could not help
    assert str(err.value).startswith("The certificate of 127.0.0.1 is not trusted by this computer;")
    assert all(p.stat().st_size == 0 for p in tmp_path.iterdir())  # not a byte was taken from it


@pytest.mark.skipif(sys.platform == "win32", reason="adds the CA with SSL_CERT_FILE, the system store only where "
                    "OpenSSL is the system's (POSIX); Windows' store is not a file")
def test_a_ca_in_the_systems_store_is_trusted(tls_server, tmp_path, monkeypatch):
    """Corporate and Chinese networks re-sign TLS with their own CA, installed in the OS
    store; OpenSSL's store is what SSL_CERT_FILE points at on Linux, and certifi knows nothing
    of it, so this passes only because the session uses the system's store (truststore)."""
    server, ca = tls_server
    ca_file = tmp_path / "corporate-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    gen = server.add_generated("/files/big.whl", SIZE, seed=3)
    got = download(server.url + "/files/big.whl", tmp_path / "dl", sha256=gen.sha256(), session=make_session())
    assert got.verified and got.size == SIZE


def test_index_pages_ride_out_server_errors_and_name_the_problem_when_they_persist(server, tmp_path):
    from mirror.wheels import build_wheel

    from app.fetch.index import INDEX_TRIES, list_files

    server.publish(build_wheel(tmp_path, "torch", "2.8.0"), "pypi")
    server.fault("/simple/torch/", statuses=[503, 500])
    files = list_files(make_session(), server.url + "/simple", "torch", backoff=0.01)
    assert [f.filename for f in files] == ["torch-2.8.0-py3-none-any.whl"]
    assert server.stats("/simple/torch/").requests == 3
    server.fault("/simple/torch/", statuses=[502] * INDEX_TRIES)
    with pytest.raises(
        AppError,
        match=rf"^Could not read the package index .*/simple/torch/ \(server error 502, {INDEX_TRIES} attempts\)\.$",
    ):
        list_files(make_session(), server.url + "/simple", "torch", backoff=0.01)
    cancel = threading.Event()
    cancel.set()
    server.fault("/simple/torch/", statuses=[503])
    with pytest.raises(Cancelled):
        list_files(make_session(), server.url + "/simple", "torch", backoff=5.0, cancel=cancel)
