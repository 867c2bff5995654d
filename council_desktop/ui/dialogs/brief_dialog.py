"""Records > Export brief… / Export briefing book…: what to print and how, before choosing a file.

The dialog only collects choices: language, paper, classification marking and annexes (defaults
from Preferences), and for a book which meetings (the list's selection, or dates, framework and
tag), with the count of meetings they select kept up to date as the user changes them. A
preview line repeats the choices in words, so the user sees what will be printed before a file
is asked for. Exporting itself is ``ui/brief_export.py``'s job.
"""

from __future__ import annotations

from council_desktop.briefs import BriefOptions
from council_desktop.briefs.defaults import options_from_settings
from council_desktop.settings import BRIEF_LANGUAGES, CLASSIFICATION_MARKINGS, PAPERS
from council_desktop.store import RecordNotFound, get_meeting
from council_desktop.store.selection import (
    date_span,
    frameworks,
    meeting_tags,
    select_meetings,
)
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import enum_label, language_label, paper_label
from council_desktop.ui.forms.widgets import CodeCombo, OptionalDateEdit
from council_desktop.ui.locale_format import format_date_range
from council_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

# The count waits this long after the last change (a large file takes a moment to count).
COUNT_DELAY_MS = 150
BRIEF, BOOK = "brief", "book"


