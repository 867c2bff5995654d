"""Record forms: the meeting and document editors shown beside the master lists."""

from council_desktop.ui.forms.base import RecordForm
from council_desktop.ui.forms.document_form import DocumentForm
from council_desktop.ui.forms.meeting_form import MeetingForm

__all__ = ["DocumentForm", "MeetingForm", "RecordForm"]
