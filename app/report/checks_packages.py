"""Doctor checks on the installed packages: torch's build flavour, versions that do not belong
together, IPEX against torch, IPEX's status, and the oneAPI runtime wheels."""

from __future__ import annotations

import re
from collections.abc import Iterable

from packaging.markers import InvalidMarker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import InvalidVersion, Version

from app import CLI
from app.messages import msg
from app.report.context import Context
from app.report.findings import ERROR, INFO, WARNING, Finding
from app.report.package_names import IPEX, is_oneapi_package
from app.report.pairings import Pairing, satisfies
from app.report.venv_facts import Dist, VenvFacts, normalize

XPU_INDEX = "https://download.pytorch.org/whl/xpu"
_FRAMEWORK = ("torch", "torchvision", "torchaudio", IPEX, "oneccl-bind-pt")


def torch_flavour(facts: VenvFacts, pairings: Iterable[Pairing] = ()) -> str:
    """xpu | cuda | rocm | cpu | ipex-rebuild (Intel's own torch for IPEX <= 2.5) | unknown.
    `pairings` (the catalog) recognise IPEX-era torch builds that carry no label at all."""
    torch = facts.get("torch")
    if torch is None:
        return "missing"
    label = torch.local_label.lower()
    build = facts.torch_build
    libs = " ".join(facts.libs.get("torch", [])).lower()
    requires = " ".join(torch.requires).lower()
    if "xpu" in label or build.get("xpu") or "torch_xpu" in libs:
        return "xpu"
    if re.match(r"cu\d", label) or build.get("cuda") or "torch_cuda" in libs or "nvidia-" in requires:
        return "cuda"
    if label.startswith("rocm") or build.get("hip") or build.get("rocm"):
        return "rocm"
    if "cpu" in label:
        return "cpu"
    if "intel-sycl-rt" in requires or "intel-cmplr-lib-rt" in requires:
        return "xpu"
    ipex = facts.get(IPEX)
    if ipex is not None and any(
        p.ipex and satisfies(p.ipex, ipex.version) and p.torch and satisfies(p.torch, torch.version) for p in pairings
    ):
        return "ipex-rebuild"
    # IPEX up to 2.5 shipped its own torch builds (2.5.1+cxx11.abi, 2.1.0a0+git...); XPU
    # support then lives in IPEX, so such a torch is right when IPEX is an XPU build beside it.
    if (
        ipex is not None
        and "xpu" in ipex.local_label.lower()
        and ("cxx11" in label or "git" in label or ".post" in torch.version)
    ):
        return "ipex-rebuild"
    return "cpu" if torch.local_label == "" or "cxx11" in label else "unknown"


def _major_minor(version: str) -> str:
    return ".".join(version.split("+")[0].split(".")[:2])


def check_torch_build(ctx: Context) -> list[Finding]:
    flavour = torch_flavour(ctx.facts, ctx.pairings)
    torch = ctx.facts.get("torch")
    if flavour == "missing":
        return [
            Finding(
                "torch.missing",
                ERROR,
                msg("doctor_torch_missing"),
                msg("doctor_torch_missing_fix", command=f"{CLI} install --venv DIR"),
            )
        ]
    assert torch is not None  # the flavour of a missing torch is "missing"
    params = {"version": torch.version, "flavour": flavour}
    if flavour in ("xpu", "ipex-rebuild"):
        return [Finding("torch.xpu_build", INFO, msg("doctor_torch_xpu", version=torch.version), params=params)]
    if flavour == "unknown":
        return [
            Finding(
                "torch.build_unknown",
                WARNING,
                msg("doctor_torch_unknown", version=torch.version),
                msg("doctor_torch_unknown_fix"),
                params,
            )
        ]
    return [
        Finding(
            "torch.not_xpu",
            ERROR,
            msg(f"doctor_torch_not_xpu_{flavour}", version=torch.version),
            msg("doctor_torch_not_xpu_fix", command=f"pip install --force-reinstall torch=={torch.public_version} "
                f"--index-url {XPU_INDEX}", install=f"{CLI} install"),
            params,
        )
    ]


def _requirements(dist: Dist, markers: dict[str, str]) -> list[Requirement]:
    env = dict(markers, extra="")
    out = []
    for text in dist.requires:
        try:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate(env):
                continue
        except (InvalidRequirement, InvalidMarker):
            continue
        out.append(req)
    return out


def _satisfied(req: Requirement, version: str) -> bool:
    try:
        return req.specifier.contains(Version(version), prereleases=True)
    except InvalidVersion:
        return False


