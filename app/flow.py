"""The wizard's navigation and decisions in plain Python (no Qt), so they are unit-tested
without a display. The Qt wizard asks `next_page()` for its nextId and `page_complete()`
for each page's Next button; pages stay thin views.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from app import hostos
from app.catalog.model import CHANNEL_SETS
from app.probe.model import Probe


class PageId(IntEnum):
    WELCOME = 0
    HARDWARE = 1
    BUILD = 2
    ENVIRONMENT = 3
    INSTALL = 4
    VERIFY = 5
    FINISH = 6


END = -1  # QWizard's "no next page"

CHANNELS = tuple(CHANNEL_SETS)  # the Build page's choices: the planner's channel sets
MIRRORS = ("auto", "us", "cn")
# The wizard's languages, each with its own name for the switch; the code's strings are English.
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"

# Rough size of an installed XPU stack (torch + IPEX + oneAPI runtime wheels, plus the
# download cache): used only when the plan does not give file sizes.
DEFAULT_INSTALL_BYTES = 8 * 1024**3


@dataclass
class FlowState:
    """What the pages have established so far. The wizard owns one and pages fill it in."""

    support_mode: bool = False  # replaying another machine: Hardware and Build, read-only
    probe_ok: bool = False
    gpu_index: int | None = None
    plan_has_choice: bool = False
    choice_expect: str | None = None  # aot | jit of the selected build
    jit_confirmed: bool = False
    venv_ok: bool = False
    installed: bool = False
    install_failed: bool = False
    verified: bool = False
    busy: set[PageId] = field(default_factory=set)


def next_page(current: PageId | int, state: FlowState) -> int:
    """The page after `current`, or END."""
    current = PageId(current)
    if current is PageId.WELCOME:
        return PageId.HARDWARE
    if current is PageId.HARDWARE:
        return PageId.BUILD
    if current is PageId.BUILD:
        # Support mode stops here: nothing is installed on the support engineer's machine.
        return END if state.support_mode else PageId.ENVIRONMENT
    if current is PageId.ENVIRONMENT:
        return PageId.INSTALL
    if current is PageId.INSTALL:
        return PageId.VERIFY
    if current is PageId.VERIFY:
        return PageId.FINISH
    return END


def page_complete(page: PageId | int, state: FlowState) -> bool:
    """Whether Next (or Finish) may be pressed on `page`."""
    page = PageId(page)
    if page in state.busy:
        return False
    if page is PageId.WELCOME:
        return True
    if page is PageId.HARDWARE:
        return state.probe_ok and state.gpu_index is not None
    if page is PageId.BUILD:
        return state.plan_has_choice and not needs_jit_confirmation(state)
    if page is PageId.ENVIRONMENT:
        return state.venv_ok
    if page is PageId.INSTALL:
        return state.installed
    if page is PageId.VERIFY:
        # The verdict is information, not a gate: any finished run (even "failed") may go on.
        return state.verified
    return True


def needs_jit_confirmation(state: FlowState) -> bool:
    """A JIT-only build is installed only after the user agreed to the first-run cost."""
    return state.choice_expect == "jit" and not state.jit_confirmed


def language_for_locale(locale_name: str | None) -> str:
    """'zh_CN' for any Chinese locale (zh, zh_CN, zh-Hans-...; Traditional gets Simplified as
    the closer of our two), English otherwise."""
    name = (locale_name or "").replace("-", "_").lower()
    return "zh_CN" if name.startswith("zh") else SOURCE_LANGUAGE


def venv_python(venv: Path, os_name: str) -> Path:
    return hostos.venv_python(venv, windows=os_name == "windows")


def venv_state(path_text: str) -> str:
    """'empty' (no path), 'new' (does not exist or empty dir), 'existing' (has pyvenv.cfg),
    'not_a_venv' (a non-empty folder that is not a venv), 'file' (a file is in the way)."""
    if not path_text.strip():
        return "empty"
    path = Path(path_text).expanduser()
    if path.is_file():
        return "file"
    if (path / "pyvenv.cfg").is_file():
        return "existing"
    if path.is_dir() and any(path.iterdir()):
        return "not_a_venv"
    return "new"


def nearest_existing_dir(path: Path) -> Path | None:
    """The folder that would hold `path` (for the free-space check before it exists)."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return candidate
    return None


def install_bytes_needed(plan_json: dict[str, Any] | None) -> int:
    """Disk space an install needs: twice the known download sizes (cache + installed,
    unpacked wheels are larger than the files) or the default when sizes are unknown."""
    sizes = []
    choice = (plan_json or {}).get("choice") or {}
    for step in choice.get("steps", []):
        for f in step.get("files", []):
            if f.get("size"):
                sizes.append(int(f["size"]))
    known = 2 * sum(sizes)
    return max(known, DEFAULT_INSTALL_BYTES)


def enough_space(free_bytes: int, needed_bytes: int) -> bool:
    return free_bytes >= needed_bytes


def activation_commands(venv: str, os_name: str) -> dict[str, str]:
    """Commands that activate the venv, per shell, quoted for that shell (app.shell_quote)."""
    from app.shell_quote import activation_commands as quoted

    return quoted(venv, os_name)


def current_os() -> str:
    return hostos.os_name()


def jit_cache_dirs(os_name: str) -> list[str]:
    """Where the SYCL runtime keeps its persistent JIT cache by default (when
    SYCL_CACHE_PERSISTENT=1 and SYCL_CACHE_DIR is unset), first match wins."""
    if os_name == "windows":
        return [r"%AppData%\libsycl_cache"]
    return ["$XDG_CACHE_HOME/libsycl_cache", "~/.cache/libsycl_cache"]


@dataclass
class SupportInput:
    """What support mode replays: a probe and, when the bundle had one, the user's plan."""

    probe: Probe
    plan_json: dict[str, Any] | None
    source: str


def load_support_input(path: Path) -> SupportInput:
    """Read a support bundle (zip) or a probe JSON file from another machine, with the
    report package's reader (the same one `plan --probe` and `doctor` use)."""
    from app.report.bundle import read_bundle, read_probe

    path = Path(path)
    if zipfile.is_zipfile(path):
        bundle = read_bundle(path)
        plan_json = bundle.plan.to_json() if bundle.plan is not None else None
        return SupportInput(probe=bundle.probe, plan_json=plan_json, source=str(path))
    return SupportInput(probe=read_probe(path), plan_json=None, source=str(path))


def resolve_mirror(choice: str, in_china: bool) -> str:
    """The mirror preset for the install engine: "auto" becomes "cn" on a machine whose
    region is mainland China (slow international links), "us" elsewhere."""
    if choice == "auto":
        return "cn" if in_china else "us"
    return choice


def mirror_entries(text: str) -> list[str]:
    """The user's extra mirrors, HOST=URL, separated by spaces, commas or new lines."""
    return [part for part in text.replace(",", " ").split() if part]


def plain_http_mirrors(entries: list[str]) -> list[str]:
    """The HOST=URL entries whose URL is plain http:// to another machine."""
    from app.untrusted_names import plain_http_remote

    return [e for e in entries if plain_http_remote(e.partition("=")[2].strip())]


def proxy_problem(text: str) -> str | None:
    """None when `text` is empty or a usable proxy URL, else a code: 'scheme' or 'host'."""
    from urllib.parse import urlsplit

    text = text.strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https", "socks5", "socks5h"):
        return "scheme"
    if not parts.hostname:
        return "host"
    return None
