"""The database schema as forward-only migrations.

Every table whose rows can leave the machine ("synced" tables) has the same
bookkeeping columns: a UUIDv7 id minted once, the owning group, UTC
timestamps, a revision counter, a soft-delete marker, and the ledger entry of
the import that brought it here (NULL for the group's own records).
Foreign keys are deferred so an import can insert rows in any order inside
its one transaction.

Never edit a migration that has shipped; add a new one at the end.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from narvard_desktop.store.search_schema import create_search_index_v1

MIGRATION_SET = "narvard"
migrations = Migrations(MIGRATION_SET)

# Parents before children: the order in which exports write and imports apply.
SYNCED_TABLES: tuple[str, ...] = (
    "groups",
    "organisations",
    "people",
    "meetings",
    "agenda_items",
    "action_plans",
    "goals",
    "indicators",
    "indicator_values",
    "activities",
    "progress_notes",
    "deviations",
    "deviation_events",
    "attendances",
    "decisions",
    "action_items",
    "links",
    "meeting_reopenings",
)

_COMMON = """
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups(id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    origin_import_id TEXT
"""


def _ref(table: str) -> str:
    return f"REFERENCES {table}(id) DEFERRABLE INITIALLY DEFERRED"


def _synced(name: str, columns: str) -> str:
    return f"CREATE TABLE {name} ({_COMMON}, {columns}) STRICT"


_TABLES_V1 = [
    _synced(
        "groups",
        """
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('lokal', 'delregional', 'lansgemensam')),
        kommun_code TEXT,
        delregion TEXT,
        risk_threshold INTEGER NOT NULL DEFAULT 8 CHECK (risk_threshold BETWEEN 1 AND 16),
        answer_days INTEGER NOT NULL DEFAULT 60 CHECK (answer_days BETWEEN 1 AND 365),
        paragraph_numbering TEXT NOT NULL DEFAULT 'per_meeting'
            CHECK (paragraph_numbering IN ('per_meeting', 'per_year'))
        """,
    ),
    _synced(
        "organisations",
        """
        name TEXT NOT NULL,
        org_type TEXT,
        kommun_code TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        """,
    ),
    _synced(
        "people",
        f"""
        name TEXT NOT NULL,
        organisation_id TEXT {_ref("organisations")},
        function TEXT,
        email TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        """,
    ),
    _synced(
        "meetings",
        f"""
        title TEXT,
        meeting_date TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        place TEXT,
        kind TEXT NOT NULL DEFAULT 'protocol' CHECK (kind IN ('protocol', 'notes')),
        chair_person_id TEXT {_ref("people")},
        secretary_person_id TEXT {_ref("people")},
        adjuster1_person_id TEXT {_ref("people")},
        adjuster2_person_id TEXT {_ref("people")},
        approval_date TEXT,
        locked_at TEXT,
        locked_checksum TEXT,
        locked_content TEXT
        """,
    ),
    _synced(
        "agenda_items",
        f"""
        meeting_id TEXT NOT NULL {_ref("meetings")},
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'information' CHECK (kind IN
            ('formal', 'information', 'decision', 'discussion', 'follow_up', 'other')),
        role TEXT,
        notes TEXT
        """,
    ),
    _synced(
        "action_plans",
        f"""
        title TEXT NOT NULL,
        description TEXT,
        target_group TEXT,
        period_start TEXT,
        period_end TEXT,
        adopted_agenda_item_id TEXT {_ref("agenda_items")},
        template_id TEXT,
        template_revision INTEGER
        """,
    ),
    _synced(
        "goals",
        f"""
        action_plan_id TEXT NOT NULL {_ref("action_plans")},
        title TEXT NOT NULL,
        description TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        template_id TEXT
        """,
    ),
    _synced(
        "indicators",
        f"""
        action_plan_id TEXT NOT NULL {_ref("action_plans")},
        goal_id TEXT {_ref("goals")},
        name TEXT NOT NULL,
        definition TEXT,
        unit TEXT,
        source TEXT,
        direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
        baseline_value REAL,
        baseline_date TEXT,
        target_value REAL,
        target_date TEXT,
        template_id TEXT
        """,
    ),
    _synced(
        "indicator_values",
        f"""
        indicator_id TEXT NOT NULL {_ref("indicators")},
        period TEXT NOT NULL,
        period_end TEXT NOT NULL,
        value REAL NOT NULL,
        comment TEXT
        """,
    ),
    _synced(
        "activities",
        f"""
        action_plan_id TEXT NOT NULL {_ref("action_plans")},
        goal_id TEXT {_ref("goals")},
        title TEXT NOT NULL,
        description TEXT,
        way_code TEXT,
        responsible_organisation_id TEXT {_ref("organisations")},
        responsible_person_id TEXT {_ref("people")},
        participating_organisation_ids TEXT NOT NULL DEFAULT '[]',
        start_date TEXT,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN
            ('not_started', 'ongoing', 'paused', 'done', 'cancelled')),
        next_checkin_date TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        template_id TEXT
        """,
    ),
    _synced(
        "progress_notes",
        f"""
        activity_id TEXT NOT NULL {_ref("activities")},
        note_date TEXT NOT NULL,
        author TEXT,
        text TEXT NOT NULL
        """,
    ),
    _synced(
        "deviations",
        f"""
        external_ref TEXT,
        event_date TEXT NOT NULL,
        reported_date TEXT NOT NULL,
        deviation_type TEXT NOT NULL DEFAULT 'occurred'
            CHECK (deviation_type IN ('occurred', 'risk')),
        category_code TEXT,
        reporting_organisation_id TEXT {_ref("organisations")},
        receiving_organisation_id TEXT {_ref("organisations")},
        description TEXT,
        immediate_actions TEXT,
        suggested_improvement TEXT,
        consequence INTEGER CHECK (consequence BETWEEN 1 AND 4),
        likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 4),
        care_injury TEXT NOT NULL DEFAULT 'none'
            CHECK (care_injury IN ('none', 'injury', 'serious')),
        answer_due_date TEXT,
        answer_cause TEXT,
        answer_measures TEXT,
        answer_follow_up TEXT,
        answered_date TEXT,
        system_error INTEGER NOT NULL DEFAULT 0 CHECK (system_error IN (0, 1)),
        escalated_to TEXT CHECK (escalated_to IN ('delregional', 'lansgemensam')),
        state TEXT NOT NULL DEFAULT 'registered' CHECK (state IN
            ('registered', 'sent', 'investigating', 'answered', 'feedback_given', 'closed',
             'misregistered'))
        """,
    ),
    _synced(
        "deviation_events",
        f"""
        deviation_id TEXT NOT NULL {_ref("deviations")},
        from_state TEXT,
        to_state TEXT NOT NULL,
        changed_on TEXT NOT NULL,
        comment TEXT
        """,
    ),
    _synced(
        "attendances",
        f"""
        meeting_id TEXT NOT NULL {_ref("meetings")},
        person_id TEXT {_ref("people")},
        name TEXT NOT NULL,
        organisation_name TEXT,
        function TEXT,
        presence TEXT NOT NULL DEFAULT 'present'
            CHECK (presence IN ('present', 'absent', 'co_opted')),
        position INTEGER NOT NULL DEFAULT 0
        """,
    ),
    _synced(
        "decisions",
        f"""
        agenda_item_id TEXT NOT NULL {_ref("agenda_items")},
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL
        """,
    ),
    _synced(
        "action_items",
        f"""
        agenda_item_id TEXT NOT NULL {_ref("agenda_items")},
        who TEXT,
        what TEXT NOT NULL,
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        activity_id TEXT {_ref("activities")}
        """,
    ),
    _synced(
        "links",
        """
        from_kind TEXT NOT NULL CHECK (from_kind IN
            ('agenda_item', 'activity', 'indicator', 'deviation', 'action_item')),
        from_id TEXT NOT NULL,
        to_kind TEXT NOT NULL CHECK (to_kind IN
            ('agenda_item', 'activity', 'indicator', 'deviation', 'action_item')),
        to_id TEXT NOT NULL
        """,
    ),
    _synced(
        "meeting_reopenings",
        f"""
        meeting_id TEXT NOT NULL {_ref("meetings")},
        reopened_at TEXT NOT NULL,
        reopened_by TEXT,
        reason TEXT NOT NULL,
        previous_checksum TEXT
        """,
    ),
    # Local bookkeeping: never exported.
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT) STRICT",
    """
    CREATE TABLE reference_rows (
        list_name TEXT NOT NULL,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        version TEXT NOT NULL,
        edited_locally INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (list_name, key)
    ) STRICT
    """,
    """
    CREATE TABLE exchange_ledger (
        id TEXT PRIMARY KEY NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
        occurred_at TEXT NOT NULL,
        file_name TEXT,
        file_checksum TEXT NOT NULL,
        export_id TEXT,
        sender_group_id TEXT,
        sender_name TEXT,
        sender_level TEXT,
        sequence INTEGER,
        counts TEXT NOT NULL DEFAULT '{}',
        outcome TEXT NOT NULL,
        message TEXT
    ) STRICT
    """,
]

_INDEXES_V1 = [
    # "Active rows of one owner" is the first filter of every list.
    *(f"CREATE INDEX idx_{table}_owner ON {table}(group_id, deleted)" for table in SYNCED_TABLES),
    "CREATE INDEX idx_people_organisation ON people(organisation_id)",
    "CREATE INDEX idx_meetings_date ON meetings(meeting_date)",
    "CREATE INDEX idx_agenda_items_meeting ON agenda_items(meeting_id, position)",
    "CREATE INDEX idx_goals_plan ON goals(action_plan_id, position)",
    "CREATE INDEX idx_indicators_plan ON indicators(action_plan_id)",
    "CREATE INDEX idx_indicators_goal ON indicators(goal_id)",
    "CREATE INDEX idx_indicator_values_indicator ON indicator_values(indicator_id, period_end)",
    "CREATE INDEX idx_activities_plan_status ON activities(action_plan_id, status)",
    "CREATE INDEX idx_activities_goal ON activities(goal_id)",
    "CREATE INDEX idx_activities_due ON activities(due_date)",
    "CREATE INDEX idx_activities_way ON activities(way_code, status)",
    "CREATE INDEX idx_activities_responsible ON activities(responsible_organisation_id)",
    "CREATE INDEX idx_progress_notes_activity ON progress_notes(activity_id, note_date)",
    "CREATE INDEX idx_deviations_state ON deviations(state, answer_due_date)",
    "CREATE INDEX idx_deviations_category ON deviations(category_code, event_date)",
    "CREATE INDEX idx_deviations_reported ON deviations(reported_date)",
    "CREATE INDEX idx_deviations_reporting ON deviations(reporting_organisation_id)",
    "CREATE INDEX idx_deviations_receiving ON deviations(receiving_organisation_id)",
    "CREATE INDEX idx_deviation_events_deviation ON deviation_events(deviation_id, changed_on)",
    "CREATE INDEX idx_attendances_meeting ON attendances(meeting_id, position)",
    "CREATE INDEX idx_decisions_item ON decisions(agenda_item_id, position)",
    "CREATE INDEX idx_action_items_item ON action_items(agenda_item_id)",
    "CREATE INDEX idx_action_items_open ON action_items(done, due_date)",
    "CREATE INDEX idx_links_from ON links(from_kind, from_id)",
    "CREATE INDEX idx_links_to ON links(to_kind, to_id)",
    "CREATE INDEX idx_meeting_reopenings_meeting ON meeting_reopenings(meeting_id)",
    "CREATE INDEX idx_ledger_sender ON exchange_ledger(sender_group_id, sequence)",
    "CREATE INDEX idx_ledger_checksum ON exchange_ledger(file_checksum)",
]


@migrations(name="0001_initial_schema")
def _initial_schema(db: Database) -> None:
    for statement in (*_TABLES_V1, *_INDEXES_V1):
        db.execute(statement)


@migrations(name="0002_risk_and_template_indexes")
def _risk_and_template_indexes(db: Database) -> None:
    # "Only high risk" filters on the product; an index on the same expression serves it.
    db.execute("CREATE INDEX idx_deviations_risk ON deviations((consequence * likelihood))")
    # Adopting a newer county template looks its records up by template id.
    for table in ("action_plans", "goals", "indicators", "activities"):
        db.execute(f"CREATE INDEX idx_{table}_template ON {table}(group_id, template_id)")


@migrations(name="0003_signing_keys")
def _signing_keys(db: Database) -> None:
    # Own keys (present and retired) and the keys pinned for other groups, one table:
    # a sender's level and area are read from here, never from its files.
    db.execute(
        """
        CREATE TABLE signing_keys (
            fingerprint TEXT PRIMARY KEY NOT NULL,
            public_key TEXT NOT NULL,
            group_id TEXT NOT NULL,
            origin TEXT NOT NULL
                CHECK (origin IN ('own', 'confirmed', 'directory', 'rotation', 'vouched')),
            name TEXT,
            level TEXT CHECK (level IN ('lokal', 'delregional', 'lansgemensam')),
            kommun_code TEXT,
            delregion TEXT,
            added_at TEXT NOT NULL,
            retired_at TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX idx_signing_keys_group ON signing_keys(group_id, retired_at)")
    db.execute(
        """
        CREATE TABLE key_log (
            id TEXT PRIMARY KEY NOT NULL,
            occurred_at TEXT NOT NULL,
            event TEXT NOT NULL,
            group_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    # Which pinned key signed the file an imported record came from.
    db.execute("ALTER TABLE exchange_ledger ADD COLUMN sender_key TEXT")
    # The group's signature over a justerat protocol's frozen content.
    db.execute("ALTER TABLE meetings ADD COLUMN locked_signature TEXT")


@migrations(name="0005_group_register")
def _group_register(db: Database) -> None:
    # Members: their role in the group and when they served; a member who left stays in
    # old protocols (active = 0), so nothing here is ever removed.
    for statement in (
        "ALTER TABLE people ADD COLUMN role TEXT CHECK (role IS NULL OR role IN"
        " ('member', 'deputy', 'co_opted', 'secretary', 'chair', 'vice_chair'))",
        "ALTER TABLE people ADD COLUMN active_from TEXT"
        " CHECK (active_from IS NULL OR date(active_from) IS active_from)",
        "ALTER TABLE people ADD COLUMN active_to TEXT"
        " CHECK (active_to IS NULL OR date(active_to) IS active_to)",
        # An organisation's huvudman when it is not the one its type implies.
        "ALTER TABLE organisations ADD COLUMN principal TEXT"
        " CHECK (principal IS NULL OR length(principal) <= 200)",
        # The group's rules for protocols and notices.
        "ALTER TABLE groups ADD COLUMN adjusters_required INTEGER NOT NULL DEFAULT 1"
        " CHECK (adjusters_required IN (1, 2))",
        "ALTER TABLE groups ADD COLUMN town TEXT CHECK (town IS NULL OR length(town) <= 100)",
        "ALTER TABLE groups ADD COLUMN storage_place TEXT"
        " CHECK (storage_place IS NULL OR length(storage_place) <= 200)",
        "ALTER TABLE groups ADD COLUMN print_posting INTEGER NOT NULL DEFAULT 0"
        " CHECK (print_posting IN (0, 1))",
        "ALTER TABLE groups ADD COLUMN print_presented_by INTEGER NOT NULL DEFAULT 0"
        " CHECK (print_presented_by IN (0, 1))",
        "ALTER TABLE groups ADD COLUMN apology_days INTEGER NOT NULL DEFAULT 3"
        " CHECK (apology_days BETWEEN 0 AND 60)",
        "CREATE INDEX idx_people_role ON people(group_id, active, role)",
    ):
        db.execute(statement)


@migrations(name="0006_list_covering_indexes")
def _list_covering_indexes(db: Database) -> None:
    # The avvikelse list at county size (60 000 rows): each filter's count reads only its
    # index (deleted is in it), and a page sorted by reported date (id breaks ties) is
    # read in index order, for one category as for none. Every count of Uppföljning and
    # the protocol's counts by category read a date range of the first one only, never
    # the rows with their long texts (a tenth of the time at county size). They replace
    # narrower ones.
    for statement in (
        "CREATE INDEX idx_deviations_live_reported ON deviations(deleted, reported_date, id,"
        " category_code, state, reporting_organisation_id, receiving_organisation_id,"
        " answer_due_date, answered_date, system_error, group_id)",
        "CREATE INDEX idx_deviations_category_reported"
        " ON deviations(category_code, deleted, reported_date, id)",
        # Overdue: awaiting an answer past the due date (the list's filter, the start page).
        "CREATE INDEX idx_deviations_state_live ON deviations(state, deleted, answer_due_date)",
        "CREATE INDEX idx_deviations_risk_live ON deviations(deleted, (consequence * likelihood))",
        "DROP INDEX idx_deviations_reported",
        "DROP INDEX idx_deviations_category",
        "DROP INDEX idx_deviations_risk",
    ):
        db.execute(statement)


@migrations(name="0007_full_text_search")
def _full_text_search(db: Database) -> None:
    # FTS5 over the searched free texts, kept current by triggers, filled from what is here.
    create_search_index_v1(db)


@migrations(name="0008_indicator_statistics_code")
def _indicator_statistics_code(db: Database) -> None:
    # The KPI id of an official statistic (Kolada/SCB) that an indicator follows, so its
    # values can be read from a downloaded file instead of typed.
    db.execute("ALTER TABLE indicators ADD COLUMN statistics_code TEXT")


@migrations(name="0009_target_groups_and_goal_horizons")
def _target_groups_and_goal_horizons(db: Database) -> None:
    # A plan's målgrupp from the county's reference list (free text stays beside it), and
    # each goal's horizon and target year, so the follow-up report can group by them.
    db.execute("ALTER TABLE action_plans ADD COLUMN target_group_code TEXT")
    db.execute("ALTER TABLE goals ADD COLUMN horizon TEXT CHECK (horizon IN ('short', 'long'))")
    db.execute(
        "ALTER TABLE goals ADD COLUMN target_year INTEGER CHECK (target_year BETWEEN 2020 AND 2030)"
    )


@migrations(name="0010_organisation_catalogue")
def _organisation_catalogue(db: Database) -> None:
    # The organisation register a county or delregion keeps and publishes downward with
    # its templates: one entry per real organisation, with a stable id that is never
    # reused (entries are deactivated, never deleted). `publisher_group_id` is the group
    # whose entry it is here: the own group for entries kept here, else the pinned sender
    # whose template brought it (never what a file says of itself).
    db.execute(
        """
        CREATE TABLE organisation_catalogue (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 3 AND 40),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            org_type TEXT CHECK (org_type IS NULL OR length(org_type) <= 50),
            principal TEXT CHECK (principal IS NULL OR length(principal) <= 200),
            kommun_code TEXT CHECK (kommun_code IS NULL OR length(kommun_code) = 4),
            hsa_id TEXT CHECK (hsa_id IS NULL OR length(hsa_id) <= 45),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            publisher_group_id TEXT NOT NULL,
            publisher_level TEXT NOT NULL
                CHECK (publisher_level IN ('lokal', 'delregional', 'lansgemensam')),
            updated_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        "CREATE INDEX idx_organisation_catalogue_kommun"
        " ON organisation_catalogue(kommun_code, active)"
    )
    # Which catalogue entry a group's organisation is: no foreign key, since an
    # organisation imported from below may name an entry this level has not received.
    db.execute("ALTER TABLE organisations ADD COLUMN catalogue_id TEXT")
    db.execute("CREATE INDEX idx_organisations_catalogue ON organisations(catalogue_id)")


def known_migration_names() -> list[str]:
    return [migration.name for migration in migrations._migrations]


SCHEMA_VERSION = len(known_migration_names())
