"""The people who use the app (操作人员), on the 设置 page.

An administrator adds operators (name, role, optional password typed twice), changes
passwords and roles, and removes operators (a tombstone: the history keeps their names).
Everyone else sees the list read-only and may change only their own password. The rules
themselves (one administrator always remains, names unique, …) live in :mod:`db.operators`;
this panel shows what they say.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.changes import Changes
from db.enums import OperatorRole
from db.errors import ShequError
from db.models import Operator
from db.operators import (
    active_operators,
    add_operator,
    change_password,
    change_role,
    check_removal,
    remove_operator,
)
from desktop.common.changes import ChangeHub
from desktop.common.i18n import label
from desktop.common.prompts import prompts
from desktop.common.text_size import follow_font
from desktop.common.window_size import grow_with_text, keep_minimum_size
from desktop.common.workspace import Workspace

CONTEXT = "Operators"
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_ROLE, COL_PASSWORD, COL_NOTE = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _role_combo(current: str = OperatorRole.FILLER.value) -> QComboBox:
    combo = QComboBox()
    for role in OperatorRole:
        combo.addItem(label(role.label), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _FormDialog(QDialog):
    """A small form with an inline message and OK / 取消; OK runs ``save``, which may refuse
    (a :class:`ShequError`, shown in the dialog, which stays open)."""

    def __init__(self, title: str, ok_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        keep_minimum_size(self, 400)  # px at the standard text size: wider with 设置 ▸ 字号
        grow_with_text(self)  # and taller, so the hints' lines still fit
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(_t("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.save: Callable[[], None] = lambda: None

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.save()
        except ShequError as exc:
            self.say(str(exc))
            return
        super().accept()


def _password_pair(dialog: _FormDialog, first_label: str) -> tuple[QLineEdit, QLineEdit]:
    password = QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    password.setAccessibleName(_t("密码"))
    confirm = QLineEdit()
    confirm.setEchoMode(QLineEdit.EchoMode.Password)
    confirm.setAccessibleName(_t("再输一次密码"))
    dialog.form.addRow(first_label, password)
    dialog.form.addRow(_t("再输一次："), confirm)
    return password, confirm


class AddOperatorDialog(_FormDialog):
    """Name, role and an optional password (typed twice)."""

    def __init__(self, names_in_use: set[str], parent: QWidget | None = None) -> None:
        super().__init__(_t("添加操作人员"), _t("添加"), parent)
        self.names_in_use = names_in_use
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("姓名"))
        self.name.setAccessibleName(_t("姓名"))
        self.role = _role_combo()
        self.form.addRow(_t("姓名："), self.name)
        self.form.addRow(_t("角色："), self.role)
        self.password, self.confirm = _password_pair(self, _t("密码（可不设）："))
        hint = QLabel(_t("设了密码，登录时就要输入；不设则选了名字就能登录。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.form.addRow(hint)
        for edit in (self.name, self.password, self.confirm):
            edit.textChanged.connect(self._check)
        self._check()

    def chosen_role(self) -> OperatorRole:
        role = OperatorRole.from_code(str(self.role.currentData()))
        assert role is not None  # the box lists the roles only
        return role

    def _check(self, *_args: object) -> None:
        name = self.name.text().strip()
        problem = ""
        if name in self.names_in_use:
            problem = _t("已经有一位叫“{0}”的操作人员。").format(name)
        elif self.confirm.text() and self.confirm.text() != self.password.text():
            problem = _t("两次输入的密码不一样。")
        self.say(problem)
        self.ok_button.setEnabled(bool(name) and not problem and self.password.text() == self.confirm.text())


class PasswordDialog(_FormDialog):
    """A new password typed twice; both empty removes the password."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(_t("修改密码：{0}").format(name), _t("保存"), parent)
        self.password, self.confirm = _password_pair(self, _t("新密码："))
        hint = QLabel(_t("两格都留空，就是不用密码。"))
        hint.setStyleSheet(HINT_STYLE)
        self.form.addRow(hint)
        for edit in (self.password, self.confirm):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        mismatch = bool(self.confirm.text()) and self.confirm.text() != self.password.text()
        self.say(_t("两次输入的密码不一样。") if mismatch else "")
        self.ok_button.setEnabled(self.password.text() == self.confirm.text())


