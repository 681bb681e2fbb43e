"""The cue lexicons: pattern expansion, phrase matching, and the marker words they give."""

from __future__ import annotations

import random

import ahocorasick
import pytest

from applytrack_desktop.intel import cues
from applytrack_desktop.intel.features import normalize


@pytest.fixture(scope="module")
def index() -> ahocorasick.Automaton:
    return cues.build_index(normalize)


def found(text: str, index: ahocorasick.Automaton) -> set[str]:
    return cues.find_cues(normalize(text), index)


def test_expand_alternatives_and_optional_slots() -> None:
    assert sorted(cues.expand("not [be |]moving forward")) == [
        "not be moving forward",
        "not moving forward",
    ]
    assert sorted(cues.expand("[a|b] x [c|d]")) == ["a x c", "a x d", "b x c", "b x d"]
    assert cues.expand("plain phrase") == ["plain phrase"]


def test_cue_names_are_marker_safe() -> None:
    assert all(name.isalpha() and name.islower() for name in cues.LEXICON)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We have decided to move forward with other candidates.", "reject"),
        ("The position has now been filled.", "reject"),
        ("Unfortunately we will not be progressing your application", "reject"),
        ("Thank you for applying! We've received your application.", "applied"),
        ("Could you send me your availability for a 30-minute call?", "schedule"),
        ("Please complete the HackerRank coding challenge within 5 days", "assess"),
        ("We are pleased to offer you the role; your start date is June 1", "offer"),
        ("I came across your profile and wanted to reach out", "outreach"),
        ("Your lease renewal is ready for the tenant portal", "housing"),
        ("Your credit card application was approved", "finance"),
        ("Leider müssen wir Ihnen eine Absage erteilen", "reject"),
        ("Purtroppo abbiamo scelto altri candidati", "reject"),
        ("Helaas hebben we gekozen voor een andere kandidaat", "reject"),
        ("We are withdrawing our offer of employment", "reject"),
        ("Lamentamos comunicarte que hemos decidido continuar con otros candidatos", "reject"),
        ("Please submit your scorecard for the onsite by 5pm", "hiring"),
        ("The candidate asked to move the interview to Thursday", "hiring"),
        ("Jamie Garcia has listed you as a reference", "hiring"),
        ("I GOT THE OFFER!!! drinks on me", "peer"),
        ("ok so I had my final interview today, fingers crossed", "peer"),
        ("Ana Martin commented on your post", "social"),
        ("We help companies like yours cut costs; book a demo", "sales"),
        ("Your unemployment benefits claim: eligibility interview", "government"),
        ("You have been selected for second-round case interviews", "technical"),
        ("bin bei meiner Suche auf Ihr Profil gestoßen", "outreach"),
        ("We'd like to move you forward to the next stage", "advance"),
        ("Hooli viewed your application for Product Analyst", "status"),
        ("Your application was viewed by Hooli", "status"),
        ("Exclusive offer: 0% APR, offer ends Sunday", "commerce"),
        ("Could we interview you for our podcast about careers?", "study"),
        ("Take part in a 45-minute user research session, $50 gift card", "study"),
        ("Board games at my place Saturday, bring snacks", "personal"),
        ("Good luck with all the interviews by the way!", "personal"),
    ],
)
def test_phrases_find_their_cue(text: str, cue: str, index: ahocorasick.Automaton) -> None:
    assert cue in found(text, index)


def test_phrases_match_whole_words_in_order(index: ahocorasick.Automaton) -> None:
    assert "reject" not in found("forward moving not we are", index)
    assert "housing" not in found("please release the build", index)  # "lease" inside a word
    assert found("", index) == set()


