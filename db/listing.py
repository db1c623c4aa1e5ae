"""Listing a ledger page by page: the queries behind the app's record tables.

A list keeps only the ordered ids of the records it shows; the rows themselves are read
in blocks when they come into view. Filtering (the search box) and sorting happen here,
in SQL, on live records only (``deleted_at IS NULL``):

* :func:`count` — how many live records match a search (and a :class:`ListFilter`);
* :func:`page_ids` — their ids, in the order asked for (one indexed query);
* :func:`distinct_values` — the values found in a column (a filter's choice of years);
* :func:`rows_by_ids` — chosen columns of some of them (``WHERE id IN (...)``);
* :func:`titles_by_ids` — the names of referenced records (a pairing's resident, …);
  :func:`reference_titles` — the same through a :class:`Reference` (a visit's resident).

A text column with a pinyin sort key (``<field>_sort``, :mod:`db.sortkey`) is ordered by the key
(then by the text itself): names in the order people expect, in SQL, by an index for the
kind's title. A column showing another record (a pairing's helper) orders by that record's key.

A search is split on white space; every word must match at least one of the kind's
``search_fields`` (``LIKE '%word%'``, with ``%`` and ``_`` taken literally).

A :class:`ListFilter` (the list's filter bar) adds column conditions: a column equal to a value
(an enumeration's code, a year, a referenced record's id) and a date column within a range,
both ends included. Search and filter combine: a record must match both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import SQLModel

from db.kinds import RecordKind, kind
from db.sortkey import sorted_fields

# SQLite allows at most 32,766 bound parameters; stay far below it per ``IN (...)``.
_MAX_IN = 900


@dataclass(frozen=True)
class Reference:
    """A column holding the id of a record of another kind, shown by that record's title.

    With ``then``, shown by the title of the record *that* record points to in turn: a visit's
    ``pairing_id`` with ``then=Reference("resident_id", "residents")`` shows the pairing's resident.
    """

    field: str
    kind_key: str
    then: Reference | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind the reference reads, in order."""
        return (self.kind_key, *(self.then.kinds if self.then is not None else ()))


@dataclass(frozen=True)
class SortKey:
    """How to order a list.

    ``field`` orders by a column's stored value; with ``value_order`` (codes in the order
    people expect, e.g. an enumeration's declaration order) by the position of the value in
    that list (unknown values last); with ``references`` by the title of the first
    referenced record found (a pairing ordered by its helper's name).
    """

    field: str
    value_order: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class ListFilter:
    """What a list's filter bar asks for, on top of the search.

    ``equals`` maps column names to the value wanted (an enumeration code, a year, the id of a
    referenced record); ``date_field`` is a date column kept between ``date_from`` and
    ``date_to``, both included (None: no bound on that side; records without a date drop out
    as soon as one bound is set). The default filter keeps everything.
    """

    equals: Mapping[str, str | int] = field(default_factory=dict)
    date_field: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def active(self) -> bool:
        """Whether the filter leaves anything out."""
        return bool(self.equals) or (
            self.date_field is not None and (self.date_from is not None or self.date_to is not None)
        )


NO_FILTER = ListFilter()


def _table(kind_key: str) -> tuple[RecordKind, Table]:
    record_kind = kind(kind_key)
    return record_kind, SQLModel.metadata.tables[str(record_kind.model.__tablename__)]


