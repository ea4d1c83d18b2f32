"""rules-1.12 (en-si-22): English suicidal ideation at high and imminent said without
"suicide", "kill myself" or "die".

Families (patterns.yaml, the en.si22.* rules inside the en-imm markers):

- the last days named: "this is my last week", "my last day on earth is saturday"
  (last_days); "don't expect me at work monday, or ever" (or_ever);
- a deadline given to life: "giving it till friday" (deadline_bare, high), "giving myself
  till sunday. then that's it", "i've got until payday and then i'm out of here permanently"
  (deadline_final), "if nothing changes by the end of the month i'm out", "i've given myself
  a deadline" (deadline_if, high);
- exits: an exit planned or set for a day (exit_plan, exit_time); checking out early,
  clocking out, tapping out or logging off for good or "of life" (check_out); done with this
  life (done_life); ending things "and no, not with him" (end_not_him);
- arrangements: a will made at 19 (young_will); letters to everyone, letters written beside
  a tidy room and deleted accounts (letters_all); one's own obituary, funeral music chosen
  (own_funeral); a pet rehomed "where i'm going" (rehomed_going); goodbyes the others do not
  know are goodbyes (unknown_goodbyes); everything deleted, "bye" (deleted_bye);
- researching: "been reading about how long it takes", what happens to a body when you
  hang (research_how_long); which bridge near me is highest, which car parks have no
  barriers (research_height);
- the future refused: not planning to be alive next year, not seeing one's 21st birthday
  (not_alive_far, high); "this time next week i won't exist", "don't get me anything for
  christmas, i won't be around for it", not here for the exams "so there's no point"
  (not_around_near); "friday is the day i stop being a burden" (day_i_stop);
- "it was nice knowing you all" (nice_knowing); making sure one never wakes up
  (never_wake); joining a parent who died, decided (join_dead).

The phrasings are the helper's own. Every positive below screened below its level through
`screen()` (no context) on main before this change; each reaches it through an en.si22 rule.
The twins share the surface words and stay below moderate: a holiday ("we're in spain"), a
last week at the office or of chemo, a job quit, a bug, a diet or a parcel given till friday,
an exit from a group chat, a company or a tournament, a hotel, a retirement, a life sim, a
will at 60 with a solicitor or after buying a house, thank-you letters, an obituary for a
writing class, a pet rehomed for a move, bread proving, a rooftop bar, a quiz, illness,
hyperbole ("at this rate", "lol").
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits
from mindline.risk.types import RiskLevel

# Active ideation said without death words: high (or imminent).
HIGH = [
    "giving it till friday",
    "if nothing changes by the end of the month i'm out",
    "i've given myself a deadline. new year's eve",
    "planning my exit",
    "checking out early",
    "i think i'm going to check out early",
    "time to clock out for good",
    "time to log off for good. from life i mean",
    "im clocking out permanently",
    "ready to clock out of life",
    "i'm done with this life",
    "i'm done with life. completely done",
    "im so done with this life i cant anymore",
    "honestly done with life at this point and i mean it",
    "im done with life and everything in it",
    "made a will at 19",
    "been reading about how long it takes",
    "been looking up how long it takes to drown",
    "i looked up which bridge is highest round here",
    "i've been reading about what happens to your body when you hang",
    "what's the tallest car park in leeds, i need to know tonight",
    "looked up the tallest building near me",
    "spent all night reading about how long it takes to bleed out",
    "i don't plan on being alive next year",
    "i dont plan on seeing my 20th birthday",
    "i won't see 2027, i've decided",
    "i won't make it to my birthday and i'm fine with that",
    "i've decided i'm not going to be alive next year",
    "i'm not going to be alive by the summer",
    "i'll make sure i never wake up again",
    "i'm going to be with my brother again soon, i've decided",
    "i just want to be with my dad again, he died last year and i'm going to join him",
    "i'm so tired. i'm checking out of life",
    "workin on my exit plan",
    "there's no point revising, i won't be alive for results day",
    "gonna end things for real this time. not a relationship thing, me",
    "looked up how long it would take to die from the cold",
    "im done with this life fr",
    "im done w this life",
    "done with this life. seriously done",
    "givin it till friday",
    "if nothing changes by christmas i'm done",
    "if things dont get better by june im out",
    "clocking out for good, i'm so tired of all of it",
    "time to check out of life",
    "im done with this life honestly",
    "i'm completely done with this life",
    "i'm so done with existing",
    "i made a will. i'm 18. draw your own conclusions",
    "found out which bridge round here is the highest",
    "i dont plan on making it to my 21st birthday",
    "im not planning on being alive by summer",
]

# A time, a goodbye or an arrangement: imminent.
IMMINENT = [
    "this is my last week",
    "this is my last week on earth",
    "my last day on this earth is saturday",
    "today is my last day",
    "saturday will be my last day on earth",
    "this is my last christmas, nobody knows that yet",
    "this will be my last birthday",
    "next week will be my last week alive",
    "don't expect me at work monday, or ever",
    "dont expect me in school tomorrow or ever again",
    "don't expect to see me at college next week. or ever",
    "giving myself till sunday. then that's it",
    "im giving life till the end of the month. if nothing changes im gone",
    "if nothing gets better by friday im done for good",
    "i've got until payday and then i'm out of here permanently",
    "made my will last night. im 19. you can guess why",
    "i'm 22 and i just wrote my will. won't be needing it long",
    "finished writing my will today. i'm 17",
    "wrote letters to everyone",
    "wrote letters to everyone i love",
    "finished the letters to everyone i care about",
    "i've written my obituary",
    "wrote my own eulogy last night",
    "sorted out my funeral music",
    "chose the songs for my funeral, it won't be long now",
    "picked out the hymns for my funeral already",
    "rehomed my dog today. won't be able to look after him where i'm going",
    "found a new home for my cat. she deserves someone who'll be around",
    "i've been saying goodbye to people all week and they don't even know",
    "said goodbye to my mum today and she didn't even know it was goodbye",
    "this time next week i wont exist",
    "i wont be here for christmas so dont bother getting me anything",
    "dont buy me a birthday present, i wont be around for it",
    "enjoy your christmas, i won't be in it",
    "i won't be around by the weekend so it doesn't matter",
    "friday is the day i stop being a burden",
    "sunday is the day i stop existing",
    "it was nice knowing you all",
    "time to clock out for good tonight",
    "planning my exit for this weekend",
    "my exit is planned for sunday",
    "won't be around for my exams so it doesnt matter if i fail",
    "i've cancelled my dentist because i won't be here for it",
    "deleted all my accounts and gave my things away. bye",
    "deactivated everything. it's time",
    "my accounts are gone, my room is tidy, letters are written",
    "sorted my room, wrote my letters, said my goodbyes",
    "i'm clocking out for good this weekend",
    "ths is my last week",
    "this is my last weekend. nobody knows",
    "tmrw is my last day on earth",
    "my last night on this earth is tonight",
    "this is my final week alive and i'm calm about it",
    "dont expect me at school monday or ever",
    "don't expect me in work tomorrow. or ever again",
    "giving it one last week, then i'm gone for good",
    "giving it until sunday and then that's it",
    "my exit is set for saturday",
    "wrote my will last week, i'm 20, i won't be needing it long",
    "wrote letters to everybody i love",
    "finished my letters to everyone. put them in my drawer",
    "i wrote my own obituary tonight",
    "i've picked the music for my funeral",
    "my funeral playlist is sorted",
    "rehomed my cat. i won't be around to look after her",
    "said goodbye to my sister today and she had no idea it was goodbye",
    "this time next week i won't be here",
    "i won't exist by next week",
    "don't get me anything for christmas, i won't be around for it",
    "i wont be here for my exams so there's no point",
    "friday's the day i stop being a burden",
    "saturday is the day i finally disappear for good",
    "nice knowing you all",
    "it was nice knowing you guys. bye",
    "i'll make sure i don't wake up tomorrow",
    "deleted everything. goodbye",
    "deactivated all my accounts. bye",
]

# Everyday messages sharing the surface words: below moderate.
TWINS = [
    "i won't be here for christmas, we're in spain",
    "this is my last week at the office!",
    "this is my last week of school before summer",
    "today is my last day at this job!!",
    "today is my last day of work before maternity leave",
    "this is my last week of placement, then exams",
    "tomorrow is my last day of chemo!",
    "my last day on earth would be spent eating pizza",
    "if today was my last day on earth i'd call my mum",
    "what would you do on your last day on earth",
    "the song my last day on earth is so sad",
    "this is my last christmas in this house before we move",
    "this will be my last birthday in my twenties",
    "friday is my last day at the shop",
    "this is my last weekend of freedom before uni starts",
    "don't expect me at work monday, i'm off sick",
    "don't expect me at the party friday, i have a shift",
    "don't expect me at work monday, or ever, i quit!",
    "dont expect me to go back to that restaurant ever again",
    "don't expect to hear from me this week, i'm on a retreat",
    "don't expect me at book club monday or ever again, lol that group is toxic",
    "giving it till friday for the bug fix",
    "giving it till friday then i'm calling the plumber",
    "i'm giving this diet till friday",
    "giving it till friday before i chase the landlord again",
    "giving it one more week then i'm cancelling my gym membership",
    "giving the sourdough till morning to rise",
    "giving it until monday for the parcel to arrive",
    "giving myself till sunday to finish the essay",
    "if nothing changes by the end of the month i'm out of this job",
    "if my boss doesn't give me a raise by friday i'm out",
    "if nothing changes by summer i'm moving out of this flat",
    "if the wifi isn't fixed by friday i'm done with this provider",
    "i've given myself a deadline to finish my novel by christmas",
    "i set myself a deadline for the dissertation draft",
    "i've got until payday and then i'm out of here, new job starts",
    "planning my exit from this group chat",
    "planning my exit from the company before the merger",
    "i'm planning my exit strategy for my crypto investment",
    "plotting my exit from this party, it's so boring",
    "planning my exit from twitter for good",
    "what's your exit plan if the fire alarm goes off",
    "my exit from the band is planned for sunday",
    "checking out early from the hotel tomorrow",
    "we're checking out early, the room was awful",
    "i'm clocking out early today, dentist appointment",
    "40 years at the factory, time to clock out for good!",
    "dad retired today, time to clock out for good",
    "logging off for good, this app is trash",
    "signing off for good, thanks for the subs and follows on the channel",
    "tapping out for good from this fantasy league lol",
    "gonna check out early tonight, i'm so tired",
    "i'm done with this game",
    "i'm done with city life, moving to the countryside",
    "i'm done with this life of crime lol",
    "i'm done with the single life, i want a girlfriend",
    "done with living in london, too expensive",
    "i'm done with life admin for the week",
    "i'm done with this life sim, it's boring",
    "i'm done with my life drawing class, it was great",
    "so done with student life, can't wait to graduate",
    "i'm done with life for today, going to bed",
    "made a will at 60 with a solicitor",
    "my dad made a will at 19 before he was deployed",
    "i'm 24 and we just made a will after buying the house",
    "made a will at 25 after my baby was born, everyone should",
    "i'm 23 and wrote my will, it's just sensible tbh",
    "my nan wrote her will at 80",
    "does a will at 19 even make sense?",
    "wrote letters to everyone on the wedding guest list",
    "wrote thank you letters to everyone who came",
    "wrote letters to everyone in my class for the project",
    "wrote christmas cards to everyone",
    "wrote letters to everyone at my old school for the reunion",
    "the letters are written, the invitations are sent, the wedding is on!",
    "my cover letters are all written, applications go out tomorrow",
    "i wrote my own obituary for a creative writing class",
    "we wrote our own eulogies in therapy group, weirdly helpful",
    "my nan has sorted out her funeral music",
    "picked songs for my funeral as a joke with friends lol",
    "planned my funeral playlist one day when i'm old it'll be all abba",
    "wrote my obituary for the death cafe workshop",
    "rehomed my dog because we're moving to a flat with no pets",
    "found a new home for my cat because of my allergies",
    "gave away my cat's old toys to the rescue",
    "rehomed the kittens from the litter today",
    "we had to rehome our dog because my hours changed at work",
    "gave my cat to my neighbour for good because we're moving abroad",
    "been saying goodbye to people all week before i move to canada",
    "said goodbye to my nan today and she didn't even know me, dementia is cruel",
    "been reading about how long bread takes to prove",
    "been reading about how long it takes to get a passport",
    "been reading about how long it takes to learn french",
    "been looking up how long it takes to drive to cornwall",
    "reading about how long it takes for a lobster to die when boiled, grim",
    "looked up the tallest building near me for my photography project",
    "looked up which bridge is the highest in the world for a quiz",
    "what's the tallest building in the world",
    "googled the tallest buildings in my city, we're doing a rooftop bar crawl",
    "been looking at which bridges have cycle lanes",
    "researching how long it takes to recover from knee surgery",
    "i've been reading about what happens to your body when you fast for 3 days",
    "reading about what happens to your body when you die, for my nursing exam",
    "i won't make it to my birthday at this rate, this workload is insane",
    "i won't see christmas if this heat keeps up lol",
    "i don't plan on being at uni next year, i'm dropping out",
    "i won't be here next year, we're moving to canada",
    "my grandad doesn't expect to see christmas, the cancer has spread",
    "i don't plan on being around for christmas, we're going to my in-laws",
    "i won't be around for christmas so i'll send presents early",
    "dont buy me a birthday present, i wont be around for it, i'm in tenerife that week",
    "i won't be here for my exams, i'm in hospital for surgery",
    "cancelled my dentist because i won't be here for it, i'm in paris that week",
    "enjoy your christmas, i won't be there, i'm working",
    "this time next week i won't be here, i'll be in ibiza!",
    "this time next week i won't exist, i'll be on a beach with no signal lol",
    "friday is the day i stop being a burden on my parents and move out",
    "friday is the day i finish work!",
    "monday is the day i quit smoking",
    "sunday is the day i stop eating sugar",
    "it was nice knowing you all! see you at the reunion",
    "going bungee jumping tomorrow, it was nice knowing you all",
    "i'll make sure i don't wake up the baby",
    "i'll make sure i don't wake up late tomorrow",
    "i made sure i didn't wake up my flatmate",
    "i'm going to see my dad again soon, he's back from the army next week",
    "my nan passed last year, i'm going to see her grave tonight",
    "i'll be with my brother again soon, he's flying home on friday, i miss him",
    "my grandad died and i know i'll see him again one day",
    "i'm going to end things with my boyfriend",
    "i'm going to end it with her tonight, the relationship is over",
    "deleted all my socials for a digital detox, bye for now",
    "deactivated everything, it's time to focus on uni",
    "deleted my dating app, it's time to meet people irl",
    "deleted tinder. bye",
    "deleted all my old photos, it's time for a fresh start",
    "my last week before the wedding, so much to do",
    "it's my last week of being 29!",
    "this is the last week of term",
    "giving it till friday, if the landlord doesn't reply i'm calling the council",
    "giving my phone till friday to charge lol",
    "clocking out for good at 5, then two weeks off",
    "logging off for good tonight, see you all monday",
    "i'm checking out of the hotel early tomorrow",
    "checking out early, the baby's been up all night",
    "planning my exit from the meeting at 3",
    "we made a will at 30 after our wedding",
    "just written my will. feel very grown up at 45",
    "i've written my obituary in the style of a victorian newspaper for a writing prompt",
    "i rehomed my cat to my mum because my new flat doesn't allow pets",
    "my cat is going to live with my sister for good, she has a garden",
    "reading about how long it takes to bleed out in medieval battles for my novel",
    "giving myself till new year to quit smoking",
    "if nothing changes by friday i'm out of this group chat",
    "done with this life chapter, onto the next one",
    "i'm done with this life update thread",
    "i'm done with my life coach, she's useless",
    "my exit is planned for sunday from the tournament",
    "i won't be alive for results day lol i'll have died of stress",
    "planning my exit for this weekend from the festival",
    "time to log off for good, i'm deleting facebook",
    "finished writing my will today. i'm 17 and my teacher says we should all know how",
    "i'm done, leaving this game for good",
    "have a good life everyone, i'm leaving this server",
    "i've been looking up how long it takes to walk to the beach",
    "my last day alive at this company lol",
    "friday is the day i die my hair pink",
    "today is my last day of term!",
    "checking out early to beat the traffic",
    "tapping out for good, my knees can't take jiu jitsu anymore",
    "logging off for good tonight lads, early start",
    "giving it till friday and then i'm buying a new one",
    "nice knowing you all, i'm off to the pub",
    "it was nice knowing you, said my phone before it died",
    "my exit plan for the house sale is sorted",
    "planning my exit from the party, it's dead",
    "i looked up the tallest building near me, it's only 10 floors lol",
    "reading about how long it takes to get a mortgage approved",
    "been reading about how long it takes cats to adjust to a new home",
    "wrote letters to everyone at the care home for christmas",
    "my letters are written and posted, bring on christmas",
    "sorted the music for my wedding",
    "picked the songs for my dad's funeral",
    "i won't be around for christmas so i'll do presents in january",
    "don't buy me a birthday present, i won't be around for it, i'm working in dubai",
    "this time next week i won't be here, off to portugal",
    "monday is the day i start my new job",
    "friday is the day i stop being a student",
    "i'll make sure i don't wake up before 10 tomorrow lol",
    "i'm going to see my mum again soon, she's back from her holiday",
    "deleted everything off my old laptop, bye windows 7",
    "rehomed our cat because my son is allergic",
    "if nothing changes by the end of the month i'm out of this flat",
    "if nothing changes by march i'm out of this course",
    "don't expect me at the gym monday or ever, my membership ended",
    "i won't see christmas at home this year, we're going to my sister's",
    "made my will at 25, everyone should tbh",
    "said goodbye to everyone at my old job and they didn't know i was leaving",
]


@pytest.mark.parametrize("text", HIGH)
def test_high_without_death_words(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", IMMINENT)
def test_imminent_without_death_words(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT


@pytest.mark.parametrize("text", HIGH + IMMINENT)
def test_an_en_si22_rule_fires(text: str) -> None:
    hits = find_hits(normalize(text))
    assert any(
        h.rule.id.startswith("en.si22.") and h.level.rank >= RiskLevel.HIGH.rank for h in hits
    )


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


def test_counts() -> None:
    assert len(HIGH) + len(IMMINENT) >= 80
    assert len(TWINS) >= 150
