-- Core schema: checklists (versioned), clients, conversations, answers, user settings.
CREATE TABLE matters (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checklist_versions (
    matter_id TEXT NOT NULL REFERENCES matters(id),
    version INTEGER NOT NULL,
    content TEXT NOT NULL,          -- the validated checklist as JSON
    checksum TEXT NOT NULL,         -- sha256 of content
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (matter_id, version)
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date_of_birth TEXT,             -- ISO date
    nationality TEXT,               -- ISO 3166-1 alpha-3
    file_number TEXT,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX clients_name ON clients(name COLLATE NOCASE);
CREATE INDEX clients_file_number ON clients(file_number);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    matter_id TEXT NOT NULL,
    checklist_version INTEGER NOT NULL,
    language TEXT NOT NULL,         -- the client's language for texts and snippets
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    clerk TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT,
    FOREIGN KEY (matter_id, checklist_version) REFERENCES checklist_versions(matter_id, version)
);
CREATE INDEX conversations_status ON conversations(status, updated_at);
CREATE INDEX conversations_client ON conversations(client_id);
CREATE TABLE answers (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'present', 'missing', 'not_applicable')),
    value TEXT,                     -- answer of a question: 'yes', 'no' or a choice id
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, item_id)
);
CREATE TABLE user_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL             -- JSON
);
