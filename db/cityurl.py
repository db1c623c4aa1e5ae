"""A city's database setting, read before anything heavy: ``city/database.json`` names a server.

Standard library only (:func:`db.folder.claim_folder` reads the setting before SQLAlchemy is
imported). :func:`configured_url` reads ``{"url": "postgresql+psycopg://…"}``; :func:`shown_url`
is the URL as messages show it (never a password). The refusals about the city's database live
here too, so that :mod:`db.folder`, :mod:`db.store` and :mod:`db.citydb` share them. See
:mod:`db.citydb` for the whole story.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from db.errors import ShequError
from db.i18n import tr

# The setting's file in a data folder (db.folder.CITY_DATABASE_SETTING is the same).
DATABASE_SETTING = ("city", "database.json")
POSTGRESQL_SCHEMES = ("postgresql", "postgresql+psycopg")
_MAX_SETTING_BYTES = 64 * 1024


class CityDatabaseSettingBad(ShequError):
    """``city/database.json`` cannot be read, or names a database this version cannot use."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            tr(
                "市级数据库设置文件无法使用：{path}（{detail}）。"
                "请改正这个文件，或用 “shequ city init --database 地址” 重新设置。",
                path=path,
                detail=detail,
            )
        )


class CityDatabaseUnreachable(ShequError):
    """The PostgreSQL server named by the folder does not answer, or refuses this workstation."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(
            tr(
                "连接不上市级数据库 {url}：{detail}。"
                "请检查网络、数据库服务器是否开着，以及用户名和密码；没有做任何修改。",
                url=url,
                detail=detail,
            )
        )


class NewerCityDatabase(ShequError):
    """The database's schema was made by a newer version of the app: nothing is changed."""

    def __init__(self, url: str, revision: str) -> None:
        super().__init__(
            tr(
                "市级数据库 {url} 来自更新版本的社区台账（数据结构版本 {revision}）。"
                "数据库未做任何修改；请在这台电脑上安装最新版本的社区台账后再打开。",
                url=url,
                revision=revision,
            )
        )


def is_postgresql_url(url: str) -> bool:
    return urlsplit(url).scheme.lower() in POSTGRESQL_SCHEMES


def shown_url(url: str) -> str:
    """The URL as messages may show it: any password replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[-1]}"))


def configured_url(data_dir: Path | str) -> str | None:
    """The database URL named in ``<data_dir>/city/database.json``; None when there is no such
    file (the folder's SQLite file is the database). A file that cannot be read, or names anything
    but PostgreSQL, is refused (:class:`CityDatabaseSettingBad`)."""
    path = Path(data_dir).expanduser().joinpath(*DATABASE_SETTING)
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_SETTING_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CityDatabaseSettingBad(str(path), exc.strerror or str(exc)) from exc
    if len(raw) > _MAX_SETTING_BYTES:
        raise CityDatabaseSettingBad(str(path), tr("文件过大"))
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CityDatabaseSettingBad(str(path), tr("不是有效的 JSON")) from exc
    url = document.get("url") if isinstance(document, dict) else None
    if not isinstance(url, str) or not url.strip():
        raise CityDatabaseSettingBad(str(path), tr("缺少 url"))
    if not is_postgresql_url(url.strip()):
        raise CityDatabaseSettingBad(str(path), tr("只支持 postgresql+psycopg:// 开头的地址"))
    return url.strip()


def hide_password(text: str, url: str) -> str:
    """``text`` (a driver's message, say) with the password of ``url`` masked, if it has one."""
    password = urlsplit(url).password
    return text.replace(password, "***") if password else text
