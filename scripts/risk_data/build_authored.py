"""Build src/mindline/risk/data/authored.jsonl (deterministic).

Hand-written seeds live in authored_*.txt (see dsl.py for the format). This script adds
templated variants for volume: combinatorial families written by the team (everyday chat,
distress, idioms, gaming, benign twins, passive/active ideation, plans, goodbyes) and
chat-style rewrites of seed lines (dropped apostrophes, typos, fillers, emoji).
Run:  .venv/bin/python scripts/risk_data/build_authored.py
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import check, parse  # noqa: E402

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
OUT = ROOT / "src/mindline/risk/data/authored.jsonl"
# Provenance of each row (seed, templated family, chat rewrite of a seed), so training can
# down-weight templates and keep a seed and its rewrites on one side of a split.
GROUPS = ROOT / "src/mindline/risk/data/authored_groups.json"
SEED = 20240611
# Seed files added after the first build, in this order: their rows go AFTER every template
# and rewrite and get no rewrites of their own, so earlier row ids (positional) and the seeded
# rewrite sample stay as they were. Add new seed files here, at the end.
APPENDED = ("authored_en_8.txt", "authored_en_8b.txt", "authored_en_9.txt",
            "staged/authored_en_10a.txt", "staged/authored_en_10b.txt", "staged/authored_en_10c.txt",
            "staged/authored_en_10d.txt", "staged/authored_es_pt_10.txt", "staged/authored_fr_it_de_10.txt",
            "staged/authored_en_11a.txt", "staged/authored_en_11b.txt", "staged/authored_en_11c.txt",
            "staged/authored_intl_11.txt", "staged/authored_en_11e.txt", "staged/authored_en_11f.txt",
            "staged/authored_en_11g.txt", "staged/authored_probe_intl_19.txt",
            "staged/authored_intl_11b.txt", "staged/authored_probe_r4_20.txt",
            "staged/authored_intl_20.txt", "staged/authored_en_21.txt")
# staged/ is not globbed: its files train only when listed here, under their staged/ path
# (a row's group, hence its side of the validation split, is "path:line"). All but the
# _12 files train (authored_intl_11b.txt and the two probe files since rules-1.20;
# authored_en_21.txt since clf-2, the English model only: train.ENGLISH_MODEL_ONLY; the rest
# since clf/emb of 2026-12-05) (staged/README.md).


def rec(text, level, cats=(), tags=(), flags=(), locale="en", context=None):
    r = {"text": text, "level": level, "categories": list(cats), "locale": locale,
         "tags": list(dict.fromkeys(tags)), "flags": list(flags)}
    if context:
        r["context"] = list(context)
    return r


def sample_combos(rng, lists, n, fmt):
    """n distinct formatted combos from the cartesian product of lists."""
    seen, out, tries = set(), [], 0
    while len(out) < n and tries < n * 50:
        tries += 1
        parts = [rng.choice(lst) for lst in lists]
        t = fmt(*parts)
        t = re.sub(r"\s+", " ", t).strip()
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


# ---------------------------------------------------------------- families
def everyday(rng):
    did = ["went for a walk", "made soup", "called my brother", "cleaned the kitchen",
           "went to the gym", "did some gardening", "read a few chapters", "baked bread",
           "went to the library", "fixed my bike", "took the dog out", "met a friend for lunch",
           "did the food shop", "painted for an hour", "went to the cinema", "had a long bath",
           "cooked a curry", "played football", "went to my niece's recital", "finished my tax return",
           "sorted out my wardrobe", "tried a new cafe", "went to the dentist", "hung out with my cousins",
           "went bowling", "did a parkrun", "watered the plants", "wrote in my journal"]
    when = ["this morning", "after work", "today", "last night", "at lunch", "on my day off",
            "earlier", "yesterday", "this afternoon", "before dinner"]
    feel = ["it was nice", "felt good", "not bad", "pretty relaxing", "", "", "small win",
            "really enjoyed it", "was ok i guess", "glad i did", "🙂", "😊", "lol", "would recommend"]
    out = [rec(t, "none", tags=["everyday"] + (["emoji"] if any(e in t for e in "🙂😊") else []))
           for t in sample_combos(rng, [did, when, feel], 220, lambda a, b, c: (f"{a} {b} {c}" if c in ("🙂", "😊", "lol", "") else f"{a} {b}, {c}").strip())]
    out = out[:220]
    ex = ["breathing exercise", "body scan", "grounding exercise", "thought record", "gratitude list",
          "worry time exercise", "sleep diary", "muscle relaxation", "values exercise", "mood check"]
    q = ["can we do the {x} now?", "remind me how the {x} goes", "is the {x} better in the morning or evening",
         "i did the {x} {w}", "the {x} was helpful {w}", "can i skip the {x} {w}",
         "where do i find the {x} in the app", "how long is the {x}", "i keep forgetting to do the {x}",
         "could you walk me through the {x} again"]
    w = ["today", "yesterday", "tonight", "this week", "after lunch"]
    for t in sample_combos(rng, [q, ex, w], 70, lambda a, b, c: a.format(x=b, w=c)):
        out.append(rec(t, "none", tags=["everyday", "question_about_exercise"]))
    greet = ["hi", "hey", "hello", "morning", "evening", "hiya", "heyy"]
    rest = ["just checking in", "quick update: all good", "how's it going", "doing alright today",
            "back again", "it's been a decent day", "not much news", "feeling ok", "nothing dramatic today",
            "had a chill day"]
    for t in sample_combos(rng, [greet, rest], 60, lambda a, b: f"{a}, {b}"):
        out.append(rec(t, "none", tags=["everyday", "greeting"]))
    return out


def distress(rng):
    out = []
    stress = ["work", "my exams", "money", "my landlord", "the move", "my thesis", "my manager",
              "the divorce", "my mum's illness", "the court case", "my debts", "job hunting",
              "the new baby", "my visa", "uni", "the restructure at work", "my dissertation"]
    react = ["is stressing me out so much", "is making me so anxious", "is all i can think about",
             "is keeping me up at night", "has me in tears every day", "is wearing me down",
             "makes me feel sick with worry", "is too much right now", "is making me really low"]
    for t in sample_combos(rng, [stress, react], 80, lambda a, b: f"{a} {b}"):
        out.append(rec(t, "low", tags=["distress"]))
    feel = ["sad", "lonely", "anxious", "empty", "drained", "hopeless", "useless", "on edge",
            "flat", "tearful", "worthless", "stuck", "overwhelmed", "ashamed"]
    pre = ["i feel so", "i've been feeling", "honestly just", "today i'm", "i'm really", "feeling",
           "i can't stop feeling", "i just feel"]
    post = ["", "lately", "again", "all the time", "and i don't know why", "today", "this week",
            "😔", "😞", "since the weekend"]
    for t in sample_combos(rng, [pre, feel, post], 90, lambda a, b, c: f"{a} {b} {c}"):
        tags = ["distress"] + (["emoji"] if any(e in t for e in "😔😞") else [])
        if "hopeless" in t:
            tags.append("hopelessness")
        out.append(rec(t, "low", tags=tags))
    neg = ["i'm not suicidal", "i'm not going to do anything stupid", "i'm not thinking of hurting myself",
           "don't worry i'm safe", "no thoughts of ending it", "i'm not in danger"]
    why = ["just exhausted", "just really sad today", "just so fed up", "i just need to rant",
           "just tired of everything going wrong", "i'm just burnt out", "only stressed about work"]
    for t in sample_combos(rng, [neg, why], 25, lambda a, b: f"{a}, {b}"):
        out.append(rec(t, "low", tags=["distress", "negation"]))
    return out


def idioms(rng):
    out = []
    thing = ["this traffic", "this queue", "my commute", "this heat", "this humidity", "leg day",
             "my new boots", "this spreadsheet", "the wait", "this hangover", "my to-do list",
             "this cliffhanger", "the suspense", "this cold", "my neck", "this meeting"]
    for t in sample_combos(rng, [thing, ["is killing me", "is literally killing me",
                                          "is killing me lol", "is slowly killing me 😩", "is gonna be the death of me"]], 40,
                           lambda a, b: f"{a} {b}".replace("my new boots is", "my new boots are")):
        out.append(rec(t, "none", tags=["hard_negative", "idiom"] + (["emoji"] if "😩" in t else [])))
    food = ["a coffee", "a pizza", "a burger", "a cold beer", "some chips", "a cup of tea", "a curry",
            "a nap", "a holiday", "a bacon sandwich", "some sleep", "chocolate"]
    fr = ["i'd kill for {f} right now", "i could murder {f}", "i would literally die for {f}",
          "i'm dying for {f}", "honestly i'd kill someone for {f} lol"]
    for t in sample_combos(rng, [fr, food], 35, lambda a, b: a.format(f=b)):
        out.append(rec(t, "none", tags=["hard_negative", "idiom"]))
    ev = ["the interview", "my driving test", "the gym", "karaoke", "the presentation", "my exam",
          "the pub quiz", "the audition", "the match", "the pitch meeting", "my recital"]
    for t in sample_combos(rng, [["i killed it at", "totally killed it at", "smashed it at",
                                   "absolutely slayed at", "we killed it at"], ev], 30,
                           lambda a, b: f"{a} {b}"):
        out.append(rec(t, "none", tags=["hard_negative", "idiom"]))
    dead = ["i'm dead tired", "dead on my feet", "i'm dying to see {x}", "dying to try {x}",
            "{x} was to die for", "i nearly died when i saw {x}", "{x} is to die for"]
    xs = ["that new film", "the new season", "the cake", "that restaurant", "the concert", "her new haircut",
          "the sunset", "the dessert menu", "the new album"]
    for t in sample_combos(rng, [dead, xs, ["", " 😂", " lol", " tbh"]], 35, lambda a, b, c: a.format(x=b) + c):
        out.append(rec(t, "none", tags=["hard_negative", "idiom"] + (["emoji"] if "😂" in t else [])))
    who = ["my mum", "my dad", "my boss", "my coach", "my wife", "my husband", "my teacher", "my flatmate"]
    why = ["when she sees the dent in the car", "when he finds out i forgot", "if i'm late again",
           "when they see my phone bill", "for breaking the vase", "if i miss the deadline"]
    for t in sample_combos(rng, [who, ["is going to kill me", "will murder me", "is gonna kill me"], why],
                           25, lambda a, b, c: f"{a} {b} {c}"):
        out.append(rec(t, "none", tags=["hard_negative", "idiom"]))
    return out


def gaming(rng):
    out = []
    games = ["that raid", "the dungeon", "ranked", "the final boss fight", "battle royale", "the new dlc",
             "the speedrun", "hardcore mode", "the boss rush", "co-op with my brother"]
    ev = ["i got killed {n} times in {g}", "died {n} times in {g} lol", "we wiped {n} times on {g}",
          "got {n} kills in {g}", "my squad got eliminated {n} times in {g}", "i respawned {n} times in {g}"]
    n = ["3", "5", "like 20", "ten", "a hundred", "twice", "7"]
    for t in sample_combos(rng, [ev, n, games], 45, lambda a, b, c: a.format(n=b, g=c)):
        out.append(rec(t, "none", tags=["hard_negative", "gaming"]))
    return out


def benign_twins(rng):
    out = []
    med = ["ibuprofen", "paracetamol", "antihistamines", "aspirin", "my allergy tablets", "cough syrup"]
    ail = ["a headache", "period pain", "a toothache", "hay fever", "a sore back", "a cold", "a migraine"]
    for t in sample_combos(rng, [["how many {m} can i take for {a}", "is it ok to take {m} for {a}",
                                   "can i take {m} twice in one day for {a}",
                                   "how often can i take {m} for {a}"], med, ail], 30,
                           lambda q, m, a: q.format(m=m, a=a)):
        out.append(rec(t, "none", tags=["hard_negative", "benign_twin"]))
    place = ["bridge", "viewpoint", "rooftop bar", "tower", "hill", "cliff path", "lighthouse", "pier"]
    why = ["for sunset photos", "for a date", "for my instagram", "to take my parents",
           "for a picnic", "for a run", "near the city centre"]
    for t in sample_combos(rng, [["which {p} has the best view {w}", "what's the nicest {p} {w}",
                                   "any recommendations for a {p} {w}?"], place, why], 25,
                           lambda q, p, w: q.format(p=p, w=w)):
        out.append(rec(t, "none", tags=["hard_negative", "benign_twin"]))
    return out


def passive(rng):
    out = []
    pre = ["", "honestly ", "tbh ", "some days ", "lately ", "idk, ", "most nights ", "ngl ", "sometimes ",
           "i'll be honest, ", "every morning "]
    core = ["i wish i could just not wake up", "i wish i didn't exist", "i don't care if i die",
            "i'd be fine with never waking up", "i want to disappear forever",
            "i wish i could just fade away", "it would be a relief if i just didn't wake up",
            "i wish something would just end it for me", "i don't want to be alive but i won't do anything",
            "i'm tired of existing", "what's the point of being alive",
            "i think everyone would be better off without me", "i feel like such a burden i should just go away",
            "i wouldn't mind dying", "i keep wishing i was never born"]
    post = ["", "", "...", " tbh", " 😞", " and it scares me", " but i'm not going to do anything",
            " and i'm so tired"]
    for t in sample_combos(rng, [pre, core, post], 120,
                           lambda a, b, c: f"{a}{b}" + ("" if ("won't" in b and "do anything" in c) else c)):
        tags = ["passive"] if ("wish" in t or "care" in t or "mind" in t or "relief" in t) else ["indirect"]
        if any(s in t for s in ("tbh", "ngl", "idk")):
            tags.append("slang")
        if "😞" in t:
            tags.append("emoji")
        out.append(rec(t, "moderate", ["suicidal_ideation"], tags))
    sh = ["i keep thinking about hurting myself but i won't", "the urge to cut came back today but i didn't act on it",
          "i had self harm thoughts again", "i thought about scratching until it bleeds but i distracted myself",
          "i want to hurt myself sometimes but i don't", "self harm thoughts are creeping back"]
    shp = ["", "honestly ", "today ", "after the fight ", "tonight ", "ugh "]
    for t in sample_combos(rng, [shp, sh], 30, lambda a, b: f"{a}{b}"):
        out.append(rec(t, "moderate", ["self_harm"], ["self_harm"]))
    sub = ["i've had {n} drinks tonight and i'm still going", "drank {n} beers on my own again",
           "had {n} glasses of wine before bed", "took {n} extra of my pills to sleep"]
    for t in sample_combos(rng, [sub, ["six", "8", "ten", "a lot of", "way too many", "12"],
                                  ["", " lol", " again", " and i feel awful"]], 25, lambda a, b, c: a.format(n=b) + c):
        out.append(rec(t, "moderate", ["substance"], ["substance"]))
    ed = ["only letting myself have {f} today", "skipped {m} again on purpose, feeling light",
          "ate {f} and then made myself throw it all up",
          "i'm allowing myself {f} today and nothing else"]
    for t in sample_combos(rng, [ed, ["a black coffee", "half a banana", "some crackers", "a yoghurt",
                                      "water and gum"], ["breakfast and lunch", "dinner", "every meal"]], 20,
                           lambda a, b, c: a.format(f=b, m=c)):
        out.append(rec(t, "moderate", ["eating_disorder"], ["eating_disorder"]))
    return out


def active(rng):
    out = []
    pre = ["", "honestly ", "i'm scared because ", "i need to tell someone, ", "ngl ", "right now ", "lately ",
           "i can't lie anymore, "]
    core = ["i want to kill myself", "i want to end my life", "i'm thinking about suicide",
            "i want to die", "i keep planning how to end it", "i want to end it all",
            "i've been thinking of ways to kill myself", "i'm going to end it soon",
            "i don't want to be alive anymore and i'm thinking of doing something about it"]
    for t in sample_combos(rng, [pre, core], 60, lambda a, b: f"{a}{b}"):
        out.append(rec(t, "high", ["suicidal_ideation"], ["active"] + (["slang"] if "ngl" in t else [])))
    return out


def imminent(rng):
    out = []
    plan = ["i'm going to kill myself", "i'm ending my life", "i'm going to take all my pills",
            "i'm going to end it all", "i'll end my life", "i'm going to jump"]
    when = ["tonight", "after everyone's asleep", "this weekend", "on sunday", "when i get home",
            "in an hour", "tomorrow morning", "once my flatmate leaves", "after my shift", "at midnight"]
    for t in sample_combos(rng, [plan, when], 45, lambda a, b: f"{a} {b}"):
        cats = ["suicidal_ideation"] + (["substance"] if "pills" in t else [])
        out.append(rec(t, "imminent", cats, ["plan", "timeline"]))
    thanks = ["thank you for everything", "thanks for listening all this time", "you've been kind to me",
              "i appreciate everything you tried to do", "thank you for trying"]
    bye = ["this is my last message", "goodbye", "i won't be back", "i'm sorry it ended like this",
           "this is the end for me", "i'm saying goodbye now"]
    for t in sample_combos(rng, [thanks, bye], 25, lambda a, b: f"{a}. {b}"):
        out.append(rec(t, "imminent", ["suicidal_ideation"], ["goodbye"]))
    return out


# ---------------------------------------------------------------- chat-style rewrites
APOS = {"i'm": "im", "don't": "dont", "can't": "cant", "won't": "wont", "i've": "ive", "i'd": "id",
        "it's": "its", "didn't": "didnt", "i'll": "ill", "that's": "thats", "what's": "whats",
        "doesn't": "doesnt", "isn't": "isnt", "wouldn't": "wouldnt"}
SUBS = {"you": "u", "your": "ur", "really": "rly", "because": "bc", "tonight": "tonite",
        "right now": "rn", "to be honest": "tbh", "going to": "gonna", "want to": "wanna",
        "anymore": "any more", "myself": "my self", "though": "tho", "please": "pls"}


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def chatify(text, rng, level, tags=()):
    t = text
    for a, b in APOS.items():
        t = re.sub(rf"\b{re.escape(a)}\b", b, t)
    for a, b in SUBS.items():
        if rng.random() < 0.6:
            t = re.sub(rf"\b{re.escape(a)}\b", b, t)
    words = t.split()
    typod = False
    if len(words) > 3 and rng.random() < 0.6:
        j = rng.randrange(len(words))
        nw = typo(words[j], rng)
        typod = nw != words[j]
        words[j] = nw
    t = " ".join(words).rstrip(".!?")
    if level == "none":
        if {"everyday", "idiom", "gaming"} & set(tags):
            t += rng.choice(["", " lol", " haha", " 😂", " !!"])
    elif level == "low":
        t = rng.choice(["", "ugh ", "idk ", "honestly "]) + t + rng.choice(["", " 😔", "...", " tbh"])
    else:
        t = rng.choice(["", "idk ", "honestly ", "i just ", ""]) + t + rng.choice(["", "...", " tbh", " 😞", ""])
        t = t.replace("i just i ", "i ")
    return re.sub(r"\s+", " ", t).strip(), typod


def variants(seeds, rng, frac):
    out = []
    for r in seeds:
        if r["locale"] != "en" or r.get("context") or len(r["text"].split()) < 3:
            continue
        if rng.random() > frac.get(r["level"], 0.3):
            continue
        t, typod = chatify(r["text"], rng, r["level"], r["tags"])
        if t == r["text"]:
            continue
        tags = list(r["tags"]) + (["misspelling"] if typod else [])
        if any(e in t for e in "😂😔😞"):
            tags.append("emoji")
        v = rec(t, r["level"], r["categories"], tags, r["flags"])
        v["_kind"], v["_group"] = "rewrite", r["_src"]
        out.append(v)
    return out


def main():
    rng = random.Random(SEED)
    seeds, late = [], []
    for p in sorted(HERE.glob("authored_*.txt")):
        if p.name not in APPENDED:
            seeds += parse(p.read_text(encoding="utf-8"), p.name)
    for name in APPENDED:
        late += parse((HERE / name).read_text(encoding="utf-8"), name)
    for r in seeds + late:
        r["_kind"], r["_group"] = "seed", r["_src"]
    gen = []
    for fam in (everyday, distress, idioms, gaming, benign_twins, passive, active, imminent):
        rows_f = fam(random.Random(f"{SEED}-{fam.__name__}"))
        for r in rows_f:
            r["_kind"], r["_group"] = "template", f"family:{fam.__name__}"
        gen += rows_f
    var = variants(seeds, random.Random(f"{SEED}-variants"),
                   {"none": 0.12, "low": 0.35, "moderate": 0.45, "high": 0.5, "imminent": 0.45})
    seen, rows, errors = set(), [], []
    for r in seeds + gen + var + late:
        r.pop("_src", None) if False else None
        key = (r["text"].lower(), tuple(r.get("context", [])))
        if key in seen:
            continue
        seen.add(key)
        e = check(r)
        if e:
            errors.append((r.get("_src"), r["text"], e))
        rows.append(r)
    if errors:
        for e in errors:
            print("ERROR", *e, file=sys.stderr)
        sys.exit(1)
    groups = {f"a-{i:04d}": [r["_kind"], r["_group"]] for i, r in enumerate(rows, 1)}
    GROUPS.write_text(json.dumps(groups, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"a-{i:04d}", "text": r["text"], "level": r["level"],
                 "categories": r["categories"], "locale": r["locale"], "tags": r["tags"],
                 "flags": r["flags"]}
            if r.get("context"):
                o["context"] = r["context"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)} "
          f"(seeds {len(seeds)}, families {len(gen)}, rewrites {len(var)}, "
          f"appended seeds {len(late)})")


if __name__ == "__main__":
    main()
