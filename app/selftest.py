"""`--self-test`: proves that a build (frozen or from source) has every part it needs.

Runs without a display and without the network, on data shipped in resources/selftest/:
the probe of a recorded machine, a plan for it, the AOT/JIT classifier on captured SYCL
runtime logs, the device-image inspector on a real ocloc archive, the catalog and device
database, the translations (the wizard's, and the command line's read without Qt), the smoke
workload script, the bundled uv, the frozen-app rules for subprocesses, the log file, and the
wizard painted offscreen in Chinese.
What each sample must give is written in resources/selftest/expected.json.

Exit code 0 when every check passed (or was skipped with a reason), 1 otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.probe.model import Probe

logger = logging.getLogger(__name__)

PASS, FAIL, SKIP = "pass", "fail", "skip"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # every Qt .qm file starts so


class Failed(Exception):
    """A check found something wrong; the message says what."""


class Skipped(Exception):
    """A check that does not apply here; the message says why."""


@dataclass
class Check:
    name: str
    status: str
    detail: str
    seconds: float


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def base_dir() -> Path:
    """Where resources/ is: the bundle's data folder when frozen, else the checkout."""
    if frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def sample_dir() -> Path:
    return base_dir() / "resources" / "selftest"


def expected() -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((sample_dir() / "expected.json").read_text(encoding="utf-8"))
    return expected


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


# -- the checks -----------------------------------------------------------------------------
def check_catalog() -> str:
    from app.catalog import store
    from app.probe import devices

    path = store.builtin_path()
    _require(path.is_file(), f"the built-in catalog {path} is missing")
    catalog = store.parse_bytes(path.read_bytes(), origin="built-in")  # validates the schema
    _require(len(catalog.builds) > 0, "the built-in catalog has no builds")
    known = devices.lookup("0x56a0")
    _require(known is not None, "the device database does not know the Arc A770 (0x56A0)")
    return f"{len(catalog.builds)} builds, updated {catalog.updated}; device database loads"


def _probe() -> tuple[Probe, dict[str, Any]]:
    from app.probe.probe import probe_machine

    want = expected()["probe"]
    return probe_machine(windows_snapshot=str(sample_dir() / want["file"]), with_pythons=False), want


def check_probe() -> str:
    probe, want = _probe()
    _require(probe.os == want["os"], f"OS is {probe.os}, expected {want['os']}")
    _require(len(probe.gpus) == want["gpu_count"], f"{len(probe.gpus)} GPUs, expected {want['gpu_count']}")
    if probe.primary is None:
        raise Failed("no primary GPU was picked")
    gpu = probe.gpus[probe.primary]
    _require(gpu.device_id == want["primary_device_id"],
             f"primary GPU is {gpu.device_id}, expected {want['primary_device_id']}")
    _require(gpu.ip_version == want["primary_ip_version"],
             f"primary GPU IP is {gpu.ip_version}, expected {want['primary_ip_version']}")
    _require(bool(gpu.aot_targets), "the primary GPU has no AOT target names")
    return f"{gpu.name} ({gpu.device_id}, IP {gpu.ip_version}, AOT names {', '.join(gpu.aot_targets)})"


def check_plan() -> str:
    from app.catalog import planner, store

    probe, _ = _probe()
    want = expected()["plan"]
    catalog = store.parse_bytes(store.builtin_path().read_bytes(), origin="built-in")
    result = planner.plan(probe, catalog, planner.Prefs(python=want["python"]))
    _require(result.choice is not None, "no build was chosen: " + "; ".join(result.warnings or ["no reason given"]))
    choice = result.choice
    assert choice is not None and probe.primary is not None  # required above; the sample has a primary GPU
    gpu = probe.gpus[probe.primary]
    _require(choice.expect == want["expect"], f"the plan expects {choice.expect}, not {want['expect']}")
    _require(choice.matched_target in gpu.aot_targets,
             f"matched target {choice.matched_target} is not one of the GPU's {gpu.aot_targets}")
    _require(bool(choice.steps), "the chosen build has no install steps")
    return f"{choice.build_id} for Python {choice.python} ({choice.expect}, matched {choice.matched_target})"


def check_classify() -> str:
    from app.commands.classify import feed_log
    from app.smoke.classify import CacheState, TraceScanner

    seen = []
    for case in expected()["classify"]:
        scanner = TraceScanner()
        for name in case["logs"]:
            feed_log(scanner, sample_dir() / name)
        result = scanner.verdict(CacheState())
        _require(result["verdict"] == case["verdict"],
                 f"{case['logs'][0]} gave {result['verdict']}, expected {case['verdict']}")
        _require(result["runtime"].get("api") == case["api"],
                 f"{case['logs'][0]} was read as {result['runtime'].get('api')} trace, expected {case['api']}")
        seen.append(f"{case['logs'][0].split('.')[0]}={result['verdict']}")
    return ", ".join(seen)


