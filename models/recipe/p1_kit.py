"""Helpers shared by the fam_p1_*.py families (session P1): not-job hard negatives, i.e.
everyday mail that borrows the words of hiring ("application", "interview", "offer",
"shortlisted", "assessment", "onboarding", "next steps", "your profile") for something that is
not the reader's job search: a mortgage or a credit card, a university place, a visa slot, a
volunteer rota, a journalist's interview, the reader's own employer's payroll and reviews.

Local people's names per language (so a Polish bank's adviser is not "Jordan Lee"), greetings
and sign-offs for the Englishes (UK, India, Australia) and the other languages, reference
numbers and money in local formats. Dates and times come from p2_kit. Not a family module
(corpus.py discovers only fam_*.py).
"""

# Name tables read better unbroken, so long lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kit import Ctx, Draft, ascii_word, family
from p2_kit import at as p2_at
from p2_kit import day as p2_day
from p2_kit import join

__all__ = ["join"]

# Messages per p1_ family.
P1_N = 20

Make = Callable[[Ctx], Draft]


def p1(name: str, *, lang: str = "en") -> Callable[[Make], Make]:
    """``kit.family`` for a not-job family of P1_N messages."""
    return family(name, "not_job", lang=lang, n=P1_N)


# The writer's names per language: "first last;first last;...".
_NAMES = {
    "en": "Megan Carter;Ryan Brooks;Hannah Price;Tyler Hughes;Olivia Grant;Ben Foster;Grace Mitchell;Nathan Cole",
    "en_gb": "Sophie Turner;James Whitaker;Emma Lawson;Oliver Pritchard;Charlotte Hale;Harry Dawson;Lucy Fenwick;Tom Ashworth",
    "en_in": "Ananya Iyer;Rohit Verma;Sneha Kulkarni;Arjun Mehta;Kavya Reddy;Vikram Nair;Pooja Agarwal;Sandeep Joshi",
    "en_au": "Chloe Nguyen;Jack Thompson;Mia Kelly;Liam O'Connor;Isla Walsh;Cooper Harris;Ruby Campbell;Lachlan Reid",
    "de": "Katrin Vogel;Jan Becker;Sabine Hoffmann;Markus Schulz;Lena Krause;Florian Richter;Anja Wolf;Stefan Lorenz",
    "fr": "Camille Dubois;Julien Moreau;Élodie Lefèvre;Nicolas Girard;Manon Roux;Thomas Fabre;Léa Mercier;Antoine Garnier",
    "es": "Lucía Navarro;Javier Ruiz;Marta Iglesias;Pablo Serrano;Elena Castro;Sergio Molina;Carmen Ortega;Diego Romero",
    "it": "Giulia Rinaldi;Marco Colombo;Chiara Galli;Luca Ferraro;Francesca Greco;Davide Conti;Sara Marchetti;Matteo Bruno",
    "nl": "Sanne de Vries;Thijs Bakker;Lotte Visser;Daan Mulder;Eva Smit;Bram de Jong;Femke Bos;Ruben Dekker",
    "pl": "Agnieszka Nowak;Tomasz Wójcik;Katarzyna Lewandowska;Piotr Kamiński;Magdalena Zielińska;Paweł Szymański;Joanna Woźniak;Michał Dąbrowski",
    "pt": "Inês Ferreira;João Carvalho;Beatriz Sousa;Tiago Pereira;Mariana Lopes;Rui Martins;Catarina Almeida;Pedro Ribeiro",
    "sv": "Emma Lindqvist;Erik Johansson;Sara Nilsson;Johan Berg;Maja Eriksson;Oskar Holm;Linnea Ström;Anders Sandberg",
    "da": "Mette Kjær;Søren Madsen;Louise Rasmussen;Mads Jørgensen;Camilla Holm;Rasmus Thomsen;Signe Poulsen;Jesper Nygaard",
    "no": "Ingrid Hansen;Ole Nilsen;Kari Berg;Magnus Johansen;Silje Larsen;Henrik Dahl;Marte Solberg;Eirik Haugen",
    "fi": "Laura Virtanen;Mikko Korhonen;Anna Mäkinen;Juha Nieminen;Sanna Lehtonen;Antti Heikkinen;Riikka Salo;Ville Laine",
    "cs": "Petra Nováková;Jan Svoboda;Lucie Dvořáková;Tomáš Černý;Eva Procházková;Martin Kučera;Veronika Veselá;Jakub Horák",
    "tr": "Elif Yılmaz;Mehmet Kaya;Zeynep Demir;Emre Şahin;Ayşe Çelik;Burak Aydın;Selin Öztürk;Can Arslan",
}


