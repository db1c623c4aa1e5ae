"""``shequ check --period`` is the return's own pre-flight, and every place says a judgement the same way.

A clerk runs ``shequ check`` to learn what the return will ask for; it must list every warning
``shequ return`` then refuses to go on without (same keys), and the words for a figure's
judgement (达标 / 未达标 / 需说明) must be the same in the command line, the app and the PDF.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.compliance import Status
from db.exchange.acks import AckResult
from tests.support.cli import shequ


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "office"
    code, _, err = shequ("--data-dir", str(folder), "demo", "--scale", "1")
    assert code == 0, err
    return folder


def _keys_return_demands(folder: Path, out_pdf: Path, explain: Path | None = None) -> tuple[int, str]:
    args = ["--data-dir", str(folder), "return", "--period", "2026", "--out", str(out_pdf)]
    if explain is not None:
        args += ["--explain-file", str(explain)]
    code, _, err = shequ(*args)
    return code, err


def test_check_lists_every_warning_the_return_asks_to_explain(demo_dir: Path, tmp_path: Path) -> None:
    code, out, _ = shequ("--data-dir", str(demo_dir), "check", "--period", "2026", "--json")
    assert code == 0
    payload = json.loads(out)
    keys = [item["key"] for item in payload["to_explain"]]
    assert keys, "the demo office has figures that need a written explanation"
    assert len(keys) == len(set(keys))

    # the return without explanations refuses, naming exactly those keys
    pdf = tmp_path / "return.pdf"
    code, err = _keys_return_demands(demo_dir, pdf)
    assert code != 0 and not pdf.exists()
    for key in keys:
        assert f"{key}：" in err

    # the text form lists each of them, with the app's word for the judgement
    code, text, _ = shequ("--data-dir", str(demo_dir), "check", "--period", "2026")
    assert code == 0
    for key in keys:
        assert f"[{Status.WARNING.label}] {key}：" in text
    assert f"{len(keys)} 条提醒在生成报表时需要书面说明" in text

    # explaining exactly what check listed is enough for the return
    explain = tmp_path / "explain.json"
    explain.write_text(json.dumps(dict.fromkeys(keys, "本期情况已核实，原因见附件。"), ensure_ascii=False), "utf-8")
    code, err = _keys_return_demands(demo_dir, pdf, explain)
    assert code == 0, err
    from pypdf import PdfReader

    words = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"△ {Status.WARNING.label}" in words and "需注意" not in words


def test_check_without_a_period_says_how_to_check_the_figures(demo_dir: Path) -> None:
    code, out, _ = shequ("--data-dir", str(demo_dir), "check")
    assert code == 0
    assert "全部数据" in out and "--period" in out


def test_stats_uses_the_same_judgement_words_as_the_app_and_the_pdf(demo_dir: Path) -> None:
    from desktop.cli.office import _status_label
    from desktop.common.figures import _STATUS_LABELS

    for status in Status:
        assert _status_label(status.value) == status.label
        assert _STATUS_LABELS[status.value] == status.label
    code, out, _ = shequ("--data-dir", str(demo_dir), "stats", "--period", "2026")
    assert code == 0
    assert "需注意" not in out
    assert f"[{Status.WARNING.label}]" in out


def test_acknowledgement_message_is_one_clean_sentence() -> None:
    result = AckResult(
        seq=7,
        bundle_sha256="0" * 64,
        bundles_acknowledged=2,
        received=[("2026H1", 1)],
        returned=[("2026Q3", 2, "经费合计与附表不一致。")],
        standards_updated=3,
        standards_retired=1,
    )
    message = result.message()
    assert "。；" not in message and "；。" not in message and "。。" not in message
    assert message.endswith("。") and message.count("。") == 1
    assert "被退回：经费合计与附表不一致；" in message
    assert "市级标准更新 3 条" in message and "市级标准停用 1 条" in message
    assert "城市标准" not in message
