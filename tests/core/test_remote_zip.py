"""The partial zip reader (app/fetch/remote_zip.py) against the loopback mirror: the directory
and one member through Range requests, the whole-file fallback when the server ignores Range,
zip64, data descriptors, drops, early stops, and damaged or hostile archives refused in one
sentence with a code."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile

import pytest
from mirror.server import MirrorServer

from app.errors import AppError, BadInput
from app.fetch.guard import Limits
from app.fetch.remote_zip import RemoteZip, member_name_problem
from app.fetch.session import make_session

PATH = "/whl/demo-1.0-py3-none-any.whl"


def _zip(members: list[tuple[str, bytes]], *, method=zipfile.ZIP_DEFLATED, force_zip64=False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            with zf.open(info, "w", force_zip64=force_zip64) as out:
                out.write(data)
    return buf.getvalue()


def _library_members() -> list[tuple[str, bytes]]:
    rng = random.Random(7)
    return [
        ("demo/__init__.py", b"VERSION = '1.0'\n"),
        ("demo/lib/libbig.so", rng.randbytes(3 << 20)),  # incompressible: stays ~3 MB in the zip
        ("demo/lib/libsmall.so", b"\x7fELF" + bytes(20_000)),
        ("demo/include/header.h", b"#pragma once\n" * 5000),
        ("demo-1.0.dist-info/METADATA", b"Name: demo\nVersion: 1.0\n"),
    ]


@pytest.fixture
def server():
    s = MirrorServer().start()
    yield s
    s.stop()


def _open(server, path=PATH, **kw) -> RemoteZip:
    kw.setdefault("backoff", 0.01)
    return RemoteZip(server.url + path, session=make_session(), **kw)


def _refused(code: str, fn, *args, **kw) -> AppError:
    with pytest.raises(AppError) as caught:
        fn(*args, **kw)
    err = caught.value
    assert err.code == code, str(err)
    text = str(err)
    assert "\n" not in text and text.endswith(".") and "Traceback" not in text
    return err


def test_directory_and_one_member_come_through_ranges_not_the_whole_file(server):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    with _open(server) as wheel:
        assert wheel.size == len(data) and not wheel.transfer.whole
        names = [m.name for m in wheel.members]
        assert names == [n for n, _ in _library_members()]
        small = wheel.member("demo/lib/libsmall.so")
        assert wheel.read(small, 1 << 20) == _library_members()[2][1]
        assert small.size == 20_004 and small.compressed_size < small.size
    stats = server.stats(PATH)
    assert all(r.startswith("bytes=") for r in stats.ranges) and stats.requests == len(stats.ranges)
    assert stats.bytes_sent < 100_000 < len(data)  # the 3 MB member was never sent
    assert wheel.transfer.bytes == stats.bytes_sent  # what we count is what the server sent
    assert not wheel.transfer.hash_checked  # a ranged read cannot hash the file


def test_offsets_and_sizes_match_pythons_zipfile(server):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    with _open(server) as wheel, zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in wheel.members:
            info = zf.getinfo(member.name)
            assert (member.size, member.compressed_size, member.header_offset, member.crc32) == (
                info.file_size, info.compress_size, info.header_offset, info.CRC)


def test_a_server_that_ignores_range_is_read_from_one_whole_download_checked_against_the_hash(server, tmp_path):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    server.fault(PATH, ignore_range=True)
    digest = hashlib.sha256(data).hexdigest()
    with _open(server, sha256=digest, spill_dir=str(tmp_path)) as wheel:
        assert wheel.transfer.whole and wheel.transfer.hash_checked and wheel.transfer.sha256 == digest
        big = wheel.member("demo/lib/libbig.so")
        assert wheel.read(big, 8 << 20) == _library_members()[1][1]
        assert len(list(tmp_path.iterdir())) == 1  # the temporary copy
    assert list(tmp_path.iterdir()) == []  # deleted on close
    assert server.stats(PATH).requests == 1  # everything else came from the copy
    assert server.stats(PATH).bytes_sent == len(data)


def test_a_whole_download_that_does_not_match_the_index_hash_is_refused(server, tmp_path):
    server.add_file(PATH, _zip(_library_members()))
    server.fault(PATH, ignore_range=True)
    err = _refused("rzip_hash", _open, server, sha256="0" * 64, spill_dir=str(tmp_path))
    assert isinstance(err, BadInput)
    assert list(tmp_path.iterdir()) == []


def _as_zip64(data: bytes) -> bytes:
    """The same zip with every directory entry's sizes and offset moved into a zip64 extra
    field and a zip64 end record with its locator, as writers do past 4 GB or 65,535 files."""
    at = data.rfind(b"PK\x05\x06")
    _sig, _d1, _d2, _n1, count, _cd_size, cd_offset, _clen = struct.unpack_from("<4s4H2LH", data, at)
    directory, pos = bytearray(), cd_offset
    for _ in range(count):
        fixed = bytearray(data[pos:pos + 46])
        nlen, elen, clen = struct.unpack_from("<3H", fixed, 28)
        csize, size = struct.unpack_from("<2L", fixed, 20)
        (offset,) = struct.unpack_from("<L", fixed, 42)
        name = data[pos + 46:pos + 46 + nlen]
        extra = struct.pack("<HH3Q", 1, 24, size, csize, offset)
        struct.pack_into("<2L", fixed, 20, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<L", fixed, 42, 0xFFFFFFFF)
        struct.pack_into("<H", fixed, 30, len(extra))
        directory += fixed + name + extra
        pos += 46 + nlen + elen + clen
    record_at = cd_offset + len(directory)
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(directory), cd_offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, record_at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return data[:cd_offset] + bytes(directory) + record + locator + end


def test_zip64_end_records_and_extra_fields(server):
    data = _as_zip64(_zip(_library_members()))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # Python's reader agrees it is a valid zip64 archive
        assert zf.read("demo/lib/libsmall.so") == _library_members()[2][1]
    server.add_file(PATH, data)
    with _open(server) as wheel:
        assert [m.name for m in wheel.members] == [n for n, _ in _library_members()]
        big = wheel.member("demo/lib/libbig.so")
        assert wheel.read(big, 8 << 20) == _library_members()[1][1]


def test_a_zip64_end_record_that_points_nowhere_is_refused(server):
    data = bytearray(_as_zip64(_zip(_library_members())))
    locator = data.rfind(b"PK\x06\x07")
    struct.pack_into("<Q", data, locator + 8, 12)  # the zip64 record "is" inside the first member
    server.add_file(PATH, bytes(data))
    _refused("rzip_no_end", _open, server)


class _Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in, so it writes data descriptors (flag bit 3)."""

    def __init__(self) -> None:
        self.buf = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.buf += b
        return len(b)


