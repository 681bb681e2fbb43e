"""Decrypting EVERY page of a SQLCipher file (and its ``-wal``) to look for leftovers.

Reading the tables (or ``sqlcipher_export``) only shows live rows; deleted content can
survive in FTS5 segments, free pages and old WAL frames. This decrypts the raw bytes
page by page with the store's raw key, as an attacker holding the key would, so a canary
found anywhere in the file is found here.

SQLCipher 4 page layout (defaults): 4096-byte pages, AES-256-CBC over each page minus an
80-byte reserve holding the 16-byte IV and the 64-byte HMAC; page 1 starts with the 16-byte
salt instead of its first 16 bytes. A raw key (``x'..'``, 64 hex) is the AES key itself.
WAL: a 32-byte header, then frames of a 24-byte header and one encrypted page.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypt_db(path: Path, hex_key: str) -> bytes:
    """The plaintext of every page of the database file, free pages included."""
    data = path.read_bytes()
    key = bytes.fromhex(hex_key)
    pages = [
        _decrypt_page(data[i : i + PAGE], key, first=i == 0)
        for i in range(0, len(data) - PAGE + 1, PAGE)
    ]
    return b"".join(pages)


def decrypt_wal(path: Path, hex_key: str) -> bytes:
    """The plaintext of every frame still in the ``-wal`` file (b"" if there is none)."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    key = bytes.fromhex(hex_key)
    out = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[offset : offset + 4], "big")
        frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        out.append(_decrypt_page(frame, key, first=page_no == 1))
        offset += FRAME_HEADER + PAGE
    return b"".join(out)


def plaintext_of_store(db_path: Path, hex_key: str) -> bytes:
    """Every decrypted page of the file and of its WAL, together."""
    wal = db_path.with_name(db_path.name + "-wal")
    return decrypt_db(db_path, hex_key) + decrypt_wal(wal, hex_key)


def found(blob: bytes, canaries: list[str]) -> list[str]:
    """The canaries present in ``blob`` (UTF-8), also as FTS5 index terms.

    FTS5 prefix-compresses its terms, so a canary may be stored without its first few
    characters: the last ones are looked for (``canaries.canary`` starts with random hex).
    """
    return [c for c in canaries if c[4:].encode() in blob]


def passphrase_key(db_path: Path, passphrase: str) -> str:
    """The AES key SQLCipher 4 derives from a passphrase (PBKDF2-HMAC-SHA512, 256,000
    rounds, the file's 16-byte salt), as hex for ``decrypt_db``."""
    salt = db_path.read_bytes()[:16]
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32).hex()
