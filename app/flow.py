"""The wizard's navigation and decisions in plain Python (no Qt), so they are unit-tested
without a display. The Qt wizard asks `next_page()` for its nextId and `page_complete()`
for each page's Next button; pages stay thin views.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from app import hostos
from app.catalog.model import CHANNEL_SETS
from app.language import LANGUAGES as LANGUAGES  # the wizard reads them here too
from app.language import SOURCE_LANGUAGE as SOURCE_LANGUAGE
from app.language import language_for_locale as language_for_locale
from app.probe.model import Probe


class PageId(IntEnum):
    WELCOME = 0
    HARDWARE = 1
    BUILD = 2
    ENVIRONMENT = 3
    INSTALL = 4
    VERIFY = 5
    FINISH = 6
    SUPPORT = 7  # support mode only: what a support bundle recorded on the other computer


END = -1  # QWizard's "no next page"

CHANNELS = tuple(CHANNEL_SETS)  # the Build page's choices: the planner's channel sets
MIRRORS = ("auto", "us", "cn")

# Rough size of an installed XPU stack (torch + IPEX + oneAPI runtime wheels, plus the
# download cache): used only when the plan does not give file sizes.
DEFAULT_INSTALL_BYTES = 8 * 1024**3


class Run(StrEnum):
    """Where a long task of a page (install, GPU test) stands."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    STOPPED = "stopped"


@dataclass
class InstallSettings:
    """The Environment page's answers, which the Install page uses."""

    venv: Path | None = None
    python: str | None = None  # None: found or downloaded by the engine
    mirror_choice: str = "auto"  # auto | us | cn, as on the page
    mirror: str = "us"  # the preset the engine gets (auto resolved)
    proxy: str | None = None
    extra_mirrors: list[str] = field(default_factory=list)
    allow_http: bool = False


@dataclass
class FlowState:
    """The one wizard state: what the pages have established so far. The wizard owns one;
    each page writes what it decides and reads only what other pages wrote here."""

    support_mode: bool = False  # replaying another machine: Hardware and Build, read-only
    support: Any = None  # the file support mode shows (app.report.support_view.SupportView)
    probe: Probe | None = None  # the Hardware page's result (this machine or a support file)
    probe_ok: bool = False
    gpu_index: int | None = None
    plan: Any = None  # the Build page's plan, with the user's selected build as its choice
    plan_has_choice: bool = False
    choice_expect: str | None = None  # aot | jit of the selected build
    jit_confirmed: bool = False
    settings: InstallSettings = field(default_factory=InstallSettings)
    venv_ok: bool = False
    install: Run = Run.NOT_STARTED
    install_failure: str | None = None  # failure_kind() of the last failed install
    install_undo: str | None = None  # undo_outcome() of the last failed or stopped install
    install_error: str | None = None  # the error code of the last failed install (path_too_long, ...)
    install_attempts: int = 0  # installs started before the one that is current
    verify: Run = Run.NOT_STARTED
    verdict: str | None = None  # the GPU test's verdict code
    focus: str | None = None  # a field a fix action asked the page to put the cursor in ("proxy")
    busy: set[PageId] = field(default_factory=set)

    @property
    def installed(self) -> bool:
        return self.install is Run.DONE

    @property
    def install_failed(self) -> bool:
        return self.install is Run.FAILED

    @property
    def verified(self) -> bool:
        """A test run finished (whatever its verdict) or was stopped."""
        return self.verify in (Run.DONE, Run.FAILED, Run.STOPPED)


def next_page(current: PageId | int, state: FlowState) -> int:
    """The page after `current`, or END."""
    current = PageId(current)
    if current is PageId.WELCOME:
        return PageId.HARDWARE
    if current is PageId.HARDWARE:
        return PageId.BUILD
    if current is PageId.BUILD:
        # Support mode never goes on to install on the support engineer's machine: a bundle's
        # record of the other computer comes next, a probe file ends here.
        if state.support_mode:
            return PageId.SUPPORT if has_bundle(state) else END
        return PageId.ENVIRONMENT
    if current is PageId.ENVIRONMENT:
        return PageId.INSTALL
    if current is PageId.INSTALL:
        return PageId.VERIFY
    if current is PageId.VERIFY:
        return PageId.FINISH
    return END


