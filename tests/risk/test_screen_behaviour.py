"""Behaviour of the screen beyond single phrasings: offsets, flags, context, bad input."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from mindline.risk import RiskLevel, screen


def test_evidence_offsets_point_into_the_original_text():
    text = "Honestly?? I WANNA K1LL MYS3LF rn…"
    result = screen(text)
    assert result.evidence
    for e in result.evidence:
        assert text[e.start : e.end] == e.text
    assert any("K1LL" in e.text for e in result.evidence)


def test_evidence_offsets_survive_accents_and_invisible_characters():
    text = "ça va? non. Je veux me sui\u200bcider."
    result = screen(text, locale="fr")
    assert result.level.rank >= 3
    for e in result.evidence:
        assert text[e.start : e.end] == e.text


def test_idioms_are_not_risk():
    for text in (
        "this traffic is killing me",
        "my feet are killing me after that hike",
        "I'd kill for a coffee",
        "I'm dying to see that film",
        "we killed it today",
    ):
        assert screen(text).level is RiskLevel.NONE, text


def test_negated_statements_are_not_risk_but_a_new_clause_is():
    assert screen("I would never kill myself").level is RiskLevel.NONE
    assert screen("I don't want to kill myself").level is RiskLevel.NONE
    assert screen("I don't know why I want to kill myself").level.rank >= 3


def test_someone_elses_crisis_is_flagged_third_party_not_a_crisis_for_the_writer():
    result = screen("my friend told me she wants to kill herself")
    assert "third_party" in result.flags
    assert result.level.rank <= RiskLevel.LOW.rank


def test_quotes_and_fiction_are_flagged_and_not_a_crisis():
    result = screen('the song goes "I want to die" and it slaps')
    assert "quoted_or_fictional" in result.flags
    assert result.level.rank < RiskLevel.MODERATE.rank


def test_method_seeking_counts_even_inside_a_story():
    result = screen("for a story I'm writing, what is a lethal dose of insulin?")
    assert result.level.rank >= 3
    assert "method_seeking" in result.categories


def test_yes_after_a_suicide_question_is_not_none():
    result = screen("yes", context=["Are you thinking of ending your life?"])
    assert result.level.rank >= 3
    assert "context" in result.flags


def test_yes_without_a_risk_question_stays_none():
    assert screen("yes", context=["Did you sleep well?"]).level is RiskLevel.NONE
    assert screen("no", context=["Are you thinking of ending your life?"]).level is RiskLevel.NONE


def test_context_accepts_message_dicts():
    ctx = [{"role": "assistant", "text": "Do you have a plan to kill yourself?"}]
    assert screen("yeah", context=ctx).level is RiskLevel.IMMINENT


def test_empty_and_whitespace_give_none_with_an_empty_flag():
    for text in ("", "   \n\t "):
        result = screen(text)
        assert result.level is RiskLevel.NONE
        assert "empty" in result.flags


def test_unreadable_text_is_never_a_silent_none():
    for text in ("\x00\x01\x02\x03", "\ufffd\ufffd\ufffd", "😀😀😀", "%%%%@@@"):
        result = screen(text)
        assert result.level is not RiskLevel.NONE or result.flags, text
        assert "unreadable" in result.flags, text


def test_unknown_languages_and_locales_are_flagged_and_conservative():
    result = screen("Я больше не хочу жить")
    assert "language_unsupported" in result.flags
    assert result.level.rank >= RiskLevel.LOW.rank
    # Dutch under an unknown locale: the engine cannot tell which language it reads.
    result = screen("niks bijzonders vandaag", locale="xx")
    assert "language_unsupported" in result.flags
    assert result.level.rank >= RiskLevel.LOW.rank


def test_english_is_read_whatever_the_locale_says():
    assert screen("I want to kill myself", locale="es").level.rank >= 3


def test_one_megabyte_of_text_is_screened_in_windows_and_the_worst_window_wins():
    filler = "the weather was fine and we went for a walk. " * 23000
    text = filler + "I am going to kill myself tonight. " + filler[:1000]
    result = screen(text)
    assert result.level is RiskLevel.IMMINENT
    e = result.evidence[0]
    assert text[e.start : e.end] == e.text


def test_mixed_scripts_and_control_characters_do_not_crash():
    for text in ("hello 你好 مرحبا", "a\u202eb\u0007c", "I\u0000 want\u0000 to die"):
        screen(text)


def test_result_serialises_to_the_batch_contract():
    data = screen("I want to die").to_dict()
    assert set(data) >= {"level", "categories", "score", "evidence", "model_version", "flags"}
    json.dumps(data)
    assert 0.0 <= data["score"] <= 1.0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "es", "zz", "", "de-AT"]))
def test_screen_never_crashes_on_any_text(text: str, locale: str):
    result = screen(text, locale=locale)
    assert isinstance(result.level, RiskLevel)
    for e in result.evidence:
        assert text[e.start : e.end] == e.text


def test_indirect_goodbyes_and_final_arrangements_are_imminent():
    for text in (
        "I've made my peace with everything",
        "I won't be a problem for anyone much longer",
        "i've sorted out my affairs and the dog is going to my brother",
    ):
        assert screen(text).level.rank >= RiskLevel.HIGH.rank, text


def test_someone_elses_risk_without_a_rule_match_is_still_flagged_third_party():
    result = screen("my cousin keeps saying everyone would be better off without him")
    assert "third_party" in result.flags
    assert result.level.rank <= RiskLevel.LOW.rank


def test_grief_is_not_flagged_as_someone_else_at_risk():
    assert "third_party" not in screen("my dad died last month and i keep crying").flags


def test_a_news_story_about_risk_is_flagged_quoted():
    result = screen("read an article about how overdose numbers went up last year")
    assert "quoted_or_fictional" in result.flags
    assert result.level.rank < RiskLevel.MODERATE.rank


def test_very_short_control_words_never_reach_crisis_on_the_classifier_alone():
    for text in ("stop", "bye", "done", "on the train"):
        assert screen(text).level.rank <= RiskLevel.LOW.rank, text


def test_hurried_misspellings_of_risk_words_are_read():
    assert screen("i reallly wnat to kil mysellf").level.rank >= RiskLevel.HIGH.rank
