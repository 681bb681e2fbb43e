"""Template families (session 11, helper K1): informal acknowledgements of an application
(confirmation) written by people rather than an ATS: a founder's one-liner, a hiring
manager's note (UK and Indian English), an agency consultant, the owner of a small shop, a
tradesperson, a clinic's practice manager, a school office, Polish HR, an HR mailbox's
"received, thanks" without a role, and a "got it" answered inside the candidate's own thread.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import j1
from j2_kit import go
from k1_kit import bye, hi, join, local, note, personal_addr, reply, small, staff
from kit import Ctx, Draft

N = 20


@j1("k1_cf_founder_oneliner", "confirmation", n=N)
def founder_oneliner(ctx: Ctx) -> Draft:
    """A founder answers an application from their phone: got it, will read it."""
    go(ctx, "startup")
    text = join(
        ctx.fill("[Hey|Hi|Thanks] {first}[,|!| -]") if ctx.chance(0.7) else "",
        ctx.para(
            "Got it, thanks! I'll go through it [this week|over the weekend|tonight] and come back to you.",
            "Thanks for applying - really appreciate it. [Reading it now.|Will read properly and reply by Friday.|I'll loop in my co-founder.]",
            "Received, thank you. We're a tiny team so give me a few days to get back to you.",
            "Thanks for reaching out about the {title} role. I've got your CV, will be in touch [soon|next week].",
        ),
        ctx.fill("{pfirst}") + ctx.maybe("\nSent from my iPhone", 0.3),
    )
    subject = ctx.para(
        "Re: {title}",
        "Thanks!",
        "Re: Founding engineer role",
        "Your application",
        "Re: Hello from {first}",
    )
    return note(ctx, "en", subject, text, ctx.person, staff(ctx))


@j1("k1_cf_hiring_manager_note_uk_in", "confirmation", n=N)
def hm_note(ctx: Ctx) -> Draft:
    """A hiring manager (UK or Indian English) confirms the CV arrived and what happens next."""
    if ctx.chance(0.5):
        text = join(
            ctx.fill("[Dear|Hi] {first},"),
            ctx.para(
                "Thank you for sending your CV across for the {title} position. I have received the same and shared it with the panel.",
                "Acknowledging receipt of your application for {title}. We will revert within [a week|7 working days|10 days] on the next steps.",
                "Thanks for your interest in the {title} opening in my team at {co}. Your profile has been received.",
            ),
            ctx.para(
                "Kindly allow us some time to go through all applications.",
                "Request you to keep your notice period details handy in case we proceed.",
                "We will get in touch should your profile be shortlisted.",
            ),
            ctx.fill("Regards,\n{person}\n[Delivery Manager|Engineering Manager|Team Lead], {co}"),
        )
    else:
        text = join(
            ctx.fill("[Hi|Hello] {first},"),
            ctx.para(
                "Many thanks for your application for the {title} role - it's come through to me directly.",
                "Just a quick note to say I've got your application for {title}, thanks for applying.",
                "Thanks for getting in touch about the {title} post. Your CV has landed safely.",
            ),
            ctx.para(
                "I'm reviewing applications after the closing date and will be in touch either way.",
                "I'll have a proper read and let you know next steps shortly.",
                "Shortlisting is [next week|w/c the 14th|after half term], so you'll hear from me by then.",
            ),
            ctx.fill("[Cheers|Best wishes|Kind regards],\n{pfirst}"),
        )
    subject = ctx.para(
        "Your application - {title}",
        "RE: {title} application",
        "{title} - application received",
        "Application",
    )
    return note(ctx, "en", subject, text, ctx.person, staff(ctx))


@j1("k1_cf_agency_consultant_received", "confirmation", n=N)
def agency_ack(ctx: Ctx) -> Draft:
    """An agency consultant confirms they have the candidate's CV for a client's role."""
    agency = ctx.pick(
        [
            "Hays",
            "Reed",
            "Harvey Nash",
            "Michael Page",
            "Robert Walters",
            "Kelly Services",
            "Randstad",
        ]
    )
    dom = agency.lower().replace(" ", "") + ctx.pick([".com", ".co.uk", ".com.au"])
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Thanks for applying for the {title} role I advertised. I've received your CV and will give it a proper look today.",
            "Just confirming I have your application for the {title} vacancy with my client.",
            "Thank you for your application via [Seek|Indeed|Reed|CV-Library|our website] for the {title} position.",
        ),
        ctx.para(
            "If it looks like a fit I'll give you a call to talk through the client and the role before putting you forward.",
            "Before I submit you, could you confirm your current salary and notice period?",
            "I won't send your CV anywhere without speaking to you first.",
            "Due to the volume of applications I may not reply to everyone, but I will call if you're shortlisted.",
        ),
        bye(
            ctx,
            "en",
            "{person}\n[Senior Consultant|Recruitment Consultant|Principal Consultant] | " + agency,
        ),
    )
    subject = ctx.para(
        "Your application - {title}",
        "{title} - CV received",
        "RE: {title} ({req})",
        "Thanks for applying",
    )
    return note(ctx, "en", subject, text, ctx.person, staff(ctx, dom))


_SHOP_TEXT = {
    "de": (
        "danke für deine Bewerbung als {title}! Ist angekommen. Ich schau mir das am [Wochenende|Montag] in Ruhe an und melde mich.",
        "vielen Dank für Ihre Bewerbung. Wir haben sie erhalten und melden uns in den nächsten Tagen telefonisch.",
        "Bewerbung ist da, danke! Wir rufen dich an, sobald wir alle gesichtet haben.",
    ),
    "nl": (
        "bedankt voor je sollicitatie als {title}! Goed ontvangen. Ik bel je volgende week even.",
        "je mail is binnen, dank je wel. We kijken ernaar en laten snel iets van ons horen.",
        "Leuk dat je wilt solliciteren! Ik heb je cv ontvangen en neem binnenkort contact op.",
    ),
}


@j1("k1_cf_small_shop_owner_de_nl", "confirmation", lang="de", n=N)
def shop_owner(ctx: Ctx) -> Draft:
    """The owner of a bakery, bike shop or practice (German or Dutch) answers themself."""
    lang = ctx.pick(["de", "nl"])
    small(ctx, lang)
    sig = {"de": "{pfirst}\n{co}", "nl": "{pfirst}\n{co}"}[lang]
    text = join(hi(ctx, lang), ctx.para(*_SHOP_TEXT[lang]), bye(ctx, lang, sig))
    subject = ctx.para(
        *{
            "de": ("Re: Bewerbung", "Deine Bewerbung", "Bewerbung {title}", "Danke!"),
            "nl": ("Re: Sollicitatie", "Je sollicitatie", "Sollicitatie {title}", "Bedankt!"),
        }[lang]
    )
    sender = personal_addr(ctx, lang) if ctx.chance(0.5) else staff(ctx)
    return note(ctx, lang, subject, text, ctx.person, sender)


@j1("k1_cf_tradesperson_en_sv", "confirmation", n=N)
def tradesperson(ctx: Ctx) -> Draft:
    """A plumber's or electrician's firm (UK/Indian English or Swedish) acknowledges a CV."""
    lang = ctx.pick(["en", "sv"])
    small(ctx, lang, ("Plumb", "Electric", "Rör"))
    if lang == "en":
        text = join(
            ctx.fill("[Hi|Alright|Morning] {first},"),
            ctx.para(
                "Got your CV for the {title} job, cheers. I'm out on site most of the week but I'll ring you [Thursday|Friday|after 5].",
                "Thanks for the application mate. Received. Will give you a bell when I'm back in the office.",
                "Thanks for your interest in working with us at {co}. Application received - we'll be in touch shortly.",
            ),
            ctx.fill("[Cheers|Thanks|Ta],\n{pfirst}\n{co}"),
        )
        subject = ctx.para("Re: {title}", "Your CV", "Job application", "Re: Apprentice position")
    else:
        text = join(
            hi(ctx, "sv"),
            ctx.para(
                "Tack för din ansökan som {title}! Den har kommit fram. Jag ringer dig nästa vecka.",
                "Vi har tagit emot din ansökan, tack. Vi hör av oss när vi gått igenom alla.",
                "Tack, ansökan mottagen. Jag är ute på jobb hela veckan men återkommer.",
            ),
            bye(ctx, "sv", "{pfirst}\n{co}"),
        )
        subject = ctx.para("Sv: Ansökan", "Din ansökan", "Ansökan {title}", "Tack!")
    sender = personal_addr(ctx, lang) if ctx.chance(0.5) else staff(ctx)
    return note(ctx, lang, subject, text, ctx.person, sender)


@j1("k1_cf_clinic_practice_fr_es", "confirmation", lang="fr", n=N)
def clinic(ctx: Ctx) -> Draft:
    """A dental/vet/physio practice's manager (French or Spanish) acknowledges a candidature."""
    lang = ctx.pick(["fr", "es"])
    small(ctx, lang, ("Cabinet", "Clinique", "Clínica", "Fisio"))
    if lang == "fr":
        body = ctx.para(
            "Nous accusons bonne réception de votre candidature au poste de {title} et vous en remercions. Le Dr {pl} vous recontactera après étude de votre dossier.".replace(
                "{pl}", ctx.person_last
            ),
            "Merci pour votre CV, bien reçu. Je le transmets au docteur et je reviens vers vous la semaine prochaine.",
            "Votre candidature est bien arrivée au cabinet. Nous vous contacterons si votre profil correspond.",
        )
        subject = ctx.para(
            "Votre candidature",
            "RE: Candidature {title}",
            "Candidature reçue - {co}",
            "Accusé de réception",
        )
        sig = "{person}\n[Secrétaire|Responsable du cabinet|Assistante de direction]\n{co}"
    else:
        body = ctx.para(
            "Te confirmamos que hemos recibido tu currículum para el puesto de {title}. Lo revisaremos y te llamaremos si encajas.",
            "Gracias por tu candidatura, la hemos recibido. La doctora la revisará esta semana.",
            "Recibido, muchas gracias. En cuanto tengamos las entrevistas organizadas te escribimos.",
        )
        subject = ctx.para(
            "Tu candidatura", "RE: Candidatura {title}", "CV recibido", "Recepción de currículum"
        )
        sig = "{person}\n[Coordinadora|Gerente|Recepción]\n{co}"
    text = join(hi(ctx, lang), body, bye(ctx, lang, sig))
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))


