"""Who the candidate is in a message: the reader, or someone the reader hires.

Job mail addresses its reader as the applicant ("your application", "votre candidature");
mail written to someone who hires speaks of candidates in the third person ("4 CVs for your
vacancy", "the applicant", "Kandidaten") and never addresses the reader as one. The features
mark each (``xsecondperson``, ``xthirdparty``: ``features.feature_text``) so the models can
tell the two apart in every language these lists cover. Words are folded and normalised like
message text (``features.normalize``).
"""

from __future__ import annotations

import ahocorasick

# Words for candidates in the third person ("the applicant", "4 CVs", "Kandidaten").
THIRD_PERSON = frozenset(
    {"candidate", "candidates", "applicant", "applicants", "cvs", "resumes", "profiles",
     "shortlist", "interviewers", "kandidat", "kandidaten", "kandidater", "kandydat",
     "kandydaci", "kandydatow", "candidat", "candidats", "candidato", "candidatos",
     "candidati", "candidata", "candidatas", "bewerber", "bewerberin", "bewerbungen",
     "sollicitanten", "kandidaat", "sokande", "sokanden",
     # (session 13) the same in more of our users' languages, singular and plural
     # (Not "kandidatin", "kandydatami", "kandidaterna": "Liebe Kandidatin" and "we contact
     # the selected candidates" are written to candidates.)
     "kandidatinnen", "bewerberinnen", "bewerbende", "bewerbenden", "lebenslaufe",
     "kandidatenprofile", "postulant", "postulants", "postulante", "postulantes",
     "aspirante", "aspirantes", "sollicitant", "kandydatki", "kandydatek", "kandydatom",
     "kandydatach", "sokandena", "ansoger", "ansogere", "ansogeren", "ansogerne", "sokere",
     "sokeren", "sokerne", "hakija", "hakijat", "hakijaa", "hakijan", "hakijoita",
     "hakijoiden", "ehdokas", "ehdokkaat", "ehdokkaita", "ehdokkaan", "kandidaatti",
     "kandidaatit", "uchazec", "uchazeci", "uchazecu", "uchazece", "uchazecka", "uchazecky",
     "uchazecek", "kandidati", "kandidatu", "aday", "adaylar", "adaylari", "adayin", "adayi",
     "adaylarin"}
)  # fmt: skip
# Phrases that address the reader as the applicant, padded with blanks to match whole words.
SECOND_PERSON = tuple(
    f" {p} "
    for p in (
        "your application", "your candidacy", "you applied", "your cv", "your resume",
        "your interview", "for applying", "votre candidature", "ihre bewerbung",
        "deine bewerbung", "su candidatura", "tu candidatura", "sua candidatura",
        "uw sollicitatie", "je sollicitatie", "din ansokan", "din soknad", "din ansogning",
        "twoja aplikacja", "twoje cv", "twoja kandydatura", "pana kandydatura",
        # (session 13) the same in more of our users' languages
        "ihre unterlagen", "ihre bewerbungsunterlagen", "deine unterlagen", "ihrer bewerbung",
        "deiner bewerbung", "ihren lebenslauf", "deinen lebenslauf", "sie haben sich beworben",
        "du hast dich beworben", "ihr vorstellungsgesprach", "ihrem vorstellungsgesprach",
        "votre profil", "votre cv", "ta candidature", "ton cv", "ton profil",
        # (Not "votre entretien", a car's service too, nor "tu solicitud", any application.)
        "vous avez postule", "tu as postule", "tu cv", "tu curriculum", "tu hoja de vida",
        "tu postulacion", "te postulaste", "tu entrevista", "tua candidatura", "tuo cv",
        "tuo curriculum", "ti sei candidato", "ti sei candidata", "tuo colloquio",
        "seu curriculo", "seu cv", "sua inscricao", "voce se candidatou", "sua entrevista",
        "teu cv", "je cv", "jouw cv", "uw cv",
        "jouw sollicitatie", "je hebt gesolliciteerd", "je sollicitatiegesprek",
        "jouw sollicitatiegesprek", "uw sollicitatiegesprek", "twoje zgloszenie",
        "twojego zgloszenia", "twoja aplikacje", "twojej aplikacji", "twojej kandydatury",
        "twoja kandydature", "twojego cv", "pani kandydatura", "pani kandydature",
        "pana kandydature", "pani kandydatury", "pana kandydatury", "pani zgloszenie",
        "pana zgloszenie", "pani aplikacje", "pana aplikacje", "pani cv", "pana cv",
        "ditt cv", "dit cv", "du har sokt", "du har sogt", "din intervju", "din jobsamtale",
        "ditt intervju", "hakemuksesi", "hakemuksestasi", "hakemustasi", "hakemukseesi",
        "olet hakenut", "ansioluettelosi", "cv si", "vase prihlaska", "vasi prihlasku",
        "vasi prihlasky", "vas zivotopis", "vase cv", "vasi kandidaturu", "vase kandidatura",
        "tvoje prihlaska", "tvoji prihlasku", "tvuj zivotopis", "basvurunuz", "basvurunuzu",
        "basvurunuzun", "basvurunuza", "basvurdugunuz", "ozgecmisiniz", "ozgecmisinizi",
        "adayliginiz", "adayliginizi", "mulakatiniz",
    )
)  # fmt: skip
# One scan for all of them (a substring test per phrase cost ~40 us a message at 118 phrases).
_INDEX = ahocorasick.Automaton()
for _phrase in SECOND_PERSON:
    _INDEX.add_word(_phrase, _phrase)
_INDEX.make_automaton()


def addresses_applicant(padded: str) -> bool:
    """Whether blank-padded normalised text holds one of the ``SECOND_PERSON`` phrases."""
    return next(_INDEX.iter(padded), None) is not None
