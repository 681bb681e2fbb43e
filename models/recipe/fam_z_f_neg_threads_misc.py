"""Template families (zf_, written blind): hard negatives from personal threads and everyday
services: a household hiring a nanny, forwarded articles, one-line notes, code-switched family
logistics, owners' meetings, conference-speaker travel, exam reminders, deliveries and lessons.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Calendar, Ctx, Draft, ascii_word, family
from zf_kit import (
    ZF_N,
    body,
    bye,
    do_not_reply,
    fwd_header,
    hello,
    logo,
    opt,
    privacy,
    quoted,
    reply_line,
    unsub_block,
    view_in_browser,
    weekday_future,
    when_text,
)


@family("zf_ng_household_hiring_thread", "not_job", n=ZF_N)
def _household(ctx: Ctx) -> Draft:
    partner = ctx.pick(["Sam", "Jamie", "Chris", "Alexis", "Morgan"])
    topic, earlier, replies = ctx.pick(
        [
            (
                "nanny",
                "I interviewed two nannies today. The second one was great with the kids, references check out. Can you meet her Saturday?",
                [
                    "Yes let's do Saturday morning. Ask her about summer availability too.",
                    "Saturday works. Did she say what she charges?",
                ],
            ),
            (
                "roof quotes",
                "We got three quotes for the roof. The contractor from Tuesday can start next month. Should we hire him?",
                [
                    "Sounds good, go ahead and hire him. Make sure we get it in writing.",
                    "Cheapest isn't always best... can he come back for a second look?",
                ],
            ),
            (
                "cleaner",
                "The cleaner we tried last week wants to come every Friday. Offer her $25/hour?",
                [
                    "Fine by me, but check if she has her own supplies.",
                    "Yes! Offer it, she was great.",
                ],
            ),
            (
                "dog walker",
                "Dog walker candidates: one can do weekdays, the other only mornings. Thoughts?",
                [
                    "Weekdays one. Tell her she starts Monday?",
                    "Can we talk about it tonight? I'm in meetings all day.",
                ],
            ),
            (
                "babysitter for Friday",
                "The new babysitter can do Friday but wants to meet the kids first. Interview her Thursday after school?",
                [
                    "Perfect, I'll be home by 5.",
                    "Thursday is fine. Ask if she can do the school run too.",
                ],
            ),
        ]
    )
    when = ctx.date - timedelta(hours=ctx.num(1, 20))
    return Draft(
        subject="Re: " + topic,
        body=body(
            ctx.pick(replies),
            ctx.pick(["", "xx", "Love you"]),
            reply_line(ctx, f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr, when),
            quoted(earlier),
        ),
        from_name=partner + " " + ctx.cand_last,
        from_addr=f"{partner.lower()}.{ascii_word(ctx.cand_last)}@gmail.com",
        greet=False,
        sign=ctx.pick(["", "Sent from my iPhone"]),
        form="plain",
    )


@family("zf_ng_fwd_article_by_friend", "not_job", n=ZF_N)
def _fwd_article(ctx: Ctx) -> Draft:
    friend = ctx.pick(["Maya", "Ben", "Rosa", "Kwame", "Julia", "Tariq", "Chloe", "Diego"])
    pub = ctx.pick(
        [
            "The Morning Brew",
            "Stratechery",
            "The Atlantic Daily",
            "Money Stuff",
            "Garbage Day",
            "Dense Discovery",
        ]
    )
    host = "newsletter." + ascii_word(pub) + ".com"
    orig_subj = ctx.pick(
        [
            "An interview with the founder of a sourdough empire",
            "Why everyone is hiring a personal chef",
            "The offer you can't refuse: loyalty programs explained",
            "Inside the interview that changed tennis",
            "This week: rents, robots and rowing",
        ]
    )
    orig = body(
        view_in_browser(ctx, host),
        pub,
        ctx.pick(
            [
                "In today's issue: our interview with a marathon champion, a deep dive into coffee prices, and reader mail.",
                "We sat down with an urban planner to talk about why cities are hiring 'night mayors'.",
                "Plus: three offers worth grabbing this week and a puzzle.",
            ]
        ),
        unsub_block(ctx, host),
    )
    note = ctx.pick(
        [
            "haha you have to read this",
            "thought of you when I saw the bit about the bakery",
            "remember that guy from the conference?? he's in this",
            "ok this is wild",
            "for our book club chat",
        ]
    )
    return Draft(
        subject="Fwd: " + orig_subj,
        body=body(
            note,
            fwd_header(
                ctx,
                pub,
                "hello@" + host,
                orig_subj,
                ctx.date - timedelta(hours=ctx.num(1, 50)),
                to=f"{friend} <{friend.lower()}@gmail.com>",
            ),
            orig,
        ),
        from_name=friend,
        from_addr=f"{friend.lower()}{ctx.num(1, 99)}@gmail.com",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )


@family("zf_ng_very_short_personal", "not_job", lang="es", n=ZF_N)
def _short(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "de", "es", "fr", "nl"])
    text = {
        "en": [
            "call at 5?",
            "meeting moved to Thursday, same time",
            "can you pick up the kids at 4",
            "offer still stands for the sofa if you want it",
            "running 10 min late",
            "are we still on for tomorrow?",
            "dentist at 3, back after",
        ],
        "de": [
            "Treffen morgen um 10 passt?",
            "bin 15 min später da",
            "Termin beim Zahnarzt verschoben auf Dienstag",
        ],
        "es": [
            "¿quedamos a las 8?",
            "llego tarde, perdón",
            "la reunión de la comunidad es el jueves",
        ],
        "fr": ["on se voit à 19h ?", "rdv chez le médecin décalé à mardi", "tu peux m'appeler ?"],
        "nl": ["bellen om 5 uur?", "afspraak verzet naar donderdag", "ben iets later"],
    }[lang]
    friend = ctx.pick(["Maya", "Ben", "Rosa", "Pierre", "Lucia", "Jonas", "Daan", "Mom", "Dad"])
    return Draft(
        subject=ctx.pick(["", "Re: ", "hey", "tomorrow", "?", "Re: plans"]),
        body=ctx.pick(text),
        from_name=friend,
        from_addr=f"{friend.lower()}{ctx.num(1, 999)}@"
        + ctx.pick(["gmail.com", "icloud.com", "hotmail.com", "gmx.de", "yahoo.es"]),
        greet=False,
        sign=ctx.pick(["", "", "Sent from my iPhone", "x", "-" + friend]),
        form="plain",
        lang=lang,
    )


@family("zf_ng_codeswitch_family_logistics", "not_job", lang="fr", n=ZF_N)
def _family_codeswitch(ctx: Ctx) -> Draft:
    lang = ctx.pick(["fr", "es", "de", "pt"])
    when = ctx.future(1, 10)
    text = {
        "fr": f"Coucou ! Pour dimanche, on arrive vers midi, the kids want to see the new puppy. Maman a rendez-vous chez le médecin le {when_text(ctx, when, 'fr')}, can you drive her? Bisous",
        "es": f"Hola! El cumple de la abuela es el {when_text(ctx, when, 'es')}. Can you bring the cake? Yo llevo las bebidas. Also, la reunión del colegio got moved.",
        "de": f"Hi! Oma hat am {when_text(ctx, when, 'de')} den Termin beim Orthopäden, kannst du sie fahren? I'm stuck at work until six. Danke!!",
        "pt": f"Oi! O jantar de família fica para {when_text(ctx, when, 'pt')}, ok? Bring the board games. A tia pediu para confirmar até amanhã.",
    }[lang]
    sib = ctx.pick(["Camille", "Lucía", "Katrin", "Ana", "Pierre", "Diego", "Jonas"])
    return Draft(
        subject=ctx.pick(
            [
                {"fr": "dimanche", "es": "cumple abuela", "de": "Oma Termin", "pt": "jantar"}[lang],
                "weekend plans",
                "Re: this weekend",
            ]
        ),
        body=text,
        from_name=sib,
        from_addr=f"{ascii_word(sib)}.{ascii_word(ctx.cand_last)}@"
        + ctx.pick(["gmail.com", "free.fr", "gmx.de", "sapo.pt"]),
        greet=False,
        sign=ctx.pick(["", sib, "Sent from my iPhone"]),
        form="plain",
        lang=lang,
    )


@family("zf_ng_owners_hoa_meeting", "not_job", lang="de", n=ZF_N)
def _hoa(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "fr"])
    when = weekday_future(ctx, 7, 30)
    text = {
        "en": f"Notice of Annual Meeting: the HOA board invites all homeowners to the annual meeting on {when_text(ctx, when)} in the clubhouse. Agenda: budget approval, election of two board members, landscaping contract. If you cannot attend, please submit your proxy form.",
        "de": f"hiermit laden wir Sie zur ordentlichen Eigentümerversammlung am {when_text(ctx, when, 'de')} ein. Tagesordnung: Jahresabrechnung, Wirtschaftsplan, Beschluss über die Fassadensanierung. Vollmachten bitte bis eine Woche vorher an die Hausverwaltung.",
        "fr": f"Vous êtes convoqué(e) à l'assemblée générale des copropriétaires le {when_text(ctx, when, 'fr')}. Ordre du jour : approbation des comptes, travaux de ravalement, élection du conseil syndical.",
    }[lang]
    return Draft(
        subject={
            "en": "Notice of Annual HOA Meeting",
            "de": "Einladung zur Eigentümerversammlung",
            "fr": "Convocation à l'assemblée générale",
        }[lang],
        body=body(hello(ctx, lang, 0.7), text, do_not_reply(ctx, lang) if ctx.chance(0.3) else ""),
        from_name=ctx.pick(
            [
                "Maple Grove HOA",
                "Hausverwaltung Schmidt GmbH",
                "Syndic Foncia",
                "Community Association Management",
            ]
        ),
        from_addr=ctx.pick(
            [
                "board@maplegrovehoa.org",
                "info@hausverwaltung-schmidt.de",
                "syndic@foncia.fr",
                "noreply@townsq.io",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["Board of Directors", "Ihre Hausverwaltung", "Le syndic"])),
        lang=lang,
    )


@family("zf_ng_speaker_travel_logistics", "not_job", n=ZF_N)
def _speaker(ctx: Ctx) -> Draft:
    when = weekday_future(ctx, 14, 60)
    conf = ctx.pick(
        ["PyCon", "DevOpsDays", "UX London", "Web Summit", "FOSDEM", "JSConf", "a local meetup"]
    )
    text = body(
        ctx.pick(
            [
                f"Thank you again for agreeing to speak at {conf}! Here are the logistics for the day.",
                f"We're excited to have you on the panel at {conf} on {when_text(ctx, when)}.",
                f"Final details for your talk at {conf}.",
            ]
        ),
        ctx.pick(
            [
                "Arrival: check in at the speaker desk in the lobby to collect your badge. The green room opens at 8am.",
                "Your slot is 25 minutes plus 5 for Q&A. Please send your slides by the Friday before.",
                "A/V check will be at lunch; bring your laptop and adapter.",
            ]
        ),
        ctx.pick(
            [
                "Travel: we cover economy flights and two hotel nights. Submit receipts through the speaker reimbursement form within 30 days.",
                "Parking is free for speakers in the venue garage - show your badge at the exit.",
                "Your hotel is booked under your name; check-in from 3pm.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "The speakers' dinner is the night before at 7pm. Let us know about dietary requirements.",
        ),
    )
    return Draft(
        subject=ctx.pick(
            [
                f"{conf}: speaker logistics",
                "Your talk - travel & logistics",
                "Speaker info pack",
                f"See you at {conf}!",
            ]
        ),
        body=body(hello(ctx, "en", 0.9), text),
        from_name=ctx.pick([f"{conf} Speakers", ctx.person, "Program Committee"]),
        from_addr=ctx.pick(["speakers@", "program@", "hello@"])
        + ctx.pick(
            ["pycon.org", "devopsdays.org", "uxlondon.com", "websummit.com", "conf-events.io"]
        ),
        greet=False,
        sign=bye(ctx, "en", ctx.pick(["{person}\nSpeaker Coordinator", "The Organising Team"])),
        form=ctx.pick(["alt", "plain", "html"]),
    )


@family("zf_ng_exam_deadline_reminder", "not_job", lang="fr", n=ZF_N)
def _exam(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr"])
    when = ctx.future(2, 20)
    exam = ctx.pick(
        [
            "AWS Certified Solutions Architect",
            "TOEFL iBT",
            "IELTS",
            "GMAT",
            "PMP",
            "CFA Level I",
            "driving theory test",
        ]
    )
    text = {
        "en": ctx.pick(
            [
                f"Reminder: your {exam} exam is scheduled for {when_text(ctx, when)} at the Pearson VUE test centre. Bring two forms of ID and arrive 30 minutes early.",
                f"Your online proctored {exam} exam starts {when_text(ctx, when)}. Run the system test now and clear your desk before check-in.",
                f"Registration for the {exam} closes in 48 hours. Complete your payment to secure your seat.",
                f"Don't forget: your practice test access for {exam} expires on {when_text(ctx, when).split(' at ')[0]}.",
            ]
        ),
        "de": f"Erinnerung: Ihre Prüfung ({exam}) findet am {when_text(ctx, when, 'de')} statt. Bitte bringen Sie einen gültigen Lichtbildausweis mit.",
        "fr": f"Rappel : votre examen {exam} aura lieu le {when_text(ctx, when, 'fr')}. Présentez-vous 30 minutes avant avec une pièce d'identité.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Exam reminder",
                    f"Your {exam} appointment",
                    "Registration closing soon",
                    "Your test is coming up",
                ]
            ),
            "de": "Prüfungserinnerung",
            "fr": "Rappel de votre examen",
        }[lang],
        body=body(
            logo(ctx.pick(["Pearson VUE", "ETS", "British Council", "Prometric"]), ctx),
            hello(ctx, lang, 0.8),
            text,
            do_not_reply(ctx, lang),
            privacy(ctx, "Pearson VUE", "pearsonvue.com", lang) if ctx.chance(0.4) else "",
        ),
        from_name=ctx.pick(["Pearson VUE", "ETS TOEFL", "Prometric", "British Council", "Credly"]),
        from_addr=ctx.pick(
            [
                "noreply@pearsonvue.com",
                "toefl@ets.org",
                "noreply@prometric.com",
                "exams@britishcouncil.org",
            ]
        ),
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt"]),
        lang=lang,
    )


@family("zf_ng_delivery_install_window", "not_job", lang="nl", n=ZF_N)
def _delivery(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "nl", "fr"])
    when = ctx.future(1, 10)
    day = when_text(ctx, when, lang).rsplit(" ", 2)[0]
    text = {
        "en": ctx.pick(
            [
                f"Your technician appointment is confirmed for {day}, between 8am and 12pm. Someone 18+ must be home to let the technician in to install your fibre broadband.",
                f"Your IKEA delivery is scheduled for {day}. We'll text you a 2-hour window the evening before. Assembly service: included.",
                f"Good news - your washing machine will be delivered and installed on {day}. Please make sure the old appliance is disconnected.",
            ]
        ),
        "nl": f"Je bezorging is gepland op {day} tussen 13:00 en 17:00. Je ontvangt op de dag zelf een tijdvak van 1 uur.",
        "fr": f"Votre rendez-vous d'installation de la fibre est confirmé le {day}, créneau 8h-12h. Un technicien vous appellera avant de passer.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                [
                    "Your appointment is confirmed",
                    "Delivery scheduled",
                    "Installation appointment",
                    "Your order is on its way",
                ]
            ),
            "nl": "Je bezorgmoment",
            "fr": "Confirmation de votre rendez-vous d'installation",
        }[lang],
        body=body(
            hello(ctx, lang, 0.7),
            text,
            f"Reschedule / Manage: {ctx.url('mytracking.com', 'manage')}",
            do_not_reply(ctx, lang) if ctx.chance(0.5) else "",
        ),
        from_name=ctx.pick(
            ["Verizon Fios", "IKEA", "Coolblue", "Orange", "Currys", "Comcast Xfinity"]
        ),
        from_addr=ctx.pick(
            [
                "noreply@verizon.com",
                "noreply@ikea.com",
                "bezorging@coolblue.nl",
                "ne-pas-repondre@orange.fr",
                "service@currys.co.uk",
            ]
        ),
        greet=False,
        sign="",
        form=ctx.pick(["html", "alt", "plain"]),
        lang=lang,
    )


@family("zf_ng_lessons_booking", "not_job", lang="de", n=ZF_N)
def _lessons(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de"])
    when = ctx.future(1, 10)
    text = {
        "en": ctx.pick(
            [
                f"Your driving lesson with {ctx.person_first} is booked for {when_text(ctx, when)}. Pickup from your home address. We'll practise motorway driving.",
                f"Thanks for booking a trial piano lesson! See you {when_text(ctx, when)} at the studio.",
                f"Your tutoring session (GCSE maths) is confirmed for {when_text(ctx, when)} on Zoom.",
                f"Spanish conversation class: next session {when_text(ctx, when)}. Homework: page 34.",
            ]
        ),
        "de": f"Ihre Fahrstunde ist am {when_text(ctx, when, 'de')} gebucht. Treffpunkt: vor der Fahrschule. Bitte Führerscheinantrag mitbringen.",
    }[lang]
    return Draft(
        subject={
            "en": ctx.pick(
                ["Lesson booked", "Your trial lesson", "Session confirmed", "Next class"]
            ),
            "de": "Fahrstunde gebucht",
        }[lang],
        body=body(
            hello(ctx, lang, 0.8),
            text,
            opt(ctx, 0.3, "Cancellations less than 24h before the lesson are charged in full."),
        ),
        from_name=ctx.pick(
            [
                "Fahrschule Weber",
                "Red Driving School",
                "Keys & Strings Studio",
                "Tutorful",
                ctx.person,
            ]
        ),
        from_addr=ctx.pick(
            [
                "info@fahrschule-weber.de",
                "bookings@reddrivingschool.com",
                "hello@keysandstrings.com",
                "noreply@tutorful.co.uk",
            ]
        ),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{pfirst}", "The Bookings Team", "Ihre Fahrschule"])),
        calendar=Calendar("Lesson", when, 60) if ctx.chance(0.25) else None,
        lang=lang,
    )
