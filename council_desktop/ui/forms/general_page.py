"""The "General" tab of a record form: labelled fields in two columns, or one when narrow.

Two columns of label/field pairs read best when there is room. Beside the list at 1280 px (and
in Russian, whose labels and drop-down values are the longest) there is not: rather than give
the form a minimum width that squeezes the list's titles to a dozen characters, the page lays
the same rows out in one column when it is narrower than two columns need.

Each label's buddy is the widget that really takes focus (a field box or a date picker only
forwards focus to its editor, and QLabel ignores a buddy with no focus policy), so Alt+letter
reaches the editor; the Tab order follows the reading order whichever the layout.
"""

from __future__ import annotations

from council_desktop.ui.qt import QGridLayout, QLabel, QLayout, QSize, Qt, QWidget

Row = tuple[str, QWidget]
LABEL_MARGINS = (0, 4, 0, 0)  # lines a label up with the text of its field


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes focus for ``widget`` (the end of its focus proxy chain)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


class GeneralPage(QWidget):
    """Full-width rows, two columns of label/field pairs, full-width rows; or all in one column.

    One grid (not nested form layouts) so every field starts at the same x and every label
    reads as a column; each label carries its mnemonic.
    """

    def __init__(
        self,
        top: list[Row],
        left: list[Row],
        right: list[Row],
        bottom: list[Row],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        # The page says how small it may get (one column); the grid must not hold it wider.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._top, self._left, self._right, self._bottom = (
            [(self._label(text, field), field) for text, field in rows]
            for rows in (top, left, right, bottom)
        )
        self.two_columns: bool | None = None
        self._arrange(two_columns=True)
        order = self.tab_stops()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(focus_target(field))
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(*LABEL_MARGINS)
        return label

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """Every (label, field) in reading order."""
        return self._top + self._left + self._right + self._bottom

    def tab_stops(self) -> list[QWidget]:
        """The fields as Tab visits them: a field box with its editor inside moves as one."""
        return [
            field if field.focusPolicy() != Qt.FocusPolicy.NoFocus else focus_target(field)
            for _label, field in self.rows()
        ]

    def editors(self) -> list[QWidget]:
        """The widgets that take focus, in reading (and Tab) order."""
        return [focus_target(field) for _label, field in self.rows()]

    # -- layout -------------------------------------------------------------------------------

    def _arrange(self, two_columns: bool) -> None:
        if two_columns == self.two_columns:
            return
        self.two_columns = two_columns
        grid = self.grid
        old_rows = grid.rowCount()
        while grid.count():
            grid.takeAt(0)
        for r in range(old_rows):
            grid.setRowStretch(r, 0)
        row = 0
        if two_columns:
            for label, field in self._top:
                row = self._put(row, label, field, span=3)
            for i in range(max(len(self._left), len(self._right))):
                for col, pairs in ((0, self._left), (2, self._right)):
                    if i < len(pairs):
                        grid.addWidget(pairs[i][0], row, col)
                        grid.addWidget(pairs[i][1], row, col + 1)
                row += 1
            for label, field in self._bottom:
                row = self._put(row, label, field, span=3)
        else:
            for label, field in self.rows():
                row = self._put(row, label, field, span=3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1 if two_columns else 0)
        grid.setRowStretch(row - 1, 1)  # the last row (the summary) takes the spare height
        grid.invalidate()
        self.updateGeometry()

    def _put(self, row: int, label: QLabel, field: QWidget, span: int) -> int:
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(field, row, 1, 1, span)
        return row + 1

    def _column_width(self, rows: list[tuple[QLabel, QWidget]]) -> int:
        """The least width of one label/field column pair."""
        labels = max((label.minimumSizeHint().width() for label, _f in rows), default=0)
        fields = max((f.minimumSizeHint().width() for _l, f in rows), default=0)
        return labels + self.grid.horizontalSpacing() + fields

    def _margins(self) -> int:
        margins = self.grid.contentsMargins()
        return margins.left() + margins.right()

    def two_column_width(self) -> int:
        """The least width at which the two columns fit without squeezing a field."""
        pairs = (
            self._column_width(self._left)
            + self.grid.horizontalSpacing()
            + self._column_width(self._right)
        )
        return self._margins() + max(pairs, self._column_width(self._top + self._bottom))

    def one_column_width(self) -> int:
        return self._margins() + self._column_width(self.rows())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        height = self.grid.minimumSize().height()
        return QSize(self.one_column_width(), height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._arrange(event.size().width() >= self.two_column_width())
        super().resizeEvent(event)


def general_page(top: list[Row], left: list[Row], right: list[Row], bottom: list[Row]) -> QWidget:
    """The "General" tab (see :class:`GeneralPage`)."""
    return GeneralPage(top, left, right, bottom)
