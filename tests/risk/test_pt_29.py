"""rules-1.19 (pt): plain imminent statements, method questions and the other families in
Portuguese chat words (Brazil and Portugal).

A helper wrote 161 probe messages in Portuguese from the label guide alone, 101 positives and
60 everyday twins in ten families. On rules-1.18 (with the 1.19 negation change) they read
48/101 positives at level and 8/60 twins moderate or above: a day set ("ja marquei a data.
sexta feira") 2/10, goodbyes ("tchau. de verdade. cuidem da minha cachorra mel") 3/10, means
at hand or standing at the place ("a faca ta aqui do meu lado, so falta coragem", "to na ponte
agora") 3/10, method questions in disguise 6/10, and plain self-harm, harm to others, danger,
passive wishes and burden about half. The rules `pt.r19.*` were written from that round (for
the shape of the statement, with travel, weddings, kitchens, commutes, views, pets on a weekend
away, games and third persons kept out); on the same file they read 101/101 positives at level
and 6/60 twins over (two pt rules narrowed: `pt.passive2` no longer reads "a personagem ... quer
sumir pra sempre", `pt.sh` no longer reads "automutilacao em adolescentes"; the other six twins
are read by the classifiers or by older rules, untouched). The other languages' probe files read
as before (twins over: de 4/81, es 8/60, fr 9/60, it 5/60).

A second round, written blind by another helper in new wording (dialects, other situations,
second and third ways of saying things; 102 positives, 60 twins), read 33/102 on rules-1.18 and
35/102 with the round-1 rules, twins over 9/60: the phrase rules had not carried over (date_set
0/10, danger 1/11, self_harm 2/10, goodbye 2/10). The round-2 rules read each family by
vocabulary that meets in one message (a time word with a decision or an end; a means gathered
with here/now; a drug, poison or place with a lethal word and a question; an accident welcomed;
a threat, a blow, fear) with everyday words kept out. On round 2 they read 102/102 positives at
level, twins over 9/60 (none through a pt.r19 rule; all nine are read by older rules or the
classifiers, untouched); on round 1 101/101 and 6/60. `pt.r19.danger.control` now reads control
alone (phone, card, documents, not allowed out) at moderate, as the label guide has it; threats,
blows, fear and being followed are `pt.r19.danger.threat` (high), and the round-1 row "ele pega
meu celular e meu cartao, nao me deixa sair sem ele" is kept at moderate. No twin of any
language's round-1 or round-2 file is read by a pt.r19 rule.

The positives (pt_29.tsv) are the rounds' positives that read at level through a new rule; the twins
are its everyday rows on which no new rule fires and which read below moderate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("pt_29.tsv")


def _new_rules(locale: str, text: str) -> list[str]:
    return rules_reading(text, "pt.r19.", locale)


test_positive_reads_at_level_through_a_new_rule, test_no_new_rule_fires_on_a_twin = probe_row_tests(
    ROWS, "r19"
)


# Everyday senses of the new rules' words, written beside the rules (not probe rows).
@pytest.mark.parametrize(
    "text",
    [
        "ja marquei a data da festa: sabado",
        "ja marquei a data!",
        "escolhi o dia pra ir embora de portugal",
        "sexta acabo com tudo o que falta do projeto",
        "escrevi as cartas pra todos os convidados do casamento",
        "dei meu tenis pro meu primo, nao vou precisar mais dele na faculdade",
        "vim me despedir, amanha cedo tenho voo",
        "adeus a todos, ate amanha",
        "tchau de verdade gente, beijos",
        "adeus de verdade ao meu carro velho",
        "nao vais voltar a me ver com esse cabelo",
        "deixei as contas pagas pra depois",
        "cuida do meu gato, vou viajar",
        "to na ponte agora, chego em 10 min",
        "estou no terraco agora",
        "to na linha do trem esperando o comboio",
        "a faca ta aqui do meu lado, to cortando cebola",
        "tenho os remedios aqui na minha frente pra tomar depois do jantar",
        "a arma ta aqui do meu lado, sou policial",
        "qual o predio mais alto de sao paulo?",
        "qual a ponte mais alta do mundo? pra um trabalho",
        "onde fica um lugar onde ninguem me encontre pra estudar?",
        "tanto faz morrer de velho ou de doenca",
        "nao quero continuar vivendo aqui nesse bairro",
        "a equipa ficava melhor se eu nao estivesse la",
        "o projeto seria melhor sem mim, sou pessimo em design",
        "nao aguento mais esse transito",
        "cortei o braco com a faca sem querer na cozinha",
        "a lamina ta no banheiro, so penso em usar pra fazer a barba",
        "dei murros na parede ate abrir a porta emperrada",
        "ele fica agressivo quando perde no jogo",
        "meu gato fica agressivo quando eu chego",
        "um carro ta me seguindo com farol alto",
        "um cara ta me seguindo no insta",
        "meu irmao ta me batendo no fifa kkk",
        "to indo pra la com o taco de sinuca",
        "estou esperando ela pra me vingar no uno",
        "apetece-me morrer de rir com isto",
        "minha amiga cortou o braco com a gilete ontem",
        # round 2
        "amanha tem jogo, ja ta tudo pensado, ate o lugar no estadio",
        "sexta acaba",
        "dei a minha bicicleta ao meu primo e os livros a minha irma",
        "peguei os remedios na farmacia, tao aqui comigo",
        "to no quarto com os remedios que peguei na farmacia",
        "se um carro me atropelasse tava bom pra pegar o seguro",
        "levei um soco de novo no treino de boxe",
        "se vc ler isso, me liga, te amo",
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(text: str) -> None:
    assert _new_rules("pt", text) == []
    assert screen(text, "pt").level.rank < RiskLevel.MODERATE.rank


# Someone else's words and the writer's denial: no new rule reads them as the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "eu nao tenho a faca aqui comigo",
        "nunca marquei o dia pra acabar com tudo",
        "nao escolhi a data: sabado",
        "meu primo ta bebendo todo dia e falou q tanto faz morrer",
        "ela acha que os filhos ficavam melhor se ela nao estivesse ca",
        # round 2: everyday senses no new rule reads (the classifiers may read them, untouched)
        "quando lerem eu ja fui dormir",
        "quanto tempo eu duro sem comer?",
        "me cortei no banheiro com a gilete de depilar",
    ],
)
def test_no_new_rule_reads_a_denial_or_someone_else(text: str) -> None:
    assert _new_rules("pt", text) == []
