"""Undo and redo of edits in an open form: one command per field change, typing merged.

Every editor is wrapped in a :class:`FieldBinding` that remembers the value last seen. When the
user edits, the form pushes a :class:`FieldCommand` (old → new). ``QUndoStack.push`` runs
``redo()`` at once; the first redo does nothing because the widget already shows the new value,
and later ones write the value back with the editor's signals blocked, so applying a command
never records a new one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from council_desktop.ui.qt import QCoreApplication, QUndoCommand, QWidget


class FieldBinding:
    """One form field: its editor (``value``/``set_value``/``edited``) and its last known value."""

    def __init__(self, key: str, editor: QWidget, label: str, id_: int, mergeable: bool = True):
        self.key = key
        self.editor = editor
        self.label = label
        self.id = id_
        self.mergeable = mergeable
        self.last: Any = self.read()

    def read(self) -> Any:
        return copy.deepcopy(self.editor.value())  # type: ignore[attr-defined]

    def apply(self, value: Any) -> None:
        """Show ``value`` in the editor without it counting as a user edit."""
        was = self.editor.blockSignals(True)
        try:
            self.editor.set_value(copy.deepcopy(value))  # type: ignore[attr-defined]
        finally:
            self.editor.blockSignals(was)
        self.last = copy.deepcopy(value)


class FieldCommand(QUndoCommand):
    """Change one field from ``old`` to ``new``; consecutive edits of a text field merge."""

    def __init__(
        self, binding: FieldBinding, old: Any, new: Any, after: Callable[[FieldBinding], None]
    ):
        super().__init__(QCoreApplication.translate("Undo", "Edit %1").replace("%1", binding.label))
        self.binding = binding
        self.old = old
        self.new = new
        self.after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value (push runs redo at once)
            self._first = False
            self.binding.last = copy.deepcopy(self.new)
        else:
            self.binding.apply(self.new)
        self.after(self.binding)

    def undo(self) -> None:
        self.binding.apply(self.old)
        self.after(self.binding)

    def id(self) -> int:
        return self.binding.id if self.binding.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand) or other.binding is not self.binding:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True
