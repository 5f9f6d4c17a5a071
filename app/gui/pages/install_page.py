"""Page 5: the install. Every step is listed from the start; the download's overall progress
is counted in bytes with totals and the time left; a live log on demand; Stop really cancels
(the engine rolls back). A failed step is marked failed, with one sentence and the actions
that fix it (app.flow.fix_actions): Retry, Use China servers and retry, Set proxy, Show log."""

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

from app import flow
from app.events import DownloadSizes, LogLine, Progress, StepFinished, StepStarted, Warning_
from app.flow import PageId, Run
from app.gui import engines, error_texts, texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.worker import TaskRunner
from app.install_progress import ByteProgress, overall_sentence, planned_steps, step_tool
from app.messages import fill, msg

LOG_LINES_KEPT = 5000
# Item data roles of the step list: the engine's step code, its detail, and its status.
STEP_ID, STEP_DETAIL, STEP_STATUS = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


class InstallPage(FlowPage):
    PAGE_ID = PageId.INSTALL

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.result = None
        self.error: str | None = None
        self.was_cancelled = False
        self._step_items: dict[str, QListWidgetItem] = {}
        self._steps_done = 0
        self._started_steps: list[str] = []  # every step the engine started (what a rollback undid)
        self._bytes = ByteProgress()
        self._overall = None  # the download's latest overall figures (install_progress.Overall)
        self._download_done = False
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
        self.china_button = QPushButton()
        self.china_button.clicked.connect(self._on_china_clicked)
        self.proxy_button = QPushButton()
        self.proxy_button.clicked.connect(self._on_proxy_clicked)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.fix_buttons = {"retry": self.retry_button, "use_cn": self.china_button,
                            "set_proxy": self.proxy_button, "choose_folder": self.folder_button}
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        for button in self.fix_buttons.values():
            buttons.addWidget(button)
        self.button_row = buttons

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
        if self.state.install is Run.NOT_STARTED and not self.runner.is_running():
            self.start_install()

    def start_install(self) -> None:
        plan, settings = self.state.plan, self.state.settings
        if plan is None or settings.venv is None or self.runner.is_running():
            return
        self.error, self.result, self.was_cancelled = None, None, False
        flow.install_started(self.state)
        self.steps.clear()
        self._step_items.clear()
        self._steps_done = 0
        self._started_steps = []
        plan_json = plan.to_json()
        for step in planned_steps(plan_json, flow.venv_state(str(settings.venv)) == "existing"):
            self._step_item(step)  # every step from the start, waiting
        self._bytes = ByteProgress()
        self.overall.setRange(0, 1000)
        self.overall.setValue(0)
        self._overall = None
        self._download_done = False
        self.file_progress.setRange(0, 100)
        self.file_progress.setValue(0)
        self.file_label.setText("")
        self.log.clear()
        self._warning_texts = []
        self.warnings.setText("")
        self.warnings.setVisible(False)
        self.set_busy(True)
        self._log_timer.start()
        options = engines.InstallOptions(
            venv=settings.venv,
            python=settings.python,
            mirror=settings.mirror,
            proxy=settings.proxy,
            extra_mirrors=list(settings.extra_mirrors),
            allow_http=settings.allow_http,
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
    def _step_item(self, step: str) -> QListWidgetItem:
        item = self._step_items.get(step)
        if item is None:
            item = QListWidgetItem()
            item.setData(STEP_ID, step)
            item.setData(STEP_STATUS, "waiting")
            self._step_items[step] = item
            self.steps.addItem(item)
            self._paint_step(item)
        return item

    def _on_runner_event_emitted(self, event) -> None:
        if isinstance(event, StepStarted):
            self._started_steps.append(event.step)
            item = self._step_item(event.step)
            if event.step in ("snapshot", "venv"):  # the plan guessed the other one: drop it
                other = self._step_items.pop("venv" if event.step == "snapshot" else "snapshot", None)
                if other is not None and other.data(STEP_STATUS) == "waiting":
                    self.steps.takeItem(self.steps.row(other))
            item.setData(STEP_DETAIL, event.detail)
            item.setData(STEP_STATUS, "running")
            self._paint_step(item)
            if event.step.startswith("install:"):  # uv or pip downloads on its own: no figures
                self.file_label.setText(translated.text(msg("install_step_tool", tool=step_tool(event.detail))))
                self.file_progress.setRange(0, 0)
        elif isinstance(event, StepFinished):
            finished = self._step_items.get(event.step)
            if finished is not None:
                finished.setData(STEP_STATUS, "done" if event.ok else "failed")
                self._paint_step(finished)
            self._steps_done += 1
            if event.step == "download" and event.ok:
                self.overall.setRange(0, 1000)
                self.overall.setValue(self.overall.maximum())
                self._overall, self._download_done = self._bytes.overall(), True
                self._show_overall()
        elif isinstance(event, DownloadSizes):
            self._overall = self._bytes.announce(event.files)
            self._show_bar()
            self._show_overall()
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
        flow.install_ended(self.state, Run.DONE)

    def _on_runner_failed(self, message: str) -> None:
        self.error = message
        flow.install_ended(self.state, Run.FAILED, self.runner.error_code, self._started_steps)
        item = self._step_items.get(flow.failed_step(self._started_steps) or "")
        if item is not None:  # the step that was running is the one that failed
            item.setData(STEP_STATUS, "failed")

    def _on_runner_cancelled(self) -> None:
        self.was_cancelled = True
        flow.install_ended(self.state, Run.STOPPED, started_steps=self._started_steps)
        for item in self._step_items.values():  # the step Stop interrupted did not finish
            if item.data(STEP_STATUS) == "running":
                item.setData(STEP_STATUS, "stopped")

    def _on_runner_finished(self) -> None:
        self._log_timer.stop()
        self._flush_log()
        if self.state.install is Run.RUNNING:  # a task that ended with no outcome: a failure
            flow.install_ended(self.state, Run.FAILED, None, self._started_steps)
        # After a failure or a stop nothing was changed: the wizard lets the user go back
        # and fix a setting (proxy, folder) through app.flow.commit_pages.
        self.set_busy(False)
        self._show()
        if self.state.installed and self.wizard() is not None:
            self.wizard().next()

    def _on_log_timer_timeout(self) -> None:
        self._flush_log()

    def _on_log_toggle_toggled(self, shown: bool) -> None:
        self.log.setVisible(shown)
        self._retranslate_toggle()

    def _on_china_clicked(self) -> None:
        flow.use_china_servers(self.state)
        self.start_install()

    def _on_proxy_clicked(self) -> None:
        self.state.focus = "proxy"
        self.go_back_to.emit(int(PageId.ENVIRONMENT))

    def _on_folder_clicked(self) -> None:
        self.state.focus = "folder"
        self.go_back_to.emit(int(PageId.ENVIRONMENT))

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
            "waiting": QStyle.StandardPixmap.SP_ArrowRight,
            "running": QStyle.StandardPixmap.SP_BrowserReload,
            "done": QStyle.StandardPixmap.SP_DialogApplyButton,
            "failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "stopped": QStyle.StandardPixmap.SP_MediaStop,
        }
        status = item.data(STEP_STATUS)
        item.setIcon(self.style().standardIcon(icons.get(status, QStyle.StandardPixmap.SP_ArrowRight)))
        words = {"waiting": self.tr("waiting"), "running": self.tr("running"), "done": self.tr("done"),
                 "failed": self.tr("failed"), "stopped": self.tr("stopped")}
        item.setText(fill(self.tr("{step}: {state}"), {"step": texts.step_name(item.data(STEP_ID)),
                                                         "state": words.get(status, status)}))
        item.setToolTip(item.data(STEP_DETAIL) or "")  # the engine's detail (a path, a command): data

    def _show_progress(self, event: Progress) -> None:
        self._overall = self._bytes.update(event.task, event.done, event.total)
        self._show_bar()
        self._show_overall()
        if event.total:
            self.file_progress.setRange(0, 1000)
            self.file_progress.setValue(int(1000 * event.done / event.total))
        else:
            self.file_progress.setRange(0, 0)
        speed = f"{texts.size(event.speed)}/s" if event.speed else "?"
        self.file_label.setText(fill(self.tr("{file}: {done} of {total}, {speed}, {left} left"), {
            "file": event.task, "done": texts.size(event.done), "total": texts.size(event.total), "speed": speed,
            "left": texts.duration(event.eta)}))

    def _show(self) -> None:
        running = self.runner.is_running()
        self.stop_button.setVisible(running)
        # After a failure or a stop the bars would only repeat where it stopped: the steps say it.
        for widget in (self.overall_label, self.overall, self.file_label, self.file_progress):
            widget.setVisible(running or self.state.installed)
        actions = [] if running else flow.fix_actions(self.state)
        for code, button in self.fix_buttons.items():
            button.setVisible(code in actions)
        first = self.button_row.indexOf(self.stop_button) + 1
        for offset, code in enumerate(c for c in actions if c in self.fix_buttons):  # most useful first
            self.button_row.removeWidget(self.fix_buttons[code])
            self.button_row.insertWidget(first + offset, self.fix_buttons[code])
        self.error_label.setVisible(bool(self.error))
        self.error_label.setText(self.error or "")
        if self.state.installed:
            self.overall.setRange(0, 1000)
            self.overall.setValue(self.overall.maximum())
        status = flow.install_status(self.state)
        self.status.setText(translated.text(msg(status)) if status else "")
        self.status.setVisible(bool(self.status.text()))
        for item in self._step_items.values():
            self._paint_step(item)

    def _show_bar(self) -> None:
        overall = self._overall
        if overall is not None and overall.total:
            self.overall.setRange(0, 1000)
            self.overall.setValue(int(1000 * min(overall.done, overall.total) / overall.total))
        elif overall is not None:
            self.overall.setRange(0, 0)  # busy: no file's size is known yet

    def _show_overall(self) -> None:
        finished = self._download_done or self.state.installed
        self.overall_label.setText(translated.text(overall_sentence(self._overall, finished)))

    def _retranslate_toggle(self) -> None:
        self.log_toggle.setText(self.tr("Hide &log") if self.log_toggle.isChecked() else self.tr("Show &log"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Install"))
        for button in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
            self.setButtonText(button, self.tr("&Continue"))
        self.setSubTitle(self.tr("Downloads and installs the selected build."))
        self._show_overall()
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.file_progress.setAccessibleName(self.tr("Current file progress"))
        self.steps.setAccessibleName(self.tr("Installation steps"))
        self.log.setAccessibleName(self.tr("Installation log"))
        self.stop_button.setText(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the installation and undo it"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Try the installation again"))
        self.china_button.setText(self.tr("&Use China servers and retry"))
        self.china_button.setAccessibleName(self.tr("Download from the China servers and try again"))
        self.proxy_button.setText(self.tr("Set a &proxy..."))
        self.proxy_button.setAccessibleName(self.tr("Go back and set a proxy"))
        self.folder_button.setText(self.tr("Choose another &folder..."))
        self.folder_button.setAccessibleName(self.tr("Go back and choose another folder"))
        self._retranslate_toggle()
        self._show()
