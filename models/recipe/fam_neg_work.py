"""Hard negatives, continued: developer tools, the current employer's HR, receipts,
statements, social and event mail, product updates, courses, travel and insurance.

Same table format as ``fam_neg_life``.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_neg_life import Spec, register

TABLE: tuple[Spec, ...] = (
    (
        "dev_github",
        (("GitHub", "notifications@github.com"),),
        (
            "[acme/offer-service] Fix rejection handling (#{n}{n})",
            "Re: [team/interview-prep] Add system design notes (PR #{n})",
            "[octo/hiring-bot] Run failed: CI - main",
            "[org/recruiting-site] New issue: Apply button broken on mobile (#{n})",
        ),
        (
            (
                "@{pfirst} requested your review on this pull request.",
                "Merged #{n} into main.",
                "The workflow run failed for the 'offer-letters' branch.",
                "This branch has conflicts that must be resolved.",
            ),
            (
                "You are receiving this because you were mentioned.",
                "Reply to this email directly or view it on GitHub.",
            ),
        ),
        {"bulk": True, "greet": False},
    ),
    (
        "dev_ci_jira",
        (
            ("GitLab", "gitlab@gitlab.example.com"),
            ("Jira", "jira@acme.atlassian.net"),
            ("CircleCI", "builds@circleci.com"),
            ("Sentry", "noreply@sentry.io"),
        ),
        (
            "Pipeline failed for interview-scheduler",
            "[JIRA] (HR-{n}{n}) Update offer letter template",
            "Build #{n}{n} failed: candidate-portal",
            "New issue in onboarding-api",
        ),
        (
            (
                "[Pipeline|Job|Build] #{n}{n}{n} [failed|succeeded] on branch feature/offer-flow.",
                "{person} assigned HR-{n}{n} to you: 'Rejected applications not archived'.",
            ),
            (
                "View details in the dashboard.",
                "You're receiving this because you watch this project.",
            ),
        ),
        {"bulk": True, "greet": False},
    ),
    (
        "employer_hr",
        (
            ("People Team", "people@{domain}"),
            ("HR", "hr@{domain}"),
            ("Payroll", "payroll@{domain}"),
            ("{person}", "ceo@{domain}"),
        ),
        (
            "Open enrollment ends Friday",
            "Your payslip is available",
            "Performance review cycle starts Monday",
            "All-hands this Thursday",
            "Reminder: submit your self-review",
            "Holiday schedule",
            "Update your tax withholding",
        ),
        (
            ("Hi team,", "Hello everyone,"),
            (
                "Benefits open enrollment closes on {day}; please make your elections in Workday.",
                "Your payslip for this period is now available in the payroll portal.",
                "Our mid-year performance reviews start next week. Managers will schedule 1:1s.",
                "Join us for the all-hands on {day} at {time} in the main room.",
                "Reminder: the office is closed on Monday for the holiday.",
            ),
            ("Thanks,\nThe People Team", "Questions? Reach out in #ask-hr."),
        ),
        {"greet": False},
    ),
    (
        "receipts_shipping",
        (
            ("Amazon", "shipment-tracking@amazon.com"),
            ("Etsy", "transaction@etsy.com"),
            ("IKEA", "noreply@ikea.com"),
            ("UPS", "mcinfo@ups.com"),
        ),
        (
            "Your order has shipped",
            "Order confirmation #{n}{n}{n}",
            "Your package is out for delivery",
            "Receipt for your purchase",
        ),
        (
            (
                "Thanks for your order! [Your package will arrive {day}.|We're getting it ready.]",
                "Your order #{req} has shipped.",
            ),
            ("Track your package: https://track.example.com/{n}", "Order total: {money}"),
        ),
        {"bulk": True},
    ),
    (
        "bank_statements",
        (
            ("Summit Bank", "alerts@summitbank.com"),
            ("Revolut", "no-reply@revolut.com"),
            ("Monzo", "hello@monzo.com"),
            ("Vanguard", "vanguard@e.vanguard.com"),
        ),
        (
            "Your statement is ready",
            "Low balance alert",
            "Direct deposit received",
            "Security alert: new sign-in",
        ),
        (
            (
                "Your [monthly|quarterly] statement is available online.",
                "A direct deposit of {money} was received.",
                "We noticed a new sign-in to your account.",
            ),
            ("Log in to view details.", "If this wasn't you, contact us."),
        ),
        {},
    ),
    (
        "social_events",
        (
            ("Meetup", "info@meetup.com"),
            ("Eventbrite", "noreply@eventbrite.com"),
            ("Facebook", "notification@facebookmail.com"),
            ("Strava", "no-reply@strava.com"),
        ),
        (
            "New event: Tech Careers Night",
            "Your tickets for Saturday",
            "{pfirst} invited you to an event",
            "You have new notifications",
            "Career fair this Thursday - RSVP",
        ),
        (
            (
                "[Tech Careers Night|Startup Job Fair|Python Meetup|Run club] is on {day} at {time}.",
                "{person} and {n} others liked your post.",
            ),
            (
                "Meet hiring managers, get resume tips and practice interviews.",
                "RSVP now - spots are limited.",
                "",
            ),
        ),
        {"bulk": True},
    ),
    (
        "saas_updates",
        (
            ("Notion", "team@makenotion.com"),
            ("Figma", "no-reply@figma.com"),
            ("Slack", "feedback@slack.com"),
            ("Zoom", "no-reply@zoom.us"),
            ("Dropbox", "no-reply@dropbox.com"),
        ),
        (
            "What's new this month",
            "Your trial ends in 3 days",
            "Password reset request",
            "Verify your email address",
            "Welcome to the team!",
        ),
        (
            (
                "We've launched [new templates|AI features|faster sync].",
                "Your free trial ends soon - upgrade to keep your files.",
                "Click the link to reset your password: https://example.com/reset",
            ),
            ("Questions? Visit our help center.",),
        ),
        {"bulk": True},
    ),
    (
        "course_promos",
        (
            ("Coursera", "no-reply@coursera.org"),
            ("Udemy", "udemy@email.udemy.com"),
            ("LeetCode", "no-reply@leetcode.com"),
            ("Educative", "hello@educative.io"),
        ),
        (
            "Crack the coding interview - 40% off",
            "Your certificate is ready",
            "New course: System Design Interview",
            "Daily challenge: Two Sum",
        ),
        (
            (
                "Prepare for technical interviews with [our new course|1,000+ practice problems].",
                "Congratulations on completing the course! Share your certificate with employers.",
            ),
            ("Offer ends {day}.", "Start learning today."),
        ),
        {"bulk": True},
    ),
    (
        "travel_bills",
        (
            ("Airbnb", "automated@airbnb.com"),
            ("United", "unitedairlines@united.com"),
            ("City Power", "billing@citypower.example.com"),
            ("Verizon", "verizonwireless@vzw.com"),
        ),
        (
            "Your reservation is confirmed",
            "Your bill is ready",
            "Check in for your flight",
            "Payment received - thank you",
        ),
        (
            (
                "Your [trip|stay|flight] on {day} is confirmed.",
                "Your bill of {money} is due {day}.",
            ),
            ("View itinerary in the app.", "Thanks for being a customer."),
        ),
        {},
    ),
    (
        "insurance_claims",
        (("Meridian Insurance", "claims@meridianins.com"), ("Lemonade", "help@lemonade.com")),
        ("Your claim has been approved", "Update on your claim #{n}{n}{n}", "Policy renewal offer"),
        (
            ("We've reviewed your claim.",),
            (
                "Good news: your claim was approved and payment is on the way.",
                "Unfortunately, your claim was declined under section {n} of your policy.",
            ),
        ),
        {},
    ),
)

for _spec in TABLE:
    register(_spec)
