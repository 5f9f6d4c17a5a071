"""One GPU from the probe, as a plain card: its name (a radio button to choose it), the one
answer (native code / compiles on first use / not supported), the driver's state with the fix
for this computer's OS, and the engineer's facts (PCI ids, IP version, AOT names) under Details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QRadioButton, QToolButton, QVBoxLayout, QWidget

from app import flow
from app.gui import texts, translated
from app.gui.widgets.labels import data_label, wrapped_label
from app.messages import fill, msg
from app.probe.model import Gpu
from app.report.third_person import about_them

ANSWER_COLOURS = {"native": "#1b6e20", "jit": "#8a4b00", "unsupported": "#b00020"}


class GpuCard(QFrame):
    def __init__(self, gpu: Gpu, index: int, os_name: str = "windows", parent=None, about_other: bool = False):
        super().__init__(parent)
        self.gpu = gpu
        self.index = index
        self.os_name = os_name
        self.about_other = about_other  # support mode: another computer's GPU, advice for its user
        self.answer_code = flow.gpu_answer(gpu, os_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.radio = QRadioButton(gpu.name)
        self.radio.setProperty("is_data", True)
        self.radio.setEnabled(gpu.is_intel)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.answer = wrapped_label()
        self.answer.setStyleSheet(f"color:{ANSWER_COLOURS.get(self.answer_code, '#555555')};")
        self.driver_line = wrapped_label()
        self.driver_fix = wrapped_label()
        self.driver_fix.setStyleSheet("color:#b00020;")

        # Details: what support staff and engineers read; closed by default.
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details = QWidget()
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._on_details_toggled)
        ids = f"{gpu.vendor_id}:{gpu.device_id}" + (f" rev {gpu.revision}" if gpu.revision else "")
        driver = " ".join(x for x in (gpu.driver.name, gpu.driver.version) if x) or "-"
        self._captions: list[tuple[QLabel, str]] = []
        self.kind_value = wrapped_label()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(16, 0, 0, 0)
        rows: list[tuple[str, QWidget]] = [
            ("family", data_label(gpu.family or "-")),
            ("kind", self.kind_value),
            ("pci", data_label(ids)),
            ("ip", data_label(gpu.ip_version or "-")),
            ("aot", data_label(", ".join(gpu.aot_targets) or "-")),
            ("driver", data_label(driver)),
        ]
        for row, (key, widget) in enumerate(rows):
            caption = QLabel()
            self._captions.append((caption, key))
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        notes = gpu.notes + gpu.driver.notes
        if about_other:  # still as written (English), but about that computer's user, not the reader
            notes = [str(about_them(note)) for note in notes]
        self.notes_caption = QLabel()
        self.notes = data_label("\n".join(notes))
        self.notes_caption.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))
        grid.addWidget(self.notes_caption, len(rows), 0, 1, 2)
        grid.addWidget(self.notes, len(rows) + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.radio)
        layout.addWidget(self.answer)
        layout.addWidget(self.driver_line)
        layout.addWidget(self.driver_fix)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.retranslate()

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _answer_text(self) -> str:
        return {
            "native": self.tr("Native code available: PyTorch programs start without compiling first."),
            "jit": self.tr("Compiles on first use (JIT): works, but the first run of each program waits."),
            "unsupported": self.tr("Not supported by PyTorch's GPU builds."),
            "unknown": self.tr("Support not known yet: the GPU test after installing will tell."),
            "not_intel": self.tr("Not an Intel GPU: this installer does not use it."),
        }[self.answer_code]

    def _driver_texts(self) -> tuple[str, str]:
        """(the driver's state, what to do about it) for this computer's OS."""
        status = self.gpu.driver.status
        windows = self.os_name == "windows"
        line = {
            "ok": self.tr("Driver: ready."),
            "old": self.tr("Driver: too old."),
            "unbound": (self.tr("Driver: none (Windows is using its basic display driver).") if windows
                        else self.tr("Driver: none in use.")),
            "unknown": self.tr("Driver: version not known."),
        }.get(status, status)
        if self.about_other:
            return line, self._their_driver_fix(status, windows)
        # The consumer Arc & Iris Xe driver is not the one for a data-centre GPU (Flex, Max), and
        # the reference files name no download page for theirs: say what to look for, no name.
        if status in ("old", "unbound") and windows and self.gpu.segment == "datacenter":
            fix = self.tr("Install the latest Intel Data Center GPU driver for this GPU from intel.com, restart, "
                          "then run this installer again.")
        elif status == "old" and windows:
            fix = self.tr("Update it: download the Intel Arc & Iris Xe Graphics driver from intel.com (or run Intel "
                          "Driver & Support Assistant), install it, restart, then run this installer again.")
        elif status == "unbound" and windows:
            fix = self.tr("Install the Intel Arc & Iris Xe Graphics driver from intel.com (or run Intel Driver & "
                          "Support Assistant), restart, then run this installer again.")
        else:
            fix = texts.driver_fix(status)
        return line, fix

    def _their_driver_fix(self, status: str, windows: bool) -> str:
        """The same fixes as _driver_texts, as what the support person asks the user to do."""
        if status in ("old", "unbound") and windows and self.gpu.segment == "datacenter":
            code = "support_driver_datacenter"
        elif status in ("old", "unbound") and windows:
            code = "support_driver_update_windows" if status == "old" else "support_driver_install_windows"
        else:
            code = {"old": "support_driver_old", "unbound": "support_driver_unbound",
                    "unknown": "support_driver_unknown"}.get(status, "")
        return translated.text(msg(code)) if code else ""

    def retranslate(self) -> None:
        captions = {
            "family": self.tr("Family:"),
            "kind": self.tr("Kind:"),
            "pci": self.tr("PCI id:"),
            "ip": self.tr("GPU IP version:"),
            "aot": self.tr("AOT device names:"),
            "driver": self.tr("Driver:"),
        }
        for label, key in self._captions:
            label.setText(captions[key])
        self.kind_value.setText(texts.segment(self.gpu.segment))
        self.answer.setText(self._answer_text())
        # A GPU that cannot be used gets no driver advice: updating it would change nothing here.
        line, fix = self._driver_texts() if self.answer_code in ("native", "jit", "unknown") else ("", "")
        self.driver_line.setText(line)
        self.driver_line.setVisible(bool(line))
        self.driver_fix.setText(fix)
        self.driver_fix.setVisible(bool(fix))
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(fill(self.tr("Details of {gpu}"), {"gpu": self.gpu.name}))
        self.notes_caption.setText(self.tr("Notes from the hardware check (as written):"))
        self.radio.setAccessibleName(fill(self.tr("Use this GPU: {gpu}"), {"gpu": self.gpu.name}))
        if not self.gpu.is_intel:
            self.radio.setToolTip(self.tr("Only Intel GPUs can be used by this installer."))