def who(ctx: Ctx, lang: str) -> tuple[str, str]:
    """A local writer's (first, last) name for this message."""
    first, last = ctx.pick(_NAMES[lang].split(";")).rsplit(" ", 1)
    if " " in first:  # "Sanne de Vries": the particle belongs to the surname
        first, _, rest = first.partition(" ")
        last = rest + " " + last
    return first, last


def mailbox(ctx: Ctx, first: str, last: str, host: str) -> str:
    """``first.last@host`` (or a shorter shape) with the names folded to ASCII."""
    f, ln = ascii_word(first), ascii_word(last)
    shape = ctx.pick(["{f}.{l}", "{f}.{l}", "{i}.{l}", "{f}"])
    return shape.format(f=f, l=ln, i=f[:1]) + "@" + host


_HELLO = {
    "en": (
        "Hi {first},",
        "Hello {first},",
        "Dear {first},",
        "Hi {first}!",
        "Hello,",
        "Dear {first} {last},",
    ),
    "en_gb": (
        "Dear {first},",
        "Dear {first} {last},",
        "Hello {first},",
        "Hi {first},",
        "Good morning {first},",
    ),
    "en_in": (
        "Dear {first},",
        "Dear {first} {last},",
        "Dear Customer,",
        "Hello {first},",
        "Dear Sir/Madam,",
    ),
    "en_au": ("Hi {first},", "G'day {first},", "Hi {first}!", "Hello {first},", "Dear {first},"),
    "de": (
        "Hallo {first},",
        "Guten Tag {first} {last},",
        "Hallo {first}!",
        "Sehr geehrte Damen und Herren,",
        "Hallo {first} {last},",
    ),
    "fr": (
        "Bonjour {first},",
        "Bonjour,",
        "Madame, Monsieur,",
        "Bonjour {first} {last},",
        "Cher/Chère {first},",
    ),
    "es": (
        "Hola {first}:",
        "Hola {first},",
        "Estimado/a {first}:",
        "Buenos días,",
        "Estimado/a cliente:",
    ),
    "it": (
        "Ciao {first},",
        "Gentile {first} {last},",
        "Buongiorno,",
        "Gentile {first},",
        "Gentile cliente,",
    ),
    "nl": (
        "Beste {first},",
        "Hoi {first},",
        "Geachte heer/mevrouw {last},",
        "Goedemiddag,",
        "Beste {first} {last},",
    ),
    "pl": (
        "Dzień dobry,",
        "Szanowna Pani / Szanowny Panie,",
        "Cześć {first},",
        "Dzień dobry {first},",
    ),
    "pt": ("Olá {first},", "Caro(a) {first},", "Bom dia,", "Exmo(a). Sr(a). {first} {last},"),
    "sv": ("Hej {first}!", "Hej {first},", "Hej,", "Hej {first} {last},"),
    "da": ("Hej {first},", "Kære {first},", "Hej,", "Kære {first} {last},"),
    "no": ("Hei {first},", "Hei {first}!", "Hei,", "Kjære {first},"),
    "fi": ("Hei {first},", "Hei {first}!", "Hei,", "Hyvä {first} {last},"),
    "cs": ("Dobrý den,", "Dobrý den, {first},", "Vážená paní, vážený pane,", "Ahoj {first},"),
    "tr": ("Merhaba {first},", "Sayın {first} {last},", "Merhaba,", "Değerli Müşterimiz,"),
}
_BYE = {
    "en": ("Best,", "Thanks,", "Best regards,", "Cheers,", "Thank you,", "Warmly,"),
    "en_gb": ("Kind regards,", "Best wishes,", "Many thanks,", "Yours sincerely,", "Regards,"),
    "en_in": (
        "Regards,",
        "Warm regards,",
        "Thanks & Regards,",
        "Yours sincerely,",
        "Best regards,",
    ),
    "en_au": ("Cheers,", "Thanks,", "Kind regards,", "Talk soon,", "Best,"),
    "de": ("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Freundliche Grüße", "LG"),
    "fr": ("Cordialement,", "Bien à vous,", "Belle journée,", "Bien cordialement,", "À bientôt,"),
    "es": ("Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,", "Gracias,"),
    "it": ("Cordiali saluti,", "Un saluto,", "A presto,", "Distinti saluti,", "Grazie,"),
    "nl": (
        "Met vriendelijke groet,",
        "Groetjes,",
        "Hartelijke groet,",
        "Groet,",
        "Vriendelijke groet,",
    ),
    "pl": ("Pozdrawiam,", "Z poważaniem,", "Serdecznie pozdrawiam,", "Pozdrawiamy,"),
    "pt": ("Com os melhores cumprimentos,", "Cumprimentos,", "Atenciosamente,", "Obrigado(a),"),
    "sv": ("Vänliga hälsningar,", "Hälsningar,", "Mvh", "Med vänlig hälsning,"),
    "da": ("Venlig hilsen", "Med venlig hilsen", "Mvh", "Bedste hilsner"),
    "no": ("Vennlig hilsen", "Med vennlig hilsen", "Mvh", "Hilsen"),
    "fi": ("Ystävällisin terveisin", "Terveisin", "Parhain terveisin", "t."),
    "cs": ("S pozdravem", "S přátelským pozdravem", "Hezký den,", "Děkujeme,"),
    "tr": ("Saygılarımızla,", "İyi günler dileriz,", "Saygılarımla,", "Sevgiler,"),
}