def test_members_with_data_descriptors_take_their_sizes_from_the_directory(server):
    sink = _Unseekable()
    payload = random.Random(3).randbytes(200_000) + bytes(300_000)
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pkg/lib/libd.so", payload)
        zf.writestr("pkg/__init__.py", b"")
    data = bytes(sink.buf)
    assert struct.unpack_from("<H", data, 6)[0] & 0x8  # the local header defers its sizes
    server.add_file(PATH, data)
    with _open(server) as wheel:
        assert wheel.read(wheel.member("pkg/lib/libd.so"), 1 << 20) == payload
        assert wheel.read(wheel.member("pkg/__init__.py"), 10) == b""


def test_a_dropped_connection_resumes_where_it_stopped(server):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    with _open(server) as wheel:
        server.fault(PATH, drop_at=[wheel.member("demo/lib/libbig.so").header_offset + 500_000])
        big = wheel.member("demo/lib/libbig.so")
        assert wheel.read(big, 8 << 20) == _library_members()[1][1]
    assert server.stats(PATH).bytes_sent < len(data) + 100_000


def test_a_sink_that_stops_early_leaves_the_rest_of_the_member_on_the_server(server):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    seen = []
    with _open(server) as wheel:
        complete = wheel.stream(wheel.member("demo/lib/libbig.so"), lambda block: seen.append(len(block)) or False)
    assert complete is False and seen
    assert server.stats(PATH).bytes_sent < 600_000  # the first window, not the 3 MB


