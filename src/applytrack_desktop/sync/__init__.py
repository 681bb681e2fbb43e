"""Sync: the pipeline (filter, classify, match, set status), the account engine, the scheduler."""