def check_requirements(ctx: Context) -> list[Finding]:
    """What torch, torchvision, torchaudio and IPEX declare they need, against what is there."""
    findings: list[Finding] = []
    facts = ctx.facts
    for owner_name in _FRAMEWORK:
        owner = facts.get(owner_name)
        if owner is None:
            continue
        for req in _requirements(owner, facts.markers):
            installed = facts.get(req.name)
            params = {
                "package": req.name,
                "required_by": owner.name,
                "required": str(req.specifier) or "any",
                "installed": installed.version if installed else None,
            }
            framework = normalize(req.name) in _FRAMEWORK
            oneapi = is_oneapi_package(req.name)
            if installed is None:
                if oneapi:
                    findings.append(
                        Finding(
                            "oneapi.missing",
                            ERROR,
                            msg("doctor_oneapi_missing", package=req.name, required=params["required"],
                                owner=owner.name, version=owner.version),
                            msg("doctor_install_it", command=f'pip install "{req.name}{req.specifier}"'),
                            params,
                        )
                    )
                elif not framework:
                    findings.append(
                        Finding(
                            "deps.missing",
                            ERROR,
                            msg("doctor_dep_missing", package=req.name, owner=owner.name),
                            msg("doctor_install_it", command=f'pip install "{req}"'),
                            params,
                        )
                    )
                continue
            if _satisfied(req, installed.version):
                continue
            if framework:
                findings.append(
                    Finding(
                        "versions.mismatch",
                        ERROR,
                        msg("doctor_versions_built_for", owner=owner.name, version=owner.version, package=req.name,
                            required=f"{req.name}{req.specifier}", installed=installed.version),
                        msg("doctor_versions_built_for_fix", owner=owner.name, package=req.name,
                            command=f"{CLI} install"),
                        dict(params, source="metadata"),
                    )
                )
            elif oneapi:
                findings.append(
                    Finding(
                        "oneapi.wrong_version",
                        ERROR,
                        msg("doctor_oneapi_wrong", owner=owner.name, version=owner.version,
                            required=f"{req.name}{req.specifier}", installed=installed.version),
                        msg("doctor_oneapi_wrong_fix", command=f'pip install "{req.name}{req.specifier}"'),
                        params,
                    )
                )
            else:
                findings.append(
                    Finding(
                        "deps.wrong_version",
                        WARNING,
                        msg("doctor_dep_wrong", owner=owner.name, required=f"{req.name}{req.specifier}",
                            installed=installed.version),
                        msg("doctor_run_command", command=f'pip install "{req}"'),
                        params,
                    )
                )
    return findings


def pairing_for(ctx: Context) -> Pairing | None:
    """The catalog build the installed torch (and IPEX) belong to, if any, on this OS."""
    torch = ctx.facts.get("torch")
    if torch is None:
        return None
    ipex = ctx.facts.get(IPEX)
    on_os = [p for p in ctx.pairings if not p.os or ctx.facts.os in p.os]
    candidates = [p for p in on_os if p.torch and satisfies(p.torch, torch.version)]
    if ipex is not None:
        return next((p for p in candidates if p.ipex and satisfies(p.ipex, ipex.version)), None)
    return next((p for p in candidates if not p.ipex), None)


def check_catalog_pairing(ctx: Context) -> list[Finding]:
    """torchvision / torchaudio / oneAPI versions against the catalog build for this torch."""
    pairing = pairing_for(ctx)
    if pairing is None:
        return []
    torch = ctx.facts.get("torch")
    assert torch is not None  # a pairing is found only for an installed torch
    findings = []
    for package, expected in (("torchvision", pairing.torchvision), ("torchaudio", pairing.torchaudio)):
        dist = ctx.facts.get(package)
        if dist is None or not expected or satisfies(str(expected), dist.version):
            continue
        findings.append(
            Finding(
                "versions.mismatch",
                ERROR,
                msg("doctor_pairing_mismatch", package=package, installed=dist.version, torch=torch.version,
                    build=pairing.build_id, expected=str(expected)),
                msg("doctor_pairing_mismatch_fix", command=f"pip install {package}=={expected}"),
                {"package": package, "installed": dist.version, "expected": expected,
                 "build_id": pairing.build_id, "source": "catalog"},
            )
        )
    for package, expected in pairing.oneapi.items():
        dist = ctx.facts.get(package)
        params = {"package": package, "required": expected, "installed": dist.version if dist else None,
                  "build_id": pairing.build_id, "source": "catalog"}
        if dist is None:
            findings.append(
                Finding(
                    "oneapi.missing",
                    ERROR,
                    msg("doctor_pairing_oneapi_missing", package=package, expected=str(expected),
                        build=pairing.build_id),
                    msg("doctor_run_command", command=f"pip install {package}=={expected}"),
                    params,
                )
            )
        elif not satisfies(expected, dist.version):
            findings.append(
                Finding(
                    "oneapi.wrong_version",
                    ERROR,
                    msg("doctor_pairing_oneapi_wrong", package=package, installed=dist.version,
                        build=pairing.build_id, expected=str(expected)),
                    msg("doctor_run_command", command=f"pip install {package}=={expected}"),
                    params,
                )
            )
    return findings


def check_ipex(ctx: Context) -> list[Finding]:
    ipex = ctx.facts.get(IPEX)
    torch = ctx.facts.get("torch")
    if ipex is None:
        return []
    findings = []
    params = {"ipex": ipex.version, "torch": torch.version if torch else None}
    if "xpu" not in ipex.local_label.lower() and "git" not in ipex.local_label.lower():
        findings.append(
            Finding(
                "ipex.not_xpu",
                ERROR,
                msg("doctor_ipex_cpu", version=ipex.version),
                msg("doctor_ipex_cpu_fix"),
                params,
            )
        )
    # IPEX refuses to import unless its major.minor equals torch's.
    if torch is not None and _major_minor(ipex.version) != _major_minor(torch.version):
        findings.append(
            Finding(
                "ipex.torch_mismatch",
                ERROR,
                msg("doctor_ipex_torch_mismatch", version=ipex.version, torch=f"{_major_minor(ipex.version)}.x",
                    installed=torch.version),
                msg("doctor_ipex_torch_mismatch_fix", version=ipex.public_version),
                params,
            )
        )
    status = next((p.status for p in ctx.pairings if p.ipex and satisfies(p.ipex, ipex.version) and p.status), "")
    findings.append(
        Finding(
            "ipex.archived",
            INFO,
            msg("doctor_ipex_archived"),
            msg("doctor_ipex_archived_fix", command=f"{CLI} plan --channel torch-xpu"),
            dict(params, status=status or "archived"),
        )
    )
    return findings
