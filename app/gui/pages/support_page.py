"""Support mode's last page for a support bundle: what the bundle recorded on the other
computer (app.report.support_view.SupportView in FlowState.support): the user's plan with its
AOT / JIT badge and why, the install error (its step, one sentence, the English original under
Details), the GPU test's verdict with its evidence, the doctor's findings and the forecast, and
which parts the bundle lacks. Read-only: the page has no button that acts on any computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.plan_model import Plan
from app.errors import BadInput
from app.flow import PageId
from app.gui import texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.pages.build_page import choice_words
from app.gui.widgets.badge import Badge
from app.messages import fill, msg
from app.report.findings import ERROR, WARNING
from app.report.third_person import about_them

CAUTION = "color:#8a4b00;"
BAD = "color:#b00020;"
GOOD = "color:#1b6e20;"
EVIDENCE_LINES = 4  # the bundle's logs have them all
EVIDENCE_CHARS = 160


def said(sentence) -> str:
    """A sentence from the bundle (or the page's own) in the reader's language, about that
    computer: the core's second-person wording becomes the third person (app.report.third_person)."""
    return translated.text(about_them(sentence))


def verdict_meaning(verdict: str, os_name: str):
    """What the GPU test's verdict on that computer means, and what to ask its user to do."""
    if verdict == "no_device":
        return msg("support_verdict_no_device_windows" if os_name == "windows" else "support_verdict_no_device_linux")
    return msg(f"support_verdict_{verdict}")


class SupportPage(FlowPage):
    PAGE_ID = PageId.SUPPORT

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._english_differs = False  # the install error's English original is not what the page says
        self.read_only = wrapped_label()
        self.missing = wrapped_label()
        self.missing.setStyleSheet(CAUTION)

        # The user's plan: the build in words, its badge, one reason.
        self.plan_box = QGroupBox()
        self.badge = Badge()
        self.build_title = wrapped_label()
        bold = QFont(self.build_title.font())
        bold.setBold(True)
        self.build_title.setFont(bold)
        self.plan_reason = wrapped_label()
        head = QHBoxLayout()
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.build_title, 1)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addLayout(head)
        plan_layout.addWidget(self.plan_reason)

        # The install: finished, or where it failed and why (the English original on demand).
        self.install_box = QGroupBox()
        self.install_status = wrapped_label()
        self.install_error = wrapped_label()
        self.install_error.setStyleSheet(BAD)
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.english = QPlainTextEdit()
        self.english.setReadOnly(True)
        self.english.setProperty("is_data", True)
        self.english.setMaximumHeight(self.english.fontMetrics().height() * 5)
        self.english.setVisible(False)
        install_layout = QVBoxLayout(self.install_box)
        install_layout.addWidget(self.install_status)
        install_layout.addWidget(self.install_error)
        install_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        install_layout.addWidget(self.english)

        # The GPU test: the verdict, what it means, the lines that decided it.
        self.smoke_box = QGroupBox()
        self.verdict = wrapped_label()
        self.verdict.setFont(bold)
        self.verdict_meaning = wrapped_label()
        self.evidence_title = wrapped_label()
        self.evidence = data_label()
        smoke_layout = QVBoxLayout(self.smoke_box)
        for widget in (self.verdict, self.verdict_meaning, self.evidence_title, self.evidence):
            smoke_layout.addWidget(widget)

        # The doctor's findings on the environment, and the forecast of its libraries.
        self.doctor_box = QGroupBox()
        self.doctor_status = wrapped_label()
        self.findings = wrapped_label()
        self.forecast = wrapped_label()
        doctor_layout = QVBoxLayout(self.doctor_box)
        for widget in (self.doctor_status, self.findings, self.forecast):
            doctor_layout.addWidget(widget)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        parts: tuple[QWidget, ...] = (self.missing, self.plan_box, self.install_box, self.smoke_box, self.doctor_box)
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)
        self.record_scroll = QScrollArea()
        self.record_scroll.setWidgetResizable(True)
        self.record_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.record_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only)
        layout.addWidget(self.record_scroll, 1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._show()

    def on_shown(self) -> None:
        self._show()

    def _on_details_toggled(self, shown: bool) -> None:
        self.english.setVisible(shown and self._english_differs)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # -- display ----------------------------------------------------------------------------
    def _show(self) -> None:
        view = self.state.support
        if view is None or getattr(view, "kind", None) != "bundle":
            self.read_only.setText(self.tr("Open a support bundle on the Welcome page to see what it recorded."))
            for box in (self.missing, self.plan_box, self.install_box, self.smoke_box, self.doctor_box):
                box.setVisible(False)
            return
        self.read_only.setText(fill(self.tr(
            "Read from {file}. Nothing on this page installs, repairs or changes anything, on that computer, on "
            "this one or in the bundle."), {"file": Path(view.source).name}))
        self.missing.setText(translated.lines(view.missing_sentences(), "⚠ "))
        self.missing.setVisible(bool(view.missing))
        self._show_plan(view)
        self._show_install(view)
        self._show_smoke(view)
        self._show_doctor(view)

    def _show_plan(self, view) -> None:
        choice = None
        if view.plan_json is not None:
            try:
                choice = Plan.from_json(view.plan_json, "plan.json").choice
            except BadInput:  # read and checked when the bundle was opened
                choice = None
        self.plan_box.setVisible(view.plan_json is not None)
        self.badge.setVisible(choice is not None)
        if choice is None:
            self.build_title.setText(self.tr("The plan saved on that computer had no build that fits."))
            self.plan_reason.setText("")
            self.plan_reason.setVisible(False)
            return
        self.badge.set_expect(choice.expect)
        self.build_title.setText(choice_words(choice))
        reason = said(choice.reasons[0]) if choice.reasons else ""
        if choice.expect == "aot":
            why = self.tr("Native code for that GPU is included: programs start without compiling.")
        else:
            why = self.tr("No native code for that GPU: kernels are compiled on first use.")
        self.plan_reason.setText("\n".join(t for t in (why, reason) if t))
        self.plan_reason.setStyleSheet(GOOD if choice.expect == "aot" else CAUTION)
        self.plan_reason.setVisible(True)

    def _show_install(self, view) -> None:
        failure = view.install_failure
        self.install_box.setVisible(view.install_ok is not None)
        if failure is None:
            self.install_status.setText(self.tr("The install finished.") if view.install_ok else
                                        self.tr("The last install was stopped by the user; nothing was changed."))
            self._english_differs = False
            for widget in (self.install_error, self.details_button, self.english):
                widget.setVisible(False)
            return
        step = texts.step_name(failure.step) if failure.step else self.tr("not recorded")
        self.install_status.setText(fill(self.tr("The install failed at this step: {step}."), {"step": step}))
        shown = said(failure.sentence)
        self.install_error.setText(shown)
        self.install_error.setVisible(True)
        self.english.setPlainText(failure.english)
        # in English it would say it twice
        self._english_differs = bool(failure.english) and failure.english != shown
        self.details_button.setVisible(self._english_differs)
        self.english.setVisible(self.details_button.isChecked() and self._english_differs)

    def _show_smoke(self, view) -> None:
        smoke = view.smoke
        self.smoke_box.setVisible(smoke is not None)
        if smoke is None:
            return
        self.verdict.setText(texts.verdict_title(smoke.verdict))
        self.verdict_meaning.setText(said(verdict_meaning(smoke.verdict, view.probe.os)))
        self.verdict.setStyleSheet(BAD if smoke.verdict in ("no_device", "failed") else "")
        # the runtime's trace lines run to hundreds of characters: the start says which call it was
        shown = [translated.text(line) for line in smoke.evidence[:EVIDENCE_LINES]]
        self.evidence.setText("\n".join(t if len(t) <= EVIDENCE_CHARS else t[:EVIDENCE_CHARS] + "…" for t in shown))
        for widget in (self.evidence_title, self.evidence):
            widget.setVisible(bool(smoke.evidence))

    def _show_doctor(self, view) -> None:
        findings = view.findings
        self.doctor_box.setVisible(findings is not None or view.forecast is not None)
        problems = [f for f in findings or [] if f.severity in (ERROR, WARNING)]
        if findings is None:
            self.doctor_status.setText("")
        elif problems:
            self.doctor_status.setText(fill(self.tr("The doctor found {count} problem(s) in {venv}:"),
                                            {"count": len(problems), "venv": view.doctor_venv or "-"}))
        else:
            self.doctor_status.setText(fill(self.tr("The doctor found no problems in {venv}."),
                                            {"venv": view.doctor_venv or "-"}))
        self.doctor_status.setVisible(findings is not None)
        lines = []
        for finding in problems:
            mark = "✖ " if finding.severity == ERROR else "⚠ "
            lines.append(mark + said(finding.message))
            if finding.fix:
                lines.append("    " + texts.labelled(said(msg("support_fix_label")), said(finding.fix)))
        self.findings.setText("\n".join(lines))
        self.findings.setVisible(bool(lines))
        self.forecast.setText(texts.labelled(self.tr("Forecast"), said(view.forecast))
                              if view.forecast else "")
        self.forecast.setVisible(bool(view.forecast))

    def retranslate(self) -> None:
        self.setTitle(self.tr("On that computer"))
        self.setSubTitle(self.tr("What the support bundle recorded: the plan, the install, the GPU test and the "
                                 "doctor's findings."))
        self.plan_box.setTitle(self.tr("The plan used there"))
        self.install_box.setTitle(self.tr("Install"))
        self.smoke_box.setTitle(self.tr("GPU test"))
        self.doctor_box.setTitle(self.tr("Doctor"))
        self.details_button.setText(self.tr("&Details: the original English text"))
        self.details_button.setAccessibleName(self.tr("Show the error in English"))
        self.english.setAccessibleName(self.tr("The error in English"))
        self.evidence_title.setText(self.tr("Evidence (lines printed by the SYCL runtime):"))
        self._show()
