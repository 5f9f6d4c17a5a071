"""Page 7: how to use the environment (copyable activation commands), where the JIT cache
lives (the folder the smoke test keeps its kernels in) and the variables that use it, save a
support bundle, open the folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app import flow, launchers
from app.flow import PageId
from app.gui import engines
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.widgets.command_rows import CommandRows
from app.gui.worker import TaskRunner
from app.messages import fill


class FinishPage(FlowPage):
    PAGE_ID = PageId.FINISH

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.bundle_path: str | None = None
        self.bundle_error: str | None = None
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)

        self.summary = wrapped_label()
        self.activate_title = QLabel()
        self.activate_rows = CommandRows(kind="activation")
        self.activate_missing = wrapped_label()  # why a shell got no command (app/shell_quote.py)
        self._missing: list[str] = []
        self.cache_title = QLabel()
        self.cache = data_label()
        self.cache_tip = wrapped_label()
        self.cache_rows = CommandRows()
        # Launchers saved in the environment, and buttons that open a terminal with them.
        self.launch_status = wrapped_label()
        self.launch_names = data_label()
        self._launchers: dict[str, object] = {}
        self.cmd_button = QPushButton()
        self.cmd_button.clicked.connect(lambda: self._open(launchers.CMD))
        self.powershell_button = QPushButton()
        self.powershell_button.clicked.connect(lambda: self._open(launchers.POWERSHELL))
        self.shell_button = QPushButton()
        self.shell_button.clicked.connect(lambda: self._open(launchers.SHELL))
        self.launch_buttons = {launchers.CMD: self.cmd_button, launchers.POWERSHELL: self.powershell_button,
                               launchers.SHELL: self.shell_button}
        self._launch_problem: str | None = None
        self._launch_error: str | None = None
        terminals = QHBoxLayout()
        for button in self.launch_buttons.values():
            terminals.addWidget(button)
        terminals.addStretch(1)
        self.bundle_status = data_label()
        self.bundle_button = QPushButton()
        self.bundle_button.clicked.connect(self._on_bundle_clicked)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._on_folder_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bundle_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(terminals)
        layout.addWidget(self.launch_status)
        layout.addWidget(self.launch_names)
        layout.addWidget(self.summary)
        layout.addWidget(self.activate_title)
        layout.addWidget(self.activate_rows)
        layout.addWidget(self.activate_missing)
        layout.addWidget(self.cache_title)
        layout.addWidget(self.cache)
        layout.addWidget(self.cache_tip)
        layout.addWidget(self.cache_rows)
        layout.addStretch(1)
        layout.addWidget(self.bundle_status)
        layout.addLayout(buttons)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # The venv is on this computer, so its OS decides the shells (not the probed one).
        os_name = flow.current_os()
        venv = self.state.settings.venv
        commands = flow.activation_commands(str(venv), os_name) if venv is not None else {}
        self.activate_rows.set_commands(commands)
        shells = ("cmd", "powershell", "bash") if os_name == "windows" else ("bash",)
        self._missing = [s for s in shells if s not in commands]
        self._write_launchers(venv, os_name)
        # The same folder the smoke test and "Warm the JIT cache" keep their kernels in.
        cache = engines.jit_cache_dir()
        self.cache.setText(str(cache))
        self.cache_rows.set_commands(engines.keep_cache_commands(cache, os_name))
        self.retranslate()

    def shutdown(self) -> None:
        self.runner.cancel_and_wait()

    # -- launchers --------------------------------------------------------------------------
    def _write_launchers(self, venv, os_name: str) -> None:
        from pathlib import Path

        self._launchers, self._launch_error, self._launch_problem = {}, None, None
        if venv is None or not self.state.installed or not Path(venv).is_dir():
            return
        try:
            self._launchers = {p.name: p for p in launchers.write_launchers(Path(venv), os_name)}
        except OSError as exc:  # a folder we may not write: say so, the commands below still work
            self._launch_error = exc.strerror or str(exc)

    def _open(self, name: str) -> None:
        path = self._launchers.get(name)
        if path is None:
            return
        try:
            opened = launchers.open_terminal(path)  # type: ignore[arg-type]
        except OSError as exc:
            opened, self._launch_error = False, exc.strerror or str(exc)
        self._launch_problem = None if opened else str(path)
        self._show()

    # -- slots ------------------------------------------------------------------------------
    def _on_folder_clicked(self) -> None:
        if self.state.settings.venv is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.settings.venv)))

    def _on_bundle_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save support bundle"), "ipex-installer-support.zip", self.tr("Zip files (*.zip)")
        )
        if path:
            self.save_bundle(path)

    def save_bundle(self, path: str) -> None:
        if self.runner.is_running():
            return
        self.bundle_path, self.bundle_error = None, None
        self.set_busy(True)
        venv = self.state.settings.venv if self.state.installed else None
        # The report module probes this machine itself (and then includes the plan saved at
        # install); a probe is handed over only when it describes a recorded machine.
        probe = self.state.probe
        if probe is not None and probe.source == "live":
            probe = None
        self.runner.start(lambda on_event, cancel: engines.write_bundle(venv, path, probe, on_event, cancel))
        self._show()

    def _on_runner_succeeded(self, path) -> None:
        self.bundle_path = str(path)

    def _on_runner_failed(self, message: str) -> None:
        self.bundle_error = message

    def _on_runner_finished(self) -> None:
        self.set_busy(False)
        self._show()

    # -- text -------------------------------------------------------------------------------
    def _show(self) -> None:
        for name, button in self.launch_buttons.items():
            button.setVisible(name in self._launchers)
        if self._launch_problem:
            self.launch_status.setText(fill(self.tr("No terminal program was found here; run {launcher} in a "
                                                    "terminal."), {"launcher": self._launch_problem}))
        elif self._launch_error:
            self.launch_status.setText(fill(self.tr("The launchers could not be saved in the environment ({reason})."),
                                            {"reason": self._launch_error}))
        elif self._launchers:
            self.launch_status.setText(self.tr("Saved in the environment: double-click one to open a terminal with "
                                               "it active."))
        else:
            self.launch_status.setText("")
        self.launch_status.setVisible(bool(self.launch_status.text()))
        self.launch_names.setText("   ".join(str(p) for p in self._launchers.values()))
        self.launch_names.setVisible(bool(self._launchers))
        # The JIT cache matters only when kernels were compiled (or came from the cache).
        cache_matters = self.state.verdict in ("jit", "mixed", "cached")
        for widget in (self.cache_title, self.cache, self.cache_tip, self.cache_rows):
            widget.setVisible(cache_matters)
        if not self._missing:
            self.activate_missing.setText("")
        elif self._missing == ["cmd"]:
            self.activate_missing.setText(self.tr(
                "Command Prompt gets no command for this folder: its path has %, ! or \", which Command Prompt "
                "would change. Use PowerShell, or a folder without them."))
        else:
            self.activate_missing.setText(self.tr(
                "No command can be offered for this folder: its path has a line break or another control "
                "character. Rename the folder."))
        self.activate_missing.setVisible(bool(self._missing))
        if self.runner.is_running():
            self.bundle_status.setText(self.tr("Writing the support bundle..."))
        elif self.bundle_path:
            self.bundle_status.setText(self.tr("Support bundle saved: %1").replace("%1", self.bundle_path))
        elif self.bundle_error:
            self.bundle_status.setText(
                self.tr("The support bundle could not be written: %1").replace("%1", self.bundle_error)
            )
        else:
            self.bundle_status.setText("")
        self.bundle_status.setVisible(bool(self.bundle_status.text()))
        self.bundle_button.setEnabled(not self.runner.is_running())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Finish"))
        outcome = flow.finish_outcome(self.state)
        self.setSubTitle({
            "ready": self.tr("Your environment is ready."),
            "not_working": self.tr("The environment is installed, but the GPU test did not pass: PyTorch will "
                                   "not use the GPU yet."),
            "untested": self.tr("The environment is installed; the GPU test was stopped before a verdict."),
        }[outcome])
        if outcome != "not_working":
            summary = self.tr("Activate the environment in a terminal, then run Python as usual:")
        elif self.state.verdict == "no_device":  # Back leads to the Hardware page and the driver's fix
            summary = self.tr("Save a support bundle and send it to support, or go back and check the GPU's "
                              "driver. The environment can be activated like this:")
        else:
            summary = self.tr("Save a support bundle and send it to support, or go back and try another build. "
                              "The environment can be activated like this:")
        self.summary.setText(summary)
        self.activate_title.setText(self.tr("Activation commands:"))
        self.activate_rows.retranslate()
        self.cache_title.setText(self.tr("JIT cache: the folder where the GPU test keeps the kernels it compiled:"))
        self.cache_tip.setText(
            self.tr(
                "Your own runs use it only with these variables set before starting Python (the cache is off by "
                "default). On Windows the folder's path must be ASCII-only."
            )
        )
        self.cache_rows.retranslate()
        self.cmd_button.setText(self.tr("Open Command &Prompt here"))
        self.cmd_button.setAccessibleName(self.tr("Open Command Prompt with the environment active"))
        self.powershell_button.setText(self.tr("Open PowerShe&ll here"))
        self.powershell_button.setAccessibleName(self.tr("Open PowerShell with the environment active"))
        self.shell_button.setText(self.tr("Open a &terminal here"))
        self.shell_button.setAccessibleName(self.tr("Open a terminal with the environment active"))
        self.bundle_button.setText(self.tr("Save &support bundle..."))
        self.bundle_button.setAccessibleName(self.tr("Save a support bundle"))
        self.folder_button.setText(self.tr("&Open folder"))
        self.folder_button.setAccessibleName(self.tr("Open the environment folder"))
        self._show()
