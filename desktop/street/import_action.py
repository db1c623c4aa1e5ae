"""文件 ▸ 导入社区数据包… (several files) and 导入文件夹… (every street copy for this street in a folder):
imported in the background (:func:`desktop.street.importing.import_files`); each file's result or
refusal said, a missing earlier bundle waited for or imported with the gap recorded, and what the
files changed published once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.common.exchange_texts import ask_about_gap, missing_text
from desktop.common.import_run import ImportRun
from desktop.common.page_parts import WARNING_COLOUR
from desktop.common.prompts import EXCHANGE, prompts
from desktop.street.importing import import_files, street_copies_in
from desktop.street.texts import _t

if TYPE_CHECKING:
    from desktop.common.tasks import Progress
    from desktop.street.services import StreetServices


def choose_and_import(street: StreetServices) -> None:
    """导入社区数据包…: one or more street copies from the stick."""
    paths = prompts().open_files(
        street.window(),
        _t("选择社区经本街道报送的数据包（可以多选）"),
        street.drives.folder(),
        _t("街道副本 (street-*.shequ);;交换文件 (*.shequ);;所有文件 (*)"),
        purpose=EXCHANGE,
    )
    if paths:
        import_paths(street, paths)


def choose_folder_and_import(street: StreetServices) -> None:
    """导入文件夹中的数据包…: every street copy for this street in the folder chosen."""
    folder = prompts().choose_folder(
        street.window(), _t("选择放有社区数据包的文件夹（如 U 盘）"), street.drives.folder(), purpose=EXCHANGE
    )
    if folder is None:
        return
    paths = street_copies_in(folder, street.street.code)
    if not paths:
        street.say(
            WARNING_COLOUR,
            _t("没有找到数据包"),
            _t("文件夹 {0} 中没有给本街道的数据包（文件名以 street-{1}- 开头），没有导入任何内容。").format(
                folder, street.street.code
            ),
        )
        return
    import_paths(street, paths)


def import_paths(
    street: StreetServices,
    paths: Sequence[Path],
    *,
    allow_gap: bool = False,
    passphrase: str | None = None,
    previous: ImportRun | None = None,
) -> None:
    """Import ``paths`` in the background; each file's result, or its refusal, is said."""
    if street.busy:
        return
    if passphrase is None:
        passphrase = street.ask_passphrase(
            _t("导入社区数据包"), _t("导入"), _t("社区给街道的数据包用街道证书加密，要用街道密钥打开。")
        )
        if passphrase is None:
            return
    store, installation, chosen = street.store, street.street, list(paths)

    def work(progress: Progress) -> ImportRun:
        return import_files(store, installation, passphrase, chosen, progress, allow_gap=allow_gap)

    def done(run: ImportRun) -> None:
        _imported(street, run, passphrase, allow_gap, previous)

    def failed(exc: BaseException) -> None:
        street.show_error(exc, _t("没有导入"))
        if previous is not None:  # what the first round imported is there all the same
            street.hub.publish(previous.changes())

    street.run(work, done, _t("正在导入社区数据包…"), on_error=failed)


def _imported(
    street: StreetServices, run: ImportRun, passphrase: str, allow_gap: bool, previous: ImportRun | None
) -> None:
    street.passphrase_worked(passphrase)  # the files were opened with it (a wrong one refuses them all)
    if previous is not None:  # the second round: the files that waited, now imported
        run = run.after(previous)
    waiting = run.waiting
    if waiting and not allow_gap:
        message = "\n".join(missing_text(outcome.missing) for outcome in waiting)
        if ask_about_gap(street.window(), message):
            import_paths(
                street, [outcome.path for outcome in waiting], allow_gap=True, passphrase=passphrase, previous=run
            )
            return
    street.hub.publish(run.changes())
    street.say(*run.summary(allow_gap=allow_gap))
