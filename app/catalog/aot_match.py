"""Which archive member the GPU driver picks for a GPU, and so whether a kernel runs from
native code (AOT), is compiled from SPIR-V on first use (JIT), or fails to load.

The rule is compute-runtime's (ocloc_names.md §2), first match wins, each a prefix match:
  1. exact IP `M.m.r`   2. `P.s` (product + stepping)   3. `M.m`   4. `P` (generic member)
  5. the same for each compatibility-fallback product of P
  6. `generic_ir` -> JIT     7. nothing -> load failure
`P` is the runtime's product abbreviation (dg2, mtl, arl, lnl, bmg, ptl, pvc), which is NOT the
ocloc name: Arrow Lake-U/S are `arl` although they have the MTL-U IP 12.70.4.

Certainty: "documented" where the reference states the outcome from driver source, "inferred"
where it rests on inference (the product says "expected", not "will"), "unknown" otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog import aot_names
from app.messages import msg


@dataclass(frozen=True)
class Match:
    expect: str  # "aot" | "jit" | "fail"
    member: str | None  # the member the driver is expected to pick, as the caller named it
    certainty: str  # "documented" | "inferred" | "unknown"
    reason: str  # one plain sentence


_RANK = {"documented": 0, "inferred": 1, "unknown": 2}


def weaker(a: str, b: str) -> str:
    """The less certain of two certainty labels."""
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True)
class _Parsed:
    given: str  # as the caller wrote it
    body: str  # without "64.", lower case: "12.55.8", "dg2", "generic_ir"
    kind: str  # ip | generic | generic_ir
    ip: str | None  # IP of the binary inside, when known


def _parse(members: list[str], member_ips: dict[str, str] | None) -> list[_Parsed]:
    parsed = []
    for given in members:
        text = given.strip()
        low = text.lower()
        if low == "generic_ir":
            parsed.append(_Parsed(given, "generic_ir", "generic_ir", None))
            continue
        if low.startswith(("pad_", "32.")):
            continue  # ar filler, or code for 32-bit pointers (never picked by a 64-bit app)
        body = low[3:] if low.startswith("64.") else low
        ip = (member_ips or {}).get(given)
        if aot_names.is_ip(body):
            parsed.append(_Parsed(given, body, "ip", ip or body))
        else:
            inner = aot_names.GENERIC.get(body.split(".")[0])
            parsed.append(_Parsed(given, body, "generic", ip or (inner[0] if inner else None)))
    return parsed


def _prefix(body: str, filter_: str) -> bool:
    """The driver's prefix match, on whole dot-separated components."""
    return body == filter_ or body.startswith(filter_ + ".")


def _select(gpu_ip: str | None, product: str | None, stepping: str | None,
            parsed: list[_Parsed]) -> tuple[_Parsed | None, int]:
    """The member the driver picks (rule steps 1-5) and the step that found it."""
    natives = [p for p in parsed if p.kind != "generic_ir"]

    def find(filter_: str) -> _Parsed | None:
        return next((p for p in natives if _prefix(p.body, filter_)), None)

    tries: list[tuple[str, int]] = []
    if gpu_ip:
        tries.append((gpu_ip, 1))
    if product and stepping:
        tries.append((f"{product}.{stepping.lower()}", 2))
    if gpu_ip:
        tries.append((aot_names.major_minor(gpu_ip), 3))
    if product:
        tries.append((product, 4))
        # Fallback products: only their product-named filters. Which IP filters the driver
        # tries for a fallback product is not in the reference, so none are assumed.
        for other in aot_names.PRODUCT_FALLBACKS.get(product, ()):
            if stepping:
                tries.append((f"{other}.{stepping.lower()}", 5))
            tries.append((other, 5))
    for filter_, step in tries:
        found = find(filter_)
        if found:
            return found, step
    return None, 0


