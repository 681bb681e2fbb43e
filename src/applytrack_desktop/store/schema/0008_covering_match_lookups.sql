-- Schema 8: matching's per-application and per-company look-ups answered from indexes alone.
-- An email row holds its body, so the rows of a big store are spread over far more pages than
-- the page cache holds: each row a look-up reads is a page read from the file and decrypted.
-- Three look-ups read such rows for every stored email, and read more of them as the store
-- grows (a 50k-message import: from ~4 us a row at 10k emails, and 18 -> 265 rows a call):
--   * the unattached mail of a company a new application adopts (store.emails.orphans),
--   * an application's mail replayed for its status (store.emails.status_events),
--   * which applications a sender wrote about (store.emails.applications_with_sender).
-- The indexes below hold every column those look-ups read, so SQLite reads no row.

-- Every column of an Orphan, and the partial index's own condition columns (SQLite counts an
-- index as covering only when it holds every column the query names, WHERE included).
DROP INDEX emails_orphans;
CREATE INDEX emails_orphans ON emails (
    company_norm, date, account_id, thread_key, category, company, job_title, ats_ids,
    interview_at, application_id, user_unmatched
) WHERE application_id IS NULL AND user_unmatched = 0;

-- (application_id, date, id) keeps the order status replay reads in (ORDER BY date, id);
-- category and confidence are what it reads; lower(sender_address) is what
-- applications_with_sender compares. The old (application_id, date) served the same searches.
DROP INDEX emails_application;
CREATE INDEX emails_application ON emails (
    application_id, date, id, category, confidence, lower(sender_address)
);
