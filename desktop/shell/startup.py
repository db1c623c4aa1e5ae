"""From launch to the main window: :class:`StartUp` walks there one step at a time, never blocking
(so tests drive each step's dialog without an event loop of their own):

1. claim the data folder (:func:`db.folder.claim_folder`: lock, checks — standard library only);
   an expected failure is shown and ends. When the office is set up and no migration is due,
   its profile and operators are read without the data layer (:func:`db.folder.peek_profile`)
   and the data layer (SQLAlchemy and the models, ~0.4 s) loads on a background thread
   (:mod:`desktop.shell.data_layer`) while the next steps show; otherwise the store opens here
   (migrations, an unfinished set-up). SQLite's ``quick_check``, which reads the whole file
   (~170 ms at 120 MB), then runs on a thread of its own (:class:`IntegrityCheck`) while the
   window shows; the store is attached only once it has passed, and a damaged file is refused
   as before (the message, then the end) whenever the check finds it. When a migration is due, or
   the set-up is unfinished, the check runs before anything shows, as it always did;
2. no database or no office yet → the first-run wizard (:mod:`desktop.shell.first_run`);
3. who is working → the sign-in dialog (:mod:`desktop.shell.signin`), skipped for a single operator
   without a password and for the administrator the wizard has just created;
4. the main window, with its last size, position and page restored (:mod:`desktop.common.settings`);
   when it opens on 首页 and a standing was kept last time for this database
   (:mod:`db.standing_cache`), the dashboard shows it at once, marked as of its time
   (:attr:`StartUp.standing_shown`); when the data layer has loaded and the check passed, the store
   is attached and the page built or judged again (:meth:`MainWindow.attach`;
   :attr:`StartUp.window_ready`: the window's page shows current figures).

A data folder holding the city's installation (``shequ city init``; one file tells) skips all
of this: the store opens and the city's window shows (:mod:`desktop.city.window`); a street's
installation (``shequ street init``) likewise opens the street's window (:mod:`desktop.street.window`).

Cancelling a step quits cleanly, with nothing written. The Qt application itself is set up
before (:mod:`desktop.shell.app`).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.common.settings import Settings
from desktop.shell.data_layer import DataLayerLoader

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from db.errors import ShequError
    from db.folder import FolderClaim, Profile
    from db.standing_cache import CachedStanding
    from db.store import Store
    from desktop.city.window import CityWindow
    from desktop.home.dashboard import DashboardPage
    from desktop.shell.first_run import FirstRunWizard
    from desktop.shell.main_window import MainWindow
    from desktop.shell.signin import SignInDialog, SignInOperator
    from desktop.street.window import StreetWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def freeze_start_up_objects() -> None:
    """Leave what start-up made (modules, classes, SQLAlchemy's metadata, the window) out of
    garbage collection from now on. A full collection over those ~100,000 objects stalls the
    window for ~50 ms (a hitch while scrolling a long list; see benches/bench_lists.py); frozen,
    collections only look at what was made since."""
    import gc

    gc.collect()
    gc.freeze()


def show_error(message: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _t("无法打开社区台账"), message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


class WindowMemory(QObject):
    """Remembers the main window's size, position and page when it closes."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False

    def save(self) -> None:
        self.settings.set_window_geometry(self.window.saveGeometry())
        self.settings.set_last_page(self.window.current_key)


class IntegrityCheck(QObject):
    """SQLite's ``quick_check`` of the database (:func:`db.folder.quick_check`) on a thread of its
    own — it spends its time inside SQLite, without Python's lock — while the window shows;
    :meth:`whenDone` calls back on the GUI thread with None or the refusal."""

    finished = Signal(object)  # None, or the exception the check raised

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.started = False
        self.done = False
        self.error: BaseException | None = None
        self._waiting: list[Callable[[BaseException | None], None]] = []
        self.finished.connect(self._finished)  # queued: emitted from the checking thread

    def start(self) -> None:
        """Start checking (once; later calls do nothing)."""
        if self.started:
            return
        self.started = True
        threading.Thread(target=self._run, name="shequ-quick-check", daemon=True).start()

    def _run(self) -> None:
        from db.folder import quick_check

        error: BaseException | None = None
        try:
            quick_check(self.db_path)
        except BaseException as exc:  # reported on the GUI thread
            error = exc
        self.finished.emit(error)

    def _finished(self, error: BaseException | None) -> None:
        self.done, self.error = True, error
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(error)

    def whenDone(self, callback: Callable[[BaseException | None], None]) -> None:
        """Call ``callback(error)`` on the GUI thread once checked (at once if it already is)."""
        if self.done:
            callback(self.error)
        else:
            self._waiting.append(callback)


def restore_window(window: MainWindow, settings: Settings) -> None:
    """Give the window its remembered size, position and page."""
    from desktop.shell.navigation import PAGE_KEYS

    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    page = settings.last_page()
    if page in PAGE_KEYS and page != window.current_key:
        window.show_page(page)


class StartUp(QObject):
    """From launch to the main window (see the module's notes). Each step shows its dialog
    and returns; the dialog's answer starts the next step.

    :attr:`exit_code` is set (and :attr:`ended` emitted) when start-up stops without a window:
    an error that was shown, or the person cancelling. Otherwise :attr:`window` is shown.
    """

    ended = Signal(int)
    window_shown = Signal()  # the main window has been shown (its data may still be loading)
    standing_shown = Signal()  # 首页 shows the standing kept last time (marked; the data still loading)
    window_ready = Signal()  # the main window's data is open and its page built (首页: judged now)

    def __init__(self, data_dir: Path, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings if settings is not None else Settings()
        self.store: Store | None = None
        self.claim: FolderClaim | None = None  # the folder, locked, while the data layer loads
        self.profile: Profile | None = None  # the office and operators, read before the data layer
        self.loader: DataLayerLoader | None = None
        self.integrity: IntegrityCheck | None = None  # the file's quick_check, while the window shows
        self.kept: CachedStanding | None = None  # the standing kept last time for this database
        self.early_home: DashboardPage | None = None  # 首页 built from it before the data was open
        self._layer: tuple[BaseException | None] | None = None  # the data layer's outcome, once loaded
        self.wizard: FirstRunWizard | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.window: MainWindow | None = None
        self.city_window: CityWindow | None = None  # the city's installation has its own window
        self.street_window: StreetWindow | None = None  # and so has a street's
        self.exit_code: int | None = None

    def start(self) -> None:
        from db.errors import DataFolderMissing, NoDatabase, ShequError
        from db.folder import claim_folder, is_city_folder, is_street_folder, peek_profile

        if is_city_folder(self.data_dir):  # one file check: the city's consolidated data, not an office
            self._open_city()
            return
        if is_street_folder(self.data_dir):  # the street's window; never the office's wizard inside a street's data
            self._open_street()
            return
        try:
            claim = claim_folder(self.data_dir, defer_check=True)
        except (DataFolderMissing, NoDatabase):
            self._first_run()
            return
        except (ShequError, sqlite3.DatabaseError) as exc:  # a file named as the folder, read-only, damaged…
            self._fail(exc)
            return
        profile = None if claim.needs_migration else peek_profile(claim.db_path)
        if profile is not None and profile.office_code:
            # The usual start: the window (or the sign-in) appears at once; the file's check runs
            # and the data layer loads meanwhile in the background, and the store is attached
            # when both are done.
            self.claim, self.profile = claim, profile
            self.loader = DataLayerLoader(self)  # started once the first window shows
            if claim.unchecked:  # started with the loader, once the first window shows
                self.integrity = IntegrityCheck(claim.db_path, self)
                self.integrity.whenDone(self._checked)
            self._sign_in()
            return
        if claim.unchecked:  # the slow path checks the file before anything shows, as it always did
            from db.folder import quick_check

            try:
                quick_check(claim.db_path)
            except (ShequError, sqlite3.DatabaseError) as exc:
                claim.release()
                self._fail(exc)
                return
            claim.unchecked = False
        self._open_store_now(claim)

    def _kept_standing(self, profile: Profile) -> CachedStanding | None:
        """The standing 首页 showed last time, if it was kept for this database (db.standing_cache)."""
        from db.folder import head_revision
        from db.standing_cache import read_standing

        return read_standing(
            self.data_dir, office_code=profile.office_code, revision=head_revision(), data_mark=profile.data_mark
        )

    def _open_store_now(self, claim: FolderClaim) -> None:
        """The slow path (a migration, a set-up not finished): the engine before anything shows."""
        from db.errors import ShequError
        from db.office import current_office
        from db.store import attach_store

        try:
            store = attach_store(claim)
        except (ShequError, sqlite3.DatabaseError) as exc:
            self._fail(exc)
            return
        self.store = store
        try:
            with store.session() as session:
                has_office = current_office(session) is not None
        except sqlite3.DatabaseError as exc:
            self._fail(exc)
            return
        if has_office:
            self._sign_in()
        else:
            self._first_run()

    def _open_city(self) -> None:
        """The city's installation: its window (no sign-in — the city's passphrase guards its keys)."""
        from db.errors import ShequError
        from db.exchange.pki import CityAuthority
        from db.store import open_store
        from desktop.city.window import CityWindow

        try:
            self.store = open_store(self.data_dir)
            window = CityWindow(self.store, CityAuthority(self.data_dir))
        except (ShequError, sqlite3.DatabaseError) as exc:
            self._fail(exc)
            return
        self.settings.set_last_data_dir(self.data_dir)
        self.city_window = window
        QApplication.setQuitOnLastWindowClosed(True)
        window.show()
        self.window_shown.emit()
        self.window_ready.emit()

    def _open_street(self) -> None:
        """A street's installation: its window (no sign-in — the street's passphrase guards its keys)."""
        from db.errors import ShequError
        from db.exchange.street import StreetInstallation
        from db.store import open_store
        from desktop.street.window import StreetWindow

        try:
            street = StreetInstallation(self.data_dir)
            street.name  # noqa: B018 (reads installation.json: a damaged one is refused here)
            self.store = open_store(self.data_dir, create=True)  # the street's consolidated database
            window = StreetWindow(self.store, street)
        except (ShequError, sqlite3.DatabaseError) as exc:
            self._fail(exc)
            return
        self.settings.set_last_data_dir(self.data_dir)
        self.street_window = window
        QApplication.setQuitOnLastWindowClosed(True)
        window.show()
        self.window_shown.emit()
        self.window_ready.emit()

    # --- the steps -------------------------------------------------------------------------

    def _first_run(self) -> None:
        from desktop.shell.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.data_dir, self.store)
        self.wizard = wizard
        wizard.accepted.connect(self._wizard_done)
        wizard.rejected.connect(self._wizard_cancelled)
        wizard.show()

    def _wizard_cancelled(self) -> None:
        if self.wizard is not None:
            self.store = self.wizard.store
        self._end(0)

    def _wizard_done(self) -> None:
        from desktop.shell.signin import load_operators

        wizard = self.wizard
        assert wizard is not None and wizard.store is not None
        self.store = wizard.store
        if wizard.admin_id is not None:  # they have just made themselves administrator
            admin = next((op for op in load_operators(self.store) if op.id == wizard.admin_id), None)
            if admin is not None:
                self._open_window(admin)
                return
        self._sign_in()

    def _sign_in(self) -> None:
        from desktop.shell.signin import SignInDialog, automatic_operator, load_operators

        if self.store is not None:
            from db.office import current_office

            operators: Sequence[SignInOperator] = load_operators(self.store)
            with self.store.session() as session:
                office = current_office(session)
            office_name = office.name if office else ""
        else:
            assert self.profile is not None
            operators, office_name = self.profile.operators, self.profile.office_name
        automatic = automatic_operator(operators)
        if automatic is not None or not operators:
            self._open_window(automatic)
            return
        dialog = SignInDialog(operators, office_name)
        self.sign_in_dialog = dialog
        dialog.accepted.connect(lambda: self._open_window(dialog.chosen))
        dialog.rejected.connect(lambda: self._end(0))
        dialog.show()
        if self.loader is not None:
            self._start_background()  # while they choose and type their password

    def _open_window(self, operator: SignInOperator | None) -> None:
        from desktop.common.workspace import pending_workspace, workspace_for
        from desktop.shell.main_window import MainWindow

        self.settings.set_last_data_dir(self.data_dir)
        if self.store is not None:
            workspace = workspace_for(self.store, operator)
        else:
            assert self.profile is not None
            workspace = pending_workspace(self.data_dir, self.profile, operator)
        window = MainWindow(workspace)
        restore_window(window, self.settings)
        WindowMemory(window, self.settings)
        self.window = window
        QApplication.setQuitOnLastWindowClosed(True)
        window.show()
        self.window_shown.emit()
        if workspace.attached:
            self._window_ready()
            return
        assert self.loader is not None
        if window.current_key == "home":
            QTimer.singleShot(0, self._show_kept)  # once the frame has painted; then the data layer
        else:
            QTimer.singleShot(0, self._start_background)  # once the frame has painted
        self.loader.whenLoaded(self._loaded)

    def _start_background(self) -> None:
        """Load the data layer and check the file, each on a thread of its own, once what is on
        screen has been drawn (on a busy machine the check's reading would slow the drawing)."""
        if self.loader is not None:
            self.loader.start()
        if self.integrity is not None:
            self.integrity.start()

    def _show_kept(self) -> None:
        """首页 from the standing kept last time, marked as of its time, while the data loads; then
        the data layer and the file's check start (whatever happened meanwhile, as they always did)."""
        window, profile = self.window, self.profile
        if window is not None and profile is not None and self.claim is not None and not window.workspace.attached:
            self.kept = self._kept_standing(profile)  # read now: the frame painted without waiting for it
            if self.kept is not None and window.current_key == "home":  # (they may have chosen another page)
                from desktop.home.dashboard import DashboardPage

                page = DashboardPage(
                    None,
                    window.workspace.office_name,
                    office_code=window.workspace.office_code or None,
                    hub=window.hub,
                    cached=self.kept,
                )
                page.open_requested.connect(window.open_record)
                page.reports_requested.connect(window.open_reports)
                window.adopt_page("home", page)
                self.early_home = page
                self.standing_shown.emit()
        QTimer.singleShot(0, self._start_background)  # once it has painted

    def _loaded(self, error: BaseException | None) -> None:
        """The data layer has loaded (in the background): attach once the file's check has passed."""
        self._layer = (error,)
        if self.integrity is None or (self.integrity.done and self.integrity.error is None):
            self._attach(error)

    def _checked(self, error: BaseException | None) -> None:
        """The file's quick_check is done: a damaged file ends start-up (shown as before the window
        appeared); a sound one is attached once the data layer has loaded."""
        claim = self.claim
        if claim is None:  # start-up ended meanwhile (the window was closed)
            return
        if error is None:
            claim.unchecked = False
            if self._layer is not None:
                self._attach(self._layer[0])
            return
        from db.errors import ShequError

        if not isinstance(error, (ShequError, sqlite3.DatabaseError)):
            raise error  # a bug: the crash dialog says so
        self.claim = None
        claim.release()
        dialog = self.sign_in_dialog
        if dialog is not None and dialog.isVisible():
            dialog.blockSignals(True)  # its answer no longer matters
            dialog.hide()
        window = self.window
        if window is not None:
            window.hide()
        self._fail(error)
        if window is not None:
            window.close()

    def _attach(self, error: BaseException | None) -> None:
        """The data layer has loaded (in the background) and the file's check passed: open the
        store and give it to the window."""
        from db.errors import ShequError

        window, claim = self.window, self.claim
        if window is None or claim is None:  # start-up ended meanwhile (the window was closed)
            return
        self.claim = None
        if error is None:
            from db.store import attach_store

            try:
                self.store = attach_store(claim)
            except BaseException as exc:  # attach_store has released the folder
                error = exc
        else:
            claim.release()
        if error is not None:
            if not isinstance(error, (ShequError, sqlite3.DatabaseError)):
                raise error  # a bug: the crash dialog says so
            window.hide()
            self._fail(error)
            window.close()
            return
        assert self.store is not None  # attached above, or the error returned
        window.attach(self.store)
        if self.early_home is not None:  # 首页 from the kept standing: judge it now (if shown)
            self.early_home.attach(self.store.session, self.store.db_path)
        self._window_ready()

    def _window_ready(self) -> None:
        window = self.window
        assert window is not None and window.backups is not None
        self.window_ready.emit()
        window.backups.schedule_daily()  # today's backup, if none yet, once the window is up
        QTimer.singleShot(0, self._after_ready)  # once the page has painted

    def _after_ready(self) -> None:
        """What can wait until the window's page has painted its current figures: the pinyin
        dictionaries (loading them holds Python's lock for ~0.5 s: the page's first judgement
        would wait for it) and leaving start-up's objects out of garbage collection."""
        if self.loader is not None and self.loader.done and self.loader.error is None:
            self.loader.warm_up()
        freeze_start_up_objects()

    def _fail(self, error: ShequError | sqlite3.DatabaseError) -> None:
        """Show why the data folder cannot be opened (SQLite's own errors as a damaged file) and end."""
        from db.errors import CorruptDatabase, ShequError
        from desktop.common.i18n import error_text

        if not isinstance(error, ShequError):
            error = CorruptDatabase(str(self.data_dir), str(error))
        show_error(error_text(error))
        self._end(error.exit_code)

    def _end(self, code: int) -> None:
        self.close()
        self.exit_code = code
        self.ended.emit(code)

    def close(self) -> None:
        """Release the data folder (at the end, or when start-up stops)."""
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.claim is not None:
            self.claim.release()
            self.claim = None
