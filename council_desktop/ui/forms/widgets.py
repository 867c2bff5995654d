"""Field editors that speak the exchange format's values (ISO dates, enum codes, country codes).

Each editor has ``value()`` / ``set_value()`` in record terms and one ``edited`` signal, so the
forms bind every field the same way (undo, dirty tracking, validation) without special cases.
"""

from __future__ import annotations

from council_desktop.records.countries import COUNTRIES
from council_desktop.records.folding import sort_key
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.locale_format import date_input_format
from council_desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSize,
    QSpinBox,
    Qt,
    QToolButton,
    QUndoStack,
    QWidget,
    Signal,
)

_NO_DATE = QDate(1900, 1, 1)
_REDO_EXTRA = QKeySequence("Ctrl+Shift+Z")  # redo on every system, beside the platform's own


class FormUndoKeys:
    """Ctrl+Z / Ctrl+Shift+Z in a text field undo the form's edits, not the field's own.

    A QLineEdit or QPlainTextEdit keeps its own undo history and takes the undo keys before any
    shortcut sees them: typing in Title, then in Host, and pressing Ctrl+Z twice undid only
    Host's typing, leaving the form's undo stack (Edit > Undo) behind. Once the form hands the
    field its stack (``set_undo_stack``), the keys go to that stack instead.
    """

    _form_undo: QUndoStack | None = None

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._form_undo = stack

    def _undo_key(self, event: QKeyEvent) -> str | None:
        """ "undo", "redo" or None for a key press."""
        if self._form_undo is None:
            return None
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == _REDO_EXTRA
        ):
            return "redo"
        return None

    def _route_undo(self, event: QEvent) -> bool:
        """Handle an undo/redo key for the form; True when ``event`` was one."""
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        which = self._undo_key(event)  # type: ignore[arg-type]
        if which is None or self._form_undo is None:
            return False
        event.accept()  # the override: the key comes here, not to a window shortcut
        if event.type() == QEvent.Type.KeyPress:
            if which == "undo":
                self._form_undo.undo()
            else:
                self._form_undo.redo()
        return True


class OptionalDateEdit(QWidget):
    """A date picker with a calendar popup that may also be empty ("No date").

    QDateEdit cannot be empty, so its minimum date stands for "no date" and is shown as the
    special value text; the clear button sets it.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_input_format())
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.date_edit.setDate(_NO_DATE)
        self.date_edit.calendarWidget().setGridVisible(True)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove the date (or press Delete in the date)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete does it by keyboard
        self.date_edit.setToolTip(self.tr("Press Delete to remove the date"))
        self.date_edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        self.setFocusPolicy(self.date_edit.focusPolicy())  # a Tab stop and a label buddy
        self.date_edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.date_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                self.clear()
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Tab goes to the next field, as in every other field: QDateEdit would walk
                # day, month, year with it (typing moves between them by itself), and on
                # "No date" it never left at all.
                self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(watched, event)

    def _changed(self) -> None:
        self._turn_page()
        self.edited.emit()

    def _turn_page(self) -> None:
        """An empty date opens its calendar at this month, not at January 1900."""
        if self.date_edit.date() == _NO_DATE:
            # Only the page turns: selecting a date in the calendar would set it in the field.
            today = QDate.currentDate()
            self.date_edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def value(self) -> str | None:
        """The date as ``YYYY-MM-DD``, or None when empty."""
        date = self.date_edit.date()
        return None if date == _NO_DATE else date.toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if value else _NO_DATE
        self.date_edit.setDate(date if date.isValid() else _NO_DATE)
        self._turn_page()

    def clear(self) -> None:
        self.date_edit.setDate(_NO_DATE)


class CodeCombo(QComboBox):
    """A drop-down of (code, label) pairs whose value is the code; optionally empty."""

    edited = Signal()

    def __init__(self, choices: list[tuple[str, str]], empty_label: str | None = None, parent=None):
        super().__init__(parent)
        # Not as wide as the longest label: translated names ("Объединённые Арабские Эмираты")
        # would push the form wider than the window; the open list still shows them whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        if empty_label is not None:
            self.addItem(empty_label, None)
        for code, label in choices:
            self.addItem(label, code)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:
            # An unknown stored value is shown as itself, never silently replaced.
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class EnumCombo(CodeCombo):
    """A drop-down of an enum's values shown with translated labels."""

    def __init__(self, values: tuple[str, ...], parent: QWidget | None = None):
        super().__init__([(v, enum_label(v)) for v in values], None, parent)
        # A handful of short labels: as wide as the longest, so "Внеочередное заседание" or
        # "Olağanüstü Toplantı" is never cut in the closed box.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()  # a layout short of room squeezes other fields, not the label


