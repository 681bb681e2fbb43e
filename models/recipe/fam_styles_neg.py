"""Hard negatives in the ``fam_styles`` manner: mail that borrows job words but is not about
the user's own applications (school places, volunteer "interviews", current-employer Workday
tasks, interview-prep upsells, programme interviews). Split from ``fam_styles`` to keep files
under 600 lines.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, family


def _neg(ctx: Ctx, subject: str, body: str, name: str, addr: str, bulk: bool = False) -> Draft:
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        ctx.fill(name),
        ctx.fill(addr),
        greet=ctx.chance(0.5),
        sign="",
        bulk=bulk,
    )


@family("neg_school_places", "not_job", n=30)
def school(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Kindergarten|Nursery|Summer camp] application - next steps",
        "Thank you for submitting a [kindergarten|nursery|camp] application for the [2026-27 school year|summer session]. Your child has been [offered a place|placed on the waitlist]. Please attend the family orientation on {day} and return the enrollment forms.",
        "[Riverside Elementary|Little Oaks Nursery|Camp Willow]",
        "[office|admissions]@littleoaks.example.org",
    )


@family("neg_employer_workday_tasks", "not_job", n=30)
def employer_tasks(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Action required: complete your annual performance self-evaluation|Timesheet due|Inbox task: approve expense report|Reminder: compliance training due]",
        "You have an inbox task: [2025 Annual Review - Self Evaluation|Timesheet for week {n}|Expense report {req}|Code of Conduct training] for {first} {last}. Due date: {day}. Go to Workday to complete the task.",
        "Workday",
        "{slug}@myworkday.com",
    )


@family("neg_volunteer_club_interview", "not_job", n=28)
def volunteer_interview(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Volunteer interview|Your foster application|Club membership interview]",
        "Thanks for applying to [volunteer as a dog walker|foster with us|join the rowing club|mentor with our youth program]! We'd like to set up a short [phone interview|chat] and orientation. What times work for you [this weekend|next week]?",
        "[Harbor Animal Rescue|City Rowing Club|Youth Mentors]",
        "volunteer@harborrescue.example.org",
    )


@family("neg_interview_prep_upsell", "not_job", n=28)
def prep_upsell(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Your interview questions for {title} are ready|Ace your {title} interview|Salaries for {title} near you]",
        "See what candidates were asked in interviews at top companies. [{n}14 new interview reviews|New salary reports] for {title}. [Prepare for your next interview with insider tips.|Upgrade to see all answers.]",
        "[Glassdoor|Blind|Levels.fyi|Handshake]",
        "[noreply@glassdoor.com|hello@teamblind.com|notifications@joinhandshake.com]",
        bulk=True,
    )


@family("neg_program_interview", "not_job", n=28)
def program_interview(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Scholarship interview invitation|Your bootcamp application|Hackathon application: you're in!|Fellowship finalist interview]",
        "[Congratulations! You've been selected as a finalist for the [Merit Scholarship|Founders Fellowship]. The final step is a 20-minute interview with the selection committee.|Thanks for applying to the [coding bootcamp|hackathon|accelerator program]. You've been accepted to the [spring cohort|event]! Please confirm your spot by {day}.] [Tuition and stipend details are attached.|Schedule your slot here: {link}]",
        "[Scholarship Office|Launch Academy|HackNight Team|Founders Fellowship]",
        "[awards@university.example.edu|admissions@launchacademy.example.com|team@hacknight.example.org]",
    )


@family("neg_vendor_cold_sales", "not_job", n=28)
def vendor_sales(ctx: Ctx) -> Draft:
    name, addr = (
        ctx.person,
        f"{ascii_word(ctx.person_first)}@[growthloop|leadforge|cloudsavvy].example.com",
    )
    return _neg(
        ctx,
        "[Quick question, {first}|{first}, 15 minutes next week?|Following up|Idea for your team]",
        "I noticed your team is [hiring|growing fast|scaling its data stack] and thought [our platform|LeadForge|CloudSavvy] could help. We help companies like yours [cut cloud costs by 30%|book more meetings|automate reporting]. Would you be open to a quick 15-minute call [next week|on {day}]? [If you're not the right person, who should I talk to?|Happy to send a short demo video.]",
        name,
        addr,
    )


@family("neg_internal_referral", "not_job", n=28)
def internal_referral(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[We're hiring: refer a friend and earn a bonus|Internal job postings this week|Referral bonus doubled this month]",
        "Hi team, we have [{n} open roles|new openings] across Engineering and Sales, including {title}. Know someone great? Submit a referral in [Greenhouse|Workday|the careers portal] - if they're hired you'll receive a [$2,000|$5,000] referral bonus. Internal candidates can apply through the internal mobility page.",
        "[Talent Acquisition|Recruiting Team|People Team]",
        "[recruiting|talent|people]@{domain}",
        bulk=True,
    )


@family("neg_tenant_screening", "not_job", n=24)
def tenant_screening(ctx: Ctx) -> Draft:
    return _neg(
        ctx,
        "[Complete your tenant screening|Your screening report is ready|Co-signer application received]",
        "[The property manager for {n}2 Oak Ave has requested a tenant screening.|Your co-signer application has been received.] Please [authorize the credit and background check|upload proof of income] to continue your rental application. [This link expires in 72 hours.|Questions? Reply to this email.]",
        "[TransUnion SmartMove|RentPrep|Apartments.com]",
        "[noreply@mysmartmove.example.com|screening@rentprep.example.com]",
    )
