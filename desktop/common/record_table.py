"""A read-only table model over one ledger, fast on tens of thousands of records.

Only the ordered list of record ids is kept in memory. Rows are read when they come into
view, in blocks of :data:`BLOCK_SIZE` (``WHERE id IN (...)``), formatted once and cached
(at most :data:`MAX_BLOCKS` blocks). Searching, filtering (a :class:`db.listing.ListFilter`)
and sorting re-query the ids in SQL (:mod:`db.listing`); each refresh is one model reset.

The last few id lists (search, filter and order → ids; at most :data:`CACHED_IDS` ids in all)
are kept, so going back to one (clearing the search, 清除筛选, the previous order) reads
nothing. :meth:`RecordTableModel.refresh` — what the list calls when records changed — forgets
them all and reads again.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from sqlmodel import Session

from db import listing
from desktop.common.columns import Fmt, KindColumns

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

BLOCK_SIZE = 200
MAX_BLOCKS = 50
CACHED_IDS = 100_000  # ids kept from earlier queries of one list (about 10 MB)

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """The live records of one kind, filtered by a search text and column filters, sorted by a column."""

    refreshed = Signal()  # after every refresh (search, filter, sort, reload); rowCount() is the count

    def __init__(
        self, session_factory: Callable[[], Session], spec: KindColumns, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self.spec = spec
        self._columns = spec.columns
        self._fields = spec.fields
        self._field_pos = {name: pos for pos, name in enumerate(self._fields)}
        self._ids: list[str] = []
        self._blocks: OrderedDict[int, list[tuple[str, ...]]] = OrderedDict()
        self._search = ""
        self._filter = listing.NO_FILTER
        self._sort_column = spec.sort_column
        self._descending = spec.sort_descending
        self._loaded = False
        self._last_query_ms: float | None = None
        self._cached: OrderedDict[tuple[Any, ...], list[str]] = OrderedDict()  # query → ids, oldest first

    # --- state ---------------------------------------------------------------------------

    @property
    def kind_key(self) -> str:
        return self.spec.kind_key

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def filter(self) -> listing.ListFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int | None:
        """The row showing ``record_id``, or None when it is not in the list."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    @property
    def last_query_ms(self) -> float | None:
        """How long the last query of ids took with the model reset, in milliseconds (ids kept
        from an earlier query do not count); None before the first. The search box debounces
        only when this says queries are slow."""
        return self._last_query_ms

    def refresh(self) -> None:
        """Re-read the ids for the current search, filter and order (one model reset); the ids
        kept from earlier queries are forgotten (the records may have changed)."""
        self._cached.clear()
        self._show_query()

    def _query_key(self, search: str | None = None) -> tuple[Any, ...]:
        f = self._filter
        equals = tuple(sorted((name, str(value)) for name, value in f.equals.items()))
        dates = (f.date_field, f.date_from, f.date_to) if f.date_from is not None or f.date_to is not None else ()
        text = self._search if search is None else search.strip()
        return (text, equals, dates, self._sort_column, self._descending)

    def is_kept(self, search: str) -> bool:
        """Whether searching ``search`` (with the filter and order in force) would read nothing:
        its ids are kept from an earlier query."""
        return self._query_key(search) in self._cached

    def _show_query(self) -> None:
        """Show the ids for the current search, filter and order: kept ones, else read (one model reset)."""
        started = time.perf_counter()
        key = self._query_key()
        ids = self._cached.get(key)
        queried = ids is None
        if ids is None:
            column = self._columns[self._sort_column]
            with self._session_factory() as session:
                ids = listing.page_ids(
                    session, self.kind_key, self._search, column.sort_key, self._descending, filters=self._filter
                )
            self._keep(key, ids)
        else:
            self._cached.move_to_end(key)
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self._loaded = True
        self.endResetModel()
        if queried:
            self._last_query_ms = (time.perf_counter() - started) * 1000
        self.refreshed.emit()

    def _keep(self, key: tuple[Any, ...], ids: list[str]) -> None:
        self._cached[key] = ids
        while len(self._cached) > 1 and sum(len(kept) for kept in self._cached.values()) > CACHED_IDS:
            self._cached.popitem(last=False)

    def set_search(self, text: str) -> None:
        """Show only the records matching ``text`` (see :mod:`db.listing`)."""
        text = text.strip()
        if text == self._search and self._loaded:
            return
        self._search = text
        self._show_query()

    def set_filter(self, filters: listing.ListFilter, refresh: bool = True) -> None:
        """Show only the records ``filters`` lets through (and that match the search).

        Nothing is re-read when the filter is the one in force; ``refresh=False`` only records it
        (for a caller about to refresh anyway).
        """
        if filters == self._filter and self._loaded:
            return
        self._filter = filters
        if refresh:
            self._show_query()

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if self._columns[section].numeric else _LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1) if section < len(self._ids) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= column < len(self._columns)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._row(row)[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 12 else None
            return text
        if role == ROW_ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[column].numeric else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and column == self._sort_column and descending == self._descending:
            return
        self._sort_column, self._descending = column, descending
        self._show_query()

    # --- rows on demand ------------------------------------------------------------------

    def _row(self, row: int) -> tuple[str, ...]:
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            block = self._fetch_block(number)
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[row - number * BLOCK_SIZE]

    def _fetch_block(self, number: int) -> list[tuple[str, ...]]:
        ids = self._ids[number * BLOCK_SIZE : (number + 1) * BLOCK_SIZE]
        with self._session_factory() as session:
            rows = listing.rows_by_ids(session, self.kind_key, ids, self._fields)
            titles = self._titles(session, rows.values())
        empty = ("",) * len(self._columns)
        return [self._format(rows[record_id], titles) if record_id in rows else empty for record_id in ids]

    def _titles(self, session: Session, rows: Any) -> dict[listing.Reference, dict[str, str]]:
        """Names of the records the block refers to, by reference: one query per reference (and hop)."""
        references = [ref for column in self._columns if column.fmt is Fmt.REF for ref in column.refs]
        if not references:
            return {}
        values = list(rows)
        titles: dict[listing.Reference, dict[str, str]] = {}
        for ref in references:
            pos = self._field_pos[ref.field]
            titles[ref] = listing.reference_titles(session, ref, (str(value[pos]) for value in values if value[pos]))
        return titles

    def _format(self, values: tuple[Any, ...], titles: dict[listing.Reference, dict[str, str]]) -> tuple[str, ...]:
        cells: list[str] = []
        for column in self._columns:
            if column.fmt is Fmt.REF:
                text = ""
                for ref in column.refs:
                    value = values[self._field_pos[ref.field]]
                    if value:
                        text = titles.get(ref, {}).get(str(value), "")
                        break
                cells.append(text)
            else:
                cells.append(column.format(values[self._field_pos[column.field]]))
        return tuple(cells)
