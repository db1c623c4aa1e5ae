"""Who is working: the sign-in dialog shown at start and by 文件 → 切换操作人员.

The dialog lists the active operators (name and role); a password is asked only for someone
who has one. A wrong password says so next to the field and lets the person try again. When
the office has a single operator without a password, :func:`automatic_operator` signs them
in without asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.enums import OperatorRole
from desktop.common.i18n import label
from desktop.common.window_size import keep_minimum_size
from desktop.common.workspace import OperatorLike

if TYPE_CHECKING:  # at start-up the dialog shows before the data layer has loaded
    from db.models import Operator
    from db.store import Store

CONTEXT = "SignIn"
ERROR_STYLE = "color: #b3261e;"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SignInOperator(OperatorLike, Protocol):
    """What the dialog reads of an operator: :class:`db.models.Operator`, or
    :class:`db.folder.OperatorInfo` read before the data layer has loaded."""

    @property
    def password_hash(self) -> str | None: ...


def load_operators(store: Store) -> list[Operator]:
    """The active operators, administrators first."""
    from db.operators import active_operators

    with store.session() as session:
        return active_operators(session)


_Op = TypeVar("_Op", bound=SignInOperator)


def automatic_operator(operators: Sequence[_Op]) -> _Op | None:
    """The operator to sign in without asking: the only one, when they have no password."""
    if len(operators) == 1 and not operators[0].password_hash:
        return operators[0]
    return None


class SignInDialog(QDialog):
    """Choose who you are; type your password if you have one.

    After ``accept()``, :attr:`chosen` is the operator who signed in. Esc (or 退出 / 取消)
    rejects the dialog.
    """

    def __init__(
        self,
        operators: Sequence[SignInOperator],
        office_name: str = "",
        parent: QWidget | None = None,
        *,
        current_id: str | None = None,
        switching: bool = False,
    ) -> None:
        super().__init__(parent)
        self.operators = list(operators)
        self.chosen: SignInOperator | None = None
        self.setWindowTitle(_t("切换操作人员") if switching else _t("登录社区台账"))
        keep_minimum_size(self, 420)  # px at the standard text size: wider with 设置 ▸ 字号

        heading = QLabel(office_name or _t("社区台账"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        question = QLabel(_t("请选择您的名字："))

        self.operator_list = QTreeWidget()
        self.operator_list.setColumnCount(3)
        self.operator_list.setHeaderHidden(True)
        self.operator_list.setRootIsDecorated(False)
        self.operator_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operator_list.setAccessibleName(_t("操作人员"))
        self.operator_list.setStyleSheet("QTreeWidget::item { padding: 4px 8px; }")
        header = self.operator_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for operator in self.operators:
            needs = _t("需要密码") if operator.password_hash else ""
            item = QTreeWidgetItem([operator.name, label(OperatorRole.label_of(operator.role)), needs])
            item.setData(0, ID_ROLE, operator.id)
            item.setForeground(2, self.palette().placeholderText())
            self.operator_list.addTopLevelItem(item)
        rows = max(3, min(len(self.operators), 8))
        row_height = self.operator_list.sizeHintForRow(0) if self.operators else 28
        self.operator_list.setMinimumHeight(rows * row_height + 2 * self.operator_list.frameWidth() + 4)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_t("密码"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        form = QFormLayout()
        form.addRow(_t("密码："), self.password)

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(_t("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            _t("取消") if switching else _t("退出"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(question)
        layout.addWidget(self.operator_list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.operator_list.currentItemChanged.connect(self._on_selection)
        self.operator_list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.password.textEdited.connect(lambda _text: self.message.hide())
        start = next((i for i, op in enumerate(self.operators) if op.id == current_id), 0)
        first = self.operator_list.topLevelItem(start)
        if first is not None:
            self.operator_list.setCurrentItem(first)
        self._on_selection()
        self.operator_list.setFocus()

    def selected(self) -> SignInOperator | None:
        item = self.operator_list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((op for op in self.operators if op.id == wanted), None)

    def select(self, operator_id: str) -> None:
        for row in range(self.operator_list.topLevelItemCount()):
            item = self.operator_list.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == operator_id:
                self.operator_list.setCurrentItem(item)
                return
        raise KeyError(operator_id)

    def _on_selection(self, *_args: object) -> None:
        operator = self.selected()
        needs = bool(operator and operator.password_hash)
        self.password.clear()
        self.password.setEnabled(needs)
        self.password.setPlaceholderText("" if needs else _t("无需密码"))
        self.message.hide()
        self.sign_in_button.setEnabled(operator is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        operator = self.selected()
        if operator is None:
            return
        if operator.password_hash:
            typed = self.password.text()
            if not typed:
                self._say(_t("请输入{0}的密码。").format(operator.name))
                self.password.setFocus()
                return
            from db.operators import check_password

            if not check_password(operator, typed):
                self._say(_t("密码不对，请再输入一次。请注意大小写，以及输入法是否处于英文状态。"))
                self.password.clear()
                self.password.setFocus()
                return
        self.chosen = operator
        super().accept()
