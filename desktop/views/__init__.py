"""The desktop's windows and dialogs: the main window, the case list and editor, import,
attachments and documents, labs, checklist, the incoming tray, submit, sync and settings.

Each view shows what the lower layers return and sends the user's changes back through the
main window's database executor; none runs SQL or slow work itself. Thread-safety: GUI thread
only.
"""