def check_inspect() -> str:
    from app.smoke.inspect import inspect_path

    want = expected()["inspect"]
    result = inspect_path(str(sample_dir() / want["file"]))
    _require(result["aot_ip_versions"] == want["aot_ip_versions"],
             f"native code for {result['aot_ip_versions']}, expected {want['aot_ip_versions']}")
    _require(result["has_spirv"] == want["has_spirv"], f"has_spirv is {result['has_spirv']}")
    spirv = "yes" if result["has_spirv"] else "no"
    return f"{want['file']}: native IP {', '.join(result['aot_ip_versions'])}; SPIR-V {spirv}"


def _qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm files are, found without importing PySide6."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise Failed("PySide6 is not available, so the wizard cannot start")
    pkg = Path(next(iter(spec.submodule_search_locations)))
    return [pkg / "Qt" / "translations", pkg / "translations"]


def _valid_qm(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(QM_MAGIC))
        return head == QM_MAGIC and path.stat().st_size > 1000
    except OSError:
        return False


def check_translations() -> str:
    found = []
    for lang in expected()["translations"]["languages"]:
        ours = base_dir() / "resources" / "i18n" / f"ipex_installer_{lang}.qm"
        _require(_valid_qm(ours), f"{ours} is missing or not a compiled Qt translation")
        qt = [d / f"qtbase_{lang}.qm" for d in _qt_translations_dirs()]
        _require(any(_valid_qm(p) for p in qt), f"Qt's qtbase_{lang}.qm is missing (looked in {qt[0].parent})")
        found.append(f"{lang}: ipex_installer ({ours.stat().st_size // 1024} kB) + qtbase")
    return "; ".join(found)


def check_cli_language() -> str:
    """The command line speaks Chinese without Qt: every message code has its Chinese text in the
    shipped .ts (app/translations.py), and a coded sentence is worded from it."""
    from app import translations, wording
    from app.message_texts import TEMPLATES
    from app.messages import CONTEXT, msg

    table = translations.table("zh_CN")
    missing = [code for code, template in TEMPLATES.items() if (CONTEXT, template) not in table]
    _require(not missing, f"{len(missing)} message codes have no Chinese text in "
             f"{translations.ts_file('zh_CN')} (first: {', '.join(missing[:3])})")
    sample = wording.say(msg("cli_no_display", names=["DISPLAY=:0"]), "zh_CN")
    _require(any("\u4e00" <= ch <= "\u9fff" for ch in sample) and "DISPLAY=:0" in sample,
             f"a coded sentence was not worded in Chinese: {sample}")
    return f"zh_CN: {len(table)} texts; {sample}"


def check_workload() -> str:
    from app.smoke.runner import workload_source

    source = workload_source()
    compile(source, "workload.py", "exec")  # a SyntaxError fails the check
    return f"smoke workload script readable ({len(source.splitlines())} lines)"


def check_uv() -> str:
    from app import proc
    from app.envs.interpreter import uv_bin

    uv = uv_bin()
    if uv is None:
        raise Failed("uv was not found (it provisions Python for new venvs)")
    if frozen():
        inside = Path(uv).resolve().is_relative_to(base_dir().resolve())
        _require(inside, f"uv was found at {uv}, outside the bundle")
    result = proc.run([uv, "--version"], env=proc.clean_env(), timeout=60)
    _require(result.returncode == 0 and result.stdout.startswith("uv "),
             f"{uv} --version failed (exit code {result.returncode})")
    return f"{result.stdout.strip()} at {uv}"


def check_frozen_rules() -> str:
    from app import proc
    from app.envs.discover import _current_info
    from app.errors import AppError

    if not frozen():
        raise Skipped("runs only in the frozen app")
    try:
        proc.run([sys.executable, "-c", "pass"], timeout=10)
    except AppError:
        pass
    else:
        raise Failed("the frozen app ran its own executable as a Python")
    _require(_current_info() is None, "the frozen app offers itself as a Python for venvs")
    env = proc.clean_env()
    bundle = str(base_dir())
    leaked = [k for k in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "PYTHONPATH", "PYTHONHOME", "_MEIPASS2")
              if bundle in env.get(k, "") or (k.startswith(("PYTHON", "_MEI")) and k in env)]
    _require(not leaked, f"children would inherit {', '.join(leaked)} pointing into the bundle")
    return "never runs itself as Python; children get no bundle library paths"


def check_log_file() -> str:
    from app import logfile

    path = logfile.attach()
    if path is None:
        raise Failed("the log folder cannot be written")
    marker = f"self-test log line {os.getpid()}-{time.time_ns()}"
    logging.getLogger(__name__).info(marker)
    for handler in logging.getLogger().handlers:
        handler.flush()
    _require(path.is_file() and marker in path.read_text(encoding="utf-8", errors="replace"),
             f"the log line did not reach {path}")
    return str(path)


