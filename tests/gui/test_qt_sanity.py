"""Guards against Qt binding bugs that would crash users' machines, not just tests."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWizard, QWizardPage


class _Emitter(QObject):
    fired = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_signal_emit_keeps_the_reference_count_of_true(qtbot):
    """PySide6 6.12.0 drops a reference to True on every Signal.emit(); after a few hundred
    emits (an install's log lines) Python 3.11 aborts with 'bool_dealloc'. pyproject excludes
    that version; this fails if an installed PySide6 has the bug."""
    emitter = _Emitter()
    emitter.fired.connect(lambda value: None)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.fired.emit(i)
    assert sys.getrefcount(True) >= before - 5  # a few may be held elsewhere meanwhile


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_python_overrides_returning_bool_keep_the_reference_count(qtbot):
    class Page(QWizardPage):
        def isComplete(self):  # noqa: N802
            return True

    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    before = sys.getrefcount(True)
    for _ in range(200):
        page.completeChanged.emit()  # QWizard calls isComplete() from C++
    assert sys.getrefcount(True) >= before - 5
