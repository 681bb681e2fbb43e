"""Reading mail: RFC 5322 bytes from any source into one normalized ``MailMessage``.

The public API (import from the modules; this package imports nothing so that loading it
stays cheap):
- ``parse.parse_message(raw) -> MailMessage`` (raises only ``MailParseError``)
- ``sources.iter_sources(paths)`` / ``sources.count_sources(paths)`` / ``sources.RawSource``
- ``html_text.html_to_text(html)`` and ``html_text.sanitize_html(html)``
- ``calendar.read_calendar(data, charset)``; every cap is in ``limits``.
"""
