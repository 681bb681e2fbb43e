"""HTML to readable text, and HTML sanitized for display without remote loads."""

from __future__ import annotations

import time

from applytrack_desktop.mail.html_text import html_to_text, sanitize_html

DOC = """<!DOCTYPE html><html><head><title>Acme</title><style>p{color:red}</style>
<meta charset="utf-8"></head><body>
<p>Hello&nbsp;<b>Jane</b>,</p>
<p>Thanks for applying to <a href="https://acme.com/jobs/1?a=1&amp;b=2">the role</a>.<br>Next:</p>
<ul><li>Phone screen</li><li>Onsite</li></ul>
<table><tr><td>Ref</td><td>R-2291</td></tr></table>
<a href="https://acme.com/">https://acme.com</a>
<script>document.write("<p>hidden</p>")</script>
<!--[if mso]><p>outlook only</p><![endif]-->
<p>1 &lt; 2 &amp; 3 &gt; 2, <a href="mailto:hr@acme.com">write to us</a></p>
<pre>keep
  this</pre>
</body></html>"""


def test_blocks_lists_links_and_entities() -> None:
    assert html_to_text(DOC) == (
        "Hello Jane,\n\n"
        "Thanks for applying to the role (https://acme.com/jobs/1?a=1&b=2).\nNext:\n\n"
        "- Phone screen\n- Onsite\n\n"
        "Ref R-2291\n\n"
        "https://acme.com\n"
        "1 < 2 & 3 > 2, write to us (hr@acme.com)\n\n"
        "keep\nthis"
    )


def test_long_urls_are_not_appended() -> None:
    url = "https://click.example.com/track?" + "x" * 200
    assert html_to_text(f'<a href="{url}">Apply now</a>') == "Apply now"


def test_script_style_and_head_content_is_dropped() -> None:
    markup = "<head><title>T</title></head><style>.a{}</style><script>var x</script>Body"
    assert html_to_text(markup) == "Body"


def test_unclosed_head_does_not_swallow_the_body() -> None:
    assert html_to_text("<html><head><meta x><body><p>text</p>") == "text"


def test_unclosed_script_drops_the_rest() -> None:
    assert html_to_text("before<script>var a = '<p>x</p>'") == "before"


def test_fragments_and_stray_brackets() -> None:
    assert html_to_text("a < b and c > d") == "a < b and c > d"
    assert html_to_text("<p>one<p>two") == "one\ntwo"
    assert html_to_text("") == ""
    assert html_to_text("<![CDATA[x]]><?xml version='1.0'?>ok") == "ok"


def test_max_chars_caps_the_output() -> None:
    assert len(html_to_text("<p>" + "word " * 1000 + "</p>", max_chars=50)) == 50


def test_hostile_markup_stays_linear() -> None:
    # Each of these once made a naive tokenizer quadratic; all must finish fast.
    inputs = ["<a" * 100_000, "<!--" * 100_000, "<script>" * 50_000, '<a "' * 100_000]
    start = time.perf_counter()
    outputs = [html_to_text(markup) for markup in inputs]
    assert all(isinstance(out, str) for out in outputs)
    assert time.perf_counter() - start < 20  # a guard against hangs, not a benchmark


def test_sanitize_keeps_text_and_links_but_nothing_active_or_remote() -> None:
    markup = (
        '<p onclick="steal()">Hi <b>Jane</b></p><script>alert(1)</script>'
        "<style>body{background:url(https://t.example/a.png)}</style>"
        '<img src="https://t.example/pixel.gif" srcset="https://t.example/2x.gif 2x">'
        '<div style="background-image:url(https://t.example/bg.png)">styled</div>'
        '<table background="https://t.example/t.png"><tr><td>cell</td></tr></table>'
        '<a href="https://acme.com/jobs" target="_blank">Jobs</a>'
        '<a href="javascript:alert(1)">bad</a>'
        '<iframe src="https://t.example/frame"></iframe>'
    )
    clean = sanitize_html(markup)
    for banned in ("onclick", "<script", "alert", "<style", "url(", "<img", "srcset", "t.example"):
        assert banned not in clean
    assert "<b>Jane</b>" in clean
    assert "styled" in clean
    assert "<td>cell</td>" in clean
    assert '<a href="https://acme.com/jobs" rel="noopener noreferrer">Jobs</a>' in clean
    assert "javascript" not in clean
    assert sanitize_html("") == ""
