-- Schema 4: a new application looks up the unattached mail of its thread through an index.
-- Without it, "unattached mail of company X or thread T" read every unattached email (the
-- review list: thousands after a big import) once per application created.
CREATE INDEX emails_orphan_threads ON emails (thread_key)
    WHERE application_id IS NULL AND user_unmatched = 0;
