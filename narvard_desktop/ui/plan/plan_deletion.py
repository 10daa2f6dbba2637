"""Deleting a whole plan: asked with its name and counts, undone with "Ångra".

The deletion is one step of the undo journal, so the "Ångra" the status bar offers and
Redigera → Ångra (Ctrl+Z) are the same undo: whichever is used first, the other no
longer offers it.

The texts keep the page's context (PlanPage), where the catalogue has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from narvard_desktop.services import action_plans
from narvard_desktop.store.undo import journal_for
from narvard_desktop.ui.kit.changes import write
from narvard_desktop.ui.kit.questions import confirm
from narvard_desktop.ui.kit.status_notice import StatusNotice, show_notice

if TYPE_CHECKING:
    from narvard_desktop.ui.plan.page import PlanPage


class PlanDeletion(QObject):
    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page
        self.notice: StatusNotice | None = None
        # The journal step of the last deletion, while its "Ångra" is offered.
        self.step_number = 0
        self.plan_id: str | None = None

    def delete(self) -> None:
        page = self.page
        if not page.plan_id or page.is_read_only() or page.plan is None:
            return
        store = page.store
        counts = action_plans.plan_contents(store, page.plan_id)
        contents = ", ".join(
            (
                QCoreApplication.translate("PlanPage", "%n goal(s)", "", counts["goals"]),
                QCoreApplication.translate(
                    "PlanPage", "%n activity(ies)", "", counts["activities"]
                ),
                QCoreApplication.translate("PlanPage", "%n indicator(s)", "", counts["indicators"]),
            )
        )
        title = page.plan["title"][:80]
        if not confirm(
            page,
            QCoreApplication.translate("PlanPage", "Delete plan"),
            QCoreApplication.translate(
                "PlanPage",
                "Delete the plan “{title}” with {contents}? You can undo this with “Undo” "
                "in the status bar until the program is closed; after that the deletion is "
                "also sent with the next export file.",
            ).format(title=title, contents=contents),
        ):
            return
        plan_id = page.plan_id
        written = write(page, store, lambda: action_plans.delete_plan(store, plan_id))
        if not written:
            return
        self.step_number = written.value or 0
        self.plan_id = plan_id
        page.plan_id = None
        page._fill_plans()
        self.notice = show_notice(
            page,
            QCoreApplication.translate("PlanPage", "Deleted the plan “{title}”.").format(
                title=title
            ),
            ((QCoreApplication.translate("PlanPage", "&Undo"), self.undo),),
            timeout_ms=0,
        )

    def undo(self) -> bool:
        """Bring the plan back exactly as it was before "Delete plan…"."""
        number, plan_id = self.step_number, self.plan_id
        store = self.page.store
        if not number or not journal_for(store.db).holds(number):
            self._done()  # undone with Ctrl+Z already
            return False
        if not write(self.page, store, lambda: action_plans.undo_plan_deletion(store, number)):
            return False
        self._done()
        self.page._fill_plans(select=plan_id)
        return True

    def forget_if_undone(self) -> str | None:
        """After Ctrl+Z undid the deletion the status bar's "Ångra" has nothing left to do:
        take it away. Returns the plan brought back, if so (the page shows it)."""
        if not self.step_number or journal_for(self.page.store.db).holds(self.step_number):
            return None
        plan_id = self.plan_id
        self._done()
        return plan_id

    def _done(self) -> None:
        self.step_number = 0
        self.plan_id = None
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.dismiss()
        self.notice = None