def test_hiring_side_cue_leaves_candidate_mail_alone(index: ahocorasick.Automaton) -> None:
    # What an employer writes TO a candidate must not read as the reader doing the hiring.
    for text in (
        "You are scheduled to interview with our panel on Monday.",
        "Log in to the candidate portal to see your status.",
        "If you know anyone who might be interested, send them my way.",
        "Complete the task in your candidate account.",
    ):
        assert not found(text, index) & {"hiring", "peer", "assess"}, text


def test_alternatives_are_never_nested() -> None:
    # ``expand`` reads innermost brackets only: "[a|b [c|d]]" would silently match nonsense.
    for name, patterns in cues.LEXICON.items():
        for pattern in patterns:
            depth = 0
            for ch in pattern:
                depth += {"[": 1, "]": -1}.get(ch, 0)
                assert 0 <= depth <= 1, (name, pattern)


def test_moving_on_is_not_a_technical_step(index: ahocorasick.Automaton) -> None:
    # "The next stage" is as often a phone screen as a technical round: its own cue.
    assert "technical" not in found("We'd like to move you to the next stage", index)
    assert "technical" in found("The next stage is a system design interview", index)


def test_a_recruiters_good_luck_is_not_personal(index: ahocorasick.Automaton) -> None:
    assert "personal" not in found("Good luck with your interview on Tuesday!", index)


def test_no_phrase_leans_on_a_one_letter_word(index: ahocorasick.Automaton) -> None:
    # "I" is dropped by normalize: "I got the job" once read as "got the job", so a
    # recruiter's "once you've accepted the offer" and "we start on" were a friend's news.
    recruiter = found("Once you've accepted the offer, you start on Monday the 3rd", index)
    assert "peer" not in recruiter
    assert "peer" in found("They offered me the role! My new job starts soon", index)
    # ("I'm hiring" read as "hiring" made every hiring manager's notice an outreach.)
    assert "outreach" not in found("You are listed as the hiring manager on this job", index)
    for name in ("peer", "outreach", "hiring", "offer"):  # ("I'm sorry" is "sorry": a regret)
        for phrase in cues.LEXICON[name]:
            for expanded in cues.expand(phrase):
                if expanded.split()[0] in {"i", "a"}:
                    assert len(normalize(expanded).split()) >= 2, expanded


def test_a_phrase_holding_a_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cues.LEXICON, "bad", ("form 401k",))
    with pytest.raises(ValueError, match="number"):
        cues.build_index(normalize)


def test_the_automaton_finds_what_a_phrase_by_phrase_search_finds(
    index: ahocorasick.Automaton,
) -> None:
    # The oracle: every expanded phrase looked for as whole words, one by one. The texts are
    # made of the lexicon's own words (so phrases, overlapping ones and prefixes of longer
    # ones, do occur) and a few others.
    phrases: dict[str, set[str]] = {}
    for cue, patterns in cues.LEXICON.items():
        for pattern in patterns:
            for phrase in cues.expand(pattern):
                phrases.setdefault(normalize(phrase), set()).add(cue)
    vocabulary = sorted({w for p in phrases for w in p.split()} | {"xnum", "job", "the"})
    rng = random.Random(5)
    hits = 0
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 40))]
        start = rng.randrange(len(words) + 1)
        words[start:start] = rng.choice(list(phrases)).split()  # at least one phrase in most
        text = " ".join(words)
        expected = {c for p, names in phrases.items() if f" {p} " in f" {text} " for c in names}
        assert cues.find_cues(text, index) == expected, text
        hits += bool(expected)
    assert hits > 250


def test_a_bare_more_or_sucesso_is_no_rejection_close(index: ahocorasick.Automaton) -> None:
    # A job board's sales line and a bank's good wishes share one word with a "no".
    assert "reject" not in found("Premium members get 3x more matches the first week.", index)
    assert "future" not in found("Desejamos-lhe sucesso no seu negócio.", index)
    # The rejections they came from still read as such.
    assert "reject" in found("another candidate whose profile more closely matches the role", index)
    assert "future" in found("Desejamos muito sucesso na sua procura.", index)