@j1("k1_cf_school_office_it_pt", "confirmation", lang="it", n=N)
def school_office(ctx: Ctx) -> Draft:
    """A school's office or head (Italian or Portuguese) confirms a CV was received."""
    lang = ctx.pick(["it", "pt"])
    small(ctx, lang, ("Scuola", "Colégio"))
    if lang == "it":
        body = ctx.para(
            "con la presente confermiamo la ricezione della Sua candidatura per il ruolo di {title}. La domanda verrà valutata dalla Dirigenza.",
            "grazie per il CV, l'abbiamo ricevuto. Le faremo sapere appena possibile.",
            "Le confermo che la Sua messa a disposizione è stata protocollata.",
        )
        subject = ctx.para(
            "Conferma ricezione candidatura",
            "R: Candidatura {title}",
            "Ricevuta CV",
            "Sua candidatura",
        )
        sig = "La Segreteria\n{co}"
    else:
        body = ctx.para(
            "Confirmamos a receção da sua candidatura para {title}. Será analisada pela Direção e entraremos em contacto.",
            "Obrigada pelo envio do CV, ficou registado. Daremos notícias em breve.",
            "Recebemos a sua candidatura. Caso seja selecionado(a) para entrevista, iremos contactá-lo(a).",
        )
        subject = ctx.para(
            "Receção de candidatura",
            "RE: Candidatura {title}",
            "A sua candidatura",
            "Candidatura recebida",
        )
        sig = "Secretaria\n{co}"
    text = join(hi(ctx, lang), body, bye(ctx, lang, sig))
    return note(ctx, lang, subject, text, ctx.person, staff(ctx))


