"""Dates and numbers as the interface language writes them (14 Ekim 2019, 14 октября 2019).

Everything follows ``QLocale()`` — the default locale that ``i18n.install_language`` sets — so a
view never needs to know which language is in force. Pass ``locale`` to format for another one.
Qt's locale data gives the Russian genitive month ("14 октября 2019") in a day-month pattern.
"""

from __future__ import annotations

import datetime as dt

from council_desktop.ui.qt import QDate, QLocale, Qt, QTime

LONG_DATE = "d MMMM yyyy"  # 14 October 2019 / 14 Ekim 2019 / 14 октября 2019
MONTH_YEAR = "MMMM yyyy"  # the calendar's heading: standalone month names


def to_qdate(value: QDate | dt.date | str | None) -> QDate:
    """A QDate from a QDate, a date or an ISO text; an invalid QDate when there is none."""
    if isinstance(value, QDate):
        return value
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, str) and value:
        return QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return QDate()


def format_date(value: QDate | dt.date | str | None, locale: QLocale | None = None) -> str:
    """A date written out ("14 October 2019"); unparsable text unchanged, "" for nothing."""
    date = to_qdate(value)
    if not date.isValid():
        return value if isinstance(value, str) else ""
    return (locale or QLocale()).toString(date, LONG_DATE)


def format_short_date(value: QDate | dt.date | str | None, locale: QLocale | None = None) -> str:
    """A date in the locale's short numeric form (14.10.2019, 14/10/2019)."""
    date = to_qdate(value)
    if not date.isValid():
        return value if isinstance(value, str) else ""
    return (locale or QLocale()).toString(date, QLocale.FormatType.ShortFormat)


def format_date_range(
    start: QDate | dt.date | str | None,
    end: QDate | dt.date | str | None,
    locale: QLocale | None = None,
) -> str:
    """A meeting's dates: one date when it lasts a day, "14 – 16 October 2019" style otherwise."""
    first, last = to_qdate(start), to_qdate(end)
    if not last.isValid() or last == first:
        return format_date(first, locale)
    if not first.isValid():
        return format_date(last, locale)
    locale = locale or QLocale()
    if (first.year(), first.month()) == (last.year(), last.month()):
        return f"{first.day()}–{locale.toString(last, LONG_DATE)}"
    if first.year() == last.year():
        return f"{locale.toString(first, 'd MMMM')} – {locale.toString(last, LONG_DATE)}"
    return f"{locale.toString(first, LONG_DATE)} – {locale.toString(last, LONG_DATE)}"


def format_month(value: QDate | dt.date | str, locale: QLocale | None = None) -> str:
    """A month heading ("October 2019", "Ekim 2019", "Октябрь 2019": nominative in Russian)."""
    date = to_qdate(value)
    if not date.isValid():
        return ""
    locale = locale or QLocale()
    month = locale.standaloneMonthName(date.month(), QLocale.FormatType.LongFormat)
    return f"{month[:1].upper()}{month[1:]} {date.year()}"


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    """A number with the locale's grouping (12,345 / 12.345 / 12 345)."""
    return (locale or QLocale()).toString(value)


def date_input_format(locale: QLocale | None = None) -> str:
    """The display format of date pickers: the locale's numeric date with a four-digit year.

    14.10.2019 (Turkish, Russian), 14/10/2019 (English): what an officer types without thinking.
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen (tools, tests): ISO
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_datetime(value: dt.datetime, locale: QLocale | None = None) -> str:
    """A local date and time: "28 November 2026 10:10", "28 Kasım 2026 10:10".

    A naive ``value`` is local time (backup sets are named in it); an aware one is converted
    to this computer's time zone first.
    """
    if value.tzinfo is not None:
        value = value.astimezone()
    locale = locale or QLocale()
    time = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(value.date(), locale)} {time}"


def format_utc_timestamp(value: str, locale: QLocale | None = None) -> str:
    """A stored UTC timestamp ("2026-11-28T07:10:00.000000Z") in local time; else unchanged."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_datetime(moment, locale)
