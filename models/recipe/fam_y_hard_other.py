"""Hard real-life ``other_job`` mail about where an application stands, not a stage change.

A delayed decision, a paused requisition, a confirmed withdrawal and a candidate-experience
survey all talk about interviews and applications, yet none moves the application's status:
the model must learn that "we're still deciding" and "you withdrew" are neither a
confirmation nor a rejection.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family, sign_team

ATS_ANY = ("greenhouse", "lever", "workday", "icims", "smartrecruiters", "ashby", "workable", "own")


def _sender(ctx: Ctx, person: float = 0.5) -> tuple[str, str]:
    return ats_sender(ctx, "person" if ctx.chance(person) else ctx.pick(ATS_ANY))


def _join(*paras: str) -> str:
    return "\n\n".join(p for p in paras if p)


@family("hd_other_decision_delayed", "other_job", n=28)
def decision_delayed(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.5)
    body = ctx.para(
        "We wanted to let you know that [hiring decisions for|our timeline for] the {title} [position|role] [has been delayed|will take longer than planned] due to [budget approvals|a reorganization|the holiday period]. [We expect to update candidates by {day}.|We appreciate your patience.]",
        "The {title} requisition has been [paused|placed on hold] [temporarily|for a few weeks]. [Your application remains active.|You don't need to reapply.] We'll reach out once it reopens.",
        "Apologies for the delay in getting back to you. [Our process is taking a bit longer than expected|The panel hasn't met yet]; you should hear from us [within two weeks|by {day}].",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Timeline update",
                    "Update on your application",
                    "{title}: hiring timeline",
                    "Delay in our process",
                    "Still here!",
                ]
            )
        ),
        body,
        name,
        addr,
    )


@family("hd_other_withdrawal_confirm", "other_job", n=26)
def withdrawal_confirm(ctx: Ctx) -> Draft:
    name, addr = _sender(ctx, 0.4)
    body = ctx.para(
        "This confirms that you have withdrawn your application for {title}[ (job {req})|]. [If this was a mistake, contact us.|We wish you all the best.]",
        "Thanks for letting me know, {first} - I've withdrawn you from the {title} process. [Congrats on the new role!|Totally understand.] [Door's always open.|Keep in touch.]",
        "Your request to withdraw from consideration for {title} has been processed. [You may reapply in the future.|No further action is needed.]",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Application withdrawn",
                    "Re: withdrawing my application",
                    "Withdrawal confirmation",
                    "Your withdrawal request",
                ]
            )
        ),
        body,
        name,
        addr,
        quote=ctx.fill(
            "[Hi, I've accepted another offer and would like to withdraw from the process.|Thank you, but I'd like to withdraw my application.]"
        )
        if ctx.chance(0.4)
        else "",
    )


@family("hd_other_interview_survey", "other_job", n=28)
def interview_survey(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["greenhouse", "own", "ashby", "lever"]))
    body = _join(
        ctx.para(
            "Thanks for interviewing with {co}! [We'd love to hear about your experience.|How did we do?] [This 2-minute survey is anonymous|Your answers won't affect your candidacy].",
            "You recently interviewed for {title}. Please take a moment to rate your candidate experience [on a scale of 1-10|in this short survey].",
        ),
        ctx.fill("[Take the survey|Rate your experience|Share feedback]: ")
        + ctx.url("survey.candidatepulse.example", "s"),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "How was your interview?",
                    "Tell us about your experience",
                    "Candidate experience survey",
                    "We value your feedback - {co}",
                ]
            )
        ),
        body,
        name,
        addr,
        sign=sign_team(ctx),
        bulk=True,
    )
