-- Schema 3: what matching looks up often, indexed.
-- company_norm (core.names.normalize_company of the email's company) lets a new application
-- find the unmatched mail of its company without reading every unmatched email.
ALTER TABLE emails ADD COLUMN company_norm TEXT NOT NULL DEFAULT '';
CREATE INDEX emails_orphans ON emails (company_norm, date)
    WHERE application_id IS NULL AND user_unmatched = 0;
