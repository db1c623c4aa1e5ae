"""The English translation: built with lrelease, complete, loaded by Qt; the string finder."""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from build_scripts import build_translations as bt
from desktop.common.i18n import label

SCRIPT = bt.ROOT / "build_scripts" / "build_translations.py"


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``shequ_en.qm`` built by the script's default mode (release) into a temporary folder."""
    qm = tmp_path_factory.mktemp("qm") / "shequ_en.qm"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--qm", str(qm)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return qm


@pytest.fixture
def english(qapp, qm_file: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_release_builds_the_qm(qm_file: Path) -> None:
    assert qm_file.stat().st_size > 1000


def test_english_is_loaded(english: QTranslator) -> None:
    assert english.language() == "en"
    assert QCoreApplication.translate("App", "社区台账") == "Community Ledgers"
    assert QCoreApplication.translate("App", "无法打开社区台账") == "Cannot open Community Ledgers"
    assert QCoreApplication.translate("MainWindow", "首页") == "Home"


def test_labels_from_db_are_translated(english: QTranslator) -> None:
    from db.enums import Ethnicity, StaffPosition
    from db.validation import field_label

    assert label(StaffPosition.SECRETARY.label) == "Party organization secretary"
    assert label(field_label("id_number")) == "ID number"
    assert label(Ethnicity.MONGOL.label) == "Mongol"
    assert label("") == ""
    assert label("没有这个标签") == "没有这个标签"  # unknown text stays as it is


def test_labels_are_chinese_without_a_translator(qapp) -> None:
    assert label("党组织书记") == "党组织书记"


def test_every_message_has_english() -> None:
    """Strict: after adding strings, run `build_translations.py update`, then `missing` and `fill`."""
    messages = bt.read_ts()
    assert messages
    unfinished = [f"{key.context}: {key.source}" for key, (text, kind) in messages.items() if kind or not text.strip()]
    assert not unfinished, f"{len(unfinished)} messages without English, e.g. {unfinished[:10]}"


def test_ts_has_every_string_in_the_sources() -> None:
    """Strict: a string marked in desktop/ or a label in db/ that the .ts lacks means `update` was not run."""
    in_ts = set(bt.read_ts())
    found, _dynamic = bt.source_messages()
    sentences, computed = bt.db_messages()
    assert not computed, f"db.i18n.tr needs a literal template: {computed}"
    wanted = set(found) | set(bt.db_labels()) | set(sentences)
    missing = sorted(f"{key.context}: {key.source}" for key in wanted - in_ts)
    assert not missing, f"run build_scripts/build_translations.py update: {missing[:10]}"


def test_placeholders_survive_translation() -> None:
    for key, (text, _kind) in bt.read_ts().items():
        if not text:
            continue  # test_every_message_has_english reports it
        for number in range(10):
            placeholder = f"{{{number}}}"
            assert (placeholder in key.source) == (placeholder in text), f"{key.context}: {key.source} → {text}"
        assert key.source.count("&") == text.count("&"), f"accelerator lost: {key.source} → {text}"


def test_named_placeholders_of_db_sentences_survive_translation() -> None:
    """The sentences of ``db/`` (``db.i18n.tr``) are filled by name: the English must use the
    same ``{name}`` fields (a format spec such as ``{m:02}`` may differ)."""
    formatter = string.Formatter()

    def names(text: str) -> set[str]:
        return {name for _, name, _, _ in formatter.parse(text) if name}

    checked = 0
    for key, (text, _kind) in bt.read_ts().items():
        if key.context != bt.DB_CONTEXT or not text:
            continue
        assert names(key.source) == names(text), f"{key.source} → {text}"
        checked += 1
    assert checked > 50


def test_the_finder_reads_this_projects_ways_of_marking(tmp_path: Path) -> None:
    (tmp_path / "one.py").write_text(
        """
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "One"

def _t(text):
    return QCoreApplication.translate(CONTEXT, text)

def _n(text: str) -> str:
    return str(QT_TRANSLATE_NOOP("Nav", text))

TITLES = (_n("首页"), _n("设" "置"))
_t("你好")
_t("第 {0} 条").format(3)
QCoreApplication.translate("Two", "再见", "button")
_t(some_variable)

class Dialog:
    def title(self):
        return self.tr("对话框")
""",
        encoding="utf-8",
    )
    (tmp_path / "two.py").write_text('from one import _t as tr_one\ntr_one("借来的")\n', encoding="utf-8")
    found, dynamic = bt.source_messages(sorted(tmp_path.glob("*.py")))
    assert set(found) == {
        bt.Key("Nav", "首页"),
        bt.Key("Nav", "设置"),
        bt.Key("One", "你好"),
        bt.Key("One", "第 {0} 条"),
        bt.Key("Two", "再见", "button"),
        bt.Key("Dialog", "对话框"),
        bt.Key("One", "借来的"),
    }
    assert found[bt.Key("One", "你好")] == ["one.py:13"]
    assert [line.split(": ", 1)[0] for line in dynamic] == ["one.py:16"]


def test_update_keeps_translations_and_fill_sets_them(tmp_path: Path) -> None:
    ts = tmp_path / "shequ_en.ts"
    shutil.copy(bt.TS_FILE, ts)
    before = bt.read_ts(ts)
    bt.update(ts)
    after = bt.read_ts(ts)
    for key, value in before.items():
        if key in after:
            assert after[key] == value

    key = next(iter(after))
    bt.fill([{"context": key.context, "source": key.source, "comment": key.comment, "translation": "Changed"}], ts)
    assert bt.read_ts(ts)[key] == ("Changed", "")
    assert all(entry["source"] != key.source or entry["context"] != key.context for entry in bt.missing(ts))