def has_bundle(state: FlowState) -> bool:
    """Support mode shows a support bundle (not only a probe file): its record page follows."""
    return state.support_mode and getattr(state.support, "kind", None) == "bundle"


def page_complete(page: PageId | int, state: FlowState) -> bool:
    """Whether Next (or Finish) may be pressed on `page`."""
    page = PageId(page)
    if page in state.busy:
        return False
    if page is PageId.WELCOME:
        return True
    if page is PageId.HARDWARE:
        return state.probe_ok and state.gpu_index is not None and hardware_blocker(state) is None
    if page is PageId.BUILD:
        return state.plan_has_choice and not needs_jit_confirmation(state)
    if page is PageId.ENVIRONMENT:
        return state.venv_ok
    if page is PageId.INSTALL:
        return state.install is Run.DONE
    if page is PageId.VERIFY:
        # The verdict is information, not a gate: any finished run (even "failed") may go on;
        # the Finish page then says the environment does not work yet (finish_outcome).
        return state.verified
    return True


# -- Back, the commit pages and what a failure offers ---------------------------------------

def commit_pages(state: FlowState) -> set[PageId]:
    """Pages the user may not go back to (QWizard's commit pages): the Environment page
    while an install runs or once it changed the environment, the Install page until the GPU
    test has finished. After a failed or stopped install nothing was changed, so Back works."""
    pages = set()
    if state.install in (Run.RUNNING, Run.DONE):
        pages.add(PageId.ENVIRONMENT)
    if state.install is Run.RUNNING or (state.install is Run.DONE and not state.verified):
        pages.add(PageId.INSTALL)
    return pages


def back_target(current: PageId | int, state: FlowState) -> PageId:
    """Where Back leads. After the GPU test it skips the finished install: to the Hardware
    page when no GPU was seen (the driver's fix is there), to the Build page otherwise."""
    current = PageId(current)
    if current is PageId.VERIFY:
        return PageId.HARDWARE if state.verdict == "no_device" else PageId.BUILD
    if current is PageId.SUPPORT:
        return PageId.BUILD
    return PageId(max(int(current) - 1, int(PageId.WELCOME)))


def rewind(state: FlowState, target: PageId | int) -> None:
    """Going back before the Install page means the next Install installs again."""
    if PageId(target) < PageId.INSTALL and state.install is not Run.RUNNING:
        if state.install is not Run.NOT_STARTED:
            state.install_attempts += 1
        state.install, state.install_failure, state.install_undo, state.install_error = (
            Run.NOT_STARTED, None, None, None)
        state.verify, state.verdict = Run.NOT_STARTED, None


def install_button(state: FlowState) -> str:
    """The Environment page's button: 'install', or 'install_again' once an install ran."""
    return "install_again" if state.install_attempts or state.install is not Run.NOT_STARTED else "install"


DISK_CODES = frozenset({"disk_full", "folder_unwritable", "path_too_long", "write_failed"})
NETWORK_STEPS = frozenset({"download", "python"})  # the steps that download (python: uv's Python)
# uv or pip failing to fetch inside an install step (app.install.step_errors): the same fixes
# as a failed download help (other servers, a proxy); a hash mismatch is a download gone bad.
NETWORK_STEP_CODES = frozenset({"step_network", "step_file_missing", "step_hash_mismatch"})


def failure_kind(code: str | None, step: str | None) -> str:
    """What a failed install needs: 'network', 'disk', 'busy' (another installer) or 'other'.
    An error without a code is judged by the step it stopped: downloads are the network."""
    if code == "venv_busy":
        return "busy"
    if code in DISK_CODES:
        return "disk"
    if (code or "").startswith("download_") or code in NETWORK_STEP_CODES:
        return "network"
    if code is None and step in NETWORK_STEPS:
        return "network"
    return "other"


def undo_outcome(started_steps: Iterable[str]) -> str:
    """What a failed or stopped install left behind: 'restored' once it had begun changing an
    existing environment (its safety copy was taken, and the engine put it back), else
    'unchanged' (a new environment is built aside and removed, downloads touch no folder)."""
    return "restored" if "snapshot" in started_steps else "unchanged"


