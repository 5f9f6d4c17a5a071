"""`python -m app smoke --venv DIR [--timeout S] [--json]`: run the kernel smoke test in a
venv and say, with the SYCL runtime's own evidence, whether native (AOT) code or JIT ran.

`--warm-cache [DIR]` is for GPUs that no build covers: it runs the common ops once with a
persistent JIT cache in DIR (default: the kept JIT cache), then again to verify the second
run is served from it."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.events import Event, StepStarted, Warning_
from app.messages import msg
from app.wording import say, word

if TYPE_CHECKING:
    from app.probe.model import Probe

_EXIT_BAD_VERDICTS = ("failed", "no_device")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--venv", required=True, metavar="DIR", help="the virtual environment to test")
    parser.add_argument("--timeout", type=float, default=900.0, metavar="S", help="hard limit in seconds (default 900)")
    parser.add_argument("--stop-on-jit", action="store_true", help="stop as soon as JIT compilation is seen")
    parser.add_argument(
        "--cache-dir", metavar="DIR", help="reuse this persistent cache directory (default: a fresh empty one)"
    )
    parser.add_argument(
        "--warm-cache",
        metavar="DIR",
        nargs="?",
        const="",
        help="warm a persistent JIT cache (in DIR, default: the kept JIT cache), then verify it is used",
    )
    parser.add_argument(
        "--only", choices=("torch", "sycl"), default="", help="run only the torch or the SYCL-runtime workload"
    )
    parser.add_argument(
        "--gpu-ip", metavar="M.m.r", help="GPU IP version for the prediction (default: probe this machine)"
    )
    parser.add_argument("--product", metavar="NAME", help="runtime product abbreviation (dg2, mtl, arl, bmg, ...)")
    parser.add_argument("--probe", metavar="FILE", help="take the GPU from a saved `probe --json` file")
    parser.add_argument("--no-predict", action="store_true", help="skip the static prediction")


def _gpu(args: argparse.Namespace) -> tuple[str | None, str | None, str | None, Probe | None]:
    """(ip, product, note, probe) for the prediction."""
    if args.gpu_ip or args.product:
        return args.gpu_ip, args.product, None, None
    if args.probe:
        from app.report.bundle import read_probe

        probe = read_probe(Path(args.probe))  # a file from elsewhere: BadInput names what is wrong
    else:
        from app.probe.probe import probe_machine

        try:
            probe = probe_machine(with_pythons=False)
        except (OSError, ValueError, KeyError) as exc:
            return None, None, msg("smoke_probe_failed_note", error=str(exc)), None
    gpu = probe.primary_gpu
    if gpu is None:
        return None, None, msg("smoke_no_gpu_note"), probe
    return gpu.ip_version, gpu.product, None, probe


def run(args: argparse.Namespace) -> int:
    from app.smoke.advice import aot_build_advice
    from app.smoke.runner import run_smoke, warm_cache

    venv = Path(args.venv)
    if not venv.is_dir():
        raise BadInput(msg("smoke_not_a_folder", venv=str(venv)))
    if args.warm_cache is not None and (args.stop_on_jit or args.cache_dir):
        raise BadInput(msg("warm_cache_alone", option="--warm-cache", first="--stop-on-jit", second="--cache-dir"))
    prediction = None
    probe = None
    if not args.no_predict:
        from app.smoke.predict import predict

        ip, product, note, probe = _gpu(args)
        prediction = predict(venv, ip, product)
        if note:
            prediction["reasons"].append(note)
    if prediction is not None and prediction.get("expect"):
        # Said before the run: a JIT expectation explains a long wait before it starts.
        reasons = _joined(_reasons(prediction)[:2])
        sys.stderr.write(say(msg("smoke_static_check", expect=prediction["expect"].upper(),
                                 certainty=word("certainty_", prediction.get("certainty")), reasons=reasons)) + "\n")
    cancel = threading.Event()
    on_event = _printer()  # progress goes to stderr, so it never mixes with --json output
    # Ctrl+C stops the child through the cancel token (it runs in its own process group, so
    # the terminal's SIGINT does not reach it); the verdict so far is still printed.
    previous = _install_sigint(cancel)
    kwargs = dict(timeout=args.timeout, stop_on_jit=args.stop_on_jit, only=args.only,
                  prediction=prediction, on_event=on_event, cancel=cancel)
    try:
        if args.warm_cache is not None:
            result = warm_cache(venv, Path(args.warm_cache) if args.warm_cache else None, **kwargs)
        else:
            result = run_smoke(venv, cache_dir=args.cache_dir, **kwargs)
    finally:
        _restore_sigint(previous)
    if result["verdict"] in ("jit", "mixed", "cached") and probe is not None and probe.primary_gpu is not None:
        suggestion = aot_build_advice(probe)
        if suggestion:
            result["advice"].append(suggestion)
    if args.json:
        from app.output import emit_json

        emit_json(result)
    else:
        print(render(result))
    return 1 if result["verdict"] in _EXIT_BAD_VERDICTS else 0


def _install_sigint(cancel: threading.Event) -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, lambda _sig, _frame: cancel.set())


def _restore_sigint(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGINT, previous)


def _printer() -> Callable[[Event], None]:
    import time

    start = time.monotonic()

    def on_event(event: Event) -> None:
        if isinstance(event, Warning_):
            sys.stderr.write(f"! {say(event.text)}\n")
            if event.code == "jit_detected":
                sys.stderr.write("  " + say(msg("smoke_press_ctrl_c")) + "\n")
        elif isinstance(event, StepStarted):
            elapsed = time.monotonic() - start
            what = say(event.detail) or say(msg("smoke_step_running", step=event.step.removeprefix("smoke.")))
            sys.stderr.write(f"  [{elapsed:6.1f} s] {what} ...\n")
        sys.stderr.flush()

    return on_event


def _reasons(prediction: dict[str, Any]) -> list[str]:
    """The prediction's reasons in the user's language. A library's reason is "<file>: <sentence>"
    (app/smoke/predict.py): worded from the library's own coded sentence."""
    libraries = prediction.get("libraries") or []
    out = []
    for i, reason in enumerate(prediction.get("reasons", [])):
        lib = libraries[i] if i < len(libraries) else None
        name = Path(lib["file"]).name if lib else ""
        out.append(f"{name}: {say(lib['reason'])}" if lib and reason == f"{name}: {lib['reason']}" else say(reason))
    return out


