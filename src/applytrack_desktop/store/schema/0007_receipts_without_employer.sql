-- Schema 7: the receipts that name a role but no employer, indexed on their own.
-- Matching asks for them (store.emails.receipts_without_employer) each time an employer's
-- status-moving mail matches no application. Through emails_orphans that read every
-- unattached email naming no company (most of the review list), growing with the store:
-- 12% of the writer's time in a 20k-message import. This index holds only the receipts.
CREATE INDEX emails_receipts_without_employer ON emails (date)
    WHERE application_id IS NULL AND user_unmatched = 0 AND company_norm = ''
      AND category = 'confirmation' AND job_title != '';
