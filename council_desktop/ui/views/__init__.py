"""The pages of the main window: lists, placeholders and (from other issues) calendar, timeline."""
