"""报表 ▸ 核验 and a dropped PDF: a return signed by another office's valid certificate is refused,
saying why — the same verdict as ``shequ verify`` (exit 3). Real city authority, keys and PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from db.periods import parse_period
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import sign_pdf
from db.store import Store
from desktop.common.changes import ChangeHub
from desktop.common.workspace import workspace_for
from desktop.returns.page import ReturnsPage
from tests.support.cli import shequ
from tests.support.exchange_world import OTHER_CODE, make_city, make_office
from tests.support.returns import CODE, EXPLAIN, NOW, build_office, warning_keys


@pytest.fixture
def page(qtbot, store: Store, tmp_path: Path) -> ReturnsPage:
    build_office(store)
    city = make_city(tmp_path / "city")
    make_office(store.data_dir, city, CODE, "红柳湾社区")  # this office, certified by the city
    other = make_office(tmp_path / "other", city, OTHER_CODE, "新华社区")  # another, certified too
    explanations = {**warning_keys(store, "2026"), **EXPLAIN}
    draft = make_return(store, ReturnRequest(parse_period("2026"), explanations=explanations, now=NOW))
    forged = sign_pdf(
        draft.pdf,
        other.identity,
        page=draft.composed.stamp_page,
        box=draft.composed.stamp_box,
        office_name="红柳湾社区",
        signer_name="红柳湾社区",
        when=NOW,
    )
    (tmp_path / "forged.pdf").write_bytes(forged)
    shown = ReturnsPage(workspace_for(store), today=date(2026, 11, 28), hub=ChangeHub())
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitUntil(lambda: not shown.busy, timeout=30_000)
    yield shown
    qtbot.waitUntil(lambda: not shown.busy, timeout=30_000)
    shown.close()
    shown.deleteLater()


def _rows(page: ReturnsPage) -> dict[str, str]:
    form = page.verify_tab.verdict_form
    return {
        form.itemAt(i, form.ItemRole.LabelRole).widget().text(): form.itemAt(i, form.ItemRole.FieldRole).widget().text()
        for i in range(form.rowCount())
    }


def _assert_refused(page: ReturnsPage) -> None:
    assert page.verification is not None and page.verification.status == "mismatch"
    assert page.verify_tab.verdict_heading.text() == "✘ 无效：签名人不是报表所属的单位"
    assert "#c62828" in page.verify_tab.verdict.styleSheet()
    assert "签名人不是报表所属的单位" in page.verify_tab.verdict_text.text()
    reason = _rows(page)["原因："]
    assert f"报表属于社区代码 {CODE}，签名证书却属于社区代码 {OTHER_CODE}" in reason


def test_the_verify_tab_refuses_a_return_signed_by_another_office(qtbot, page: ReturnsPage, tmp_path: Path) -> None:
    path = tmp_path / "forged.pdf"
    page.verify_file(path)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    _assert_refused(page)
    assert shequ("--data-dir", str(page.store.data_dir), "verify", str(path))[0] == 3


def test_a_dropped_forged_return_is_refused(qtbot, page: ReturnsPage, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "forged.pdf"))])
    actions = Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(page, QDragEnterEvent(QPoint(10, 10), actions, mime, left, none))
    drop = QDropEvent(QPointF(10, 10), actions, mime, left, none)
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    _assert_refused(page)
