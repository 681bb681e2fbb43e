-- Schema 10: the classifier's second choice of each stored email, kept with its first.
-- What an email is may only show later: a backfill reads the newest mail first, so a
-- "confirmation" weeks into an application (an offer or a rejection that thanks the
-- candidate for applying) may be stored, and start the application, before the receipt
-- that shows how late it came. Reading it then as its second choice (sync.hindsight) needs
-- that choice; the message itself is not read again. NULL: no second choice (a known
-- category, or mail stored before schema 10).
ALTER TABLE emails ADD COLUMN runner_up TEXT;
ALTER TABLE emails ADD COLUMN runner_up_confidence REAL NOT NULL DEFAULT 0;
