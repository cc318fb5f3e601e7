-- Content life cycle: drafts of checklists, content packs imported/exported, what the last import
-- set (to tell local edits from imported content), and an append-only audit of content changes.

-- A team lead's unpublished changes to one matter. The content may not be valid yet (work in
-- progress); it is validated when published. One draft per matter.
CREATE TABLE content_drafts (
    matter_id TEXT PRIMARY KEY,
    base_version INTEGER,           -- the version the draft started from (NULL: a new matter)
    content TEXT NOT NULL,          -- JSON in the layout of Checklist.to_dict(), plus editor marks
    author TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Small facts about the content as a whole: 'content_version' (a counter that every publish,
-- review or import raises; an import sets it to at least the pack's), 'local_owner' (single-PC
-- fallback for roles, see roles.py).
CREATE TABLE content_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Packs this PC exported or imported; the sync-folder check skips these and compares against
-- the newest imported one.
CREATE TABLE content_packs (
    pack_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
    content_version INTEGER NOT NULL,
    created TEXT NOT NULL,          -- as in the manifest (UTC)
    author TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    at TEXT NOT NULL,               -- when this PC imported/exported it (UTC)
    who TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (pack_id, direction)
);

-- What the last applied pack set for each item (checksum of the checklist, snippet record or
-- template file). An item whose current state differs from this was edited here afterwards.
CREATE TABLE content_baseline (
    kind TEXT NOT NULL CHECK (kind IN ('checklist', 'snippet', 'template', 'referral')),
    key TEXT NOT NULL,
    checksum TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

-- Who changed which content, and when (publish, review, import, export, templates). Subjects
-- are content ids (matter, snippet, template, pack), never personal data.
CREATE TABLE content_audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,               -- UTC, YYYY-MM-DDTHH:MM:SSZ
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX content_audit_at ON content_audit(at);
CREATE TRIGGER content_audit_no_update BEFORE UPDATE ON content_audit
BEGIN
    SELECT RAISE(ABORT, 'content_audit is append-only');
END;
CREATE TRIGGER content_audit_no_delete BEFORE DELETE ON content_audit
BEGIN
    SELECT RAISE(ABORT, 'content_audit is append-only');
END;
