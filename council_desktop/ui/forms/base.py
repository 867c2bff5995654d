"""What the meeting and document forms share: binding, dirty state, validation, undo, save.

A form is dict-in / dict-out: ``load`` fills the editors from the store's record dict,
``to_record`` builds the exchange-format dict back from them, and ``save`` hands that dict to
the store operation. The form is "dirty" when ``to_record()`` differs from what was loaded, so
undoing back to the loaded state makes it clean again without any bookkeeping.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from council_desktop.records.validation import Problem, ValidationError
from council_desktop.store import Change, StoreError
from council_desktop.ui.context import AppContext, Highlight
from council_desktop.ui.core_messages import translate_error, translate_message, translate_problem
from council_desktop.ui.dialogs.history_dialog import HistoryDialog, show_history
from council_desktop.ui.forms.general_page import GeneralPage
from council_desktop.ui.forms.match import reveal_match
from council_desktop.ui.forms.subtables import SubTable
from council_desktop.ui.forms.undo import FieldBinding, FieldCommand
from council_desktop.ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    Qt,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)

_ROW = re.compile(r"(\w+)\[(\d+)\]$")
ERROR_STYLE = "color: #b00020;"


class FieldBox(QWidget):
    """An editor with its inline problem message underneath (hidden while all is well)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)
        self.setFocusProxy(editor)
        # A policy of its own makes the box a Tab stop and a label buddy that passes focus on
        # to the editor: Qt ignores a NoFocus widget in setTabOrder and as a QLabel's buddy.
        self.setFocusPolicy(editor.focusPolicy())

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class CompactTabs(QProxyStyle):
    """The form's tab bar with half the usual space beside each tab's text.

    Six tabs at the style's spacing made the form wider than the list beside it could spare
    (Russian: 520 px of tabs); half the padding still reads as separate tabs.
    """

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # type: ignore[no-untyped-def]  # noqa: N802
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return max(8, value // 3)
        return value


class RecordForm(QWidget):
    """The common machinery of a record form; subclasses build the editors and name the store."""

    dirtyChanged = Signal(bool)  # noqa: N815 (Qt signal naming)
    validityChanged = Signal(bool)  # noqa: N815
    saved = Signal(str)
    titleChanged = Signal(str)  # noqa: N815
    briefRequested = Signal(str)  # noqa: N815

    record_type = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._uuid: str | None = None
        self._baseline: dict[str, Any] = {}
        self._bindings: dict[str, FieldBinding] = {}
        self._boxes: dict[str, FieldBox | SubTable] = {}
        self._undo = QUndoStack(self)
        self._dirty = False
        self._valid = True
        self._title = ""
        self.problems: list[Problem] = []
        # (uuid, highlight) of a search result asked to open here, shown once it is loaded.
        self._pending_match: tuple[str, Highlight] | None = None
        ctx.open_record.connect(self._open_requested)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setWordWrap(True)
        # The buttons carry no Alt+letter: the letters go to the fields, which have no other
        # way in (a meeting has 15, beside the six menus: not enough letters for the buttons
        # too); Save is Ctrl+S, History… is Records > History….
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save this record (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Every change to this record: when, by whom, what"))
        self.history_button.clicked.connect(self.show_history)
        self.button_bar = QHBoxLayout()
        self.button_bar.addWidget(self.summary_label, 1)
        self.button_bar.addWidget(self.history_button)
        self.button_bar.addWidget(self.save_button)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.button_bar)

    # -- what a subclass provides -------------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        """A blank record (exchange format)."""
        raise NotImplementedError

    def fetch(self, uuid: str) -> dict[str, Any]:
        """The stored record."""
        raise NotImplementedError

    def validate(self, record: dict[str, Any]) -> list[Problem]:
        """Problems with ``record``; the record label must be ``self.record_type``."""
        raise NotImplementedError

    def write(self, record: dict[str, Any]) -> Change:
        """Save ``record`` through the store operation."""
        raise NotImplementedError

    def new_title(self) -> str:
        """What the heading says for a record without a title."""
        return self.tr("Untitled")

    def after_load(self, record: dict[str, Any]) -> None:
        """Refresh parts that are not fields (related meetings, attachments)."""

    # -- keyboard ---------------------------------------------------------------------------

    def general_tab(self) -> GeneralPage | None:
        """The "General" tab (the first), when the subclass has tabs."""
        tabs = getattr(self, "tabs", None)
        page = tabs.widget(0) if tabs is not None else None
        return page if isinstance(page, GeneralPage) else None

    def focus_first_field(self) -> None:
        """Put the cursor in the first field (the title): where typing a new record starts."""
        page = self.general_tab()
        if page is None:
            return
        self.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
        first = page.editors()[0]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish_focus_chain(self) -> None:
        """Tab reads the General fields in order, then the tab bar and the other tabs' controls,
        the buttons last; a subclass calls this once its widgets exist.

        The buttons are made first (here, before the subclass's fields) and the tab widget
        passes its focus to the tab bar, so without this Tab from the list landed on the tab
        bar or on Save before the title.
        """
        page = self.general_tab()
        if page is None:
            return
        tabs = self.tabs  # type: ignore[attr-defined]
        tabs.setFocusProxy(None)  # the tab bar itself is the Tab stop, after the fields
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = [
            item.widget()
            for item in (self.button_bar.itemAt(i) for i in range(self.button_bar.count()))
            if isinstance(item.widget(), QPushButton)
        ]
        fields = page.tab_stops()
        placed = [page, *fields, *buttons]
        rest = [
            w
            for w in self._tab_stops_in_chain()
            if w is not tabs.tabBar() and not any(p is w or p.isAncestorOf(w) for p in placed)
        ]
        # Anchored at the form itself (which takes focus only for this moment: Qt leaves a
        # NoFocus widget out of setTabOrder), else the order is only right around the circle.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        order = [self, *fields, tabs.tabBar(), *rest, *buttons]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def keep_tabs_visible(self, widest: list[str]) -> None:
        """Make the form no narrower than its tab bar with the texts ``widest``.

        The General tab folds into one column to leave the list room, but a tab bar narrower
        than its tabs hides the last ones behind scroll arrows; the tab texts given are the
        widest the form shows at its narrowest (the meeting form drops its counts there).
        """
        tabs = self.tabs  # type: ignore[attr-defined]
        style = CompactTabs()
        style.setParent(tabs.tabBar())  # a widget does not own the style it is given
        tabs.tabBar().setStyle(style)
        shown = [tabs.tabText(i) for i in range(tabs.count())]
        for i, text in enumerate(widest):
            tabs.setTabText(i, text)
        width = tabs.tabBar().sizeHint().width()
        for i, text in enumerate(shown):
            tabs.setTabText(i, text)
        frame = tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        tabs.setMinimumWidth(width + 2 * frame)

    def _tab_stops_in_chain(self) -> list[QWidget]:
        """This form's widgets that take focus, in the current focus chain order."""
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and self.isAncestorOf(widget) and len(found) < 10_000:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    # -- binding ------------------------------------------------------------------------------

    def bind(self, key: str, editor: QWidget, label: str, mergeable: bool = True) -> QWidget:
        """Make ``editor`` the field ``key``: undoable, validated, counted in the dirty state."""
        binding = FieldBinding(key, editor, label.replace("&", ""), len(self._bindings) + 1,
                               mergeable)  # fmt: skip
        self._bindings[key] = binding
        if hasattr(editor, "set_undo_stack"):  # Ctrl+Z in the field undoes the form's edits
            editor.set_undo_stack(self._undo)
        editor.edited.connect(lambda b=binding: self._edited(b))  # type: ignore[attr-defined]
        if hasattr(editor, "set_error"):
            self._boxes[key] = editor  # type: ignore[assignment]  # shows its own problems
            return editor
        box = FieldBox(editor, self)
        self._boxes[key] = box
        return box

    def _edited(self, binding: FieldBinding) -> None:
        new = binding.read()
        if new == binding.last:
            return
        self._undo.push(FieldCommand(binding, copy.deepcopy(binding.last), new, self._applied))

    def _applied(self, _binding: FieldBinding) -> None:
        self.refresh()

    # -- the contract -------------------------------------------------------------------------

    def load(self, uuid: str | None) -> None:
        """Show the stored record ``uuid``, or a new blank record for None."""
        record = self.defaults()
        if uuid is not None:
            try:
                stored = self.fetch(uuid)
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Cannot open the record"), translate_error(exc))
                uuid = None
            else:
                record.update({k: stored[k] for k in record if k in stored})
        self._uuid = uuid
        self._fill(record)
        for binding in self._bindings.values():  # another record: its texts from their start,
            if isinstance(binding.editor, QLineEdit):  # even in the field that has the cursor
                binding.editor.setCursorPosition(0)
        self._undo.clear()
        self._apply_read_only()
        self.refresh(force=True)
        pending, self._pending_match = self._pending_match, None
        if pending is not None and uuid is not None and pending[0] == uuid:
            self.show_match(pending[1])

    def _open_requested(self, record_type: str, uuid: str) -> None:
        """A search result is being opened: show its match once the record is loaded here."""
        query = self.ctx.highlight
        if record_type != self.record_type or query is None:
            return
        if uuid == self._uuid:  # already shown (or loaded by the main window just now)
            self.show_match(query)
        else:
            self._pending_match = (uuid, query)

    def show_match(self, highlight: Highlight) -> bool:
        """Show the first field holding a searched word, the match selected (forms/match.py)."""
        return reveal_match(self, highlight.query)

    def _fill(self, record: dict[str, Any]) -> None:
        self._baseline = copy.deepcopy(record)
        for key, binding in self._bindings.items():
            binding.apply(record.get(key))
        self._baseline = self.to_record()  # what the editors show is the clean state
        self.after_load(record)

    def to_record(self) -> dict[str, Any]:
        """The record as the editors show it, in the exchange format."""
        record = copy.deepcopy(self._baseline)
        for key, binding in self._bindings.items():
            record[key] = binding.read()
        record["uuid"] = self._uuid
        return record

    def save(self) -> bool:
        """Validate and write; on any refusal the user's edits stay in the form."""
        if self.ctx.read_only:
            QMessageBox.information(
                self,
                self.tr("Read-only"),
                self.tr("This database is open in another window; changes cannot be saved here."),
            )
            return False
        for binding in self._bindings.values():
            if hasattr(binding.editor, "commit_pending"):
                binding.editor.commit_pending()
        record = self.to_record()
        self.refresh()
        if self.validate(record):
            return False
        try:
            change = self.write(record)
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The record was not saved because:")
                + "\n"
                + "\n".join(f"• {translate_problem(p, self.field_labels())}" for p in exc.problems),
            )
            return False
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Your changes could not be saved.")
                + "\n\n"
                + translate_error(exc)
                + "\n\n"
                + self.tr("Everything you typed is still in the form; you can try again."),
            )
            return False
        uuid = change.uuids[0]
        self._uuid = uuid
        self.ctx.announce(change)
        try:
            stored = self.fetch(uuid)
        except StoreError:
            stored = record
        fresh = self.defaults()
        fresh.update({k: stored[k] for k in fresh if k in stored})
        self._fill(fresh)
        self._undo.setClean()
        self.refresh(force=True)
        self.saved.emit(uuid)
        return True

    def is_dirty(self) -> bool:
        return self._dirty

    def can_save(self) -> bool:
        return self._valid and not self.ctx.read_only

    def current_uuid(self) -> str | None:
        return self._uuid

    def undo_stack(self) -> QUndoStack:
        return self._undo

    def show_history(self) -> HistoryDialog | None:
        """The saved record's changes, in a window beside the form (none for a new record)."""
        if self._uuid is None:
            return None
        return show_history(self.ctx, self._uuid, self, self.field_labels())

    def field_labels(self) -> dict[str, str]:
        """Each field's name as its label reads (for the history: "Start date", not starts_on)."""
        return {key: binding.label for key, binding in self._bindings.items()}

    # -- state --------------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Recompute problems, dirty state and title; tell listeners what changed."""
        record = self.to_record()
        self.problems = self.validate(record)
        self._show_problems(self.problems)
        valid = not self.problems
        dirty = self._comparable(record) != self._comparable(self._baseline)
        title = (record.get("title") or "").strip() or self.new_title()
        self.heading.setText(title + (" *" if dirty else ""))
        self.save_button.setEnabled(valid and not self.ctx.read_only)
        self.history_button.setEnabled(self._uuid is not None)
        if force or valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        if force or dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        if force or title != self._title:
            self._title = title
            self.titleChanged.emit(title)

    @staticmethod
    def _comparable(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if k != "uuid"}

    def _show_problems(self, problems: list[Problem]) -> None:
        messages: dict[str, list[str]] = {key: [] for key in self._boxes}
        unplaced: list[str] = []
        for p in problems:
            key, row = self._place(p)
            text = self.describe(p, key, row)
            if key in messages:
                messages[key].append(text)
            else:
                unplaced.append(text)
        for key, box in self._boxes.items():
            box.set_error("\n".join(messages[key]))
        count = len(problems)
        if self.ctx.read_only:
            self.summary_label.setText(self.tr("Read-only: another window has this database open."))
        elif count:
            self.summary_label.setText(
                "\n".join(unplaced)
                if unplaced
                else self.tr("Fix the marked fields to save (%1 problem(s)).").replace(
                    "%1", str(count)
                )
            )
        else:
            self.summary_label.setText("")

    def _place(self, p: Problem) -> tuple[str, int | None]:
        """Which field (and, for sub-tables, which row) a problem belongs to."""
        match = _ROW.search(p.record)
        if match and p.record != self.record_type:
            return match.group(1), int(match.group(2))
        return p.field, None

    def describe(self, p: Problem, key: str, row: int | None) -> str:
        """A problem in plain words, for showing next to its field."""
        if p.message == "is required":
            base = self.tr("This is required.")
        elif p.message == "the end date is before the start date":
            base = self.tr("The end date is before the start date.")
        else:
            message = translate_message(p.message)
            base = message[:1].upper() + message[1:] + "."
        if row is None:
            return base
        table = self._boxes.get(key)
        header = p.field
        if isinstance(table, SubTable):
            header = next((c.header for c in table.columns if c.key == p.field), p.field)
        return (
            self.tr("Row %1, %2: %3")
            .replace("%1", str(row))
            .replace("%2", header)
            .replace("%3", base)
        )

    def _apply_read_only(self) -> None:
        read_only = self.ctx.read_only
        for binding in self._bindings.values():
            editor = binding.editor
            if hasattr(editor, "set_read_only"):
                editor.set_read_only(read_only)
            elif isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)
        self.set_read_only_extras(read_only)

    def set_read_only_extras(self, read_only: bool) -> None:
        """Disable a subclass's own writing controls (attachments, links)."""
