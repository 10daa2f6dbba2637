"""Running work off the GUI thread with progress, cancel and a clear report.

Each operation opens its own `Store` on the data folder inside the worker
thread: SQLite connections must not cross threads. What the work wrote is
published on the folder's change hub when it succeeds.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from narvard_desktop.paths import database_path
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.changes import hub_for
from narvard_desktop.ui.kit.questions import show_error

ProgressCallback = Callable[[int, int], None]
Work = Callable[[Store, ProgressCallback], Any]


class OperationCancelled(Exception):
    """Raised inside the worker when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, data_dir: Path, work: Work, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self._data_dir, self._work, self._signals, self._cancel = data_dir, work, signals, cancel

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise OperationCancelled()
        self._signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            with Store(self._data_dir) as store:
                result = self._work(store, self._report)
                changes = store.take_changes()
        except Exception as error:  # noqa: BLE001 - every failure is reported to the GUI thread
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit((result, changes))


class Operation(QObject):
    """One piece of background work with its progress dialog."""

    succeeded = Signal(object)
    ended = Signal()

    def __init__(self, parent: QWidget, data_dir: Path, work: Work, label: str):
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowTitle(self.tr("Working"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)
        self._dialog.canceled.connect(self._cancel.set)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._data_dir = data_dir
        self._worker = _Worker(data_dir, work, self._signals, self._cancel)

    def start(self) -> Operation:
        # Collect garbage here, in the GUI thread: a collection triggered inside the worker
        # would destroy unreachable Qt widgets from the wrong thread and crash.
        gc.collect()
        QThreadPool.globalInstance().start(self._worker)
        return self

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def _close(self) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self.ended.emit()
        self.deleteLater()

    def _on_finished(self, outcome: tuple[object, Any]) -> None:
        result, changes = outcome
        self._close()
        # The views read again before the caller's own follow-up sees the result.
        hub_for(self._data_dir).publish(changes, self._parent)
        self.succeeded.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._close()
        if isinstance(error, OperationCancelled):
            return
        show_error(self._parent, error, database_path(self._data_dir))


def run_operation(
    parent: QWidget,
    data_dir: Path,
    work: Work,
    label: str,
    on_success: Callable[[Any], None] | None = None,
) -> Operation:
    operation = Operation(parent, data_dir, work, label)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    return operation.start()


class BackgroundWork(QObject):
    """Reading work off the GUI thread without a dialog: the page stays usable and shows
    its own busy sign. Only the result is handed back; nothing is published."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, data_dir: Path, work: Work) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._worker = _Worker(data_dir, work, self._signals, threading.Event())

    def start(self) -> BackgroundWork:
        gc.collect()  # in the GUI thread, as for Operation
        QThreadPool.globalInstance().start(self._worker)
        return self

    def _on_finished(self, outcome: tuple[object, Any]) -> None:
        self.succeeded.emit(outcome[0])
        self.deleteLater()

    def _on_failed(self, error: Exception) -> None:
        self.failed.emit(error)
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    data_dir: Path,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None] | None = None,
) -> BackgroundWork:
    """Run `work(store, progress)` in a worker with its own Store; `on_success(result)`
    runs in the GUI thread. A failure is shown as one plain sentence, as for operations,
    after `on_failure(error)` (a page takes its busy sign away there)."""
    background = BackgroundWork(parent, data_dir, work)
    background.succeeded.connect(on_success)
    if on_failure is not None:
        background.failed.connect(on_failure)
    background.failed.connect(lambda error: show_error(parent, error, database_path(data_dir)))
    return background.start()
