"""Template families (session 10, helper J2), continued from fam_j2_outcomes.py, which had
grown past the 600-line limit: outcomes in shapes the corpus had few of: a rejection after a
take-home with feedback, "we'll keep your CV on file" (UK/Australian English), an Italian
outcome letter, a Polish game studio's rejection after an art test, an offer withdrawn (de/nl),
a school's application receipt, and a life-sciences recruiter in Indian/Singapore English. Its
name sorts right after fam_j2_outcomes.py (corpus.py imports fam_*.py in name order), so its
families keep their place in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from j2_kit import bye, day, go, hi, j2, join, person_addr
from kit import Ctx, Draft, ascii_word
from zf_kit import weekday_future


@j2("j2_rj_after_takehome_with_feedback", "rejection")
def takehome_feedback(ctx: Ctx) -> Draft:
    """A rejection after a take-home exercise, with specific feedback from the reviewers."""
    go(ctx, ctx.pick(["remote", "startup", "bigtech"]))
    good = ctx.pick(
        [
            "clean, readable code and good commit messages",
            "a thoughtful README explaining the trade-offs",
            "solid test coverage of the core logic",
            "a sensible API design",
        ]
    )
    bad = ctx.pick(
        [
            "the solution didn't handle concurrent updates, which was the core of the exercise",
            "error handling was thin - several edge cases in the input would crash the service",
            "we'd hoped to see more tests around the pagination logic",
            "the data model would be hard to extend to the second requirement in the brief",
        ]
    )
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thank you for the time you put into the take-home for {title}. The team reviewed it carefully and, unfortunately, we've decided not to move forward.",
            "I'm sorry to say we won't be progressing your application for {title} after the technical exercise.",
        ),
        "Some feedback from the reviewers, in case it's useful: they liked "
        + good
        + ", but "
        + bad
        + ".",
        ctx.para(
            "We know take-homes are a big ask, so thank you. You're welcome to apply again in six months.",
            "I really appreciated your effort, and I hope the feedback helps.",
        ),
        bye(ctx, "en", "{person}\n[Engineering Manager|Talent Partner|Recruiter], {co}"),
    )
    subject = ctx.para(
        "Your take-home for {title}",
        "Update on your {co} application",
        "Re: take-home submission",
        "Feedback on your exercise",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")


@j2("j2_rj_cv_kept_on_file_uk_au", "rejection")
def cv_on_file(ctx: Ctx) -> Draft:
    """UK/Australian English: unsuccessful this time, CV kept on file for future roles."""
    go(ctx, ctx.pick(["school", "hotel", "pharma", "big4"]))
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thank you for your recent application for the position of {title}. On this occasion your application has been unsuccessful.",
            "Thanks for applying for the {title} role. We have now reviewed all applications and, regrettably, you have not been shortlisted for interview.",
            "Many thanks for your interest in the {title} position with {co}. I'm sorry to let you know that we won't be progressing your application.",
        ),
        ctx.para(
            "With your permission, we would like to keep your CV on file and contact you should a suitable vacancy arise in the next 12 months.",
            "We'd like to keep your CV on file for future opportunities - please let us know if you'd rather we didn't.",
            "We will hold your details on our talent database and be in touch if something more suitable comes up.",
        ),
        ctx.para(
            "We wish you every success in your job search.",
            "Thank you again for the time you took to apply.",
            "All the best for the future.",
        ),
        bye(ctx, "en", "[{person}|HR Team|People & Culture]\n{co}"),
    )
    subject = ctx.para(
        "Your application - {title}",
        "{title} - outcome of your application",
        "Application update",
        "Re: {title} vacancy",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} [HR|People & Culture|Recruitment]"),
        ctx.fill("[hr|recruitment|careers|peopleandculture]@{domain}"),
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )


@j2("j2_rj_it_esito_selezione", "rejection", lang="it")
def it_outcome(ctx: Ctx) -> Draft:
    """An Italian employer's outcome letter ('esito della selezione'): not selected."""
    kind = ctx.pick(["pharma", "hotel", "consulting", "big4"])
    go(ctx, kind)
    ctx._title = ctx.pick(
        {
            "pharma": [
                "Informatore scientifico del farmaco",
                "Specialista Affari Regolatori",
                "Tecnico di laboratorio",
            ],
            "hotel": ["Addetto/a al ricevimento", "Cameriere/a di sala", "Chef de rang"],
            "consulting": ["Junior Consultant", "Business Analyst", "Stage in Strategy"],
            "big4": ["Revisore contabile junior", "Tax Associate", "Stage in Audit"],
        }[kind]
    )
    text = join(
        hi(ctx, "it"),
        ctx.para(
            "la ringraziamo per aver partecipato al processo di selezione per la posizione di {title}. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri profili.",
            "ti ringraziamo per il tempo dedicato al colloquio per il ruolo di {title}. Purtroppo l'esito della selezione non è stato positivo.",
            "con la presente le comunichiamo che la sua candidatura per la posizione di {title} non è stata selezionata per le fasi successive.",
        ),
        ctx.para(
            "Conserveremo il suo CV nel nostro database per eventuali future opportunità, nel rispetto del GDPR.",
            "Ti auguriamo il meglio per il tuo percorso professionale.",
            "Le auguriamo un sereno proseguimento nella ricerca.",
        ),
        bye(ctx, "it", "[Ufficio Risorse Umane|Team Talent Acquisition|{person}]\n{co}"),
    )
    subject = ctx.para(
        "Esito selezione - {title}",
        "Esito della tua candidatura",
        "Aggiornamento sulla sua candidatura - {co}",
        "Candidatura {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Risorse Umane"),
        ctx.fill("[selezione|hr|noreply]@{domain}"),
        greet=False,
        sign="",
        lang="it",
        form=ctx.pick(["plain", "html", "alt"]),
    )


