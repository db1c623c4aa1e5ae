"""报表 page: pre-flight, drafts and signed returns previewed with Qt PDF, printing, saving,
the list of signed returns, and verification (chosen or dropped). Real SQLite, real PDFs."""

from __future__ import annotations

import io
from collections import deque
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from db.audit import Actor
from db.changes import Changes
from db.models import ReturnSnapshot, Staff
from db.periods import parse_period
from db.returns.display import with_signature_stamps
from db.returns.make import ReturnRequest, make_return
from db.returns.sign import KeyStore
from db.store import Store
from db.timeutil import to_local
from desktop.common.changes import ChangeHub
from desktop.common.passphrase import PassphraseDialog
from desktop.common.prompts import ScriptedPrompts, install_prompts
from desktop.common.workspace import workspace_for
from desktop.returns.page import ReturnsPage
from desktop.shell.main_window import MainWindow
from tests.support.cli import shequ
from tests.support.returns import (
    CODE,
    EXPLAIN,
    HEAD,
    NOW,
    PASSPHRASE,
    build_office,
    install_issued_certificate,
    make_ca,
    make_draft,
)

TODAY = date(2026, 11, 28)
EXPLANATION = EXPLAIN["service.post_claims"]


@pytest.fixture
def office(store: Store) -> Store:
    build_office(store)
    return store


@pytest.fixture
def scripted() -> ScriptedPrompts:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


def _wait(qtbot, page: ReturnsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)


@pytest.fixture
def page(qtbot, office: Store, scripted: ScriptedPrompts) -> ReturnsPage:
    shown = ReturnsPage(workspace_for(office), today=TODAY, hub=ChangeHub())
    shown.resize(1100, 760)
    shown.show()
    _wait(qtbot, shown)
    yield shown
    _wait(qtbot, shown)  # nothing left running when the database closes
    shown.close()
    shown.deleteLater()


