"""Page 2: the probe result, a plain card per GPU, the recommended one selected. No dead ends:
when nothing can be installed (no usable Intel GPU, no Intel driver) the page says exactly why
and what to do, and Next stays off (app.flow.hardware_blocker)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import flow
from app.flow import PageId
from app.gui import engines, texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.widgets.gpu_card import GpuCard
from app.gui.worker import TaskRunner
from app.messages import fill, msg
from app.probe.model import Probe
from app.report.third_person import about_them

# Probe warnings the page says already, so not twice: no adapter (the status line), no supported
# GPU (each card's answer), a missing or too old Intel driver (the card's driver line and fix; a
# GPU no build supports gets no driver advice at all, as updating it would change nothing here).
SAID_ELSEWHERE = frozenset({"probe_no_adapter", "probe_not_supported", "win_basic_display",
                            "win_driver_below_minimum"})
# PyTorch's own CPU wheels (data: a command, never translated).
CPU_COMMAND = "python -m pip install torch --index-url https://download.pytorch.org/whl/cpu"


class HardwarePage(FlowPage):
    PAGE_ID = PageId.HARDWARE

    def __init__(self, state, probe_source: dict | None = None, parent=None):
        super().__init__(state, parent)
        self.probe_source = dict(probe_source or {})
        self.error: str | None = None
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)

        self.status = wrapped_label()
        self.blocker = wrapped_label()  # why Next is off, and what to do (app.flow.hardware_blocker)
        self.blocker.setStyleSheet("color:#b00020;font-weight:bold;")
        self.cpu_command = QLineEdit(CPU_COMMAND)  # the CPU build, when no GPU can be used: a command to copy
        self.cpu_command.setReadOnly(True)
        self.cpu_command.setProperty("is_data", True)
        # The fixes where the page leads nowhere (app.flow.hardware_fixes): the driver's download
        # page, and the CPU build's command to copy.
        self.driver_button = QPushButton()
        self.driver_button.clicked.connect(self._on_driver_clicked)
        self.copy_cpu_button = QPushButton()
        self.copy_cpu_button.clicked.connect(self._on_copy_cpu_clicked)
        cpu_row = QHBoxLayout()
        cpu_row.addWidget(self.cpu_command, 1)
        cpu_row.addWidget(self.copy_cpu_button)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.driver_button)
        fix_row.addStretch(1)
        self.error_label = data_label()
        self.error_label.setVisible(False)
        self.cards_host = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_host)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_host)
        self.scroll_area = scroll
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.cards: list[GpuCard] = []

        self.warnings_title = QLabel()
        self.warnings = data_label()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.rescan_button = QPushButton()
        self.rescan_button.clicked.connect(self.start_probe)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.blocker)
        layout.addLayout(cpu_row)
        layout.addLayout(fix_row)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addStretch(0)  # takes the room only while the cards' frame is hidden (no adapters)
        self.retranslate()

    @property
    def probe(self) -> Probe | None:
        return self.state.probe

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.probe is None and not self.runner.is_running():
            self.start_probe()

    def start_probe(self) -> None:
        if self.state.support_mode or self.runner.is_running():
            return
        self.error = None
        self.state.probe_ok = False
        self._show_status()
        self.set_busy(True)
        source = self.probe_source
        self.runner.start(lambda on_event, cancel: engines.probe_machine(on_event, cancel, **source))

    def show_probe(self, probe: Probe) -> None:
        """Display `probe` (from the live run or a support file) and pick its primary GPU."""
        self.state.probe = probe
        self.error = None
        for card in self.cards:
            self.group.removeButton(card.radio)
            card.deleteLater()
        self.cards = []
        for index, gpu in enumerate(probe.gpus):
            card = GpuCard(gpu, index, probe.os, about_other=self.state.support_mode)
            self.cards.append(card)
            self.group.addButton(card.radio, index)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            card.show()  # now, not at the layout's deferred show: the page is complete as shown
        self.state.probe_ok = True
        self.state.gpu_index = None
        chosen = probe.primary
        if chosen is None:
            chosen = next((i for i, g in enumerate(probe.gpus) if g.is_intel), None)
        if chosen is not None:
            self.cards[chosen].radio.setChecked(True)
            # After layout, bring the recommended card into view (it may not be the first).
            card = self.cards[chosen]
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(card) if card in self.cards else None)
        self._show_status()
        self.refresh_complete()

    def shutdown(self) -> None:
        self.runner.cancel_and_wait()

    # -- slots ------------------------------------------------------------------------------
    def _on_runner_succeeded(self, probe) -> None:
        self.show_probe(probe)

    def _on_runner_failed(self, message: str) -> None:
        self.error = message
        self._show_status()

    def _on_runner_finished(self) -> None:
        self.set_busy(False)

    def _on_group_id_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.state.gpu_index = index
            self._show_status()
            self.refresh_complete()

    def _on_copy_clicked(self) -> None:
        if self.probe is not None:
            QApplication.clipboard().setText(json.dumps(self.probe.to_json(), indent=2, ensure_ascii=False))
            self.status.setText(translated.text(msg("support_details_copied")) if self.state.support_mode else
                                self.tr("The details were copied; paste them into your message to support."))
            self.status.setVisible(True)

    def _on_driver_clicked(self) -> None:
        url = flow.driver_page(self.state)
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _on_copy_cpu_clicked(self) -> None:
        QApplication.clipboard().setText(CPU_COMMAND)
        self.copy_cpu_button.setText(self.tr("Copied"))

    # -- text -------------------------------------------------------------------------------
    def _show_status(self) -> None:
        self.error_label.setVisible(bool(self.error))
        self.error_label.setText(self.error or "")
        if self.error:
            self.status.setText(self.tr("The hardware check failed:"))
        elif self.probe is None:
            self.status.setText(self.tr("Looking at your graphics hardware..."))
        elif not self.probe.gpus:
            self.status.setText(translated.text(msg("support_no_adapter")) if self.state.support_mode else
                                self.tr("No display adapter was found. Check that the GPU driver is installed."))
        elif self.state.gpu_index is None and not any(g.is_intel for g in self.probe.gpus):
            self.status.setText(translated.text(msg("support_no_intel")) if self.state.support_mode else
                                self.tr("No Intel GPU was found. This installer only helps with Intel GPUs."))
        elif flow.hardware_blocker(self.state) == "no_gpu" and not self.state.support_mode:
            self.status.setText(self.tr("PyTorch's GPU builds support none of the Intel GPUs in this computer."))
        elif self.state.support_mode:
            source = getattr(self.state.support, "source", None)  # the file the support person opened
            shown = Path(source).name if source else texts.probe_source(self.probe.source)
            self.status.setText(fill(self.tr("Support mode: the hardware of another computer, read from {file}."),
                                     {"file": shown}))
        elif flow.hardware_blocker(self.state) and sum(g.is_intel for g in self.probe.gpus) == 1:
            self.status.setText("")  # one Intel GPU and it cannot be used: nothing to choose, the blocker says why
        else:
            self.status.setText(self.tr("Choose the GPU to install for. The recommended one is selected."))
        self.status.setVisible(bool(self.status.text()))
        blocker = flow.hardware_blocker(self.state) if not self.error else None
        self.blocker.setText({
            "no_gpu": self.tr("So there is nothing to install for a GPU. PyTorch can still run on the processor; "
                              "its CPU build installs with:"),
            "unsupported": self.tr("There is nothing to install for this GPU: PyTorch's GPU builds do not support "
                                   "it. Choose another GPU, or install PyTorch's CPU build with:"),
            "no_driver": self.tr("Install the driver named on the card first: PyTorch cannot use this GPU "
                                 "without it, so the installer stops here."),
        }.get(blocker or "", ""))
        self.blocker.setVisible(bool(blocker))
        fixes = flow.hardware_fixes(self.state) if not self.error else []
        self.cpu_command.setVisible("copy_cpu_command" in fixes)
        self.copy_cpu_button.setVisible("copy_cpu_command" in fixes)
        self.driver_button.setVisible("driver_page" in fixes)
        # No adapters: no empty frame where cards would be, the sentence above says it all.
        self.scroll_area.setVisible(bool(self.cards))
        warnings = [w for w in (self.probe.warnings if self.probe else [])
                    if getattr(w, "code", None) not in SAID_ELSEWHERE]
        has_warnings = bool(warnings)
        self.warnings.setText(translated.lines(about_them(warnings) if self.state.support_mode else warnings))
        self.warnings_title.setVisible(has_warnings)
        self.warnings.setVisible(has_warnings)
        self.copy_button.setEnabled(self.probe is not None)
        self.rescan_button.setVisible(not self.state.support_mode)
        self.setSubTitle(self.tr("The graphics adapters of that computer and their drivers, as its file records "
                                 "them.") if self.state.support_mode else
                         self.tr("The graphics adapters on this computer and their drivers."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Hardware"))
        self.warnings_title.setText(self.tr("Warnings from the hardware check:"))
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the hardware details to the clipboard"))
        self.rescan_button.setText(self.tr("Check &again"))
        self.rescan_button.setAccessibleName(self.tr("Check the hardware again"))
        self.cpu_command.setAccessibleName(self.tr("The command that installs PyTorch's CPU build"))
        self.driver_button.setText(self.tr("Open Intel's &driver download page"))
        self.driver_button.setAccessibleName(self.tr("Open Intel's download page for the graphics driver"))
        self.copy_cpu_button.setText(self.tr("Copy the co&mmand"))
        self.copy_cpu_button.setAccessibleName(self.tr("Copy the command that installs PyTorch's CPU build"))
        for card in self.cards:
            card.retranslate()
        self._show_status()
