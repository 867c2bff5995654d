"""The meeting form: every field of a meeting, its sub-records edited in place, linked documents."""

from __future__ import annotations

from typing import Any

from council_desktop.records import enums
from council_desktop.records.model import (
    ACTION_DEFAULTS,
    AGENDA_DEFAULTS,
    OUTCOME_DEFAULTS,
    PARTICIPANT_DEFAULTS,
    new_meeting,
)
from council_desktop.records.validation import Problem, validate_meeting
from council_desktop.store import (
    Change,
    document_choices,
    get_meeting,
    list_member_states,
    save_meeting,
)
from council_desktop.ui.context import AppContext
from council_desktop.ui.enum_labels import country_label, enum_label
from council_desktop.ui.forms.base import RecordForm
from council_desktop.ui.forms.general_page import general_page
from council_desktop.ui.forms.linked_documents import DocumentTitles, LinkedDocuments
from council_desktop.ui.forms.subtables import SubColumn, SubTable, date_editor
from council_desktop.ui.forms.widgets import (
    CodeCombo,
    CountryCombo,
    EnumCombo,
    OptionalDateEdit,
    OrdinalSpin,
    TagEditor,
    TextArea,
    TextLine,
)
from council_desktop.ui.qt import (
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class MeetingForm(RecordForm):
    """Edit one meeting; ``load(None)`` starts a new one."""

    record_type = "meeting"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.titles = DocumentTitles(ctx)
        self._member_codes = [s["code"] for s in list_member_states(ctx.store)]
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.participants = self._participants_table()
        self.agenda = self._agenda_table()
        self.outcomes = self._outcomes_table()
        self.action_items = self._actions_table()
        self.documents = LinkedDocuments(ctx, self.titles, self)
        self.tabs.addTab(self._page(self.bind("participants", self.participants,
                                              self.tr("Participants"), False)),
                         self.tr("Participants"))  # fmt: skip
        self.tabs.addTab(self._page(self.bind("agenda", self.agenda, self.tr("Agenda"), False)),
                         self.tr("Agenda"))  # fmt: skip
        self.tabs.addTab(
            self._page(self.bind("outcomes", self.outcomes, self.tr("Outcomes"), False)),
            self.tr("Outcomes"),
        )
        self.tabs.addTab(
            self._page(self.bind("actions", self.action_items, self.tr("Action items"), False)),
            self.tr("Actions"),
        )
        self.tabs.addTab(
            self._page(self.bind("documents", self.documents, self.tr("Documents"), False)),
            self.tr("Documents"),
        )
        self._plain_tab_names = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.keep_tabs_visible(self._plain_tab_names)
        self.body.addWidget(self.tabs)
        self.brief_button = QPushButton(self.tr("Export brief…"), self)
        self.brief_button.setToolTip(self.tr("Print a brief of this meeting (save it first)"))
        self.brief_button.clicked.connect(self._brief)
        self.button_bar.insertWidget(1, self.brief_button)
        self.saved.connect(lambda _u: self._update_tab_counts())
        self.finish_focus_chain()
        self.load(None)

    # -- building -----------------------------------------------------------------------------

    @staticmethod
    def _page(widget: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widget)
        return page

    def _general_tab(self) -> QWidget:
        self.title_edit = TextLine()
        self.kind_combo = EnumCombo(enums.MEETING_KINDS)
        self.ordinal_spin = OrdinalSpin()
        self.ordinal_spin.setToolTip(self.tr('The "2" of "2nd Extraordinary Meeting"'))
        self.starts_edit = OptionalDateEdit()
        self.ends_edit = OptionalDateEdit()
        self.city_edit = TextLine()
        self.country_combo = CountryCombo(self._member_codes)
        self.venue_edit = TextLine()
        self.host_edit = TextLine()
        self.chair_edit = TextLine()
        self.framework_edit = TextLine()
        self.status_combo = EnumCombo(enums.MEETING_STATUSES)
        self.classification_combo = EnumCombo(enums.CLASSIFICATIONS)
        self.tags_edit = TagEditor()
        self.summary_edit = TextArea()
        self.summary_edit.setMinimumHeight(90)

        b = self.bind
        return general_page(
            [(self.tr("Tit&le:"), b("title", self.title_edit, self.tr("Title")))],
            [
                (self.tr("&Kind:"), b("kind", self.kind_combo, self.tr("Kind"))),
                (self.tr("Num&ber:"), b("ordinal", self.ordinal_spin, self.tr("Number"))),
                (self.tr("St&arts on:"), b("starts_on", self.starts_edit, self.tr("Start date"))),
                (self.tr("En&ds on:"), b("ends_on", self.ends_edit, self.tr("End date"))),
                (self.tr("Stat&us:"), b("status", self.status_combo, self.tr("Status"))),
                (
                    self.tr("Cla&ssification:"),
                    b("classification", self.classification_combo, self.tr("Classification")),
                ),
            ],
            [
                (self.tr("&City:"), b("city", self.city_edit, self.tr("City"))),
                (self.tr("Countr&y:"), b("country", self.country_combo, self.tr("Country"))),
                (self.tr("Ve&nue:"), b("venue", self.venue_edit, self.tr("Venue"))),
                (self.tr("H&ost:"), b("host", self.host_edit, self.tr("Host"))),
                (self.tr("Cha&ir:"), b("chair", self.chair_edit, self.tr("Chair"))),
                (
                    self.tr("Frame&work:"),
                    b("framework", self.framework_edit, self.tr("Framework")),
                ),
            ],
            [
                (self.tr("Ta&gs:"), b("tags", self.tags_edit, self.tr("Tags"))),
                (self.tr("Su&mmary:"), b("summary", self.summary_edit, self.tr("Summary"))),
            ],
        )

    def _participants_table(self) -> SubTable:
        member_codes = self._member_codes
        return SubTable(
            [
                SubColumn(
                    "country",
                    self.tr("Country"),
                    lambda p: CountryCombo(member_codes, p),
                    country_label,
                ),
                SubColumn("name", self.tr("Name"), stretch=True),
                SubColumn("position", self.tr("Position"), stretch=True),
                SubColumn(
                    "role",
                    self.tr("Role"),
                    lambda p: EnumCombo(enums.PARTICIPANT_ROLES, p),
                    enum_label,
                ),
            ],  # fmt: skip
            PARTICIPANT_DEFAULTS,
            self.tr("Participants"),
            first_edit="name",
        )

    def _agenda_table(self) -> SubTable:
        return SubTable(
            [
                SubColumn("title", self.tr("Item"), stretch=True),
                SubColumn("notes", self.tr("Notes"), stretch=True),
            ],  # fmt: skip
            AGENDA_DEFAULTS,
            self.tr("Agenda"),
        )

    def _outcomes_table(self) -> SubTable:
        return SubTable(
            [
                SubColumn(
                    "kind", self.tr("Kind"), lambda p: EnumCombo(enums.OUTCOME_KINDS, p), enum_label
                ),
                SubColumn("title", self.tr("Title"), stretch=True),
                SubColumn("text", self.tr("Text"), stretch=True),
                SubColumn(
                    "document",
                    self.tr("Document"),
                    self._document_combo,
                    self.titles.title,
                    stretch=True,
                ),
            ],  # fmt: skip
            OUTCOME_DEFAULTS,
            self.tr("Outcomes"),
            first_edit="title",
        )

    def _document_combo(self, parent: QWidget) -> CodeCombo:
        """Documents an outcome may point to: this meeting's linked ones first, then the rest."""
        linked = self.documents.value()
        rest = [d["uuid"] for d in document_choices(self.ctx.store, "") if d["uuid"] not in linked]
        choices = [(u, self.titles.title(u)) for u in linked + rest]
        return CodeCombo(choices, self.tr("(none)"), parent)

    def _actions_table(self) -> SubTable:
        return SubTable(
            [
                SubColumn("title", self.tr("Action"), stretch=True),
                SubColumn("owner", self.tr("Owner")),
                SubColumn("due_on", self.tr("Due"), date_editor, lambda v: v or self.tr("No date")),
                SubColumn(
                    "status",
                    self.tr("Status"),
                    lambda p: EnumCombo(enums.ACTION_STATUSES, p),
                    enum_label,
                ),
            ],  # fmt: skip
            ACTION_DEFAULTS,
            self.tr("Action items"),
        )

    # -- RecordForm hooks ---------------------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        record = new_meeting()
        record.pop("uuid", None)
        return record

    def fetch(self, uuid: str) -> dict[str, Any]:
        self.titles.forget()
        return get_meeting(self.ctx.store, uuid)

    def validate(self, record: dict[str, Any]) -> list[Problem]:
        return validate_meeting(record, where=self.record_type)

    def write(self, record: dict[str, Any]) -> Change:
        return save_meeting(self.ctx.store, record)

    def new_title(self) -> str:
        return self.tr("New meeting")

    def after_load(self, record: dict[str, Any]) -> None:
        self._update_tab_counts()

    def refresh(self, force: bool = False) -> None:
        super().refresh(force)
        if hasattr(self, "brief_button"):
            self.brief_button.setEnabled(self.current_uuid() is not None)
            self._update_tab_counts()

    def _update_tab_counts(self) -> None:
        if not hasattr(self, "documents"):
            return
        counts = [
            (1, self.tr("Participants (%1)"), len(self.participants.value())),
            (2, self.tr("Agenda (%1)"), len(self.agenda.value())),
            (3, self.tr("Outcomes (%1)"), len(self.outcomes.value())),
            (4, self.tr("Actions (%1)"), len(self.action_items.value())),
            (5, self.tr("Documents (%1)"), len(self.documents.value())),
        ]
        for index, text, count in counts:
            self.tabs.setTabText(index, text.replace("%1", str(count)))
        if self.tabs.tabBar().sizeHint().width() > self.tabs.width():
            # Too narrow for counts: every tab stays visible rather than hiding behind arrows.
            for index, plain in enumerate(self._plain_tab_names):
                self.tabs.setTabText(index, plain)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_tab_counts()

    def _brief(self) -> None:
        if self.current_uuid():
            self.briefRequested.emit(self.current_uuid())

    def set_read_only_extras(self, read_only: bool) -> None:
        self.documents.set_read_only(read_only)
