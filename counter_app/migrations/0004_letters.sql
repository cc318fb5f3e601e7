-- Letters produced from a conversation. The .docx (and an exported .pdf) live under the data
-- folder's letters/ directory; file paths here are relative to the data folder, so a moved data
-- folder keeps working. Deleting a conversation deletes these rows; the files must be removed by
-- whoever deletes (see letters/archive.py: delete_for_conversation).
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    template TEXT NOT NULL,         -- template name, e.g. 'nachforderung'
    file_path TEXT NOT NULL,        -- .docx, relative to the data folder
    created_at TEXT NOT NULL,       -- ISO 8601, local time
    clerk TEXT NOT NULL,            -- who produced the letter
    deadline TEXT,                  -- ISO date of the deadline the letter sets, if any
    metadata TEXT NOT NULL DEFAULT '{}'  -- JSON: title, free fields, courtesy language, pdf_path, …
);
CREATE INDEX letters_conversation ON letters(conversation_id, created_at);
