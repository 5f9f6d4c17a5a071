"""The wizard in real windows: every page in both languages rendered by Qt's xcb platform on an
Xvfb X server with the system's fonts (CJK included), through installer/screenshots.py, which
also fails on empty, untranslated or clipped text."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import runtimes

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
from screenshots import MAIN_PATH, SUPPORT_STATES  # noqa: E402

pytestmark = pytest.mark.slow


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is a Linux X server")
def test_every_page_renders_in_a_real_window_in_both_languages(tmp_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is missing; `python3 installer/dev.py test` installs it on Debian")
    # The Verify page runs in the tests' real SYCL runtime; provision it here (a large first
    # download), not inside the script's time limit.
    try:
        real_runtime = runtimes.ur_runtime() is not None
    except pytest.skip.Exception:
        real_runtime = False  # the script then shows the stand-in torch's verdict, and says so
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "screenshots.py"), "--out", str(tmp_path),
         "--scales", "1", "--platform", "xcb"],
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "using the offscreen platform" not in result.stdout  # really xcb on X, not offscreen
    assert ("no real SYCL runtime" not in result.stdout) == real_runtime, result.stdout[-2000:]
    if real_runtime:  # both languages show the runtime's real verdict: it compiled (JIT) on the CPU
        assert result.stdout.count("real SYCL runtime: verdict jit") == 2, result.stdout[-2000:]
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    from gui.wizard_states import STATES

    # the main path with a real install and a real failed download, then every named state
    pages = [name for name, _ in MAIN_PATH] + [s.name for s in STATES] + [n for n, _ in SUPPORT_STATES]
    assert shots == sorted(f"{p}-{lang}.png" for p in pages for lang in ("en", "zh_CN"))
    index = (tmp_path / "INDEX.md").read_text(encoding="utf-8")
    assert all(f"({name})" in index for name in shots)  # every picture is listed
    for name in shots:
        width, height = _png_size(tmp_path / name)
        assert width >= 640 and height >= 480, name
        # A blank or one-colour window compresses to almost nothing; real pages do not.
        assert (tmp_path / name).stat().st_size > 5000, name
