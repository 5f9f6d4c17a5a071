"""Page 5 (commit page): the install, with a step list, overall and per-file progress, a live
log, Stop that really cancels (the engine rolls back), and Retry after a failure."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWizard,
)

from app.events import LogLine, Progress, StepFinished, StepStarted, Warning_
from app.flow import PageId
from app.gui import engines, error_texts, texts
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.worker import TaskRunner

LOG_LINES_KEPT = 5000
# Item data roles of the step list: the engine's step code, its detail, and its status.
STEP_ID, STEP_DETAIL, STEP_STATUS = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


class InstallPage(FlowPage):
    PAGE_ID = PageId.INSTALL

    def __init__(self, state, hardware, build, environment, parent=None):
        super().__init__(state, parent)
        self.hardware, self.build, self.environment = hardware, build, environment
        self.setCommitPage(True)
        self.result = None
        self.error: str | None = None
        self.was_cancelled = False
        self._step_items: dict[str, QListWidgetItem] = {}
        self._steps_done = 0
        self._pending_log: list[str] = []
        self._warning_texts: list[str] = []
        self.runner = TaskRunner(self)
        self.runner.event_emitted.connect(self._on_runner_event_emitted)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.finished.connect(self._on_runner_finished)
        # Log lines can arrive by the thousand; append them in batches so the loop stays free.
        self._log_timer = QTimer(self)
        self._log_timer.setInterval(100)
        self._log_timer.timeout.connect(self._on_log_timer_timeout)

        self.status = wrapped_label()
        self.error_label = data_label()
        self.error_label.setStyleSheet("color:#b00020;")
        self.warnings = data_label()  # the engine's warnings (e.g. a broken venv was moved aside)
        self.warnings.setStyleSheet("color:#8a4b00;")
        self.steps = QListWidget()
        self.overall_label = QLabel()
        self.overall = QProgressBar()
        self.file_label = data_label()
        self.file_progress = QProgressBar()
        self.log_toggle = QToolButton()
        self.log_toggle.setCheckable(True)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES_KEPT)
        self.log.setProperty("is_data", True)
        self.log.setVisible(False)
        self.log_toggle.toggled.connect(self._on_log_toggle_toggled)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.start_install)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.overall_label)
        layout.addWidget(self.overall)
        layout.addWidget(self.file_label)
        layout.addWidget(self.file_progress)
        layout.addLayout(buttons)
        layout.addWidget(self.log, 2)
        self.retranslate()

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self.state.installed and not self.runner.is_running():
            self.start_install()

    def start_install(self) -> None:
        plan = self.build.plan_for_install()
        if plan is None or self.runner.is_running():
            return
        self.error, self.result, self.was_cancelled = None, None, False
        self.state.installed = self.state.install_failed = False
        self.steps.clear()
        self._step_items.clear()
        self._steps_done = 0
        # The engine's steps: python, download, venv (or snapshot), one per plan step, verify, commit.
        self.overall.setRange(0, 5 + len(plan.choice.steps))
        self.overall.setValue(0)
        self.file_progress.setRange(0, 100)
        self.file_progress.setValue(0)
        self.file_label.setText("")
        self.log.clear()
        self._warning_texts = []
        self.warnings.setText("")
        self.warnings.setVisible(False)
        self.environment.setCommitPage(True)  # no Back while the install runs
        self.set_busy(True)
        self._log_timer.start()
        options = engines.InstallOptions(
            venv=self.environment.venv(),
            python=self.environment.python_exe(),
            mirror=self.environment.mirror_code(),
            proxy=self.environment.proxy_url(),
            extra_mirrors=self.environment.extra_mirror_entries(),
            allow_http=self.environment.http_allowed(),
        )
        self.runner.start(lambda on_event, cancel: engines.install(plan, options, on_event, cancel))
        self._show()

    def confirm_cancel(self) -> bool:
        """Asked when the window is closed or Cancel is pressed while installing."""
        if not self.runner.is_running():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Stop the installation?"),
            self.tr("The installation will be stopped and the changes made so far will be undone."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        self.runner.cancel_and_wait()
        self._flush_log()

    # -- slots ------------------------------------------------------------------------------
    def _on_runner_event_emitted(self, event) -> None:
        if isinstance(event, StepStarted):
            item = self._step_items.get(event.step)
            if item is None:
                item = QListWidgetItem()
                item.setData(STEP_ID, event.step)
                self._step_items[event.step] = item
                self.steps.addItem(item)
            item.setData(STEP_DETAIL, event.detail)
            item.setData(STEP_STATUS, "running")
            self._paint_step(item)
        elif isinstance(event, StepFinished):
            item = self._step_items.get(event.step)
            if item is not None:
                item.setData(STEP_STATUS, "done" if event.ok else "failed")
                self._paint_step(item)
            self._steps_done += 1
            self.overall.setValue(min(self._steps_done, self.overall.maximum()))
        elif isinstance(event, Progress):
            self._show_progress(event)
        elif isinstance(event, LogLine):
            self._pending_log.append(event.text)
        elif isinstance(event, Warning_):
            self._pending_log.append("WARNING: " + event.text)
            self._warning_texts.append("⚠ " + error_texts.warning(event.code, event.params, event.text))
            self.warnings.setText("\n".join(self._warning_texts))
            self.warnings.setVisible(True)

    def _on_runner_succeeded(self, result) -> None:
        self.result = result
        self.state.installed = True

    def _on_runner_failed(self, message: str) -> None:
        self.error = message
        self.state.install_failed = True

    def _on_runner_cancelled(self) -> None:
        self.was_cancelled = True

    def _on_runner_finished(self) -> None:
        self._log_timer.stop()
        self._flush_log()
        if not self.state.installed:
            # Nothing was changed: the user may go back and fix a setting (proxy, folder).
            self.environment.setCommitPage(False)
        self.set_busy(False)
        self._show()
        if self.state.installed and self.wizard() is not None:
            self.wizard().next()

    def _on_log_timer_timeout(self) -> None:
        self._flush_log()

    def _on_log_toggle_toggled(self, shown: bool) -> None:
        self.log.setVisible(shown)
        self._retranslate_toggle()

    def _on_stop_clicked(self) -> None:
        if self.confirm_cancel():
            self.runner.cancel()
            self.status.setText(self.tr("Stopping and undoing the changes..."))

    # -- display ----------------------------------------------------------------------------
    def _flush_log(self) -> None:
        if self._pending_log:
            self.log.appendPlainText("\n".join(self._pending_log))
            self._pending_log.clear()

    def _paint_step(self, item: QListWidgetItem) -> None:
        icons = {
            "running": QStyle.StandardPixmap.SP_BrowserReload,
            "done": QStyle.StandardPixmap.SP_DialogApplyButton,
            "failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }
        status = item.data(STEP_STATUS)
        item.setIcon(self.style().standardIcon(icons.get(status, QStyle.StandardPixmap.SP_ArrowRight)))
        words = {"running": self.tr("running"), "done": self.tr("done"), "failed": self.tr("failed")}
        item.setText(self.tr("%1: %2").replace("%1", texts.step_name(item.data(STEP_ID)))
                     .replace("%2", words.get(status, status)))
        item.setToolTip(item.data(STEP_DETAIL) or "")  # the engine's detail (a path, a command): data

    def _show_progress(self, event: Progress) -> None:
        if event.total:
            self.file_progress.setRange(0, 1000)
            self.file_progress.setValue(int(1000 * event.done / event.total))
        else:
            self.file_progress.setRange(0, 0)
        speed = f"{texts.size(event.speed)}/s" if event.speed else "?"
        self.file_label.setText(
            self.tr("%1: %2 of %3, %4, %5 left")
            .replace("%1", event.task)
            .replace("%2", texts.size(event.done))
            .replace("%3", texts.size(event.total))
            .replace("%4", speed)
            .replace("%5", texts.duration(event.eta))
        )

    def _show(self) -> None:
        running = self.runner.is_running()
        self.stop_button.setVisible(running)
        self.retry_button.setVisible(not running and (self.state.install_failed or self.was_cancelled))
        self.error_label.setVisible(bool(self.error))
        self.error_label.setText(self.error or "")
        if running:
            self.status.setText(self.tr("Installing. Large files may take a while on a slow connection."))
        elif self.state.installed:
            self.status.setText(self.tr("Installed."))
            self.overall.setValue(self.overall.maximum())
        elif self.was_cancelled:
            self.status.setText(self.tr("The installation was stopped and the changes were undone."))
        elif self.error:
            self.status.setText(self.tr("The installation failed and the changes were undone:"))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        for item in self._step_items.values():
            self._paint_step(item)

    def _retranslate_toggle(self) -> None:
        self.log_toggle.setText(self.tr("Hide &log") if self.log_toggle.isChecked() else self.tr("Show &log"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Install"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))
        self.setSubTitle(self.tr("Downloading and installing the selected build."))
        self.overall_label.setText(self.tr("Overall:"))
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.file_progress.setAccessibleName(self.tr("Current file progress"))
        self.steps.setAccessibleName(self.tr("Installation steps"))
        self.log.setAccessibleName(self.tr("Installation log"))
        self.stop_button.setText(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the installation and undo it"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Try the installation again"))
        self._retranslate_toggle()
        self._show()