@j2("j2_rj_pl_gamedev_po_tescie", "rejection", lang="pl")
def pl_games(ctx: Ctx) -> Draft:
    """A Polish game studio turns an artist or designer down after the art test (pl/en)."""
    go(ctx, "games")
    ctx._co = (
        ctx._co
        if ctx.chance(0.3)
        else vocab.Company("Kruk Games", "krukgames.pl", "Kruk Games S.A.")
    )
    ctx._title = ctx.pick(
        ["Environment Artist", "Concept Artist", "Game Designer", "3D Artist (Mid)", "Animator"]
    )
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "dziękujemy za wykonanie testu artystycznego na stanowisko {title}. Zespół dokładnie przejrzał Twoją pracę, ale niestety tym razem nie przejdziemy do kolejnego etapu.",
            "dziękujemy za udział w rekrutacji na stanowisko {title} w {co}. Po analizie zadania testowego zdecydowaliśmy się kontynuować proces z innymi kandydatami.",
        ),
        ctx.para(
            "Kilka słów feedbacku od Art Directora: [dobra kompozycja i światło, ale tekstury odbiegały od naszego stylu|ciekawy koncept, zabrakło jednak dopracowania detali|solidna topologia, ale za mało czasu poświęconego na czytelność sylwetki].",
            "Zachęcamy do śledzenia naszych ofert - chętnie zobaczymy Twoje portfolio ponownie.",
        ),
        bye(ctx, "pl", "{person}\n[Talent Acquisition|HR] | {co}"),
    )
    subject = ctx.para(
        "Rekrutacja {title} - informacja zwrotna",
        "Twoja aplikacja w {co}",
        "Test artystyczny - odpowiedź",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="pl")


@j2("j2_rj_offer_withdrawn_de_nl", "rejection", lang="de")
def offer_withdrawn(ctx: Ctx) -> Draft:
    """An employer withdraws an offer it made (hiring freeze, restructuring), in German or Dutch."""
    go(ctx, ctx.pick(["remote", "pharma", "startup", "bigtech"]))
    lang = ctx.pick(["de", "nl"])
    if lang == "de":
        text = join(
            hi(ctx, "de"),
            ctx.para(
                "es fällt mir sehr schwer, Ihnen diese Nachricht zu schreiben: Aufgrund eines kurzfristig beschlossenen Einstellungsstopps müssen wir unser Vertragsangebot für die Position {title} leider zurückziehen.",
                "leider müssen wir Ihnen mitteilen, dass die Stelle {title} im Zuge einer Umstrukturierung entfällt. Unser Angebot vom letzten Monat können wir daher nicht aufrechterhalten.",
            ),
            ctx.para(
                "Das tut uns aufrichtig leid. Gerne stehe ich für ein Telefonat zur Verfügung.",
                "Falls Sie bereits gekündigt haben, melden Sie sich bitte umgehend bei mir.",
                "",
            ),
            bye(ctx, "de", "{person}\nHR | {co}"),
        )
        subject = ctx.para(
            "Ihr Vertragsangebot - wichtige Information",
            "Rücknahme unseres Angebots ({title})",
            "Update zu Ihrem Angebot",
        )
    else:
        text = join(
            hi(ctx, "nl"),
            ctx.para(
                "helaas moet ik je laten weten dat we het aanbod voor de functie {title} moeten intrekken. Door een vacaturestop is de positie komen te vervallen.",
                "dit is geen leuk bericht: vanwege een reorganisatie gaat de functie {title} niet door en kunnen we ons aanbod niet handhaven.",
            ),
            ctx.para(
                "Het spijt ons oprecht. Bel me gerust als je erover wilt praten.",
                "Heb je je huidige baan al opgezegd? Laat het me dan direct weten.",
                "",
            ),
            bye(ctx, "nl", "{person}\nHR | {co}"),
        )
        subject = ctx.para(
            "Je aanbod - belangrijk bericht", "Intrekking aanbod {title}", "Update over je aanbod"
        )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang=lang)


