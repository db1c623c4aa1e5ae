"""``shequ return --sign`` for a period already signed is a correction (更正): it needs ``--reason``.

Without one the command is refused with one line and exit 2, and nothing is written: no PDF,
no stored return, no snapshot row, the keys as they were.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from db.store import DB_FILENAME
from desktop.cli.main import run

CODE = "150802001001"
PASSPHRASE = "社区签名口令-2026"


def shequ(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def files(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def snapshot_rows(folder: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(folder / DB_FILENAME) as connection:
        return connection.execute(
            "SELECT period_code, return_version, correction_reason FROM return_snapshot ORDER BY return_version"
        ).fetchall()


def test_a_correction_without_a_reason_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    data = ["--data-dir", str(folder)]
    assert shequ(*data, "init", "--office-code", CODE, "--office-name", "红柳湾社区")[0] == 0
    draft = tmp_path / "draft.pdf"
    code, _, err = shequ(*data, "return", "--period", "2026", "--out", str(draft))
    assert code == 2 and "书面说明" in err  # an empty office: every warning needs a written explanation
    keys = [line.strip().split("：", 1)[0] for line in err.splitlines()[1:] if line.startswith("  ")]
    assert keys
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(dict.fromkeys(keys, "新建社区，本期尚无数据。"), ensure_ascii=False), "utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sign = ["return", "--period", "2026", "--explain-file", str(explain), "--sign", "--passphrase-file", str(secret)]

    first = tmp_path / "v1.pdf"
    code, out, err = shequ(*data, *sign, "--out", str(first))
    assert code == 0, err
    assert "第 1 版" in out and first.is_file()
    returns_before, keys_before = files(folder / "returns"), files(folder / "keys")
    assert returns_before and keys_before
    assert snapshot_rows(folder) == [("2026", 1, "")]

    second = tmp_path / "v2.pdf"
    for reason in ([], ["--reason", ""], ["--reason", "   "]):
        code, out, err = shequ(*data, *sign, "--out", str(second), *reason)
        assert (code, out) == (2, ""), err
        assert "--reason" in err and "更正" in err and err.count("\n") == 1
        assert not second.exists()
        assert files(folder / "returns") == returns_before
        assert files(folder / "keys") == keys_before
        assert snapshot_rows(folder) == [("2026", 1, "")]

    code, out, err = shequ(*data, *sign, "--out", str(second), "--reason", "补录一季度经费")
    assert code == 0, err
    assert "第 2 版" in out and second.is_file()
    assert snapshot_rows(folder) == [("2026", 1, ""), ("2026", 2, "补录一季度经费")]


def test_a_draft_after_a_signed_return_needs_no_reason(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    data = ["--data-dir", str(folder)]
    assert shequ(*data, "init", "--office-code", CODE, "--office-name", "红柳湾社区")[0] == 0
    code, _, err = shequ(*data, "return", "--period", "2026H1", "--out", str(tmp_path / "d.pdf"))
    keys = [line.strip().split("：", 1)[0] for line in err.splitlines()[1:] if line.startswith("  ")]
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(dict.fromkeys(keys, "新建社区。"), ensure_ascii=False), "utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    base = ["return", "--period", "2026H1", "--explain-file", str(explain)]
    assert shequ(*data, *base, "--out", str(tmp_path / "v1.pdf"), "--sign", "--passphrase-file", str(secret))[0] == 0
    code, out, err = shequ(*data, *base, "--out", str(tmp_path / "draft.pdf"))
    assert code == 0, err
    assert "草稿" in out and "第 2 版" in out
    assert snapshot_rows(folder) == [("2026H1", 1, "")]