@j1("k1_cf_pl_hr_potwierdzenie", "confirmation", lang="pl", n=N)
def pl_ack(ctx: Ctx) -> Draft:
    """Polish employers (HR or the owner) confirm a CV arrived: not a rejection."""
    if ctx.chance(0.5):
        small(ctx, "pl")
    else:
        local(ctx, "pl")
    text = join(
        hi(ctx, "pl"),
        ctx.para(
            "dziękujemy za przesłanie CV na stanowisko {title}. Potwierdzamy otrzymanie zgłoszenia.",
            "potwierdzam otrzymanie Pana/Pani aplikacji. Skontaktujemy się z wybranymi kandydatami.",
            "Pani/Pana zgłoszenie dotarło do nas, dziękuję. Odezwę się w przyszłym tygodniu.",
            "dostaliśmy Twoje CV, dzięki! Przejrzymy zgłoszenia do końca miesiąca.",
        ),
        ctx.maybe("Uprzejmie informujemy, że odpowiemy tylko wybranym osobom.", 0.3),
        bye(ctx, "pl", "{person}\n[Dział HR|Specjalista ds. rekrutacji|Właściciel], {co}"),
    )
    subject = ctx.para(
        "Potwierdzenie otrzymania CV",
        "Odp: Aplikacja - {title}",
        "Twoja aplikacja",
        "Rekrutacja - {title}",
    )
    return note(ctx, "pl", subject, text, ctx.person, staff(ctx))


