"""HTML mail as readable plain text, and HTML that is safe to show.

``html_to_text`` feeds the classifier and the extractors: many recruiters send HTML-only mail,
so its words, line structure and links must survive. It is a single-pass regex tokenizer
(no network, no dependency): the stdlib ``html.parser`` was measured at about 3.5 ms per
newsletter, a quarter of the whole pipeline's budget, and has known crashers on marked
sections; this one is several times faster and cannot raise on any input.

``sanitize_html`` is for the GUI: it keeps formatting and links but removes scripts, styles,
event handlers and every remote resource (images, CSS ``url()``, ``srcset``, backgrounds),
so opening a mail never tells its sender that it was read.
"""

from __future__ import annotations

import html
import re

import nh3

from applytrack_desktop.mail.limits import MAX_HTML_CHARS, MAX_TEXT_CHARS

_BLOCK = frozenset(
    {
        *("p", "div", "tr", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "dt", "dd"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header"),
        *("footer", "nav", "aside", "main", "form", "center", "address", "figure"),
        *("figcaption", "fieldset", "hr", "pre", "caption", "details", "summary"),
    }
)
# Elements whose content is never text: cut out up to their closing tag.
_SKIP = ("script", "style", "noscript", "template", "svg", "iframe", "object", "title", "head")
_CELL = frozenset({"td", "th"})
_MAX_LINK_CHARS = 100

# Every pattern below is linear on any input: no nested repetition, and every "up to the
# closing tag" search either finds its end or consumes the rest of the document once.
_SKIP_OPEN = re.compile(r"<(" + "|".join(_SKIP) + r")\b[^>]*>", re.I)
_SKIP_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _SKIP}
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_PRE = re.compile(r"(<pre\b[^>]*>.*?(?:</pre\s*>|\Z))", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})\b([^<>]*)>|<[!?][^<>]{0,4096}>")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_MANY_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(markup: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Readable text of an HTML document or fragment; never raises, linear time."""
    if not markup:
        return ""
    markup = _COMMENT.sub("", _drop_skipped(markup[:MAX_HTML_CHARS]))
    # Whitespace is not significant in HTML, except inside <pre>.
    segments = _PRE.split(markup)
    markup = "".join(seg if i % 2 else " ".join(seg.split()) for i, seg in enumerate(segments))
    chunks: list[str] = []
    href: str | None = None
    link_start = 0
    # ``split`` hands out the text before each tag and the tag's three groups (all None for
    # a declaration) with no match object to query: the loop runs once per tag.
    parts = _TAG.split(markup)
    pieces = iter(parts)
    for before, closing, name, attributes in zip(pieces, pieces, pieces, pieces, strict=False):
        if before:
            chunks.append(before)
        if name is None:
            continue  # doctype, processing instruction, stray declaration
        tag = name.lower()
        if closing:
            if tag in _BLOCK:
                chunks.append("\n")
            elif tag == "a" and href is not None:
                chunks.append(_link_suffix(href, "".join(chunks[link_start:])))
                href = None
        elif tag == "br":
            chunks.append("\n")
        elif tag == "li":
            chunks.append("\n- ")
        elif tag in _BLOCK:
            chunks.append("\n")
        elif tag in _CELL:
            chunks.append(" ")
        elif tag == "a":
            found = _HREF.search(attributes)
            href = next((g for g in found.groups() if g is not None), None) if found else None
            link_start = len(chunks)
    chunks.append(parts[-1])
    text = html.unescape("".join(chunks)).replace("\r", "").replace("\xa0", " ")
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()[:max_chars]


def _drop_skipped(markup: str) -> str:
    """The markup without <script>, <style>, <head>... and their content."""
    pieces: list[str] = []
    pos = 0
    while True:
        opened = _SKIP_OPEN.search(markup, pos)
        if opened is None:
            break
        pieces.append(markup[pos : opened.start()])
        tag = opened.group(1).lower()
        if tag == "head":  # an unclosed <head> ends where <body> starts
            close = _HEAD_END.search(markup, opened.end())
            pos = (
                close.start()
                if close and not close.group(0).startswith("</")
                else (close.end() if close else opened.end())
            )
        else:
            close = _SKIP_CLOSE[tag].search(markup, opened.end())
            pos = close.end() if close else len(markup)
    pieces.append(markup[pos:])
    return " ".join(pieces)


def _link_suffix(href: str, label_markup: str) -> str:
    """ " (url)" after a link's text, when the url says something the text does not."""
    url = html.unescape(href).strip()
    label = html.unescape(label_markup).strip()
    lowered = url.lower()
    shown = url[7:] if lowered.startswith("mailto:") else url
    if (
        label
        and lowered.startswith(("http://", "https://", "mailto:"))
        and len(url) <= _MAX_LINK_CHARS
        and shown.rstrip("/") != label.rstrip("/")
    ):
        return f" ({shown})"
    return ""


# What the GUI may render: text formatting, tables, lists, links; nothing that loads.
_SAFE_TAGS = nh3.ALLOWED_TAGS - {"img", "area", "map"}
_SAFE_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) - {"src", "srcset", "background", "cite"}
    for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
    if tag in _SAFE_TAGS
}
_SAFE_ATTRIBUTES["a"] = {"href", "title"}
_SAFE_ATTRIBUTES["*"] = {"dir", "lang", "title"}
_SAFE_ATTRIBUTES.setdefault("td", set()).update({"bgcolor", "valign", "width"})
_SAFE_ATTRIBUTES.setdefault("table", set()).update({"bgcolor", "width", "cellpadding"})
_DROP_WITH_CONTENT = {"script", "style", "head", "title", "noscript", "template", "svg", "iframe"}


def sanitize_html(markup: str) -> str:
    """HTML that shows the mail's text and links but runs nothing and loads nothing remote."""
    if not markup:
        return ""
    return nh3.clean(
        markup[:MAX_HTML_CHARS],
        tags=set(_SAFE_TAGS),
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes=_SAFE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
