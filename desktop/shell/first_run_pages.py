"""The first-run wizard's pages (:mod:`desktop.shell.first_run`): what to do, the office, the first
administrator, the demo. The checks behind them are plain Python (:mod:`desktop.shell.first_run_checks`);
the wizard does the writing — a page calls it through the function it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.errors import ShequError
from db.office import OfficeSetup
from db.validation import Report, validate_values
from desktop.shell.first_run_checks import (
    CITY,
    DISTRICTS,
    admin_complete,
    district_index,
    field_message,
    office_complete,
    office_values,
    passwords_differ,
)

CONTEXT = "FirstRun"
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: palette(placeholder-text);"

PAGE_CHOICE, PAGE_OFFICE, PAGE_ADMIN, PAGE_DEMO = range(4)  # the pages' ids in the wizard


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _heading_font(widget: QWidget, factor: float = 1.15, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class _Field(QWidget):
    """A field with its message underneath (hidden while there is nothing to say)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.message.setVisible(bool(text))


# --- page 1: what to do ------------------------------------------------------------------


class ChoicePage(QWizardPage):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("欢迎使用社区台账"))
        self.setSubTitle(_t("这台电脑上还没有社区台账。请选择要做什么："))
        self.real = QRadioButton(_t("建立我们社区的台账"))
        self.demo = QRadioButton(_t("打开演示社区（示例数据）"))
        for button in (self.real, self.demo):
            _heading_font(button, 1.1, bold=False)
        self.real.setChecked(True)
        real_note = QLabel(_t("填写社区的基本情况和第一位管理员，然后开始记台账。"))
        demo_note = QLabel(_t("一个虚构的“胜利社区”，带两年多的示例台账，用来熟悉软件、练习操作。"))
        for note in (real_note, demo_note):
            note.setWordWrap(True)
            note.setIndent(28)
            note.setStyleSheet(HINT_STYLE)
        folder = QLabel(_t("数据将保存在：{0}").format(data_dir))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.real)
        layout.addWidget(real_note)
        layout.addSpacing(12)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addStretch(1)
        layout.addWidget(folder)
        self.demo.toggled.connect(self._choice_changed)

    def _choice_changed(self, demo: bool) -> None:
        # choosing the demo commits: the next page builds it, and there is no going back
        self.setCommitPage(demo)

    def nextId(self) -> int:
        return PAGE_DEMO if self.demo.isChecked() else PAGE_OFFICE