def type_chinese(widget: QWidget, text: str) -> None:
    """As a Pinyin input method does: one committed string (never keyClicks with Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _snapshots(store: Store) -> list[ReturnSnapshot]:
    with store.session() as session:
        return list(session.exec(select(ReturnSnapshot)).all())


def _sign_directly(store: Store, reason: str = "") -> bytes:
    """Sign 2026's return outside the page (``reason``: a correction's, from the second version on)."""
    request = ReturnRequest(
        parse_period("2026"), sign=True, passphrase=PASSPHRASE, explanations=EXPLAIN, now=NOW, correction_reason=reason
    )
    return make_return(store, request).pdf


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_period_defaults_to_this_year_and_can_be_any_kind(page: ReturnsPage) -> None:
    assert page.period.code == "2026"
    box = page.make_tab.range_box
    ranges = [box.itemText(i) for i in range(box.count()) if box.itemText(i)]
    assert ranges[:4] == ["全年", "上半年", "下半年", "第一季度"] and ranges[-1] == "11月"  # no December yet
    page.set_period("2026Q3")
    assert page.period.code == "2026Q3"
    page.make_tab.range_box.setCurrentIndex(page.make_tab.range_box.findData("-07"))
    assert page.period.code == "2026-07"
    page.make_tab.year_box.setCurrentIndex(page.make_tab.year_box.findData(2025))
    assert page.period.code == "2025-07"
    assert page.make_tab.range_box.findData("-12") >= 0  # a past year has every month


def test_warnings_block_the_draft_until_explained(qtbot, page: ReturnsPage) -> None:
    assert page.check is not None and page.check.preflight.ok
    assert "有 1 条提醒" in page.make_tab.check_status.text()
    assert list(page.make_tab.explanation_boxes) == ["service.post_claims"]
    assert not page.make_tab.errors_box.isVisibleTo(page) and page.make_tab.warnings_box.isVisibleTo(page)

    page.make_tab.draft_button.click()
    assert not page.busy and page.shown is None  # nothing was started
    assert "还有 1 条提醒没有写说明" in page.make_tab.make_message.text()
    assert "border" in page.make_tab.explanation_boxes["service.post_claims"].styleSheet()

    box = page.make_tab.explanation_boxes["service.post_claims"]
    type_chinese(box, EXPLANATION)
    assert page.explanations == {"service.post_claims": EXPLANATION}
    page.make_tab.draft_button.click()
    _wait(qtbot, page)
    assert page.made is not None and not page.made.signed
    assert page.preview.document.status() == QPdfDocument.Status.Ready
    assert page.preview.document.pageCount() == page.made.composed.pages == _pages(page.made.pdf)
    assert page.pane.title.text().startswith("草稿（未签署）：2026年报表")
    assert "已生成2026年报表草稿" in page.make_tab.make_message.text()
    assert _snapshots(page.store) == []  # a draft is not stored


def test_explanations_survive_a_recheck(qtbot, page: ReturnsPage) -> None:
    type_chinese(page.make_tab.explanation_boxes["service.post_claims"], EXPLANATION)
    page.make_tab.recheck_button.click()
    _wait(qtbot, page)
    assert page.make_tab.explanation_boxes["service.post_claims"].toPlainText() == EXPLANATION


def test_blocking_errors_name_the_record(qtbot, page: ReturnsPage) -> None:
    with page.store.transaction(Actor(CODE, None, "测试")) as session:
        session.add(Staff(name="错号", id_number="150802199001011234", start_date=date(2026, 1, 1)))
    page.make_tab.recheck_button.click()
    _wait(qtbot, page)
    assert page.check is not None and not page.check.preflight.ok
    assert page.make_tab.errors_box.isVisibleTo(page)
    texts = [page.make_tab.errors_layout.itemAt(i).widget().text() for i in range(page.make_tab.errors_layout.count())]
    assert any("错号" in text for text in texts)
    assert "必须先改正" in page.make_tab.check_status.text()
    assert not page.make_tab.draft_button.isEnabled() and not page.make_tab.sign_button.isEnabled()


def test_signing_stores_a_snapshot_listed_and_reopened(qtbot, page: ReturnsPage, scripted: ScriptedPrompts) -> None:
    type_chinese(page.make_tab.explanation_boxes["service.post_claims"], EXPLANATION)
    scripted.answers["ask_passphrase"] = deque([PASSPHRASE])
    page.make_tab.sign_button.click()
    _wait(qtbot, page)
    assert ("ask_passphrase", "first_time", "") in scripted.asked  # no key yet: choose one
    [snapshot] = _snapshots(page.store)
    assert snapshot.return_version == 1 and snapshot.signer == HEAD
    assert page.made is not None and page.made.signed and page.made.key_created
    assert page.preview.page_count == page.made.composed.pages
    assert "已签署并保存2026年报表第 1 版" in page.make_tab.make_message.text()
    assert "签名密钥" in page.make_tab.make_message.text()

    listed = page.signed_list
    assert listed.topLevelItemCount() == 1
    row = [listed.topLevelItem(0).text(column) for column in range(5)]
    assert row[:3] == ["2026年", "第 1 版", "已签署"]
    assert row[4] == snapshot.pdf_sha256[:10]
    assert row[3].startswith("2026-")
    assert page.make_tab.correction_reason.isVisibleTo(page)  # the next signature is a correction

    page.preview.clear()
    page.open_snapshot(snapshot.id)
    _wait(qtbot, page)
    assert page.shown is not None and page.shown.pdf == page.made.pdf
    assert page.preview.page_count == page.made.composed.pages
    assert page.shown.title == "已签署：2026年报表 第 1 版"


def test_wrong_passphrase_says_so_and_writes_nothing(qtbot, office: Store, scripted: ScriptedPrompts) -> None:
    _sign_directly(office)
    before = sorted(p.name for p in (office.data_dir / "returns").iterdir())
    scripted.answers["ask_passphrase"] = deque(["wrong-pass-123"])
    page = ReturnsPage(workspace_for(office), today=TODAY, hub=ChangeHub())
    qtbot.addWidget(page)
    _wait(qtbot, page)
    type_chinese(page.make_tab.explanation_boxes["service.post_claims"], EXPLANATION)
    page.make_tab.sign_button.click()
    assert "更正原因" in page.make_tab.make_message.text()  # a second version needs its reason first
    assert not any(q[0] == "ask_passphrase" for q in scripted.asked)
    qtbot.keyClicks(page.make_tab.correction_reason, "fix")
    page.make_tab.sign_button.click()
    _wait(qtbot, page)
    assert ("ask_passphrase", "again", "") in scripted.asked
    assert "口令不正确" in page.make_tab.make_message.text()
    assert any(kind == "error" and "口令不正确" in text for kind, _, text in scripted.asked)
    assert len(_snapshots(office)) == 1
    assert sorted(p.name for p in (office.data_dir / "returns").iterdir()) == before
    assert page.shown is None


def _install_city_issued_certificate(store: Store) -> None:
    """The city's CA issues the office a certificate for its key and becomes its trust anchor."""
    from cryptography.hazmat.primitives import serialization

    keys = KeyStore(store.data_dir)
    ca_key, ca_cert = make_ca("中共巴彦淖尔市委组织部 根证书")
    install_issued_certificate(keys, ca_key, ca_cert)
    keys.city_ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))


