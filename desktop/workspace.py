"""What the window works on: the open data folder, its office and the operator acting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.audit import Actor
from db.enums import OperatorRole
from db.models import Operator
from db.office import current_office
from db.operators import active_operators
from db.store import Store, open_store


@dataclass
class Workspace:
    """An open office data folder and who is working on it.

    The operator changes when someone else signs in (文件 → 切换操作人员); read
    :attr:`actor` when a change is saved, not when a page is built.
    """

    store: Store
    office_code: str
    office_name: str
    operator_id: str | None
    operator_name: str
    operator_role: str = ""

    @property
    def actor(self) -> Actor | None:
        """The actor for changes, or None while nobody is signed in."""
        if self.operator_id is None:
            return None
        return Actor(self.office_code, self.operator_id, self.operator_name)

    @property
    def is_admin(self) -> bool:
        return self.operator_id is not None and self.operator_role == OperatorRole.ADMIN.value

    @property
    def role_label(self) -> str:
        return OperatorRole.label_of(self.operator_role)

    def sign_in(self, operator: Operator | None) -> None:
        """Work as ``operator`` from now on (None: nobody, so nothing can be changed)."""
        self.operator_id = operator.id if operator else None
        self.operator_name = operator.name if operator else ""
        self.operator_role = operator.role if operator else ""

    def close(self) -> None:
        self.store.close()


def workspace_for(store: Store, operator: Operator | None = None) -> Workspace:
    """The workspace of an open store, signed in as ``operator``.

    Without one it acts as the first active operator (administrators first) — for tests and
    tools; the app asks who is working (:mod:`desktop.signin`) and passes the answer.
    """
    with store.session() as session:
        office = current_office(session)
        if operator is None:
            operators = active_operators(session)
            operator = operators[0] if operators else None
    workspace = Workspace(
        store=store,
        office_code=office.code if office else "",
        office_name=office.name if office else "",
        operator_id=None,
        operator_name="",
    )
    workspace.sign_in(operator)
    return workspace


def open_workspace(data_dir: Path) -> Workspace:
    """Open the data folder (see :func:`db.store.open_store`); raises its expected errors."""
    store = open_store(data_dir)
    try:
        return workspace_for(store)
    except BaseException:
        store.close()
        raise
