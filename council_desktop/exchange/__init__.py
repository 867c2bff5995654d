"""Records in and out: the JSON exchange format and iCalendar export."""
