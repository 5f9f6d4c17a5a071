"""Copyable shell commands, one row per shell: a name, the read-only command, a Copy button.
Rows for shells the OS does not have stay hidden. Used for the activation commands (Finish)
and for the JIT-cache variables (Verify, Finish)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

SHELLS = ("cmd", "powershell", "bash")


class CommandRows(QWidget):
    def __init__(self, parent=None, *, kind: str = "variables"):
        """kind: "variables" (environment variables to set) or "activation" (activate a venv);
        it only changes what screen readers are told each row holds."""
        super().__init__(parent)
        self.kind = kind
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.commands: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for row, shell in enumerate(SHELLS):
            label = QLabel()
            edit = QLineEdit()
            edit.setReadOnly(True)
            edit.setProperty("is_data", True)
            label.setBuddy(edit)
            button = QPushButton()
            button.clicked.connect(lambda _=False, s=shell: self.copy(s))
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(button, row, 2)
            self.labels[shell], self.commands[shell], self.copy_buttons[shell] = label, edit, button
        self.retranslate()

    def set_commands(self, commands: dict[str, str]) -> None:
        for shell in SHELLS:
            self.commands[shell].setText(commands.get(shell, ""))
            self.commands[shell].setCursorPosition(0)
            for widget in (self.labels[shell], self.commands[shell], self.copy_buttons[shell]):
                widget.setVisible(shell in commands)

    def copy(self, shell: str) -> None:
        QApplication.clipboard().setText(self.commands[shell].text())

    def retranslate(self) -> None:
        names = {"cmd": self.tr("Command Prompt:"), "powershell": self.tr("PowerShell:"), "bash": self.tr("bash:")}
        for shell in SHELLS:
            name = names[shell].rstrip(":：")
            self.labels[shell].setText(names[shell])
            if self.kind == "activation":
                what, copy = self.tr("Activation command for %1"), self.tr("Copy the command for %1")
            else:
                what, copy = self.tr("Variables for %1"), self.tr("Copy the variables for %1")
            self.commands[shell].setAccessibleName(what.replace("%1", name))
            self.copy_buttons[shell].setText(self.tr("Copy"))
            self.copy_buttons[shell].setAccessibleName(copy.replace("%1", name))
