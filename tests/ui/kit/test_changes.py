"""The change hub: views read again only for writes that touch what they show, not their own."""

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QStackedWidget, QWidget

from narvard_desktop.services.activities import set_activity_status
from narvard_desktop.store.changes import Changes
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.kit.changes import hub_for, publish_writes, subscribe, write


class View(QWidget):
    """A stand-in section page that counts how often it read itself again."""

    def __init__(self, store, kinds):
        super().__init__()
        self.refreshes = 0
        subscribe(self, store, kinds, self.refresh)

    def refresh(self):
        self.refreshes += 1


@pytest.fixture
def views(qtbot, group_store):
    """Two pages in a stack, as in the main window: plan on screen, deviations hidden."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    plan = View(group_store, {"activities", "goals"})
    deviations = View(group_store, {"deviations"})
    stack.addWidget(plan)
    stack.addWidget(deviations)
    stack.show()
    qtbot.waitExposed(stack)
    group_store.take_changes()
    return stack, plan, deviations


def test_a_visible_view_reads_again_only_when_its_kinds_changed(views, group_store):
    _stack, plan, deviations = views
    hub = hub_for(group_store)
    hub.publish(Changes.of("meetings"), None)
    assert plan.refreshes == 0
    hub.publish(Changes.of("activities", ids=["x"]), None)
    assert plan.refreshes == 1
    assert deviations.refreshes == 0


def test_a_hidden_view_is_only_marked_and_reads_when_shown(views, group_store):
    stack, _plan, deviations = views
    hub = hub_for(group_store)
    hub.publish(Changes.of("deviations"), None)
    hub.publish(Changes.of("deviations"), None)
    assert deviations.refreshes == 0
    stack.setCurrentWidget(deviations)
    assert deviations.refreshes == 1
    # Shown again with nothing new: no second reading.
    stack.setCurrentIndex(0)
    stack.setCurrentWidget(deviations)
    assert deviations.refreshes == 1


def test_a_view_skips_its_own_writes_and_those_of_its_dialogs(views, group_store):
    _stack, plan, _deviations = views
    button = QPushButton(plan)
    dialog = QDialog(plan)
    hub = hub_for(group_store)
    for initiator in (plan, button, dialog):
        hub.publish(Changes.of("activities"), initiator)
    assert plan.refreshes == 0
    hub.publish(Changes.all(), QWidget())
    assert plan.refreshes == 1


def test_write_publishes_what_the_store_noted_and_returns_the_value(qtbot, views, demo_store):
    _stack, plan, deviations = views
    activity = demo_store.db.execute(
        "SELECT id FROM activities WHERE status != 'done' AND deleted = 0 LIMIT 1"
    ).fetchone()[0]
    demo_store.take_changes()
    with qtbot.waitSignal(hub_for(demo_store).published) as published:
        written = write(
            deviations,
            demo_store,
            lambda: set_activity_status(demo_store, activity, "done") or "ok",
        )
    assert written and written.value == "ok"
    assert written.changes == Changes.of("activities", ids=[activity])
    assert published.args == [written.changes, deviations]
    assert plan.refreshes == 1
    assert demo_store.take_changes() == Changes()


@pytest.mark.expects_message("status")
def test_a_refused_write_is_shown_and_reports_failure(views, group_store, shown_messages):
    _stack, plan, _deviations = views
    written = write(plan, group_store, lambda: set_activity_status(group_store, "x", "nonsense"))
    assert not written and written.error is not None
    assert len(shown_messages) == 1


def test_publish_writes_announces_writes_made_outside_the_kit_call(views, group_store):
    _stack, plan, _deviations = views
    insert_record(group_store.db, "action_plans", group_store.require_group_id(), {"title": "Plan"})
    other = QWidget()
    assert publish_writes(other, group_store).touches("action_plans")
    assert plan.refreshes == 0  # plans are not among the kinds it shows
    assert publish_writes(other, group_store) == Changes()
