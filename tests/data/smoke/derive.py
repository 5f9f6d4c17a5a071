"""Make the GPU-style logs (labelled DERIVED) from the real CPU captures in this folder.

No Intel GPU was available. An AOT run on a GPU differs from the captured CPU JIT run in the
ways aot_jit_evidence.md A.3 describes: the runtime selects the `spir64_gen` image and
creates the program with urProgramCreateWithBinary, and nothing is written to the
persistent cache (only SPIR-V images are cached). These files apply exactly those changes.

    python tests/data/smoke/derive.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "# DERIVED from {src} by derive.py ({what}); not captured on a GPU\n"
IL_END = re.compile(
    r"urProgramCreateWithIL\(\.hContext = (0x[0-9a-f]+), \.pIL = (0x[0-9a-f]+), \.length = (\d+), "
    r"\.pProperties = nullptr, \.phProgram = (.*)\) -> UR_RESULT_SUCCESS;"
)


def to_binary(line: str) -> str:
    m = IL_END.search(line)
    if m:
        ctx, ptr, length, ph = m.groups()
        return line[: m.start()] + (
            f"urProgramCreateWithBinary(.hContext = {ctx}, .numDevices = 1, "
            f".phDevices = 0x5600000000a0 {{0x5600000000b0}}, "
            f".pLengths = 0x5600000000c0 {{{int(length) * 4}}}, .ppBinaries = 0x5600000000d0 {{{ptr} (true)}}, "
            f".pProperties = nullptr, .phProgram = {ph}) -> UR_RESULT_SUCCESS;"
        ) + line[m.end():]  # the line's end: the next call starts on its own line
    return line.replace("---> urProgramCreateWithIL", "---> urProgramCreateWithBinary")


def derive(src: str, dst: str, what: str, convert_first_only: bool = False) -> None:
    out = [HEADER.format(src=src, what=what)]
    converted_end = converted_start = False
    for line in (HERE / f"{src}.stdout.log").read_text().splitlines(keepends=True):
        if "urDeviceSelectBinary" in line:
            line = line.replace("(spir64)}", "(spir64_gen)}")
        if "urProgramCreateWithIL" in line:
            is_end = "<---" in line
            done = converted_end if is_end else converted_start
            if not (convert_first_only and done):
                line = to_binary(line)
                if is_end:
                    converted_end = True
                else:
                    converted_start = True
        out.append(line)
    (HERE / f"{dst}.stdout.log").write_text("".join(out))
    err = (HERE / f"{src}.stderr.log").read_text().splitlines(keepends=True)
    if not convert_first_only:
        err = [ln for ln in err if "device binary has been cached" not in ln]
    (HERE / f"{dst}.stderr.log").write_text(HEADER.format(src=src, what=what) + "".join(err))


# The Level Zero v2 adapter (default for Battlemage and newer in 2026 runtimes). Its trace is
# printed by the UR loader's tracing layer, the same `---> urX` / `<--- urX(...) -> R;` for every
# adapter (unified-runtime source/loader/layers/tracing/ur_trcddi.cpp); program creation and
# urDeviceSelectBinary are the legacy adapter's own code (v2's ur_interface_loader.cpp forwards
# to common/program.cpp and common/device.cpp). What differs from the captured OpenCL CPU run:
# the Level Zero backend and a GPU device, and urProgramBuildExp succeeds (common/program.cpp
# implements it; OpenCL answered UNSUPPORTED_FEATURE and the runtime fell back to urProgramBuild).
V2_HEADER = ("# DERIVED from {src} by derive.py for the Level Zero v2 adapter ({what}); "
             "not captured on a GPU\n")
V2_ADAPTER = ("   <LOADER>[INFO]: loaded adapter 0x55c7e7962ed0 (libur_adapter_level_zero_v2.so.0) "
              "from /VENV/lib/libur_adapter_level_zero_v2.so.0\n")


V2_SWAPS = [("UR_BACKEND_OPENCL", "UR_BACKEND_LEVEL_ZERO"), ("UR_DEVICE_TYPE_CPU", "UR_DEVICE_TYPE_GPU"),
            ("(AMD EPYC)", "(Intel(R) Arc(TM) B580 Graphics)"),
            (".pPropSizeRet = 0x7fff0be34130 (9)", ".pPropSizeRet = 0x7fff0be34130 (31)")]


def to_level_zero_v2(lines: list[str]) -> list[str]:
    out: list[str] = []
    skip_fallback = 0
    for line in lines:
        if skip_fallback:
            skip_fallback -= 1
            continue
        for old, new in V2_SWAPS:
            line = line.replace(old, new)
        if "<--- urProgramBuildExp(" in line and "UR_RESULT_ERROR_UNSUPPORTED_FEATURE" in line:
            line = line.replace("UR_RESULT_ERROR_UNSUPPORTED_FEATURE", "UR_RESULT_SUCCESS")
            skip_fallback = 2  # the `---> urProgramBuild` / `<--- urProgramBuild(...)` pair that followed
        out.append(line)
    return out


def derive_v2(src: str, dst: str, what: str) -> None:
    """From a log in this folder (captured or derived): the same run through Level Zero v2."""
    body = (HERE / f"{src}.stdout.log").read_text().splitlines(keepends=True)
    body = [ln for ln in body if not ln.startswith("# DERIVED")]
    first_ur = next(i for i, ln in enumerate(body) if "---> ur" in ln)
    body = to_level_zero_v2(body[:first_ur] + [V2_ADAPTER] + body[first_ur:])
    (HERE / f"{dst}.stdout.log").write_text(V2_HEADER.format(src=src, what=what) + "".join(body))
    err = [ln for ln in (HERE / f"{src}.stderr.log").read_text().splitlines(keepends=True)
           if not ln.startswith("# DERIVED")]
    (HERE / f"{dst}.stderr.log").write_text(V2_HEADER.format(src=src, what=what) + "".join(err))


if __name__ == "__main__":
    derive("ur2026_cold", "derived_gpu_aot_ur", "spir64_gen selected, every program from a binary")
    derive("ur2026_cold", "derived_gpu_mixed_ur", "first program from a binary, the rest still SPIR-V", True)
    derive_v2("ur2026_cold", "derived_l0v2_jit_ur", "every program from SPIR-V")
    derive_v2("derived_gpu_aot_ur", "derived_l0v2_aot_ur", "spir64_gen selected, every program from a binary")
    derive_v2("derived_gpu_mixed_ur", "derived_l0v2_mixed_ur", "first program from a binary, the rest SPIR-V")
