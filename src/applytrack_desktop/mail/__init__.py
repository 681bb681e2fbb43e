"""Reading mail: RFC 5322 bytes from any source into one normalized ``MailMessage``."""
