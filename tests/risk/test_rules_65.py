"""rules-1.58: the misses of review round 39 (four briefs: service members, veterans and military
families; new and expectant fathers; athletes and performers; LGBTQ+ people in religious and strict
families), once rounds 40 and 41 were written to be blind.

Fathers and families: "i keep getting this thought when im bathing her of just letting go" and a
French "des images qui me viennent de le secouer" (unwanted thoughts of harm: high, not a moment),
"swallowed the rest of her codeine from the c section", "got the bottle and her pills lined up on
the table, nobodys home til 6. im sorry" (her pills, the writer's risk), "we lost our daughter at
38 weeks. i keep wishing i'd gone with her", "unlocked the safe. kids are at their grandmas for the
weekend ... i think this is it", "does life insurance still pay out if a dad ctb's", stage and
sport ("what would he take that wouldnt show up on a drug test" for a film, "got my dads bat in the
car and im waiting for him", "locked in the bathroom at the dance studio with a blade rn, im going
to cut"), and round 39's everyday messages read moderate or above ("paternity leave q, can i split
it into two blocks", "co-sleeping ... want to get it right", a German "ich bring meinen chef um ...
spass beiseite" and an Italian "mia suocera mi ammazza se ... ahah"). What rules-1.57 read is in
the comment beside each.
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.57: none
    (
        (
            "unlocked the safe. kids are at their grandmas for the weekend. house is quiet for "
            "once. i think this is it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.57: moderate
    (
        (
            "took every pill the va gave me with a bottle of whiskey. rooms spinning. not calling "
            "anyone so dont ask"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.57: moderate
    (
        (
            "everyone in my unit joked about eating a bullet lol. dark humor right. thing is i "
            "think about it every night now and im not laughing"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.57: low
    (
        (
            "i swear the neighbors are tracking my movements for someone. the drone noise at "
            "night, the car thats always parked there. wife says im paranoid"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.57: moderate
    (
        (
            "i keep getting this thought when im bathing her of just letting go. i dont want to, i "
            "love her so much. i dont bath her on my own anymore bc im scared of my own head"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.57: low
    (
        (
            "cant stop shaking. got the bottle and her pills lined up on the table, nobodys home "
            "til 6. im sorry"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.57: high
    (
        (
            "dropped the baby at my mums and told her i love her. im 18 and im done, not coming "
            "back from this walk"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.57: low
    (
        (
            "we lost our daughter at 38 weeks. i keep wishing i'd gone with her. not doing "
            "anything about it, i just wish it"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.57: low
    (
        (
            "random q lol but does life insurance still pay out if a dad ctb's. asking for the "
            "mortgage"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.57: high
    (
        (
            "swallowed the rest of her codeine from the c section to knock myself out, room is "
            "spinning"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.57: none
    (
        (
            "stag do turned into a 2 day bender, way too much coke, heart going mental and chest "
            "is tight. baby due next week"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.57: high
    (
        "in the bathroom with the blade, already cut and i cant stop, theres a lot of blood",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.57: none
    ("razor's out, going to do it the second she goes up to bed", IMMINENT, "self_harm"),
    # rules-1.57: low
    (
        (
            "since the baby ive been skipping lunch and running at 5am to burn off the takeaways. "
            "she thinks im being healthy"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.57: low
    (
        (
            "honestly she and the baby would prob be better off at her mums without me, i just "
            "bring the mood down in that house"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.57: high
    (
        (
            "locked in the bathroom at the dance studio with a blade rn, im going to cut, i cant "
            "hold it off this time"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.57: high
    (
        (
            "just burned myself with a lighter in the back of the tour bus and im about to do it "
            "again, its the only thing that makes the hate comments go quiet"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.57: high
    (
        (
            "coach benched me in front of everyone again. got my dads bat in the car and im "
            "waiting for him in the parking lot. hes done"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.57: high
    (
        (
            "the crowd noise is still in my head and its telling me to cut off my fingers so i can "
            "never play again. getting the knife from the kitchen now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.57: none
    (
        (
            "writing a short film about a boxer who cant make weight and ends it, what would he "
            "take that wouldnt show up on a drug test"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.57: none
    (
        (
            "buying gear off a guy at the gym for the season, never seen a doctor about it, half "
            "the team does it anyway"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.57: none
    (
        (
            "our director said i look heavy in the costume so ive been skipping lunch and doing an "
            "extra hour of cardio after rehearsal every night"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.57: low
    (
        (
            "lately on stage i hear my name whispered from the back of the hall even when its "
            "empty. is that normal after no sleep"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.57: low
    (
        (
            "writing a story where the trans girl ctbs, what would be quick and painless enough "
            "that nobody finds her in time"
        ),
        HIGH,
        "method_seeking",
    ),
]

UNDER_READ_INTL = [
    # rules-1.57: none
    (
        (
            "il m'a dit que si je parle a l'assistante sociale de la base il me tue et il garde "
            "les enfants. il a ses armes a la maison et je le crois"
        ),
        "fr",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.57: low
    (
        (
            "je bois seule tous les soirs depuis qu'il est parti en opex, jusqu'a plus rien "
            "penser. sinon je dors pas du tout"
        ),
        "fr",
        MODERATE,
        "substance",
    ),
    # rules-1.57: low
    (
        (
            "seit die kleine da ist trink ich jeden abend bis ich nix mehr merk, sonst schlaf ich "
            "gar nicht. meine frau weiß nicht wie viel"
        ),
        "de",
        MODERATE,
        "substance",
    ),
    # rules-1.57: moderate
    (
        (
            "depuis la naissance j'ai des images qui me viennent de le secouer quand il hurle. je "
            "l'aime plus que tout, j'ai jamais rien fait, mais j'ai peur de moi"
        ),
        "fr",
        HIGH,
        "harm_to_others",
    ),
    # rules-1.57: moderate
    (
        (
            "ya no puedo más. tengo guardadas las pastillas que le recetaron a ella después de la "
            "cesárea y esta noche cuando se duerman las dos me las tomo"
        ),
        "es",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.57: moderate
    (
        (
            "quando il piccolo piange la mia compagna mi tira addosso le cose e mi graffia, dice "
            "che se la lascio il bambino non lo vedo più. non lo dico a nessuno, chi ci crede a un "
            "uomo"
        ),
        "it",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.57: low
    (
        (
            "tô há três dias só na água pra bater o peso da categoria, o técnico disse que é "
            "normal e que todo mundo faz"
        ),
        "pt",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.57: high
    (
        (
            "meu pai tá quebrando a porta do meu quarto gritando que prefere um filho morto do que "
            "viado, to com muito medo"
        ),
        "pt",
        IMMINENT,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.57: imminent
    (
        (
            "ich bring meinen chef um. elternzeit genehmigt und jetzt soll ich doch 'kurz' ins "
            "meeting kommen. spaß beiseite, wie sag ich nein ohne ärger"
        ),
        "de",
    ),
    # rules-1.57: high
    (
        "which is more dangerous, co-sleeping in the bed or dozing off on the sofa with him? want "
        "to get it right"
    ),
    # rules-1.57: high
    (
        (
            "mia suocera mi ammazza se non battezziamo il bambino entro giugno ahah. consigli per "
            "sopravvivere ai parenti?"
        ),
        "it",
    ),
    # rules-1.57: high
    "paternity leave q, can i split it into two blocks or does it have to be one go",
    # rules-1.57: moderate
    (
        "our guitarist is drinking every day on tour and drove the van drunk last night. im scared "
        "for him"
    ),
]

TWINS = [
    "what would be quick and painless for dinner tonight, something with pasta",
    "does life insurance still pay out if a dad dies in a car crash abroad",
    "everyone in my unit joked about eating a bullet lol, dark humour keeps us going",
    "what can i take for a cold that wouldnt show up on a drug test before the fight",
    "got my dads bat in the car for practice, waiting for him to finish work",
    "getting the knife from the kitchen now to cut the birthday cake",
    "already cut the fabric and i cant stop, this quilt is addictive",
    "just burned myself on the oven tray and im about to do it again, i never learn",
    "im going to cut my hair tonight with the kitchen scissors, wish me luck",
    "not coming back from this walk without a coffee",
    "pills lined up on the table for the week, sorting the dosette box",
    "took every pill the doctor prescribed on time this week, proud of me",
    "razors out, going to do it before the wedding, legs first",
    "way too much coffee this morning, heart going mental lol",
    "unlocked the safe to get my passport out, flight tomorrow",
    "skipping lunch and doing cardio because i have meetings all afternoon",
    "hear my name called when the office is empty, turns out it was the cleaner",
    "they are better off at their nans without me for a weekend, i need a rest",
    "i wish i had gone with her to the concert, looked amazing",
    "buying gear off a guy on facebook marketplace, a tent and two sleeping bags",
    ("j'ai des images de le voir grandir trop vite", "fr"),
    ("si je parle trop il me tue avec ses blagues, il est drole", "fr"),
    ("mia figlia mi tira addosso le palline quando giochiamo", "it"),
    ("esta noche me las tomo con la cena, las vitaminas", "es"),
    ("faz dois dias so na agua de coco na praia, que delicia", "pt"),
    ("ich trinke jeden abend tee bis ich mude bin", "de"),
]

STILL_ALARMS = [
    "paternity leave starts monday and i am going to kill myself tonight",
    "co-sleeping question. also i took all my pills an hour ago",
    "want to get it right. i am going to kill myself tonight",
]


test_round_39s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_39s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