def test_verify_valid_tampered_and_unsigned(qtbot, page: ReturnsPage, tmp_path: Path) -> None:
    signed = _sign_directly(page.store)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    page.verify_file(path)
    _wait(qtbot, page)
    assert page.tabs.currentIndex() == 2
    # self-signed, as before the city issues a certificate: the same answer as `shequ verify` (4)
    assert page.verification is not None and page.verification.verification.status == "untrusted"
    assert page.verify_tab.verdict_heading.text().startswith("！已签名")
    assert "本社区自签" in page.verify_tab.verdict_text.text()
    code, _, _ = shequ("--data-dir", str(page.store.data_dir), "verify", str(path))
    assert code == 4

    # once the city's certificate is installed and the office's certificate is issued by it
    _install_city_issued_certificate(page.store)
    signed = _sign_directly(page.store, reason="改用市级证书签署")
    path.write_bytes(signed)
    page.verify_file(path)
    _wait(qtbot, page)
    assert page.verification is not None and page.verification.verification.status == "valid"
    assert page.verify_tab.verdict_heading.text().startswith("✔ 有效")
    assert "#2b7a30" in page.verify_tab.verdict.styleSheet()  # OK_COLOUR
    assert shequ("--data-dir", str(page.store.data_dir), "verify", str(path))[0] == 0
    form = page.verify_tab.verdict_form
    rows = {form.itemAt(i, form.ItemRole.LabelRole).widget().text(): form.itemAt(i, form.ItemRole.FieldRole)
            .widget().text() for i in range(form.rowCount())}  # fmt: skip
    assert rows["签名人："] == HEAD
    signed_at = page.verification.verification.signed_at  # when pyHanko signed: now
    assert signed_at is not None
    assert rows["签署时间："] == to_local(signed_at).strftime("%Y-%m-%d %H:%M") + "（北京时间）"
    assert rows["填报单位："] == f"红柳湾社区（{CODE}）"
    assert rows["报告期："] == "2026年，第 2 版"  # signed again with the city-issued certificate
    assert page.preview.page_count == _pages(signed)  # the file is shown too

    flipped = bytearray(signed)
    flipped[len(signed) // 3] ^= 0x01
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(bytes(flipped))
    page.verify_file(bad)
    _wait(qtbot, page)
    assert page.verification is not None and page.verification.verification.status == "tampered"
    assert page.verify_tab.verdict_heading.text().startswith("✘ 无效")
    assert "#c62828" in page.verify_tab.verdict.styleSheet()

    draft = make_draft(page.store, "2026Q1")
    unsigned = tmp_path / "draft.pdf"
    unsigned.write_bytes(draft)
    page.verify_file(unsigned)
    _wait(qtbot, page)
    assert page.verify_tab.verdict_heading.text().startswith("未签名")


def test_verify_by_choosing_a_file_and_a_missing_one(qtbot, page: ReturnsPage, scripted, tmp_path: Path) -> None:
    scripted.answers["open_file"] = deque([tmp_path / "gone.pdf", None])
    page.verify_tab.verify_button.click()
    _wait(qtbot, page)
    assert page.verify_tab.verdict_heading.text() == "无法核验" and "无法读取" in page.verify_tab.verdict_text.text()
    page.verify_tab.verify_button.click()  # cancelled: nothing changes
    assert not page.busy


def _drop(target: QWidget, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_pdf_on_the_page_verifies_it(qtbot, page: ReturnsPage, tmp_path: Path) -> None:
    path = tmp_path / "Return.PDF"
    path.write_bytes(_sign_directly(page.store))
    assert _drop(page, path) == (True, True)
    _wait(qtbot, page)
    assert page.verification is not None and page.verification.path == path
    assert page.verify_tab.verdict_heading.text().startswith("！已签名")  # self-signed: as `shequ verify` says

    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    assert _drop(page, other)[0] is False


def test_dropping_a_pdf_on_the_main_window_opens_the_page(qtbot, office: Store, tmp_path: Path) -> None:
    window = MainWindow(workspace_for(office))
    qtbot.addWidget(window)
    assert "reports" not in window.built_pages()
    path = tmp_path / "signed.pdf"
    path.write_bytes(_sign_directly(office))
    assert _drop(window, path) == (True, True)
    page = window.page("reports")
    assert isinstance(page, ReturnsPage) and window.current_key == "reports"
    _wait(qtbot, page)
    assert (
        page.verification is not None and page.verification.verification.status == "untrusted"
    )  # self-signed, as `shequ verify` says


def test_print_renders_every_page_to_a_printer(qtbot, page: ReturnsPage, tmp_path: Path) -> None:
    signed = _sign_directly(page.store)
    page.hub.publish(Changes(returns=True, periods=frozenset({"2026"})))  # as signing elsewhere does
    _wait(qtbot, page)  # the period is checked again: its next signature is a correction
    page.open_snapshot(str(page.signed_list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)))
    _wait(qtbot, page)
    assert page.pane.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert page.print_to(printer) == _pages(signed)
    assert _pages(target.read_bytes()) == _pages(signed)


def test_save_as_writes_the_original_bytes_atomically(qtbot, page: ReturnsPage, scripted, tmp_path: Path) -> None:
    signed = _sign_directly(page.store)
    page.hub.publish(Changes(returns=True, periods=frozenset({"2026"})))  # as signing elsewhere does
    _wait(qtbot, page)  # the period is checked again: its next signature is a correction
    page.open_snapshot(str(page.signed_list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)))
    _wait(qtbot, page)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "return.pdf").write_bytes(b"old")
    scripted.answers["save_file"] = deque([folder / "return"])
    page.pane.save_button.click()
    assert (folder / "return.pdf").read_bytes() == signed  # as signed, not the preview's copy
    assert sorted(p.name for p in folder.iterdir()) == ["return.pdf"]  # no temporary file left
    assert "已保存" in page.make_tab.make_message.text()


