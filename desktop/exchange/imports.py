"""导入交换文件…: the city's acknowledgement, the street's receipt, or another computer's bundle — what
the file's header says decides which. A bundle for the city is refused here with its reason; a bundle with an
earlier one missing asks whether to wait or to import with the gap recorded.

What an import changed is published through the page's hub (nothing, when the file had been
imported before).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.errors import ShequError
from desktop.common.exchange_texts import ask_about_gap, missing_text, reporter
from desktop.common.i18n import text
from desktop.common.page_parts import ERROR_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, WARNING_COLOUR
from desktop.common.prompts import EXCHANGE, prompts
from desktop.common.tasks import Progress

if TYPE_CHECKING:
    from db.exchange.acks import AckResult
    from db.exchange.apply import ApplyResult
    from desktop.exchange.host import ExchangeHost

CONTEXT = "ExchangePage"
RETURNS_TAB = 0
CONFLICTS_TAB = 2


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_and_import(page: ExchangeHost) -> None:
    """导入交换文件…: choose a file on the stick and import it."""
    start = page.drives.folder()  # the stick, when there is one
    path = prompts().open_file(
        page, _t("选择要导入的交换文件"), start, _t("交换文件 (*.shequ);;所有文件 (*)"), purpose=EXCHANGE
    )
    if path is not None:
        import_file(page, path)


def import_file(page: ExchangeHost, path: Path) -> None:
    """Import ``path``: what its header says it is decides how."""
    from db.exchange.apply import KIND_CITY_TO_OFFICE, KIND_DEVICE, KIND_OFFICE_TO_CITY
    from db.exchange.bundle import peek_bundle_file
    from db.exchange.envelope import KIND_STREET_TO_OFFICE

    try:
        header = peek_bundle_file(path)
    except ShequError as exc:
        page._show_error(exc, _t("没有导入"))
        return
    kind = header.get("kind")
    if kind == KIND_CITY_TO_OFFICE:
        import_ack(page, path)
    elif kind == KIND_STREET_TO_OFFICE:
        import_ack(page, path, street=True)
    elif kind == KIND_DEVICE:
        passphrase = page._ask_passphrase(
            _t("导入另一台电脑的数据包"),
            _t("请输入导出这个数据包时设定的交换口令。"),
            _t("导入"),
            field_label=_t("交换口令："),
        )
        if passphrase is not None:
            import_device(page, path, passphrase, allow_gap=False)
    elif kind == KIND_OFFICE_TO_CITY:
        page._say(
            ERROR_COLOUR,
            _t("没有导入"),
            _t("这是社区 {0} 报送市级的第 {1} 号数据包，只能在市委组织部导入；没有做任何修改。").format(
                header.get("from", ""), header.get("seq", "")
            ),
        )
    else:
        page._say(ERROR_COLOUR, _t("没有导入"), _t("这个文件的种类无法识别（{0}），没有做任何修改。").format(kind))


def import_ack(page: ExchangeHost, path: Path, *, street: bool = False) -> None:
    """The city's acknowledgement (bundles it received, returns received or sent back, standards), or
    the street's receipt (``street``: the street's review of the returns, its comments)."""
    if street:
        title = _t("导入街道回执")
        ask = _t("请输入本社区的签名口令：街道回执用本社区的证书加密，要用本社区的密钥打开。")
        busy = _t("正在导入街道回执…")
    else:
        title = _t("导入市级回执")
        ask = _t("请输入本社区的签名口令：市级回执用本社区的证书加密，要用本社区的密钥打开。")
        busy = _t("正在导入市级回执…")
    passphrase = page._ask_passphrase(title, ask, _t("导入"))
    if passphrase is None:
        return
    store = page.store

    def work(progress: Progress) -> AckResult:
        from db.exchange.bundle import import_ack

        progress.update(0, 0, busy)
        return import_ack(store, path, passphrase=passphrase)

    def imported(result: AckResult) -> None:
        page.last_import = result
        page.publish(result.changes)
        older: int = getattr(result, "older_than", 0)  # a street's receipt older than one imported
        if result.already_imported or older:
            said = _t("这份回执以前已经导入过") if result.already_imported else _t("这份街道回执比已导入的旧")
            page._say(NEUTRAL_COLOUR, said, text(result.message()))
            return
        colour = ERROR_COLOUR if result.returned or result.problems else OK_COLOUR
        if street and result.returned:
            heading = _t("已导入街道回执：有报表被街道退回")
        elif street and result.problems:
            heading = _t("已导入街道回执：街道审核认为有报表有问题")
        elif street:
            heading = _t("已导入街道第 {0} 号回执").format(result.seq)
        elif result.returned:
            heading = _t("已导入市级回执：有报表被退回")
        elif result.problems:
            heading = _t("已导入市级回执：市级审核认为有报表有问题")
        else:
            heading = _t("已导入市级第 {0} 号回执").format(result.seq)
        page._say(colour, heading, text(result.message()))
        if result.returned or result.problems:
            page.tabs.setCurrentIndex(RETURNS_TAB)

    page._run(
        work,
        imported,
        busy,
        on_error=lambda exc: page._show_error(exc, _t("回执没有导入")),
        cancellable=False,
    )


def import_device(page: ExchangeHost, path: Path, passphrase: str, *, allow_gap: bool) -> None:
    """Another computer's bundle, opened with its bundle passphrase and merged."""
    store = page.store

    def work(progress: Progress) -> ApplyResult:
        from db.exchange.bundle import import_bundle

        return import_bundle(
            store,
            path,
            city=None,
            passphrase=passphrase,
            allow_gap=allow_gap,
            progress=reporter(progress, _t("正在导入 {0}…").format(path.name)),
        )

    def imported(result: ApplyResult) -> None:
        page.last_import = result
        page.publish(result.changes)
        if result.already_imported:
            page._say(NEUTRAL_COLOUR, _t("这个数据包以前已经导入过"), result.message())
            return
        heading = _t("已导入另一台电脑的第 {0} 号数据包").format(result.seq)
        if result.conflicts:
            page._say(WARNING_COLOUR, heading, result.message())
            page.tabs.setCurrentIndex(CONFLICTS_TAB)
        else:
            page._say(OK_COLOUR, heading, result.message())

    def failed(exc: BaseException) -> None:
        from db.exchange.data_errors import BundleMissing

        if isinstance(exc, BundleMissing) and not allow_gap:
            if ask_about_gap(page, missing_text(exc)):
                import_device(page, path, passphrase, allow_gap=True)
                return
            page._say(
                WARNING_COLOUR,
                _t("等待缺少的数据包"),
                missing_text(exc) + "\n" + _t("拿到缺少的数据包后，先导入它，再导入这个文件。"),
            )
            return
        page._show_error(exc, _t("没有导入"))

    page._run(work, imported, _t("正在导入数据包…"), on_error=failed)


def resolve_selected(page: ExchangeHost, keep: str) -> None:
    """保留本机的 (``local``) / 采用对方的 (``incoming``) for the conflict selected."""
    from db.exchange.apply import resolve_conflict
    from desktop.common.exchange_widgets import conflict_title

    conflict = page.conflicts.selected()
    if conflict is None or page.busy:
        return
    ws = page.workspace
    try:
        settled = resolve_conflict(
            page.store,
            conflict.conflict_id,
            keep=keep,
            operator_id=ws.operator_id,
            operator_name=ws.operator_name or _t("操作人员"),
            bump_version=True,
        )
    except ShequError as exc:
        page._show_error(exc, _t("冲突没有处理"))
        page.refresh()  # the list may be out of date (settled elsewhere): nothing changed here
        return
    page.publish(settled)
    which = _t("保留了本机的版本") if keep == "local" else _t("采用了对方的版本")
    page._say(OK_COLOUR, _t("已处理冲突：{0}").format(conflict_title(conflict)), which)
