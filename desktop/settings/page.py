"""设置: the interface language, the text size, automatic backups, the operators, and 关于 (about).

Preferences are saved as soon as they change (:mod:`desktop.common.settings`); the language applies
from the next start, and the page says so; the text size (字号) at once, in every window
(:mod:`desktop.common.text_size`, also 查看 ▸ 放大字号 / 缩小字号 / 恢复标准字号).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.common.changes import ChangeHub
from desktop.common.settings import MAX_BACKUPS_TO_KEEP, MIN_BACKUPS_TO_KEEP, TEXT_SCALES, Settings
from desktop.common.text_size import change_text_scale, current_text_scale, follow_font, notifier, text_width
from desktop.common.workspace import Workspace
from desktop.settings.operators import OperatorsPanel

CONTEXT = "SettingsPage"
HINT_STYLE = "color: palette(placeholder-text);"
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (("zh_CN", "简体中文"), ("en", "English"))  # each in its own language
# 字号: the words for each of TEXT_SCALES (translated when shown)
TEXT_SCALE_NAMES: dict[int, str] = {
    100: str(QT_TRANSLATE_NOOP(CONTEXT, "标准")),
    115: str(QT_TRANSLATE_NOOP(CONTEXT, "较大")),
    130: str(QT_TRANSLATE_NOOP(CONTEXT, "大")),
    150: str(QT_TRANSLATE_NOOP(CONTEXT, "很大")),
    175: str(QT_TRANSLATE_NOOP(CONTEXT, "特大")),
    200: str(QT_TRANSLATE_NOOP(CONTEXT, "最大")),
}
TEXT_SAMPLE = "张𠮷　李吉　王喆　赵玥　0123456789"  # names as people write them: 𠮷 beside 吉


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the file manager (Explorer on Windows)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsPage(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings if settings is not None else Settings()

        heading = QLabel(_t("设置"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        # language
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language())))
        self.language.setAccessibleName(_t("界面语言"))
        follow_font(self.language, lambda: self.language.setMinimumWidth(text_width(self.language, 12)))
        self.language_note = _hint(_t("更改语言后，重新打开社区台账时生效。"))
        language_box = QGroupBox(_t("界面语言"))
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(_t("语言："), self.language)
        language_form.addRow(self.language_note)

        # text size
        self.text_scale = QComboBox()
        for percent in TEXT_SCALES:
            self.text_scale.addItem(_t("{0} {1}%").format(_t(TEXT_SCALE_NAMES[percent]), percent), percent)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(current_text_scale())))
        self.text_scale.setAccessibleName(_t("字号"))
        follow_font(self.text_scale, lambda: self.text_scale.setMinimumWidth(text_width(self.text_scale, 12)))
        self.text_sample = QLabel(_t("示例：") + TEXT_SAMPLE)
        self.text_sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text_box = QGroupBox(_t("字号"))
        text_form = QFormLayout(text_box)
        text_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        text_form.addRow(_t("文字大小："), self.text_scale)
        text_form.addRow(self.text_sample)
        text_form.addRow(
            _hint(_t("立即生效，所有窗口都会变。也可以按 Ctrl+= 放大、Ctrl+- 缩小、Ctrl+0 恢复标准（“查看”菜单）。"))
        )

        # backups
        self.backups = QSpinBox()
        self.backups.setRange(MIN_BACKUPS_TO_KEEP, MAX_BACKUPS_TO_KEEP)
        self.backups.setValue(self.settings.backups_to_keep())
        self.backups.setSuffix(_t(" 份"))
        self.backups.setAccessibleName(_t("保留的自动备份份数"))
        follow_font(self.backups, lambda: self.backups.setMinimumWidth(text_width(self.backups, 7)))
        backups_box = QGroupBox(_t("自动备份"))
        backups_form = QFormLayout(backups_box)
        backups_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        backups_form.addRow(_t("保留最近的自动备份："), self.backups)
        backups_form.addRow(_hint(_t("超出这个数目时，最旧的自动备份会被删除。")))

        # operators
        self.operators = OperatorsPanel(workspace, hub=hub)
        operators_box = QGroupBox(_t("操作人员"))
        QVBoxLayout(operators_box).addWidget(self.operators)

        # about
        from desktop.common.paths import log_dir

        self.data_dir = workspace.store.data_dir
        self.log_dir = log_dir()
        about_box = QGroupBox(_t("关于"))
        about_form = QFormLayout(about_box)
        about_form.addRow(_t("版本："), QLabel(__version__))
        self.open_data_button = QPushButton(_t("打开文件夹"))
        self.open_log_button = QPushButton(_t("打开文件夹"))
        about_form.addRow(_t("数据文件夹："), self._folder_row(self.data_dir, self.open_data_button))
        about_form.addRow(_t("日志文件夹："), self._folder_row(self.log_dir, self.open_log_button))
        about_form.addRow(
            _hint(_t("备份保存在数据文件夹的 backups 子文件夹里。出错时，请把日志文件夹里的文件发给技术人员。"))
        )
        self.about_button = QPushButton(_t("关于与许可证…"))
        about_form.addRow(self.about_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        for box in (language_box, text_box, backups_box, operators_box, about_box):
            layout.addWidget(box)
        layout.addStretch(1)
        follow_font(content, lambda: content.setMaximumWidth(text_width(content, 66)))  # 860 px at 100 %
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text_scale.currentIndexChanged.connect(self._text_scale_chosen)
        notifier().changed.connect(self._text_scale_changed)  # also from 查看 ▸ 放大字号 (Ctrl+=)…
        self.backups.valueChanged.connect(self.settings.set_backups_to_keep)
        self.open_data_button.clicked.connect(lambda: open_folder(self.data_dir))
        self.open_log_button.clicked.connect(lambda: open_folder(self.log_dir))
        self.about_button.clicked.connect(self._show_about)

    def _show_about(self) -> None:
        from desktop.settings.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def _folder_row(self, folder: Path, button: QPushButton) -> QWidget:
        path = QLabel(str(folder))
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(path, 1)
        layout.addWidget(button)
        return row

    def _text_scale_chosen(self, _index: int) -> None:
        percent = int(self.text_scale.currentData())
        if percent != current_text_scale():
            change_text_scale(percent, self.settings)

    def _text_scale_changed(self, percent: int) -> None:
        """The text size changed (here, or with the 查看 menu): show it chosen."""
        self.text_scale.blockSignals(True)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(percent)))
        self.text_scale.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData())
        self.settings.set_language(code)
        self.language_note.setText(
            _t("已保存。重新打开社区台账后，界面将使用“{0}”。").format(self.language.currentText())
        )