@j1("k1_cf_hr_mailbox_received_no_role", "confirmation", n=N)
def hr_mailbox(ctx: Ctx) -> Draft:
    """An HR mailbox answers a speculative CV: received, kept on file (no role named)."""
    lang = ctx.pick(["en", "de", "fr", "es"])
    text = {
        "en": ctx.para(
            "Hi,\n\nThanks for your email and CV - received. We'll review it and be in touch if anything suitable comes up.\n\nHR Team",
            "Dear {first},\n\nWe acknowledge receipt of your CV. It has been passed to the relevant department.\n\nKind regards,\nHuman Resources",
            "Thanks {first}, got your CV. Will share with the team.\n\n{pfirst} (HR)",
        ),
        "de": ctx.para(
            "Hallo {first},\n\nvielen Dank für Ihre Initiativbewerbung, die wir gerne erhalten haben. Wir prüfen Ihre Unterlagen und melden uns.\n\nViele Grüße\nPersonalabteilung",
            "Guten Tag,\n\nIhre Unterlagen sind bei uns eingegangen. Vielen Dank!\n\nIhr HR-Team",
        ),
        "fr": ctx.para(
            "Bonjour,\n\nNous avons bien reçu votre candidature spontanée et vous en remercions. Elle sera étudiée avec attention.\n\nService RH",
            "Bonjour {first},\n\nBien reçu, merci. Je transmets votre CV aux managers concernés.\n\n{pfirst}, RH",
        ),
        "es": ctx.para(
            "Hola {first}:\n\nHemos recibido tu CV, gracias. Lo tendremos en cuenta.\n\nRRHH",
            "Buenos días,\n\nConfirmamos la recepción de su currículum. Lo revisaremos en los próximos días.\n\nDepartamento de Personas",
        ),
    }[lang]
    if ctx.chance(0.5):
        name, addr = (
            ctx.pick(["HR", "People", "Personal", "Recursos Humanos"]),
            ctx.pick(["hr", "people", "jobs", "rh", "personal"]) + "@" + ctx.domain,
        )
    else:
        name, addr = ctx.person, staff(ctx)
    own = {
        "en": "Speculative application",
        "de": "Initiativbewerbung",
        "fr": "Candidature spontanée",
        "es": "Candidatura espontánea",
    }[lang]
    prefix = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}[lang]
    subject = prefix + ctx.pick([own, own + " - " + ctx.cand_first + " " + ctx.cand_last, "CV"])
    return note(ctx, lang, subject, text, name, addr)


@j1("k1_cf_in_thread_got_it_en_sv_nl", "confirmation", n=N)
def in_thread_got_it(ctx: Ctx) -> Draft:
    """A reply in the candidate's own "Application - <role>" thread: received, will review."""
    lang = ctx.pick(["en", "en", "sv", "nl"])
    if lang != "en":
        small(ctx, lang)
    text = join(
        hi(ctx, lang, 0.7),
        ctx.para(
            *{
                "en": (
                    "Thanks for this - received. I'll pass it to the hiring manager and come back to you.",
                    "Many thanks, your application has been received. We'll be in touch after the closing date.",
                    "Got it, thank you! Give us a week or so.",
                ),
                "sv": (
                    "Tack, vi har fått din ansökan. Vi återkommer efter sista ansökningsdag.",
                    "Tack för ditt mejl! Ansökan mottagen, jag hör av mig.",
                ),
                "nl": (
                    "Dank je wel, goed ontvangen! We laten binnen twee weken iets weten.",
                    "Bedankt voor je sollicitatie. We hebben hem ontvangen en nemen contact op.",
                ),
            }[lang]
        ),
        bye(ctx, lang, "{pfirst}" if ctx.chance(0.5) else "{person}\n{co}"),
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx), earlier="own", quote=0.5)
