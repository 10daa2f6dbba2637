"""One change hub per data folder: writes are published once, views read again only if needed.

A view subscribes with the kinds of record it shows. After a write the hub tells it
only when the write touched one of those kinds, never when the view (or a widget inside
it) made the write itself, and a view that is hidden is just marked out of date and reads
again when it is next shown. That is what keeps a quick status change from re-reading
every section.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from narvard_desktop.errors import ValidationError
from narvard_desktop.store import Store
from narvard_desktop.store.changes import NO_CHANGES, Changes
from narvard_desktop.store.undo import journal_for
from narvard_desktop.ui.kit.questions import show_error

T = TypeVar("T")


def is_inside(initiator: object, widget: QObject) -> bool:
    """True when `initiator` is `widget` or one of its children, dialogs included.

    QWidget.isAncestorOf stops at window borders, but a dialog a page opened is still
    the page's own writing.
    """
    current = initiator if isinstance(initiator, QObject) else None
    while current is not None:
        if current is widget:
            return True
        current = current.parent()
    return False


class Subscription(QObject):
    """One view's interest in some kinds of record, and its way to read them again."""

    def __init__(self, widget: QWidget, kinds: Iterable[str], refresh: Callable[[], None]) -> None:
        # Owned by the widget, so it goes when the widget goes.
        super().__init__(widget)
        self.widget = widget
        self.kinds = frozenset(kinds)
        self.refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.widget)

    def receive(self, changes: Changes, initiator: object) -> None:
        if not changes.touches(*self.kinds) or is_inside(initiator, self.widget):
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


class ChangeHub(QObject):
    """Where every write of one data folder is announced, with the widget that made it."""

    # (Changes, initiator) after the subscribed views have been told.
    published = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._subscriptions: list[Subscription] = []
        self._stores: weakref.WeakSet[Store] = weakref.WeakSet()

    def attach(self, store: Store) -> None:
        self._stores.add(store)

    def subscribe(
        self, widget: QWidget, kinds: Iterable[str], refresh: Callable[[], None]
    ) -> Subscription:
        subscription = Subscription(widget, kinds, refresh)
        self._subscriptions.append(subscription)
        return subscription

    def publish(self, changes: Changes, initiator: object = None) -> None:
        if not changes:
            return
        if changes.everything:
            # A reference sync or an import may have changed the lists every view labels with.
            for store in list(self._stores):
                store.reload_reference()
        self._subscriptions = [s for s in self._subscriptions if s.alive()]
        for subscription in list(self._subscriptions):
            if subscription.alive():
                subscription.receive(changes, initiator)
        self.published.emit(changes, initiator)


_hubs: dict[str, ChangeHub] = {}


def hub_for(data_dir: Store | Path) -> ChangeHub:
    """The hub of one data folder: the GUI's store and a worker's store share it."""
    store = data_dir if isinstance(data_dir, Store) else None
    path = store.data_dir if store is not None else Path(data_dir)
    key = str(path.resolve())
    hub = _hubs.get(key)
    if hub is None:
        hub = _hubs[key] = ChangeHub()
    if store is not None:
        hub.attach(store)
    return hub


def subscribe(
    widget: QWidget, store: Store, kinds: Iterable[str], refresh: Callable[[], None]
) -> Subscription:
    return hub_for(store).subscribe(widget, kinds, refresh)


def publish_writes(initiator: QObject, store: Store) -> Changes:
    """Announce what was written through `store` since the last announcement."""
    changes = store.take_changes()
    # What was written since the last announcement is one step of Redigera → Ångra.
    journal_for(store.db).end_step(store.db)
    hub_for(store).publish(changes, initiator)
    return changes


@dataclass(frozen=True)
class Written(Generic[T]):
    """The outcome of a short write: its value, what it changed, and any error shown."""

    value: T | None
    changes: Changes = NO_CHANGES
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.error is None


def write(
    initiator: QWidget,
    store: Store,
    work: Callable[[], T],
    *,
    on_invalid: Callable[[Any], None] | None = None,
) -> Written[T]:
    """Run a short write on the GUI thread, show a failure, and publish what changed.

    `on_invalid` receives a ValidationError instead of the message box, for forms that
    show it beside the field. Whatever was written before a failure is published too.
    A write that succeeds is one step of Redigera → Ångra.
    """

    error: BaseException | None = None
    value: T | None = None
    try:
        with journal_for(store.db).step(store.db):
            value = work()
    except ValidationError as invalid:
        error = invalid
        if on_invalid is not None:
            on_invalid(invalid)
        else:
            show_error(initiator, invalid)
    except Exception as failure:  # noqa: BLE001 - shown to the user, nothing half-saved
        error = failure
        show_error(initiator, failure)
    changes = publish_writes(initiator, store)
    return Written(value, changes, error)
