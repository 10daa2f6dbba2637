"""Checking a whole part of a file a column at a time.

`read_package` checks each record's shape and the meaning of each value. Done value by
value in Python that was about half of an import's time, so a part is first checked in
bulk: records grouped by their set of fields, each column's values taken out at once
and checked together (types as a set, UTF-8 by one encoding of all texts, ids by one
pattern, codes and dates once per distinct value, lengths by the longest). Only when the
bulk check cannot vouch for every record does the reader check record by record, which
names the first bad record and field exactly as it always did.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from narvard_desktop.exchange.format import (
    LOCAL_ONLY_COLUMNS,
    REQUIRED_BOOKKEEPING,
    UUID_PATTERN,
    Column,
    is_uuid,
)
from narvard_desktop.record_rules import column_keeps_rules

# Columns that hold ids of other records without a declared foreign key.
ID_COLUMNS = {"links": ("from_id", "to_id")}
_NONE = type(None)


def _columns_by_shape(records: list[dict[str, Any]]) -> dict[tuple[str, ...], list[list[Any]]]:
    """Each set of field names that occurs, with its records' values column by column."""
    shapes = set(map(tuple, records))
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    if len(shapes) == 1:  # the usual part: every record has the same fields
        groups[shapes.pop()] = records
    else:
        for record in records:
            groups.setdefault(tuple(record), []).append(record)
    shaped: dict[tuple[str, ...], list[list[Any]]] = {}
    for names, members in groups.items():
        if len(names) == 1:
            shaped[names] = [[record[names[0]] for record in members]]
        elif names:
            shaped[names] = [
                list(values) for values in zip(*map(itemgetter(*names), members), strict=True)
            ]
        else:
            shaped[names] = []
    return shaped


def _values_fit(column: Column, values: list[Any]) -> bool:
    """What `_value_fits` says of each value, for a column's values at once."""
    kinds = set(map(type, values))
    if _NONE in kinds:
        if column.not_null:
            return False
        kinds.discard(_NONE)
    if not kinds:
        return True
    if column.sql_type == "TEXT":
        if kinds != {str}:
            return False
        texts = [value for value in values if value is not None]
        try:
            "".join(texts).encode("utf-8")  # lone surrogates from "\ud800" escapes
        except UnicodeEncodeError:
            return False
        return True
    if column.sql_type == "INTEGER":
        return kinds == {int}
    if column.sql_type == "REAL":
        return kinds <= {int, float} and all(
            math.isfinite(value) for value in values if type(value) is float
        )
    return False


def _all_uuids(column: Column, values: list[Any], nullable: bool) -> bool:
    """Every value an id in its canonical spelling (None allowed where `nullable`); the
    values are known to be text of a TEXT column, so the pattern is applied directly."""
    if column.sql_type != "TEXT":
        return all(is_uuid(value) for value in values if not (nullable and value is None))
    ids = {value for value in values if value is not None} if nullable else set(values)
    if not nullable and None in ids:
        return False
    return all(map(UUID_PATTERN.fullmatch, ids))


def part_passes(
    table: str,
    columns: dict[str, Column],
    records: Sequence[object],
    levels: tuple[str, ...],
) -> bool:
    """True when every record of the part passes every check `read_package` makes of a
    record; False when at least one may not (the caller then checks record by record).

    Local bookkeeping fields are removed from the records, as the record check does."""
    if not all(type(record) is dict for record in records):
        return False
    rows: list[dict[str, Any]] = records  # type: ignore[assignment]
    for local in LOCAL_ONLY_COLUMNS:
        for record in rows:
            record.pop(local, None)
    known = set(columns)
    required = {
        name
        for name, column in columns.items()
        if name not in LOCAL_ONLY_COLUMNS
        and (name in REQUIRED_BOOKKEEPING or (column.not_null and not column.has_default))
    }
    unlinked_ids = ID_COLUMNS.get(table, ())
    required.update(unlinked_ids)
    values: dict[str, list[Any]] = {}
    for names, shape_columns in _columns_by_shape(rows).items():
        if not known.issuperset(names) or not required.issubset(names):
            return False
        for name, column_values in zip(names, shape_columns, strict=True):
            values.setdefault(name, []).extend(column_values)
    for name, column_values in values.items():
        column = columns[name]
        if not _values_fit(column, column_values):
            return False
        ids_here = name in unlinked_ids or column.is_reference or name in ("id", "group_id")
        if ids_here and not _all_uuids(column, column_values, nullable=name not in unlinked_ids):
            return False
        if not column_keeps_rules(table, name, column_values):
            return False
    if rows:
        revisions, deleted = values["revision"], values["deleted"]
        if {type(value) for value in revisions + deleted} != {int}:
            return False
        if min(revisions) < 1 or not set(deleted) <= {0, 1}:
            return False
    return table != "groups" or all(
        record["id"] == record["group_id"] and record.get("level") in levels for record in rows
    )