def country_choices(first: list[str] | None = None) -> list[tuple[str, str]]:
    """Every known country as (code, translated name): ``first`` codes first, then by name."""
    lead = [c for c in first or [] if c in COUNTRIES]
    rest = sorted((c for c in COUNTRIES if c not in lead), key=lambda c: sort_key(country_label(c)))
    return [(c, country_label(c)) for c in lead + rest]


class CountryCombo(CodeCombo):
    """A drop-down of countries with translated names; stores the code; may be empty."""

    def __init__(self, first: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(country_choices(first), self.tr("(none)"), parent)


class TagEditor(FormUndoKeys, QLineEdit):
    """Tags typed as comma-separated words; the value is the list of non-empty tags."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Comma-separated, e.g. summit, energy"))
        self.textEdited.connect(lambda _t: self.edited.emit())

    def event(self, event: QEvent) -> bool:
        return self._route_undo(event) or super().event(event)

    def value(self) -> list[str]:
        seen: list[str] = []
        for tag in (t.strip() for t in self.text().split(",")):
            if tag and tag not in seen:
                seen.append(tag)
        return seen

    def set_value(self, value: list[str] | None) -> None:
        self.setText(", ".join(value or []))
        if not self.hasFocus():
            self.setCursorPosition(0)


class TextLine(FormUndoKeys, QLineEdit):
    """A one-line text field with the common ``value``/``edited`` interface."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def event(self, event: QEvent) -> bool:
        return self._route_undo(event) or super().event(event)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        if not self.hasFocus():  # a long title shown from its start, not its end
            self.setCursorPosition(0)


class TextArea(FormUndoKeys, QPlainTextEdit):
    """A multi-line text field (summary, notes) with the common ``value``/``edited`` interface."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, so keyboard-only use works.
        self.textChanged.connect(self.edited.emit)

    def event(self, event: QEvent) -> bool:
        return self._route_undo(event) or super().event(event)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class OrdinalSpin(QSpinBox):
    """A whole number of 0 or more that may be empty (shown as "None" at -1)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(-1, 999)
        self.setSpecialValueText(self.tr("None"))
        self.setValue(-1)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if number < 0 else number

    def set_value(self, value: int | None) -> None:
        self.setValue(-1 if value is None else int(value))


def human_size(size: int | None) -> str:
    """A byte count as people read it: 512 bytes, 3.4 KB, 12.0 MB."""
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}"
    return f"{size} B"


class CheckList(QListWidget):
    """A list of (code, label) entries with check boxes; the value is the checked codes in order."""

    edited = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._codes: list[str] = []
        for code, label in choices:
            self._add(code, label)
        self.itemChanged.connect(lambda _i: self.edited.emit())

    def _add(self, code: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self._codes.append(code)
        return item

    def value(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, codes: list[str] | None) -> None:
        wanted = list(codes or [])
        for code in wanted:
            if code not in self._codes:  # an unknown stored code stays visible and checked
                self._add(code, code)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_checked(self, code: str, checked: bool = True) -> None:
        """Check or uncheck one entry as a user click would (emits ``edited``)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def language_label(code: str) -> str:
    """A language code as its translated name."""
    names = {
        "tr": QCoreApplication.translate("Language", "Turkish"),
        "en": QCoreApplication.translate("Language", "English"),
        "ru": QCoreApplication.translate("Language", "Russian"),
        "az": QCoreApplication.translate("Language", "Azerbaijani"),
        "kk": QCoreApplication.translate("Language", "Kazakh"),
        "ky": QCoreApplication.translate("Language", "Kyrgyz"),
        "uz": QCoreApplication.translate("Language", "Uzbek"),
        "hu": QCoreApplication.translate("Language", "Hungarian"),
        "tk": QCoreApplication.translate("Language", "Turkmen"),
    }
    return names.get(code, code)
