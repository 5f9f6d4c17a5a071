"""The driver's member selection (ocloc_names.md §2), table-driven against every row of §3,
using the member names of the real archives in ocloc_archives/MANIFEST.json."""

from __future__ import annotations

import json

import pytest

from app.catalog.aot_match import match

WIN_25, WIN_26 = "torch-2.5-windows.ar", "torch-2.6-windows.ar"
WIN_27, WIN_210 = "torch-2.7-windows.ar", "torch-2.10-windows.ar"
LIN_25, LIN_27, LIN_210 = "torch-2.5-linux.ar", "torch-2.7-linux.ar", "torch-2.10-linux.ar"
ALL_UPSTREAM = [WIN_25, WIN_26, WIN_27, WIN_210, LIN_25, LIN_27, LIN_210]
LISTS_25_26 = [WIN_25, WIN_26, LIN_25]  # Linux 2.6 has the Linux 2.5 list
LISTS_27_UP = [WIN_27, WIN_210, LIN_27, LIN_210]

A770, A380, A310 = ("12.55.8", "dg2"), ("12.56.5", "dg2"), ("12.57.0", "dg2")
MTL_H, MTL_U = ("12.71.4", "mtl"), ("12.70.4", "mtl")
ARL_S, ARL_H = ("12.70.4", "arl"), ("12.74.4", "arl")
B580, LNL = ("20.1.0", "bmg"), ("20.4.4", "lnl")

# (gpu, archives, expect, acceptable members, certainty) - one line per row of §3.
TABLE = [
    (A770, ALL_UPSTREAM, "aot", {"64.12.55.8", "64.dg2"}, "documented"),
    (A380, LISTS_25_26, "jit", {"generic_ir"}, "inferred"),
    (A310, LISTS_25_26, "jit", {"generic_ir"}, "inferred"),
    (A380, LISTS_27_UP, "aot", {"64.dg2"}, "inferred"),
    (A310, LISTS_27_UP, "aot", {"64.dg2"}, "inferred"),
    (MTL_H, ALL_UPSTREAM + ["no-spirv-mtl.ar"], "aot", {"64.12.71.4"}, "documented"),
    (MTL_U, [LIN_27, LIN_210], "jit", {"generic_ir"}, "documented"),
    (MTL_U, [WIN_27, WIN_210], "aot", {"64.mtl"}, "documented"),
    (ARL_S, [LIN_27, LIN_210], "jit", {"generic_ir"}, "documented"),
    (ARL_S, [WIN_27, WIN_210], "jit", {"generic_ir"}, "inferred"),
    (ARL_S, LISTS_25_26, "aot", {"64.12.70.4"}, "documented"),
    (ARL_H, LISTS_25_26, "jit", {"generic_ir"}, "documented"),
    (ARL_H, LISTS_27_UP, "aot", {"64.12.74.4"}, "documented"),
    (B580, [WIN_25, LIN_25], "jit", {"generic_ir"}, "documented"),
    (B580, [WIN_26], "aot", {"64.20.1.0"}, "documented"),
    (B580, LISTS_27_UP, "aot", {"64.bmg"}, "documented"),
    (LNL, [LIN_25], "jit", {"generic_ir"}, "documented"),
    (("12.0.0", "tgllp"), ALL_UPSTREAM, "jit", {"generic_ir"}, "documented"),
    (("12.2.0", "adls"), ALL_UPSTREAM, "jit", {"generic_ir"}, "documented"),
    (("12.3.0", "adlp"), ALL_UPSTREAM, "jit", {"generic_ir"}, "documented"),
    (("12.4.0", "adln"), ALL_UPSTREAM, "jit", {"generic_ir"}, "documented"),
    (A770, ["no-spirv-mtl.ar"], "fail", {None}, "documented"),
    (B580, ["no-spirv-mtl.ar"], "fail", {None}, "documented"),
]


@pytest.fixture
def archives(reference_dir):
    path = reference_dir / "ocloc_archives" / "MANIFEST.json"
    data = json.loads(path.read_text("utf-8"))
    return {name: [m["member"] for m in entry["members"]] for name, entry in data.items()}


@pytest.mark.parametrize("gpu,lists,expect,members,certainty", TABLE)
def test_reference_table(archives, gpu, lists, expect, members, certainty):
    ip, product = gpu
    for archive in lists:
        result = match(ip, product, archives[archive])
        assert (result.expect, result.certainty) == (expect, certainty), (archive, result)
        assert result.member in members, (archive, result)
        assert result.reason.endswith(".")


def test_member_names_without_prefix(archives):
    bare = [m[3:] if m.startswith("64.") else m for m in archives[WIN_27]]
    assert match(*A770, bare).member == "dg2"
    assert match(*MTL_U, bare).expect == "aot"
    assert match(*ARL_S, bare).expect == "jit"


def test_member_ips_from_the_zebin_override_the_name():
    # A generic member whose zebin says it was built for a sibling: the note wins.
    result = match("12.55.8", "dg2", ["64.dg2", "generic_ir"], member_ips={"64.dg2": "12.56.5"})
    assert result.expect != "aot" or result.certainty != "documented"


def test_arrow_lake_u_without_product_is_not_claimed(archives):
    """IP 12.70.4 alone cannot tell MTL-U (covered by 64.mtl) from ARL-U/S (not covered)."""
    result = match("12.70.4", None, archives[WIN_27])
    assert (result.expect, result.certainty) == ("jit", "unknown")
    assert "Arrow Lake" in result.reason
    # Where both readings agree, the answer stays.
    assert match("12.70.4", None, archives[WIN_25]).expect == "aot"


def test_lunar_lake_falls_back_to_a_generic_bmg_member():
    result = match("20.4.4", "lnl", ["64.bmg", "generic_ir"])
    assert (result.expect, result.member, result.certainty) == ("aot", "64.bmg", "inferred")


def test_exact_ip_beats_generic_and_major_minor_beats_product():
    assert match("12.55.8", "dg2", ["64.dg2", "64.12.55.8"]).member == "64.12.55.8"
    r = match("12.55.4", "dg2", ["64.dg2", "64.12.55.8", "generic_ir"])
    assert (r.member, r.expect, r.certainty) == ("64.12.55.8", "aot", "inferred")


def test_unknown_gpu_and_filler_members():
    assert match(None, None, ["pad_0", "64.dg2", "generic_ir"]).expect == "jit"
    assert match(None, None, ["64.dg2"]).expect == "fail"
    assert match("12.55.8", "dg2", ["pad_1", "32.12.55.8", "generic_ir"]).expect == "jit"


def test_product_without_ip_is_never_documented():
    result = match(None, "pvc", ["64.12.60.7", "generic_ir"])
    assert (result.expect, result.certainty) == ("jit", "unknown")