class RoleDialog(_FormDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(_t("更改角色：{0}").format(operator.name), _t("保存"), parent)
        self.role = _role_combo(operator.role)
        self.form.addRow(_t("角色："), self.role)

    def chosen_role(self) -> OperatorRole:
        role = OperatorRole.from_code(str(self.role.currentData()))
        assert role is not None  # the box lists the roles only
        return role


class OperatorsPanel(QWidget):
    """The list of operators and, for administrators, the buttons that manage them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hub = hub or ChangeHub(self)
        self.hub.changed.connect(self._on_changes)
        self.hub.operator_changed.connect(self.refresh)  # someone else signed in: their rights decide
        self.operators: list[Operator] = []
        self.dialog: QDialog | None = None  # the form open now, if any

        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # whole rows: Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels([_t("姓名"), _t("角色"), _t("密码"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(_t("操作人员"))
        follow_font(self.table, lambda: self.table.setMaximumHeight(self.table.fontMetrics().lineSpacing() * 14))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(80)
        header.setStretchLastSection(True)
        for column in (COL_NAME, COL_ROLE, COL_PASSWORD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)  # a few rows only

        self.add_button = QPushButton(_t("添加…"))
        self.password_button = QPushButton(_t("修改密码…"))
        self.role_button = QPushButton(_t("更改角色…"))
        self.remove_button = QPushButton(_t("删除…"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.password_button, self.role_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)

        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)

        self.add_button.clicked.connect(self.add_operator)
        self.password_button.clicked.connect(self.change_password)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_operator)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the operators again and show them; keep the selection when possible."""
        selected = self.selected()
        keep = selected.id if selected is not None else self.workspace.operator_id
        with self.workspace.store.session() as session:
            self.operators = active_operators(session)
        self.table.setRowCount(len(self.operators))
        for row, operator in enumerate(self.operators):
            me = operator.id == self.workspace.operator_id
            cells = (
                operator.name,
                label(OperatorRole.label_of(operator.role)),
                _t("已设") if operator.password_hash else _t("未设"),
                _t("（当前登录）") if me else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, operator.id)
                self.table.setItem(row, column, item)
            if operator.id == keep:
                self.table.selectRow(row)
        admin = self.workspace.is_admin
        self.note.setText(
            _t("删除的操作人员不能再登录，但以前的修改记录仍保留其姓名。")
            if admin
            else _t("只有管理员可以添加、删除操作人员或更改角色。您可以修改自己的密码。")
        )
        self._update_buttons()

    def selected(self) -> Operator | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), COL_NAME)
        wanted = cell.data(ID_ROLE) if cell is not None else None
        return next((op for op in self.operators if op.id == wanted), None)

    def select(self, name: str) -> None:
        for row, operator in enumerate(self.operators):
            if operator.name == name:
                self.table.selectRow(row)
                return
        raise KeyError(name)

    def _update_buttons(self) -> None:
        admin = self.workspace.is_admin
        operator = self.selected()
        mine = operator is not None and operator.id == self.workspace.operator_id
        self.add_button.setEnabled(admin)
        self.password_button.setEnabled(operator is not None and (admin or mine))
        self.role_button.setEnabled(admin and operator is not None)
        self.remove_button.setEnabled(admin and operator is not None)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_office() or changes.touches("operators"):
            self.refresh()

    # --- changing --------------------------------------------------------------------------

    def _run(self, change: Callable[..., object], *args: object) -> None:
        """Apply one change as the signed-in operator (refusals raise ShequError)."""
        with self.workspace.store.session(self.workspace.actor) as session:
            change(session, *args)
        self.hub.publish(Changes(office=True))

    def _open(self, dialog: _FormDialog, save: Callable[[], None]) -> _FormDialog:
        dialog.save = save
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add_operator(self) -> None:
        dialog = AddOperatorDialog({op.name for op in self.operators}, self)

        def save() -> None:
            self._run(add_operator, dialog.name.text(), dialog.chosen_role(), dialog.password.text() or None)
            self.table.clearSelection()

        self._open(dialog, save)
        dialog.name.setFocus()

    def change_password(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        dialog = PasswordDialog(operator.name, self)
        self._open(dialog, lambda: self._run(change_password, operator.id, dialog.password.text() or None))

    def change_role(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        dialog = RoleDialog(operator, self)
        self._open(dialog, lambda: self._run(change_role, operator.id, dialog.chosen_role()))

    def remove_operator(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        title = _t("删除操作人员")
        try:
            with self.workspace.store.session(self.workspace.actor) as session:
                check_removal(session, operator.id)
        except ShequError as exc:
            prompts().error(self, _t("不能删除"), str(exc))
            return
        question = _t("删除“{0}”后，{0}不能再登录社区台账。以前的修改记录仍保留{0}的姓名。确定删除吗？").format(
            operator.name
        )
        if not prompts().confirm(self, title, question, _t("删除"), danger=True):
            return
        try:
            self._run(remove_operator, operator.id)
        except ShequError as exc:
            prompts().error(self, _t("不能删除"), str(exc))
        self.refresh()