def test_a_truncated_zip_is_refused_in_one_sentence(server):
    data = _zip(_library_members())
    server.add_file(PATH, data[: len(data) // 2])
    err = _refused("rzip_no_end", _open, server)
    assert isinstance(err, BadInput) and "demo-1.0-py3-none-any.whl" in str(err)


def test_an_empty_file_is_refused(server):
    server.add_file(PATH, b"")
    _refused("rzip_empty", _open, server)


def _patch_end(data: bytes, **fields: int) -> bytes:
    """The zip with fields of its end record replaced (count, cd_size, cd_offset)."""
    at = data.rfind(b"PK\x05\x06")
    sig, d1, d2, _n1, n2, size, offset, clen = struct.unpack_from("<4s4H2LH", data, at)
    n = fields.get("count", n2)
    patched = struct.pack("<4s4H2LH", sig, d1, d2, n, n, fields.get("cd_size", size),
                          fields.get("cd_offset", offset), clen)
    return data[:at] + patched + data[at + 22:]


@pytest.mark.parametrize(("fields", "code"), [
    ({"cd_size": 0xFFFFFFF0}, "rzip_directory_too_big"),
    ({"cd_offset": 5}, "rzip_directory_outside"),
    ({"count": 60_000}, "rzip_directory_outside"),  # 60,000 entries cannot fit the directory's bytes
])
def test_an_end_record_that_lies_is_refused_before_anything_else_is_read(server, fields, code):
    server.add_file(PATH, _patch_end(_zip(_library_members()), **fields))
    _refused(code, _open, server)
    assert server.stats(PATH).requests == 1  # only the tail was asked for


def test_an_entry_pointing_past_the_data_is_refused(server):
    data = bytearray(_zip(_library_members()))
    cd = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, cd + 42, len(data) - 100)  # the first entry's local header offset
    server.add_file(PATH, bytes(data))
    _refused("rzip_member_outside", _open, server)


def test_a_duplicate_member_is_refused(server):
    buf = io.BytesIO()
    with pytest.warns(UserWarning), zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("pkg/lib/liba.so", b"one")
        zf.writestr("pkg/lib/liba.so", b"two")
    server.add_file(PATH, buf.getvalue())
    _refused("rzip_duplicate", _open, server)


def test_unsafe_member_names_are_left_out_and_listed(server):
    server.add_file(PATH, _zip([("pkg/../../evil.so", b"x"), ("C:/win.dll", b"y"), ("pkg/ok.so", b"z")]))
    with _open(server) as wheel:
        assert [m.name for m in wheel.members] == ["pkg/ok.so"]
        assert [problem for _name, problem in wheel.unsafe_names] == ["folder", "drive"]


def test_member_name_rules():
    assert member_name_problem("torch/lib/libtorch_xpu.so") is None
    assert member_name_problem("torch/lib/") is None
    assert member_name_problem("/etc/passwd") == "separator"
    assert member_name_problem("a\\b.dll") == "separator"
    assert member_name_problem("a/CON.dll") == "reserved"
    assert member_name_problem("") == "empty"


def test_a_zip_bomb_member_is_not_unpacked(server):
    server.add_file(PATH, _zip([("pkg/lib/bomb.so", bytes(50 << 20))]))
    with _open(server) as wheel:
        bomb = wheel.member("pkg/lib/bomb.so")
        assert bomb.compressed_size * 200 < bomb.size
        _refused("rzip_ratio", wheel.read, bomb, 64 << 20)
    assert server.stats(PATH).bytes_sent < 80_000  # only the directory was read


def test_a_member_whose_bytes_do_not_match_its_checksum_is_refused(server):
    data = bytearray(_zip([("pkg/lib/liba.so", b"A" * 1000 + bytes(range(256)))], method=zipfile.ZIP_STORED))
    data[100] ^= 0xFF  # inside the stored member's data
    server.add_file(PATH, bytes(data))
    with _open(server) as wheel:
        _refused("rzip_member_damaged", wheel.read, wheel.member("pkg/lib/liba.so"), 1 << 20)


def test_a_member_whose_directory_entry_claims_no_compressed_bytes_is_refused(server):
    data = bytearray(_zip([("pkg/lib/liba.so", b"a" * 500)]))
    cd = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, cd + 20, 0)  # compressed size 0, uncompressed 500
    server.add_file(PATH, bytes(data))
    with _open(server) as wheel:
        _refused("rzip_member_damaged", wheel.read, wheel.member("pkg/lib/liba.so"), 1 << 20)


def test_a_member_larger_than_the_callers_limit_is_refused(server):
    server.add_file(PATH, _zip(_library_members()))
    with _open(server) as wheel:
        _refused("rzip_member_too_big", wheel.read, wheel.member("demo/lib/libbig.so"), 1 << 20)


def test_a_file_larger_than_the_limits_allow_is_refused_from_its_announced_size(server):
    server.add_file(PATH, _zip(_library_members()))
    _refused("rzip_too_big", _open, server, limits=Limits(max_size=1 << 20))
    assert server.stats(PATH).bytes_sent <= 70_000


def test_a_missing_file_is_named_with_the_servers_answer(server):
    err = _refused("rzip_status", _open, server, path="/whl/absent-1.0-py3-none-any.whl")
    assert "404" in str(err) and not isinstance(err, BadInput)


def test_plain_http_to_another_host_is_refused_before_any_request():
    with pytest.raises(BadInput):
        RemoteZip("http://example.com/x.whl", session=make_session())


def test_a_file_that_changes_between_requests_is_noticed(server):
    data = _zip(_library_members())
    server.add_file(PATH, data)
    with _open(server) as wheel:
        server.add_file(PATH, data + b"tail")  # a different length: another file now
        _refused("rzip_changed", wheel.read, wheel.member("demo/lib/libsmall.so"), 1 << 20)


def test_every_refusal_is_a_message_code_with_a_template():
    import re
    from pathlib import Path

    from app.message_texts import TEMPLATES
    from app.message_texts.remote_zip import TEMPLATES as OWN

    source = Path(__file__).resolve().parents[2].joinpath("app", "fetch", "remote_zip.py").read_text("utf-8")
    used = set(re.findall(r'refused\("(rzip_[a-z_]+)"', source))
    assert used and used <= set(TEMPLATES) and set(OWN) <= used  # every code used has a template, none unused
