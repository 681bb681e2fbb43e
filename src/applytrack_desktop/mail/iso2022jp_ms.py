"""ISO-2022-JP as Windows writes it (code page 50220/50221): with the Windows-only characters.

Japanese mail is still often sent as ISO-2022-JP, and Outlook and other Windows programs put
the characters of Windows' own Japanese code page (cp932) in it: circled numbers (①),
Roman numerals (Ⅱ), "㈱" (incorporated) and the IBM extension kanji (the "髙" of 髙橋).
Python's iso2022_jp codecs refuse those bytes, so one "①" in a list made the whole body
unreadable. JIS X 0208 byte pairs map onto Shift_JIS by arithmetic, and cp932 is Shift_JIS
with exactly those extensions, so the message is rewritten as cp932 bytes and decoded as such.
"""

from __future__ import annotations

_ESC = 0x1B
_SO, _SI = 0x0E, 0x0F  # shift out / in: half-width katakana in code page 50221

# Escape sequences (the bytes after ESC) and the mode each one switches to.
_MODES = {
    b"(B": "ascii",
    b"(J": "ascii",  # JIS X 0201 Roman: ASCII but for the yen sign and overline
    b"(I": "kana",  # JIS X 0201 katakana, one byte each
    b"$@": "kanji",  # JIS C 6226-1978
    b"$B": "kanji",  # JIS X 0208-1983
    b"&@\x1b$B": "kanji",  # JIS X 0208-1990 (an announcer before ESC $ B)
}


def _to_shift_jis(first: int, second: int) -> bytes:
    """One JIS X 0208 (row, cell) byte pair as the Shift_JIS / cp932 byte pair."""
    lead = (first + 1) // 2 + (0x70 if first <= 0x5E else 0xB0)
    odd_row_trail = second + (0x1F if second <= 0x5F else 0x20)
    trail = odd_row_trail if first % 2 else second + 0x7E
    return bytes((lead, trail))


def as_cp932(data: bytes, *, final: bool = True) -> bytes:
    """``data`` (ISO-2022-JP with any cp932 characters) rewritten as cp932 bytes.

    Raises ValueError on bytes that are not ISO-2022-JP: an unknown escape sequence, an
    8-bit byte, or a broken byte pair. With ``final`` False (text cut at a size cap) a pair
    cut by the end is dropped instead.
    """
    out = bytearray()
    mode = "ascii"
    shifted = False
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte == _ESC:
            for sequence, target in _MODES.items():
                if data.startswith(sequence, i + 1):
                    mode, i = target, i + 1 + len(sequence)
                    break
            else:
                raise ValueError("unknown escape sequence")
            continue
        if byte in (_SO, _SI):
            shifted, i = byte == _SO, i + 1
            continue
        if byte > 0x7F:
            raise ValueError("8-bit byte in a 7-bit charset")
        if byte in (0x0A, 0x0D):  # a line ends every mode but the shift (RFC 1468)
            out.append(byte)
            i += 1
            continue
        if shifted or mode == "kana":
            out.append(byte + 0x80)  # half-width katakana: 0xA1-0xDF in cp932
            i += 1
        elif mode == "kanji":
            if i + 1 >= n and not final:
                break
            if i + 1 >= n or not (0x21 <= byte <= 0x7E and 0x21 <= data[i + 1] <= 0x7E):
                raise ValueError("broken double-byte character")
            out += _to_shift_jis(byte, data[i + 1])
            i += 2
        else:
            out.append(byte)
            i += 1
    return bytes(out)


def decode(data: bytes, *, final: bool = True) -> str:
    """The text of ``data``; raises UnicodeDecodeError or ValueError where it is not
    ISO-2022-JP as Windows writes it."""
    return as_cp932(data, final=final).decode("cp932")
