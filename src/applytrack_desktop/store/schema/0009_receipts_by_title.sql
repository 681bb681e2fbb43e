-- Schema 9: the receipts that name a role but no employer, read by their titles alone.
-- Matching asks for them (store.emails.receipts_without_employer) each time an employer's
-- status-moving mail matches no application, and keeps the few whose role fits. They pile up
-- as the store grows (the review list keeps them): ~270 a call at 45k emails, each read from
-- its email row (a page read and decrypted once the store outgrows the page cache): ~950 us
-- a call, a fifth of the writer's time there. This index holds the title, in (date, id)
-- order, and the partial index's own condition columns, so SQLite reads it alone; the store
-- reads the rows of only the receipts whose role fits.
DROP INDEX emails_receipts_without_employer;
CREATE INDEX emails_receipts_without_employer ON emails (
    date, id, job_title, application_id, user_unmatched, company_norm, category
) WHERE application_id IS NULL AND user_unmatched = 0 AND company_norm = ''
    AND category = 'confirmation' AND job_title != '';
