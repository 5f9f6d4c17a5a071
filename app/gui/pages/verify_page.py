"""Page 6: the smoke test in the new environment; the verdict big and plain, the evidence
lines the runtime printed, timings and advice. A long JIT run can be stopped early."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.events import LogLine, StepStarted, Warning_
from app.flow import PageId
from app.gui import engines, texts
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.worker import TaskRunner


class VerifyPage(FlowPage):
    PAGE_ID = PageId.VERIFY

    def __init__(self, state, hardware, build, environment, parent=None):
        super().__init__(state, parent)
        self.hardware, self.build, self.environment = hardware, build, environment
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

        self.status = wrapped_label()
        self.verdict_label = wrapped_label()
        font = QFont(self.verdict_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.explanation = wrapped_label()
        self.jit_notice = wrapped_label()
        self.jit_notice.setStyleSheet("color:#8a4b00;")
        self.evidence_title = QLabel()
        self.evidence = data_label()
        self.timings_title = QLabel()
        self.timings = data_label()
        self.prediction = wrapped_label()
        self.advice_title = QLabel()
        self.advice = data_label()
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start_smoke)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.again_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.jit_notice)
        layout.addWidget(self.evidence_title)
        layout.addWidget(self.evidence)
        layout.addWidget(self.prediction)
        layout.addWidget(self.timings_title)
        layout.addWidget(self.timings)
        layout.addWidget(self.advice_title)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.verdict is None and not self.runner.is_running() and self.state.installed:
            self.start_smoke()
        self._show()

    def start_smoke(self) -> None:
        if self.runner.is_running():
            return
        self.verdict, self.error, self.jit_seen, self.was_stopped = None, None, False, False
        self.state.verified = False
        self._started = time.monotonic()
        self._clock.start()
        self.set_busy(True)
        venv = self.environment.venv()
        probe, gpu_index = self.hardware.probe, self.state.gpu_index
        self.runner.start(lambda on_event, cancel: engines.smoke(venv, probe, gpu_index, on_event, cancel))
        self._show()

    def shutdown(self) -> None:
        self.runner.cancel_and_wait()
        self._clock.stop()

    # -- slots ------------------------------------------------------------------------------
    def _on_runner_event_emitted(self, event) -> None:
        if engines.is_jit_detected(event):
            self.jit_seen = True
            self._show()
        elif isinstance(event, (StepStarted, LogLine, Warning_)):
            pass  # the verdict carries the evidence; raw lines go to the log file

    def _on_runner_succeeded(self, verdict) -> None:
        self.verdict = engines.verdict_dict(verdict)

    def _on_runner_failed(self, message: str) -> None:
        self.error = message

    def _on_runner_cancelled(self) -> None:
        self.was_stopped = True

    def _on_runner_finished(self) -> None:
        self._clock.stop()
        self.state.verified = True
        self.set_busy(False)
        self._show()

    def _on_clock_timeout(self) -> None:
        self._show()

    def _on_stop_clicked(self) -> None:
        self.runner.cancel()

    # -- display ----------------------------------------------------------------------------
    def _show(self) -> None:
        running = self.runner.is_running()
        elapsed = texts.duration(time.monotonic() - self._started) if self._started else ""
        self.stop_button.setVisible(running)
        self.jit_notice.setVisible(running and self.jit_seen)
        v = self.verdict or {}
        code = v.get("verdict")
        if running:
            self.status.setText(self.tr("Testing the GPU in the new environment... (%1)").replace("%1", elapsed))
        elif self.was_stopped:
            self.status.setText(self.tr("The test was stopped. Kernels compiled so far stay in the cache."))
        elif self.error:
            self.status.setText(self.tr("The test could not run: %1").replace("%1", self.error))
        elif code:
            self.status.setText(self.tr("Test finished."))
        else:
            self.status.setText(self.tr("Nothing has been installed yet, so there is nothing to test."))
        self.again_button.setVisible(not running and (self.state.verified or self.state.installed))
        self.verdict_label.setText(texts.verdict_title(code) if code else "")
        self.explanation.setText(texts.verdict_explanation(code) if code else "")
        for widget in (self.verdict_label, self.explanation):
            widget.setVisible(bool(code))
        evidence = v.get("evidence") or []
        self.evidence.setText("\n".join(evidence))
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
        if v.get("stopped_early") and code:
            self.status.setText(self.tr("The test was stopped early. Kernels compiled so far stay in the cache."))
        advice = v.get("advice") or []
        self.advice.setText("\n".join(f"• {a}" for a in advice))
        self.advice_title.setVisible(bool(advice))
        self.advice.setVisible(bool(advice))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verify"))
        self.setSubTitle(self.tr("A short GPU test shows whether native (AOT) code runs or kernels are compiled (JIT)."))
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
        self._show()
