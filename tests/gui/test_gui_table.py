"""The record table model: formatting, search, sort, ids on demand; qtmodeltester on every list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from db.audit import LedgerSession
from db.models import Staff
from db.store import Store
from desktop.common.columns import LISTS, columns_for
from desktop.common.record_table import BLOCK_SIZE, ROW_ID_ROLE, RecordTableModel
from tests.support.office import OFFICE_CODE, add_sample_ledgers


@pytest.fixture
def sample(store: Store, session: LedgerSession) -> dict[str, str]:
    return add_sample_ledgers(store, session)


def _model(store: Store, kind_key: str) -> RecordTableModel:
    model = RecordTableModel(store.session, columns_for(kind_key))
    model.refresh()
    return model


def _column(model: RecordTableModel, header: str) -> int:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(header)


def _values(model: RecordTableModel, header: str) -> list[str]:
    column = _column(model, header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("kind_key", sorted(LISTS))
def test_every_list_passes_the_model_tester(qtmodeltester, store: Store, sample: dict[str, str], kind_key: str) -> None:
    model = _model(store, kind_key)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_empty_list_passes_the_model_tester(qtmodeltester, store: Store) -> None:
    model = _model(store, "staff")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_live_records_only_and_row_id_role(store: Store, sample: dict[str, str]) -> None:
    model = _model(store, "staff")
    assert model.rowCount() == 4
    ids = {model.index(row, 0).data(ROW_ID_ROLE) for row in range(model.rowCount())}
    assert sample["gone"] not in ids
    assert sample["张三"] in ids
    assert model.record_id(0) == model.index(0, 0).data(ROW_ID_ROLE)


def test_values_are_formatted_for_people(store: Store, sample: dict[str, str]) -> None:
    model = _model(store, "staff")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "张三")

    def cell(header: str) -> str:
        return model.index(row, _column(model, header)).data()

    assert cell("性别") == "男"
    assert cell("职务") == "党组织书记"
    assert cell("报酬(元)") == "3,500.50"
    assert cell("任职日期") == "2020-03-01"
    assert cell("一肩挑") == "是"
    assert cell("医疗保险") == "否"
    assert cell("身份证号") == "150802198001011234"
    pay = model.index(row, _column(model, "报酬(元)"))
    assert pay.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight

    residents = _model(store, "residents")
    assert _values(residents, "帮扶需求") == ["医疗、生活照料"]
    facilities = _model(store, "facilities")
    assert _values(facilities, "面积(平方米)") == ["320.5"]
    assert _values(facilities, "网络") == ["是"]


def test_references_show_names(store: Store, sample: dict[str, str]) -> None:
    pairings = _model(store, "pairings")
    assert sorted(_values(pairings, "帮扶方")) == ["临河区第一小学", "刘洋"]
    assert _values(pairings, "帮扶对象") == ["赵大爷", "赵大爷"]
    orgs = _model(store, "party_orgs")
    parents = dict(zip(_values(orgs, "名称"), _values(orgs, "上级党组织"), strict=True))
    assert parents == {"胜利社区党委": "", "第一党支部": "胜利社区党委"}
    assert _values(_model(store, "activities"), "地点") == ["社区服务中心"]
    assert _values(_model(store, "volunteers"), "党员") == ["王芳"]


def test_search_filters_in_sql(store: Store, sample: dict[str, str]) -> None:
    model = _model(store, "staff")
    model.set_search("张")
    assert sorted(_values(model, "姓名")) == ["张三", "张丽"]  # the deleted 张已删 is not found
    model.set_search("13904781234")  # phone
    assert _values(model, "姓名") == ["张三"]
    model.set_search("19800101")  # part of an ID number
    assert _values(model, "姓名") == ["张三"]
    model.set_search("网格")  # note
    assert _values(model, "姓名") == ["张丽"]
    model.set_search("张 网格")  # every word must match
    assert _values(model, "姓名") == ["张丽"]
    model.set_search("100%")  # wildcards are literal
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 4


def test_search_resets_once(qtbot, store: Store, sample: dict[str, str]) -> None:
    model = _model(store, "staff")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_search("李")
    model.set_search("李")  # unchanged: no new query
    assert resets == [1]
    assert model.rowCount() == 1


def test_sort_changes_the_order(store: Store, sample: dict[str, str]) -> None:
    model = _model(store, "staff")
    column = _column(model, "职务")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    # enum columns sort in the order of the enumeration (书记 first), not by code
    assert _values(model, "职务") == ["党组织书记", "居委会主任", "专职社区工作者", "网格员"]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _values(model, "职务") == ["网格员", "专职社区工作者", "居委会主任", "党组织书记"]

    funding = _model(store, "funding")  # newest first by default
    assert _values(funding, "到账日期") == ["2026-05-01", "2026-02-01"]
    funding.sort(_column(funding, "金额(元)"), Qt.SortOrder.DescendingOrder)
    assert _values(funding, "金额(元)") == ["12,345.67", "500.00"]

    pairings = _model(store, "pairings")
    pairings.sort(_column(pairings, "帮扶方"), Qt.SortOrder.DescendingOrder)
    assert _values(pairings, "帮扶方") == sorted(["临河区第一小学", "刘洋"], reverse=True)


def test_rows_are_read_in_blocks(store: Store, session: LedgerSession) -> None:
    total = BLOCK_SIZE * 2 + 7
    session.add_all(Staff(office_code=OFFICE_CODE, name=f"居民{i:04d}") for i in range(total))
    session.commit()
    model = _model(store, "staff")
    assert model.rowCount() == total
    assert model.index(total - 1, 0).data() == f"居民{total - 1:04d}"
    assert len(model._blocks) == 1  # only the block in view was read
    assert model.index(0, 0).data() == "居民0000"
    assert model.index(BLOCK_SIZE, 0).data() == f"居民{BLOCK_SIZE:04d}"
    assert len(model._blocks) == 3
    assert model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.UserRole + 99) is None


def test_twenty_thousand_records_open_search_and_sort(qtbot, store: Store) -> None:
    from sqlalchemy import insert

    from db.models import new_id
    from desktop.ledgers.list_page import ListPage

    total = 20_000
    with store.session() as session:  # bulk rows straight in; the audit log is not the subject here
        session.execute(
            insert(Staff),
            [
                {
                    "id": new_id(),
                    "office_code": OFFICE_CODE,
                    "name": f"{'张王李赵刘'[i % 5]}{i:05d}",
                    "id_number": f"15080219{i % 90 + 10:02d}0101{i:04d}"[:18],
                    "phone": f"139{i:08d}",
                    "position": "grid_worker",
                    "pay_fen": i * 100,
                }
                for i in range(total)
            ],
        )
        session.commit()

    page = ListPage(store.session, "staff")
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.count_label.text() == f"共 {total} 条"

    page.model.set_search("张")
    assert page.model.rowCount() == total // 5

    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.table.scrollToBottom()
    qtbot.wait(1)
    assert page.model.index(0, 0).data() == "张19995"
