"""Which of the screened languages a message is written in, when it says so clearly.

A patient's locale is set once, in the profile; a bilingual patient may write in another
language on a bad night ("ich habe die tabletten schon genommen"). The English classifiers
cannot read German, so the message would read `none` with nothing to say why. `guess` names
the language only where the message's own function words agree: at least two words of it and
more than twice as many as of any other, so a Spanish word in an English message does not
switch it.
The lists hold short words that are common in chat and rare in the other five languages.
"""

from __future__ import annotations

import re


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that are frequent in one language and not words (or rare) in the other five. Words
# two languages share ("no", "me", "a", "de", "die", "come", "con", "per", "sin") are left out.
_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and as you are was were is it's its i'm im i've ive dont don't cant can't wont won't "
        "didnt didn't this that with have has had just what when will would should could my "
        "myself your they them their there here be been being want feel feeling anymore "
        "anyone nobody everyone everything nothing why how about from of to at on for not "
        "but or so if all out up get got going gonna know think really like tonight today "
        "tomorrow again never always because over after before"
    ),
    "es": _words(
        "que el los las y en es por para una mi mis yo pero muy esto esta estoy tengo quiero "
        "ya más nada todo todos porque cuando hay soy puedo nunca algo veces hoy mañana noche "
        "ahora así también donde quien creo siento vida estar ser hacer del al lo le les nos "
        "te tu su sus él ella eso aquí bien mal sé voy hace ni desde hasta sola solo "
        "mejor dormir despertar morir gracias ayuda"
    ),
    "pt": _words(
        "que o os as e em é para uma um meu minha eu mas muito isso isto estou tenho quero já "
        "mais nada tudo porque quando há sou posso nunca algo vezes hoje amanhã noite agora "
        "também onde quem acho sinto vida estar ser fazer do da dos das ao pelo pela não você "
        "ele ela aqui bem mal vou faz nem desde até sozinha sozinho melhor dormir acordar "
        "morrer obrigado obrigada ajuda tá tô né"
    ),
    "fr": _words(
        "je j'ai suis et le les des est une un mon ma mes mais très ça cela c'est ce cette "
        "pas plus rien tout tous parce quand il peux jamais quelque fois aujourd'hui "
        "demain nuit maintenant aussi où qui crois sens vie être faire du au aux ne n'est "
        "vous tu elle ici bien mal vais fait ni depuis jusqu'à seule seul mieux dormir "
        "réveiller mourir merci aide veux j'en m'en qu'il"
    ),
    "de": _words(
        "ich und der die das den dem ist bin nicht ein eine einen mein meine mir mich aber "
        "sehr es auch nur noch schon mehr nichts alles weil wenn wann gibt kann nie etwas mal "
        "heute morgen nacht jetzt wo wer glaube fühle leben sein machen zu zum zur von mit "
        "auf für du er sie hier gut schlecht werde habe hat wird will möchte bis seit allein "
        "besser schlafen aufwachen sterben danke hilfe keine kein einfach"
    ),
    "it": _words(
        "che il gli le e è sono una un mio mia miei io ma molto questo questa sto ho voglio "
        "già più niente tutto tutti perché quando c'è posso mai qualcosa volte oggi domani "
        "notte adesso anche dove chi credo sento vita essere fare del della dei al alla non "
        "tu lui lei qui bene male vado fa né fino sola solo meglio dormire svegliarmi morire "
        "grazie aiuto ci mi ti si da"
    ),
}
# Words in one list that are common words of another language too ("die" is a German
# article, "was" German for "what", "non" French for "no") count for neither.
_HOMOGRAPHS = _words(
    "die was in im so on por o um ne la lo te nos su non si ce plus hier gut hat dos"
)
# Words two lists share count for neither either: a tie is no evidence.
_SHARED = _HOMOGRAPHS | {
    w
    for code, words in _WORDS.items()
    for w in words
    if any(w in other for c, other in _WORDS.items() if c != code)
}
# Each word left names one language.
_LANGUAGE_OF = {w: code for code, words in _WORDS.items() for w in words if w not in _SHARED}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def counts(text: str) -> dict[str, int]:
    """How many of the message's words are distinctive function words of each language."""
    found = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        code = _LANGUAGE_OF.get(token)
        if code is not None:
            found[code] += 1
    return found


def guess(text: str) -> str | None:
    """The language the message is clearly written in, or None where it does not say."""
    ranked = sorted(counts(text).items(), key=lambda kv: -kv[1])
    (best, n), (_, second) = ranked[0], ranked[1]
    if n >= 2 and n >= 2 * second + 1:
        return best
    return None