def _column(table: Table, name: str) -> KeyedColumnElement[Any]:
    try:
        return table.c[name]
    except KeyError:
        raise KeyError(f"{table.name} has no column {name!r}") from None


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _python_type(column: KeyedColumnElement[Any]) -> type | None:
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def _filter_conditions(table: Table, filters: ListFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for name, value in sorted(filters.equals.items()):
        column = _column(table, name)
        wanted: Any = value
        if _python_type(column) is int and not isinstance(value, int):  # a year given as text
            try:
                wanted = int(value)
            except ValueError:
                conditions.append(literal(False))
                continue
        conditions.append(column == wanted)
    if filters.date_field is not None:
        column = _column(table, filters.date_field)
        if filters.date_from is not None:
            conditions.append(column >= filters.date_from)
        if filters.date_to is not None:
            conditions.append(column <= filters.date_to)
    return conditions


def _conditions(
    record_kind: RecordKind, table: Table, search: str, filters: ListFilter | None = None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
    if filters is not None:
        conditions.extend(_filter_conditions(table, filters))
    words = (search or "").split()
    if not words:
        return conditions
    fields = [_column(table, name) for name in record_kind.search_fields]
    if not fields:
        conditions.append(literal(False))
        return conditions
    for word in words:
        pattern = f"%{_escape_like(word)}%"
        conditions.append(or_(*(field.like(pattern, escape="\\") for field in fields)))
    return conditions


def count(session: Session, kind_key: str, search: str = "", filters: ListFilter | None = None) -> int:
    """How many live records of ``kind_key`` match ``search`` and ``filters``."""
    record_kind, table = _table(kind_key)
    query = select(func.count()).select_from(table).where(and_(*_conditions(record_kind, table, search, filters)))
    return int(session.execute(query).scalar_one())


def _sort_column(table: Table, name: str) -> KeyedColumnElement[Any]:
    """The column to order ``name`` by: its pinyin sort key when it has one (db.sortkey), else itself."""
    sort_column = sorted_fields(table).get(name)
    return _column(table, sort_column or name)


def _title_of(reference: Reference, table: Table) -> ColumnElement[Any]:
    """A correlated subquery: the title of the record ``reference`` points to (its sort key, if any)."""
    target_kind, target = _table(reference.kind_key)
    if reference.then is not None:
        title: ColumnElement[Any] = _title_of(reference.then, target)
    else:
        title = _sort_column(target, target_kind.title_field)
    return select(title).where(target.c.id == _column(table, reference.field)).correlate(table).scalar_subquery()


def _order_expressions(table: Table, key: SortKey) -> list[ColumnElement[Any]]:
    if key.references:
        titles = [_title_of(reference, table) for reference in key.references]
        return [func.coalesce(*titles) if len(titles) > 1 else titles[0]]
    column = _column(table, key.field)
    if key.value_order:
        return [
            case(
                {code: position for position, code in enumerate(key.value_order)},
                value=column,
                else_=len(key.value_order),
            )
        ]
    sort_column = _sort_column(table, key.field)
    if sort_column is not column:  # pinyin order; the text itself orders what the key leaves equal
        return [sort_column, column]
    return [column]


def _not_by_date_index(table: Table, key: SortKey, expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """``+<date>`` for a date order that has its covering index (``db.models.live_by_date``), else
    ``expression``: with a search or a column filter, reading every live record in date order
    through the index and looking each one up is slower (by 2-5×) than reading the table and
    sorting what matched, which SQLite only does when the index cannot give the order."""
    if key.references or key.value_order or f"ix_{table.name}_live_{key.field}" not in _index_names(table):
        return expression
    return _NotByIndex(expression)


class _NotByIndex(FunctionElement[Any]):
    """``+<expression>`` on SQLite (which then cannot take the order from an index); the expression
    itself elsewhere (PostgreSQL has no unary ``+`` on text, and plans the order by its costs)."""

    inherit_cache = True
    name = "not_by_index"

    def __init__(self, expression: ColumnElement[Any]) -> None:
        super().__init__(expression)
        self.type = expression.type


@compiles(_NotByIndex)
def _compile_not_by_index(element: _NotByIndex, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_NotByIndex, "sqlite")
def _compile_not_by_index_sqlite(element: _NotByIndex, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _index_names(table: Table) -> set[str]:
    return {str(index.name) for index in table.indexes}


def page_ids(
    session: Session,
    kind_key: str,
    search: str = "",
    order_by: str | SortKey | None = None,
    descending: bool = False,
    limit: int | None = None,
    filters: ListFilter | None = None,
) -> list[str]:
    """The ids of the live records of ``kind_key`` matching ``search`` and ``filters``, in order.

    ``order_by`` is a column name or a :class:`SortKey`; None orders by the kind's title
    field. A text column with a pinyin sort key (:mod:`db.sortkey`) is ordered by the key, then
    by the text. Ties are broken by id so the order is stable. ``limit`` keeps only the first ones
    (a picker's suggestions).
    """
    record_kind, table = _table(kind_key)
    key = order_by if isinstance(order_by, SortKey) else SortKey(order_by or record_kind.title_field)
    expressions = [*_order_expressions(table, key), table.c.id]
    if (search or "").split() or (filters is not None and filters.equals):
        expressions[0] = _not_by_date_index(table, key, expressions[0])
    ordering = [e.desc() for e in expressions] if descending else [e.asc() for e in expressions]
    conditions = _conditions(record_kind, table, search, filters)
    query = select(table.c.id).where(and_(*conditions)).order_by(*ordering)
    if limit is not None:
        query = query.limit(limit)
    # fetched in one call (iterating the result fetches row by row: twice as slow on 40,000 ids)
    return list(session.execute(query).scalars().all())  # ids are VARCHAR: already str


def distinct_values(session: Session, kind_key: str, column: str, descending: bool = False) -> list[Any]:
    """The different values ``column`` holds in live records of ``kind_key`` (empties left out), sorted."""
    table = _table(kind_key)[1]
    selected = _column(table, column)
    query = (
        select(selected)
        .where(table.c.deleted_at.is_(None), selected.is_not(None))
        .distinct()
        .order_by(selected.desc() if descending else selected.asc())
    )
    return [value for value in session.execute(query).scalars() if value != ""]


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _MAX_IN):
        yield ids[start : start + _MAX_IN]


def rows_by_ids(
    session: Session, kind_key: str, ids: Sequence[str], columns: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """The values of ``columns`` for each record in ``ids`` (deleted ones included), by id.

    Ids that do not exist are missing from the answer.
    """
    table = _table(kind_key)[1]
    selected = [_column(table, name) for name in columns]
    rows: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        query = select(table.c.id, *selected).where(table.c.id.in_(list(chunk)))
        for row in session.execute(query):
            rows[str(row[0])] = tuple(row[1:])
    return rows


def titles_by_ids(session: Session, kind_key: str, ids: Iterable[str | None]) -> dict[str, str]:
    """The title (name) of each record of ``kind_key`` in ``ids``, by id; empties ignored."""
    wanted = sorted({value for value in ids if value})
    if not wanted:
        return {}
    record_kind = kind(kind_key)
    found = rows_by_ids(session, kind_key, wanted, [record_kind.title_field])
    return {record_id: "" if values[0] is None else str(values[0]) for record_id, values in found.items()}


def reference_titles(session: Session, reference: Reference, ids: Iterable[str | None]) -> dict[str, str]:
    """What ``reference`` shows for each id it holds (``ids``: values of ``reference.field``), by id:
    the referenced record's title or, with ``then``, the title of the record it points to in turn."""
    if reference.then is None:
        return titles_by_ids(session, reference.kind_key, ids)
    wanted = sorted({value for value in ids if value})
    if not wanted:
        return {}
    onward = {
        key: values[0]
        for key, values in rows_by_ids(session, reference.kind_key, wanted, [reference.then.field]).items()
    }
    titles = reference_titles(session, reference.then, [str(value) for value in onward.values() if value])
    return {key: titles.get(str(value), "") for key, value in onward.items() if value}