class BriefDialog(QDialog):
    """Choices for one meeting's brief (``mode=BRIEF``) or a briefing book (``mode=BOOK``)."""

    def __init__(
        self,
        ctx: AppContext,
        mode: str = BRIEF,
        *,
        meeting_uuid: str | None = None,
        selected_uuids: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.meeting_uuid = meeting_uuid
        self.selected = list(selected_uuids or [])
        self._chosen: list[str] = [meeting_uuid] if meeting_uuid else []
        self._meeting = self._load_meeting(meeting_uuid)
        self.setObjectName("BriefDialog")
        self.setWindowTitle(
            self.tr("Export brief") if mode == BRIEF else self.tr("Export briefing book")
        )
        defaults = options_from_settings()

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        if mode == BOOK:
            layout.addWidget(self._meetings_box())
        layout.addWidget(self._settings_box(defaults))
        layout.addWidget(self._preview_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        if mode == BRIEF:
            title = str(self._meeting.get("title") or "")
            self.heading.setText(self.tr("Brief of “{title}”").format(title=title))
        else:
            self.heading.setText(self.tr("A briefing book of several meetings"))
        self.update_count()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    # -- building --------------------------------------------------------------------------

    def _load_meeting(self, uuid: str | None) -> dict:
        if not uuid:
            return {}
        try:
            return get_meeting(self.ctx.store, uuid)
        except RecordNotFound:
            return {}

    def _meetings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meetings"))
        grid = QGridLayout(box)
        self.selection_radio = QRadioButton(
            self.tr("The meetings selected in the list ({n})").format(n=len(self.selected))
        )
        self.selection_radio.setEnabled(bool(self.selected))
        self.criteria_radio = QRadioButton(self.tr("Meetings chosen by dates, framework and tag:"))
        grid.addWidget(self.selection_radio, 0, 0, 1, 2)
        grid.addWidget(self.criteria_radio, 1, 0, 1, 2)

        self.from_edit = OptionalDateEdit()
        self.to_edit = OptionalDateEdit()
        for edit in (self.from_edit, self.to_edit):  # empty means "no limit" here
            edit.date_edit.setSpecialValueText(self.tr("Any date"))
        self.framework_combo = QComboBox()
        self.framework_combo.addItem(self.tr("Any framework"), "")
        for name in frameworks(self.ctx.store):
            self.framework_combo.addItem(name, name)
        self.framework_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        for tag in meeting_tags(self.ctx.store):
            self.tag_combo.addItem(tag, tag)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Briefing book"))
        self.title_edit.textChanged.connect(self._update_preview)
        criteria = QFormLayout()
        criteria.setContentsMargins(24, 0, 0, 0)  # indented under its radio button
        criteria.addRow(self.tr("&From:"), self.from_edit)
        criteria.addRow(self.tr("&To:"), self.to_edit)
        criteria.addRow(self.tr("F&ramework:"), self.framework_combo)
        criteria.addRow(self.tr("T&ag:"), self.tag_combo)
        grid.addLayout(criteria, 2, 0, 1, 2)
        self.count_label = QLabel()
        self.count_label.setObjectName("meeting_count")
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        grid.addWidget(self.count_label, 3, 0, 1, 2)
        title_row = QFormLayout()
        title_row.addRow(self.tr("Book &title:"), self.title_edit)
        grid.addLayout(title_row, 4, 0, 1, 2)

        (self.selection_radio if len(self.selected) > 1 else self.criteria_radio).setChecked(True)
        for radio in (self.selection_radio, self.criteria_radio):
            radio.toggled.connect(self._criteria_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.edited.connect(self._criteria_changed)
        for combo in (self.framework_combo, self.tag_combo):
            combo.currentIndexChanged.connect(self._criteria_changed)
        return box

    def _settings_box(self, defaults: BriefOptions) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        form = QFormLayout(box)
        self.language_combo = CodeCombo([(c, language_label(c)) for c in BRIEF_LANGUAGES])
        form.addRow(self.tr("&Language of the labels:"), self.language_combo)
        self.paper_combo = CodeCombo([(p, paper_label(p)) for p in PAPERS])
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.classification_combo = QComboBox()
        for marking in CLASSIFICATION_MARKINGS:
            self.classification_combo.addItem(self._marking_label(marking), marking)
        form.addRow(self.tr("&Classification marking:"), self.classification_combo)
        self.annexes_check = QCheckBox(
            self.tr("Append the PDF attachments of related documents as a&nnexes")
        )
        form.addRow(self.annexes_check)  # the whole width: the sentence is long
        _select(self.language_combo, defaults.lang)
        _select(self.paper_combo, defaults.paper)
        _select(self.classification_combo, defaults.classification or "record")
        self.annexes_check.setChecked(defaults.include_annexes)
        for combo in (self.language_combo, self.paper_combo, self.classification_combo):
            combo.currentIndexChanged.connect(self._update_preview)
        self.annexes_check.toggled.connect(self._update_preview)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What will be printed"))
        layout = QVBoxLayout(box)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("brief_preview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview_label)
        return box

    def _marking_label(self, marking: str) -> str:
        if marking != "record":
            return enum_label(marking)
        own = self._meeting.get("classification")
        if self.mode == BRIEF and own:
            return self.tr("As recorded ({marking})").format(marking=enum_label(own))
        return self.tr("As recorded for each meeting")

    # -- the meetings chosen ---------------------------------------------------------------

    def _criteria_changed(self, *_args: object) -> None:
        enabled = self.criteria_radio.isChecked()
        for widget in (self.from_edit, self.to_edit, self.framework_combo, self.tag_combo):
            widget.setEnabled(enabled)
        self._count_timer.start()

    def update_count(self) -> None:
        """Re-select the meetings now (the dialog does it ~150 ms after the last change)."""
        self._count_timer.stop()
        if self.mode == BOOK:
            if self.selection_radio.isChecked():
                self._chosen = select_meetings(self.ctx.store, uuids=self.selected)
            else:
                self._chosen = select_meetings(
                    self.ctx.store,
                    date_from=self.from_edit.value(),
                    date_to=self.to_edit.value(),
                    framework=self.framework_combo.currentData() or None,
                    tag=self.tag_combo.currentData() or None,
                )
            self.count_label.setText(self._count_text(len(self._chosen)))
        self.ok_button.setEnabled(bool(self._chosen))
        self._update_preview()

    def _count_text(self, n: int) -> str:
        if n == 0:
            return self.tr("No meeting matches: change the dates, framework or tag.")
        if n == 1:
            return self.tr("1 meeting will be printed.")
        return self.tr("{n} meetings will be printed.").format(n=n)

    # -- what the dialog returns -----------------------------------------------------------

    def meeting_uuids(self) -> list[str]:
        """The meetings to print, oldest first (one for a brief)."""
        return list(self._chosen)

    def meeting_count(self) -> int:
        return len(self._chosen)

    def book_title(self) -> str | None:
        """The book's cover title, or None for the default ("Briefing book" in its language)."""
        if self.mode != BOOK:
            return None
        return self.title_edit.text().strip() or None

    def options(self) -> BriefOptions:
        """The renderer's options: Preferences with the dialog's choices on top."""
        marking = self.classification_combo.currentData()
        return options_from_settings(
            lang=self.language_combo.currentData(),
            paper=self.paper_combo.currentData(),
            classification=None if marking == "record" else marking,
            include_annexes=self.annexes_check.isChecked(),
        )

    def preview_text(self) -> str:
        return self.preview_label.text()

    def _update_preview(self, *_args: object) -> None:
        lines = [
            self.tr("Labels in {language}, on {paper} paper.").format(
                language=self.language_combo.currentText(), paper=self.paper_combo.currentText()
            ),
            self.tr("Marking: {marking}.").format(marking=self.classification_combo.currentText()),
            self.tr("PDF attachments of related documents are appended as annexes.")
            if self.annexes_check.isChecked()
            else self.tr("No annexes."),
        ]
        if self.mode == BOOK:
            title = self.title_edit.text().strip() or self.tr("Briefing book")
            lines.insert(0, self.tr("Cover title: {title}").format(title=title))
            span = self._date_span()
            if span:
                lines.insert(1, self.tr("Meetings held {span}.").format(span=span))
        else:
            when = format_date_range(self._meeting.get("starts_on"), self._meeting.get("ends_on"))
            if when:
                lines.insert(0, self.tr("Meeting of {date}.").format(date=when))
        self.preview_label.setText("\n".join(lines))

    def _date_span(self) -> str:
        first, last = date_span(self.ctx.store, self._chosen)
        return format_date_range(first, last) if first else ""


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))
