"""More job confirmations, session 12: e-mailed applications acknowledged by a public
employer's HR mailbox (English) and by company mailboxes in Italian, Polish, Swedish and
Portuguese.

The job side of the h4_ receipts, like fam_h4_job_acks.py: the words of any receipt, about
a CV for a named post. Employer and role are labelled only where the mail names them.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h4_kit import H4_N, bye, receipt
from kit import Ctx, Draft, family


@family("h4_job_public_hr_mailbox_ack", "confirmation", n=H4_N)
def job_public_hr_mailbox_ack(ctx: Ctx) -> Draft:
    post = f"{ctx.pick(['Ref', 'Post ref', 'Vacancy no.', 'Advt. No.'])} {ctx.pick(['HR', 'REC', 'V'])}/{ctx.date.year}/{ctx.num(10, 999)}"
    return receipt(
        ctx,
        [
            f"Acknowledgement of application - {{title}} ({post})",
            "RE: Application for the post of {title}",
            f"Application received: {post}",
            "Your application to {legal}",
        ],
        [
            f"[We acknowledge receipt of your application form for the post of {{title}} ({post}).|This is to acknowledge that your emailed application for the post of {{title}}, {post}, has been received by the Human Resources Section.|Thank you for your application for the above post ({post}), which was received by email on {ctx.date:%d/%m/%Y}.]",
            "[Applications will be shortlisted by the selection panel after the closing date. Shortlisted candidates will be invited to interview by email.|If you have not been contacted within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.|Only candidates who meet the essential criteria in the person specification will be shortlisted.]",
            "[Please quote the vacancy reference in all correspondence.|Canvassing of any kind will disqualify the applicant.|We are an equal opportunities employer.|]",
        ],
        (
            ctx.pick(
                [
                    "{legal} - Human Resources",
                    "Recruitment Team",
                    "HR Recruitment",
                    "Establishment Section",
                ]
            ),
            ctx.pick(["recruitment@{domain}", "hr.recruitment@{domain}", "jobs@{domain}"]),
        ),
        bye(
            ctx,
            "en",
            "[Recruitment Team\nHuman Resources|HR Officer\n{legal}|For Head of Human Resources]",
        ),
        greet_p=0.85,
        job=True,
        ext_p=0.1,
        footer=ctx.pick(
            [
                "",
                "This e-mail and any attachments are confidential and intended for the named recipient only.",
                "OFFICIAL",
            ]
        ),
        form=ctx.pick(["plain", "alt"]),
    )


@family("h4_job_it_candidatura_email_ricevuta", "confirmation", lang="it", n=H4_N)
def job_it_candidatura_email_ricevuta(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Conferma ricezione candidatura – {title}",
            "Risposta automatica: candidatura {title}",
            "R: Candidatura {title} – {first} {last}",
            "La tua candidatura in {co}",
        ],
        [
            "[grazie per averci inviato il tuo curriculum per la posizione di {title}.|confermiamo di aver ricevuto la sua candidatura per il ruolo di {title} presso {co}.|la tua email di candidatura per {title} è arrivata al nostro ufficio HR.]",
            "[Il nostro team Selezione valuterà il profilo e, in caso di riscontro positivo, ti contatterà entro [due|tre|quattro] settimane.|Considerato l'elevato numero di candidature, saranno ricontattati solo i profili in linea con la posizione.|Ti ricontatteremo per un primo colloquio conoscitivo se il profilo sarà in linea.]",
            "[I dati saranno trattati ai sensi del GDPR (Reg. UE 2016/679) esclusivamente per la selezione.|Questa è una risposta automatica.|]",
        ],
        (
            ctx.pick(["{co} Risorse Umane", "Ufficio Selezione", "HR {co}"]),
            ctx.pick(["selezione@{domain}", "hr@{domain}", "lavoraconnoi@{domain}", "cv@{domain}"]),
        ),
        bye(ctx, "it", "[Ufficio Risorse Umane|Il team HR di {co}|{person}\nHR Specialist]"),
        lang="it",
        greet_p=1.0,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_pl_aplikacja_mail_otrzymana", "confirmation", lang="pl", n=H4_N)
def job_pl_aplikacja_mail_otrzymana(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Potwierdzenie otrzymania aplikacji – {title}",
            "Odp: Aplikacja na stanowisko {title} – {first} {last}",
            "Automatyczna odpowiedź: CV {title}",
            "Dziękujemy za aplikację do {co}",
        ],
        [
            "[Dziękujemy za przesłanie CV na stanowisko {title}.|Potwierdzamy otrzymanie Twojej aplikacji na stanowisko {title} w firmie {co}.|Twoja wiadomość z aplikacją na stanowisko {title} dotarła do działu HR.]",
            "[Skontaktujemy się z wybranymi kandydatami w ciągu [dwóch|trzech] tygodni.|Nasz zespół rekrutacyjny przeanalizuje Twoje zgłoszenie i odezwie się, jeśli Twój profil będzie odpowiadał wymaganiom.|Uprzejmie informujemy, że odpowiemy wyłącznie wybranym osobom.]",
            "[Prosimy o dopisanie klauzuli zgody na przetwarzanie danych osobowych, jeśli jej brakuje w CV.|To jest wiadomość wygenerowana automatycznie.|]",
        ],
        (
            ctx.pick(["{co} HR", "Dział Kadr", "Rekrutacja {co}"]),
            ctx.pick(["rekrutacja@{domain}", "hr@{domain}", "kariera@{domain}"]),
        ),
        bye(ctx, "pl", "[Zespół Rekrutacji|Dział HR {co}|{person}\nSpecjalista ds. rekrutacji]"),
        lang="pl",
        greet_p=0.85,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_sv_ansokan_mail_mottagen", "confirmation", lang="sv", n=H4_N)
def job_sv_ansokan_mail_mottagen(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Tack för din ansökan – {title}",
            "Autosvar: Ansökan {title}",
            "Sv: Ansökan {title} – {first} {last}",
            "Vi har tagit emot din ansökan till {co}",
        ],
        [
            "[Tack för din ansökan till tjänsten som {title}! Vi har tagit emot ditt mejl med CV och personligt brev.|Vi bekräftar att din ansökan som {title} hos {co} har kommit in.|Ditt mejl med ansökan till rollen som {title} har nått oss.]",
            "[Vi går igenom ansökningarna löpande och hör av oss inom [två|tre] veckor om du går vidare till intervju.|Urvalet sker efter sista ansökningsdag, och alla sökande får besked.|Rekryteraren återkommer till dig om din profil matchar tjänsten.]",
            "[Detta är ett automatiskt svar.|Vi sparar dina uppgifter enligt GDPR i högst sex månader.|]",
        ],
        (
            ctx.pick(["{co} HR", "Rekrytering {co}", "HR-avdelningen"]),
            ctx.pick(["jobb@{domain}", "rekrytering@{domain}", "hr@{domain}"]),
        ),
        bye(ctx, "sv", "[HR-avdelningen|Rekryteringsteamet på {co}|{person}\nRekryterare]"),
        lang="sv",
        greet_p=0.85,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("h4_job_pt_curriculo_email_recebido", "confirmation", lang="pt", n=H4_N)
def job_pt_curriculo_email_recebido(ctx: Ctx) -> Draft:
    return receipt(
        ctx,
        [
            "Recebemos seu currículo – {title}",
            "Resposta automática: Candidatura {title}",
            "RE: Vaga {title} – {first} {last}",
            "Sua candidatura na {co}",
        ],
        [
            "[Obrigado por enviar seu currículo para a vaga de {title}.|Confirmamos o recebimento da sua candidatura para a posição de {title} na {co}.|Recebemos o seu e-mail de candidatura à função de {title}.]",
            "[Nossa equipe de Recrutamento vai analisar o seu perfil e, caso esteja alinhado à vaga, entraremos em contato em até [15|30] dias.|Devido ao grande número de candidaturas, apenas os candidatos selecionados serão contactados.|Se o seu perfil avançar, entraremos em contato para agendar uma conversa.]",
            "[Seus dados serão tratados conforme a LGPD apenas para este processo seletivo.|Esta é uma mensagem automática.|]",
        ],
        (
            ctx.pick(["{co} RH", "Recrutamento {co}", "Gente & Gestão"]),
            ctx.pick(
                [
                    "rh@{domain}",
                    "vagas@{domain}",
                    "recrutamento@{domain}",
                    "trabalheconosco@{domain}",
                ]
            ),
        ),
        bye(ctx, "pt", "[Equipe de Recrutamento|RH {co}|{person}\nTalent Acquisition]"),
        lang="pt",
        greet_p=0.85,
        auto=0.5,
        form=ctx.pick(["plain", "alt", "html"]),
    )