def hi(ctx: Ctx, lang: str, p: float = 0.9) -> str:
    """A greeting to the reader in ``lang``, or (1 - p of the time) none."""
    if not ctx.chance(p):
        return ""
    return ctx.pick(_HELLO[lang]).format(first=ctx.cand_first, last=ctx.cand_last)


def bye(ctx: Ctx, lang: str, *lines: str) -> str:
    """A sign-off in ``lang`` over the writer's lines (empty lines dropped)."""
    return "\n".join([ctx.pick(_BYE[lang]), *[line for line in lines if line]])


def day(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date as a writer of ``lang`` (Indian and Australian English write it the UK way)."""
    return p2_day(ctx, when, "en_gb" if lang in ("en_in", "en_au") else lang)


def at(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A date and a time as a writer of ``lang`` puts them."""
    return p2_at(ctx, when, "en_gb" if lang in ("en_in", "en_au") else lang)


def evening(ctx: Ctx, when: datetime, lo: int = 17, hi_: int = 19) -> datetime:
    """``when`` moved to an after-work hour (clubs, charities and viewings meet then)."""
    return when.replace(hour=ctx.num(lo, hi_), minute=ctx.pick([0, 0, 30, 15]))


def ref(ctx: Ctx, prefix: str = "", digits: int = 8) -> str:
    """A reference number such as ``APP-40213377``."""
    return prefix + "".join(str(ctx.num(0, 9)) for _ in range(digits))


def amount(ctx: Ctx, lo: int, hi_: int, cur: str, step: int = 50, lang: str = "") -> str:
    """A sum in ``cur`` written the local way: ``£1,250``, ``1.250 €``, ``Rs. 1,25,000``."""
    value = ctx.num(lo // step, hi_ // step) * step
    grouped = f"{value:,}"
    if cur in ("£", "$", "A$"):
        return f"{cur}{grouped}"
    if cur == "₹":
        s = str(value)
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return "₹" + ",".join([*parts, tail]) if parts else "₹" + tail
    dotted = grouped.replace(",", ".")
    if lang == "fr":
        return grouped.replace(",", "\u202f") + " " + cur
    if lang in ("nl", "pt_br"):
        return f"{cur} {dotted}"
    if cur in ("kr", "SEK", "DKK", "NOK", "Kč", "zł"):
        return f"{grouped.replace(',', ' ')} {cur}"
    return f"{dotted} {cur}"


def draft(
    ctx: Ctx,
    lang: str,
    subject: str,
    body: str,
    sender: tuple[str, str],
    *,
    form: str = "",
    footer: str = "",
    bulk: bool = False,
    headers: dict[str, str] | None = None,
) -> Draft:
    """A Draft whose greeting and sign-off are already in ``body`` (render adds none)."""
    return Draft(
        subject,
        body,
        sender[0],
        sender[1],
        greet=False,
        sign="",
        footer=footer,
        form=form,
        bulk=bulk,
        lang=lang.split("_")[0],
        headers=headers or {},
    )
