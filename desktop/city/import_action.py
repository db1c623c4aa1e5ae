"""导入数据包…: the files chosen, imported in the background (:func:`desktop.city.importing.import_files`);
each one's result or refusal listed on 导入记录, a missing earlier bundle waited for or imported with
the gap recorded, and what the files changed published once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.city.importing import import_files
from desktop.city.texts import _t
from desktop.common.exchange_texts import ask_about_gap, missing_text
from desktop.common.import_run import ImportRun
from desktop.common.prompts import EXCHANGE, prompts

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress


def choose_and_import(city: CityParts) -> None:
    """导入数据包…: one or more files from the stick."""
    start = city.drives.folder()  # the stick, when there is one
    paths = prompts().open_files(
        city.window(),
        _t("选择社区报送的数据包（可以多选）"),
        start,
        _t("交换文件 (*.shequ);;所有文件 (*)"),
        purpose=EXCHANGE,
    )
    if paths:
        import_paths(city, paths)


def import_paths(
    city: CityParts, paths: Sequence[Path], *, allow_gap: bool = False, passphrase: str | None = None
) -> None:
    """Import ``paths`` in the background; each file's result, or its refusal, is listed."""
    if city.busy:
        return
    if passphrase is None:
        passphrase = city.ask_passphrase(
            _t("导入数据包"), _t("导入"), _t("社区的数据包用市级的交换证书加密，要用市级密钥打开。")
        )
        if passphrase is None:
            return
    store, authority, chosen = city.store, city.authority, list(paths)
    now = city.clock() if city.clock is not None else None
    first_round = city.last_import if allow_gap else None

    def work(progress: Progress) -> ImportRun:
        return import_files(store, authority, passphrase, chosen, progress, allow_gap=allow_gap, now=now)

    def done(run: ImportRun) -> None:
        _imported(city, run, passphrase, allow_gap)

    def failed(exc: BaseException) -> None:
        city.show_error(exc, _t("没有导入"))
        if first_round is not None:  # what the first round imported is there all the same
            city.hub.publish(first_round.changes())

    city.run(work, done, _t("正在导入数据包…"), on_error=failed)


def _imported(city: CityParts, run: ImportRun, passphrase: str, allow_gap: bool) -> None:
    city.passphrase_worked(passphrase)  # the files were opened with it (a wrong one refuses them all)
    previous = city.last_import
    if allow_gap and previous is not None:  # the second round: the files that waited, now imported
        run = run.after(previous)
    city.last_import = run
    city.imports.show_outcomes(run)
    waiting = run.waiting
    if waiting and not allow_gap:
        message = "\n".join(missing_text(outcome.missing) for outcome in waiting)
        if ask_about_gap(city.window(), message):  # the second round shows everything when it is done
            import_paths(city, [outcome.path for outcome in waiting], allow_gap=True, passphrase=passphrase)
            return
    city.hub.publish(run.changes())  # both rounds' files, after the second
    city.say(*run.summary(allow_gap=allow_gap))