@j2("j2_cf_school_application_received_uk_au", "confirmation")
def school_received(ctx: Ctx) -> Draft:
    """A school or academy trust (UK/Australia) confirms a teaching application."""
    go(ctx, "school")
    close = weekday_future(ctx, 3, 14)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thank you for your application for the post of {title}. This email confirms that we have received it.",
            "We acknowledge receipt of your application for {title} at {co}.",
            "Thanks for applying for {title}. Your application has been received by the school office.",
        ),
        ctx.para(
            "The closing date is "
            + day(ctx, close)
            + " and shortlisting will take place shortly afterwards. If you have not heard from us within two weeks of the closing date, please assume you have not been shortlisted on this occasion.",
            "Interviews are expected to be held the week after the closing date ("
            + day(ctx, close)
            + "). Shortlisted candidates will be contacted by phone.",
        ),
        ctx.pick(
            [
                "The school is committed to safeguarding and promoting the welfare of children; all appointments are subject to an enhanced DBS check.",
                "All appointments are subject to a Working With Children Check and satisfactory referee reports.",
                "",
            ]
        ),
        bye(ctx, "en", "[HR Officer|School Business Manager|Recruitment Team]\n{co}"),
    )
    subject = ctx.para(
        "Application received - {title}",
        "{co}: your application",
        "Acknowledgement of application - {title}",
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co}"), ctx.fill("recruitment@{domain}")),
            (ctx.fill("{co} via Tes"), "noreply@tes-mail.example"),
            (ctx.fill("{co} via Eteach"), "no-reply@eteach.example"),
        ]
    )
    return Draft(subject, text, name, addr, greet=False, sign="", bulk=ctx.chance(0.5))


@j2("j2_ro_life_sciences_recruiter_in_sg", "recruiter_outreach")
def ls_recruiter(ctx: Ctx) -> Draft:
    """A life-sciences recruiter in India or Singapore approaches about a pharma/biotech role."""
    go(ctx, "pharma")
    city = ctx.pick(["Hyderabad", "Bengaluru", "Pune", "Singapore", "Mumbai"])
    agency = ctx.pick(
        [
            "Helix Talent Partners",
            "BioBridge Search",
            "Apex Life Sciences Consulting",
            "Meridian HR Solutions",
        ]
    )
    named = ctx.chance(0.5)
    text = join(
        ctx.fill(
            ctx.pick(
                ["Dear {first},", "Hi {first},", "Greetings of the day {first},", "Dear Sir/Madam,"]
            )
        ),
        ctx.fill(
            "I am reaching out on behalf of "
            + ("{co}" if named else "a leading [MNC|global] [pharmaceutical|biotech|CDMO] client")
            + " who is hiring a {title} for their "
            + city
            + " [site|R&D centre|office]."
        ),
        ctx.para(
            "Your profile on LinkedIn matches the requirement closely. Kindly share your updated CV along with current CTC, expected CTC and notice period.",
            "The position offers a very good hike on current CTC. Please revert with your updated resume and a suitable time to connect.",
            "If you are open to explore, do share your CV and we can schedule a quick call at your convenience.",
        ),
        ctx.pick(
            [
                "Looking forward to your positive response.",
                "Awaiting your revert.",
                "Please feel free to refer friends if you are not looking at the moment.",
            ]
        ),
        ctx.fill(
            f"[Thanks & Regards|Warm Regards|Regards],\n{{person}}\n[Senior Consultant|Talent Acquisition Specialist|Associate Manager] - Life Sciences\n{agency}\n+{ctx.pick(['91', '65'])} {ctx.num(80000, 99999)} {ctx.num(10000, 99999)}"
        ),
    )
    subject = ctx.para(
        "Opportunity: {title} - " + city,
        "Job opening for {title}",
        "Exciting opportunity with a leading pharma company",
        "{title} | " + city + " | Urgent",
    )
    dom = ascii_word(agency.split()[0]) + ctx.pick(["talent.in", "search.com.sg", "hr.co.in"])
    return Draft(subject, text, ctx.person, person_addr(ctx, dom), greet=False, sign="")
