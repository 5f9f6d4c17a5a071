"""What every wizard page shares: its PageId, the wizard's FlowState, Next gated by
app.flow.page_complete, and re-translation when the language changes.

Pages never reach into each other: each writes what it decides into the shared FlowState
and reads what the others wrote there. A page that wants to move the wizard (a fix action
that leads back to another page) emits go_back_to and the wizard does it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWizardPage

from app.flow import FlowState, PageId, page_complete

# the pages import the labels from here
from app.gui.widgets.labels import data_label as data_label
from app.gui.widgets.labels import wrapped_label as wrapped_label


class FlowPage(QWizardPage):
    """Base for every page. Subclasses set PAGE_ID and implement retranslate().
    Next is gated by app.flow.page_complete; call refresh_complete() when state changes."""

    PAGE_ID: PageId
    go_back_to = Signal(int)  # a PageId the wizard should go back to (with app.flow.rewind)

    def __init__(self, state: FlowState, parent=None):
        super().__init__(parent)
        self.state = state

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return page_complete(self.PAGE_ID, self.state)

    def refresh_complete(self) -> None:
        self.completeChanged.emit()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.state.busy.add(self.PAGE_ID)
        else:
            self.state.busy.discard(self.PAGE_ID)
        self.refresh_complete()

    def on_shown(self) -> None:
        """The page became current (forward or Back): show what the state holds now.
        QWizard calls initializePage only on the way forward."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Cancel this page's work and wait for it (window closing). Pages with workers override."""
