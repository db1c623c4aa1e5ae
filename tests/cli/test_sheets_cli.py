"""``shequ import-xlsx``, ``export-xlsx`` and ``template-xlsx``: summaries, exit codes, one line for bad files."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models import AuditEntry, Resident
from db.sheets.mapping import MAPPINGS_FILENAME
from db.store import open_store
from desktop.cli.main import run
from tests.support.sheets_support import OFFICE_CODE, bad_check_digit, make_id, write_xlsx

ZHANG = make_id(date(1950, 1, 1), 11)
LI = make_id(date(1945, 5, 5), 22)
WANG = make_id(date(1960, 9, 9), 33)


def shequ(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    code, _out, err = shequ(
        "--data-dir", str(folder), "init", "--office-code", OFFICE_CODE, "--office-name", "胜利社区"
    )
    assert (code, err) == (0, "")
    return folder


@pytest.fixture
def residents_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "困难群众.xlsx",
        [
            ["序号", "姓名", "身份证号码", "困难类型", "家庭住址", "联系电话"],
            [1, "张三", ZHANG, "低保", "胜利路1号", 13812345678],
            [2, "李四", LI, "独居老人", "胜利路2号", None],
            [3, "王五", bad_check_digit(WANG), "残疾", "胜利路3号", None],
        ],
        title="胜利社区困难群众花名册",
        merge_title=6,
    )


def _residents(folder: Path) -> int:
    with open_store(folder) as store, store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Resident)) or 0)


def test_dry_run_prints_the_preview_and_writes_nothing(office_dir: Path, residents_xlsx: Path) -> None:
    code, out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(residents_xlsx), "--dry-run")
    assert err == ""
    assert code == 1  # a row has errors
    assert "表头在第 2 行" in out
    assert "帮扶对象" in out and "按表头判断" in out
    assert "新增 2 条" in out and "有错误 1 行" in out
    assert "第 5 行 [错误] 身份证号校验位不对" in out
    assert "没有写入任何数据" in out
    assert _residents(office_dir) == 0
    assert not (office_dir / MAPPINGS_FILENAME).exists()


def test_import_writes_the_good_rows_says_what_was_left_out_and_remembers_the_mapping(
    office_dir: Path, residents_xlsx: Path
) -> None:
    code, out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(residents_xlsx))
    assert (code, err) == (1, "")
    assert "已导入：新增 2 条，更新 0 条" in out
    assert "从 Excel 导入：困难群众.xlsx" in out
    assert "有 1 行因为错误没有导入" in out
    assert _residents(office_dir) == 2
    with open_store(office_dir) as store, store.session() as session:
        reasons = set(session.scalars(select(AuditEntry.reason).where(AuditEntry.table_name == "resident")))
    assert reasons == {"从 Excel 导入：困难群众.xlsx"}
    remembered = json.loads((office_dir / MAPPINGS_FILENAME).read_text(encoding="utf-8"))
    assert remembered["kinds"]["residents"]["困难类型"] == "category"

    code, out, _err = shequ("--data-dir", str(office_dir), "import-xlsx", str(residents_xlsx), "--json")
    payload = json.loads(out)
    assert payload["counts"]["unchanged"] == 2 and payload["counts"]["create"] == 0
    assert payload["committed"] is None
    assert _residents(office_dir) == 2


def test_json_output(office_dir: Path, residents_xlsx: Path) -> None:
    code, out, err = shequ(
        "--data-dir", str(office_dir), "import-xlsx", str(residents_xlsx), "--kind", "帮扶对象", "--json"
    )
    assert code == 1 and err == ""
    payload = json.loads(out)
    assert payload["kind"] == "residents" and payload["kind_guessed"] is False
    assert payload["header_row"] == 2
    assert payload["counts"]["create"] == 2 and payload["counts"]["errors"] == 1
    assert payload["committed"]["created"] == 2
    (row,) = [item for item in payload["rows"] if item["action"] == "error"]
    assert row["row"] == 5 and row["issues"][0]["code"] == "id_number.check_digit"
    columns = {column["header"]: column["field"] for column in payload["mapping"]["columns"]}
    assert columns["困难类型"] == "category" and columns["序号"] is None


def test_every_row_fine_exits_0_and_set_fills_a_missing_column(office_dir: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "低保.xlsx", [["姓名", "身份证号"], ["张三", ZHANG], ["李四", LI]])
    code, out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(path), "--kind", "residents")
    assert code == 1 and "帮扶对象类别" in out  # the required column is missing: every row has an error
    code, out, err = shequ(
        "--data-dir", str(office_dir), "import-xlsx", str(path), "--kind", "residents", "--set", "帮扶对象类别=低保户"
    )
    assert (code, err) == (0, ""), out
    assert "每行统一填写：帮扶对象类别=低保户" in out
    assert _residents(office_dir) == 2


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "Workbook".encode("utf-16-le"), "旧.xls", "另存为"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"),
            "密.xlsx",
            "密码",
        ),
        (None, "没有.xlsx", "找不到文件"),
    ],
)
def test_a_bad_file_is_one_line_on_stderr_exit_2_and_nothing_written(
    office_dir: Path, tmp_path: Path, content: bytes | None, name: str, expected: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(path))
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err
    assert _residents(office_dir) == 0


def test_a_sheet_without_a_header_and_an_unknown_kind(office_dir: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["张三", "男", ZHANG], ["李四", "女", LI]])
    code, _out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(path))
    assert code == 2 and "没有找到表头" in err
    vague = write_xlsx(tmp_path / "b.xlsx", [["编号", "备注", "说明"], [1, "x", "y"]])
    code, _out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(vague))
    assert code == 2 and "--kind" in err
    code, _out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(vague), "--kind", "人口")
    assert code == 2 and "party_members（党员）" in err
    code, _out, err = shequ("--data-dir", str(office_dir), "import-xlsx", str(vague), "--kind", "visits")
    assert code == 2 and "不能从表格导入" in err


def test_export_and_template(office_dir: Path, residents_xlsx: Path, tmp_path: Path) -> None:
    shequ("--data-dir", str(office_dir), "import-xlsx", str(residents_xlsx))
    out_file = tmp_path / "名单.xlsx"
    code, out, err = shequ(
        "--data-dir",
        str(office_dir),
        "export-xlsx",
        "--kind",
        "帮扶对象",
        "--out",
        str(out_file),
        "--filter",
        "类别=低保户",
    )
    assert (code, err) == (0, ""), err
    assert "已导出 1 条帮扶对象记录" in out
    rows = list(load_workbook(out_file).active.iter_rows(values_only=True))
    assert rows[0][0] == "姓名" and [row[0] for row in rows[1:]] == ["张三"]

    code, out, err = shequ(
        "--data-dir", str(office_dir), "export-xlsx", "--kind", "residents", "--out", str(out_file), "--search", "李"
    )
    assert code == 0 and "已导出 1 条" in out

    code, _out, err = shequ(
        "--data-dir", str(office_dir), "export-xlsx", "--kind", "residents", "--out", str(tmp_path / "x" / "y.xlsx")
    )
    assert code == 2 and "文件夹不存在" in err
    code, _out, err = shequ(
        "--data-dir",
        str(office_dir),
        "export-xlsx",
        "--kind",
        "residents",
        "--out",
        str(out_file),
        "--filter",
        "颜色=红",
    )
    assert code == 2 and "没有“颜色”这一项" in err

    template = tmp_path / "模板.xlsx"
    code, out, err = shequ("--data-dir", str(office_dir), "template-xlsx", "--kind", "党员", "--out", str(template))
    assert (code, err) == (0, "")
    assert "党员的空白模板" in out
    assert load_workbook(template).active["A2"].value == "姓名*"