# --- page 2: the office ------------------------------------------------------------------


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_t("社区基本情况"))
        self.setSubTitle(_t("这些信息会出现在报表的表头上，以后可以在台账里修改。"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(_t("12 位数字，如 150802001001"))
        self.code.setAccessibleName(_t("统计用区划代码"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("如：胜利社区"))
        self.name.setAccessibleName(_t("社区名称"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(_t("如：车站街道"))
        self.street.setAccessibleName(_t("所属街道（镇）"))
        self.district = QComboBox()
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.district.addItems([name for _prefix, name in DISTRICTS])  # place names are data: never translated
        self.district.setCurrentIndex(-1)
        self.district.setAccessibleName(_t("所属区（旗、县）"))
        line = self.district.lineEdit()
        if line is not None:
            line.setPlaceholderText(_t("请选择或填写"))
        self._district_typed = False
        self.code_field = _Field(self.code)
        self.name_field = _Field(self.name)
        self._touched: set[str] = set()
        self.report = Report()

        hint = QLabel(_t("统计用区划代码不清楚时，可以向街道（镇）或统计部门询问。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(_t("统计用区划代码："), self.code_field)
        form.addRow(_t("社区名称："), self.name_field)
        form.addRow(_t("所属街道（镇）："), self.street)
        form.addRow(_t("所属区（旗、县）："), self.district)
        form.addRow(_t("所属市："), QLabel(CITY))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(hint)

        self.code.textChanged.connect(lambda _text: self._edited("code"))
        self.name.textChanged.connect(lambda _text: self._edited("name"))
        self.district.editTextChanged.connect(self._district_edited)

    def setup(self) -> OfficeSetup:
        return OfficeSetup(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            street=self.street.text().strip(),
            district=self.district.currentText().strip(),
            city=CITY,
        )

    def _values(self) -> dict[str, str]:
        return office_values(self.setup())

    def _district_edited(self, _text: str) -> None:
        if self.district.hasFocus():
            self._district_typed = True

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        if field == "code":
            self._suggest_district()
        self._validate()

    def _suggest_district(self) -> None:
        """Fill in the district from the code's first six digits, unless the person chose one."""
        if self._district_typed:
            return
        index = district_index(self.code.text())
        if index is not None:
            self.district.setCurrentIndex(index)

    def _validate(self) -> None:
        self.report = validate_values("office", self._values())
        for name, field in (("code", self.code_field), ("name", self.name_field)):
            message, error = field_message(self.report, name, self._touched)
            field.say(message, error=error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return office_complete(self._values(), self.report)

    def initializePage(self) -> None:
        self._validate()
        self.code.setFocus()


# --- page 3: the first administrator -----------------------------------------------------


class AdminPage(QWizardPage):
    """Finish calls ``create_office(name, password)`` (the wizard's); a :class:`ShequError` it
    raises is shown on the page, which stays."""

    def __init__(self, create_office: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create_office = create_office
        self.setTitle(_t("第一位管理员"))
        self.setSubTitle(_t("管理员可以在“设置”里添加其他操作人员。"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("您的姓名"))
        self.name.setAccessibleName(_t("管理员姓名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_t("可以不设"))
        self.password.setAccessibleName(_t("密码"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(_t("再输一次密码"))
        self.confirm_field = _Field(self.confirm)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        hint = QLabel(_t("设了密码，每次打开社区台账都要输入。请记牢：忘记后只能请另一位管理员重新设置。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        form.addRow(_t("姓名："), self.name)
        form.addRow(_t("密码："), self.password)
        form.addRow(_t("再输一次："), self.confirm_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.error)
        for edit in (self.name, self.password, self.confirm):
            edit.textChanged.connect(self._changed)

    def _changed(self, _text: str) -> None:
        self.error.hide()
        mismatch = passwords_differ(self.password.text(), self.confirm.text())
        self.confirm_field.say(_t("两次输入的密码不一样，请重新输入。") if mismatch else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return admin_complete(self.name.text(), self.password.text(), self.confirm.text())

    def initializePage(self) -> None:
        self.name.setFocus()

    def nextId(self) -> int:
        return -1  # Finish writes the office

    def validatePage(self) -> bool:
        try:
            self.create_office(self.name.text(), self.password.text())
        except ShequError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        return True


# --- page 4: the demo --------------------------------------------------------------------


class _DemoRelay(QObject):
    """Progress from the worker to the page (a queued signal: the page lives on the GUI thread)."""

    progressed = Signal(int, int)


class DemoPage(QWizardPage):
    """Shown, it calls ``build_demo(page)`` (the wizard's), which reports back through
    :attr:`relay`, :meth:`finished` and :meth:`failed`."""

    def __init__(self, build_demo: Callable[[DemoPage], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build_demo = build_demo
        self.setTitle(_t("演示社区"))
        self.setSubTitle(_t("演示社区“胜利社区”的数据都是虚构的，可以随意修改、练习。"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(_t("进度"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.done = False
        self.relay = _DemoRelay(self)
        self.relay.progressed.connect(self._progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.error.hide()
        self.status.setText(_t("正在生成演示社区的示例数据，请稍候……"))
        self.bar.setRange(0, 0)
        self.build_demo(self)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def finished(self, records: int) -> None:
        self.done = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(_t("演示社区已建立，共 {0} 条记录。点击“完成”开始使用。").format(records))
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(_t("演示社区没有建成。"))
        self.error.setText(message)
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
