-- Schema 1: everything the tracker keeps. Datetimes are ISO-8601 UTC text of fixed width
-- (so text order is time order); JSON columns hold lists/objects written by the store.

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('gmail', 'outlook', 'imap', 'files')),
    address       TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'ok'
                  CHECK (state IN ('ok', 'syncing', 'error', 'reconnect_needed')),
    cursor        TEXT,                      -- opaque; committed with the mail it covers
    last_sync_at  TEXT,
    last_error    TEXT NOT NULL DEFAULT '',
    settings      TEXT NOT NULL DEFAULT '{}', -- JSON object of strings ("since", folders...)
    created_at    TEXT NOT NULL
);

CREATE TABLE applications (
    id                      INTEGER PRIMARY KEY,
    company                 TEXT NOT NULL,
    company_norm            TEXT NOT NULL,   -- core.names.normalize_company(company)
    job_title               TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL CHECK (status IN ('Wishlist', 'Applied',
                                'Interviewing', 'Technical Round', 'Offer Extended',
                                'Rejected', 'Withdrawn', 'Accepted')),
    location                TEXT NOT NULL DEFAULT '',
    url                     TEXT NOT NULL DEFAULT '',
    notes                   TEXT NOT NULL DEFAULT '',
    source                  TEXT NOT NULL DEFAULT 'manual',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    last_email_at           TEXT,
    next_event_at           TEXT,
    manual_status_at        TEXT,            -- when the user last set the status by hand
    created_from_account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX applications_company_norm ON applications (company_norm, status);
CREATE INDEX applications_status_updated ON applications (status, updated_at);
CREATE INDEX applications_updated ON applications (updated_at);

CREATE TABLE application_ats_ids (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    ats_id         TEXT NOT NULL,
    PRIMARY KEY (application_id, ats_id)
) WITHOUT ROWID;
CREATE INDEX application_ats_ids_ats ON application_ats_ids (ats_id);

CREATE TABLE threads (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    thread_key     TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    subject        TEXT NOT NULL DEFAULT '',
    last_date      TEXT NOT NULL
);
-- ifnull: imported files have no account, and NULLs never collide in a UNIQUE index.
CREATE UNIQUE INDEX threads_key ON threads (ifnull(account_id, 0), thread_key);
CREATE INDEX threads_application ON threads (application_id);

CREATE TABLE emails (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    provider_id     TEXT NOT NULL,           -- Gmail id, Graph ImmutableId, UIDVALIDITY:UID
    message_id      TEXT NOT NULL DEFAULT '',
    thread_key      TEXT NOT NULL DEFAULT '',
    application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    sender_name     TEXT NOT NULL DEFAULT '',
    sender_address  TEXT NOT NULL DEFAULT '',
    date            TEXT NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL CHECK (category IN ('confirmation', 'interview',
                        'technical_round', 'offer', 'rejection', 'recruiter_outreach',
                        'other_job')),
    confidence      REAL NOT NULL,
    company         TEXT NOT NULL DEFAULT '',
    job_title       TEXT NOT NULL DEFAULT '',
    ats             TEXT NOT NULL DEFAULT '',
    ats_ids         TEXT NOT NULL DEFAULT '[]',
    sentiment       TEXT NOT NULL DEFAULT 'neutral',
    urgent          INTEGER NOT NULL DEFAULT 0,
    deadlines       TEXT NOT NULL DEFAULT '[]',
    next_steps      TEXT NOT NULL DEFAULT '[]',
    interview_at    TEXT,
    body_text       TEXT,                    -- NULL once purged; the metadata above stays
    body_html       TEXT,
    user_unmatched  INTEGER NOT NULL DEFAULT 0,  -- detached by the user: never re-attach
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX emails_provider ON emails (ifnull(account_id, 0), provider_id);
CREATE INDEX emails_message_id ON emails (message_id);
CREATE INDEX emails_application ON emails (application_id, date);
CREATE INDEX emails_thread ON emails (ifnull(account_id, 0), thread_key);
CREATE INDEX emails_date ON emails (date);

CREATE TABLE status_changes (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    cause          TEXT NOT NULL CHECK (cause IN ('email', 'user')),
    email_id       INTEGER REFERENCES emails (id) ON DELETE SET NULL,
    at             TEXT NOT NULL,
    undone         INTEGER NOT NULL DEFAULT 0,
    reverts_id     INTEGER REFERENCES status_changes (id) ON DELETE SET NULL  -- an undo record
);
CREATE INDEX status_changes_application ON status_changes (application_id, id);

CREATE TABLE activity (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
    email_id       INTEGER REFERENCES emails (id) ON DELETE SET NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL,
    read           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_at ON activity (at);
CREATE INDEX activity_unread ON activity (read) WHERE read = 0;

CREATE TABLE review_items (
    id                       INTEGER PRIMARY KEY,
    email_id                 INTEGER NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
    suggested_application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    suggested_status         TEXT,
    reason                   TEXT NOT NULL DEFAULT '',
    state                    TEXT NOT NULL DEFAULT 'open'
                             CHECK (state IN ('open', 'accepted', 'dismissed')),
    created_at               TEXT NOT NULL,
    resolved_at              TEXT
);
CREATE INDEX review_items_state ON review_items (state, created_at);
CREATE INDEX review_items_email ON review_items (email_id);

-- Mail that was not about a job: only sha256(account id, provider id) is kept.
CREATE TABLE seen (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id_hash    BLOB NOT NULL,
    PRIMARY KEY (account_id, id_hash)
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Account secrets where no OS keyring exists (inside the encrypted store, never a plain file).
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