def _joined(sentences: list[str]) -> str:
    """Sentences on one line: after a Chinese full stop a space is enough, else "; "."""
    out = ""
    for sentence in sentences:
        out += ("" if not out else " " if out.endswith("。") else "; ") + sentence
    return out


def render(result: dict[str, Any]) -> str:
    from app.commands.classify import render as render_verdict

    lines = [render_verdict(result)]
    pred = result.get("prediction")
    if pred:
        held = result.get("prediction_held")
        expect = pred.get("expect") or msg("smoke_prediction_nothing")
        code = {None: "smoke_prediction_line", True: "smoke_prediction_held", False: "smoke_prediction_not_held"}
        lines.append(say(msg(code[held], expect=expect, certainty=word("certainty_", pred.get("certainty")))))
        lines += [f"  {r}" for r in _reasons(pred)[:6]]
    timings = result.get("timings", {})
    if timings.get("import_s"):  # a slow `import torch` (Windows) is not JIT: said apart
        lines.append(say(msg("smoke_import_time", seconds=f"{timings['import_s']:.2f}")))
    if timings.get("builds"):
        lines.append(say(msg("smoke_build_time", seconds=f"{timings['kernel_build_s']:.3f}", count=timings["builds"],
                             il_seconds=f"{timings['kernel_build_from_il_s']:.3f}")))
    steps = timings.get("steps", {})
    timed = {k: v for k, v in steps.items() if "first_call_s" in v}
    if timed:
        lines.append(say(msg("smoke_calls_heading")))
        for name, t in timed.items():
            second = t.get("second_call_s")
            first = f"{t['first_call_s']:.4f}"
            lines.append("  " + say(msg("smoke_call_first", name=name, first=first) if second is None else
                                    msg("smoke_call_both", name=name, first=first, second=f"{second:.4f}")))
    if result.get("error"):
        lines.append(say(msg("smoke_error_line", error=result["error"])))
    wc = result.get("warm_cache")
    if wc:
        second = (wc.get("second_run") or {}).get("verdict") or msg("smoke_not_run")
        lines.append(say(msg("smoke_warm_verified" if wc["verified"] else "smoke_warm_not_verified",
                             folder=str(wc["dir"]), first=wc["first_run"]["verdict"], second=second)))
    return "\n".join(lines)
