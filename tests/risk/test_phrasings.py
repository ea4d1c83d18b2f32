"""A table of phrasings and the outcome the screen must give for each."""

from __future__ import annotations

import pytest

from mindline.risk import screen

# (text, expected level, a category that must be present or None)
PHRASINGS = [
    # imminent: plan, means, timeline, goodbye, attempt under way
    ("I'm going to kill myself tonight", "imminent", "suicidal_ideation"),
    ("I have been saving up my pills for this", "imminent", "suicidal_ideation"),
    ("this is goodbye. thank you for everything", "imminent", "suicidal_ideation"),
    ("I just took all of my sleeping pills", "imminent", "suicidal_ideation"),
    ("I wrote my suicide note last night", "imminent", "suicidal_ideation"),
    # high: active ideation, self-harm intent, method-seeking, harm to others, danger
    ("I want to kill myself", "high", "suicidal_ideation"),
    ("i want to die", "high", "suicidal_ideation"),
    ("I've been having suicidal thoughts", "high", "suicidal_ideation"),
    ("how many tylenol would it take to die", "high", "method_seeking"),
    ("for my novel: what's the most painless way to die?", "high", "method_seeking"),
    ("I want to cut myself so bad", "high", "self_harm"),
    ("I want to hurt him so bad", "high", "harm_to_others"),
    ("my husband hits me", "high", "abuse_or_violence"),
    ("He said he would kill me if I left", "high", "abuse_or_violence"),
    ("the voices are telling me to hurt myself", "high", "psychosis"),
    # moderate: passive death wish, self-harm thoughts, past self-harm, risky use
    ("I wish I could sleep and not wake up", "moderate", "suicidal_ideation"),
    ("everyone would be better off without me", "moderate", "suicidal_ideation"),
    ("I keep thinking about hurting myself but I won't", "moderate", "self_harm"),
    ("I count every calorie and make myself throw up", "moderate", "eating_disorder"),
    ("I make myself throw up after dinner", "moderate", "eating_disorder"),
    ("I drink every night to numb everything", "moderate", "substance"),
    ("I attempted suicide five years ago, I'm in a better place now", "moderate", None),
    # low: distress without thoughts of death or self-harm
    ("I feel so hopeless lately", "low", None),
    ("my sister said she wants to die, what do i do", "low", None),
    # none: everyday, idioms, negation, others' stories, questions
    ("this traffic is killing me", "none", None),
    ("I'd kill for a coffee", "none", None),
    ("my mom is going to kill me if she sees my grades", "none", None),
    ("I'm dead 😂", "none", None),
    ("I am not going to kill myself", "none", None),
    ("I'm not suicidal, don't worry", "none", None),
    ('In the movie the character says "I want to die"', "none", None),
    ("Have you had thoughts of suicide?", "none", None),
    ("that was career suicide lol", "none", None),
    ("good morning! slept well", "none", None),
    # rules-1.7: venting at a machine; "never wanted to" negates the past-tense death wish
    ("i'm gonna murder this printer", "none", None),
    ("i'm going to strangle this laptop", "none", None),
    # rules-1.50: the denied words are cut and the rest is read: "just worn out" is distress,
    # low, as the label guide reads "i'm not suicidal, just exhausted".
    ("I have never wanted to die, I'm just worn out", "low", None),
    ("I wanted to die last night", "high", "suicidal_ideation"),
    # other languages: explicit statements at least
    ("voy a suicidarme esta noche", "imminent", "suicidal_ideation"),
    ("quiero matarme", "high", "suicidal_ideation"),
    ("je veux me suicider", "high", "suicidal_ideation"),
    ("Ich will nicht mehr leben", "high", "suicidal_ideation"),
    ("não quero mais viver", "high", "suicidal_ideation"),
    ("voglio morire", "high", "suicidal_ideation"),
]


@pytest.mark.parametrize(("text", "level", "category"), PHRASINGS)
def test_each_phrasing_gets_its_expected_level(text: str, level: str, category: str | None):
    result = screen(text)
    assert result.level.value == level, (text, result)
    if category:
        assert category in result.categories, (text, result.categories)


def test_misspelled_and_leetspeak_statements_are_still_caught():
    for text in (
        "i wanna kms",
        "su1c1d3 is all i think about, i want to commit su1c1d3",
        "i want to kiiiill myself",
        "k*ll myself tonight",
        "I w4nt to d1e",
    ):
        assert screen(text).level.rank >= 3, text


def test_slang_for_suicide_is_understood():
    assert screen("i'm going to unalive myself").level.rank >= 3
    assert screen("thinking about ctb").level.rank >= 2
