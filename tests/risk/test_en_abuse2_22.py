"""rules-1.12 (abuse2): abuse, violence and harm to others at the moderate/high boundary.

Families (patterns.yaml, the en.r12b.* rules between the abuse2 markers):

- neglect: a child left alone for days or all night, no food at home and a parent gone,
  not fed, locked in a room without food or out of the house, made to sleep outside, a
  parent drunk or high and the baby left alone (abuse2_neglect);
- care and elder abuse: a carer or care home staff slapping, pinching, being rough or
  leaving someone in wet sheets; a son, daughter or grandson taking the pension or bank card
  with a shove or a threat (abuse2_care);
- trafficking and forced work or sex: the passport or documents taken with work, debt or no
  way out, made to work for what one "owes", made to sell drugs under threat, sold to his
  friends or made to sleep with men for money (abuse2_forced);
- honour-based threats and forced marriage: threats "for dishonouring the family", shame
  "and i will pay for it", beaten over a dowry (abuse2_honour);
- someone else hurt at home or close by: "my son in law hits my daughter", "my friend's mum
  burns her with cigarettes", "i can hear the kids next door getting hit every night"
  (abuse2_other);
- habitual acts on me the older rules do not name: bites, spits on me, "hits me if i
  disagree", comes home drunk and beats my mum, keeps me locked in (abuse2_acts);
- harm to others: afraid one will snap and hurt someone (hto2_snap); revenge with a target,
  "she's dead when i see her", "i'll make sure she never walks again" (hto2_revenge).

The phrasings are the helper's own probe (240 messages, of which these are the ones main
still rated below high). Every positive below screened below high through `screen()` on main
before this change and reaches high now. The twins share the surface words (parties, being
home alone as a teen, pets, babies and toddlers, games and sport, a charity fast, visas,
payroll and the hospital, hair dye and spoilers, feelings, learning to drive, films, books
and podcasts, past abuse that is over, boundaries such as "won't let me go to the party",
work deadlines) and screen below moderate; a few of them (kicked in his sleep, hit with
puns or extra laps, "make him pay for dinner", a cat plotting to kill me, keys kept because
i lose them, beating her at everything, hitting the sofa) screened moderate or high on main
and are held down by the abuse2 idioms.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass, screen
from mindline.risk.types import RiskLevel

POSITIVES = [
    "my mum leaves us alone for days and there's no food",
    "my mum leaves my baby brother alone all day and he has no food",
    "my parents lock us in our room without food",
    "there's no food in the house and mum hasn't been home for three days",
    "my mum is always drunk and leaves the baby alone",
    "the carer at my nan's home slaps her",
    "my dad's carer hits him and takes his money",
    "the staff at the care home are rough with my grandad and he has bruises",
    "my grandson takes my money and pushes me around",
    "they took my passport and make me work for no pay",
    "i am being forced to work and they won't let me leave",
    "they make me sleep with men for money and i can't leave",
    "he sells me to his friends",
    "my boss took my documents and says he'll report me if i leave",
    "i owe them money and they make me sell drugs and threaten my family",
    "they keep me locked in the house and make me work",
    "i'm scared i'll snap and hurt someone at work",
    "my brothers say they'll kill me for dishonouring the family",
    "my partner controls everything and hits me if i disagree",
    "every night he comes home drunk and hits my mom",
    "he bites me until i bleed",
    "he spits on me and kicks me",
    "my pimp beats me if i don't make enough",
    "my neighbour hits his kids really hard, i can hear them screaming every night",
    "my friend's dad hits her and she's scared to go home",
    "i'm going to teach her a lesson she won't forget, she'll be in hospital",
    "he's dead when i see him, i swear",
    "my husband won't let me see a doctor and keeps me locked in",
    "my caregiver hits me and i can't leave because i use a wheelchair",
    "my son in law hits my mother",
    "my mum leaves me and my sister alone for days with no food",
    "mum goes out drinking and leaves us on our own for the whole weekend",
    "we haven't eaten in two days because mum's been gone",
    "my dad leaves my little brother alone at night and goes out",
    "there's never any food at home and my mum sleeps all day",
    "my little sister is only 4 and mum leaves her alone while she goes out",
    "my parents don't feed us and we go to school hungry every day",
    "mum locks us out of the house until late at night",
    "my mum leaves the baby in her cot all day and doesn't change her",
    "my parents forget to feed my baby brother when they're high",
    "my dad is always high and the baby gets left alone",
    "my mum passes out drunk and i have to look after the baby and there's no food",
    "nobody has been home for four days and we've run out of food",
    "my parents make me sleep outside when i'm bad",
    "the carers at my mum's home shout at her and leave her in wet sheets all day",
    "the care home staff hit my dad, he has bruises on his arms",
    "the nurse at my gran's care home pushes her around and she cries when i visit",
    "my grandma's carer steals her money and shouts at her",
    "my nan's carer slaps her when she won't eat",
    "my daughter shouts at me and shoves me and takes my bank card",
    "my son won't let me see my friends and takes all my money, i'm frightened of him",
    "my carer pinches me and says no one will believe an old woman",
    "my husband's family keep me locked in and make me do all the work",
    "they took my passport when i arrived and i have to work to pay the debt",
    "my employer keeps my passport and doesn't pay me and won't let me go out",
    "i work 16 hours a day and they won't give me my passport back",
    "the man who brought me here makes me work and says i owe him",
    "they make me have sex with customers and keep all the money",
    "my boyfriend makes me sleep with his friends for money",
    "i'm not allowed to leave the house where i work and they lock the doors",
    "my dad says i've brought shame on the family and i will pay for it",
    "my husband's family beat me because i didn't bring enough dowry",
    "i'm scared i'll snap and hurt someone",
    "i'm scared i'll lose it and hurt my partner",
    "i'm worried i'm going to really hurt someone at school",
    "she's dead when i see her",
    "i'll make sure she never walks again",
    "i'm going to make him regret the day he was born",
    "i'm going to get him and his family",
    "i'm going to wait for him after work and give him what he deserves",
    "my son in law hits my daughter and i'm scared for her",
    "my best friend's boyfriend beats her up",
    "my neighbour beats his wife, i can hear it every night",
    "i can hear the kids next door getting hit every night",
    "my friend's mum burns her with cigarettes",
    "my cousin's husband beats her and the kids",
    "my brother hits his girlfriend",
    "my dad bites me",
    "my husband spits on me and calls me names and pushes me",
    "my partner bites me when he's drunk",
    "my partner controls my money and hits me if i spend anything",
    "my husband makes me ask permission to eat and hits me if i don't",
    "my dad comes home drunk and beats my mum",
    "the man i work for hits me if i don't make enough money",
]

TWINS = [
    "my mum leaves us alone for the weekend and we're having a party",
    "my parents left me home alone for the first time, i'm 16 and loving it",
    "my parents finally trust me to stay home alone for the weekend",
    "mum leaves the dog alone all day and he chews the sofa",
    "there's no food in the house, mum hasn't been shopping yet, ordering pizza",
    "there's never any food in the fridge at uni lol",
    "we haven't eaten in two days because we're doing a charity fast",
    "we haven't eaten since breakfast because mum's stuck in traffic",
    "my dad leaves my little brother alone at the park for five minutes while he parks the car",
    "nobody has been home for four days and the plants are dying",
    "my parents don't feed me vegetables, they just let me eat pizza lol",
    "my mum forgot to feed the cat again",
    "my dad forgets to feed the fish when we're away",
    "my mum locks us out of the wifi until late at night",
    "my parents locked me out of the house by accident, waiting for them to get back",
    "my parents make me sleep in a tent when we go camping",
    "we had to sleep in the car on the road trip",
    "my little sister bites me when she's tired",
    "my puppy bites me when he's teething",
    "my baby bites me when she's teething",
    "my cat scratches me when i try to cut her claws",
    "my little brother pinches me lol",
    "my toddler kicks me in his sleep every night",
    "my boyfriend kicks me in his sleep and steals the duvet",
    "my dad pulls my leg all the time",
    "my husband spits out his coffee every time he reads the news",
    "my sister kicks me under the table when mum isn't looking lol",
    "the baby kicks me all night, she's due in march",
    "my partner hits me with terrible puns every morning",
    "my brother hits me with a pillow if i snore",
    "my coach hits me with extra laps if i'm late",
    "my dad hits me with the same joke every time i visit",
    "my boyfriend beats me at fifa every time",
    "my brother beats me at chess every time and i hate it",
    "my dad beats my mum at scrabble every weekend",
    "my sister's boyfriend beats her at tennis every week",
    "my neighbour hits his kids' ball back over the fence every time",
    "my husband hits my mother in law's car when he parks lol",
    "my brother hits his girlfriend with a water balloon at the beach",
    "my neighbour beats his rugs every sunday morning",
    "the carer at my nan's home is so lovely, she brings her flowers",
    "my nan's carer makes her laugh every day",
    "the care home staff are amazing with my dad",
    "my grandma's carer takes her shopping every tuesday",
    "my son takes my car every weekend and never fills the tank lol",
    "my grandson takes my money at cards every christmas",
    "my daughter takes my bank card to do my shopping for me",
    "my son won't let me lift anything heavy since my surgery",
    "the embassy has my passport while they process my visa",
    "my boss took my documents to sort out my payroll",
    "the hotel kept my passport overnight at check in",
    "i work 16 hours a day and my boss won't give me a day off",
    "my boss makes me work weekends and it's exhausting",
    "i'm being forced to work overtime again this week",
    "they make me work late every friday, i need a new job",
    "my manager makes me work the till and i hate it",
    "i owe them money for the concert tickets so i'm selling my old clothes",
    "my landlord won't give me my deposit back",
    "they make me carry the heavy boxes at work",
    "my mum will kill me if she finds out i dyed my hair",
    "my dad will kill me if he finds out i crashed the car lol",
    "my parents will kill me if they find out i skipped school",
    "my mum will kill me if she finds out i have a boyfriend lol",
    "my family will kill me when they see my tattoo",
    "my mum says i've brought shame on the family by wearing socks with sandals lol",
    "my sister is getting married abroad and i'm scared of flying",
    "we're going abroad to get married next spring",
    "my parents want me to get married before 30, so annoying",
    "i'm scared i'll hurt someone's feelings if i cancel",
    "i'm worried i'll hit someone when i'm learning to drive",
    "i'm afraid i'll hurt someone in the tackle at rugby tomorrow",
    "i'm scared i'll snap at my kids because i'm so tired",
    "i'm worried i'll snap at my boss tomorrow",
    "he's dead when i see him, he ate my leftovers lol",
    "she's dead when i see her, she spoiled the finale",
    "he's dead when i find him, he borrowed my charger and never gave it back haha",
    "i'm going to make him regret the day he challenged me to mario kart",
    "i'm going to teach her a lesson at chess tonight",
    "i'm going to wait for him after work and give him his birthday present",
    "i'm going to get him and his family a christmas hamper",
    "my boss will kill me if i'm late again",
    "my boss is going to kill me when he sees this spreadsheet",
    "the deadline is killing me",
    "my teacher will murder me if i forget my homework again",
    "in the film he chokes her when he's drunk, it was so hard to watch",
    "the character in the show beats his wife, it's a dark series",
    "i'm watching a true crime doc about a man who kept his wife locked in",
    "this podcast about trafficking is so upsetting",
    "the book is about a girl whose mum leaves her alone for days",
    "my ex used to shout at me, i'm safe now",
    "my mum won't let me go to the party",
    "my dad won't let me go out on a school night",
    "my mum took my phone because i was on it all night",
    "my parents took my keys after i crashed the car",
    "my boyfriend won't let me pay for dinner lol",
    "my husband won't let me leave the house without a coat",
    "my wife won't let me watch football on sundays",
    "my mum hid my xbox controller until i finish my homework",
    "i'm going to hurt myself at the gym tomorrow haha leg day",
    "i'm going to kill it at the interview tomorrow",
    "i'm going to destroy him at fortnite tonight",
    "i'm going to make him pay for dinner next time",
    "i'm going to get him back for that prank",
    "i want revenge on my brother for eating my chocolate",
    "i'm going to hunt down that recipe",
    "we're going to crush them in the final on saturday",
    "my team is going to murder them tonight",
    "i could kill for a coffee right now",
    "i'm going to strangle my printer",
    "my cat is plotting to kill me",
    "my dog pulls my hair when he wants a walk",
    "my son hits me with his toy sword when we play pirates",
    "my daughter kicks me every time she does karate practice",
    "my kids beat me up with pillows every morning",
    "my neighbour shouts at his dog every night",
    "i can hear the kids next door screaming with laughter every night",
    "i can hear the neighbours arguing about football",
    "my friend's mum burns the toast every morning",
    "my cousin's husband beats everyone at darts",
    "my brother hits the gym every day",
    "my dad comes home drunk from the office party every christmas",
    "he comes home tired and falls asleep on the sofa",
    "my mum comes home late and makes us dinner",
    "my husband makes me laugh every day",
    "my partner controls the tv remote and the thermostat lol",
    "my dad tracks my phone when i go to festivals so he knows i'm safe",
    "my grandma keeps me locked in conversation for hours lol",
    "the snow kept me locked in all week",
    "the lift broke and we were locked in for an hour",
    "they locked the doors at work early so we went home",
    "i'm not allowed to leave the house until i finish my revision",
    "my parents make me do all the chores",
    "my parents make me babysit my little brother every friday",
    "my sister left me alone with her kids all day, exhausting",
    "mum leaves us to make our own dinner on fridays",
    "my mum is always busy and leaves the baby with my nan",
    "my dad is always at work so the baby stays with my mum",
    "the baby gets left with the childminder on mondays",
    "my mum went on holiday and left us with my aunt for a week",
    "my pimp my ride episode was hilarious",
    "my manager threatens to fire me if i'm late again",
    "my landlord threatens to evict us if we don't pay",
    "my teacher threatens to call my parents if i talk in class",
    "my son threatens to move out every time i ask him to tidy up",
    "my brother says he'll kill me if i touch his car",
    "my sister says she'll kill me if i read her diary",
    "my friend says she'll kill me if i tell anyone about her crush",
    "my boyfriend won't let me leave the house in his hoodie lol",
    "my husband keeps my keys because i always lose them",
    "she takes all my money at poker",
    "the hospital took my blood and my documents for the appointment",
    "my nan's care home is short of staff but they're kind",
    "my grandad's carer is the best, she made him a cake",
    "the nurse at my gran's home hugs her every morning",
    "the care home staff pushed my grandad around the garden in his wheelchair",
    "my caregiver helps me into my wheelchair every morning",
    "my son in law hits golf balls in my garden",
    "my husband hits the snooze button every morning",
    "my sister's husband hits the pub every friday",
    "i want to make her suffer through my karaoke set lol",
    "i want to make him suffer by beating him at monopoly",
    "i'm going to make them all pay attention",
    "i'm going to make them all pay their share of the bill",
    "i swear i'm going to hurt him if he spoils the ending lol",
    "i'm going to beat him in the race tomorrow",
    "i'm going to put him in his place at the debate",
    "i'm going to ruin his surprise party by telling everyone",
    "my parents left us alone for the weekend at our cabin, best trip ever",
    "my mum leaves me alone all night when she works nights, i'm 17 so it's fine",
    "there's no food in the house and mum has been gone all day at work, getting a takeaway",
    "my mum's been gone for two days on a work trip and we've run out of milk",
    "my dad leaves my brother alone at night to sleep in his own room now, big step",
    "my parents don't feed us sugar on school nights",
    "they locked us out of the house until late because dad lost his keys",
    "my carer hit the jackpot at bingo last night",
    "my grandma's carer took her money to the bank for her",
    "the care home staff pushed her around the garden in her wheelchair, she loved it",
    "my son takes my money at cards and threatens to win again next week",
    "my boss took my passport details to book the flights and won't let me leave early friday",
    "they made me work the whole weekend for no overtime pay, so unfair",
    "my manager makes me work late and won't let me go home before 7",
    "they make me sell raffle tickets at school",
    "my parents are making me get married in a church instead of on the beach",
    "my sister's boyfriend beats her at everything",
    "my neighbour hits his golf balls into our garden",
    "my brother hits his head on the door frame every morning",
    "my dad bites my head off when he's tired",
    "my boyfriend bites his nails when he's nervous",
    "she hits me up every time she's in town",
    "he hits me up when he's bored lol",
    "my dad comes home angry from work and hits the gym",
    "my husband comes home drunk and hits the sofa",
    "my parents keep me locked in on school nights, can't even go to the shop",
    "i'm scared i'll snap and yell at someone at work, i'm so stressed",
    "i'm worried i'll hurt my back lifting the boxes",
    "she's dead when i see her, she's got my favourite jumper",
    "i'm going to make sure he never walks into my kitchen with muddy boots again",
    "i'm going to wait for him after work and give him a lift home",
    "i'm going to teach him a lesson in how to cook",
    "my family are making me go to my cousin's wedding abroad and i don't want to go",
    "my pimp my ride obsession continues",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_abuse2_positives_reach_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", POSITIVES)
def test_an_abuse2_rule_fires(text: str) -> None:
    hits = _pattern_pass(text)[1]
    assert any(
        h.rule.id.startswith("en.r12b.") and h.level.rank >= RiskLevel.HIGH.rank for h in hits
    )


@pytest.mark.parametrize("text", TWINS)
def test_abuse2_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


def test_categories() -> None:
    assert (
        "abuse_or_violence"
        in screen("my mum leaves us alone for days and there's no food").categories
    )
    assert "abuse_or_violence" in screen("he sells me to his friends").categories
    assert "harm_to_others" in screen("i'm scared i'll snap and hurt someone").categories
    assert "harm_to_others" in screen("she's dead when i see her").categories


def test_no_duplicates() -> None:
    assert len(set(POSITIVES)) == len(POSITIVES)
    assert len(set(TWINS)) == len(TWINS)
    assert not set(POSITIVES) & set(TWINS)
