"""Edit > Preferences…: interface language, the database file, brief defaults, backups.

The dialog edits a copy of :class:`~council_desktop.settings.Settings` and writes the user's
settings file on OK (validated first, with ``settings.validate``). Database changes (open
another file, create a new one, move this one) are chosen in the dialog and carried out after
OK by :func:`show_preferences`, which replaces the main window with one over the new file.
A new interface language needs a restart, which is offered.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from council_desktop import settings as settings_module
from council_desktop.settings import (
    BRIEF_LANGUAGES,
    CLASSIFICATION_MARKINGS,
    PAPERS,
    Settings,
)
from council_desktop.store.errors import StoreError
from council_desktop.ui.core_messages import translate_error, translate_messages
from council_desktop.ui.enum_labels import enum_label, language_label, paper_label
from council_desktop.ui.forms.widgets import CodeCombo
from council_desktop.ui.i18n import ENDONYMS, LANGUAGES, restart_application, system_language
from council_desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from council_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

OPEN, CREATE, MOVE = "open", "create", "move"
_FILE_FILTER_CONTEXT = "PreferencesDialog"


class PreferencesDialog(QDialog):
    """The preferences, grouped on four tabs; OK validates and saves the settings file."""

    def __init__(self, settings: Settings, database: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("PreferencesDialog")
        self.original = settings
        self.database = database
        self.pending_database: tuple[str, Path] | None = None  # (OPEN|CREATE|MOVE, path)
        self.saved_path: Path | None = None
        self.saved: Settings | None = None  # what OK wrote

        layout = QVBoxLayout(self)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("settings_problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 6px; }"
        )
        self._show_file_problems(settings.problems)
        layout.addWidget(self.problems_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._database_tab(), self.tr("Database"))
        self.tabs.addTab(self._briefs_tab(), self.tr("Briefs"))
        self.tabs.addTab(self._backups_tab(), self.tr("Backups"))
        layout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(settings)
        self.setMinimumWidth(560)

    # -- tabs ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language_combo = QComboBox()
        system = ENDONYMS[system_language()]
        self.language_combo.addItem(
            self.tr("Same as the system (%1)").replace("%1", system), "system"
        )
        for code in LANGUAGES:
            self.language_combo.addItem(ENDONYMS[code], code)
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        note = QLabel(
            self.tr("A new interface language takes effect when Council Desktop restarts.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _database_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.database_label = QLabel()
        self.database_label.setObjectName("database_path")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Database file:"), self.database_label)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        form.addRow(self.pending_label)
        box.addLayout(form)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open another…"))
        self.open_button.setToolTip(self.tr("Work on another database file"))
        self.open_button.clicked.connect(lambda: self.choose_open_database())
        self.create_button = QPushButton(self.tr("&Create new…"))
        self.create_button.setToolTip(self.tr("Start an empty database file"))
        self.create_button.clicked.connect(lambda: self.choose_new_database())
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setToolTip(
            self.tr("Move this database with its attachments and backups to another folder")
        )
        self.move_button.clicked.connect(lambda: self.choose_move_folder())
        self.move_button.setEnabled(self.database is not None)
        for button in (self.open_button, self.create_button, self.move_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _briefs_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.organisation_edit = QLineEdit()
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        self.office_edit = QLineEdit()
        form.addRow(self.tr("O&ffice:"), self.office_edit)
        self.brief_language_combo = CodeCombo([(c, language_label(c)) for c in BRIEF_LANGUAGES])
        form.addRow(self.tr("Brief &language:"), self.brief_language_combo)
        self.paper_combo = CodeCombo([(p, paper_label(p)) for p in PAPERS])
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.classification_combo = QComboBox()
        for marking in CLASSIFICATION_MARKINGS:
            label = (
                self.tr("As recorded for each meeting")
                if marking == "record"
                else enum_label(marking)
            )
            self.classification_combo.addItem(label, marking)
        form.addRow(self.tr("&Classification marking:"), self.classification_combo)
        return page

    def _backups_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setPlaceholderText(self.tr("Beside the database (backups)"))
        row.addWidget(self.backup_folder_edit, 1)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_backup_folder)
        row.addWidget(browse)
        # A label of its own: addRow(text, layout) gives the label no buddy, so "&folder"
        # showed its "&" and Alt+F did nothing.
        folder_label = QLabel(self.tr("Backup &folder:"))
        folder_label.setBuddy(self.backup_folder_edit)
        form.addRow(folder_label, row)
        self.daily_spin = QSpinBox()
        self.daily_spin.setRange(1, 365)
        form.addRow(self.tr("&Daily backups kept:"), self.daily_spin)
        self.weekly_spin = QSpinBox()
        self.weekly_spin.setRange(0, 520)
        form.addRow(self.tr("&Weekly backups kept:"), self.weekly_spin)
        return page

    # -- values ----------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self, s: Settings) -> None:
        self._select(self.language_combo, s.interface_language)
        self.organisation_edit.setText(s.organisation)
        self.office_edit.setText(s.office)
        self._select(self.brief_language_combo, s.brief_language)
        self._select(self.paper_combo, s.brief_paper)
        self._select(self.classification_combo, s.brief_classification)
        self.backup_folder_edit.setText(s.backup_folder)
        self.daily_spin.setValue(s.backups_daily)
        self.weekly_spin.setValue(s.backups_weekly)
        self._show_database()

    def result_settings(self) -> Settings:
        """The settings as the dialog shows them (not yet validated or saved)."""
        database = self.original.database
        if self.pending_database and self.pending_database[0] in (OPEN, CREATE):
            database = str(self.pending_database[1])
        return dataclasses.replace(
            self.original,
            interface_language=self.language_combo.currentData(),
            database=database,
            organisation=self.organisation_edit.text().strip(),
            office=self.office_edit.text().strip(),
            brief_language=self.brief_language_combo.currentData(),
            brief_paper=self.paper_combo.currentData(),
            brief_classification=self.classification_combo.currentData(),
            backup_folder=self.backup_folder_edit.text().strip(),
            backups_daily=self.daily_spin.value(),
            backups_weekly=self.weekly_spin.value(),
            problems=[],
        )

    def _show_file_problems(self, problems: list[str]) -> None:
        if not problems:
            self.problems_label.hide()
            return
        self.problems_label.setText(
            self.tr("Some settings could not be used, so their defaults apply:")
            + "\n"
            + "\n".join(f"• {p}" for p in translate_messages(problems))
            + "\n"
            + self.tr("Saving these preferences writes a corrected settings file.")
        )
        self.problems_label.show()

    def accept(self) -> None:
        """Validate and write the settings file; stay open with a message when that fails."""
        chosen = self.result_settings()
        _good, problems = settings_module.validate(chosen.to_json(), self.tr("Preferences"))
        if problems:
            QMessageBox.warning(
                self, self.tr("Preferences not saved"), "\n".join(translate_messages(problems))
            )
            return
        try:
            self.saved_path = settings_module.save(chosen)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Preferences not saved"),
                self.tr("The settings file could not be written: %1").replace(
                    "%1", translate_error(exc)
                ),
            )
            return
        self.saved = chosen
        super().accept()

    # -- the database file -----------------------------------------------------------------

    def _show_database(self) -> None:
        self.database_label.setText(str(self.database) if self.database else self.tr("in memory"))
        texts = {
            OPEN: self.tr("After OK, Council Desktop opens %1."),
            CREATE: self.tr("After OK, Council Desktop creates and opens %1."),
            MOVE: self.tr("After OK, this database moves to %1 with its attachments and backups."),
        }
        if self.pending_database:
            action, path = self.pending_database
            self.pending_label.setText(texts[action].replace("%1", str(path)))
        self.pending_label.setVisible(self.pending_database is not None)

    def _file_filter(self) -> str:
        return self.tr("Council Desktop databases (*.sqlite *.db);;All files (*)")

    def choose_open_database(self, path: Path | str | None = None) -> bool:
        """Pick an existing database file to work on after OK."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open database"), self._start_folder(), self._file_filter()
            )
        if not path:
            return False
        self.pending_database = (OPEN, Path(path))
        self._show_database()
        return True

    def choose_new_database(self, path: Path | str | None = None) -> bool:
        """Pick a name for a new, empty database file (an existing file is refused)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Create database"),
                str(Path(self._start_folder()) / "council.sqlite"),
                self._file_filter(),
            )
        if not path:
            return False
        if Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("Create database"),
                self.tr("%1 already exists. Choose a new file name, or open it instead.").replace(
                    "%1", str(path)
                ),
            )
            return False
        self.pending_database = (CREATE, Path(path))
        self._show_database()
        return True

    def choose_move_folder(self, folder: Path | str | None = None) -> bool:
        """Pick the folder this database (with attachments and backups) moves to after OK."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Move database to"), self._start_folder()
            )
        if not folder:
            return False
        self.pending_database = (MOVE, Path(folder))
        self._show_database()
        return True

    def _start_folder(self) -> str:
        return str(self.database.parent) if self.database else str(Path.home())

    def _browse_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder_edit.text() or self._start_folder()
        )
        if folder:
            self.backup_folder_edit.setText(folder)


