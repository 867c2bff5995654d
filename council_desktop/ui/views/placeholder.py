"""A tidy page standing in for a view that another issue delivers (calendar, timeline, …).

The main window creates one per missing view; the view's issue swaps in its widget with
``MainWindow.replace_page(key, widget)``.
"""

from __future__ import annotations

from council_desktop.ui.qt import QIcon, QLabel, Qt, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """An icon, the view's name and one sentence saying it is on its way."""

    def __init__(self, title: str, icon: QIcon, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        note = QLabel(self.tr("This view arrives with its own issue; its place is ready here."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        layout.addStretch(2)
