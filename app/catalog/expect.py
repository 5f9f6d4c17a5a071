"""What a build will do on a GPU: native code (AOT), first-run compilation (JIT), or nothing.

Where the build's AOT device list is known, the archive it produces (aot_names) is run
through the driver's member-selection rule (aot_match). Where only statements are known
("has Arc AOT", "no Core Ultra AOT"), those decide; where nothing is known, say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.catalog import aot_match, aot_names
from app.catalog.model import Aot, Build
from app.messages import msg


@dataclass(frozen=True)
class Expectation:
    expect: str  # aot | jit | fail
    target: str | None  # the AOT name (or claim name) that covers the GPU
    member: str | None  # the archive member the driver is expected to pick
    certainty: str  # documented | inferred | unknown
    reason: str
    fallback_unknown: bool = False  # not AOT, and whether SPIR-V is inside is unknown


def for_gpu(build: Build, ip: str | None, product: str | None) -> Expectation:
    return _expect(build.aot, build.has_spirv, ip, product)


# The answer depends only on these four (hashable) values; caching them makes planning every
# build for every device cheap (the planner benchmark runs all of them).
@lru_cache(maxsize=8192)
def _expect(aot: Aot, has_spirv: bool | None, ip: str | None, product: str | None) -> Expectation:
    if aot.devices:
        return _from_devices(aot, has_spirv, ip, product)
    return _from_claims(aot, has_spirv, ip, product)


def _from_devices(aot: Aot, has_spirv: bool | None, ip: str | None, product: str | None) -> Expectation:
    devices = list(aot.devices or ())
    members = aot_names.archive_members(devices, spirv=has_spirv is not False)
    result = aot_match.match(ip, product, [m.name for m in members],
                             member_ips={m.name: m.ip_version for m in members if m.ip_version})
    certainty = aot_match.weaker(result.certainty, aot.certainty)
    if result.expect == "aot":
        target = _target_for(devices, result.member)
        return Expectation("aot", target, result.member, certainty, result.reason)
    if has_spirv is None:
        return Expectation("jit", None, None, "unknown", result.reason, fallback_unknown=True)
    return Expectation(result.expect, None, result.member, certainty, result.reason)


def _target_for(devices: list[str], member: str | None) -> str | None:
    """The device-list entry that produced `member` (64.dg2 <- dg2, 64.12.55.8 <- ats-m150)."""
    for name in devices:
        if member in {m.name for m in aot_names.archive_members([name], spirv=False)}:
            return name
    return None


def _from_claims(aot: Aot, has_spirv: bool | None, ip: str | None, product: str | None) -> Expectation:
    for claim in aot.claims:
        ips: set[str] = set()
        for name in claim.names:
            ips |= aot_names.resolve(name)
        if not ip or ip not in ips:
            continue
        names = list(claim.names)
        if claim.covered:
            hit = next(n for n in claim.names if ip in aot_names.resolve(n))
            return Expectation("aot", hit, None, claim.certainty,
                               msg("expect_claim_covered", names=names, source=claim.source))
        reason = msg("expect_claim_not_covered", names=names, source=claim.source)
        if has_spirv is False:
            return Expectation("fail", None, None, claim.certainty, reason)
        if has_spirv is None:
            return Expectation("jit", None, None, "unknown", reason, fallback_unknown=True)
        return Expectation("jit", None, "generic_ir", claim.certainty, reason)
    reason = msg("expect_no_list")
    if has_spirv is False:
        return Expectation("fail", None, None, "unknown", reason)
    if has_spirv is None:
        return Expectation("jit", None, None, "unknown", reason, fallback_unknown=True)
    return Expectation("jit", None, "generic_ir", "unknown", reason)