def install_started(state: FlowState) -> None:
    """An install (the first, Retry, or a fix's retry) begins: the last outcome is gone."""
    state.install, state.install_failure, state.install_undo, state.install_error = Run.RUNNING, None, None, None


def failed_step(started_steps: Iterable[str]) -> str | None:
    """The step a failure stopped: the last one started, not counting the rollback after it."""
    steps = [s for s in started_steps if s != "rollback"]
    return steps[-1] if steps else None


def install_ended(state: FlowState, outcome: Run, code: str | None = None,
                  started_steps: Iterable[str] = ()) -> None:
    """Record how an install ended: DONE, STOPPED, or FAILED with the error's code (judged with
    the step it stopped, failure_kind); after a stop or a failure, what it left (undo_outcome)."""
    started = list(started_steps)
    state.install = outcome
    state.install_failure = failure_kind(code, failed_step(started)) if outcome is Run.FAILED else None
    state.install_undo = undo_outcome(started) if outcome in (Run.FAILED, Run.STOPPED) else None
    state.install_error = code if outcome is Run.FAILED else None


def install_status(state: FlowState) -> str | None:
    """The message code of the Install page's one sentence: while it runs, once it is done, and
    after a stop or a failure, what happened, what it left (nothing changed, or the previous
    environment restored) and what to do next. None before the first install."""
    if state.install is Run.RUNNING:
        return "install_running"
    if state.install is Run.DONE:
        return "install_done"
    undo = state.install_undo or "unchanged"
    if state.install is Run.STOPPED:
        return f"install_stopped_{undo}"
    if state.install is Run.FAILED:
        kind = state.install_failure or "other"
        if kind == "busy":  # found before anything was touched
            return "install_failed_busy"
        if kind == "disk":  # its own fix: a shorter path, a folder one may write to, or free space
            kind = {"path_too_long": "path", "folder_unwritable": "unwritable"}.get(state.install_error or "", kind)
        return f"install_failed_{kind}_{undo}"
    return None


def fix_actions(state: FlowState) -> list[str]:
    """The Install page's buttons after a failure or a stop, most useful first: 'retry',
    'use_cn' (China servers, then retry), 'set_proxy', 'choose_folder', 'show_log'."""
    if state.install is Run.STOPPED:
        return ["retry", "show_log"]
    if state.install is not Run.FAILED:
        return []
    kind = state.install_failure
    if kind == "network":
        actions = ["retry"] + (["use_cn"] if state.settings.mirror != "cn" else []) + ["set_proxy"]
    elif kind == "disk":
        actions = ["choose_folder", "retry"]
    else:
        actions = ["retry"]
    return actions + ["show_log"]


def use_china_servers(state: FlowState) -> None:
    """The 'Use China servers and retry' fix: the Environment page shows it when visited."""
    state.settings.mirror_choice = state.settings.mirror = "cn"


def verify_next(state: FlowState) -> str | None:
    """What the Verify page tells the user to do next: 'finish' (it works), 'warm_or_finish'
    (it works after compiling), 'fix_driver' (no GPU seen), 'go_back' (the test failed),
    'test_again' (stopped before a verdict), None while it runs or before it ran."""
    if state.verify is Run.RUNNING or state.verify is Run.NOT_STARTED:
        return None
    if state.verify is Run.FAILED or state.verdict == "failed":
        return "go_back"
    if state.verdict == "no_device":
        return "fix_driver"
    if state.verdict is None:
        return "test_again"
    if state.verdict in ("jit", "mixed"):
        return "warm_or_finish"
    return "finish"


def finish_outcome(state: FlowState) -> str:
    """How the Finish page opens: 'ready' (the GPU test ran PyTorch on the GPU), 'not_working'
    (installed, but the test saw no GPU or failed), 'untested' (stopped before a verdict)."""
    if verify_next(state) in ("fix_driver", "go_back"):
        return "not_working"
    if state.verdict is None:
        return "untested"
    return "ready"


# -- the Hardware page's answers ---------------------------------------------------------------

