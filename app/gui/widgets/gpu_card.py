"""One GPU from the probe, as a card with a radio button to choose it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from app.gui import texts, translated
from app.gui.widgets.labels import data_label, wrapped_label
from app.probe.model import Gpu


class GpuCard(QFrame):
    def __init__(self, gpu: Gpu, index: int, parent=None):
        super().__init__(parent)
        self.gpu = gpu
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.radio = QRadioButton(gpu.name)
        self.radio.setProperty("is_data", True)
        self.radio.setEnabled(gpu.is_intel)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)

        self._captions: list[tuple[QLabel, str]] = []
        grid = QGridLayout(self)
        grid.addWidget(self.radio, 0, 0, 1, 2)
        ids = f"{gpu.vendor_id}:{gpu.device_id}" + (f" rev {gpu.revision}" if gpu.revision else "")
        driver = " ".join(x for x in (gpu.driver.name, gpu.driver.version) if x) or "-"
        rows = [
            ("family", f"{gpu.family} ({ids})"),
            ("kind", None),
            ("ip", gpu.ip_version or "-"),
            ("aot", ", ".join(gpu.aot_targets) or "-"),
            ("driver", driver),
            ("support", None),
        ]
        self.kind_value = wrapped_label()
        self.support_value = wrapped_label()
        self.driver_status = wrapped_label()
        self.driver_fix = wrapped_label()
        row = 1
        for key, value in rows:
            caption = QLabel()
            widget: QWidget
            self._captions.append((caption, key))
            if key == "kind":
                widget = self.kind_value
            elif key == "support":
                widget = self.support_value
            elif key == "driver":
                widget = QWidget()
                line = QHBoxLayout(widget)
                line.setContentsMargins(0, 0, 0, 0)
                value_label = data_label(value or "")
                value_label.setWordWrap(False)  # a name and a version: short, keep on one line
                line.addWidget(value_label)
                line.addWidget(self.driver_status, 1)
            else:
                widget = data_label(value or "")
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            row += 1
            if key == "driver":
                grid.addWidget(self.driver_fix, row, 1)
                row += 1
        self.notes_caption = QLabel()
        self.notes = data_label("")
        has_notes = bool(gpu.notes or gpu.driver.notes)
        self.notes_caption.setVisible(has_notes)
        self.notes.setVisible(has_notes)
        grid.addWidget(self.notes_caption, row, 0, 1, 2)
        grid.addWidget(self.notes, row + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "family": self.tr("Family:"),
            "kind": self.tr("Kind:"),
            "ip": self.tr("GPU IP version:"),
            "aot": self.tr("AOT device names:"),
            "driver": self.tr("Driver:"),
            "support": self.tr("Support:"),
        }
        for label, key in self._captions:
            label.setText(captions[key])
        self.kind_value.setText(texts.segment(self.gpu.segment))
        # The reference table's remarks are for support staff: the probe JSON and bundle keep them.
        self.notes.setText(translated.lines([n for n in self.gpu.notes + self.gpu.driver.notes
                                             if getattr(n, "code", "") != "device_reference_note"]))
        self.support_value.setText(texts.support_level(self.gpu.support_level))
        status = self.gpu.driver.status
        self.driver_status.setText(f"({texts.driver_status(status)})")
        self.driver_status.setStyleSheet("color:#b00020;" if status in ("old", "unbound") else "")
        self.notes_caption.setText(self.tr("Notes from the hardware check (as written):"))
        fix = texts.driver_fix(self.gpu.driver.status) if self.gpu.is_intel else ""
        self.driver_fix.setText(fix)
        self.driver_fix.setVisible(bool(fix))
        self.radio.setAccessibleName(self.tr("Use this GPU: %1").replace("%1", self.gpu.name))
        if not self.gpu.is_intel:
            self.radio.setToolTip(self.tr("Only Intel GPUs can be used by this installer."))
