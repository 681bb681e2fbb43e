"""English glosses of job words in Finnish, Hungarian, Czech, Slovak, Romanian, Turkish,
Indonesian, Malay, Vietnamese, Greek, Russian, Ukrainian and Arabic.

The features gloss the job words of ten European languages (``features.GLOSSES``,
``glosses_more``) and of Japanese, Chinese and Korean (``glosses_cjk``), so that short mail in
those languages borrows the evidence the models learnt from the many English messages. Mail in
the languages here had nothing of the kind: a two-line Turkish interview invitation or a Finnish
receipt reached the models as a few words no training message shares, and was read as not-job
mail (the session-24 set-aside messages' recall was 0.645 for this group, against 0.855 for the
Western European one). Written from general knowledge of how recruiting mail in these languages
is phrased; both sides share the words, as in English (a Turkish bank's "başvurunuz" is an
application too), and the models weigh the rest of the message as they do for English.

Three ways of finding them, by script:
- Latin-script words are looked up like the other glosses, folded (accents dropped: Turkish
  "mülakat" -> "mulakat", Hungarian "állásajánlat" -> "allasajanlat"); inflected languages
  list their common forms, and no key is an English word.
- Vietnamese words are syllables, so its keys are folded phrases ("phong van", interview),
  looked up only in text holding a letter of Vietnamese's own.
- Greek, Cyrillic and Arabic letters fold to nothing, so their keys are stems found as
  substrings of the lower-cased text without its accents, as Japanese words are.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from applytrack_desktop.intel import vocab

# Latin-script words (folded) -> English gloss.
WORDS: Final[dict[str, str]] = {
    # Finnish
    **dict.fromkeys(
        vocab.words("hakemus hakemuksesi hakemuksestasi hakemuksen hakemukset hakemusta"),
        "application",
    ),
    **dict.fromkeys(vocab.words("hakija hakijat hakijana hakijoiden hakijaa"), "candidate"),
    **dict.fromkeys(
        vocab.words("haastattelu haastatteluun haastattelua haastattelukutsu haastattelussa"),
        "interview",
    ),
    **dict.fromkeys(vocab.words("rekrytointi rekrytointiprosessi rekrytoinnin"), "recruitment"),
    "valitettavasti": "unfortunately",
    "tyosopimus": "contract",
    "tyotarjous": "offer",
    "soveltuvuusarviointi": "assessment",
    "ennakkotehtava": "assignment",
    # Hungarian
    **dict.fromkeys(
        vocab.words("jelentkezes jelentkezesed jelentkezeset palyazat palyazatat"),
        "application",
    ),
    **dict.fromkeys(vocab.words("allasinterju interju interjura interjut"), "interview"),
    **dict.fromkeys(vocab.words("allasajanlat ajanlat ajanlatot"), "offer"),
    **dict.fromkeys(vocab.words("pozicio pozicioba poziciora munkakor munkakorre"), "position"),
    "sajnos": "unfortunately",
    "munkaszerzodes": "contract",
    "toborzas": "recruitment",
    **dict.fromkeys(vocab.words("jelolt jeloltek jeloltet"), "candidate"),
    "kivalasztas": "selection",
    "oneletrajz": "cv",
    # Czech and Slovak
    **dict.fromkeys(vocab.words("pohovor pohovoru pohovorem pohovore"), "interview"),
    **dict.fromkeys(vocab.words("nabidka nabidku ponuka ponuku"), "offer"),
    **dict.fromkeys(vocab.words("pozice pozici pozicie poziciu"), "position"),
    **dict.fromkeys(vocab.words("uchazec uchazeci uchazece uchadzac uchadzaca"), "candidate"),
    **dict.fromkeys(vocab.words("vyberove vyberoveho"), "selection"),
    **dict.fromkeys(vocab.words("bohuzel zial"), "unfortunately"),
    **dict.fromkeys(vocab.words("zivotopis zivotopisu"), "cv"),
    **dict.fromkeys(vocab.words("prihlasku ziadost"), "application"),
    # Romanian
    **dict.fromkeys(vocab.words("aplicatia aplicatie aplicatiei aplicatiile"), "application"),
    **dict.fromkeys(vocab.words("interviu interviul interviului"), "interview"),
    **dict.fromkeys(vocab.words("candidat candidatul candidatii"), "candidate"),
    **dict.fromkeys(vocab.words("pozitia pozitie pozitiei postul"), "position"),
    **dict.fromkeys(vocab.words("angajare angajarea angajarii"), "employment"),
    "recrutare": "recruitment",
    "pacate": "unfortunately",  # "din păcate"
    # Turkish
    **dict.fromkeys(
        vocab.words("basvuru basvurunuz basvurunuzu basvurunuzun basvurdugunuz basvurusu"),
        "application",
    ),
    **dict.fromkeys(vocab.words("mulakat mulakata mulakati mulakatimiz"), "interview"),
    **dict.fromkeys(vocab.words("teklif teklifi teklifimiz teklifimizi"), "offer"),
    **dict.fromkeys(vocab.words("aday adayi adaylar adaylarimiz"), "candidate"),
    **dict.fromkeys(vocab.words("pozisyon pozisyonu pozisyonumuz pozisyonuna"), "position"),
    "maalesef": "unfortunately",
    "ozgecmis": "cv",
    "ozgecmisiniz": "cv",
    # Indonesian and Malay
    **dict.fromkeys(vocab.words("lamaran melamar permohonan"), "application"),
    **dict.fromkeys(vocab.words("pelamar kandidat calon"), "candidate"),
    **dict.fromkeys(vocab.words("wawancara temuduga"), "interview"),
    **dict.fromkeys(vocab.words("lowongan jawatan"), "vacancy"),
    **dict.fromkeys(vocab.words("posisi"), "position"),
    **dict.fromkeys(vocab.words("penawaran tawaran"), "offer"),
    "sayangnya": "unfortunately",
    "rekrutmen": "recruitment",
    "seleksi": "selection",
    "psikotes": "assessment",
}

# Vietnamese (folded phrases; its words are syllables) -> English gloss.
PHRASES: Final[dict[str, str]] = {
    "phong van": "interview",
    "ung tuyen": "application",
    "ung vien": "candidate",
    "tuyen dung": "recruitment",
    "nhan viec": "offer",  # "thư mời nhận việc", the offer letter
    "rat tiec": "unfortunately",
    "vi tri": "position",
    "bai kiem tra": "test",
    "hop dong lao dong": "contract",
}

# Greek, Russian, Ukrainian and Arabic stems (lower case, no accents) -> English gloss.
STEMS: Final[dict[str, str]] = {
    # Greek
    "αιτηση": "application",
    "αιτησ": "application",
    "συνεντευξ": "interview",
    "θεση": "position",
    "προσφορα εργασιας": "offer",
    "δυστυχως": "unfortunately",
    "υποψηφι": "candidate",
    "βιογραφικ": "cv",
    "προσληψ": "hire",
    # Russian and Ukrainian
    "собеседовани": "interview",
    "співбесід": "interview",
    "ваканси": "vacancy",
    "вакансі": "vacancy",
    "резюме": "cv",
    "отклик": "application",
    "к сожалению": "unfortunately",
    "на жаль": "unfortunately",
    "предложение о работе": "offer",
    "оффер": "offer",
    "кандидат": "candidate",
    "должност": "position",
    "тестовое задание": "assignment",
    # Arabic
    "مقابلة": "interview",
    "وظيف": "job",
    "طلبك": "application",
    "للأسف": "unfortunately",
    "نأسف": "regret",
    "عرض عمل": "offer",
    "عرض وظيفي": "offer",
    "مرشح": "candidate",
    "السيرة الذاتية": "cv",
}

# A letter of Vietnamese's own (its tone-marked and hooked vowels, and đ), and a letter of the
# Greek, Cyrillic or Arabic blocks: each reader runs only when the text holds one.
# Ranges, not IGNORECASE: half of all mail holds some non-ASCII character (a curly quote), and
# each such message pays this one search, which a case-folded class made twice as slow.
_VIETNAMESE_CHARS: Final = "ĂăĐđƠơƯư\u1ea0-\u1ef9"  # (Ạ .. ỹ: the tone-marked vowels)
_OTHER_SCRIPT_CHARS: Final = "\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff"
_ANY = re.compile(f"[{_VIETNAMESE_CHARS}{_OTHER_SCRIPT_CHARS}]")
_VIETNAMESE = re.compile(f"[{_VIETNAMESE_CHARS}]")
_OTHER_SCRIPTS = re.compile(f"[{_OTHER_SCRIPT_CHARS}]")
_PHRASE = re.compile(
    r"(?<![a-z])("
    + "|".join(sorted(map(re.escape, PHRASES), key=len, reverse=True))
    + r")(?![a-z])"
)


def _unaccented(text: str) -> str:
    """Lower case without combining marks ("συνέντευξη" -> "συνεντευξη"); Arabic's short
    vowel marks go too, which its stems never write."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The stems as the text is searched: Arabic's hamza on its alef ("للأسف") is a combining mark
# once decomposed, so a stem is unaccented like the text.
_STEMS_UNACCENTED: Final = {_unaccented(stem): gloss for stem, gloss in STEMS.items()}
_STEM = re.compile("|".join(sorted(map(re.escape, _STEMS_UNACCENTED), key=len, reverse=True)))


def world_glosses(subject: str, head: str, folded: str) -> set[str]:
    """The English glosses of the Vietnamese phrases and Greek, Cyrillic and Arabic stems in a
    message (its subject and body head as written; ``folded``: their words, folded). The
    Latin-script words are in ``WORDS``, which ``features.GLOSSES`` takes in."""
    if subject.isascii() and head.isascii():  # most mail: two flags of the strings
        return set()
    texts = [text for text in (subject, head) if _ANY.search(text) is not None]
    found: set[str] = set()
    if not texts:
        return found
    if any(_VIETNAMESE.search(text) is not None for text in texts):
        found.update(PHRASES[p] for p in _PHRASE.findall(folded))
    for text in texts:
        if _OTHER_SCRIPTS.search(text) is not None:
            found.update(_STEMS_UNACCENTED[s] for s in _STEM.findall(_unaccented(text)))
    return found
