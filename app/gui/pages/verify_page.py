"""Page 6: the smoke test in the new environment; the verdict big and plain, the evidence
lines the runtime printed, timings and advice. A long JIT run can be stopped early. After a
JIT verdict the page offers to warm the kept JIT cache once and shows how to keep using it."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app import flow
from app.events import LogLine, StepStarted, Warning_
from app.flow import PageId, Run
from app.gui import engines, texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.widgets.command_rows import CommandRows
from app.gui.worker import TaskRunner
from app.messages import fill


class VerifyPage(FlowPage):
    PAGE_ID = PageId.VERIFY

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.verdict: dict | None = None
        self.error: str | None = None
        self.jit_seen = False
        self.was_stopped = False
        self._started = 0.0
        self.runner = TaskRunner(self)
        self.runner.event_emitted.connect(self._on_runner_event_emitted)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.finished.connect(self._on_runner_finished)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        # Warming the JIT cache: its own runner, so a smoke verdict and a warm result never mix.
        self.smoke_seconds: float | None = None
        self.warm: dict | None = None
        self.warm_error: str | None = None
        self.warm_stopped = False
        self.warm_run = 0  # 1 while filling the cache, 2 while checking the second run
        self.warm_step = ""
        self._warm_started = 0.0
        self.warm_runner = TaskRunner(self)
        self.warm_runner.event_emitted.connect(self._on_warm_event_emitted)
        self.warm_runner.succeeded.connect(self._on_warm_succeeded)
        self.warm_runner.failed.connect(self._on_warm_failed)
        self.warm_runner.cancelled.connect(self._on_warm_cancelled)
        self.warm_runner.finished.connect(self._on_warm_finished)

        self.status = wrapped_label()
        self.verdict_label = wrapped_label()
        font = QFont(self.verdict_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.explanation = wrapped_label()
        self.next_action = wrapped_label()  # what to do now (app.flow.verify_next)
        self.smoke_step = ""  # the workload's step running now, shown while the test runs
        self.jit_notice = wrapped_label()
        self.jit_notice.setStyleSheet("color:#8a4b00;")
        self.evidence_title = QLabel()
        self.evidence = data_label()
        self.timings_title = QLabel()
        self.timings = data_label()
        self.prediction = wrapped_label()
        self.forecast = wrapped_label()  # "these packages will compile on first use" (the forecast)
        self.advice_title = QLabel()
        self.advice = data_label()
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start_smoke)
        self.warm_title = QLabel()
        self.warm_explain = wrapped_label()
        self.warm_button = QPushButton()
        self.warm_button.clicked.connect(self.start_warm)
        self.warm_stop_button = QPushButton()
        self.warm_stop_button.clicked.connect(self._on_warm_stop_clicked)
        warm_buttons = QHBoxLayout()
        warm_buttons.addWidget(self.warm_button)
        warm_buttons.addWidget(self.warm_stop_button)
        warm_buttons.addStretch(1)
        self.warm_status = wrapped_label()
        self.keep_title = wrapped_label()
        self.keep_rows = CommandRows()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.again_button)

        # The results scroll: a JIT verdict brings evidence, timings, advice and the cache offer,
        # more than the wizard's height holds at large fonts.
        results = QWidget()
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.next_action)
        layout.addWidget(self.jit_notice)
        # After a JIT verdict the offer comes first: it is what the user can do about it.
        layout.addWidget(self.warm_title)
        layout.addWidget(self.warm_explain)
        layout.addLayout(warm_buttons)
        layout.addWidget(self.warm_status)
        layout.addWidget(self.keep_title)
        layout.addWidget(self.keep_rows)
        layout.addWidget(self.evidence_title)
        layout.addWidget(self.evidence)
        layout.addWidget(self.prediction)
        layout.addWidget(self.forecast)
        layout.addWidget(self.timings_title)
        layout.addWidget(self.timings)
        layout.addWidget(self.advice_title)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(results)

        page = QVBoxLayout(self)
        page.addWidget(self.status)
        page.addWidget(self.scroll_area, 1)
        page.addLayout(buttons)
        self.retranslate()

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.state.verify is Run.NOT_STARTED and not self.runner.is_running() and self.state.installed:
            self.start_smoke()
        self._show()

    def start_smoke(self) -> None:
        if self.runner.is_running() or self.warm_runner.is_running() or self.state.settings.venv is None:
            return
        self.verdict, self.error, self.jit_seen, self.was_stopped = None, None, False, False
        self.smoke_step = ""
        self.smoke_seconds, self.warm, self.warm_error, self.warm_stopped = None, None, None, False
        self.state.verify, self.state.verdict = Run.RUNNING, None
        self._started = time.monotonic()
        self._clock.start()
        self.set_busy(True)
        venv = self.state.settings.venv
        probe, gpu_index = self.state.probe, self.state.gpu_index
        self.runner.start(lambda on_event, cancel: engines.smoke(venv, probe, gpu_index, on_event, cancel))
        self._show()

    def start_warm(self) -> None:
        """Run the common ops twice with the kept JIT cache: fill it, then prove `cached`."""
        if self.runner.is_running() or self.warm_runner.is_running() or self.state.settings.venv is None:
            return
        self.warm, self.warm_error, self.warm_stopped, self.warm_run, self.warm_step = None, None, False, 0, ""
        self._warm_started = time.monotonic()
        self._clock.start()
        self.set_busy(True)
        venv = self.state.settings.venv
        self.warm_runner.start(lambda on_event, cancel: engines.warm_cache(venv, on_event, cancel))
        self._show()

    def shutdown(self) -> None:
        self.runner.cancel_and_wait()
        self.warm_runner.cancel_and_wait()
        self._clock.stop()

    # -- slots ------------------------------------------------------------------------------
    def _on_runner_event_emitted(self, event) -> None:
        if engines.is_jit_detected(event):
            self.jit_seen = True
            self._show()
        elif isinstance(event, StepStarted):
            step = event.step.removeprefix("smoke.")
            if texts.smoke_step(step) != step:  # a step with a name the user can read
                self.smoke_step = step
                self._show()
        elif isinstance(event, (LogLine, Warning_)):
            pass  # the verdict carries the evidence; raw lines go to the log file

    def _on_runner_succeeded(self, verdict) -> None:
        self.verdict = engines.verdict_dict(verdict)

    def _on_runner_failed(self, message: str) -> None:
        self.error = message

    def _on_runner_cancelled(self) -> None:
        self.was_stopped = True

    def _on_runner_finished(self) -> None:
        self._clock.stop()
        if self.verdict is not None and not self.verdict.get("stopped_early"):
            self.smoke_seconds = time.monotonic() - self._started
        # The outcome goes into the shared state here, as the page shows it (not earlier).
        if self.verdict is not None:
            self.state.verify, self.state.verdict = Run.DONE, self.verdict.get("verdict")
        else:
            self.state.verify = Run.STOPPED if self.was_stopped else Run.FAILED
        self.set_busy(False)
        self._show()

    def _on_clock_timeout(self) -> None:
        self._show()

    def _on_stop_clicked(self) -> None:
        self.runner.cancel()

    def _on_warm_event_emitted(self, event) -> None:
        if isinstance(event, StepStarted):
            if event.step == "warm.fill":
                self.warm_run, self.warm_step = 1, ""
            elif event.step == "warm.verify":
                self.warm_run, self.warm_step = 2, ""
            else:  # the workload's steps arrive as "smoke.<step>"; only named ones are shown
                step = event.step.removeprefix("smoke.")
                self.warm_step = step if texts.smoke_step(step) != step else self.warm_step
            self._show()

    def _on_warm_succeeded(self, result) -> None:
        self.warm = engines.verdict_dict(result)
        if self.warm.get("stopped_early"):
            self.warm_stopped = True

    def _on_warm_failed(self, message: str) -> None:
        self.warm_error = message

    def _on_warm_cancelled(self) -> None:
        self.warm_stopped = True

    def _on_warm_finished(self) -> None:
        self._clock.stop()
        self.set_busy(False)
        self._show()

    def _on_warm_stop_clicked(self) -> None:
        self.warm_runner.cancel()

    # -- display ----------------------------------------------------------------------------
    def _show(self) -> None:
        self._show_warm()
        running = self.runner.is_running()
        elapsed = texts.duration(time.monotonic() - self._started) if self._started else ""
        self.stop_button.setVisible(running)
        self.jit_notice.setVisible(running and self.jit_seen)
        v = self.verdict or {}
        code = v.get("verdict")
        if running and self.smoke_step:
            self.status.setText(fill(self.tr("Testing the GPU in the new environment: {step}... ({elapsed})"),
                                     {"step": texts.smoke_step(self.smoke_step), "elapsed": elapsed}))
        elif running:
            self.status.setText(self.tr("Testing the GPU in the new environment... (%1)").replace("%1", elapsed))
        elif self.was_stopped:
            self.status.setText(self.tr("The test was stopped. Kernels compiled so far stay in the cache."))
        elif self.error:
            self.status.setText(self.tr("The test could not run: %1").replace("%1", self.error))
        elif code:
            self.status.setText(self.tr("Test finished."))
        else:
            self.status.setText(self.tr("Nothing has been installed yet, so there is nothing to test."))
        self.again_button.setVisible(not running and not self.warm_runner.is_running()
                                     and (self.state.verified or self.state.installed))
        self.verdict_label.setText(texts.verdict_title(code) if code else "")
        tested_os = self.state.probe.os if self.state.probe is not None else None
        self.explanation.setText(texts.verdict_explanation(code, tested_os) if code else "")
        for widget in (self.verdict_label, self.explanation):
            widget.setVisible(bool(code))
        self.next_action.setText({
            "finish": self.tr("Next: press Next to see how to use the environment."),
            "warm_or_finish": self.tr("Next: warm the JIT cache below so that your own programs skip most of "
                                      "the wait, or press Next to finish."),
            "fix_driver": self.tr("The environment is not ready: PyTorch sees no GPU. Press Back to see the "
                                  "driver's state and its fix, then install again."),
            "go_back": self.tr("The environment is not ready. Press Back to choose another build, or press Next "
                               "and save a support bundle."),
            "test_again": self.tr("No verdict yet: press Test again, or Next to finish without one."),
        }.get(flow.verify_next(self.state) or "", ""))
        self.next_action.setVisible(bool(self.next_action.text()))
        bad = flow.verify_next(self.state) in ("fix_driver", "go_back")
        self.next_action.setStyleSheet("color:#b00020;font-weight:bold;" if bad else "font-weight:bold;")
        evidence = v.get("evidence") or []
        self.evidence.setText(translated.lines(evidence))
        self.evidence_title.setVisible(bool(evidence))
        self.evidence.setVisible(bool(evidence))
        rows = engines.timing_rows(v)
        self.timings_title.setVisible(bool(rows))
        self.timings.setText("\n".join(texts.labelled(texts.smoke_step(name), texts.step_time(*times))
                                       for name, *times in rows))
        self.timings.setVisible(bool(rows))
        prediction = v.get("prediction") or {}
        held = v.get("prediction_held")
        if code and prediction.get("expect"):
            text = (self.tr("Predicted from the installed libraries before the test: %1. The test confirmed it.")
                    if held else
                    self.tr("Predicted from the installed libraries before the test: %1. The test did not confirm it.")
                    if held is False else
                    self.tr("Predicted from the installed libraries before the test: %1."))
            self.prediction.setText(text.replace("%1", str(prediction["expect"]).upper()))
        else:
            self.prediction.setText("")
        self.prediction.setVisible(bool(self.prediction.text()))
        self.forecast.setText(_forecast_sentence(prediction) if code else "")
        self.forecast.setVisible(bool(self.forecast.text()))
        if v.get("stopped_early") and code:
            self.status.setText(self.tr("The test was stopped early. Kernels compiled so far stay in the cache."))
        advice = v.get("advice") or []
        # Worded for the computer tested (the probe's OS): no /dev/dri advice on Windows.
        self.advice.setText(translated.lines(advice, "• ", tested_os))
        self.advice_title.setVisible(bool(advice))
        self.advice.setVisible(bool(advice))

    def _show_warm(self) -> None:
        """The offer to warm the JIT cache (after a JIT or mixed verdict), its progress and result."""
        warming = self.warm_runner.is_running()
        code = (self.verdict or {}).get("verdict")
        offered = warming or self.warm is not None or self.warm_error is not None or self.warm_stopped or (
            code in ("jit", "mixed") and not self.runner.is_running())
        self.warm_title.setText(
            self.tr("Some kernels have no native code for this GPU: warm the JIT cache once?") if code == "mixed"
            else self.tr("No native code for this GPU: warm the JIT cache once?"))
        cache = engines.jit_cache_dir()
        first = (texts.duration(self.smoke_seconds) if self.smoke_seconds is not None
                 else self.tr("not measured (the test was stopped)"))
        self.warm_explain.setText(translated.args(
            self.tr("Runs the test's common kernels once with the JIT cache kept in %1, then once more to check "
                    "that the second run loads them from the cache instead of compiling. The first test run "
                    "took %2."), str(cache), first))
        elapsed = texts.duration(time.monotonic() - self._warm_started) if self._warm_started else ""
        result = self.warm or {}
        info = result.get("warm_cache") or {}
        if warming:
            run = (self.tr("filling the cache (run 1 of 2)") if self.warm_run == 1 else
                   self.tr("checking that the second run uses the cache (run 2 of 2)") if self.warm_run == 2 else
                   self.tr("starting"))
            if self.warm_step:
                status = translated.args(self.tr("Warming the JIT cache: %1, %2... (%3)"), run,
                                         texts.smoke_step(self.warm_step), elapsed)
            else:
                status = translated.args(self.tr("Warming the JIT cache: %1... (%2)"), run, elapsed)
        elif self.warm_stopped:
            status = self.tr("Warming was stopped. Kernels compiled so far stay in the cache, but it was not checked.")
        elif self.warm_error:
            status = self.tr("The JIT cache could not be warmed: %1").replace("%1", self.warm_error)
        elif info.get("verified"):
            status = self.tr("Done in %1: the second run was served from the cache (CACHED), so your own runs "
                             "can skip compiling these kernels.").replace("%1", texts.duration(info.get("seconds")))
        elif self.warm is not None:
            second = (info.get("second_run") or {}).get("verdict") or result.get("verdict") or "?"
            status = self.tr("The second run was not served from the cache (verdict: %1), so the cache does not "
                             "help on this computer.").replace("%1", str(second).upper())
        else:
            status = ""
        self.warm_status.setText(status)
        show_keep = offered and not warming
        base = Path(info["dir"]) if info.get("dir") else cache
        self.keep_rows.set_commands(engines.keep_cache_commands(base, flow.current_os()) if show_keep else {})
        for widget in (self.warm_title, self.warm_explain, self.warm_button):
            widget.setVisible(offered)
        self.warm_button.setEnabled(not warming)
        self.warm_stop_button.setVisible(warming)
        self.warm_status.setVisible(bool(status))
        self.keep_title.setVisible(show_keep)
        self.keep_rows.setVisible(show_keep)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verify"))
        self.setSubTitle(
            self.tr("A short GPU test shows whether native (AOT) code runs or kernels are compiled (JIT).")
        )
        self.jit_notice.setText(
            self.tr(
                "The runtime is compiling kernels (JIT): this build has no native code for your GPU. "
                "The first run can take minutes. You may stop the test now, or let it finish to fill the cache."
            )
        )
        self.evidence_title.setText(self.tr("Evidence (lines printed by the SYCL runtime):"))
        self.advice_title.setText(self.tr("Advice (from the test):"))
        self.timings_title.setText(self.tr("Timings (a kernel's first call includes any compiling):"))
        self.stop_button.setText(self.tr("&Stop the test"))
        self.stop_button.setAccessibleName(self.tr("Stop the GPU test"))
        self.again_button.setText(self.tr("Test &again"))
        self.again_button.setAccessibleName(self.tr("Run the GPU test again"))
        self.warm_button.setText(self.tr("Warm the &JIT cache"))
        self.warm_button.setAccessibleName(self.tr("Warm the JIT cache"))
        self.warm_stop_button.setText(self.tr("Stop &warming"))
        self.warm_stop_button.setAccessibleName(self.tr("Stop warming the JIT cache"))
        self.keep_title.setText(self.tr(
            "To keep using the cache in your own runs, set these variables before starting Python "
            "(on Windows the cache folder must have an ASCII-only path):"))
        self.keep_rows.retranslate()
        self._show()


def _forecast_sentence(prediction: dict) -> str:
    """The forecast's word on the whole environment when some package compiles on first use
    or cannot load ("These packages will compile on first use: ..."), in the user's language."""
    from app.gui.translated import text
    from app.messages import read_back

    summary = (prediction.get("forecast") or {}).get("summary") or {}
    sentences = summary.get("sentences") or []
    if not (summary.get("jit_packages") or summary.get("fail_packages")) or not sentences:
        return ""
    first = sentences[0] if isinstance(sentences[0], dict) else {}
    coded = {"code": first.get("code"), "params": first.get("params", {})}  # the English sits beside it
    return text(read_back(first.get("text", ""), coded))
