"""Not-job mail, session 11 (continued from fam_h1_lookalikes.py): a colleague's leaving do,
bookings made on the reader's own scheduling page, a housing association's membership vetting,
a reference tool asking the reader to act as referee for somebody else, a supplier portal's
registration checks, and the reader sitting on the oral jury of a school's entrance exam.
Shortlists, interviews, references and applications, none of them for a job of the reader's.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, when
from kit import Ctx, Draft, family


@family("h1_uk_colleague_leaving_do", "not_job", lang="en_gb", n=H1_N)
def uk_colleague_leaving_do(ctx: Ctx) -> Draft:
    who = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"{who.split()[0]}'s leaving do - Friday", f"Farewell drinks for {who}"],
            [f"Card and collection for {who}", "Shh - leaving present"],
            [f"News: {who} is moving on", "A few team changes"],
        ][kind],
        [
            [
                f"As many of you know, {who} is leaving us at the end of the month for a new role [at a start-up|in Manchester|at the council]. Drinks at the [Crown|Red Lion|Ship] from 5.30 on Friday - all welcome!",
                f"We're collecting for a leaving present for {who}. Card is on my desk (or sign the e-card); drop a fiver in the envelope if you can.",
                f"I wanted to let you know that {who} has decided to move on after [four|six|eight] years. Their last day is {{day}}; handover plans to follow, and we'll recruit a replacement in the new year.",
            ][kind],
            ctx.pick(["", "Please keep it quiet!", "Do come and say goodbye."]),
        ],
        ("{person}", mine(ctx, "{domain}")),
        "{pfirst}",
        lang="en_gb",
        greet_p=0.4,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_es_reservas_en_tu_agenda", "not_job", lang="es", n=H1_N)
def es_reservas_en_tu_agenda(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Calendly", "calendly.com"),
            ("Doctoralia", "doctoralia.es"),
            ("Booksy", "booksy.com"),
            ("Cal.com", "cal.com"),
        ]
    )
    guest = other(ctx)
    service = ctx.pick(
        [
            "Sesión de fisioterapia",
            "Clase de guitarra",
            "Consulta de 30 minutos",
            "Reunión de descubrimiento",
            "Corte y peinado",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Nueva reserva: {service} con {guest}", f"Nuevo evento: {guest}"],
            [f"Reserva cancelada: {guest}", f"{guest} ha cancelado"],
            [f"{guest} ha cambiado la hora de su reserva", "Reserva reprogramada"],
        ][kind],
        [
            [
                f"{guest} ha reservado «{service}» en tu página de reservas: {when(ctx, 'es')}.",
                f"{guest} ha cancelado la reserva «{service}» del {when(ctx, 'es')}. El hueco vuelve a estar disponible en tu agenda.",
                f"{guest} ha cambiado su reserva «{service}» al {when(ctx, 'es')}.",
            ][kind],
            ctx.pick(
                [
                    "Respuestas del invitado: «Es la primera vez que vengo.»",
                    "",
                    "Ubicación: Google Meet (el enlace se ha añadido al evento).",
                ]
            ),
            f"Ver en {tool}: {ctx.url(host, 'app')}",
        ],
        (tool, f"[notifications|no-reply]@{host}"),
        "",
        lang="es",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
    )


@family("h1_sv_bostadsratt_medlemsprovning", "not_job", lang="sv", n=H1_N)
def sv_bostadsratt_medlemsprovning(ctx: Ctx) -> Draft:
    brf = ctx.pick(["BRF Solrosen", "BRF Tallbacken", "BRF Kvarnen 4", "HSB BRF Ekbacken"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Ansökan om medlemskap i {brf}", "Medlemsprövning - komplettering"],
            ["Beslut om medlemskap", f"{brf}: styrelsens beslut"],
            ["Välkomstträff för nya medlemmar", "Re: tillträde och nycklar"],
        ][kind],
        [
            [
                "Vi har tagit emot er ansökan om medlemskap via mäklaren. Inför styrelsens medlemsprövning behöver vi ett anställningsbevis eller senaste deklarationen samt en kreditupplysning.",
                "Styrelsen har behandlat er ansökan och [beviljat medlemskap i föreningen från tillträdesdagen|tyvärr inte kunnat bevilja medlemskap, eftersom föreningen inte tillåter delat ägande med juridisk person].",
                f"Välkommen till föreningen! Vi bjuder nya medlemmar på en välkomstträff i föreningslokalen {when(ctx, 'sv')}.",
            ][kind],
            ctx.pick(
                [
                    "Frågor? Svara på det här mejlet.",
                    "",
                    "Styrelsen har möte första tisdagen varje månad.",
                ]
            ),
        ],
        (brf + " Styrelsen", ctx.pick(["styrelsen@brf.example.se", "info@brf.example.se"])),
        "{person}\n[Ordförande|Sekreterare], " + brf,
        lang="sv",
        greet_p=1.0,
        form="plain",
    )


@family("h1_au_referee_check_tool", "not_job", lang="en_au", n=H1_N)
def au_referee_check_tool(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("Xref", "xref.com"),
            ("Referoo", "referoo.com.au"),
            ("Checkster", "checkster.com"),
            ("SkillSurvey", "skillsurvey.com"),
        ]
    )
    cand = other(ctx)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"{cand} has nominated you as a referee", f"Reference request for {cand}"],
            [
                f"Reminder: {cand} is waiting on your reference",
                "Your reference is still outstanding",
            ],
            ["Thanks for completing your reference", f"Reference for {cand} received"],
        ][kind],
        [
            [
                f"{cand} has listed you as a referee for a role they have applied for with one of our clients. The online reference takes about 10 minutes; your answers are shared only with the hiring organisation.",
                f"We haven't received your reference for {cand} yet. The employer is waiting on references to finalise their decision, so please complete it by [tomorrow|Friday|end of day].",
                f"Thanks for providing a reference for {cand}. Your responses have been sent to the organisation that requested them.",
            ][kind],
            ctx.pick(
                [
                    "To verify your identity we may send a one-time code to your mobile.",
                    "If you don't know this person, you can decline the request.",
                    "",
                ]
            ),
            f"[Start reference|Complete reference|Manage your details]: {ctx.url('app.' + host, 'referee')}",
        ],
        (f"{tool} on behalf of {{co}}", f"[noreply|referees|no-reply]@{host}"),
        "",
        lang="en_au",
        greet_p=0.9,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_pl_portal_dostawcy_rejestracja", "not_job", lang="pl", n=H1_N)
def pl_portal_dostawcy_rejestracja(ctx: Ctx) -> Draft:
    buyer = ctx.pick(["Orlen", "PKP Intercity", "Grupa Żywiec", "LPP", "Polpharma"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Rejestracja dostawcy - {buyer}", "Potwierdzenie złożenia wniosku o rejestrację"],
            ["Wniosek wymaga uzupełnienia", "Brakujące dokumenty - kwalifikacja dostawcy"],
            ["Wynik weryfikacji wniosku", "Decyzja w sprawie kwalifikacji dostawcy"],
        ][kind],
        [
            [
                f"Dziękujemy za złożenie wniosku o rejestrację w portalu dostawców {buyer}. Weryfikacja trwa do 10 dni roboczych.",
                "Prosimy o uzupełnienie wniosku o aktualny odpis z KRS, zaświadczenie o niezaleganiu z podatkami oraz polisę OC. Bez tych dokumentów nie możemy zakończyć kwalifikacji.",
                "[Z przyjemnością informujemy, że Państwa firma została zakwalifikowana jako dostawca i może brać udział w zapytaniach ofertowych.|Informujemy, że na tym etapie nie możemy zakwalifikować Państwa firmy jako dostawcy.]",
            ][kind],
            f"Portal dostawców: {ctx.url('dostawcy.example.pl', 'wniosek')}",
            "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
        ],
        (f"{buyer} - Portal Dostawców", "noreply@dostawcy.example.pl"),
        "",
        lang="pl",
        greet_p=0.9,
        form=form(ctx),
    )


@family("h1_fr_jury_oral_concours", "not_job", lang="fr", n=H1_N)
def fr_jury_oral_concours(ctx: Ctx) -> Draft:
    ecole, de_ecole = ctx.pick(
        [
            ("Sciences Po Lille", "de Sciences Po Lille"),
            ("ESSEC", "de l'ESSEC"),
            ("IFSI de Nantes", "de l'IFSI de Nantes"),
            ("ENSA Paris-Belleville", "de l'ENSA Paris-Belleville"),
            ("Concours Passerelle", "du concours Passerelle"),
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Jury des oraux - {ecole}", "Sollicitation : membre de jury d'admission"],
            ["Planning des oraux et convocation des jurys", "Votre journée de jury"],
            ["Grilles d'évaluation et délibération", "Re: délibération du jury"],
        ][kind],
        [
            [
                f"Nous recherchons des professionnels pour siéger dans les jurys des épreuves orales d'admission {de_ecole}. Chaque jury (deux membres) auditionne huit candidats par demi-journée.",
                f"Vous siégerez le {when(ctx, 'fr')}, salle [B204|A12|du Conseil]. Vous trouverez le planning des candidats et les dossiers dans votre espace jury.",
                "Merci de saisir les notes et les grilles d'évaluation avant la délibération. La liste d'admission sera publiée le lendemain.",
            ][kind],
            ctx.pick(
                [
                    "Une indemnité de vacation est prévue.",
                    "",
                    "Les candidats ne doivent pas être contactés en dehors de l'épreuve.",
                ]
            ),
        ],
        (
            "Service des concours",
            ctx.pick(["concours@ecole.example.fr", "jurys@admission.example.fr"]),
        ),
        "{person}\nResponsable des concours",
        lang="fr",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )
