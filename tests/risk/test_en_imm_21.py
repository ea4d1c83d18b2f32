"""rules-1.11 (en-imm): imminent said without death words, goodbye, die or suicide.

Families (patterns.yaml, the en.r11.* rules between the en-imm markers):

- goodbyes: thanks or love said "one last time" / "before i go" (thanks_last); a pet, child or
  plant handed over for good, "promise me you'll look after the kids" (care_for_good,
  pet_keep); things given away "i won't be needing" (give_away); the last thing one will
  write or post (last_words); everyone better off or freed from one "by tomorrow"
  (better_off_by); peace made and ready (made_peace); passwords, cards and papers left "for
  after" (for_after); sorry for what they will find (sorry_find); keep the kids out of the
  garage tomorrow (keep_out_first); "tell her i tried" beside a sorry or a fault (tell_tried);
  the last day of one's life, the last sunset (last_of_life);
- a plan with a time: "sunday's the day", "friday it happens", "midnight. that's when"
  (the_day); "it's happening when they leave for work", "after the kids are at school
  tomorrow i'm done", waiting for everyone to sleep "then it's time" (when_they_leave);
  counting down the hours (countdown); the spot chosen and when (spot_when); "by this time
  tomorrow it'll all be over" (this_time_tomorrow);
- means told indirectly: saved or collected enough (saved_enough); everything ready in the
  garage or bathroom, all lined up, bought what i need and it's in my bag (ready_in_place);
  just the nerve left (just_the_nerve); enough now from the chemist, the rest from two
  chemists (last_bit); hidden under the mattress till tonight (hidden_till);
- danger from someone now that en.imm20.danger_inside misses: held by the hair, hitting all
  night and still going, phone taken and not let out, broke in, on the way back to finish
  what he started, thrown against the wall and still going, hiding from him, sat outside
  the room with a hammer, punching the wall by one's head (danger_held, dead_when_home).

The phrasings are the helper's own probe. Every positive below screened below imminent at
the pattern layer on main before this change (checked with `_pattern_pass`; 76 of the 80 were
none). The twins share the surface words (a holiday, a flight, moving house, leaving a job,
a date, a wedding, exams, a game, a party, presents, a pet going to a new home, selling
things, a clinician's question, a film, someone else's story) and stay below moderate at
the pattern layer.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass, screen
from mindline.risk.types import RiskLevel

POSITIVES = [
    # goodbyes
    ("just wanted to thank you for everything one last time", RiskLevel.IMMINENT),
    (
        "thanks for putting up with me all these years. "
        "i wanted you to hear it from me before i go",
        RiskLevel.IMMINENT,
    ),
    ("can you look after biscuit for me from now on, i cant anymore", RiskLevel.IMMINENT),
    ("promise me you'll look after the kids", RiskLevel.IMMINENT),
    ("please water my plants from now on, i won't be here to do it", RiskLevel.IMMINENT),
    ("make sure luna goes to my sister, she'll love her like i did", RiskLevel.IMMINENT),
    (
        "the dog's food is in the cupboard and the vet's number is on the fridge. please keep her",
        RiskLevel.IMMINENT,
    ),
    ("gave my guitar to my brother today, i won't be needing it", RiskLevel.IMMINENT),
    ("my sister can have my car and my laptop. i've written it all down", RiskLevel.IMMINENT),
    ("giving my books and my games to my cousin, no use to me now", RiskLevel.IMMINENT),
    ("this will be the last thing i write here", RiskLevel.IMMINENT),
    ("last time you'll hear from me. take care of yourselves", RiskLevel.IMMINENT),
    ("you'll all be better off by tomorrow", RiskLevel.IMMINENT),
    ("you won't have to carry me anymore after tonight", RiskLevel.IMMINENT),
    ("i've made my peace. i'm ready", RiskLevel.IMMINENT),
    ("made my peace with god, it's time now", RiskLevel.IMMINENT),
    ("my passwords are in the blue notebook for mum, she'll need them after", RiskLevel.IMMINENT),
    (
        "left my bank details and the passwords for my sister so she can sort everything out",
        RiskLevel.IMMINENT,
    ),
    ("i wrote down what to do with my stuff and my accounts, it's on the desk", RiskLevel.IMMINENT),
    ("i'm sorry for what you're going to find", RiskLevel.IMMINENT),
    ("sorry mum has to be the one to find me", RiskLevel.IMMINENT),
    ("please don't let the kids go in the garage tomorrow morning", RiskLevel.IMMINENT),
    ("make sure mum doesn't come into my room first tomorrow", RiskLevel.IMMINENT),
    ("tell my sister i'm sorry and that i really did try", RiskLevel.IMMINENT),
    ("watching my last sunset", RiskLevel.IMMINENT),
    ("tomorrow is the last day of my life", RiskLevel.IMMINENT),
    # a time
    ("it's happening when they leave for work", RiskLevel.IMMINENT),
    ("sunday's the day", RiskLevel.IMMINENT),
    ("friday is the day. i've decided", RiskLevel.IMMINENT),
    ("after the kids are at school tomorrow i'm done", RiskLevel.IMMINENT),
    ("set the date. 14th. nobody knows", RiskLevel.IMMINENT),
    ("counting down the hours now", RiskLevel.IMMINENT),
    ("counting down the days till it's over for good", RiskLevel.IMMINENT),
    ("i know the spot, tomorrow at first light", RiskLevel.IMMINENT),
    ("found the place. going there after dark tonight", RiskLevel.IMMINENT),
    ("by this time tomorrow it'll all be over", RiskLevel.IMMINENT),
    ("this time tomorrow none of this will matter", RiskLevel.IMMINENT),
    ("just waiting for everyone to fall asleep and then it's time", RiskLevel.IMMINENT),
    ("waiting for him to leave for his night shift, then that's it", RiskLevel.IMMINENT),
    ("tonight when the house is quiet i'm ending this", RiskLevel.IMMINENT),
    ("i've booked the day off work so nobody's around, tuesday it happens", RiskLevel.IMMINENT),
    ("midnight. that's when", RiskLevel.IMMINENT),
    ("sunday is the day. no going back", RiskLevel.IMMINENT),
    ("friday it happens", RiskLevel.IMMINENT),
    ("when the kids are at their dad's tomorrow i'm done", RiskLevel.IMMINENT),
    ("waiting for everyone to get to sleep then it's happening", RiskLevel.IMMINENT),
    ("found the spot. tomorrow at dawn", RiskLevel.IMMINENT),
    ("by this time tomorrow i won't feel anything", RiskLevel.IMMINENT),
    # means
    ("saved up enough now. tonight", RiskLevel.IMMINENT),
    ("i've been saving them for weeks, there's enough now", RiskLevel.IMMINENT),
    ("bought what i need, it's in my bag", RiskLevel.IMMINENT),
    ("everything's ready in the garage", RiskLevel.IMMINENT),
    ("it's all ready in the bathroom, i just need everyone out", RiskLevel.IMMINENT),
    ("i have it all lined up", RiskLevel.IMMINENT),
    ("went to the chemist for the last bit, i have enough now", RiskLevel.IMMINENT),
    ("they're hidden under my mattress til tonight", RiskLevel.IMMINENT),
    ("hid them in my sock drawer so mum can't find them before friday", RiskLevel.IMMINENT),
    ("got everything, just need the nerve now", RiskLevel.IMMINENT),
    ("i've got enough to make sure this time", RiskLevel.IMMINENT),
    ("the car's in the garage and i've got what i need", RiskLevel.IMMINENT),
    ("picked up the rest of what i need from two different chemists", RiskLevel.IMMINENT),
    ("i've got it all here with me, it won't take long", RiskLevel.IMMINENT),
    ("ive collected enough over the months, nobody noticed", RiskLevel.IMMINENT),
    ("pharmacy run done, i have enough now", RiskLevel.IMMINENT),
    # danger now
    ("he's got me by the hair and won't let go", RiskLevel.IMMINENT),
    (
        "i'm locked in the bathroom, he's been hitting me all night and he's still going",
        RiskLevel.IMMINENT,
    ),
    (
        "he took my phone, i'm on my sister's ipad, he won't let me out of the house",
        RiskLevel.IMMINENT,
    ),
    ("my ex just broke in and he's screaming at me", RiskLevel.IMMINENT),
    ("he's on his way back to finish what he started", RiskLevel.IMMINENT),
    ("he just threw me against the wall and he's still going", RiskLevel.IMMINENT),
    ("she's coming back tonight with her brothers to sort me out", RiskLevel.IMMINENT),
    ("hiding from him in the neighbour's shed, he's looking for me", RiskLevel.IMMINENT),
    ("he's pacing outside the bedroom with the kitchen knife", RiskLevel.IMMINENT),
    ("he said when he gets home tonight i'm dead and he means it", RiskLevel.IMMINENT),
    ("he keeps punching the wall next to my head and i can't get out", RiskLevel.IMMINENT),
    ("he's pinned me against the wall and won't let me move", RiskLevel.IMMINENT),
    ("she has been kicking me for an hour and she's still going", RiskLevel.IMMINENT),
    ("my ex has just broken into the flat, im hiding upstairs", RiskLevel.IMMINENT),
    ("he's sat outside my room with a hammer", RiskLevel.IMMINENT),
    ("hes punching the door next to my head and screaming", RiskLevel.IMMINENT),
]

TWINS = [
    "thank you for everything you did for me this year, best teacher ever",
    "thanks for everything, see you next week",
    "promise me you'll look after the plants while i'm in spain",
    "promise me you'll take care of yourself at uni",
    "can you look after biscuit for me this weekend, we're away at a wedding",
    "please water my plants from tomorrow, i'm on holiday for a week",
    "gave my guitar to my brother today, i'm getting a new one for my birthday",
    "giving my old books to my cousin, no use to me now i've finished the course",
    "this will be the last thing i write here, moving the blog to substack",
    "last time you'll hear from me about this, promise lol",
    "i've made my peace with the fact that we lost the final",
    "my passwords are in the blue notebook in case i forget them again",
    "the insurance papers are in the top drawer, you'll need them for the car claim",
    "sorry for what you're going to find in the fridge lol",
    "sorry for the mess you'll come home to, the kids made slime",
    "please don't let the kids go in the garage, the paint is still wet",
    "left the door unlocked for the cleaner",
    "tell mum i tried the recipe and it was amazing",
    "tell my sister i'm sorry i missed her party",
    "watching the last sunset of the holiday with a cocktail",
    "tomorrow is the last day of my job, so weird",
    "had my last meal before the surgery, nil by mouth from midnight",
    "you'll all be better off with the new manager",
    "make sure luna goes to my sister while we're in portugal",
    "sunday's the day we move!",
    "friday is the day of the exam, wish me luck",
    "saturday's the day, can't wait to marry her",
    "after the kids are at school tomorrow i'm done with housework for the week",
    "once the kids are in bed i'm done, wine time",
    "we've set the date for the wedding!",
    "counting down the hours till my holiday",
    "counting down the days till it's over, worst placement ever",
    "going to the cliffs tonight to watch the sunset",
    "found the perfect spot for the picnic tomorrow",
    "i know the spot, tomorrow at first light we'll get the best photos",
    "by this time tomorrow it'll all be over, the exam i mean",
    "this time tomorrow we'll be married",
    "waiting for everyone to fall asleep and then it's time to wrap the presents",
    "waiting for the kids to go to bed and then it's time for wine",
    "saved up enough for the new phone finally",
    "bought what i need for the cake, it's in my bag",
    "everything's ready in the garage for band practice",
    "it's all ready in the kitchen, just need the guests to arrive",
    "i have it all lined up for the weekend",
    "went to the chemist for the last bits for the holiday, suncream etc",
    "hid the presents under my mattress til christmas",
    "got everything for the bungee jump, just need the nerve now",
    "my ex just broke the news that she's moving",
    "he's on his way back to finish the painting he started",
    "my mum's coming back tonight with her brothers for dinner",
    "hiding from my boss in the stationery cupboard lol",
    "he's got me by the hand and won't let go, so cute",
    "he keeps punching the air when his team scores",
    "he took my phone to play games lol",
    "he said when he gets home tonight i'm dead meat for eating his leftovers lol",
    "thanks for the lift one last time before i go to uni",
    "thank you for the amazing season everyone, one last time!",
    "can u look after my dog from now on on tuesdays, i've got a new job",
    "promise me you'll take care of my little brother at the sleepover",
    "gave my old ps4 to my nephew since i got a ps5",
    "i won't be texting anyone again after tonight until my phone is fixed",
    "they'll all be better off by the morning once the storm passes",
    "you won't have to pick me up after tonight, i've passed my driving test",
    "made peace with my ex. i'm ready to move on with my life",
    "the bank cards are in the kitchen drawer, you'll need them for the shopping",
    "sorry for what you're going to find in the bathroom, the toilet is blocked again",
    "don't let the kids go in the garden tomorrow, the grass is just seeded",
    "tell my dad i tried his chilli recipe",
    "watching the sunrise from the plane, so pretty",
    "sunday is the day of the big match, come on you reds",
    "tomorrow's the day i get my results",
    "the 14th is the day we fly",
    "friday it happens, my first solo gig",
    "once everyone is at work tomorrow i'm doing a deep clean",
    "waiting for everyone to get to sleep then it's movie time for me",
    "counting down the hours till i see you",
    "found the spot for our picnic, tomorrow at noon",
    "by this time tomorrow i'll be in rome",
    "been collecting them for months and now there's enough for the full set",
    "everything's set up in the shed for my pottery class",
    "got them all lined up on the shelf, my little figurine army",
    "got everything now, just need the courage to ask her out",
    "pharmacy run done, got my hay fever tablets",
    "hid them in my drawer till friday, it's her birthday",
    "she kicked me under the table to stop me talking lol",
    "someone broke into my car last night and took my sat nav",
    "he's coming back with his mates tomorrow to help me move",
    "hiding from my stepdad's terrible jokes in my room",
    "he's sat outside my room playing guitar badly",
    "my neighbour keeps hammering the wall next to my head, diy at 7am",
    "passwords are in the notebook",
    "the last day of term, so happy",
    "we've saved up enough for a house deposit!",
    "my dog has to be rehomed because of my landlord, please keep her safe",
    "had my last cigarette, day one of quitting",
    "i'm done with this level",
    "after the kids are at school tomorrow i'm going to the gym",
    "when she gets home i'm dead lol she'll see the dent in the car",
    "it's happening when they leave for work, surprise party for dad",
    "thanks for everything, one last time before i go on holiday!",
    "please look after my cat from now on while i'm travelling, i can't take her",
    "you'll all be better off from monday when the new timetable starts",
    "by this time tomorrow it'll all be over and i'll be on a beach",
    "counting down the hours now, flight's at 6",
    "everything's ready in the car for the road trip",
    "saturday's the night we fly out",
    "it's happening once they leave for the airport, operation tidy the house",
    "gave all my furniture away to my neighbour, no use to me now we're moving",
    "sorry for the mess you'll have to deal with after the move",
    "i won't be online again after this, the new flat has no wifi yet",
    "tomorrow is my last day at work, i won't be needing my lanyard anymore",
    "i won't be logging in again after today, new job on monday",
    "friday's the day, first date in years",
    "it's all laid out in the bedroom, my wedding dress and shoes",
    "made my peace with being single, i'm ready to date again",
    "counting down the days till the wedding",
    "by this time tomorrow it'll all be over, last exam!",
    "tell my mum i tried my best in the exam",
    "saved up enough revision notes to paper the walls lol",
    "i have it all lined up for the raid tonight",
    "he's been beating me at fifa all night and he's still going",
    "got everything, just need the nerve to jump off the high board",
    "waiting for everyone to fall asleep then it's time to put the presents out",
    "sorry for what you're going to find after the party",
    "hid them under my bed until tonight, the birthday presents i mean",
    "we're rehoming our dog, please keep him happy he's a good boy",
    "please take care of the kittens from now on, they're yours now!",
    "make sure rex goes to my brother, he'll love him like i did when we emigrate",
    "selling my guitar, won't be needing it anymore",
    "sold my car, no use to me now i work from home",
    "how should i respond if a client says sunday's the day?",
    "in the film he gives away all his stuff before the end",
    "my friend said she's been saving them for weeks, what do i do?",
    "my sister's ex broke into her flat last year",
    "the character says 'this is the last thing i'll write' in chapter three",
    "we learned about warning signs like giving away possessions in training",
    "hiding from my mum because i ate her chocolate lol",
    "he's waiting outside the door with a cake, the sweetie",
    "my neighbour is punching the wall next to my head again, thin walls",
    "passwords are all in the notebook for mum, she always forgets hers",
    "i know the spot, tomorrow at dawn for the fishing",
    "just counting down the hours till home time",
    "once everyone is at work tomorrow i'm doing a big clean",
    "tonight when the house is quiet i'm finishing this book",
    "promise me you'll take care of yourself",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_imminent_without_death_words(text: str, level: RiskLevel) -> None:
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_an_en_r11_rule_fires(text: str, level: RiskLevel) -> None:
    hits = _pattern_pass(text)[1]
    assert any(h.rule.id.startswith("en.r11.") and h.level.rank >= level.rank for h in hits)


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert _pattern_pass(text)[0].rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    [
        "sunday's the day",
        "everything's ready in the garage",
        "promise me you'll look after the kids",
        "he's on his way back to finish what he started",
    ],
)
def test_screen_says_imminent(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT


def test_categories() -> None:
    hits = _pattern_pass("my ex just broke in and he's screaming at me")[1]
    assert any("abuse_or_violence" in h.rule.categories for h in hits)
    hits = _pattern_pass(
        "i've given most of my stuff away this week, it's better they have it now"
    )[1]
    assert any("suicidal_ideation" in h.rule.categories for h in hits)