def test_preview_copy_draws_the_signature_stamp(office: Store) -> None:
    signed = _sign_directly(office)
    shown = with_signature_stamps(signed)
    assert shown != signed and shown.startswith(signed)  # an update appended to a copy
    images = []
    for data in (signed, shown):
        document = QPdfDocument()
        array = QByteArray(data)  # QBuffer keeps only a pointer to it
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        images.append(document.render(1, QSize(300, 424)))  # the signature block is on page 2
        document.close()
    assert images[0] != images[1]  # PDFium draws the stamp only in the copy
    assert with_signature_stamps(b"%PDF-1.7 not really") == b"%PDF-1.7 not really"


def test_passphrase_dialog_first_time_wants_it_twice_and_long(qtbot) -> None:
    dialog = PassphraseDialog(first_time=True)
    qtbot.addWidget(dialog)
    assert "保护本社区的签名密钥" in dialog.intro.text() and "至少 8 个字符" in dialog.intro.text()
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password
    qtbot.keyClicks(dialog.first, "short")
    assert not dialog.ok_button.isEnabled() and "太短" in dialog.problem.text()
    qtbot.keyClicks(dialog.first, "-enough")
    qtbot.keyClicks(dialog.second, "short-enougX")
    assert not dialog.ok_button.isEnabled() and "不一样" in dialog.problem.text()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "short-enough")
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase() == "short-enough"

    again = PassphraseDialog(first_time=False)
    qtbot.addWidget(again)
    assert not again.second.isVisibleTo(again)
    qtbot.keyClicks(again.first, "x")
    assert again.ok_button.isEnabled()  # checked against the key, in the background
