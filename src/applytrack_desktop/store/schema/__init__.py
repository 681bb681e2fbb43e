"""The numbered SQL migrations (``NNNN_name.sql``), read by ``store.migrations``."""
