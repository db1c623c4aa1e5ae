"""What the window works on: the open data folder, its office and the operator acting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from db.enums import OperatorRole

if TYPE_CHECKING:  # the data layer loads after the window appears (see desktop/shell/app.py)
    from db.audit import Actor
    from db.folder import Profile
    from db.store import Store


class OperatorLike(Protocol):
    """An operator as signing in needs them: :class:`db.models.Operator` or
    :class:`db.folder.OperatorInfo` (read before the data layer has loaded)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...


@dataclass
class Workspace:
    """An office data folder and who is working on it.

    At start-up the window is built on a workspace whose store is not attached yet (its office
    and operator come from :func:`db.folder.peek_profile`); :meth:`attach` adds the open store a
    moment later. Pages that read data are built only once :attr:`attached`.

    The operator changes when someone else signs in (文件 → 切换操作人员); read
    :attr:`actor` when a change is saved, not when a page is built.
    """

    data_dir: Path
    office_code: str
    office_name: str
    operator_id: str | None
    operator_name: str
    operator_role: str = ""
    _store: Store | None = None

    @property
    def attached(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        """The open store (only once :attr:`attached`)."""
        if self._store is None:
            raise RuntimeError("the workspace's store is not attached yet")
        return self._store

    def attach(self, store: Store) -> None:
        self._store = store

    @property
    def actor(self) -> Actor | None:
        """The actor for changes, or None while nobody is signed in."""
        if self.operator_id is None:
            return None
        from db.audit import Actor

        return Actor(self.office_code, self.operator_id, self.operator_name)

    @property
    def is_admin(self) -> bool:
        return self.operator_id is not None and self.operator_role == OperatorRole.ADMIN.value

    @property
    def role_label(self) -> str:
        return OperatorRole.label_of(self.operator_role)

    def sign_in(self, operator: OperatorLike | None) -> None:
        """Work as ``operator`` from now on (None: nobody, so nothing can be changed)."""
        self.operator_id = operator.id if operator else None
        self.operator_name = operator.name if operator else ""
        self.operator_role = operator.role if operator else ""

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def pending_workspace(data_dir: Path, profile: Profile, operator: OperatorLike | None) -> Workspace:
    """A workspace for the window to show at once, its store attached later (:meth:`Workspace.attach`)."""
    workspace = Workspace(data_dir, profile.office_code, profile.office_name, None, "")
    workspace.sign_in(operator)
    return workspace


def workspace_for(store: Store, operator: OperatorLike | None = None) -> Workspace:
    """The workspace of an open store, signed in as ``operator``.

    Without one it acts as the first active operator (administrators first) — for tests and
    tools; the app asks who is working (:mod:`desktop.shell.signin`) and passes the answer.
    """
    from db.office import current_office
    from db.operators import active_operators

    with store.session() as session:
        office = current_office(session)
        if operator is None:
            operators = active_operators(session)
            operator = operators[0] if operators else None
    workspace = Workspace(
        data_dir=store.data_dir,
        office_code=office.code if office else "",
        office_name=office.name if office else "",
        operator_id=None,
        operator_name="",
        _store=store,
    )
    workspace.sign_in(operator)
    return workspace


def open_workspace(data_dir: Path) -> Workspace:
    """Open the data folder (see :func:`db.store.open_store`); raises its expected errors."""
    from db.store import open_store

    store = open_store(data_dir)
    try:
        return workspace_for(store)
    except BaseException:
        store.close()
        raise
