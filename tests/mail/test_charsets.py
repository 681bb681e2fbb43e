"""Charset fallbacks: declared, then UTF-8, then cp1252, with a defect saying what was wrong."""

from __future__ import annotations

import pytest

from applytrack_desktop.mail.charsets import codec_for, decode_bytes, fix_surrogates


def test_ascii_needs_no_codec() -> None:
    assert decode_bytes(b"plain", "no-such-charset") == ("plain", "")


def test_declared_charset_is_used() -> None:
    assert decode_bytes("Grüße".encode("iso-8859-15"), "iso-8859-15") == ("Grüße", "")
    assert decode_bytes("面接".encode("shift_jis"), "Shift_JIS") == ("面接", "")


def test_unknown_charset_falls_back_to_utf8_with_a_defect() -> None:
    text, defect = decode_bytes("café".encode(), "x-unknown")
    assert text == "café"
    assert defect == "unknown charset x-unknown"


def test_utf8_mislabelled_as_latin1_is_read_as_utf8() -> None:
    text, defect = decode_bytes("Grüezi".encode(), "iso-8859-1")
    assert text == "Grüezi"
    assert defect == "wrong charset iso-8859-1"


def test_latin1_mislabelled_as_utf8_falls_back_to_cp1252() -> None:
    text, defect = decode_bytes("prévu à".encode("latin-1"), "utf-8")
    assert text == "prévu à"
    assert defect == "wrong charset utf-8"


def test_undecodable_everywhere_is_replaced_not_raised() -> None:
    text, defect = decode_bytes(b"\x81\x8d\xff\xfe", "euc-jp")
    assert "\ufffd" in text
    assert defect == "wrong charset euc-jp"


def test_missing_charset_reads_utf8_without_defect() -> None:
    assert decode_bytes("naïve".encode(), None) == ("naïve", "")


def test_partial_decode_drops_a_cut_multibyte_sequence() -> None:
    data = "résumé".encode()[:-1]  # the last "é" cut in half
    assert decode_bytes(data, "utf-8", partial=True) == ("résum", "")


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("UTF-8", "utf-8"),
        ('"windows-1252"', "cp1252"),
        ("gb2312", "gb18030"),
        ("ks_c_5601-1987", "cp949"),
        ("utf-8*en", "utf-8"),
        ("base64", None),
        ("rot13", None),
        ("", None),
        ("x-unknown", None),
    ],
)
def test_codec_for_labels(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_fix_surrogates_reads_raw_8bit_headers() -> None:
    escaped = "Müller".encode().decode("ascii", "surrogateescape")
    assert fix_surrogates(escaped) == "Müller"
    assert fix_surrogates("already text é") == "already text é"


def test_seven_bit_charsets_are_decoded_not_passed_through() -> None:
    data = "面接".encode("iso-2022-jp")
    assert data.isascii()
    assert decode_bytes(data, "ISO-2022-JP") == ("面接", "")
    assert decode_bytes("Hi ☺".encode("utf-7"), "utf-7") == ("Hi ☺", "")


def test_trusted_labels_are_not_second_guessed() -> None:
    data = "Â¡".encode("latin-1")  # also valid UTF-8 (for "¡")
    assert decode_bytes(data, "iso-8859-1") == ("¡", "wrong charset iso-8859-1")
    assert decode_bytes(data, "iso-8859-1", trust_label=True) == ("Â¡", "")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("お知らせ①髙橋～ ㈱アクメ", "Shift_JIS"),
        ("お知らせ①髙橋～ ㈱アクメ", "Windows-31J"),
        ("お知らせ①髙橋～ ㈱アクメ", "x-sjis"),
        ("裏恒碁 €100", "Big5"),
    ],
)
def test_windows_code_pages_under_the_standard_labels(text: str, label: str) -> None:
    # Windows programs label their code pages with the standard names; one "①" or "裏" made
    # the whole body mojibake before.
    codec = "cp950" if label == "Big5" else "cp932"
    assert decode_bytes(text.encode(codec), label) == (text, "")


def test_iso2022jp_with_windows_characters_is_read_without_a_defect() -> None:
    data = b"\x1b$B" + "面接".encode("iso2022_jp")[3:-3] + b"-!\x1b(B"  # JIS 0x2D21 is "①"
    assert decode_bytes(data, "ISO-2022-JP") == ("面接①", "")
    assert decode_bytes(b"\x1b(Zbroken", "ISO-2022-JP")[1] == "wrong charset ISO-2022-JP"
