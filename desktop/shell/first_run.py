"""The first start: a short wizard instead of an error when the data folder has no office yet.

Page 1 asks what to do: set up our own community's ledgers, or open the demo community.
For our own: the office profile (the 12-digit code is checked as it is typed, with the
messages of :func:`db.validation.validate_values`), then the first administrator; Finish
writes them with :func:`db.office.create_office`. For the demo: :func:`db.demo.build_demo`
runs in the background (:class:`desktop.common.tasks.TaskRunner`) with a progress bar on the page.

Keyboard: Enter goes to the next page (or finishes), Esc cancels; nothing is written before
the last step.
"""

from __future__ import annotations

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
    QWizard,
    QWizardPage,
)

from db.errors import ShequError
from db.office import OfficeSetup
from db.store import Store, open_store
from db.validation import Report, validate_values
from desktop.common.tasks import Progress, TaskRunner

CONTEXT = "FirstRun"
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: palette(placeholder-text);"

CITY = "巴彦淖尔市"
# The districts and banners of Bayannur with the first six digits of their division codes.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("150802", "临河区"),
    ("150821", "五原县"),
    ("150822", "磴口县"),
    ("150823", "乌拉特前旗"),
    ("150824", "乌拉特中旗"),
    ("150825", "乌拉特后旗"),
    ("150826", "杭锦后旗"),
)
NEVER_MS = 2**31 - 1  # the demo page shows its own progress bar, so the task's dialog never pops up


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
        return FirstRunWizard.PAGE_DEMO if self.demo.isChecked() else FirstRunWizard.PAGE_OFFICE


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
        setup = self.setup()
        return {"code": setup.code, "name": setup.name, "street": setup.street, "district": setup.district}

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
        prefix = self.code.text().strip()[:6]
        for index, (known, _name) in enumerate(DISTRICTS):
            if prefix == known:
                self.district.setCurrentIndex(index)
                return

    def _validate(self) -> None:
        self.report = validate_values("office", self._values())
        for name, field in (("code", self.code_field), ("name", self.name_field)):
            issues = self.report.for_field(name) if name in self._touched else []
            errors = [issue for issue in issues if issue.is_error]
            shown = errors or issues
            field.say("；".join(issue.message for issue in shown), error=bool(errors))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        values = self._values()
        return bool(values["code"] and values["name"]) and not self.report.errors

    def initializePage(self) -> None:
        self._validate()
        self.code.setFocus()


# --- page 3: the first administrator -----------------------------------------------------


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        typed = self.confirm.text()
        mismatch = bool(typed) and typed != self.password.text()
        self.confirm_field.say(_t("两次输入的密码不一样，请重新输入。") if mismatch else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and self.password.text() == self.confirm.text()

    def initializePage(self) -> None:
        self.name.setFocus()

    def nextId(self) -> int:
        return -1  # Finish writes the office

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        try:
            wizard.create_office(self.name.text(), self.password.text())
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.done = False
        self.error.hide()
        self.status.setText(_t("正在生成演示社区的示例数据，请稍候……"))
        self.bar.setRange(0, 0)
        wizard.build_demo(self)

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


# --- the wizard --------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Set up the data folder. After ``accept()``, :attr:`store` is open and has an office;
    :attr:`admin_id` is the administrator just created (None for the demo). When the wizard is
    cancelled, :attr:`store` is whatever was opened so far (the caller closes it)."""

    PAGE_CHOICE, PAGE_OFFICE, PAGE_ADMIN, PAGE_DEMO = range(4)

    def __init__(
        self,
        data_dir: Path,
        store: Store | None = None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.store = store
        self.admin_id: str | None = None
        self.busy = False
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(_t("社区台账 — 第一次使用"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, _t("上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("下一步(&N)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("生成演示数据(&N)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("取消"))
        self.choice_page = ChoicePage(data_dir)
        self.office_page = OfficePage()
        self.admin_page = AdminPage()
        self.demo_page = DemoPage()
        self.setPage(self.PAGE_CHOICE, self.choice_page)
        self.setPage(self.PAGE_OFFICE, self.office_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setPage(self.PAGE_DEMO, self.demo_page)
        self.setStartId(self.PAGE_CHOICE)
        self.setMinimumSize(640, 480)

    def _open(self) -> Store:
        if self.store is None:
            self.store = open_store(self.data_dir, create=True)
        return self.store

    def create_office(self, admin_name: str, admin_password: str) -> None:
        """Write the office, its standards and the first administrator (Finish on page 3)."""
        from db.office import checked_setup_values, create_office
        from db.operators import active_operators

        setup = self.office_page.setup()
        checked_setup_values(setup)  # nothing is made on disk for values that will be refused
        store = self._open()
        create_office(store, setup, admin_name=admin_name, admin_password=admin_password or None)
        with store.session() as session:
            admins = [op for op in active_operators(session) if op.name == admin_name.strip()]
        self.admin_id = admins[0].id if admins else None

    def build_demo(self, page: DemoPage) -> None:
        """Build the demo office in the background; the page shows progress and the outcome."""
        from db.demo import build_demo

        try:
            store = self._open()
        except ShequError as exc:
            page.failed(str(exc))
            return
        relay = page.relay

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.check()  # a cancel rolls the whole demo back
                relay.progressed.emit(done, total)

            counts = build_demo(store, progress=report)
            return sum(counts.values())

        def succeeded(records: int) -> None:
            self._set_busy(False)
            page.finished(records)
            self.button(QWizard.WizardButton.FinishButton).setFocus()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, ShequError):
                raise exc
            page.failed(str(exc))

        self._set_busy(True)
        self.runner.run(
            work,
            on_success=succeeded,
            on_error=failed,
            on_cancel=lambda: self._set_busy(False),
            parent_widget=self,
            title=_t("正在生成演示数据"),
            show_after_ms=NEVER_MS,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:  # the demo is being written; it takes a moment
            return
        super().reject()
