"""The recipe's MIME rendering: every draft becomes a message the email package can write."""

from __future__ import annotations

from email import message_from_string, policy

from tests.models.recipe import import_recipe

mime = import_recipe("mime")
kit = import_recipe("kit")
stories = import_recipe("stories")


def test_a_name_with_accents_makes_an_ascii_sender_address() -> None:
    # A family that writes f"{name.lower()}@gmail.com" for 'Jürgen' crashed the story mailbox.
    ctx = stories._ctx("accents", stories.vocab.COMPANIES[0], "Data Analyst", stories.START)
    draft = kit.Draft(
        subject="¿Sigue disponible?",
        body="Hola, me interesa tu anuncio.",
        from_name="Jürgen Kim",
        from_addr="jürgen93@gmail.com",
        form="plain",
    )
    parsed = message_from_string(mime.render(ctx, draft), policy=policy.default)
    sender = parsed["From"].addresses[0]
    assert sender.addr_spec == "jurgen93@gmail.com"
    assert sender.display_name == "Jürgen Kim"


def test_an_ascii_address_is_kept_as_written() -> None:
    assert mime._mailbox_local_part("o'brien.7@example.org") == "o'brien.7@example.org"
    assert mime._mailbox_local_part("zoë@example.org") == "zoe@example.org"


def test_a_link_leaves_the_sentence_punctuation_outside() -> None:
    html = mime._html_body("Read https://a.example/x?y=1&z=2. Or (https://b.example/p), then")
    assert '<a href="https://a.example/x?y=1&amp;z=2">https://a.example/x?y=1&amp;z=2</a>.' in html
    assert '(<a href="https://b.example/p">https://b.example/p</a>), then' in html
