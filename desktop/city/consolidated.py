"""汇总报表: the consolidated return of the period chosen (生成汇总表, or 签署汇总表… with the city's
key), shown on its tab; 另存为… and 打印… the PDF shown (this one, or an office's return)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.errors import ShequError
from desktop.city.texts import _t
from desktop.common.exchange_texts import period_text
from desktop.common.page_parts import OK_COLOUR

if TYPE_CHECKING:
    from desktop.city.parts import CityParts
    from desktop.common.tasks import Progress


def make_city_return(city: CityParts, *, sign: bool) -> None:
    """生成汇总表 / 签署汇总表…: the consolidated return of the period chosen, in the preview."""
    if city.busy:
        return
    passphrase = None
    if sign:
        passphrase = city.ask_passphrase(
            _t("签署汇总表"), _t("签署"), _t("汇总表用市级密钥签名（PAdES），社区和上级可以核验它的来源和完整性。")
        )
        if passphrase is None:
            return
    store, authority, period, city_name = city.store, city.authority, city.period, city.city_name

    def work(progress: Progress) -> tuple[bytes, bytes, int, bool]:
        from db.exchange.city_return import make_city_return
        from db.returns.display import with_signature_stamps

        progress.update(0, 0, _t("正在生成市级汇总表…"))
        made = make_city_return(store, authority, period, sign=sign, passphrase=passphrase)
        return made.pdf, with_signature_stamps(made.pdf) if made.signed else made.pdf, made.pages, made.signed

    def made(result: tuple[bytes, bytes, int, bool]) -> None:
        pdf, display, pages, signed = result
        if signed and passphrase is not None:
            city.passphrase_worked(passphrase)
        state = _t("已签名") if signed else _t("未签名")
        title = _t("{0}{1}汇总表（{2}）").format(city_name, period_text(period.code), state)
        city.return_tab.show_pdf(
            pdf, display, title, _t("{0}{1}汇总表.pdf").format(city_name, period_text(period.code))
        )
        city.tabs.setCurrentWidget(city.return_tab)
        city.say(
            OK_COLOUR,
            _t("已生成{0}市级汇总表（共 {1} 页，{2}）").format(period_text(period.code), pages, state),
            _t("可以打印，或点“另存为…”保存。"),
        )

    city.run(
        work,
        made,
        _t("正在生成市级汇总表…"),
        cancellable=not sign,
        on_error=lambda e: city.show_error(e, _t("汇总表没有生成")),
    )


def save_shown(city: CityParts) -> None:
    """另存为…: the PDF shown, as made (signed), where the person chooses."""
    shown = city.return_tab.shown
    if shown is None:
        return
    from desktop.common.pdf_view import save_pdf

    pdf, name = shown
    target = save_pdf(
        city.window(),
        pdf,
        title=_t("另存为"),
        file_name=name,
        failed=lambda text: city.show_error(ShequError(text)),
    )
    if target is None:
        return
    city.say(OK_COLOUR, _t("已保存：{0}").format(target))


def print_shown(city: CityParts) -> None:
    tab = city.return_tab
    if tab.shown is None or not tab.preview.page_count:
        return
    from desktop.common.pdf_view import print_preview

    pages = print_preview(city.window(), tab.preview, tab.shown[1], error_title=_t("打印"))
    if pages is not None:
        city.say(OK_COLOUR, _t("已送往打印机：{0} 页。").format(pages))


def preview_shown(city: CityParts) -> None:
    """打印预览…: the PDF shown as it will be printed (A4, true scale); 打印 there prints it."""
    tab = city.return_tab
    if tab.shown is None or not tab.preview.page_count:
        return
    from desktop.common.printing import preview_pdf

    pages = preview_pdf(city.window(), tab.preview.document, tab.shown[1], error_title=_t("打印"))
    if pages is not None:
        city.say(OK_COLOUR, _t("已送往打印机：{0} 页。").format(pages))
