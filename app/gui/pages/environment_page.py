"""Page 4: where to install (new or existing venv), which Python, mirror and proxy; the free
space is checked before going on, and an existing venv gets a dry run of what will change.
While the page is open, a worker times which download servers answer fastest (through the
proxy typed here) for "Automatic"; the user's own choice in the combo always wins."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from app import flow, paths
from app.env_summary import summarize
from app.envs.venv import unsafe_path_problem
from app.flow import MIRRORS, PageId
from app.gui import engines, texts, translated
from app.gui.pages.base import FlowPage, data_label, wrapped_label
from app.gui.worker import TaskRunner
from app.messages import Message, msg

DOWNLOAD_PYTHON = "download"
PROBE_TIMEOUT = 4.0  # seconds the server timing may take: the user may press Install before
RETIME_AFTER_MS = 700  # a proxy being typed is timed once the typing pauses


class EnvironmentPage(FlowPage):
    PAGE_ID = PageId.ENVIRONMENT
    probe_urls: dict[str, str] | None = None  # the index pages timed; None: Intel's two regions
    probe_timeout: float = PROBE_TIMEOUT

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        # Its button says "Install" (or "Install again"): the wizard makes it a commit page
        # while an install runs or once it changed the environment (app.flow.commit_pages).
        self._install_button = "install"
        self.dry_run_text: str | None = None
        self.dry_run_error: str | None = None
        self._dry_run_for: str | None = None  # the folder the shown dry run is about
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.finished.connect(self._on_runner_finished)
        # Repair: an environment of ours whose planned packages were replaced since (app.install.repair).
        self._repair_for: str | None = None
        self.repair_changes: list = []
        self.repair_runner = TaskRunner(self)
        self.repair_runner.succeeded.connect(self._on_repair_succeeded)
        self.repair_runner.failed.connect(self._on_repair_failed)
        self.repair_runner.finished.connect(self._on_repair_finished)
        # The automatic server choice (app.fetch.fastest): its result, for which proxy, and its sentence.
        self.timed = None  # app.fetch.fastest.Choice, once the timing answered
        self._timed_for: tuple | None = None  # (urls, proxy) the result or the running timing is for
        self._timing_again = False
        self.server_sentence: Message | None = None
        self.timing_runner = TaskRunner(self)
        self.timing_runner.succeeded.connect(self._on_timing_succeeded)
        self.timing_runner.cancelled.connect(self._on_timing_cancelled)
        self.timing_runner.failed.connect(self._on_timing_failed)
        self.timing_runner.finished.connect(self._on_timing_finished)
        self._retime = QTimer(self)
        self._retime.setSingleShot(True)
        self._retime.setInterval(RETIME_AFTER_MS)
        self._retime.timeout.connect(self.start_timing)

        self.venv_label = QLabel()
        self.venv_path = QLineEdit(str(Path.home() / "ipex-xpu-venv"))
        self.venv_label.setBuddy(self.venv_path)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._on_browse_clicked)
        venv_row = QHBoxLayout()
        venv_row.addWidget(self.venv_path, 1)
        venv_row.addWidget(self.browse_button)
        self.venv_state = wrapped_label()

        self.python_label = QLabel()
        self.python = QComboBox()
        self.python_label.setBuddy(self.python)
        self.mirror_label = QLabel()
        self.mirror = QComboBox()
        for code in MIRRORS:
            self.mirror.addItem(code, code)
        self.mirror.currentIndexChanged.connect(self._on_venv_path_text_changed)
        self.mirror.currentIndexChanged.connect(self._on_mirror_changed)
        self.mirror_label.setBuddy(self.mirror)
        self.server_note = wrapped_label()  # which servers Automatic chose, and why
        self.proxy_label = QLabel()
        self.proxy = QLineEdit()
        self.proxy_label.setBuddy(self.proxy)
        self.extra_mirrors_label = QLabel()
        self.extra_mirrors = QLineEdit()
        self.extra_mirrors_label.setBuddy(self.extra_mirrors)
        # Plain http:// mirrors on other hosts only on the user's explicit word (app.untrusted_names).
        self.allow_http = QCheckBox()
        self.network_error = data_label()
        self.network_error.setStyleSheet("color:#b00020;")

        form = QFormLayout()
        form.addRow(self.venv_label, venv_row)
        form.addRow("", self.venv_state)
        form.addRow(self.python_label, self.python)
        form.addRow(self.mirror_label, self.mirror)
        form.addRow("", self.server_note)
        form.addRow(self.extra_mirrors_label, self.extra_mirrors)
        form.addRow("", self.allow_http)
        form.addRow(self.proxy_label, self.proxy)
        form.addRow("", self.network_error)

        self.space = wrapped_label()
        # What Install will do, before the user commits (app.env_summary).
        self.summary = wrapped_label()
        self.dry_run_title = QLabel()
        self.dry_run = QPlainTextEdit()
        self.dry_run.setReadOnly(True)
        self.dry_run.setProperty("is_data", True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.space)
        layout.addWidget(self.summary)
        layout.addWidget(self.dry_run_title)
        layout.addWidget(self.dry_run, 1)
        self.repair_note = wrapped_label()
        self.repair_button = QPushButton()
        self.repair_button.clicked.connect(self._on_repair_clicked)
        repair_row = QHBoxLayout()
        repair_row.addWidget(self.repair_note, 1)
        repair_row.addWidget(self.repair_button)
        layout.addLayout(repair_row)
        self.repair_note.setVisible(False)
        self.repair_button.setVisible(False)
        self.venv_path.textChanged.connect(self._on_venv_path_text_changed)
        self.proxy.textChanged.connect(self._on_venv_path_text_changed)
        self.proxy.textChanged.connect(self._on_proxy_text_changed)
        self.extra_mirrors.textChanged.connect(self._on_venv_path_text_changed)
        self.allow_http.toggled.connect(self._on_venv_path_text_changed)
        self.retranslate()

    # -- what the install page reads -------------------------------------------------------
    def venv(self) -> Path:
        return Path(self.venv_path.text().strip()).expanduser()

    def python_exe(self) -> str | None:
        data = self.python.currentData()
        return None if data in (None, DOWNLOAD_PYTHON) else data

    def mirror_code(self) -> str:
        timed = self.timed.region if self.timed is not None else None
        return flow.resolve_mirror(self.mirror.currentData(), self._in_china(), timed)

    @staticmethod
    def _in_china() -> bool:
        return QLocale.system().territory() == QLocale.Country.China

    def _publish(self) -> None:
        """What the Install page reads (app.flow.InstallSettings)."""
        settings = self.state.settings
        settings.venv = self.venv() if self.venv_path.text().strip() else None
        settings.python = self.python_exe()
        settings.mirror_choice = self.mirror.currentData()
        settings.mirror = self.mirror_code()
        settings.proxy = self.proxy_url()
        settings.extra_mirrors = self.extra_mirror_entries()
        settings.allow_http = self.http_allowed()

    def on_shown(self) -> None:
        """Back from the Install page: show a fix it chose (China servers), and put the cursor
        in the field a fix asked for (the proxy)."""
        index = self.mirror.findData(self.state.settings.mirror_choice)
        if index >= 0 and index != self.mirror.currentIndex():
            self.mirror.setCurrentIndex(index)
        focus = {"proxy": self.proxy, "folder": self.venv_path}.get(self.state.focus or "")
        self.state.focus = None
        if focus is not None:
            focus.setFocus()
            focus.selectAll()
        self._check()
        self.start_timing()

    def set_install_button(self, code: str) -> None:
        self._install_button = code
        self._retranslate_install_button()

    def _retranslate_install_button(self) -> None:
        text = self.tr("&Install again") if self._install_button == "install_again" else self.tr("&Install")
        for button in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
            self.setButtonText(button, text)

    def proxy_url(self) -> str | None:
        """The proxy as the engine takes it (`127.0.0.1:7890` becomes http://127.0.0.1:7890)."""
        return flow.normalize_proxy(self.proxy.text())[0]

    def extra_mirror_entries(self) -> list[str]:
        return flow.mirror_entries(self.extra_mirrors.text())

    def http_allowed(self) -> bool:
        return self.allow_http.isChecked()

    def _network_problem(self) -> str | None:
        """A sentence when the mirror or proxy fields cannot be used (checked on each edit)."""
        from app.errors import BadInput
        from app.fetch.mirrors import parse_mirrors

        entries = self.extra_mirror_entries()
        if not self.http_allowed() and flow.plain_http_mirrors(entries):
            return self.tr("A mirror uses plain http://, which is not encrypted; use https://, or allow plain HTTP "
                           "below if you trust the network.")
        try:
            parse_mirrors(entries, allow_http=self.http_allowed())
        except BadInput as exc:
            return str(exc)  # the engine's own sentence: data
        code = flow.proxy_problem(self.proxy.text())
        if code == "scheme":
            return self.tr("The proxy must start with http://, https:// or socks5://.")
        if code == "host":
            return self.tr("The proxy address has no host name.")
        if code == "port":
            return self.tr("The proxy needs a port from 1 to 65535, as in 127.0.0.1:7890.")
        if code == "spaces":
            return self.tr("The proxy address cannot contain spaces; paste it as host:port, as in 127.0.0.1:7890.")
        return None

    # -- lifecycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._dry_run_for = None  # the build may have changed: look again
        self._fill_pythons()
        self._check()

    def shutdown(self) -> None:
        self._retime.stop()
        self.timing_runner.cancel_and_wait()
        self.runner.cancel_and_wait()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Leaving the page: the timing stops; coming back restarts it. (QWizard also hides and
        shows its current page while it updates its buttons: that is not leaving.)"""
        QTimer.singleShot(0, self, self._stop_timing_if_left)  # once QWizard has switched pages
        super().hideEvent(event)

    def _stop_timing_if_left(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self or not self.isVisible():
            self._retime.stop()
            self.timing_runner.cancel()

    # -- the automatic server choice ------------------------------------------------------
    def _timing_key(self) -> tuple | None:
        """What a timing is for: the pages timed and the proxy; None while the proxy field
        holds something unusable (its sentence is shown; the timing waits for a fix)."""
        if flow.proxy_problem(self.proxy.text()):
            return None
        urls = self.probe_urls or engines.server_probe_urls()
        return (tuple(sorted(urls.items())), self.proxy_url())

    def start_timing(self) -> None:
        """Time the servers in the background, unless a result for these servers and this
        proxy is already in; a timing for an older proxy is stopped and started again."""
        key = self._timing_key()
        if key is None or key == self._timed_for:
            return
        if self.timing_runner.is_running():
            self._timing_again = True
            self.timing_runner.cancel()
            return
        self._timed_for = key
        self.timed = None
        self.server_sentence = msg("server_timing")
        self._use_timing()
        urls, proxy = dict(key[0]), key[1]
        timeout = self.probe_timeout
        self.timing_runner.start(lambda on_event, cancel: engines.time_servers(urls, proxy, timeout, on_event, cancel))

    def _on_mirror_changed(self, _index: int) -> None:
        self._show_server_choice()

    def _on_proxy_text_changed(self, _text: str) -> None:
        if self.isVisible():
            self._retime.start()

    def _on_timing_succeeded(self, choice) -> None:
        from app.fetch.fastest import explain

        if self._timed_for is None:
            return
        self.timed = choice
        default = flow.resolve_mirror("auto", self._in_china())
        self.server_sentence = explain(choice, default, self.probe_timeout, self._timed_for[1])
        self._use_timing()

    def _on_timing_cancelled(self) -> None:
        self._timed_for, self.server_sentence = None, None  # not timed: the next visit times again
        self._use_timing()

    def _on_timing_failed(self, _message: str) -> None:
        self._on_timing_cancelled()  # a timing that broke chooses nothing; Automatic keeps its default

    def _on_timing_finished(self) -> None:
        if self._timing_again:
            self._timing_again = False
            if self.isVisible():
                self.start_timing()

    def _show_server_choice(self) -> None:
        sentence = self.server_sentence
        if sentence is not None and sentence.code.startswith("server_none") and self.mirror.currentData() != "auto":
            sentence = None  # "Automatic keeps the default" says nothing about the servers the user chose
        self.server_note.setText(translated.text(sentence) if sentence else "")
        self.server_note.setVisible(sentence is not None)

    def _use_timing(self) -> None:
        """A result came in or went away: the note, what Install gets, and the summary."""
        self._show_server_choice()
        self._publish()
        self._show_summary()

    def _fill_pythons(self) -> None:
        choice = (self.state.plan.choice if self.state.plan else None)
        wanted = choice.python if choice else None
        self.python.clear()
        probe = self.state.probe
        for py in (probe.pythons if probe else []):
            if py.bits == 64 and (wanted is None or py.major_minor == wanted):
                self.python.addItem(f"Python {py.version}  {py.path}", py.path)
        self.python.addItem("", DOWNLOAD_PYTHON)
        self._retranslate_python_items()

    def _check(self) -> None:
        """Cheap checks on the GUI thread (stat calls); the dry run goes to a worker."""
        kind = flow.venv_state(self.venv_path.text())
        unsafe = self._unsafe_path()
        self.venv_state.setText(self._venv_state_text(kind))
        self.venv_state.setStyleSheet("color:#b00020;" if unsafe else "")
        ok = kind in ("new", "existing") and not unsafe
        base = flow.nearest_existing_dir(self.venv()) if kind != "empty" else None
        plan = self.state.plan
        needed = flow.install_bytes_needed(plan.to_json() if plan else None)
        if base is not None:
            free = shutil.disk_usage(base).free
            enough = flow.enough_space(free, needed)
            self.space.setText(translated.args(
                self.tr("Free space: %1; needed: about %2.") if enough else
                self.tr("Not enough free space: %1 free, about %2 needed. Choose another drive or free some space."),
                texts.size(free), texts.size(needed)))
            ok = ok and enough
        else:
            self.space.setText("")
        self.space.setVisible(bool(self.space.text()))
        existing = kind == "existing" and not unsafe  # refused: no dry run, no repair offer
        self.dry_run_title.setVisible(existing)
        self.dry_run.setVisible(existing)
        if existing and not self.runner.is_running() and self._dry_run_for != str(self.venv()):
            self._start_dry_run()
        self._offer_repair(existing)
        problem = self._network_problem()
        self.network_error.setText(problem or "")
        self.network_error.setVisible(bool(problem))
        self.state.venv_ok = ok and not problem and not (existing and self.dry_run_error)
        self._publish()
        self._show_summary()
        self.refresh_complete()

    def _unsafe_path(self) -> Message | None:
        """The core's refusal of a folder whose name the activation scripts would run or misread
        (app.envs.venv.unsafe_path_problem, as the install checks it: the absolute path)."""
        text = self.venv_path.text().strip()
        return unsafe_path_problem(os.path.abspath(self.venv())) if text else None

    def _venv_state_text(self, kind: str) -> str:
        unsafe = self._unsafe_path()
        return translated.text(unsafe) if unsafe else texts.venv_state(kind)

    def _show_summary(self) -> None:
        plan = self.state.plan
        venv = self.venv() if self.venv_path.text().strip() else None
        summary = summarize(plan.to_json() if plan else None, venv, paths.downloads_dir(), self.mirror_code())
        self.summary.setText(translated.lines(summary.sentences))

    def _start_dry_run(self) -> None:
        plan = self.state.plan
        if plan is None:
            return
        self.dry_run_text, self.dry_run_error = None, None
        self._dry_run_for = str(self.venv())
        self.dry_run.setPlainText(self.tr("Checking what will change..."))
        self.set_busy(True)
        venv = self.venv()
        self.runner.start(lambda on_event, cancel: engines.dry_run(plan, venv, on_event, cancel))

    # -- repair ---------------------------------------------------------------------------
    def _offer_repair(self, existing: bool) -> None:
        """Offer Repair when the folder is an environment of ours whose planned packages were
        replaced or removed (reads its kept plan and package metadata: files only, quick)."""
        if self.repair_runner.is_running():
            return
        folder = str(self.venv())
        if not existing:
            self._repair_for, self.repair_changes = None, []
            self.repair_note.setText("")
        elif self._repair_for != folder:
            from app.errors import AppError
            from app.install.repair import check

            self._repair_for = folder
            try:
                self.repair_changes = check(self.venv())
            except AppError:  # not ours, or no plan kept: nothing to offer
                self.repair_changes = []
            self.repair_note.setText(self._repair_offer_text() if self.repair_changes else "")
        # After a repair the note keeps its outcome; the button stays for a retry after a failure.
        self.repair_button.setVisible(bool(self.repair_changes))
        self.repair_note.setVisible(bool(self.repair_note.text()))

    def _change_text(self, change) -> str:
        before = change.before if change.before is not None else self.tr("missing")
        return f"{change.name} {before} \u2192 {change.after}"

    def _repair_offer_text(self) -> str:
        changes = translated.separator().join(self._change_text(c) for c in self.repair_changes)
        return self.tr("Some packages of the planned build were replaced or removed here: %1. Repair puts back "
                       "exactly the planned versions.").replace("%1", changes)

    def _on_repair_clicked(self) -> None:
        from app.fetch.mirrors import parse_mirrors
        from app.install.repair import repair

        venv = self.venv()
        allow_http = self.http_allowed()
        mirrors = parse_mirrors([self.mirror_code(), *self.extra_mirror_entries()], allow_http=allow_http)
        proxy = self.proxy_url()
        self.repair_button.setEnabled(False)
        self.repair_note.setText(self.tr("Repairing..."))
        self.set_busy(True)
        self.repair_runner.start(lambda on_event, cancel: repair(
            venv, mirrors=mirrors, proxy=proxy, allow_http=allow_http, on_event=on_event, cancel=cancel))

    def _on_repair_succeeded(self, result) -> None:
        changed = translated.separator().join(self._change_text(c) for c in result.changes)
        self.repair_note.setText(self.tr("Repaired: %1.").replace("%1", changed) if result.changes
                                 else self.tr("Nothing needed repair."))
        self.repair_changes = []
        self._dry_run_for = None  # what an install would change has changed too

    def _on_repair_failed(self, message: str) -> None:
        self.repair_note.setText(message)

    def _on_repair_finished(self) -> None:
        self.repair_button.setEnabled(True)
        self.set_busy(False)
        self._check()

    # -- slots ------------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the environment folder"), str(self.venv().parent)
        )
        if folder:
            self.venv_path.setText(folder)

    def _on_venv_path_text_changed(self, _text: str) -> None:
        if self.isVisible():
            self._check()

    def _on_runner_succeeded(self, lines) -> None:
        legend = self.tr("+ added   ~ changed   = kept   ? version chosen while installing")
        self.dry_run_text = "\n".join(lines) if lines else self.tr("Nothing in this environment will change.")
        self.dry_run.setPlainText(legend + "\n\n" + self.dry_run_text)

    def _on_runner_failed(self, message: str) -> None:
        self.dry_run_error = message
        self.dry_run.setPlainText(message)

    def _on_runner_finished(self) -> None:
        self.set_busy(False)
        self._check()

    # -- text -------------------------------------------------------------------------------
    def _retranslate_python_items(self) -> None:
        choice = (self.state.plan.choice if self.state.plan else None)
        version = choice.python if choice else "3.x"
        index = self.python.findData(DOWNLOAD_PYTHON)
        if index >= 0:
            self.python.setItemText(
                index, self.tr("Python %1, found or downloaded automatically").replace("%1", version)
            )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Environment"))
        self._retranslate_install_button()
        self.setSubTitle(self.tr("Where to install, with which Python, and how to reach the download servers."))
        self.venv_label.setText(self.tr("&Folder:"))
        self.venv_path.setAccessibleName(self.tr("Environment folder"))
        self.browse_button.setText(self.tr("Bro&wse..."))
        self.browse_button.setAccessibleName(self.tr("Browse for the environment folder"))
        self.python_label.setText(self.tr("P&ython:"))
        self.python.setAccessibleName(self.tr("Python interpreter"))
        self.mirror_label.setText(self.tr("&Download servers:"))
        self.mirror.setAccessibleName(self.tr("Download servers"))
        for index in range(self.mirror.count()):
            self.mirror.setItemText(index, texts.mirror(self.mirror.itemData(index)))
        self.proxy_label.setText(self.tr("Pro&xy:"))
        self.proxy.setPlaceholderText(self.tr("none (or host:port, as in 127.0.0.1:7890)"))
        self.proxy.setAccessibleName(self.tr("Proxy"))
        self.extra_mirrors_label.setText(self.tr("&Other mirrors:"))
        self.extra_mirrors.setPlaceholderText(self.tr("optional: HOST=URL, e.g. github.com=https://mirror.example/github.com"))
        self.extra_mirrors.setAccessibleName(self.tr("Other mirrors, as HOST=URL"))
        self.allow_http.setText(self.tr("Allow plain &HTTP servers (not encrypted)"))
        self.allow_http.setAccessibleName(self.tr("Allow plain HTTP servers"))
        self.dry_run_title.setText(self.tr("What will change in this environment:"))
        self.dry_run.setAccessibleName(self.tr("What will change in this environment"))
        self.repair_button.setText(self.tr("&Repair"))
        self.repair_button.setAccessibleName(self.tr("Repair this environment"))
        if self.repair_changes and not self.repair_runner.is_running():
            self.repair_note.setText(self._repair_offer_text())
        self._retranslate_python_items()
        self.venv_state.setText(self._venv_state_text(flow.venv_state(self.venv_path.text())))
        self._show_server_choice()
        self._show_summary()
