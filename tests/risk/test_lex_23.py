"""rules-1.13 (lex): a coverage check against the Suicide Risk Lexicon (Low et al. 2024).

For every construct of the lexicon that maps to moderate or above (passive ideation;
active ideation, plans and attempts; lethal means; direct self-injury; other suicidal
language; physical and sexual abuse; psychosis; eating disorders; substance and alcohol use;
a past attempt), the helper wrote first-person chat messages of its own using the listed
terms in their risky sense, with everyday twins, and screened all 752 of them on main. The
gaps are closed by the en.r13lex.* family rules between the lex markers in patterns.yaml:

- passive: craving oblivion or eternal sleep, feeling like dying as the whole thought,
  giving up on life, losing the will to live, wanting death (passive_words);
- active: wanting or thinking of a method the older rules did not name (burning or drowning
  oneself, a car into a tree, traffic, a car park, charcoal, exhaust) (active_method);
  "i think about" plus a suicide phrase, "going to attempt" (think_ks); a quick and easy way
  to go, how to use a means not to wake up (method_way);
- imminent: means bought to end it, an exit plan, a will "before i go", an overdose taken
  within the hour, a noose made, a gun or knife in hand, a staged accident for the
  insurance (prep, means_accident); drawn to a gun (means_looking);
- self-injury: choking oneself, hurting oneself on purpose, hair pulling to bald patches
  (sh_more, sh_head); "i should die" (other); "my final act" (final_act);
- violence now: bashed my head, hands on me, is choking or stabbing me, knocked me to the
  floor, shot at me, bruises from him, threats to harm, battered, a weapon and angry
  (danger_acts, danger_home); abuse disclosed: years of abuse, date rape, incest, revenge
  porn, groomed, touched as a child, not consensual, violated (abuse_history,
  not_consensual); stalked, trafficked now, nudes used to threaten (abuse_now);
- psychosis, eating, substances, a stomach pumped or "after my attempt" (psychosis, eating,
  eating_faint, substance, past_attempt).

Every positive below screened below its level through `screen()` on main before this change
(checked with a script over the whole probe set) and reaches it now. Levels follow
DESIGN.md: a passive wish is moderate, a method or intent high, preparations, means in hand
or an overdose within the hour imminent. The twins share the words (a game, hair dye, a
hammock rope, onions, a water pistol, a dog's bruises, a rugby match, instagram, coke zero,
a first attempt at knitting) and screen below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

POSITIVES: list[tuple[str, RiskLevel]] = [
    # passive ideation (moderate)
    ("i long for eternal sleep", RiskLevel.MODERATE),
    ("eternal sleep sounds so nice right now", RiskLevel.MODERATE),
    ("i feel like dying", RiskLevel.MODERATE),
    ("im giving up on life", RiskLevel.MODERATE),
    ("lost all will to live", RiskLevel.MODERATE),
    ("i crave oblivion", RiskLevel.MODERATE),
    ("i want death", RiskLevel.MODERATE),
    # active ideation, plans and attempts
    ("i think about jumping off a bridge every day", RiskLevel.HIGH),
    ("im going to attempt tonight", RiskLevel.IMMINENT),
    ("i think about burning myself alive", RiskLevel.HIGH),
    ("i went out buying a gun today so i can end it", RiskLevel.IMMINENT),
    ("i'm buying a rope for myself, for the end", RiskLevel.IMMINENT),
    ("i want to drive my car into a tree", RiskLevel.HIGH),
    ("i think about drowning myself in the lake", RiskLevel.HIGH),
    ("thinking about electrocuting myself", RiskLevel.HIGH),
    ("i have an exit plan ready", RiskLevel.IMMINENT),
    ("hit by a train, that's how i'm going to do it", RiskLevel.IMMINENT),
    ("i need to make a will before i go", RiskLevel.IMMINENT),
    ("gonna make it look like an accident so my family gets the insurance", RiskLevel.IMMINENT),
    ("whats a quick and easy way to go", RiskLevel.HIGH),
    ("i want to run in front of traffic", RiskLevel.HIGH),
    ("i thought about jumping off the car park today", RiskLevel.HIGH),
    ("i tried od an hour ago", RiskLevel.IMMINENT),
    ("i have to write a will before i do it", RiskLevel.IMMINENT),
    # lethal means
    ("theres a gun in the house and i keep picking it up", RiskLevel.IMMINENT),
    ("i have my dads pistol in my hand right now", RiskLevel.IMMINENT),
    ("the rope is in my bag, i'm ready", RiskLevel.IMMINENT),
    ("i bought antifreeze to end my life", RiskLevel.IMMINENT),
    ("i wish i could asphyxiate myself", RiskLevel.HIGH),
    ("i bought bleach to drink", RiskLevel.IMMINENT),
    ("thinking about burning charcoal in my room", RiskLevel.HIGH),
    ("i want to sit in the garage with the car exhaust on", RiskLevel.HIGH),
    ("i keep looking at the noose idea", RiskLevel.HIGH),
    ("i made a noose", RiskLevel.IMMINENT),
    ("thinking about a plastic bag over my head", RiskLevel.HIGH),
    ("i keep looking at my revolver", RiskLevel.HIGH),
    ("how would i use a sedative to not wake up", RiskLevel.HIGH),
    # direct self-injury (moderate)
    ("i keep choking myself when i'm overwhelmed", RiskLevel.MODERATE),
    ("i hit my head on purpose until i feel dizzy", RiskLevel.MODERATE),
    ("i pull my hair out when i'm stressed, i have bald spots", RiskLevel.MODERATE),
    ("my trichotillomania is back, pulling hair out till its bald", RiskLevel.MODERATE),
    # other suicidal language
    ("i should die", RiskLevel.MODERATE),
    ("this will be my final act", RiskLevel.HIGH),
    # physical abuse and violence
    ("i went through years of physical abuse from my dad", RiskLevel.MODERATE),
    ("the violence at home is getting worse and im scared", RiskLevel.HIGH),
    ("my partner is abusive and he's home now", RiskLevel.HIGH),
    ("my ex was abusive for years", RiskLevel.MODERATE),
    ("he keeps attacking me when he drinks", RiskLevel.HIGH),
    ("he bashed my head against the floor", RiskLevel.HIGH),
    ("i'm being battered at home", RiskLevel.HIGH),
    ("my mum bit me and slapped me", RiskLevel.HIGH),
    ("my arms are covered in bruises from him", RiskLevel.HIGH),
    ("i'm a victim of domestic violence and he's in the house right now", RiskLevel.HIGH),
    ("i grew up with domestic violence", RiskLevel.MODERATE),
    ("he keeps choking me when we argue", RiskLevel.HIGH),
    ("he started choking me during the fight", RiskLevel.HIGH),
    ("my boyfriend got physical with me last night", RiskLevel.HIGH),
    ("he put his hands on me again", RiskLevel.HIGH),
    ("he said he'd harm me if i left", RiskLevel.HIGH),
    ("he knocked me to the floor", RiskLevel.HIGH),
    ("he shook me so hard i hit my head", RiskLevel.HIGH),
    ("he shot at me", RiskLevel.HIGH),
    ("my dad smacks me around when he's angry", RiskLevel.HIGH),
    ("he spat in my face and hit me", RiskLevel.HIGH),
    ("he's stabbing me, help", RiskLevel.HIGH),
    ("he has a weapon and hes angry at me", RiskLevel.HIGH),
    ("he whipped me with a cord", RiskLevel.HIGH),
    ("he left a wound on my arm with a bottle", RiskLevel.HIGH),
    # sexual abuse and harassment
    ("someone is stalking me and i'm scared", RiskLevel.HIGH),
    ("i was a victim of date rape", RiskLevel.MODERATE),
    ("i've been sexually harassed at work for months and i can't escape", RiskLevel.MODERATE),
    ("i was a victim of incest", RiskLevel.MODERATE),
    ("he says he'll share my nudes if i don't do what he says", RiskLevel.HIGH),
    ("someone is blackmailing me with nudes", RiskLevel.HIGH),
    ("it wasn't consensual, he didn't stop", RiskLevel.MODERATE),
    ("he posted revenge porn of me", RiskLevel.MODERATE),
    ("i'm being sex trafficked", RiskLevel.HIGH),
    ("i was sex trafficked as a teen", RiskLevel.MODERATE),
    ("the sexual violence still haunts me", RiskLevel.MODERATE),
    ("i was touched by a relative as a child", RiskLevel.MODERATE),
    ("he violated me", RiskLevel.MODERATE),
    ("i feel violated, he did things i didn't agree to", RiskLevel.MODERATE),
    # psychosis (moderate)
    ("i think i'm psychotic again", RiskLevel.MODERATE),
    ("i've been delusional all week", RiskLevel.MODERATE),
    ("my schizophrenia is flaring and i'm scared", RiskLevel.MODERATE),
    ("the government is coming for me", RiskLevel.MODERATE),
    ("i'm losing my mind and hearing things", RiskLevel.MODERATE),
    ("i have persecutory delusions and they're getting worse", RiskLevel.MODERATE),
    # eating disorders
    ("my bmi is dropping and i still feel fat", RiskLevel.MODERATE),
    ("i haven't eaten in three days", RiskLevel.MODERATE),
    ("im so fat i dont deserve to eat", RiskLevel.MODERATE),
    ("i'm restricting to under 500 calories", RiskLevel.MODERATE),
    ("i fainted because i haven't eaten in days", RiskLevel.HIGH),
    # substance use (moderate)
    ("i've been using meth to stay awake for days", RiskLevel.MODERATE),
    ("i'm hooked on opioids", RiskLevel.MODERATE),
    ("i'm so high right now i can't feel anything", RiskLevel.MODERATE),
    ("i got high alone again to forget", RiskLevel.MODERATE),
    ("i've been doing crack", RiskLevel.MODERATE),
    ("i've been buying oxy off the street", RiskLevel.MODERATE),
    ("i'm addicted to percocet", RiskLevel.MODERATE),
    ("i was spun out for days on meth", RiskLevel.MODERATE),
    ("i've been snorting oxy", RiskLevel.MODERATE),
    ("i'm abusing my ritalin", RiskLevel.MODERATE),
    # alcohol use (moderate)
    ("i was so drunk i drove home", RiskLevel.MODERATE),
    # past attempt (moderate)
    ("they had to pump my stomach last time", RiskLevel.MODERATE),
    ("i was in the psych ward after my attempt", RiskLevel.MODERATE),
]

TWINS = [
    "my phone battery is lifeless again",
    "the colours fade out at the end of the song",
    "the tattoo is fading away, need a touch up",
    "im giving up sugar for lent",
    "rest in peace to my old laptop",
    "im so tired of living out of boxes since the move",
    "the oblivion dlc is finally on sale",
    "i feel like dying my hair purple",
    "i would die for a cup of tea right now",
    "i want to escape from reality for a bit with a good book",
    "death wish is such a good movie",
    "tired of this life of endless laundry haha",
    "the movie has a car off a bridge scene",
    "we need to make a will now that we have kids",
    "just finished writing my will with the solicitor, adult life",
    "my car got hit by a train crossing barrier malfunction, scary but everyone is fine",
    "im on the edge of my seat watching this",
    "this cutting board is killing me its so small",
    "i almost crashed my car in the snow today",
    "the kids jump off the balcony onto the trampoline in the game lol",
    "carbon monoxide alarm keeps beeping",
    "we got a quick and easy recipe for pasta",
    "ive been overdosing on coffee",
    "painless way out of this meeting? asking for a friend lol",
    "i am going to kill it at this interview",
    "wreck my truck? no, i parked it fine",
    "my dad keeps a shotgun for hunting",
    "i bought a rope for the washing line",
    "the knife is too blunt to cut tomatoes",
    "bleach is great for the bathroom grout",
    "we have a lovely balcony with plants",
    "we drove over the golden gate bridge today",
    "the cliff walk was stunning this morning",
    "we had a charcoal barbecue in the garden",
    "helium balloons for the party are sorted",
    "muscle relaxers helped my back spasm a lot",
    "dont forget to bring the plastic bag for recycling",
    "my office is in a tall building downtown",
    "the car exhaust is rattling again",
    "pesticide for the roses arrived",
    "i need to take my prescription drugs with food",
    "i cut myself shaving this morning",
    "i burned my hand on the oven tray",
    "i bit my tongue eating lunch",
    "i hit my head on the cupboard door",
    "i got a stick and poke tattoo at the festival",
    "nail biting is my worst habit",
    "i have acne scars on my cheeks",
    "i pulled my hamstring at the gym",
    "the kitten scratched my hand",
    "carving pumpkins with the kids tonight",
    "my therapist and i made a safety plan today as a precaution, feeling good",
    "the crisis text line volunteer training starts monday",
    "i'm dying to see the new marvel film",
    "my phone is dying",
    "breaking point of the bridge cable in my engineering homework",
    "farewell party for my coworker today",
    "im dying laughing at this",
    "life is shit today, my bus was late and i spilled coffee",
    "i hate my life lol monday again",
    "we had a pillow fight and she won",
    "my boss yelled at me about a typo",
    "boxing class kicked my butt today",
    "the kids had a fight over the remote",
    "watching a documentary about the war",
    "he pushed me to apply for the job, grateful",
    "the baby kicked me in the ribs all night, pregnancy is wild",
    "my friend hit me up about lunch",
    "my physio shoved my shoulder back into place, ouch",
    "i got a bruise from the gym",
    "the wind slammed the door shut",
    "my little brother and i wrestle for fun",
    "the cat is stalking the bird in the garden",
    "grooming the dog takes forever",
    "my phone violated the storage limit",
    "a violation of the parking rules",
    "i got a flashback of that embarrassing karaoke night",
    "we talked about consent in our health class",
    "the predator documentary about sharks was amazing",
    "im losing my mind with this tax form",
    "i'm so paranoid i left the oven on",
    "the voice in my head narrating my grocery list is funny",
    "my phone is spying on me with ads lol",
    "i'm god at this game lol",
    "my kid was hallucinating from fever, doctor said normal",
    "i binge watched the whole season",
    "i'm starving, what's for dinner",
    "fasting for ramadan this month",
    "my diet starts monday lol",
    "i gained weight over christmas, oh well",
    "i threw up from the stomach bug",
    "lost weight on my running plan, feeling strong",
    "skipping breakfast today, late for work",
    "i'm so hungry i could eat a horse",
    "the purge movie was scary",
    "coke zero is my favourite drink",
    "i'm high on life after the concert",
    "the weed in my garden is out of control",
    "the new pot for my plant arrived",
    "i'm so high up on this hike, amazing views",
    "we had shrooms in the risotto, so good",
    "that exam was a trip",
    "my doctor changed my sertraline dose, feeling better",
    "had a lovely glass of wine with dinner",
    "cheers to the weekend",
    "the pub quiz was fun tonight",
    "we went to a brewery tour",
    "celebrating six months sober today",
    "i'm a bit tipsy at my sister's wedding",
    "my aa meeting went well, feeling strong",
    "hangover from the office party, never again lol",
    "making cocktails for the party",
    "my grandma is in the hospital with pneumonia",
    "i was in the er for a sprained ankle",
    "my uncle died by suicide and i'm grieving him",
    "we watched 13 reasons why in class",
    "i'm doing the suicide awareness walk this weekend",
    "robin williams was my favourite actor",
    "i volunteer on the crisis hotline",
    "my dbt group is helping with emotion regulation",
    "i got in a fight with my friend over text",
    "my bpd diagnosis finally makes sense of things",
    "i crave oblivion the game, best rpg ever",
    "i feel like dying my hair pink this summer",
    "i feel like dying of embarrassment after that presentation",
    "i feel like dying laughing at this video",
    "i have given up on life coaching, too expensive",
    "i gave up on living in the city and moved to the coast",
    "lost all will to live up to my parents expectations lol",
    "i think about killing it at the gym tomorrow",
    "i am going to make an attempt at the marathon record",
    "im going to attempt the recipe again tonight",
    "i want to run in the park tomorrow",
    "whats a quick and easy way to go to the airport from here",
    "is there a quick way to go viral on tiktok",
    "how do i use a rope to tie down the tent",
    "i picked up helium for the balloons",
    "we have an exit plan for the startup",
    "my exit plan from this job is ready, handing in my notice",
    "we made a will before we go travelling",
    "i need to write a will before i go abroad for a year",
    "i made a noose knot in scouts",
    "i keep looking at the gun in the museum display",
    "the stunt double will make it look like an accident in the film",
    "i nearly choked myself on a crisp",
    "i pull my hair out over this tax return",
    "my trichotillomania is better since therapy",
    "i should die my hair blue",
    "this is my final act as president of the club",
    "it is my last act at the comedy night",
    "my brother shook me awake at 6am",
    "my dad knocked me over playing football",
    "she got rough with me in the rugby match",
    "my nephew bit me, he is teething",
    "bruises from my boyfriend's dog jumping up",
    "the violence in the film was getting worse every scene",
    "i went through a training on domestic violence at work",
    "i am a survivor of a car crash",
    "my ex was abusive in the game chat lol",
    "he groped for the light switch in the dark",
    "i feel violated that they read my diary",
    "my cat is stalking me for food",
    "someone is following me on instagram",
    "i got the blackmail letter prop for the escape room",
    "im delusional if i think ill finish this today lol",
    "i was delusional to think the bus would be on time",
    "my hallucinations from the fever are gone now",
    "the government is coming for my wallet with these taxes",
    "i have not eaten in three days because of the stomach bug",
    "i fainted at the concert because it was so hot",
    "i was so high on the ski lift i could not feel my toes",
    "i got so high on the climbing wall",
    "my friend drove me home because i was drunk",
    "after my attempt at baking sourdough, never again",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_lexicon_terms_reach_their_level(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


def test_categories() -> None:
    assert "abuse_or_violence" in screen("he bashed my head against the floor").categories
    assert "method_seeking" in screen("whats a quick and easy way to go").categories
    assert "substance" in screen("i've been snorting oxy").categories
    assert (
        "psychosis" in screen("i have persecutory delusions and they're getting worse").categories
    )
