"""Hard negatives from the reader's CURRENT employer: benefits enrolment, the performance
review cycle, timesheets and expense approvals, and the internal-mobility newsletter.

They come from the same Workday / HR domains and say "review", "complete your task",
"approved", "open roles" - but they are about the job the reader already has, so not_job.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from zc_kit import ZC_N, addr_at, neg


def _hr_sender(ctx: Ctx) -> tuple[str, str]:
    return ctx.pick(
        [
            ("Workday", f"{ctx._co.slug}@myworkday.com"),
            (f"{ctx._co.name} People Team", f"people@{ctx._co.domain}"),
            (f"{ctx._co.name} HR", f"hr-noreply@{ctx._co.domain}"),
            ("HR Service Center", f"hrhelp@{ctx._co.domain}"),
        ]
    )


@family("zc_hr_benefits_enrol", "not_job", n=ZC_N)
def hr_benefits_enrol(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Open enrolment for 2027 benefits is now open and closes on {day}. If you do nothing, your current [medical and dental|health, dental and vision] elections roll over - except your FSA, which does not.",
            "You have a new task in Workday: Benefit Change - Open Enrollment. Review your elections, dependants and beneficiaries before the deadline.",
            "Reminder: [3|2|5] days left to enrol in your 2027 benefits. Employees who miss the window can only change plans after a qualifying life event.",
        ),
        ctx.para(
            "New this year: [a lower-deductible PPO option|fertility and family-building coverage|a pet insurance add-on|an increased 401(k) match of 5%].",
            "Join a benefits Q&A on {day} at {time}, or book 15 minutes with a benefits counsellor.",
            "Compare plans with the decision-support tool on the intranet, then submit your elections in Workday.",
        ),
        ctx.fill(
            "[Go to task|Open Workday|Start enrolment]: https://wd5.myworkday.com/{slug}/d/task/"
            + str(ctx.num(1000, 9999))
        ),
    ]
    return neg(
        ctx,
        [
            "Action required: 2027 Open Enrollment",
            "Open enrolment closes {day}",
            "Your benefits elections",
            "Inbox: Benefit Change - Open Enrollment",
            "Reminder: enrol in 2027 benefits",
        ],
        paras,
        _hr_sender(ctx),
        ctx.fill("[Total Rewards Team|Benefits Team|People Team], {co}"),
        greet_p=0.6,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("zc_hr_review_cycle", "not_job", n=ZC_N)
def hr_review_cycle(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "The [H2|year-end|annual] performance review cycle has started. Please complete your self-assessment by {day}; your manager's review follows, then calibration.",
            "You've been asked to give peer feedback for [Nadia Rossi|Tom Okafor|Kenji Sato|Elena Kowalski] as part of the year-end review. It takes about 15 minutes.",
            "Your manager has shared your [mid-year|year-end] review. Please read it and acknowledge it in Workday, then book a 30-minute conversation to discuss goals for next year.",
            "Calibration for your org is on {day}. Managers: final ratings and promotion nominations are due before then.",
        ),
        ctx.para(
            "Tip: [link your goals to the company OKRs|be specific about impact|add examples from the whole period, not just the last month].",
            "Ratings are confidential and are not shared outside your management chain.",
            "Questions about the process? See the review guide on the intranet or ask your HR business partner.",
        ),
    ]
    return neg(
        ctx,
        [
            "Year-end review: your self-assessment is due {day}",
            "You've been asked for peer feedback",
            "Your review is ready to acknowledge",
            "Performance review cycle: what to expect",
            "Reminder: complete your review task",
        ],
        paras,
        _hr_sender(ctx),
        ctx.fill("[People Team|Talent & Performance|HR], {co}"),
        greet_p=0.6,
    )


@family("zc_hr_timesheet_expense", "not_job", n=ZC_N)
def hr_timesheet_expense(ctx: Ctx) -> Draft:
    kind = ctx.pick(["timesheet", "expense_ok", "expense_no", "approve"])
    amount = f"${ctx.num(20, 1900)}.{ctx.num(10, 99)}"
    para = {
        "timesheet": "Your timesheet for the week ending {day} has not been submitted. Please submit it by 5pm Friday so payroll can process it.",
        "expense_ok": f"Your expense report ER-{ctx.num(10000, 99999)} ({amount}, [client dinner|travel to {{city}}|conference ticket]) has been approved and will be reimbursed with your next paycheck.",
        "expense_no": f"Your expense report ER-{ctx.num(10000, 99999)} ({amount}) was declined by your manager. Reason: [missing itemised receipt|over the hotel cap|not a business expense]. Edit and resubmit it in [Concur|Expensify|Workday].",
        "approve": f"You have [1|2|4] item(s) awaiting your approval: [a time-off request from Priya Patel|an expense report from Marcus Brown|a timesheet from Sofia Garcia] ({amount if ctx.chance(0.5) else '3 days'}).",
    }[kind]
    return neg(
        ctx,
        {
            "timesheet": [
                "Reminder: timesheet overdue",
                "Submit your timesheet",
                "Timesheet missing for last week",
            ],
            "expense_ok": ["Expense report approved", "Your expense report has been approved"],
            "expense_no": [
                "Expense report declined",
                "Action needed: your expense report was returned",
            ],
            "approve": [
                "Approval needed",
                "You have items awaiting approval",
                "Inbox: approve time off",
            ],
        }[kind],
        [
            ctx.fill(para),
            ctx.fill(
                "[View in Workday|Open the app|Review now]: https://{slug}.[expensify|workday|concursolutions].example/item/"
            )
            + str(ctx.num(1000, 9999)),
        ],
        ctx.pick(
            [
                _hr_sender(ctx),
                ("Concur", "autonotification@concursolutions.com"),
                ("Expensify", "concierge@expensify.com"),
            ]
        ),
        "",
        greet_p=0.5,
        form=ctx.pick(["html", "plain"]),
    )


@family("zc_hr_internal_mobility", "not_job", n=ZC_N)
def hr_internal_mobility(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Welcome to [Grow Here|Next Move|Inside Track], our monthly internal mobility newsletter. This month [34|52|18] roles are open to current employees before they go external.",
            "Thinking about your next step inside {co}? Here's what's open internally this month, plus a story from a colleague who moved teams.",
        ),
        ctx.para(
            "Featured internal openings:\n- [Senior Analyst, Finance|Product Manager, Payments|Team Lead, Customer Care] ([Remote|{city}])\n- [Data Engineer, Platform|Program Manager, Operations|UX Writer] ([Hybrid|{city}])",
            "Spotlight: [Amara|Jonas|Leila] moved from support to product operations last spring - read how the internal transfer process worked for her team.",
        ),
        ctx.para(
            "Remember: you need 12 months in your current role and a conversation with your manager before applying internally.",
            "Mentoring matches for the spring cohort open on {day}. Sign up in the learning portal.",
        ),
    ]
    return neg(
        ctx,
        [
            "[Grow Here|Next Move|Inside Track]: internal roles for [December|January|this month]",
            "Your internal mobility update",
            "Internal openings this month",
            "Find your next role at {co}",
        ],
        paras,
        ctx.pick(
            [
                (f"{ctx._co.name} Talent Mobility", f"mobility@{ctx._co.domain}"),
                ("Internal Careers", f"internalcareers@{ctx._co.domain}"),
                (ctx.person, addr_at(ctx, ctx._co.domain)),
            ]
        ),
        ctx.fill("[Talent Mobility Team|People Development], {co}"),
        greet_p=0.4,
        footer="Internal only - do not forward outside the company.",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