def check_gui() -> str:
    """The wizard, in Chinese, painted on the offscreen platform (no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from app.gui.app import create_app, create_wizard
    except ImportError as exc:
        raise Failed(f"the GUI cannot be imported ({exc})") from None
    start = time.perf_counter()
    app = create_app()
    wizard = create_wizard(language="zh_CN",
                           probe_source={"windows_snapshot": str(sample_dir() / expected()["probe"]["file"])})
    try:
        _require(not wizard.translations.missing, f"translations not found: {wizard.translations.missing}")
        wizard.show()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            app.processEvents()
            handle = wizard.windowHandle()
            if handle is not None and handle.isExposed():
                break
            time.sleep(0.01)
        else:
            raise Failed("the wizard window was not exposed within 10 s")
        painted = time.perf_counter() - start
        image = wizard.grab().toImage()
        _require(not image.isNull() and image.width() > 100, "the wizard painted an empty image")
        cancel = wizard.buttonText(wizard.WizardButton.CancelButton).replace("&", "")
        _require(cancel != "Cancel" and not cancel.isascii(),
                 f"QWizard's Cancel button reads '{cancel}', so Qt's own Chinese translation is not loaded")
        from app.gui.i18n import sorted_like_file_dialogs

        want = expected()["collation"]
        problem = collation_problem(lambda names: sorted_like_file_dialogs(names, want["language"]),
                                    want["pinyin"], want["numbered"])
        _require(problem is None, f"{problem}: Qt's collation data for {want['language']} is missing")
        return (f"wizard shown in {painted:.2f} s ({image.width()}x{image.height()}, Cancel reads '{cancel}'); "
                "names sort by pinyin")
    finally:
        wizard.shutdown()
        wizard.close()
        app.processEvents()


def collation_problem(sort: Callable[[list[str]], list[str]], pinyin: list[str], numbered: list[str]) -> str | None:
    """What is wrong with `sort` (None when nothing): Chinese names must come in pinyin order,
    numbered names in number order, alone and mixed. Where one script goes relative to the
    other is left free: ICU's zh rules put Chinese first, Windows' CompareStringEx Latin."""
    mixed = sort([*reversed(pinyin[::2]), *reversed(numbered), *reversed(pinyin[1::2])])  # scripts interleaved
    for group, what in ((pinyin, "Chinese names by pinyin"), (numbered, "numbered names by value")):
        for order in (sort(list(reversed(group))), [name for name in mixed if name in group]):
            if order != group:
                return f"Qt sorts {what} as {order}, not {group}"
    return None


CHECKS: dict[str, Callable[[], str]] = {
    "catalog": check_catalog,
    "probe": check_probe,
    "plan": check_plan,
    "classify": check_classify,
    "inspect": check_inspect,
    "translations": check_translations,
    "cli_language": check_cli_language,
    "workload": check_workload,
    "uv": check_uv,
    "frozen": check_frozen_rules,
    "log": check_log_file,
    "gui": check_gui,
}


def run_checks(names: list[str] | None = None) -> list[Check]:
    results = []
    for name in names or list(CHECKS):
        start = time.perf_counter()
        try:
            status, detail = PASS, CHECKS[name]()
        except Skipped as exc:
            status, detail = SKIP, str(exc)
        except Failed as exc:
            status, detail = FAIL, str(exc)
        except Exception as exc:  # any bug or missing part is a failed check, not a crash
            logger.exception("self-test check %s raised", name)
            status, detail = FAIL, f"{type(exc).__name__}: {exc}"
        results.append(Check(name, status, detail, round(time.perf_counter() - start, 3)))
        if status == FAIL:
            logger.error("self-test %s failed: %s", name, detail)
    return results


def parse_names(text: str | None) -> list[str] | None:
    """'all' or None -> every check; 'probe,plan' -> those, in that order."""
    if text in (None, "", "all"):
        return None
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in CHECKS]
    if unknown:
        from app.errors import BadInput
        from app.messages import msg

        raise BadInput(msg("selftest_unknown_check", names=unknown, checks=list(CHECKS)))
    return names


def main(which: str | None = None, as_json: bool = False) -> int:
    from app import __version__

    start = time.perf_counter()
    results = run_checks(parse_names(which))
    failed = [r for r in results if r.status == FAIL]
    total = time.perf_counter() - start
    passed = sum(r.status == PASS for r in results)
    skipped = sum(r.status == SKIP for r in results)
    line = f"self-test: {passed} passed, {len(failed)} failed, {skipped} skipped in {total:.2f} s"
    logger.info("%s (%s)", line, "frozen" if frozen() else "from source")  # the windowed app's only record
    if as_json:
        from app.output import emit_json

        emit_json({"version": __version__, "frozen": frozen(), "ok": not failed,
                   "seconds": round(total, 3), "checks": [asdict(r) for r in results]})
    else:
        print(f"IPEX AOT Installer {__version__} self-test ({'frozen' if frozen() else 'from source'})")
        for r in results:
            print(f"  {r.status.upper():4} {r.name:12} {r.detail} [{r.seconds:.2f} s]")
        print(line)
    sys.stdout.flush()
    return 1 if failed else 0
