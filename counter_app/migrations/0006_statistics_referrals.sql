-- Anonymous statistics of closed conversations, and the local referral directory.

-- Small facts about this data folder: the random id this PC uses in the sync folder, and whether
-- the default referral directory was loaded once (so a team lead who removes every entry keeps
-- an empty directory instead of getting the examples back at the next start).
CREATE TABLE local_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per closed conversation, with nothing that leads back to the person: no name, date of
-- birth, nationality, file number, clerk, PC, conversation number or exact date. Week and month
-- are the finest time; period_start/period_end are the days the two have in common (derived from
-- week and month, never finer) so a date range can be filtered in SQL. WITHOUT ROWID: rows are
-- kept in the order of their random ids, not in the order conversations were closed.
CREATE TABLE conversation_stats (
    record_id TEXT PRIMARY KEY,     -- random (uuid4 hex); merging files from several PCs keys on it
    origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'merged')),
    matter_id TEXT NOT NULL,
    checklist_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    duration_minutes INTEGER,       -- NULL: unknown (e.g. closed days after it started)
    documents_missing INTEGER NOT NULL,
    documents_open INTEGER NOT NULL,
    letters TEXT NOT NULL DEFAULT '{}',   -- JSON {template name: count}
    machine_translations INTEGER NOT NULL DEFAULT 0,
    follow_up INTEGER NOT NULL,     -- 1: a document was missing or still open at the end
    week TEXT NOT NULL,             -- ISO week, '2026-W48'
    month TEXT NOT NULL,            -- '2026-11'
    period_start TEXT NOT NULL,     -- ISO date
    period_end TEXT NOT NULL,       -- ISO date
    demo INTEGER NOT NULL DEFAULT 0 -- made from fictional demo data
) WITHOUT ROWID;
CREATE INDEX conversation_stats_period ON conversation_stats(period_start, period_end);

-- Per conversation, only while it still has personal data: machine translations used so far, and
-- which statistics record it produced (so closing it again after a reopen updates that record
-- instead of counting it twice). The tie goes when the conversation is anonymised (trigger below)
-- or deleted (cascade); `recorded` stays, so it is never counted again.
CREATE TABLE stats_conversation_state (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    machine_translations INTEGER NOT NULL DEFAULT 0,
    record_id TEXT,
    recorded INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER stats_forget_anonymised AFTER UPDATE OF anonymised_at ON conversations
WHEN new.anonymised_at IS NOT NULL
BEGIN
    UPDATE stats_conversation_state SET record_id = NULL WHERE conversation_id = new.id;
END;

-- Local counselling and integration services the counter refers clients to. Edited by team
-- leads; lists are JSON arrays.
CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',   -- language codes, e.g. ["de", "ar", "prs"]
    address TEXT NOT NULL DEFAULT '',
    opening_hours TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    example INTEGER NOT NULL DEFAULT 0,     -- a placeholder the office still has to replace
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
-- When to suggest a service: for a matter (item_id ''), for one checklist item of a matter, or
-- for every matter (matter_id '*'). No foreign key to matters: a content pack may bring links for
-- a matter this PC does not have yet; such a link simply never matches.
CREATE TABLE referral_links (
    referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    matter_id TEXT NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (referral_id, matter_id, item_id)
);
CREATE INDEX referral_links_matter ON referral_links(matter_id, item_id);
