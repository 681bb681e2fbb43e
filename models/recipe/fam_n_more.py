"""Hard negatives, session 9: more of life in hiring words, and the reader on the other side.

A small-claims court's hearing, a language exam's score report, a children's holiday camp
offering places, a prospective PhD student writing to the reader's lab, a pet-sitting app's
meet-and-greet, prospective tenants applying for the reader's flat, the reader's own thesis
defence ("the candidate", "the examiners") and an invitation to judge a hackathon: mail that
speaks of candidates, interviews, hearings, offers and results, none of it the reader's job
search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from n_kit import MOBILE, NN_N, at, neg, private, service_footer, service_top


@family("nn_small_claims_hearing", "not_job", n=NN_N)
def small_claims_hearing(ctx: Ctx) -> Draft:
    case = f"{ctx.pick(['K', 'H', 'SC'])}{ctx.num(10, 99)}{ctx.pick(['MC', 'QZ', 'CV'])}{ctx.num(100, 999)}"
    other = ctx.pick(
        [
            "Brightline Builders Ltd",
            "QuickFix Plumbing",
            "Mr D. Harlow",
            "Sunrise Car Sales",
            "Northgate Lettings",
        ]
    )
    stage = ctx.pick(["hearing", "mediation", "judgment", "solicitor"])
    para = {
        "hearing": f"Notice of hearing. Claim {case}: you v {other}. The claim has been allocated to the small claims track and will be heard on {{day}} at {{time}} at {{city}} County Court. Both parties must attend; bring copies of every document you rely on.",
        "mediation": f"You have been referred to the free Small Claims Mediation Service for claim {case}. A mediator will call you on {{day}} for a telephone appointment of up to one hour. If the claim does not settle, it will go to a hearing.",
        "judgment": f"Judgment has been entered in claim {case}. [The defendant has been ordered to pay you the amount claimed plus court fees within 14 days.|The judge dismissed the claim; written reasons are attached.]",
        "solicitor": f"Further to our call, {other} has [offered to settle your claim for|made a without-prejudice offer of] £[1,250|2,400|780]. My advice is [to accept|to counter-offer|to let it go to the hearing]; let me know how you'd like to proceed before {{day}}.",
    }[stage]
    if stage == "solicitor":
        sender = (ctx.person, at(ctx, ctx.pick(["harlowsolicitors.example", "civiclaw.example"])))
        sign = ctx.pick(["Kind regards,", "Best regards,"]) + f"\n{ctx.person}\nSolicitor"
    else:
        sender = ctx.pick(
            [
                ("HMCTS Civil Money Claims", "noreply@courts.example"),
                ("County Court", "enquiries.civil@justice.example"),
                ("Small Claims Mediation", "scms@justice.example"),
            ]
        )
        sign = ctx.pick(["Civil Money Claims", "Court Manager", "HMCTS"])
    return neg(
        ctx,
        {
            "hearing": [f"Notice of hearing - claim {case}", "Your hearing date"],
            "mediation": ["Small claims mediation appointment", f"Claim {case}: mediation"],
            "judgment": [f"Claim {case}: judgment", "Your money claim has been decided"],
            "solicitor": [f"Re: {other} - settlement offer", f"Your claim against {other}"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Do not reply to this email.",
                    "",
                    "Read the guidance on what happens at a small claims hearing online.",
                ]
            )
            if stage != "solicitor"
            else "",
        ],
        sender,
        sign,
        greet_p=0.4 if stage != "solicitor" else 0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_language_exam_results", "not_job", n=NN_N)
def language_exam_results(ctx: Ctx) -> Draft:
    exam, org, host = ctx.pick(
        [
            ("IELTS Academic", "IELTS", "ielts.example"),
            ("TOEFL iBT", "ETS", "ets.example"),
            ("DELF B2", "Alliance Française", "af-city.example"),
            ("Goethe-Zertifikat B1", "Goethe-Institut", "goethe.example"),
            ("DELE C1", "Instituto Cervantes", "cervantes.example"),
            ("JLPT N3", "Japan Foundation", "jlpt.example"),
        ]
    )
    stage = ctx.pick(["results", "booked", "speaking", "remark"])
    para = {
        "results": f"Your {exam} results are now available. Overall: [7.5|6.5|102|B2 passed|C1 - apto|passed]. [Listening 8.0, Reading 7.0, Writing 6.5, Speaking 7.5.|Your certificate will be posted within four weeks.]",
        "booked": f"Your {exam} test is booked: written papers on {{day}} at {{city}} test centre. Bring the same ID you used to register.",
        "speaking": f"Your {exam} speaking test is scheduled for {{day}} at {{time}}. The examiner will ask you questions about familiar topics; the test lasts 11-14 minutes and is recorded for quality purposes.",
        "remark": f"Your enquiry on results for {exam} has been completed. [Your score has been revised upward; a new report will follow.|Your original score has been confirmed.]",
    }[stage]
    return neg(
        ctx,
        {
            "results": [f"Your {exam} results are available", "Test results released"],
            "booked": [f"{exam}: booking confirmation", "Your test booking"],
            "speaking": ["Your speaking test appointment", f"{exam} speaking test"],
            "remark": ["Enquiry on results: outcome", "Your results enquiry"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(
                f"[View your score report|Log in to the candidate portal|Manage your booking]: {ctx.url(host, 'candidate')}"
            ),
        ],
        (org, ctx.pick([f"results@{host}", f"noreply@{host}", f"testcentre@{host}"])),
        ctx.pick(["Good luck,", "Kind regards,", "Best wishes,"])
        + f"\n{org} "
        + ctx.pick(["Test Centre", "Candidate Services", "Exams Office"]),
        footer=service_footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("nn_kids_camp_places", "not_job", n=NN_N)
def kids_camp_places(ctx: Ctx) -> Draft:
    camp = ctx.pick(
        [
            "Camp Wildwood",
            "Splash Summer Swim School",
            "City Youth Theatre summer school",
            "Little Coders holiday club",
            "Tennis Tots camp",
        ]
    )
    kid = ctx.pick(["Maya", "Leo", "Ava", "Sam", "Noor", "Theo"])
    stage = ctx.pick(["offer", "waitlist", "lottery_no", "forms"])
    para = {
        "offer": f"Great news - a place has come up for {kid} at {camp} for [week 2|weeks 3-4|the July session]. Please accept the offer and pay the deposit within 48 hours, or it will go to the next family on the waitlist.",
        "waitlist": f"Thank you for registering {kid} for {camp}. The session is full, so {kid} is on the waitlist (position [3|6|9]). We'll email you straight away if a place opens up.",
        "lottery_no": f"Thank you for entering the lottery for {camp}. Unfortunately {kid} was not selected this year. We know how disappointing that is; you can join the waitlist in your parent account.",
        "forms": f"We can't wait to see {kid} at {camp}! Before the first day please complete the medical form and the photo consent, and let us know who is collecting at pick-up.",
    }[stage]
    return neg(
        ctx,
        {
            "offer": [
                "A place is available - please respond within 48 hours",
                f"Offer of a place: {camp}",
            ],
            "waitlist": ["You're on the waitlist", f"{camp} registration"],
            "lottery_no": ["Lottery results", f"{camp}: lottery outcome"],
            "forms": ["Forms due before camp", "Getting ready for camp!"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Drop-off is 8:30-9:00, pick-up 3:30.",
                    "",
                    "Questions? Reply to this email or call the camp office.",
                ]
            ),
        ],
        (
            camp,
            ctx.pick(
                [
                    "registration@campwildwood.example",
                    "office@splashswim.example",
                    "hello@youththeatre.example",
                    "noreply@campbooking.example",
                ]
            ),
        ),
        ctx.pick(["Have a great day,", "Warmly,", "Thanks,"])
        + "\n"
        + ctx.pick([f"{ctx.person_first} and the {camp} team", "Camp Office"]),
        footer=service_footer(ctx, camp, "campbooking.example") if ctx.chance(0.5) else "",
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("nn_prospective_student_to_pi", "not_job", n=NN_N)
def prospective_student(ctx: Ctx) -> Draft:
    topic = ctx.pick(
        [
            "graph neural networks for protein folding",
            "coastal sediment transport",
            "low-resource machine translation",
            "urban heat islands",
            "soft robotics",
            "medieval trade networks",
        ]
    )
    stage = ctx.pick(["cold", "follow", "thanks"])
    para = {
        "cold": f"My name is {ctx.person} and I am a final-year [MSc|BSc|master's] student at [University of Lagos|IIT Madras|Universidad de Chile|TU Delft]. I read your recent paper on {topic} with great interest and I would love to apply for a PhD position in your lab. I have attached my CV and transcript.",
        "follow": f"I hope you are well. I wrote to you [two weeks|last month] about PhD opportunities in your group on {topic}. I would be grateful to know whether you are taking new students next year, and whether a short interview might be possible.",
        "thanks": "Thank you so much for the call yesterday and for explaining how admissions work in your department. I will submit my application through the graduate school portal before the deadline, and I will mention our conversation in my statement.",
    }[stage]
    return neg(
        ctx,
        {
            "cold": [
                f"Prospective PhD student - {topic}",
                "PhD application enquiry",
                "Inquiry about PhD positions in your lab",
            ],
            "follow": ["Following up: PhD enquiry", "Re: Prospective PhD student"],
            "thanks": ["Thank you for your time", "Re: call about PhD admissions"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Thank you for your time and consideration.",
                    "I look forward to hearing from you.",
                    "",
                ]
            ),
        ],
        private(ctx)
        if ctx.chance(0.6)
        else (ctx.person, at(ctx, ctx.pick(["students.example.edu", "alumni.example.ac.uk"]))),
        ctx.pick(["Yours sincerely,", "Best regards,", "Kind regards,"]) + f"\n{ctx.person}",
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("nn_pet_sitter_booking", "not_job", n=NN_N)
def pet_sitter_booking(ctx: Ctx) -> Draft:
    pet = ctx.pick(["Biscuit", "Luna", "Pepper", "Milo", "Olive", "Rex"])
    app, host = ctx.pick(
        [
            ("Pawsitter", "pawsitter.example"),
            ("Rovr", "rovr.example"),
            ("TrustedHouseminders", "houseminders.example"),
        ]
    )
    sitter = ctx.person_first
    stage = ctx.pick(["meet", "accepted", "declined", "update"])
    para = {
        "meet": f"{sitter} would like to set up a meet & greet with {pet} before your booking. Proposed time: {{day}} at {{time}}. Meet & greets are free and help you decide if it's a good fit.",
        "accepted": f"Your booking request was accepted! {sitter} will look after {pet} from {{day}}. Payment is held until the stay is complete.",
        "declined": f"Unfortunately {sitter} declined your request for those dates. Here are other sitters near you who are available.",
        "update": f"{pet} had a lovely walk in the park today and ate all dinner. Photo attached! - {sitter}",
    }[stage]
    return neg(
        ctx,
        {
            "meet": [f"{sitter} wants to meet {pet}", "Meet & greet request"],
            "accepted": ["Booking confirmed", f"{sitter} accepted your request"],
            "declined": ["Your request was declined", "Find another sitter"],
            "update": [f"Update on {pet}", "New photo from your sitter"],
        }[stage],
        [
            service_top(ctx, host),
            ctx.fill(para),
            ctx.fill(f"[Open the app|View booking|Reply to {sitter}]: {ctx.url(host, 'booking')}"),
        ],
        (f"{app}", f"notifications@{host}"),
        "",
        greet_p=0.6,
        footer=service_footer(ctx, app, host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("nn_landlord_receives_applicants", "not_job", n=NN_N)
def landlord_receives_applicants(ctx: Ctx) -> Draft:
    flat = ctx.pick(
        [
            "the 2-bed on Elm Street",
            "Flat 4, 18 Harbour Road",
            "the studio on Rue Victor",
            "your flat at Kastanienallee 9",
            "the garden flat",
        ]
    )
    stage = ctx.pick(["portal", "applicant", "agent"])
    if stage == "portal":
        para = f"You have [3|5|8] new applications for {flat}. Applicants have completed the pre-screening questions; review their profiles, income and references and invite your favourites to a viewing."
        sender = (
            "Lettings Portal",
            ctx.pick(["landlords@rentportal.example", "noreply@homelet.example"]),
        )
        sign = ""
    elif stage == "applicant":
        para = f"Hi, I'm very interested in {flat}. I'm a [nurse|software tester|teacher|PhD student], non-smoker, no pets, and I can move in from {{day}}. I have references from my current landlord. Would it be possible to arrange a viewing?"
        sender = private(ctx)
        sign = (
            ctx.pick(["Many thanks,", "Best,", "Kind regards,"])
            + f"\n{ctx.person_first}\n"
            + ctx.pick(MOBILE)
        )
    else:
        para = f"Update on {flat}: we've shortlisted two applicants after the viewings. [The couple|The first applicant] passed referencing and can pay six months up front; the second is still waiting on an employer reference. Shall we offer them the tenancy?"
        sender = (ctx.person, at(ctx, ctx.pick(["parksidelettings.example", "cityhomes.example"])))
        sign = ctx.pick(["Kind regards,", "Best,"]) + f"\n{ctx.person}\nProperty Manager"
    return neg(
        ctx,
        {
            "portal": [f"New applications for {flat}", "You have new tenant applications"],
            "applicant": [f"Enquiry about {flat}", "Viewing request"],
            "agent": [f"{flat}: applicants shortlisted", "Re: new tenants"],
        }[stage],
        [ctx.fill(para)],
        sender,
        sign,
        greet_p=0.8,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=service_footer(ctx, "Lettings Portal", "rentportal.example")
        if stage == "portal"
        else "",
    )


@family("nn_thesis_defence", "not_job", n=NN_N)
def thesis_defence(ctx: Ctx) -> Draft:
    stage = ctx.pick(["scheduled", "examiners", "outcome", "corrections"])
    para = {
        "scheduled": "Your viva voce examination has been scheduled for {day} at {time} in [Room 2.14|the Graduate School boardroom|Teams]. The examiners have received your thesis. The candidate should allow up to three hours.",
        "examiners": "Good news: both examiners have agreed to act, [Prof. Lindqvist as external|Dr Okafor as internal]. The graduate office will contact you with dates. Have a look at their recent papers before the defence.",
        "outcome": "Congratulations, Doctor! The examiners have recommended that the degree be awarded [subject to minor corrections|with no corrections]. The formal letter from the Doctoral College will follow.",
        "corrections": "Your corrected thesis has been approved by the internal examiner. Please upload the final version to the repository; once it's deposited your award will go to the next Senate meeting.",
    }[stage]
    supervisor = ctx.chance(0.5) and stage in ("examiners", "outcome")
    return neg(
        ctx,
        {
            "scheduled": ["Viva examination arrangements", "Your PhD defence date"],
            "examiners": ["Examiners confirmed", "Re: viva"],
            "outcome": ["Outcome of your viva", "!!!"],
            "corrections": ["Corrections approved", "Final thesis deposit"],
        }[stage],
        [ctx.fill(para)],
        (ctx.person, at(ctx, "uni.example.ac.uk"))
        if supervisor
        else ("Doctoral College", "doctoral.college@uni.example.ac.uk"),
        ctx.pick(["Best,", "Well done,", "Regards,"])
        + "\n"
        + (ctx.person_first if supervisor else "Doctoral College Research Degrees Team"),
        form=ctx.pick(["plain", "alt"]),
        calendar=Calendar("PhD viva", ctx.future(5, 30), 180)
        if stage == "scheduled" and ctx.chance(0.4)
        else None,
    )


@family("nn_hackathon_judge_invite", "not_job", n=NN_N)
def hackathon_judge(ctx: Ctx) -> Draft:
    event = ctx.pick(
        [
            "HackTheHarbour",
            "GreenCode Jam",
            "CivicHack 2025",
            "Student Makeathon",
            "AI for Good Sprint",
        ]
    )
    stage = ctx.pick(["invite", "logistics", "thanks"])
    para = {
        "invite": f"We're putting together the judging panel for {event} on {{day}} and your name came up straight away. Judges spend about three hours reviewing the shortlisted teams' demos and scoring them on impact, execution and creativity. Would you be up for it?",
        "logistics": f"Thanks again for joining the {event} judging panel! Judging starts at [1pm|2pm]; each team has five minutes to pitch and three for questions. The scoring rubric is attached - please don't share it with participants.",
        "thanks": f"A huge thank you for judging at {event}. The winning team (Project [Tidewatch|Leafline|OpenBench]) was thrilled with your feedback. We'd love to have you back next year.",
    }[stage]
    return neg(
        ctx,
        {
            "invite": [f"Would you judge {event}?", f"Invitation: {event} judging panel"],
            "logistics": [f"{event}: judge briefing", "Judging day logistics"],
            "thanks": ["Thank you for judging!", f"{event} - thank you"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(["Lunch and coffee are on us.", "", "We can cover travel within the city."]),
        ],
        ctx.pick(
            [
                private(ctx),
                (
                    ctx.person,
                    at(
                        ctx,
                        ctx.pick(
                            ["hacktheharbour.example", "civichack.example", "makeathon.example"]
                        ),
                    ),
                ),
            ]
        ),
        ctx.pick(["Thanks!", "Cheers,", "Best,"])
        + f"\n{ctx.person_first}\n"
        + ctx.pick(["Organising team", f"{event} organisers", ""]),
        form=ctx.pick(["plain", "html", "alt"]),
    )
