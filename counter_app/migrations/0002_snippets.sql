-- Snippet library: phrases with a German original and translations, each with a review status.
-- Client texts of checklist items are stored here too (category 'checklist'), so that search,
-- review and the client screen treat them alike.
CREATE TABLE snippet_categories (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL             -- German label shown in the panel
);
CREATE TABLE snippets (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'default' CHECK (origin IN ('default', 'local', 'machine', 'checklist')),
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE snippet_texts (
    id INTEGER PRIMARY KEY,         -- stable rowid for the full-text index
    snippet_id TEXT NOT NULL REFERENCES snippets(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('reviewed', 'unreviewed', 'machine')),
    reviewed_by TEXT,
    reviewed_at TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (snippet_id, language)
);
CREATE INDEX snippet_texts_language ON snippet_texts(language, status);
-- Same layout that sqlite-utils' enable_fts(create_triggers=True) produces, so table.search() works.
CREATE VIRTUAL TABLE "snippet_texts_fts" USING FTS5 (
    "text",
    tokenize='unicode61 remove_diacritics 2',
    content="snippet_texts"
);
CREATE TRIGGER "snippet_texts_ai" AFTER INSERT ON "snippet_texts" BEGIN
  INSERT INTO "snippet_texts_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER "snippet_texts_ad" AFTER DELETE ON "snippet_texts" BEGIN
  INSERT INTO "snippet_texts_fts" ("snippet_texts_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
END;
CREATE TRIGGER "snippet_texts_au" AFTER UPDATE ON "snippet_texts" BEGIN
  INSERT INTO "snippet_texts_fts" ("snippet_texts_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
  INSERT INTO "snippet_texts_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TABLE favourites (
    user TEXT NOT NULL,
    snippet_id TEXT NOT NULL REFERENCES snippets(id) ON DELETE CASCADE,
    PRIMARY KEY (user, snippet_id)
);
