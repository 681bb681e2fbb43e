"""Mail providers: Gmail, Outlook (Graph), IMAP and files, behind one interface."""
