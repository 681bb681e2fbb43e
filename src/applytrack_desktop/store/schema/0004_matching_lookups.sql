-- Schema 4: indexes for two of matching's look-ups.
-- A new application looks up the unattached mail of its thread through an index.
-- Without it, "unattached mail of company X or thread T" read every unattached email (the
-- review list: thousands after a big import) once per application created.
CREATE INDEX emails_orphan_threads ON emails (thread_key)
    WHERE application_id IS NULL AND user_unmatched = 0;

-- Matching's fallback compares companies without spaces ("harborbiosciences" is "Harbor
-- Biosciences"); this expression index answers it without reading every application.
CREATE INDEX applications_company_compact ON applications (replace(company_norm, ' ', ''));
