"""What the window works on: the open data folder, its office and the operator acting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.audit import Actor
from db.office import current_office
from db.operators import active_operators
from db.store import Store, open_store


@dataclass
class Workspace:
    """An open office data folder and who is working on it."""

    store: Store
    office_code: str
    office_name: str
    operator_id: str | None
    operator_name: str

    @property
    def actor(self) -> Actor | None:
        """The actor for changes, or None while the office has no operator."""
        if self.operator_id is None:
            return None
        return Actor(self.office_code, self.operator_id, self.operator_name)

    def close(self) -> None:
        self.store.close()


def workspace_for(store: Store) -> Workspace:
    """The workspace of an open store; the operator is, for now, the first active one."""
    with store.session() as session:
        office = current_office(session)
        operators = active_operators(session)
    operator = operators[0] if operators else None
    return Workspace(
        store=store,
        office_code=office.code if office else "",
        office_name=office.name if office else "",
        operator_id=operator.id if operator else None,
        operator_name=operator.name if operator else "",
    )


def open_workspace(data_dir: Path) -> Workspace:
    """Open the data folder (see :func:`db.store.open_store`); raises its expected errors."""
    store = open_store(data_dir)
    try:
        return workspace_for(store)
    except BaseException:
        store.close()
        raise
