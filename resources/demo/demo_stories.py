"""The demo mailbox's stories: 12 applications told in every category, plus inbox noise.

Our own writing. ``make_demo_mailbox.py`` turns this list into ``demo.mbox``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mail:
    day: float  # days after the mailbox's start date
    sender: str
    subject: str
    body: str
    html: bool = False
    invite: tuple[str, float, int] | None = None  # (summary, day offset, minutes)
    thread: str = ""  # a key: mails with one key reply to each other
    headers: tuple[tuple[str, str], ...] = ()


BULK = (("List-Unsubscribe", "<https://example.com/unsubscribe>"), ("Precedence", "bulk"))

MAILS: list[Mail] = [
    # 1. Northwind Analytics, Data Engineer: Greenhouse -> screen -> HackerRank -> offer
    Mail(
        0.1,
        "Northwind Analytics Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Northwind Analytics",
        "Hi Jordan,\n\nThanks for applying to the Data Engineer role at Northwind Analytics. "
        "Our team will review your application and be in touch if your experience is a good "
        "match.\n\nBest,\nNorthwind Analytics Recruiting",
        thread="nw",
    ),
    Mail(
        4.2,
        "Priya Raman <priya.raman@northwind-analytics.com>",
        "Northwind Analytics - Data Engineer: let's talk",
        "Hi Jordan,\n\nI'm a recruiter at Northwind Analytics. Your background caught our "
        "eye for the Data Engineer position and I'd love to set up a 30-minute phone screen "
        "this week. Please pick a slot that works for you from the invite, or reply with "
        "your availability.\n\nThanks,\nPriya Raman\nTalent Acquisition, Northwind Analytics",
        invite=("Phone screen: Jordan Lee / Northwind Analytics", 6.6, 30),
        thread="nw2",
    ),
    Mail(
        9.0,
        "Northwind Analytics <no-reply@hackerrank.com>",
        "Northwind Analytics invites you to a HackerRank assessment",
        "Hello Jordan,\n\nNorthwind Analytics has invited you to complete a coding "
        "assessment for the Data Engineer role. The test has 3 questions and takes about "
        "90 minutes. Please complete the assessment by Friday, September 18 at 5:00 PM "
        "Pacific Time.\n\nGood luck!\nThe HackerRank Team on behalf of Northwind Analytics",
    ),
    Mail(
        16.3,
        "Priya Raman <priya.raman@northwind-analytics.com>",
        "Offer - Data Engineer at Northwind Analytics",
        "Hi Jordan,\n\nCongratulations! On behalf of the whole team I'm delighted to extend "
        "you an offer to join Northwind Analytics as a Data Engineer. Your offer letter, "
        "with the base salary, equity and benefits, is attached. Please review it and sign "
        "by September 25 if you'd like to accept. I'm happy to walk you through any "
        "questions.\n\nWarmly,\nPriya",
        thread="nw2",
    ),
    # 2. Globex, Senior Backend Engineer: Lever -> rejection
    Mail(
        0.5,
        "Globex <no-reply@hire.lever.co>",
        "Your application to Globex",
        "Hi Jordan,\n\nThank you for your interest in the Senior Backend Engineer position "
        "at Globex. We have received your application and our hiring team is reviewing it. "
        "\n\nThe Globex Talent Team",
        thread="gx",
    ),
    Mail(
        12.4,
        "Globex <no-reply@hire.lever.co>",
        "Your application to Globex",
        "Hi Jordan,\n\nThank you so much for taking the time to apply for the Senior Backend "
        "Engineer role and for your interest in Globex. We really enjoyed learning about "
        "your background.\n\nAfter careful consideration, we have decided to move forward "
        "with other candidates whose experience more closely matches our current needs. We "
        "will keep your details on file for future openings.\n\nWe wish you the very best "
        "in your search.\nThe Globex Talent Team",
        thread="gx",
    ),
    # 3. Initech, Platform Engineer: Workday -> interview invite with calendar
    Mail(
        1.0,
        "Initech Careers <initech@myworkday.com>",
        "Application received: Platform Engineer (JR-20418)",
        "Dear Jordan,\n\nThank you for applying for the Platform Engineer position "
        "(requisition JR-20418) at Initech. We have received your application. You can "
        "track its status in our candidate home.\n\nKind regards,\nInitech Talent "
        "Acquisition",
    ),
    Mail(
        18.0,
        "Bill Lumbergh <bill.lumbergh@initech.com>",
        "Interview invitation - Platform Engineer (JR-20418)",
        "Hello Jordan,\n\nWe were impressed by your application and would like to invite you "
        "to a video interview with the platform team for the Platform Engineer role. I've "
        "sent a calendar invitation for Tuesday; the meeting link is in the invite. Please "
        "confirm that the time works for you.\n\nBest regards,\nBill Lumbergh\nEngineering "
        "Manager, Initech",
        invite=("Initech interview - Platform Engineer", 22.7, 45),
    ),
    # 4. Umbrella Health, ML Engineer: Ashby -> take-home
    Mail(
        2.2,
        "Umbrella Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Umbrella Health!",
        "Hi Jordan,\n\nThanks for applying for the Machine Learning Engineer role at "
        "Umbrella Health. We'll review your application carefully and reach out about next "
        "steps.\n\nUmbrella Health Recruiting",
    ),
    Mail(
        11.5,
        "Alice Chen <alice@umbrellahealth.io>",
        "Next steps",
        "Hi Jordan,\n\nGreat speaking with you last week! As the next step for the Machine "
        "Learning Engineer role, we'd like you to complete a short take-home exercise: build "
        "a small model-serving API and write up your design choices. Please submit your "
        "solution within 5 days of receiving this email, by replying with a link to your "
        "repository.\n\nCheers,\nAlice Chen\nHead of ML, Umbrella Health",
    ),
    # 5. Hooli, Product Analyst: LinkedIn Easy Apply
    Mail(
        3.0,
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Hooli",
        "Your application was sent to Hooli\n\nProduct Analyst\nHooli · Palo Alto, CA "
        "(Hybrid)\nApplied on September 4\n\nGood luck! Check your application status in "
        "My Jobs.\n\nYou are receiving LinkedIn notification emails.",
        html=True,
    ),
    # 6. Stark Industries, Site Reliability Engineer: iCIMS -> screen -> onsite loop, whose
    # itinerary (systems design, incident review) makes it the technical round (CONTRACTS:
    # "technical/next round")
    Mail(
        2.6,
        "Stark Industries Talent <talent@stark-industries.icims.com>",
        "Thank you for your application - Site Reliability Engineer",
        "Dear Jordan Lee,\n\nThank you for your interest in Stark Industries. This email "
        "confirms that we have received your application for Site Reliability Engineer "
        "(Job ID 2026-7781).\n\nSincerely,\nStark Industries Talent Acquisition",
    ),
    Mail(
        8.8,
        "Happy Hogan <h.hogan@stark-industries.com>",
        "Phone screen for SRE role",
        "Hi Jordan,\n\nThanks for applying to the Site Reliability Engineer role. I'd like "
        "to schedule a 20-minute recruiter call to learn more about you. Could you reply "
        "with two or three times that suit you next week?\n\nHappy Hogan\nRecruiter, Stark "
        "Industries",
        thread="stark",
    ),
    Mail(
        20.1,
        "Happy Hogan <h.hogan@stark-industries.com>",
        "Re: Phone screen for SRE role",
        "Hi Jordan,\n\nThe team enjoyed the call. We'd like to invite you to an onsite "
        "interview loop at our Malibu office on October 2: four conversations with the "
        "reliability team and the hiring manager. Please confirm your attendance by "
        "tomorrow so we can arrange travel.\n\nBest,\nHappy",
        thread="stark",
    ),
    # 7. Wayne Enterprises, Security Engineer: SmartRecruiters -> interview -> rejection
    Mail(
        1.8,
        "Wayne Enterprises <noreply@smartrecruiters.com>",
        "We've received your application for Security Engineer",
        "Hi Jordan,\n\nThank you for applying for the Security Engineer position at Wayne "
        "Enterprises. Our recruiting team will review your profile and contact you if "
        "there is a match.\n\nBest regards,\nWayne Enterprises Recruiting",
    ),
    Mail(
        7.5,
        "Lucius Fox <lfox@wayne-enterprises.com>",
        "Interview - Security Engineer",
        "Dear Jordan,\n\nWe would like to invite you to a first interview for the Security "
        "Engineer position. Please use the scheduling link below to book a 45-minute video "
        "call with our security team.\n\nKind regards,\nLucius Fox",
        thread="wayne",
    ),
    Mail(
        15.2,
        "Lucius Fox <lfox@wayne-enterprises.com>",
        "Re: Interview - Security Engineer",
        "Dear Jordan,\n\nThank you for the time you spent with our team. It was a pleasure "
        "to meet you. Unfortunately, we will not be moving forward with your application "
        "at this time, as we have decided to pursue a candidate with more incident "
        "response experience.\n\nWe wish you every success.\nLucius Fox",
        thread="wayne",
    ),
    # 8. Cyberdyne Systems, Robotics Software Engineer: Indeed -> CodeSignal
    Mail(
        5.0,
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Robotics Software Engineer",
        "Application submitted\n\nRobotics Software Engineer\nCyberdyne Systems - "
        "Sunnyvale, CA\n\nThe employer will contact you if your qualifications are a "
        "match. Your application has been sent to Cyberdyne Systems.\n\nIndeed",
        html=True,
    ),
    Mail(
        13.7,
        "Cyberdyne Systems Recruiting <recruiting@cyberdyne.ai>",
        "Coding assessment - Robotics Software Engineer",
        "Hi Jordan,\n\nThanks for your interest in Cyberdyne Systems. The next step in our "
        "process is an online coding assessment on CodeSignal. You'll receive a separate "
        "invitation link; the assessment takes 70 minutes and must be completed within 3 "
        "days.\n\nThank you,\nCyberdyne Systems Recruiting",
    ),
    # 9. Acme Logistics, Full Stack Developer: recruiter outreach -> interview
    Mail(
        6.0,
        "Dana Whitfield <dana.whitfield@acmelogistics.com>",
        "Full Stack Developer opportunity at Acme Logistics",
        "Hi Jordan,\n\nI came across your profile and was impressed by your work on "
        "open-source data tooling. We're hiring a Full Stack Developer to help rebuild our "
        "shipment tracking platform. Would you be open to a quick chat about the role?"
        "\n\nBest,\nDana Whitfield\nTechnical Recruiter, Acme Logistics",
        thread="acme",
    ),
    Mail(
        10.4,
        "Dana Whitfield <dana.whitfield@acmelogistics.com>",
        "Re: Full Stack Developer opportunity at Acme Logistics",
        "Hi Jordan,\n\nThanks for sending your resume! The hiring manager would like to "
        "meet you for a 45-minute interview. Please choose a time using the calendar invite "
        "I just sent.\n\nBest,\nDana",
        invite=("Interview: Jordan Lee - Full Stack Developer", 14.6, 45),
        thread="acme",
    ),
    Mail(
        8.0,
        "Acme Logistics <notification@jobvite.com>",
        "Acme Logistics - Application Received",
        "Dear Jordan,\n\nThank you for applying for the Full Stack Developer position at Acme "
        "Logistics. We have received your application and our team will review it.\n\n"
        "Acme Logistics Talent Team",
    ),
    # 10. Soylent Foods, Data Scientist: Workable -> still under review
    Mail(
        4.0,
        "Soylent Foods <noreply@candidates.workablemail.com>",
        "Soylent Foods: application received",
        "Hi Jordan,\n\nThank you for your application for the Data Scientist position at "
        "Soylent Foods. We'll review it and get back to you soon.\n\nSoylent Foods hiring "
        "team",
    ),
    Mail(
        19.0,
        "Soylent Foods <noreply@candidates.workablemail.com>",
        "An update on your application",
        "Hi Jordan,\n\nWe wanted to let you know that your application for the Data "
        "Scientist position is still under review. We've received a large number of "
        "applications and appreciate your patience.\n\nSoylent Foods hiring team",
    ),
    # 11. Tyrell Labs, Frontend Engineer: BambooHR -> interview -> tech -> offer -> background
    Mail(
        0.3,
        "Tyrell Labs <notifications@app.bamboohr.com>",
        "Thank you for applying to Tyrell Labs",
        "Hi Jordan,\n\nThank you for applying for our Frontend Engineer opening. We have "
        "received your application and will review it shortly.\n\nTyrell Labs",
    ),
    Mail(
        3.5,
        "Rachael Tyrell <rachael@tyrell-labs.com>",
        "Frontend Engineer interview",
        "Hi Jordan,\n\nI'd love to schedule an intro call to talk about the Frontend "
        "Engineer role and your experience with design systems. Let me know your "
        "availability for Thursday or Friday.\n\nRachael",
        thread="tyrell",
    ),
    Mail(
        7.9,
        "Rachael Tyrell <rachael@tyrell-labs.com>",
        "Re: Frontend Engineer interview",
        "Hi Jordan,\n\nGreat chat! Next up is the technical interview: a 60-minute live "
        "coding session with two of our engineers, focused on React and accessibility. "
        "I've sent the invite for Monday.\n\nRachael",
        invite=("Tyrell Labs technical interview", 11.7, 60),
        thread="tyrell",
    ),
    Mail(
        17.2,
        "Rachael Tyrell <rachael@tyrell-labs.com>",
        "Your offer from Tyrell Labs",
        "Hi Jordan,\n\nWe're thrilled to offer you the Frontend Engineer position at Tyrell "
        "Labs! Please find the offer letter attached with the details of your compensation "
        "and start date. Let us know if you have any questions.\n\nRachael",
        thread="tyrell",
    ),
    Mail(
        18.5,
        "Checkr <no-reply@checkr.com>",
        "Tyrell Labs has requested a background check",
        "Hello Jordan,\n\nTyrell Labs has asked Checkr to run a background check as part of "
        "your hiring process. Please complete your information using the secure link "
        "below within 7 days.\n\nThe Checkr team",
    ),
    # 12. Vandelay Industries, Solutions Architect: Taleo -> reference check
    Mail(
        5.6,
        "Vandelay Industries <vandelay@taleo.net>",
        "Thank you for applying - Solutions Architect",
        "Dear Jordan,\n\nThank you for submitting your application for the position of "
        "Solutions Architect (requisition 26000412) at Vandelay Industries. Your application "
        "will be reviewed by our recruiting team.\n\nRegards,\nVandelay Industries Human "
        "Resources",
    ),
    # Agency recruiter with no application behind it
    Mail(
        14.0,
        "Morgan Blake <morgan@brightpath-talent.com>",
        "Staff Data Engineer role - fintech client",
        "Hi Jordan,\n\nI'm a recruiter at BrightPath Talent working with a fast-growing "
        "fintech client who is looking for a Staff Data Engineer (remote, US). Your profile "
        "looks like a strong fit. Are you open to a conversation this week?\n\nMorgan Blake"
        "\nBrightPath Talent",
    ),
    # Hard negatives: not about an application of yours
    Mail(
        1.2,
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "12 new jobs for 'data engineer' in San Francisco Bay Area",
        "Your job alert for data engineer\n\nSenior Data Engineer - Initrode - Remote\n"
        "Data Engineer II - Vehement Capital - San Jose\nAnalytics Engineer - Hooli - Palo "
        "Alto\n\nApply now with Easy Apply. See all jobs.\n\nUnsubscribe from job alerts.",
        html=True,
        headers=BULK,
    ),
    Mail(
        8.0,
        "Indeed <alert@indeed.com>",
        "Data Scientist jobs near you: 25 new openings",
        "New jobs matching your search\n\nData Scientist - Massive Dynamic\nMachine Learning "
        "Scientist - Oscorp\nApply today; employers are actively hiring.\n\nManage alerts",
        html=True,
        headers=BULK,
    ),
    Mail(
        15.0,
        "Glassdoor <noreply@glassdoor.com>",
        "Jobs you may like at companies you follow",
        "Companies you follow are hiring\n\nFrontend Engineer at Pied Piper\nPlatform "
        "Engineer at Aviato\nSee more jobs and salaries.",
        html=True,
        headers=BULK,
    ),
    Mail(
        2.0,
        "The Interview Coach <newsletter@interviewcoach.example>",
        "5 mistakes that cost you the offer",
        "This week on the blog: five mistakes candidates make in the final interview, how "
        "to answer 'tell me about yourself', and a listener question about negotiating an "
        "offer. Listen to the new podcast episode now.\n\nYou're receiving this because you "
        "subscribed.",
        html=True,
        headers=BULK,
    ),
    Mail(
        6.5,
        "Harbor Bank <notifications@harborbank.example>",
        "Your loan application has been approved",
        "Dear Jordan,\n\nGood news! Your personal loan application #PL-55120 has been "
        "approved. Review your offer and sign your loan agreement within 30 days.\n\nHarbor "
        "Bank",
        headers=(("List-Unsubscribe", "<mailto:unsub@harborbank.example>"),),
    ),
    Mail(
        9.5,
        "Summit Cards <offers@summitcards.example>",
        "Exclusive offer: 0% APR for 18 months",
        "You're pre-approved! Apply in minutes and get an exclusive offer on our Platinum "
        "card. This offer expires September 30.",
        html=True,
        headers=BULK,
    ),
    Mail(
        11.0,
        "Parkside Apartments <leasing@parksideapts.example>",
        "Rental application received - Unit 4B",
        "Hi Jordan,\n\nWe received your rental application for Unit 4B. Our leasing team "
        "will run a credit check and contact you within 2 business days about next steps."
        "\n\nParkside Apartments",
    ),
    Mail(
        12.0,
        "GitHub <notifications@github.com>",
        "[jordanlee/interview-prep] Fix offer letter parser (#42)",
        "@dependabot opened a pull request in jordanlee/interview-prep: Bump requests from "
        "2.31 to 2.32. Merge when checks pass.\n\nReply to this email directly or view it "
        "on GitHub.",
        headers=(("List-Id", "<interview-prep.jordanlee.github.com>"),),
    ),
    Mail(
        13.0,
        "Sam Rivera <sam.rivera@example.org>",
        "Board games on Saturday?",
        "Hey Jordan! We're doing board games at my place Saturday at 7. I sent a calendar "
        "invite, bring snacks if you can. Good luck with all the interviews by the way!",
        invite=("Board games at Sam's", 18.8, 180),
    ),
    Mail(
        16.0,
        "PyBay Program Committee <cfp@pybay.example>",
        "Your talk proposal has been accepted!",
        "Dear Jordan,\n\nCongratulations! Your talk 'Streaming ETL without tears' has been "
        "accepted for PyBay 2026. Please confirm your participation by October 1.",
    ),
    Mail(
        17.0,
        "People Team <people@currentco.example>",
        "Open enrollment for 2027 benefits starts Monday",
        "Hi all,\n\nOpen enrollment for medical, dental and vision benefits starts Monday. "
        "Please review your elections in the HR portal before November 15.\n\nPeople Team",
    ),
    Mail(
        19.5,
        "Parcel Express <tracking@parcelexpress.example>",
        "Your order has shipped",
        "Your package is on its way and should arrive on Thursday. Track your shipment online.",
        html=True,
        headers=BULK,
    ),
    Mail(
        20.5,
        "State University Admissions <admissions@stateu.example>",
        "Your graduate application status",
        "Dear Jordan,\n\nYour application to the MS in Computer Science program is complete. "
        "The admissions committee will release decisions in March.",
    ),
    # Follow-ups that make the stories feel real
    Mail(
        6.0,
        "Priya Raman <priya.raman@northwind-analytics.com>",
        "Confirmed: phone screen with Northwind Analytics",
        "Hi Jordan,\n\nYou're all set for your phone screen for the Data Engineer role on "
        "Monday at 10:00 AM PT. I'll call you at the number on your resume.\n\nPriya",
        thread="nw2",
    ),
    Mail(
        14.5,
        "HackerRank <no-reply@hackerrank.com>",
        "Reminder: your Northwind Analytics assessment expires in 24 hours",
        "Hi Jordan,\n\nThis is a friendly reminder that your coding test for Northwind "
        "Analytics expires tomorrow. Start the assessment now to make sure you have enough "
        "time to finish.\n\nHackerRank",
    ),
    Mail(
        2.0,
        "Initech Careers <initech@myworkday.com>",
        "Complete your candidate profile",
        "Dear Jordan,\n\nYour candidate profile at Initech is missing your work history. "
        "Sign in to the careers site to update your profile so recruiters can review your "
        "application.\n\nInitech Talent Acquisition",
    ),
    Mail(
        13.9,
        "Alice Chen <alice@umbrellahealth.io>",
        "Re: Next steps",
        "Hi Jordan,\n\nGot your take-home submission, thank you! The team will review it "
        "this week and I'll follow up with feedback and the next round.\n\nAlice",
    ),
    Mail(
        9.2,
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Hooli",
        "Hooli viewed your application for Product Analyst.\n\nYour profile stands out "
        "when it's complete. Keep applying to jobs you're interested in.",
        html=True,
    ),
    Mail(
        22.0,
        "Stark Industries Talent <talent@stark-industries.icims.com>",
        "Technical round itinerary - Site Reliability Engineer",
        "Dear Jordan,\n\nPlease find below your itinerary for the technical round at our "
        "office on October 2: 9:30 arrival and badge pickup, 10:00 systems design exercise, "
        "11:00 hands-on incident review, 12:00 lunch with the team, 13:00 hiring manager."
        "\n\nStark Industries Talent Acquisition",
    ),
    Mail(
        13.8,
        "CodeSignal <no-reply@codesignal.com>",
        "Cyberdyne Systems has invited you to take a General Coding Assessment",
        "Hi Jordan,\n\nCyberdyne Systems invited you to complete a coding assessment. You "
        "have 3 days to start the test. Once started, you'll have 70 minutes to solve 4 "
        "tasks.\n\nStart assessment\n\nCodeSignal",
    ),
    Mail(
        15.5,
        "Dana Whitfield <dana.whitfield@acmelogistics.com>",
        "Re: Full Stack Developer opportunity at Acme Logistics",
        "Hi Jordan,\n\nThanks again for meeting with our team today. They enjoyed the "
        "conversation and I'll be in touch about the next steps early next week.\n\nDana",
        thread="acme",
    ),
    Mail(
        12.0,
        "Art Vandelay <art@vandelay-industries.com>",
        "Solutions Architect - interview with our architecture team",
        "Hello Jordan,\n\nThank you for your application for the Solutions Architect "
        "position. We would like to schedule an interview with our architecture team next "
        "week. Please send me a few time slots that work for you.\n\nArt Vandelay\n"
        "Director of Solutions, Vandelay Industries",
    ),
    Mail(
        21.0,
        "Vandelay Industries <vandelay@taleo.net>",
        "Reference check request - Solutions Architect",
        "Dear Jordan,\n\nAs part of our hiring process for the Solutions Architect "
        "position, please provide the names and contact details of two professional "
        "references by replying to this email.\n\nVandelay Industries Human Resources",
    ),
    Mail(
        17.5,
        "Chris Park via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Chris Park sent you a message: Platform role at Massive Dynamic",
        "Hi Jordan, I'm leading hiring for our platform team at Massive Dynamic and your "
        "Kubernetes experience stood out. We're looking for a Senior Platform Engineer. "
        "Open to a 15-minute call?\n\nChris Park, Engineering Recruiter at Massive Dynamic",
    ),
    # More of what else lands in an inbox
    Mail(
        3.2,
        "Hacker Weekly <digest@hackerweekly.example>",
        "Hacker Weekly #412: how we interview engineers",
        "This week: how three startups run their engineering interviews, a deep dive into "
        "offer negotiation, and the best Rust crates of the month.",
        html=True,
        headers=BULK,
    ),
    Mail(
        5.3,
        "Meetup <info@meetup.example>",
        "New event: Data Engineering Happy Hour",
        "A group you belong to scheduled a new event: Data Engineering Happy Hour, "
        "Thursday at 6 PM. RSVP now, spots are limited.",
        html=True,
        headers=BULK,
    ),
    Mail(
        7.2,
        "Rideshare <receipts@rideshare.example>",
        "Your Tuesday evening trip receipt",
        "Thanks for riding with us. Total: $18.40. Rate your driver.",
        html=True,
        headers=BULK,
    ),
    Mail(
        10.0,
        "City Food Bank <volunteer@cityfoodbank.example>",
        "Your volunteer application",
        "Hi Jordan,\n\nThanks for applying to volunteer at the City Food Bank! Please "
        "choose a shift for your orientation on our website.\n\nCity Food Bank",
    ),
    Mail(
        18.2,
        "StreamFlix <offers@streamflix.example>",
        "A special offer just for you",
        "Come back to StreamFlix: get 3 months at half price. Offer ends Sunday.",
        html=True,
        headers=BULK,
    ),
    Mail(
        21.5,
        "Glassdoor Community <community@glassdoor.com>",
        "Trending: what salary to ask for in your offer negotiation",
        "Top posts this week in Tech: Should I accept the first offer? How many interview "
        "rounds is too many? Join the conversation.",
        html=True,
        headers=BULK,
    ),
]
