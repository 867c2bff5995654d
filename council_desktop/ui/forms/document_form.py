"""The document form: every field of a document, its parties and languages, attachments,
and the meetings that reference it."""

from __future__ import annotations

from typing import Any

from council_desktop.records import enums
from council_desktop.records.model import new_document
from council_desktop.records.validation import Problem, validate_document
from council_desktop.store import (
    Change,
    get_document,
    list_member_states,
    meetings_referencing_document,
    save_document,
)
from council_desktop.ui.context import AppContext, Highlight
from council_desktop.ui.enum_labels import enum_label
from council_desktop.ui.forms.attachments_panel import AttachmentsPanel
from council_desktop.ui.forms.base import RecordForm
from council_desktop.ui.forms.general_page import general_page
from council_desktop.ui.forms.widgets import (
    CheckList,
    EnumCombo,
    OptionalDateEdit,
    TagEditor,
    TextArea,
    TextLine,
    country_choices,
    language_label,
)
from council_desktop.ui.qt import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class DocumentForm(RecordForm):
    """Edit one document; ``load(None)`` starts a new one."""

    record_type = "document"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._parties_tab(), self.tr("Parties and languages"))
        self.attachments = AttachmentsPanel(ctx, self)
        self.attachments.attachmentsChanged.connect(self._attachments_changed)
        page = QWidget()
        QVBoxLayout(page).addWidget(self.attachments)
        self.tabs.addTab(page, self.tr("Attachments"))
        self.tabs.addTab(self._meetings_tab(), self.tr("Meetings"))
        self.body.addWidget(self.tabs)
        self.keep_tabs_visible(
            [
                self.tabs.tabText(0),
                self.tabs.tabText(1),
                self.tr("Attachments (%1)").replace("%1", "00"),
                self.tr("Meetings (%1)").replace("%1", "00"),
            ]
        )
        self.finish_focus_chain()
        self.load(None)

    # -- building -----------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.title_edit = TextLine()
        self.kind_combo = EnumCombo(enums.DOCUMENT_KINDS)
        self.reference_edit = TextLine()
        self.dated_edit = OptionalDateEdit()
        self.place_edit = TextLine()
        self.status_combo = EnumCombo(enums.DOCUMENT_STATUSES)
        self.classification_combo = EnumCombo(enums.CLASSIFICATIONS)
        self.tags_edit = TagEditor()
        self.summary_edit = TextArea()
        self.summary_edit.setMinimumHeight(90)
        b = self.bind
        return general_page(
            [(self.tr("Tit&le:"), b("title", self.title_edit, self.tr("Title")))],
            [
                (self.tr("&Kind:"), b("kind", self.kind_combo, self.tr("Kind"))),
                (self.tr("Refere&nce:"), b("reference", self.reference_edit, self.tr("Reference"))),
                (self.tr("&Date:"), b("dated_on", self.dated_edit, self.tr("Date"))),
            ],
            [
                (self.tr("&Place:"), b("place", self.place_edit, self.tr("Place"))),
                (self.tr("St&atus:"), b("status", self.status_combo, self.tr("Status"))),
                (
                    self.tr("&Classification:"),
                    b("classification", self.classification_combo, self.tr("Classification")),
                ),
            ],
            [
                (self.tr("Ta&gs:"), b("tags", self.tags_edit, self.tr("Tags"))),
                (self.tr("S&ummary:"), b("summary", self.summary_edit, self.tr("Summary"))),
            ],
        )

    def _parties_tab(self) -> QWidget:
        states = list_member_states(self.ctx.store)
        status = {s["code"]: s["status"] for s in states}
        choices = []
        for code, label in country_choices([s["code"] for s in states]):
            if code in status:
                label = f"{label} — {enum_label(status[code])}"
            choices.append((code, label))
        self.parties_list = CheckList(choices)
        self.languages_list = CheckList([(c, language_label(c)) for c in enums.LANGUAGES])
        page = QWidget()
        layout = QHBoxLayout(page)
        parties_box = QGroupBox(self.tr("Parties"), page)
        QVBoxLayout(parties_box).addWidget(
            self.bind("parties", self.parties_list, self.tr("Parties"))
        )
        parties_box.setToolTip(self.tr("Member and observer states are listed first."))
        languages_box = QGroupBox(self.tr("Languages"), page)
        QVBoxLayout(languages_box).addWidget(
            self.bind("languages", self.languages_list, self.tr("Languages"))
        )
        layout.addWidget(parties_box, 3)
        layout.addWidget(languages_box, 2)
        return page

    def _meetings_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Meetings that link this document:"), page))
        self.meetings_list = QListWidget(page)
        self.meetings_list.itemActivated.connect(self._open_meeting)
        self.open_meeting_button = QPushButton(self.tr("Open &meeting"), page)
        self.open_meeting_button.clicked.connect(
            lambda: self._open_meeting(self.meetings_list.currentItem())
        )
        self.meetings_list.currentItemChanged.connect(
            lambda item, _prev: self.open_meeting_button.setEnabled(item is not None)
        )
        row = QHBoxLayout()
        row.addWidget(self.open_meeting_button)
        row.addStretch(1)
        layout.addWidget(self.meetings_list, 1)
        layout.addLayout(row)
        return page

    # -- related records ----------------------------------------------------------------------

    def _fill_meetings(self) -> None:
        self.meetings_list.clear()
        uuid = self.current_uuid()
        meetings = meetings_referencing_document(self.ctx.store, uuid) if uuid else []
        for m in meetings:
            text = f"{m['starts_on'] or self.tr('No date')} — {m['title']}"
            item = QListWidgetItem(text, self.meetings_list)
            item.setData(Qt.ItemDataRole.UserRole, m["uuid"])
        if not meetings:
            QListWidgetItem(self.tr("(no meeting links this document)"), self.meetings_list)
            self.meetings_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.open_meeting_button.setEnabled(False)
        self.tabs.setTabText(3, self.tr("Meetings (%1)").replace("%1", str(len(meetings))))

    def _open_meeting(self, item: QListWidgetItem | None) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if uuid:
            self.ctx.open_record.emit("meeting", uuid)

    def show_match(self, highlight: Highlight) -> bool:
        """A hit in an attached file (or in no field of the document) shows the attachments."""
        if highlight.attachment_uuid is None and super().show_match(highlight):
            return True
        self.tabs.setCurrentIndex(2)  # Attachments
        return highlight.attachment_uuid is not None

    def _attachments_changed(self, attachments: list[dict[str, Any]]) -> None:
        # Attaching writes at once: the stored list is the clean state for this part.
        self._baseline["attachments"] = attachments
        self._update_attachment_tab(len(attachments))
        self.refresh()

    def _update_attachment_tab(self, count: int) -> None:
        self.tabs.setTabText(2, self.tr("Attachments (%1)").replace("%1", str(count)))

    # -- RecordForm hooks ---------------------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        record = new_document()
        record.pop("uuid", None)
        return record

    def fetch(self, uuid: str) -> dict[str, Any]:
        return get_document(self.ctx.store, uuid)

    def validate(self, record: dict[str, Any]) -> list[Problem]:
        return validate_document(record, where=self.record_type)

    def write(self, record: dict[str, Any]) -> Change:
        return save_document(self.ctx.store, record)

    def new_title(self) -> str:
        return self.tr("New document")

    def after_load(self, record: dict[str, Any]) -> None:
        if not hasattr(self, "attachments"):
            return
        self.attachments.set_document(self.current_uuid(), record.get("attachments") or [])
        self._update_attachment_tab(len(record.get("attachments") or []))
        self._fill_meetings()

    def set_read_only_extras(self, read_only: bool) -> None:
        self.attachments.set_read_only(read_only)
