"""Small dialogs: about, import/export results."""
