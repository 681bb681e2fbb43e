-- Schema 2: full-text search over applications and mail, and indexes for the table's sorts.
-- External-content FTS5 tables hold only the index; triggers keep them in step.

CREATE VIRTUAL TABLE applications_fts USING fts5 (
    company, job_title, notes,
    content = 'applications', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER applications_fts_insert AFTER INSERT ON applications BEGIN
    INSERT INTO applications_fts (rowid, company, job_title, notes)
    VALUES (new.id, new.company, new.job_title, new.notes);
END;
CREATE TRIGGER applications_fts_delete AFTER DELETE ON applications BEGIN
    INSERT INTO applications_fts (applications_fts, rowid, company, job_title, notes)
    VALUES ('delete', old.id, old.company, old.job_title, old.notes);
END;
CREATE TRIGGER applications_fts_update AFTER UPDATE OF company, job_title, notes
ON applications BEGIN
    INSERT INTO applications_fts (applications_fts, rowid, company, job_title, notes)
    VALUES ('delete', old.id, old.company, old.job_title, old.notes);
    INSERT INTO applications_fts (rowid, company, job_title, notes)
    VALUES (new.id, new.company, new.job_title, new.notes);
END;

CREATE VIRTUAL TABLE emails_fts USING fts5 (
    subject, body_text,
    content = 'emails', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER emails_fts_insert AFTER INSERT ON emails BEGIN
    INSERT INTO emails_fts (rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;
CREATE TRIGGER emails_fts_delete AFTER DELETE ON emails BEGIN
    INSERT INTO emails_fts (emails_fts, rowid, subject, body_text)
    VALUES ('delete', old.id, old.subject, old.body_text);
END;
CREATE TRIGGER emails_fts_update AFTER UPDATE OF subject, body_text ON emails BEGIN
    INSERT INTO emails_fts (emails_fts, rowid, subject, body_text)
    VALUES ('delete', old.id, old.subject, old.body_text);
    INSERT INTO emails_fts (rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;

-- Index what was stored under schema 1.
INSERT INTO applications_fts (applications_fts) VALUES ('rebuild');
INSERT INTO emails_fts (emails_fts) VALUES ('rebuild');

CREATE INDEX applications_created ON applications (created_at);
CREATE INDEX applications_company ON applications (company COLLATE NOCASE);
CREATE INDEX applications_title ON applications (job_title COLLATE NOCASE);
CREATE INDEX applications_last_email ON applications (last_email_at);
