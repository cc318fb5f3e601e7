"""Letters from a conversation: Word templates laid out after DIN 5008, filled with docxtpl, archived
with the conversation and optionally converted to PDF by LibreOffice.

No Qt here. python-docx and docxtpl are imported only inside the functions that render or check a
template, so importing this package (e.g. for the command line's parser) costs nothing.

Modules: `catalog` (which templates exist), `checking` (check and import a team lead's template),
`fields` (documented placeholders and free fields), `deadlines`, `context` and `courtesy` (what goes
into a letter), `render` (docxtpl), `archive` (files and rows), `pdf` (LibreOffice), `service`
(the one-call API used by the command line and the dialog).
"""
