"""Expected failures of the data layer, each with a message a clerk can act on (Chinese).

The command line and the app show ``str(error)`` as it is: one line saying what happened
and what to do next. Anything else that escapes is a bug.
"""

from __future__ import annotations


class ShequError(Exception):
    """An expected failure with a user-facing message."""

    exit_code = 2


class DataFolderMissing(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"数据文件夹不存在：{path}。请先运行 “shequ init” 建立社区，或用 --data-dir 指定正确的文件夹。"
        )


class NoDatabase(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(f"这个数据文件夹里还没有社区台账：{path}。请先运行 “shequ init” 或 “shequ demo”。")


class AlreadyRunning(ShequError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"社区台账已在使用这个数据文件夹：{path}。请先关闭另一个正在运行的社区台账窗口或命令，再重试。"
        )


class CorruptDatabase(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(
            f"数据库文件已损坏或不是社区台账的数据库：{path}{extra}。文件未做任何修改；"
            "请从 backups 文件夹中的备份恢复，或联系技术人员。"
        )


class NewerSchema(ShequError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"数据库来自更新版本的社区台账（数据结构版本 {revision}）：{path}。"
            "文件未做任何修改；请安装最新版本的社区台账后再打开。"
        )


class BadPeriod(ShequError):
    def __init__(self, text: str) -> None:
        super().__init__(
            f"无法识别的报告期：“{text}”。请写成 2026（全年）、2026H1（上半年）、2026Q3（第三季度）或 2026-07（月份）。"
        )


class OfficeExists(ShequError):
    def __init__(self, code: str, path: str) -> None:
        super().__init__(f"这个数据文件夹里已经有社区 {code} 的台账：{path}。如要另建社区，请换一个 --data-dir。")


class InvalidInput(ShequError):
    """Input that fails validation; the message lists what to fix."""


class HardDeleteRefused(ShequError):
    def __init__(self, table: str) -> None:
        super().__init__(f"记录不能直接删除（{table}）：删除只做标记，以便同步和恢复。")


class NoOperator(ShequError):
    def __init__(self) -> None:
        super().__init__("没有指定操作人员，不能保存修改。")


class BackupFailed(ShequError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"备份没有完成（{detail}）。数据本身没有任何改动；请检查数据文件夹所在磁盘的剩余空间和权限后重试。"
        )


class BackupUnusable(ShequError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f"（{detail}）" if detail else ""
        super().__init__(f"这个备份不能用来恢复：{path}{extra}。当前数据没有任何改动；请选择另一个备份。")


class RestoreFailed(ShequError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"恢复备份没有完成（{detail}）。当前数据没有任何改动；请检查磁盘剩余空间和文件夹权限后重试。")


class DataFolderIsFile(ShequError):
    """``--data-dir`` (or ``SHEQU_DATA_DIR``) names a file, not a folder."""

    def __init__(self, path: str) -> None:
        from db.i18n import tr

        super().__init__(
            tr(
                "指定的数据文件夹是一个文件，不是文件夹：{path}。请用 --data-dir 指定存放社区台账的文件夹。",
                path=path,
            )
        )


class DataFolderReadOnly(ShequError):
    """The data folder cannot be written (a read-only disk, share or folder): reading works, writing is refused."""

    def __init__(self, path: str) -> None:
        from db.i18n import tr

        super().__init__(
            tr(
                "数据文件夹是只读的，不能写入：{path}。没有做任何修改；如要修改，请把数据文件夹复制到"
                "可写的位置，或请技术人员开放写入权限。",
                path=path,
            )
        )


class DataFolderNeedsUpgrade(ShequError):
    """A read-only data folder whose database this version would have to migrate first."""

    def __init__(self, path: str) -> None:
        from db.i18n import tr

        super().__init__(
            tr(
                "数据文件夹是只读的，而其中的数据库需要先升级到本版本才能使用：{path}。没有做任何修改；"
                "请把数据文件夹复制到可写的位置后再打开。",
                path=path,
            )
        )