def gpu_answer(gpu: Any, os_name: str | None = None) -> str:
    """The one answer a GPU's card gives: 'native' (builds carry native code for it), 'jit'
    (it runs, compiling on first use), 'unsupported', 'unknown', or 'not_intel'. With the
    OS, a GPU Intel did not validate still gets 'native' when the planner finds a build with
    native code for it (native_build_exists), so the card agrees with the Build page."""
    if not gpu.is_intel:
        return "not_intel"
    answer = {"validated": "native", "jit-only": "jit", "unsupported": "unsupported"}.get(gpu.support_level, "unknown")
    if answer in ("jit", "unknown") and os_name and native_build_exists(gpu, os_name):
        return "native"
    return answer


def native_build_exists(gpu: Any, os_name: str) -> bool:
    """Whether the planner finds a build in the catalog, in any channel, that carries native
    (AOT) code for `gpu` on `os_name`. The reference table's support level says which GPUs Intel
    validated; Arrow Lake-S is not among them, yet builds for Meteor Lake-U (the same GPU IP,
    its AOT alias) carry code it runs."""
    from app.catalog import store
    from app.catalog.planner import Prefs, plan_for_gpu
    from app.errors import AppError

    try:
        catalog = store.load()
        for channel in ("ipex", "torch-xpu"):
            made = plan_for_gpu(gpu, os_name, catalog, Prefs(channel=channel))
            if any(c.expect == "aot" for c in ([made.choice] if made.choice else []) + list(made.alternatives)):
                return True
    except AppError:  # no catalog to ask: the support level's answer stands
        return False
    return False


MAINTAINED_CHANNEL = "torch-xpu"  # upstream PyTorch XPU: the maintained path once IPEX is archived


def maintained_pick(probe: Probe | None, gpu_index: int | None, catalog: Any = None) -> Any | None:
    """The build the Build page's "Use the maintained PyTorch XPU" button leads to: the planner's
    pick on the upstream channel for this GPU, OS and the probe's Pythons, without version pins
    (an IPEX pin means nothing there, and the button clears them), from the catalog on this
    machine (no network). None when nothing upstream fits, so the button is not offered."""
    from app.catalog.planner import plan
    from app.errors import AppError

    if probe is None:
        return None
    try:
        return plan(probe, catalog, gpu_index=gpu_index, channel=MAINTAINED_CHANNEL).choice
    except AppError:  # no catalog, or a GPU number the probe lacks: nothing to offer
        return None


def maintained_offer(choice: Any, channel: str | None, support_mode: bool, upstream: Any) -> str | None:
    """What the Build page shows beside the selected build about the maintained alternative:
    'button' (an archived IPEX build is selected and upstream PyTorch XPU has a build that fits:
    `upstream`, maintained_pick's result), 'none_fits' (archived, and upstream has none for this
    GPU, OS and Python yet: one calm sentence, never a button that leads to "No build fits"),
    None (nothing to say: not archived, already upstream, or support mode, which installs nothing)."""
    if (choice is None or getattr(choice, "status", None) != "archived" or support_mode
            or channel == MAINTAINED_CHANNEL):
        return None
    return "button" if upstream is not None else "none_fits"


def hardware_blocker(state: FlowState) -> str | None:
    """Why the Hardware page leads nowhere, so Install is never reached: 'no_gpu' (no Intel GPU
    PyTorch XPU can use: nothing to install), 'unsupported' (the chosen GPU is not supported),
    'no_driver' (the chosen GPU runs without the Intel driver). None: go on. Support mode only
    looks at another computer, so nothing blocks it."""
    probe = state.probe
    if probe is None or state.support_mode:
        return None
    usable = [g for g in probe.gpus if g.is_intel and gpu_answer(g) != "unsupported"]
    if not usable:
        return "no_gpu"
    if state.gpu_index is None or not 0 <= state.gpu_index < len(probe.gpus):
        return None
    gpu = probe.gpus[state.gpu_index]
    if gpu_answer(gpu) == "unsupported":
        return "unsupported"
    if gpu.driver.status == "unbound":
        return "no_driver"
    return None


# Intel's download page for the Windows driver the Hardware page names (Intel Arc & Iris Xe
# Graphics); a locale-neutral address, intel.com sends each visitor to their own language.
WINDOWS_DRIVER_PAGE = "https://www.intel.com/content/www/us/en/download/785597/intel-arc-iris-xe-graphics-windows.html"


