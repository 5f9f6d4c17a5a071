"""Page 3: the planner's pick with its AOT / JIT badge and why, the alternatives, the channel
and version pins, and the archived-IPEX note. A JIT-only build needs a confirmation. In the
background it looks on the PyTorch XPU index for a torch series newer than the catalog knows
and mentions it calmly below the card: never recommended, never a warning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import flow
from app.catalog.plan_model import Choice, Plan
from app.flow import CHANNELS, PageId
from app.gui import engines, texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.widgets.badge import Badge, badge_text
from app.gui.worker import TaskRunner
from app.messages import fill, msg
from app.report.third_person import about_them

NEWER_TIMEOUT = 5.0  # seconds the newer-release look may take in all; then nothing is said


def choice_words(choice: Choice) -> str:
    """The build in words: what gets installed, for which Python (support mode says it too)."""
    if choice.ipex_version:
        return fill(QCoreApplication.translate(
            "BuildPage", "PyTorch {torch} with Intel Extension for PyTorch {ipex}, for Python {python}"),
            {"torch": choice.torch_version, "ipex": choice.ipex_version, "python": choice.python})
    return fill(QCoreApplication.translate("BuildPage", "PyTorch {torch} for Intel GPUs (XPU), for Python {python}"),
                {"torch": choice.torch_version, "python": choice.python})


# The probe's driver warnings, which the plan carries along (app/message_texts/probe.py).
DRIVER_WARNINGS = frozenset({"win_basic_display", "win_driver_below_minimum", "win_driver_below_recommended"})


class BuildPage(FlowPage):
    PAGE_ID = PageId.BUILD
    newer_index: str | None = None  # where to look for newer releases; None: the catalog's own index
    newer_timeout: float = NEWER_TIMEOUT

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.plan: Plan | None = None
        self.user_plan_json: dict | None = None  # support mode: the plan found in the bundle
        self.error: str | None = None
        # The maintained channel's pick for this probe (app.flow.maintained_pick), looked up with
        # the plan: the button to it is shown only when there is one.
        self.upstream: Choice | None = None
        self._planned_for: tuple | None = None
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)
        # Newer torch releases than the catalog's (app.catalog.newer), per OS, looked for once.
        self.newer: list = []
        self._newer_for: str | None = None  # the OS looked (or being looked) for
        self.newer_runner = TaskRunner(self)
        self.newer_runner.succeeded.connect(self._on_newer_succeeded)
        self.newer_runner.cancelled.connect(self._on_newer_stopped)
        self.newer_runner.failed.connect(self._on_newer_stopped)

        # Preferences
        self.channel_label = QLabel()
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(code, code)
        self.channel_label.setBuddy(self.channel)
        self.ipex_pin_label = QLabel()
        self.ipex_pin = QLineEdit()
        self.ipex_pin_label.setBuddy(self.ipex_pin)
        self.torch_pin_label = QLabel()
        self.torch_pin = QLineEdit()
        self.torch_pin_label.setBuddy(self.torch_pin)
        self.replan_button = QPushButton()
        self.replan_button.clicked.connect(self.start_plan)
        self.channel.currentIndexChanged.connect(self._on_channel_current_index_changed)
        prefs = QFormLayout()
        prefs.addRow(self.channel_label, self.channel)
        pins = QHBoxLayout()
        pins.addWidget(self.ipex_pin_label)
        pins.addWidget(self.ipex_pin)
        pins.addWidget(self.torch_pin_label)
        pins.addWidget(self.torch_pin)
        pins.addWidget(self.replan_button)

        # The builds
        self.status = wrapped_label()
        self.error_label = data_label()
        self.builds_label = QLabel()
        self.builds = QListWidget()
        self.builds.currentRowChanged.connect(self._on_builds_current_row_changed)
        self.builds_label.setBuddy(self.builds)
        self.builds.setMinimumHeight(self.builds.fontMetrics().height() * 4)

        # The answer: one card for the selected build (the planner's pick at first), in view
        # with its JIT confirmation, never inside a scroll area.
        self.details = QGroupBox()
        self.badge = Badge()
        self.build_title = wrapped_label()  # the build in words
        font = self.build_title.font()
        font.setBold(True)
        self.build_title.setFont(font)
        self.explain = wrapped_label()  # one sentence why, with the first-run wait
        self.certainty = wrapped_label()
        self.warnings = data_label()
        self.warnings.setStyleSheet("color:#8a4b00;")
        self.jit_ack = QCheckBox()
        self.jit_ack.toggled.connect(self._on_jit_ack_toggled)
        self.archived = wrapped_label()
        self.archived.setStyleSheet("color:#8a4b00;")
        self.newer_note = wrapped_label()  # a newer, unverified release: information in the text's own colour
        self.newer_note.setVisible(False)
        self.maintained_button = QPushButton()  # the maintained alternative to archived IPEX
        self.maintained_button.clicked.connect(self._on_maintained_clicked)
        self.maintained_note = wrapped_label()  # archived pick, and nothing upstream fits: said calmly
        self.maintained_note.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.build_title, 1)
        box = QVBoxLayout(self.details)
        box.addLayout(head)
        box.addWidget(self.explain)
        box.addWidget(self.certainty)
        box.addWidget(self.jit_ack)
        box.addWidget(self.archived)
        box.addWidget(self.maintained_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.maintained_note)  # in the button's place, under the archived note

        # Advanced: the channel, version pins, every build that fits, the planner's reasons and
        # the builds not chosen. Closed by default.
        self.reasons_title = QLabel()
        self.reasons = data_label()
        self.rejected_button = QPushButton()
        self.rejected_button.setCheckable(True)
        self.rejected = QPlainTextEdit()
        self.rejected.setReadOnly(True)
        self.rejected.setProperty("is_data", True)
        self.rejected.setVisible(False)
        self.rejected_button.toggled.connect(self.rejected.setVisible)
        self.advanced_button = QToolButton()
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)
        self.advanced = QWidget()
        advanced = QVBoxLayout(self.advanced)
        advanced.setContentsMargins(0, 0, 0, 0)
        advanced.addLayout(prefs)
        advanced.addLayout(pins)
        advanced.addWidget(self.builds_label)
        advanced.addWidget(self.builds)
        advanced.addWidget(self.reasons_title)
        advanced.addWidget(self.reasons)
        advanced.addWidget(self.warnings)  # the planner's cautions, as written
        advanced.addWidget(self.rejected_button, 0, Qt.AlignmentFlag.AlignLeft)
        advanced.addWidget(self.rejected)
        advanced.addStretch(1)
        self.advanced_scroll = QScrollArea()
        self.advanced_scroll.setWidgetResizable(True)
        self.advanced_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.advanced_scroll.setWidget(self.advanced)
        self.advanced_scroll.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details)
        layout.addWidget(self.newer_note)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_scroll, 1)
        layout.addStretch(0)
        self.retranslate()

    # -- what other pages read ------------------------------------------------------------
    @property
    def selected_choice(self) -> Choice | None:
        row = self.builds.currentRow()
        options = self._options()
        return options[row] if 0 <= row < len(options) else None

    def plan_for_install(self) -> Plan | None:
        """The plan with the user's selected build as its choice."""
        choice = self.selected_choice
        if self.plan is None or choice is None:
            return None
        others = [c for c in self._options() if c is not choice]
        return Plan(choice=choice, alternatives=others, rejected=self.plan.rejected,
                    warnings=self.plan.warnings, inputs=self.plan.inputs)

    def set_support_plan(self, plan_json: dict | None) -> None:
        self.user_plan_json = plan_json
        self.plan = None
        self._planned_for = None
        self._publish()

    def _publish(self) -> None:
        """What the other pages read: the plan with the selected build (app.flow.FlowState)."""
        choice = self.selected_choice
        self.state.plan = self.plan_for_install()
        self.state.plan_has_choice = choice is not None
        self.state.choice_expect = choice.expect if choice else None

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self._planned_for != self._plan_key() and not self.runner.is_running():
            self.start_plan()

    def _plan_key(self) -> tuple:
        return (id(self.state.probe), self.state.gpu_index, self.channel.currentData(),
                self.ipex_pin.text().strip(), self.torch_pin.text().strip())

    def start_plan(self) -> None:
        if self.runner.is_running() or self.state.probe is None:
            return
        self._planned_for = self._plan_key()
        self.plan, self.error = None, None
        self.builds.clear()
        self._publish()
        self._show()
        self.set_busy(True)
        probe, gpu_index = self.state.probe, self.state.gpu_index
        channel = self.channel.currentData()
        ipex, torch = self.ipex_pin.text().strip() or None, self.torch_pin.text().strip() or None

        def plans(on_event, cancel):
            made = engines.make_plan(probe, gpu_index, channel, ipex, torch)
            upstream = flow.maintained_pick(probe, gpu_index) if channel != flow.MAINTAINED_CHANNEL else None
            return made, upstream

        self.runner.start(plans)

    def shutdown(self) -> None:
        self.newer_runner.cancel_and_wait()
        self.runner.cancel_and_wait()

    def on_shown(self) -> None:
        self.look_for_newer()  # back on the page after leaving it mid-look

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        # QWizard hides its current page for a moment while it updates its buttons: look once it settled.
        QTimer.singleShot(0, self, self._stop_look_if_left)
        super().hideEvent(event)

    def _stop_look_if_left(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self or not self.isVisible():
            self.newer_runner.cancel()  # leaving: the look stops; coming back restarts it

    # -- newer releases than the catalog's --------------------------------------------------
    def look_for_newer(self) -> None:
        """In the background, once per OS: a torch series on the index newer than the catalog."""
        os_name = (self.plan.inputs.get("os") if self.plan is not None else None)
        if (self.state.support_mode or not isinstance(os_name, str) or os_name == self._newer_for
                or self.newer_runner.is_running()):
            return
        self._newer_for, self.newer = os_name, []
        self._show_newer()
        index, timeout = self.newer_index, self.newer_timeout
        self.newer_runner.start(lambda on_event, cancel: engines.newer_releases(os_name, index, timeout,
                                                                                on_event, cancel))

    def _on_newer_succeeded(self, found: list) -> None:
        self.newer = list(found)
        self._show_newer()

    def _on_newer_stopped(self, *_args) -> None:
        self._newer_for = None  # not looked: the next plan shown looks again

    def _show_newer(self) -> None:
        from app.catalog.newer import short_notice

        # The newest series only: one line; the command line lists them all (plan --check-newer).
        self.newer_note.setText(translated.text(short_notice(self.newer[0])) if self.newer else "")
        # Under the card only: without one ("nothing fits, the reasons:") it would read as a reason.
        self.newer_note.setVisible(bool(self.newer) and not self.state.support_mode
                                   and self.selected_choice is not None)

    # -- slots ------------------------------------------------------------------------------
    def _on_runner_succeeded(self, result: tuple) -> None:
        plan, upstream = result
        self.show_plan(plan, upstream)

    def show_plan(self, plan: Plan, upstream: Choice | bool | None = False) -> None:
        """Display a plan and select its choice (the planner's result on this page). `upstream`:
        the maintained channel's pick for this probe; False: not looked up yet, so it is looked
        up here when an archived build is among the options."""
        if upstream is False:
            archived = any(c.status == "archived" for c in
                           ([plan.choice] if plan.choice else []) + list(plan.alternatives))
            upstream = (flow.maintained_pick(self.state.probe, self.state.gpu_index)
                        if archived and self.channel.currentData() != flow.MAINTAINED_CHANNEL else None)
        self.upstream = upstream if isinstance(upstream, Choice) else None
        self.plan = plan
        self.builds.clear()
        for index, _choice in enumerate(self._options()):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.builds.addItem(item)
        self._retranslate_items()
        if self.builds.count():
            self.builds.setCurrentRow(0)
        self._publish()
        self._show()
        self.look_for_newer()

    def _on_runner_failed(self, message: str) -> None:
        self.error = message
        self._show()

    def _on_runner_finished(self) -> None:
        self.set_busy(False)

    def _on_jit_ack_toggled(self, checked: bool) -> None:
        self.state.jit_confirmed = checked
        self.refresh_complete()

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced_scroll.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _on_maintained_clicked(self) -> None:
        """Archived IPEX picked: plan again on the maintained channel, upstream PyTorch XPU, without
        the version pins (the pick app.flow.maintained_pick found, which showed this button)."""
        self.ipex_pin.clear()
        self.torch_pin.clear()
        self.channel.setCurrentIndex(self.channel.findData(flow.MAINTAINED_CHANNEL))
        self.start_plan()

    def _on_channel_current_index_changed(self, _index: int) -> None:
        if self.state.probe is not None and self.isVisible():
            self.start_plan()

    def _on_builds_current_row_changed(self, _row: int) -> None:
        self._publish()
        self.state.jit_confirmed = False
        self.jit_ack.blockSignals(True)
        self.jit_ack.setChecked(False)
        self.jit_ack.blockSignals(False)
        self._show()
        self.refresh_complete()

    # -- text -------------------------------------------------------------------------------
    def _options(self) -> list[Choice]:
        if self.plan is None:
            return []
        return ([self.plan.choice] if self.plan.choice else []) + list(self.plan.alternatives)

    def _choice_line(self, choice: Choice) -> str:
        parts = [choice.build_id, f"torch {choice.torch_version}"]
        if choice.ipex_version:
            parts.append(f"IPEX {choice.ipex_version}")
        parts.append(f"Python {choice.python}")
        return " · ".join(parts)

    def _choice_words(self, choice: Choice) -> str:
        return choice_words(choice)

    def _retranslate_items(self) -> None:
        options = self._options()
        for row in range(self.builds.count()):
            choice = options[row]
            text = f"[{badge_text(choice.expect)}] {self._choice_line(choice)}"
            if row == 0 and self.plan and self.plan.choice is choice:
                text += "  " + self.tr("(recommended)")
            self.builds.item(row).setText(text)

    def _show(self) -> None:
        self._show_subtitle()  # support mode is entered and left while the page exists
        self.error_label.setText(self.error or "")
        self.error_label.setVisible(bool(self.error))
        if self.error:
            self.status.setText(self.tr("The build could not be chosen:"))
        elif self.state.probe is None:
            self.status.setText(self.tr("The hardware check has not finished; go back to the Hardware page."))
        elif self.runner.is_running() or self.plan is None:
            self.status.setText(self.tr("Finding the right build..."))
        elif self.plan is not None and self.plan.choice is None and not self.plan.alternatives:
            pinned = self.ipex_pin.text().strip() or self.torch_pin.text().strip()
            self.status.setText(
                self.tr("No build has the versions you entered: clear them, or enter others and press Update. "
                        "The reasons:") if pinned
                else self.tr("No build fits this GPU, operating system and Python. The reasons:"))
        elif self.state.support_mode:
            bundled = ((self.user_plan_json or {}).get("choice") or {}).get("build_id")
            self.status.setText(fill(self.tr(
                "Support mode: the build this version would choose for that computer; nothing will be installed. "
                "The plan saved in the bundle chose {build}."), {"build": bundled}) if bundled else self.tr(
                "Support mode: the build this version would choose for that computer; nothing will be installed."))
        elif self.selected_choice is not None and self.selected_choice is not self.plan.choice:
            self.status.setText(self.tr("You chose another build than the recommended one (marked in the list)."))
        else:
            self.status.setText(self.tr("The recommended build is selected. You may choose another one."))
        rejected = [texts.labelled(r.build_id, self._words(r.why))
                    for r in (self.plan.rejected if self.plan else [])]
        if self.plan and self.plan.choice is None:
            # The planner's own word on why nothing fits comes first; the hardware check's
            # driver warnings (the Hardware page's cards say them) are not the answer here.
            why = sorted((w for w in self.plan.warnings if getattr(w, "code", None) not in DRIVER_WARNINGS),
                         key=lambda w: getattr(w, "code", None) != "nothing_fits")
            rejected = [self._words(w) for w in why] + rejected
        self.rejected.setPlainText("\n".join(rejected))
        self.rejected_button.setVisible(bool(rejected))
        if self.plan is not None and not self._options():
            self.rejected_button.setChecked(True)  # nothing fits: the reasons are the answer
        self.rejected_button.setText(self.tr("Builds not chosen, and why (%1)").replace("%1", str(len(rejected))))
        self._show_choice()

    def _show_choice(self) -> None:
        choice = self.selected_choice
        self._show_newer()
        self.details.setVisible(choice is not None)
        offer = flow.maintained_offer(choice, self.channel.currentData(), self.state.support_mode, self.upstream)
        self.maintained_button.setVisible(offer == "button")
        self.maintained_note.setVisible(offer == "none_fits")
        self.maintained_note.setText(translated.text(msg("maintained_none_fits")) if offer == "none_fits" else "")
        # Nothing fits: no empty list and no reasons of an earlier pick; the reasons are the answer.
        for widget in (self.builds_label, self.builds):
            widget.setVisible(bool(self._options()) or self.plan is None)
        for widget in (self.reasons_title, self.reasons):
            widget.setVisible(choice is not None)
        if choice is None:
            self.reasons.setText("")
            self.warnings.setText("")
            self.warnings.setVisible(False)
            return
        recommended = self.plan is not None and choice is self.plan.choice
        self.details.setTitle(self.tr("Recommended build") if recommended else self.tr("Selected build"))
        self.badge.set_expect(choice.expect)
        self.build_title.setText(self._choice_words(choice))
        if choice.expect == "aot" and self.state.support_mode:  # about that computer's GPU, not the reader's
            self.explain.setText(self._words(msg("support_build_native", device=choice.matched_target or "-")))
        elif choice.expect == "aot":
            self.explain.setText(
                self.tr("Native code for your GPU is included (matched device: %1). Programs start without compiling.")
                .replace("%1", choice.matched_target or "-")
            )
        else:
            cost = translated.text(choice.jit_cost) if choice.jit_cost else self.tr(
                "5 to 10 minutes (reported by users of similar GPUs)")
            cost = cost.rstrip(".。")  # the sentence around it ends it
            self.explain.setText(
                self._words(msg("support_build_jit", wait=cost)) if self.state.support_mode else
                self.tr("No native code for your GPU: kernels are compiled on first use. Expected first-run wait: %1.")
                .replace("%1", cost)
            )
            self.jit_ack.setText(self.tr("I understand: the first run of each program waits while kernels compile."))
        # A JIT-only build is installed only after this box is ticked (Next is gated by it).
        self.jit_ack.setVisible(choice.expect == "jit")
        self.certainty.setText(self.tr("How sure this is: %1").replace("%1", texts.certainty(choice.certainty)))
        # Facts about the GPU read as facts; only cautions get the warning sign and colour.
        probe, index = self.state.probe, self.state.gpu_index
        gpu = probe.gpus[index] if probe is not None and index is not None and 0 <= index < len(probe.gpus) else None
        facts, cautions = flow.build_notes(choice, self.plan, gpu)
        self.reasons.setText("\n".join("• " + self._words(r) for r in choice.reasons + facts))
        self.warnings.setText("\n".join("⚠ " + self._words(c) for c in cautions))
        self.warnings.setVisible(bool(self.warnings.text()))
        # Good news reads as good news; a first-run wait or an archived build as a caution.
        self.explain.setStyleSheet("color:#1b6e20;" if choice.expect == "aot" else "color:#8a4b00;")
        self.archived.setVisible(choice.status == "archived")
        self.archived.setText(
            self.tr(
                "Note: Intel has archived Intel Extension for PyTorch (IPEX). It gets no more fixes and has "
                "known security issues. Upstream PyTorch XPU (the last channel) is the maintained path."
            )
        )

    def _words(self, sentence) -> str:
        """A core sentence in the reader's language; in support mode about that computer
        (app.report.third_person), not the reader's."""
        return translated.text(about_them(sentence) if self.state.support_mode else sentence)

    def _show_subtitle(self) -> None:
        self.setSubTitle(translated.text(msg("support_build_subtitle")) if self.state.support_mode else
                         self.tr("The PyTorch build for your GPU, and whether it has native (AOT) code for it."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Build"))
        self._show_subtitle()
        self.channel_label.setText(self.tr("&Channel:"))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, texts.channel(self.channel.itemData(index)))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.ipex_pin_label.setText(self.tr("&IPEX version:"))
        self.ipex_pin.setPlaceholderText(self.tr("any"))
        self.ipex_pin.setAccessibleName(self.tr("IPEX version (optional)"))
        self.torch_pin_label.setText(self.tr("&PyTorch version:"))
        self.torch_pin.setPlaceholderText(self.tr("any"))
        self.torch_pin.setAccessibleName(self.tr("PyTorch version (optional)"))
        self.replan_button.setText(self.tr("&Update"))
        self.replan_button.setAccessibleName(self.tr("Choose the build again with these settings"))
        self.builds_label.setText(self.tr("Builds that &fit:"))
        self.builds.setAccessibleName(self.tr("Builds that fit"))
        self.advanced_button.setText(self.tr("Ad&vanced: channel, versions, other builds"))
        self.maintained_button.setText(self.tr("Use the &maintained PyTorch XPU instead"))
        self.maintained_button.setAccessibleName(self.tr("Choose again among upstream PyTorch XPU builds"))
        self.reasons_title.setText(self.tr("Why (from the planner):"))
        self.rejected.setAccessibleName(self.tr("Builds not chosen, and why"))
        self.jit_ack.setAccessibleName(self.tr("Confirm installing a build that compiles kernels on first use"))
        self._retranslate_items()
        self._show()
        self._show_newer()
