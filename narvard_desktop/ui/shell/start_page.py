"""The start page: how the group is doing at a glance, and where to begin when it is new."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from narvard_desktop.domain import LEVELS, label_for
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import date_or_none
from narvard_desktop.services.summary import start_page_figures
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.sections import (
    FILTER_DELAYED,
    FILTER_OPEN,
    FILTER_OVERDUE,
    Section,
    SectionContext,
    section_key_of,
)
from narvard_desktop.ui.shell.reminders_panel import REMINDER_KINDS, RemindersPanel


class FigureCard(QFrame):
    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # A card is a link: Tab reaches it, Enter or Space opens it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(caption)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("figure")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, warning: bool = False) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{text} {self.caption.text()}")
        self.value.setProperty("warning", warning)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class StartPage(QScrollArea):
    # (kind of record, filter name): a card asks for its section, filtered.
    open_filtered = Signal(str, str)
    # (kind of record, id): the "next meeting" card opens that meeting.
    open_record = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel()
        self.subheading.setObjectName("lead")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        grid = QGridLayout()
        grid.setSpacing(16)
        # Each card is about one kind of record and opens its section filtered to exactly
        # the records it counts: (card, kind of record, filter).
        self.cards = {
            "activities_open": (
                FigureCard(self.tr("activities in progress")),
                "activities",
                FILTER_OPEN,
            ),
            "activities_delayed": (
                FigureCard(self.tr("activities delayed")),
                "activities",
                FILTER_DELAYED,
            ),
            "deviations_open": (
                FigureCard(self.tr("open deviations")),
                "deviations",
                FILTER_OPEN,
            ),
            "deviations_overdue": (
                FigureCard(self.tr("answers overdue (past deadline)")),
                "deviations",
                FILTER_OVERDUE,
            ),
            "action_items_open": (
                FigureCard(self.tr("open action items from meetings")),
                "action_items",
                FILTER_OPEN,
            ),
            "next_meeting": (FigureCard(self.tr("next meeting")), "meetings", ""),
        }
        self.next_meeting_id: str | None = None
        for position, (key, (card, kind, filter_name)) in enumerate(self.cards.items()):
            card.setAccessibleName(card.caption.text())
            card.setToolTip(
                self.tr("Opens the meeting.")
                if key == "next_meeting"
                else self.tr("Shows exactly these in their section.")
            )
            card.clicked.connect(
                lambda key=key, kind=kind, filter_name=filter_name: self._card_clicked(
                    key, kind, filter_name
                )
            )
            grid.addWidget(card, position // 3, position % 3)
        layout.addLayout(grid)
        self.reminders = RemindersPanel(store)
        layout.addWidget(self.reminders)

        self.getting_started = QFrame()
        self.getting_started.setObjectName("card")
        started_layout = QVBoxLayout(self.getting_started)
        title = QLabel(self.tr("Getting started"))
        title.setObjectName("cardTitle")
        started_layout.addWidget(title)
        steps = QLabel(
            self.tr(
                "1. Enter the group's action plan under Action plan.\n"
                "2. Log deviations in collaboration under Deviations as they come in.\n"
                "3. Prepare the next meeting under Meetings: the agenda is prefilled.\n"
                "4. Once a quarter, send a file to the level above under Exchange."
            )
        )
        steps.setWordWrap(True)
        started_layout.addWidget(steps)
        self.demo_button = QPushButton(self.tr("Try with demo data…"))
        self.demo_button.setToolTip(
            self.tr("Fills the group with fictional example data to explore the program.")
        )
        started_layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.getting_started)
        layout.addStretch()
        self.setWidget(body)
        self.refresh()

    def refresh(self) -> None:
        group = self.store.own_group() or {}
        self.heading.setText(group.get("name", ""))
        place = group.get("delregion") or ""
        kommun = self.store.reference.kommun(group.get("kommun_code") or "")
        if kommun:
            place = f"{kommun.name} ({kommun.code}), {kommun.delregion}"
        level = label_for(LEVELS, group.get("level"))
        self.subheading.setText(" · ".join(part for part in (level, place) if part))

        figures = start_page_figures(self.store)
        for key, (card, _kind, _filter) in self.cards.items():
            if key == "next_meeting":
                meeting = figures["next_meeting"]
                self.next_meeting_id = meeting["id"] if meeting else None
                day = date_or_none(meeting["meeting_date"]) if meeting else None
                card.set_value(day.isoformat() if day else "–")
                continue
            value = int(figures[key])
            card.set_value(str(value), warning=key.endswith(("delayed", "overdue")) and value > 0)
        is_empty = not any(
            figures[key] for key in ("activities_open", "deviations_open", "meetings")
        )
        self.getting_started.setVisible(is_empty)
        self.reminders.refresh()

    def _card_clicked(self, key: str, kind: str, filter_name: str) -> None:
        if key == "next_meeting" and self.next_meeting_id:
            self.open_record.emit("meetings", self.next_meeting_id)
        else:
            self.open_filtered.emit(kind, filter_name)


def _page(context: SectionContext) -> QWidget:
    page = StartPage(context.store)
    page.reminders.open_record.connect(context.show_record)
    page.reminders.open_section.connect(context.show_section)
    show_filtered = context.show_filtered
    if show_filtered is not None:
        page.open_filtered.connect(show_filtered)
    else:
        page.open_filtered.connect(lambda kind, _filter: context.show_section(section_key_of(kind)))
    page.open_record.connect(context.show_record)
    return page


SECTION = Section(
    key="start",
    title=QT_TRANSLATE_NOOP("MainWindow", "Start"),
    icon=QStyle.StandardPixmap.SP_DirHomeIcon,
    page=_page,
    shows=frozenset({"groups", "activities", "deviations", "action_items", "meetings"})
    | REMINDER_KINDS,
)