def match(gpu_ip: str | None, product: str | None, members: list[str], *,
          stepping: str | None = None, member_ips: dict[str, str] | None = None) -> Match:
    """Predict what the driver does with an AOT archive holding `members` on a GPU with IP
    `gpu_ip` and runtime product `product` (either may be None when unknown).

    `members` are archive member names with or without the `64.` prefix (`64.12.55.8`,
    `dg2`, `generic_ir`); `member_ips` optionally gives the IP read from inside a member
    (the zebin note), which is more reliable than the name."""
    parsed = _parse(members, member_ips)
    if product is None and gpu_ip:
        product = aot_names.product_for_ip(gpu_ip)
        if product is None and aot_names.major_minor(gpu_ip) == "12.70":
            return _ambiguous_1270(gpu_ip, members, stepping, member_ips)
    if not gpu_ip and not product:
        return _no_native(parsed, None, None, unknown_gpu=True)
    chosen, step = _select(gpu_ip, product, stepping, parsed)
    if chosen is None:
        return _no_native(parsed, gpu_ip, product)
    return _judge(chosen, step, gpu_ip, product, parsed)


def _judge(chosen: _Parsed, step: int, gpu_ip: str | None, product: str | None,
           parsed: list[_Parsed]) -> Match:
    inner = chosen.ip
    name = chosen.given
    if gpu_ip is None:
        return Match("aot", name, "unknown", msg("aot_by_product", member=name, product=product))
    if inner is None:
        return Match("aot", name, "unknown", msg("aot_member_unknown", member=name))
    if inner == gpu_ip:
        return Match("aot", name, "documented", msg("aot_exact", ip=gpu_ip, member=name))
    if step in (1, 3) and aot_names.major_minor(inner) == aot_names.major_minor(gpu_ip):
        return Match("aot", name, "inferred", msg("aot_stepping", inner=inner, member=name, ip=gpu_ip))
    if aot_names.compatible(inner, gpu_ip):
        return Match("aot", name, "inferred", msg("aot_compatible", member=name, inner=inner, ip=gpu_ip))
    # A member was picked by name, but its code is for a GPU the driver does not treat as
    # compatible: the reference does not say whether the driver then falls back.
    fallback = "jit" if any(p.kind == "generic_ir" for p in parsed) else "fail"
    return Match(fallback, name, "unknown", msg("aot_wrong_member", member=name, inner=inner, ip=gpu_ip))


def _no_native(parsed: list[_Parsed], gpu_ip: str | None, product: str | None,
               unknown_gpu: bool = False) -> Match:
    ir = next((p for p in parsed if p.kind == "generic_ir"), None)
    if unknown_gpu:
        if ir:
            return Match("jit", ir.given, "unknown", msg("aot_unknown_gpu_jit"))
        return Match("fail", None, "unknown", msg("aot_unknown_gpu_fail"))
    # A near miss makes the outcome an inference: a member whose code the compatibility map
    # would accept, or one with this very IP under another product's name (64.mtl on ARL-S).
    near = [p for p in parsed if p.kind != "generic_ir" and p.ip and gpu_ip
            and (aot_names.compatible(p.ip, gpu_ip) or p.ip == gpu_ip)]
    certainty = "inferred" if near else "documented"
    if gpu_ip is None:  # only the product is known: an IP-named member might have matched
        certainty = "unknown"
    what = f"IP {gpu_ip}" if gpu_ip else f"product '{product}'"
    if certainty != "documented":  # an inference: the user hears "expected" (ocloc_names.md)
        if ir:
            return Match("jit", ir.given, certainty, msg("aot_no_native_jit_expected", gpu=what))
        return Match("fail", None, certainty, msg("aot_no_native_fail_expected", gpu=what))
    if ir:
        return Match("jit", ir.given, certainty, msg("aot_no_native_jit", gpu=what))
    return Match("fail", None, certainty, msg("aot_no_native_fail", gpu=what))


def _ambiguous_1270(gpu_ip: str, members: list[str], stepping: str | None,
                    member_ips: dict[str, str] | None) -> Match:
    """IP 12.70 is Meteor Lake-U (product mtl) or Arrow Lake-U/S (product arl)."""
    as_mtl = match(gpu_ip, "mtl", members, stepping=stepping, member_ips=member_ips)
    as_arl = match(gpu_ip, "arl", members, stepping=stepping, member_ips=member_ips)
    if as_mtl.expect == as_arl.expect:
        worst = as_mtl if _RANK[as_mtl.certainty] >= _RANK[as_arl.certainty] else as_arl
        return worst
    order = {"fail": 0, "jit": 1, "aot": 2}
    worst = as_mtl if order[as_mtl.expect] < order[as_arl.expect] else as_arl
    return Match(worst.expect, worst.member, "unknown", msg("aot_ambiguous_1270", reason=worst.reason))
