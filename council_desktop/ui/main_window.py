"""The main window: navigation between pages, menus, toolbar, status bar, remembered layout.

Other issues plug in here without editing this file much: ``replace_page(key, widget)`` swaps a
placeholder (calendar, timeline, followup, trash) for the real view, ``add_page`` adds one, and
the actions and menus are public attributes (``self.tools_menu.addAction(...)``).

Pages are built when first shown: ``add_page`` and ``replace_page`` take a widget or a factory
(a callable returning the widget). On 100,000 meetings the planning views alone took 1.5–2.5 s
to build, all of it before the first paint, for pages the user might not open; a factory costs
nothing until its page is shown or asked for (``page(key)`` builds it on demand).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from council_desktop.exchange.json_format import ImportFailed, export_file, import_file
from council_desktop.store import Change, get_document, get_meeting, listing
from council_desktop.store.errors import StoreError
from council_desktop.ui.context import AppContext
from council_desktop.ui.core_messages import translate_error, translate_messages
from council_desktop.ui.dialogs.about import AboutDialog
from council_desktop.ui.durability import install_durability
from council_desktop.ui.icons import icon
from council_desktop.ui.qt import (
    QAction,
    QApplication,
    QByteArray,
    QCloseEvent,
    QFileDialog,
    QIcon,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSize,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QUndoGroup,
    QWidget,
    Signal,
)
from council_desktop.ui.views.placeholder import PlaceholderPage
from council_desktop.ui.views.planning_pages import install_planning_views
from council_desktop.ui.views.record_list import RecordListView, app_settings
from council_desktop.ui.views.search_view import SearchView
from council_desktop.ui.views.start_page import StartPage

if TYPE_CHECKING:
    from council_desktop.ui.brief_export import BriefExporter

FormFactory = Callable[[AppContext, str, QWidget | None], Any]
PageFactory = Callable[[], QWidget]
LIST_PAGES = {"meetings": "meeting", "documents": "document"}
_MAX_PROBLEMS_SHOWN = 12


def default_form_factory(ctx: AppContext, record_type: str, parent: QWidget | None) -> Any:
    """The real forms (ui/forms): MeetingForm or DocumentForm."""
    if record_type == "meeting":
        from council_desktop.ui.forms.meeting_form import MeetingForm

        return MeetingForm(ctx, parent)
    from council_desktop.ui.forms.document_form import DocumentForm

    return DocumentForm(ctx, parent)


def _built_page(key: str) -> Any:
    """A read-only attribute for page ``key`` that builds the page when it is first read."""
    return property(lambda self: self.page(key), doc=f"The {key} page (built on first use).")


class MainWindow(QMainWindow):
    """One window over one database file (``ctx.store``)."""

    # Pages built on first show: reading one of these builds its page, so code and tests may
    # use them before the page was ever shown (the planning views come from
    # ui/views/planning_pages.py, the trash from ui/durability.py).
    meetings_view = _built_page("meetings")
    documents_view = _built_page("documents")
    calendar_view = _built_page("calendar")
    timeline_view = _built_page("timeline")
    followup_view = _built_page("followup")
    trash_view = _built_page("trash")

    find_requested = Signal()  # Ctrl+F: the search view may connect here
    page_changed = Signal(str)  # the key of the page now shown

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        form_factory: FormFactory | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._brief_exporter: BriefExporter | None = None
        self._pages: dict[str, QWidget] = {}  # what the stack holds: the page or a stand-in
        self._factories: dict[str, PageFactory] = {}  # pages not built yet
        self._nav_items: dict[str, QListWidgetItem] = {}
        self._page_actions: dict[str, QAction] = {}
        self.undo_group = QUndoGroup(self)
        self.setWindowIcon(icon("app"))
        self.setWindowTitle(self._title())
        self.setObjectName("MainWindow")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.nav)
        self.body.addWidget(self.stack)
        self.body.setStretchFactor(1, 1)
        self.setCentralWidget(self.body)
        self.nav.currentRowChanged.connect(self._nav_row_changed)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        self._form_factory = form_factory or default_form_factory
        self.start_page = StartPage(ctx)  # cheap: it reads its counts when first shown
        self.add_page("start", self.tr("Start"), icon("start"), self.start_page)
        for key, title in (("meetings", self.tr("Meetings")), ("documents", self.tr("Documents"))):
            self.add_page(key, title, icon(key), lambda k=key: self._new_list_view(LIST_PAGES[k]))
        for key, title, icon_name in (
            ("calendar", self.tr("Calendar"), "calendar"),
            ("timeline", self.tr("Timeline"), "timeline"),
            ("followup", self.tr("Follow-up"), "followup"),
            ("trash", self.tr("Trash"), "trash"),
        ):
            self.add_page(
                key, title, icon(icon_name),
                lambda t=title, n=icon_name: PlaceholderPage(t, icon(n)),
            )  # fmt: skip
        install_planning_views(self)  # calendar, timeline, follow-up, upcoming, .ics
        install_durability(self)  # backup/restore, check, history, trash, read-only, refresh
        self.search_view = SearchView(ctx)  # its field sits in the toolbar (Ctrl+F)
        self.add_page("search", self.tr("Search"), icon("search"), self.search_view)
        self.search_view.activated.connect(lambda: self.show_page("search"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_view.field)
        self._fit_nav()

        self.counts_label = QLabel()
        self.path_label = QLabel(str(ctx.store.path or self.tr("in memory")))
        self.path_label.setToolTip(self.tr("The database file in use"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.path_label)
        ctx.changed.connect(self._on_change)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.open_record.connect(self.open_record)
        self._update_counts()
        self.resize(1280, 800)
        self._restore_state()
        self._update_state()

    # -- pages -----------------------------------------------------------------------------

    def add_page(
        self, key: str, title: str, page_icon: QIcon, widget: QWidget | PageFactory
    ) -> None:
        """Add a page to the navigation (and to View, with Ctrl+<n> for the first nine).

        ``widget`` may be a factory: the page is then built the first time it is shown.
        """
        if key in self._pages:
            raise ValueError(f"page {key!r} exists; use replace_page")
        if isinstance(widget, QWidget):
            self._pages[key] = widget
        else:
            self._factories[key] = widget
            self._pages[key] = QWidget()  # an empty stand-in until the page is shown
        self.stack.addWidget(self._pages[key])
        item = QListWidgetItem(page_icon, title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, max(36, self.fontMetrics().height() + 18)))
        self.nav.addItem(item)
        self._nav_items[key] = item
        action = QAction(page_icon, title, self)
        action.setCheckable(True)
        if len(self._page_actions) < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{len(self._page_actions) + 1}"))
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self.view_menu.addAction(action)
        self._page_actions[key] = action
        self._fit_nav()

    def replace_page(self, key: str, widget: QWidget | PageFactory) -> None:
        """Put ``widget`` where page ``key`` was (the placeholder is deleted).

        A factory replaces the page too, but is called only when the page is shown (at once
        if it is showing now).
        """
        if isinstance(widget, QWidget):
            self._factories.pop(key, None)
            self._put(key, widget)
            return
        showing = self.stack.currentWidget() is self._pages[key]
        self._factories[key] = widget
        if showing:
            self._build(key)
        else:
            self._put(key, QWidget())  # drop the old page now; the new one waits

    def page(self, key: str) -> QWidget:
        """Page ``key``, built now if it was not yet."""
        if key in self._factories:
            self._build(key)
        return self._pages[key]

    def page_built(self, key: str) -> bool:
        """False while page ``key`` waits to be shown for the first time."""
        return key in self._pages and key not in self._factories

    def _build(self, key: str) -> None:
        factory = self._factories[key]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big page takes a moment
        try:
            widget = factory()  # if it raises, the page stays unbuilt and the next show retries
        finally:
            QApplication.restoreOverrideCursor()
        del self._factories[key]
        self._put(key, widget)

    def _put(self, key: str, widget: QWidget) -> None:
        old = self._pages[key]
        index = self.stack.indexOf(old)
        showing = self.stack.currentWidget() is old
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[key] = widget
        if showing:
            self.stack.setCurrentWidget(widget)

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, w in self._pages.items() if w is current), "start")

    def show_page(self, key: str) -> None:
        """Switch to page ``key`` (its navigation entry follows)."""
        self.nav.setCurrentItem(self._nav_items[key])

    def _nav_row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.page(key))
        for k, action in self._page_actions.items():
            action.setChecked(k == key)
        view = self.current_list_view()
        self.undo_group.setActiveStack(view.form.undo_stack() if view else None)
        self._update_state()
        self.page_changed.emit(key)

    def _fit_nav(self) -> None:
        widest = max(
            (self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
             for i in range(self.nav.count())),
            default=80,
        )  # fmt: skip
        self.nav.setMinimumWidth(widest + 24 + 48)

    def _new_list_view(self, record_type: str) -> RecordListView:
        """The meetings or documents page with its form, wired to the window's actions."""
        view = RecordListView(self.ctx, self._form_factory(self.ctx, record_type, None))
        self.undo_group.addStack(view.form.undo_stack())
        view.form.dirtyChanged.connect(self._update_state)
        view.form.validityChanged.connect(self._update_state)
        view.currentRecordChanged.connect(self._update_state)
        view.table.selectionModel().selectionChanged.connect(self._update_state)
        view.table.addAction(self.delete_action)
        if hasattr(view.form, "briefRequested"):
            view.form.briefRequested.connect(self._brief_requested)
        return view

    def list_views(self) -> list[RecordListView]:
        """The meetings and documents pages built so far (one never shown holds no edits)."""
        pages = (self._pages[key] for key in LIST_PAGES)
        return [page for page in pages if isinstance(page, RecordListView)]

    def list_view(self, record_type: str) -> RecordListView:
        return self.meetings_view if record_type == "meeting" else self.documents_view

    def current_list_view(self) -> RecordListView | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, RecordListView) else None

    # -- actions and menus -----------------------------------------------------------------

    def _action(
        self,
        text: str,
        icon_name: str | None,
        slot: Callable[[], Any] | None,
        shortcuts: list[QKeySequence] | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())
        return action

    def _create_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(
            self.tr("&New"), "new", self.new_record, [key(key.StandardKey.New)],
            self.tr("New meeting or document (on the page shown)"),
        )  # fmt: skip
        self.new_meeting_action = self._action(
            self.tr("New &meeting"), "meetings", lambda: self.new_record("meeting")
        )
        self.new_document_action = self._action(
            self.tr("New d&ocument"), "documents", lambda: self.new_record("document")
        )
        self.save_action = self._action(
            self.tr("&Save"), "save", self.save_current, [key(key.StandardKey.Save)],
            self.tr("Save the record shown"),
        )  # fmt: skip
        self.delete_action = self._action(
            self.tr("&Delete…"), "delete", self.delete_current, [key(key.StandardKey.Delete)],
            self.tr("Move the selected records to the trash"),
        )  # fmt: skip
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = self._action(
            self.tr("&Find…"), "search", self.focus_search, [key(key.StandardKey.Find)],
            self.tr("Find records"),
        )  # fmt: skip
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts([key(key.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts([key("Ctrl+Shift+Z"), key("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):  # "Undo Edit title" is long:
            action.setPriority(QAction.Priority.LowPriority)  # icon only on the toolbar
        self.print_brief_action = self._action(
            self.tr("&Print brief…"), "print", self.print_brief, [key(key.StandardKey.Print)],
            self.tr("Open the brief of the selected meeting in your PDF viewer, to print it"),
        )  # fmt: skip
        self.export_brief_action = self._action(
            self.tr("Export &brief…"), "export", self.export_brief, None,
            self.tr("Save the brief of the selected meeting as a PDF"),
        )  # fmt: skip
        self.export_book_action = self._action(
            self.tr("Export briefing boo&k…"), "export", self.export_book, None,
            self.tr("Save several meetings' briefs in one PDF"),
        )  # fmt: skip
        self.import_action = self._action(
            self.tr("&Import…"), "import", self.import_records, None,
            self.tr("Import records from an exchange file (JSON)"),
        )  # fmt: skip
        self.export_action = self._action(
            self.tr("&Export…"), "export", self.export_records, None,
            self.tr("Export every record to an exchange file (JSON)"),
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"), "quit", self.close, [key(key.StandardKey.Quit), key("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(
            self.tr("&About Council Desktop"), "about", self.show_about,
            [key(key.StandardKey.HelpContents), key("F1")],
        )  # fmt: skip
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.preferences_action = self._action(
            self.tr("&Preferences…"), None, self.show_preferences, [key("Ctrl+,")],
            self.tr("Interface language, database file, brief defaults and backups"),
        )  # fmt: skip
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.ctx.read_only:
            for action in (
                self.new_action,
                self.new_meeting_action,
                self.new_document_action,
                self.save_action,
                self.delete_action,
                self.import_action,
            ):
                action.setEnabled(False)  # fmt: skip

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_brief_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.records_menu = bar.addMenu(self.tr("&Records"))
        self.records_menu.addAction(self.new_meeting_action)
        self.records_menu.addAction(self.new_document_action)
        self.records_menu.addSeparator()
        self.records_menu.addAction(self.export_brief_action)
        self.records_menu.addAction(self.export_book_action)
        self.records_menu.addSeparator()
        self.records_menu.addAction(self.delete_action)
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.print_brief_action)

    # -- what the actions do ---------------------------------------------------------------

    def new_record(self, record_type: str | None = None) -> None:
        """A blank meeting or document form (the page shown decides when not given)."""
        if record_type is None:
            view = self.current_list_view()
            record_type = view.record_type if view else "meeting"
        self.show_page("meetings" if record_type == "meeting" else "documents")
        self.list_view(record_type).new_record()

    def save_current(self) -> bool:
        view = self.current_list_view()
        return view.save() if view else False

    def delete_current(self) -> bool:
        view = self.current_list_view()
        return view.delete_current() if view else False

    def focus_search(self) -> None:
        """Ctrl+F: focus the search box in the toolbar (its results show on the Search page)."""
        self.find_requested.emit()
        field = self.search_view.field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def open_record(self, record_type: str, uuid: str) -> None:
        """Show record ``uuid`` in its list and form (``ctx.open_record`` lands here)."""
        key = "meetings" if record_type == "meeting" else "documents"
        built_before = self.page_built(key)
        self.show_page(key)
        view = self.list_view(record_type)
        view.open_uuid(uuid)
        # A form built just now connected to ctx.open_record too late to hear this request, so
        # it cannot show the search match it carries (forms/base.py): show it from here.
        highlight = getattr(self.ctx, "highlight", None)
        if not built_before and highlight is not None and view.form.current_uuid() == uuid:
            view.form.show_match(highlight)

    def show_about(self) -> None:
        AboutDialog(self.ctx.store.path, self).exec()

    @property
    def brief_exporter(self) -> BriefExporter:
        """Made on first use: it imports ReportLab and pypdf (~0.2 s), which start-up need not."""
        if self._brief_exporter is None:
            from council_desktop.ui.brief_export import BriefExporter

            self._brief_exporter = BriefExporter(self.ctx, self)
        return self._brief_exporter

    def show_preferences(self) -> None:
        """Edit > Preferences… (ui/dialogs/preferences.py; may replace this window)."""
        from council_desktop.ui.dialogs.preferences import show_preferences

        show_preferences(self)

    def _brief_requested(self, uuid: str) -> None:
        self.export_brief(uuid)

    def current_meeting_uuid(self) -> str | None:
        """The meeting a brief is for: the one selected in the list, or shown in its form."""
        view = self.meetings_view
        return view.selected_uuid() or view.form.current_uuid()

    def export_brief(self, uuid: str | None = None) -> bool:
        """Records > Export brief… (and the meeting form's button): ui/brief_export.py."""
        uuid = uuid or self.current_meeting_uuid()
        return self._edits_settled(uuid) and self.brief_exporter.export_brief(uuid)

    def _edits_settled(self, uuid: str | None) -> bool:
        """A brief prints the saved meeting: offer to save the form's edits to it first."""
        from council_desktop.ui.brief_export import save_first  # ReportLab: only when asked

        form = self.meetings_view.form
        return not uuid or uuid != form.current_uuid() or save_first(form, self)

    def export_book(self) -> bool:
        """Records > Export briefing book…: the selection, or dates, framework and tag."""
        return self.brief_exporter.export_book(self.meetings_view.selected_uuids())

    def print_brief(self) -> bool:
        """File > Print brief… (Ctrl+P): the current meeting's brief in the PDF viewer."""
        uuid = self.current_meeting_uuid()
        return self._edits_settled(uuid) and self.brief_exporter.print_brief(uuid)

    def settle_edits(self) -> bool:
        """Before the file changes under the forms: Save / Discard / Cancel; False on Cancel."""
        return all(view.confirm_leave() for view in self.list_views())

    def reload_forms(self) -> None:
        """Show each form's record as the file now holds it (after an import or a restore).

        A record the file no longer holds (a restore to an older day) leaves the form blank.
        """
        for view in self.list_views():
            uuid = view.form.current_uuid()
            if uuid is None and not view.form.is_dirty():
                continue
            get = get_meeting if view.record_type == "meeting" else get_document
            try:
                if uuid is not None:
                    get(self.ctx.store, uuid)
            except StoreError:
                uuid = None
            view.form.load(uuid)

    def import_records(self, path: str | None = None) -> bool:
        """File > Import…: read an exchange file; every problem is listed, nothing half-done."""
        if not self.settle_edits():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import records"), "", self.tr("Exchange files (*.json)")
            )
        if not path:
            return False
        try:
            report = import_file(self.ctx.store, Path(path))
        except ImportFailed as exc:
            self._show_problems(self.tr("Nothing was imported"), translate_messages(exc.problems))
            return False
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Import"), translate_error(exc))
            return False
        self.ctx.announce(Change("imported", "all", ()))
        self.reload_forms()
        text = self.tr("{created} created, {updated} updated, {unchanged} unchanged.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged
        )
        QMessageBox.information(self, self.tr("Import finished"), text)
        return True

    def _show_problems(self, title: str, problems: list[str], note: str | None = None) -> None:
        shown = problems[:_MAX_PROBLEMS_SHOWN]
        text = "\n".join(f"• {p}" for p in shown)
        if len(problems) > len(shown):
            text += "\n" + self.tr("… and {n} more.").format(n=len(problems) - len(shown))
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setInformativeText(
            note if note is not None else self.tr("The file was not changed and nothing was saved.")
        )
        box.setDetailedText("\n".join(problems))
        box.exec()

    def export_records(self, path: str | None = None) -> bool:
        """File > Export…: every record (and attachment bytes beside it) to an exchange file."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export records"), "council-records.json",
                self.tr("Exchange files (*.json)"),
            )  # fmt: skip
        if not path:
            return False
        try:
            report = export_file(self.ctx.store, Path(path))
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), translate_error(exc))
            return False
        done = self.tr("{n} records exported to {path}").format(n=report.records, path=path)
        self.statusBar().showMessage(done, 8000)
        if report.warnings:
            self._show_problems(
                self.tr("Exported without some attachment files"),
                translate_messages(report.warnings),
                done + ". " + self.tr("Attach the missing files again, then export once more."),
            )
        return True

    # -- state -----------------------------------------------------------------------------

    def _title(self) -> str:
        path = self.ctx.store.path
        name = path.name if path else self.tr("in memory")
        return self.tr("{name}[*] — Council Desktop").format(name=name)

    def _update_state(self, *_args: object) -> None:
        view = self.current_list_view()
        form = view.form if view else None
        writable = not self.ctx.read_only
        self.save_action.setEnabled(
            writable and form is not None and form.is_dirty() and form.can_save()
        )
        self.delete_action.setEnabled(
            writable and view is not None and bool(view.has_selection() or form.current_uuid())
        )
        self.setWindowModified(any(v.form.is_dirty() for v in self.list_views()))

    def _update_counts(self) -> None:
        n = listing.counts(self.ctx.store)
        self.counts_label.setText(
            self.tr("{meetings} meetings · {documents} documents · {trash} in trash").format(
                meetings=n["meetings"], documents=n["documents"], trash=n["trash"]
            )
        )

    def _on_change(self, _change: object) -> None:
        self._update_counts()
        self._update_state()

    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        body = settings.value("window/body")
        if isinstance(body, QByteArray) and not body.isEmpty():
            self.body.restoreState(body)
        else:
            self.body.setSizes([self.nav.minimumWidth(), 1100])
        page = settings.value("window/page", "meetings")
        self.show_page(page if page in self._pages else "meetings")

    def save_state(self) -> None:
        """Remember geometry, toolbar, splitters, list columns and the page shown."""
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/body", self.body.saveState())
        settings.setValue("window/page", self.current_page_key())
        settings.sync()
        for view in self.list_views():
            view.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        for view in self.list_views():
            if view.form.is_dirty():
                self.show_page("meetings" if view.record_type == "meeting" else "documents")
                if not view.confirm_leave():
                    event.ignore()
                    return
        self.save_state()
        if self._brief_exporter is not None:
            self._brief_exporter.shutdown()
        event.accept()
