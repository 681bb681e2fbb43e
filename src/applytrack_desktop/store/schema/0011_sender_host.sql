-- Schema 11: which applications hold mail from a sender's host (store.emails.applications_with_host).
-- A school district's director writes from ccvschools.org about the role its first mail named
-- in full ("Clear Creek Valley Schools"), then signs "Bill" and names nothing: the extractor
-- can only read the host ("Ccvschools"). Matching then asks which application the store's
-- mail from that host belongs to; the index answers it without reading a row.
CREATE INDEX emails_sender_host ON emails (
    lower(substr(sender_address, instr(sender_address, '@') + 1)), application_id
) WHERE application_id IS NOT NULL;
