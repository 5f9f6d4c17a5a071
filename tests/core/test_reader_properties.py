"""Property-based tests (hypothesis) for every reader of files from outside: ELF and PE
libraries, ocloc (ar) archives, zebin members, zips and wheels, package index pages (PEP 503
HTML, PEP 691 JSON), runtime traces, Windows PowerShell snapshots, probe JSON and support
bundles. Whatever the bytes, a reader answers or raises one of our one-sentence errors
(app/errors.py AppError); never anything else.

Binary readers get mutations of small valid files (tests/synthetic_binaries.py and a real
ocloc archive), which reach deeper than random bytes. Example counts keep the whole file near
20 s on two cores."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import hostile
import synthetic_binaries
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import AppError

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARCHIVE = synthetic_binaries.device_image()
ELF = synthetic_binaries.elf_library()
PE = synthetic_binaries.pe_library()
MEMBER = ARCHIVE[ARCHIVE.index(b"\x7fELF") :]  # from the first zebin member to the end


def mutations(seed: bytes, hot: int = 512):
    """`seed` with up to 16 bytes overwritten (most in its first `hot` bytes, where headers
    are, some anywhere), and perhaps cut short."""
    position = st.one_of(st.integers(0, min(hot, len(seed)) - 1), st.integers(0, len(seed) - 1))
    flips = st.lists(st.tuples(position, st.integers(0, 255)), max_size=16)
    wide = st.lists(st.tuples(position, st.sampled_from([0, 0xFF, 0x7F, 0x80])), max_size=4)
    return st.tuples(flips, wide, st.one_of(st.none(), st.integers(0, len(seed)))).map(
        lambda t: _apply(seed, t[0] + [(p + k, v) for p, v in t[1] for k in range(8)], t[2]))


def _apply(seed: bytes, flips, cut) -> bytes:
    data = bytearray(seed)
    for pos, value in flips:
        if pos < len(data):
            data[pos] = value
    return bytes(data[:cut] if cut is not None else data)


def _file(data: bytes, suffix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="prop-"))
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


def answers_or_refuses(fn, *args):
    try:
        return fn(*args)
    except AppError as exc:
        text = str(exc)
        assert text and "\n" not in text.strip(), text
        return None


# --- libraries, archives, zebin -----------------------------------------------------------------


@SLOW
@given(mutations(ELF, hot=ELF.index(b"!<arch>")))
def test_elf_libraries(data):
    from app.smoke.inspect import inspect_library

    path = _file(data, ".so")
    result = answers_or_refuses(inspect_library, path)
    assert result is None or isinstance(result["aot_ip_versions"], list)
    json.dumps(result)


@given(mutations(ELF[-400:] , hot=400))
@SLOW
def test_elf_section_tables(tail):
    """The section header table and the strings before it (at the end of the seed)."""
    from app.smoke.inspect import inspect_library

    answers_or_refuses(inspect_library, _file(ELF[:-400] + tail, ".so"))


@SLOW
@given(mutations(PE, hot=0x480))
def test_pe_libraries(data):
    from app.smoke.inspect import inspect_library

    result = answers_or_refuses(inspect_library, _file(data, ".dll"))
    json.dumps(result)


@FAST
@given(mutations(ARCHIVE, hot=2048))
def test_ocloc_archives(data):
    from app.smoke.device_image import describe, read_archive

    answers_or_refuses(read_archive, data)
    image = answers_or_refuses(describe, "spir64_gen", data)
    json.dumps(image.to_json() if image else None)


def test_a_note_section_pointing_past_python_indexes_is_not_a_crash():
    """The case hypothesis found: a note section header whose offset is 2**63 (OverflowError in
    struct.unpack_from). The fast reader leaves it to the careful one, which still answers."""
    import struct

    from app.smoke import zebin

    member = bytearray(MEMBER)
    shoff = struct.unpack_from("<Q", member, 0x28)[0]
    shnum = struct.unpack_from("<H", member, 0x3C)[0]
    notes = [shoff + i * 64 for i in range(shnum) if struct.unpack_from("<I", member, shoff + i * 64 + 4)[0] == 7]
    assert notes  # the synthetic member has its compat note
    for header in notes:
        struct.pack_into("<Q", member, header + 24, 2**63)
    assert zebin.read_zebin_fast(bytes(member)) is None
    assert zebin.read_zebin(bytes(member)).kind == "zebin"


def _ar_header(name: bytes, size: bytes) -> bytes:
    return name.ljust(16) + b" " * 32 + size.ljust(10)[:10] + b"`\n"


@FAST
@given(st.lists(st.tuples(st.sampled_from([b"64.dg2/", b"//", b"/0", b"/", b"pad_1/", b"/99999"]),
                          st.one_of(st.integers(-(10**8), 10**9).map(lambda n: str(n).encode()),
                                    st.sampled_from([b"", b"+5", b"5 5", b"0x10", b"\xd9\xa3", b"-60", b"-61"]))),
                max_size=5),
       st.binary(max_size=64))
def test_ocloc_archive_headers(members, body):
    """Member sizes are text in the header: negative ("-60" once looped forever), signed, hex."""
    from app.smoke.device_image import read_archive

    data = b"!<arch>\n" + b"".join(_ar_header(n, s) + body for n, s in members)
    answers_or_refuses(read_archive, data)


def test_a_negative_member_size_does_not_loop_forever():
    import threading

    from app.smoke.device_image import read_archive

    data = b"!<arch>\n" + _ar_header(b"64.dg2/", b"-60") + b"x" * 100
    done = []
    worker = threading.Thread(target=lambda: done.append(read_archive(data)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done == [[]], "read_archive did not return"


@FAST
@given(mutations(MEMBER, hot=1024))
def test_zebin_members(data):
    from app.smoke.zebin import read_zebin, read_zebin_pyelftools

    answers_or_refuses(read_zebin, data)
    answers_or_refuses(read_zebin_pyelftools, data)


@FAST
@given(st.binary(max_size=300).map(lambda b: b"\x7fELF\x02\x01\x01" + b))
def test_zebin_random_bytes(data):
    from app.smoke.zebin import read_zebin, read_zebin_pyelftools

    answers_or_refuses(read_zebin, data)
    answers_or_refuses(read_zebin_pyelftools, data)


# --- zips, wheels and bundles -------------------------------------------------------------------


def _wheel() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pkg/lib/libsycl_kernels.so", ELF)
        zf.writestr("pkg-1.0.dist-info/METADATA", "Name: pkg\nVersion: 1.0\n")
    return buf.getvalue()


WHEEL = _wheel()


@SLOW
@given(st.one_of(mutations(WHEEL, hot=len(WHEEL)), st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b)))
def test_wheels(data):
    from app.smoke.inspect import inspect_path

    json.dumps(answers_or_refuses(inspect_path, _file(data, ".whl")))


def _bundle() -> bytes:
    path = _file(b"", ".zip")
    hostile.bundle(path, hostile.PROBE, plan__json={"choice": None, "rejected": [], "warnings": ["w"]},
                   doctor__json={"findings": [{"id": "x", "severity": "info", "message": "m"}]},
                   SUMMARY__md="# Summary\n")
    return path.read_bytes()


BUNDLE = _bundle()


@SLOW
@given(mutations(BUNDLE, hot=len(BUNDLE)))
def test_support_bundles(data):
    from app.flow import load_support_input

    answers_or_refuses(load_support_input, _file(data, ".zip"))


# --- JSON documents: probe files, plans, snapshots --------------------------------------------------

JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
                      st.text(max_size=20))
JSON = st.recursive(JSON_LEAF, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=20)


def _replace_somewhere(doc, path_choices, value):
    """`doc` with the value at a path picked by `path_choices` replaced by `value`."""
    doc = json.loads(json.dumps(doc))
    node = doc
    for choice in path_choices:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        key, child = children[choice % len(children)] if children else (None, None)
        if key is None:
            break
        if not isinstance(child, (dict, list)) or not child or choice % 3 == 0:
            node[key] = value
            return doc
        node = child
    return doc


def near(doc):
    """Documents like `doc` with one value anywhere replaced by any JSON value."""
    return st.builds(_replace_somewhere, st.just(doc), st.lists(st.integers(0, 50), min_size=1, max_size=6), JSON)


@FAST
@given(st.one_of(near(hostile.PROBE), JSON))
def test_probe_json(doc):
    from app.report.bundle import read_probe

    result = answers_or_refuses(read_probe, _file(json.dumps(doc).encode(), ".json"))
    if result is not None:  # what loaded has the types the pages rely on
        for gpu in result.gpus:
            assert isinstance(gpu.name, str) and isinstance(gpu.aot_targets, list)
            assert isinstance(gpu.driver.notes, list)


PLAN = {
    "choice": {"build_id": "b", "channel": "torch-xpu", "ipex_version": None, "torch_version": "2.8",
               "python": "3.11", "os": "linux", "expect": "aot", "matched_target": None, "reasons": ["r"],
               "verify": {"torch": "2.8"},
               "steps": [{"id": "t", "requirements": ["torch"], "files": [
                   {"url": "https://h/x.whl", "filename": "x.whl", "sha256": None, "size": 3}]}]},
    "alternatives": [], "rejected": [{"build_id": "x", "why": "y"}], "warnings": [], "inputs": {},
}


@FAST
@given(st.one_of(near(PLAN), JSON))
def test_plan_json(doc):
    from app.catalog.plan_model import Plan

    plan = answers_or_refuses(Plan.from_json, doc, "plan.json")
    if plan is not None and plan.choice is not None:
        assert all(isinstance(r, str) for s in plan.choice.steps for r in s.requirements)


SNAPSHOT = [{"Name": "Intel(R) Arc(TM) A770 Graphics", "PNPDeviceID": "PCI\\VEN_8086&DEV_56A0&SUBSYS_10208086&REV_08",
             "DriverVersion": "32.0.101.6078", "DriverDate": "/Date(1725840000000)/", "AdapterRAM": 4293918720,
             "Status": "OK"}]


@FAST
@given(st.one_of(near(SNAPSHOT).map(lambda d: json.dumps(d).encode()),
                 JSON.map(lambda d: json.dumps(d).encode()),
                 st.binary(max_size=200),
                 st.text(max_size=200).map(lambda t: t.encode("utf-16"))))
def test_windows_snapshots(data):
    from app.probe.windows import adapters_to_gpus, parse_snapshot

    records = answers_or_refuses(parse_snapshot, data, "gpus.json")
    if records is not None:
        answers_or_refuses(adapters_to_gpus, records)


@FAST
@given(st.sampled_from(["/Date(", "/Date(-", ""]).flatmap(
    lambda p: st.one_of(st.integers(-(10**30), 10**30).map(lambda n: f"{p}{n})/"), st.text(max_size=30))))
def test_windows_driver_dates(text):
    from app.probe.windows import driver_date, parse_version

    answers_or_refuses(driver_date, text)
    answers_or_refuses(parse_version, text)


# --- index pages -----------------------------------------------------------------------------------

PEP691 = {"meta": {"api-version": "1.1"}, "name": "torch", "files": [
    {"filename": "torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl", "url": "torch-2.8.0%2Bxpu-cp311.whl",
     "hashes": {"sha256": "ab" * 32}, "requires-python": ">=3.9", "yanked": False}]}
HTML_PIECES = st.sampled_from([
    '<a href="', '">', "</a>", "<a ", 'data-requires-python="&gt;=3.9"', "data-yanked", "#sha256=", "torch-2.8.0",
    "-cp311-cp311-linux_x86_64.whl", "http://[::1", "https://[", "%", "<", ">", '"', "'", "&#", "&#x110000;",
    "<!--", "<![CDATA[", "</", "\x00", "\ud800", "é",
])


@FAST
@given(st.one_of(near(PEP691).map(json.dumps), JSON.map(json.dumps), st.text(max_size=200)),
       st.sampled_from(["application/vnd.pypi.simple.v1+json", "text/html", ""]))
def test_index_pages(body, content_type):
    from app.fetch.index_page import parse_page, wheels_for

    files = answers_or_refuses(parse_page, body, content_type, "https://index.example/simple/torch/")
    if files is not None:
        answers_or_refuses(wheels_for, files, "torch", lambda v: True)


@FAST
@given(st.lists(HTML_PIECES, max_size=40).map("".join))
def test_index_pages_html(body):
    from app.fetch.index_page import parse_page, wheels_for

    files = answers_or_refuses(parse_page, body, "text/html", "https://index.example/simple/torch/")
    if files is not None:
        answers_or_refuses(wheels_for, files, "torch", lambda v: True)


# --- runtime traces ---------------------------------------------------------------------------------

TRACE_PIECES = st.sampled_from([
    "---> urProgramCreateWithIL", "<--- urProgramCreateWithBinary(", "---> piProgramCreate(",
    "[UR] urProgramCreateWithNativeHandle(", "urDeviceSelectBinary(", "(spir64_gen)})", "(spir64)", "-> ",
    "UR_RESULT_SUCCESS", "UR_RESULT_ERROR_INVALID_BINARY", "[Persistent Cache]: using cached device binary",
    "[Persistent Cache]: enabled", "[Persistent Cache]: device binary has been cached",
    "No device of requested type available", "Build program log", "failed", "SYCL_PI_TRACE has been removed",
    "@@IPEX-SMOKE@@", '{"event": "begin", "step": "s"}', '{"event": "end", "seconds": 1e999}', "[", "]", "\r",
    "\x00", "é", " ",
])


@FAST
@given(st.lists(st.one_of(st.lists(TRACE_PIECES, max_size=12).map("".join), st.text(max_size=40)), max_size=30),
       st.sampled_from([None, True, False]))
def test_runtime_traces(lines, started_empty):
    from app.smoke.classify import CacheState, TraceScanner

    scanner = TraceScanner()
    for line in lines:
        scanner.feed(line)
    result = scanner.verdict(CacheState(started_empty=started_empty))
    json.dumps(result)
    assert result["verdict"] in ("aot", "jit", "mixed", "cached", "unknown", "no_device", "failed")


@FAST
@given(st.binary(max_size=400))
def test_trace_files(data):
    from app.commands.classify import feed_log
    from app.smoke.classify import TraceScanner

    scanner = TraceScanner()
    answers_or_refuses(feed_log, scanner, _file(data, ".log"))
    scanner.verdict()