# -- carrying out what was chosen ------------------------------------------------------------


def show_preferences(window: MainWindow) -> MainWindow | None:
    """Edit > Preferences…: run the dialog, then switch database or offer a restart.

    Returns the window now in use when the database changed (the old one is closed).
    """
    current = settings_module.load()
    dialog = PreferencesDialog(current, window.ctx.store.path, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.saved
    assert chosen is not None
    replaced: MainWindow | None = None
    if dialog.pending_database is not None:
        action, path = dialog.pending_database
        replaced = switch_database(window, action, path, chosen)
    if chosen.interface_language != current.interface_language:
        offer_restart(replaced or window)
    return replaced


def offer_restart(window: MainWindow) -> bool:
    """Ask to restart now for a new interface language; True when the restart began."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Preferences", "Restart Council Desktop"),
        QCoreApplication.translate(
            "Preferences", "The new interface language is used after a restart. Restart now?"
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    restart = box.addButton(
        QCoreApplication.translate("Preferences", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Preferences", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is not restart or not window.close():
        return False
    return restart_application()


def switch_database(
    window: MainWindow, action: str, path: Path, chosen: Settings
) -> MainWindow | None:
    """Close ``window`` and show one over the opened, created or moved database.

    Nothing is lost on failure: the old window comes back over its own file.
    """
    from council_desktop.startup import open_database
    from council_desktop.store.relocate import move_database
    from council_desktop.ui.app import create_main_window

    old_store = window.ctx.store
    old_path = old_store.path
    if not window.close():  # unsaved edits: the user chose to stay
        return None
    target = path
    if action == MOVE:
        assert old_path is not None
        old_store.close()
        try:
            target = move_database(old_path, path, chosen.backup_folder)
        except StoreError as exc:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("Preferences", "Database not moved"),
                translate_error(exc),
            )
            target = old_path
        chosen.database = str(target)
        settings_module.save(chosen)
    try:
        store = open_database(target, seed=False) if action == CREATE else None
        new_window = create_main_window(store or target)
    except StoreError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Preferences", "Cannot open the database"),
            translate_error(exc),
        )
        if action != MOVE:
            fallback = dataclasses.replace(chosen, database=str(old_path or ""))
            settings_module.save(fallback)
            window.show()
        return None
    if action != MOVE:
        old_store.close()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(new_window.ctx.store.close)
    window.successor = new_window  # type: ignore[attr-defined]  # keeps the new window alive
    new_window.show()
    return new_window


def report_settings_problems(parent: QWidget | None, problems: list[str]) -> None:
    """At start-up: say which settings were ignored (the defaults apply), never refuse to start."""
    if not problems:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Preferences", "Settings file problems"),
        QCoreApplication.translate(
            "Preferences", "Some settings could not be used, so their defaults apply."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    hint = QCoreApplication.translate(
        "Preferences", "Open Edit > Preferences… and press OK to write a corrected settings file."
    )
    shown = translate_messages(problems)
    box.setInformativeText("\n".join([*shown[:5], "", hint]))
    box.setDetailedText("\n".join(shown))
    box.exec()
