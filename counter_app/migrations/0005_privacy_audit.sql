-- Privacy and audit: anonymised conversations keep their statistics, and an append-only audit log.
--
-- Anonymising (retention purge or a deletion request) blanks the client row in place: name '',
-- date of birth, nationality and file number NULL, anonymised_at set. The row stays so that the
-- conversation keeps its (NOT NULL) client and the is_demo flag; it holds nothing personal.
-- The conversation keeps matter, checklist version, language, clerk, timestamps and the answer
-- statuses/values (anonymous statistics); its note and the answers' notes are emptied.
ALTER TABLE clients ADD COLUMN anonymised_at TEXT;
ALTER TABLE conversations ADD COLUMN anonymised_at TEXT;
CREATE INDEX conversations_retention ON conversations(status, closed_at) WHERE anonymised_at IS NULL;

-- Once its personal data is gone a conversation stays closed: nothing could be added to it that
-- belongs to anybody.
CREATE TRIGGER conversations_anonymised_stay_closed BEFORE UPDATE OF status ON conversations
WHEN new.status = 'open' AND old.anonymised_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'anonymised conversation cannot be reopened');
END;

-- Who did what to which conversation, and when. Never personal data: `detail` is written by code
-- only (counts, the retention period), never from what a clerk typed. No foreign key, so that no
-- deletion elsewhere can cascade into the log.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,               -- UTC, YYYY-MM-DDTHH:MM:SSZ
    who TEXT NOT NULL,              -- OS user name of the clerk (or of the admin command)
    action TEXT NOT NULL CHECK (action IN ('started', 'opened', 'changed', 'closed', 'reopened',
        'exported', 'deleted', 'letter_created', 'purged', 'audit_pruned')),
    conversation_id INTEGER,        -- NULL for actions on the database as a whole
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_conversation ON audit_log(conversation_id, action, who, at);
CREATE INDEX audit_log_at ON audit_log(at);

-- Append-only from the app's side: rows can never be changed ...
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- ... and removed only by the documented maintenance path (audit.prune_old_entries), which opens
-- a window in audit_maintenance inside its own transaction, and never rows younger than two years.
CREATE TABLE audit_maintenance (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    prune_before TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN NOT (old.at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-730 days')
          AND old.at < COALESCE((SELECT prune_before FROM audit_maintenance WHERE id = 1), ''))
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
