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
        )
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


if __name__ == "__main__":
    derive("ur2026_cold", "derived_gpu_aot_ur", "spir64_gen selected, every program from a binary")
    derive("ur2026_cold", "derived_gpu_mixed_ur", "first program from a binary, the rest still SPIR-V", True)