def hardware_fixes(state: FlowState) -> list[str]:
    """What the Hardware page offers where it leads nowhere (hardware_blocker), most useful
    first: 'driver_page' (open Intel's driver download page: on Windows, when the chosen GPU
    runs without the Intel driver), 'copy_cpu_command' (PyTorch's CPU build, when
    there is nothing to install for a GPU), 'check_again' (look again after installing a
    driver). Empty when Next leads on, or in support mode (nothing is installed there)."""
    blocker = hardware_blocker(state)
    if blocker is None:
        return []
    probe = state.probe
    assert probe is not None  # hardware_blocker found something to block
    if blocker == "no_driver":
        # The page is the consumer Arc & Iris Xe driver's: not for a data-centre GPU (Flex, Max).
        consumer = state.gpu_index is not None and probe.gpus[state.gpu_index].segment != "datacenter"
        return (["driver_page"] if probe.os == "windows" and consumer else []) + ["check_again"]
    return ["copy_cpu_command", "check_again"]


def driver_page(state: FlowState) -> str | None:
    """The driver download page the Hardware page opens, when it offers one."""
    return WINDOWS_DRIVER_PAGE if "driver_page" in hardware_fixes(state) else None


def build_notes(choice: Any, plan: Any, gpu: Any) -> tuple[list[Any], list[Any]]:
    """(facts, cautions) the Build page shows for the selected build. The probe's notes about
    the chosen GPU, which the planner passes on (which GPU was picked and why, what the
    reference table says of it: often good news, "validated by IPEX"), are facts, not
    warnings; the build's own cautions and the planner's other warnings are cautions."""
    notes = list(getattr(gpu, "notes", None) or [])
    warnings = list(getattr(plan, "warnings", None) or [])
    facts = [w for w in warnings if w in notes]
    cautions = list(getattr(choice, "warnings", None) or []) + [w for w in warnings if w not in notes]
    return facts, cautions


def needs_jit_confirmation(state: FlowState) -> bool:
    """A JIT-only build is installed only after the user agreed to the first-run cost."""
    return state.choice_expect == "jit" and not state.jit_confirmed


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


def load_support_input(path: Path) -> Any:
    """What support mode shows from a support bundle (zip), a probe JSON or the raw PowerShell
    gpus.json of another computer: app.report.support_view.SupportView, read within limits
    (the same readers `plan --probe` and `doctor` use); BadInput with one sentence otherwise."""
    from app.report import support_view

    return support_view.load(Path(path))


def resolve_mirror(choice: str, in_china: bool, timed: str | None = None) -> str:
    """The mirror preset for the install engine: "auto" becomes the region that answered first
    when it was timed (app.fetch.fastest), else "cn" on a machine whose region is mainland
    China (slow international links), "us" elsewhere."""
    if choice == "auto":
        if timed in ("us", "cn"):
            return timed
        return "cn" if in_china else "us"
    return choice


def mirror_entries(text: str) -> list[str]:
    """The user's extra mirrors, HOST=URL, separated by spaces, commas or new lines."""
    return [part for part in text.replace(",", " ").split() if part]


def plain_http_mirrors(entries: list[str]) -> list[str]:
    """The HOST=URL entries whose URL is plain http:// to another machine."""
    from app.untrusted_names import plain_http_remote

    return [e for e in entries if plain_http_remote(e.partition("=")[2].strip())]


PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def normalize_proxy(text: str) -> tuple[str | None, str | None]:
    """(the proxy URL the engine gets, None) or (None, a refusal code) for what a user pasted.
    Proxy programs show `127.0.0.1:7890` or `host:port`: without a scheme it is http://.
    Codes: 'scheme' (not http, https or socks5), 'host' (no host name), 'port' (no port, or
    not 1-65535), 'spaces' (blanks inside). Empty text: (None, None), no proxy."""
    from urllib.parse import urlsplit

    text = text.strip()
    if not text:
        return None, None
    if any(c.isspace() for c in text):
        return None, "spaces"
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # a port that is not a number, or out of range
        return None, "port"
    if parts.scheme.lower() not in PROXY_SCHEMES:
        return None, "scheme"
    if not parts.hostname:
        return None, "host"
    if port is None or not 0 < port < 65536:
        return None, "port"
    return text, None


def proxy_problem(text: str) -> str | None:
    """None when `text` is empty or a usable proxy, else normalize_proxy's refusal code."""
    return normalize_proxy(text)[1]
