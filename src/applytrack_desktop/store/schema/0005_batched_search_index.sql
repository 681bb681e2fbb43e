-- Schema 5: the pipeline puts the mail it stores into the full-text index once per batch.
-- Through the per-row trigger, indexing cost about 0.1 ms per email, as much as the rest of
-- the insert; one INSERT ... SELECT per batch costs a tenth of that. While a batch runs, a
-- row in emails_fts_deferred tells the insert trigger to leave the indexing to the batch
-- (store.emails.batched_search_index). The row lives only inside the batch's own write
-- transaction, so no reader and no crash ever sees it.
CREATE TABLE emails_fts_deferred (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);
DROP TRIGGER emails_fts_insert;
CREATE TRIGGER emails_fts_insert AFTER INSERT ON emails
WHEN NOT EXISTS (SELECT 1 FROM emails_fts_deferred) BEGIN
    INSERT INTO emails_fts (rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;
