"""rules-1.28 (scene): violence about to happen, told as a scene (risk/danger.py).

The risky messages are from review rounds 8 to 11, written from the label guide by helpers
who never saw the engine; rules-1.27 read each of them below imminent. The twins share their
words (a knife for a picnic, a wait outside a house for a lift, keys forgotten)."""

from __future__ import annotations

import pytest

from mindline.risk import danger, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel

SCENES = [
    (
        (
            "dads smashed the tv and now hes coming up the stairs shouting my name, "
            "ive pushed my desk against the door, im 14"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "kitchen knife in my coat pocket and im outside his flat. dont bother "
            "talking me out of it"
        ),
        "harm_to_others",
    ),
    (
        (
            "sat in the car outside the school gates waiting for the teacher who "
            "touched my girl. im not here for a chat"
        ),
        "harm_to_others",
    ),
    (
        (
            "my son has the big knife from the drawer and is screaming hell kill "
            "me. im locked in the car on the drive"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "fare in the back has grabbed my hair and wont let me pull over, typing "
            "this at the lights, cant get out"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "bloke from upstairs followed me in, hes on my landing shouting hell do "
            "me, the door wont hold long"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "my ex is outside the refuge with a petrol can shouting my name. staff "
            "are on the phone but im so scared"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "hes on the stairs rn i can hear him counting like he does before. "
            "locked the bathroom but the lock is rubbish"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "my ex is parked across from the refuge engine running, staff are on "
            "their break. how did he even find this place"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "lodger downstairs is drunk and trying my bedroom handle again, keeps "
            "saying we need to talk. chest of drawers is against it now"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "my son is 19 and hes got the big kitchen knife out again, im hiding in "
            "the garden shed and i can hear him calling me"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "ex is hitting the window with something metal, kids are under the bed "
            "with me, police said ten min, it feels like an hour"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "stepdads outside my room with his belt in his hand saying i have five "
            "seconds to open up"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "got into the car and locked it, hes in the street yanking the handle "
            "and screaming hell drag me out by my hair"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "mums boyfriend is kicking my door in, the frame is cracking, im 14 and "
            "my little sister is behind me"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "farmer here, neighbour from the boundary row is at my yard gate with "
            "his shotgun shouting for me to come out. im in the milking parlour"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "she wont let me out, doors locked, doing 90 on the motorway screaming "
            "that shell take us both into the barrier"
        ),
        "abuse_or_violence",
    ),
    (
        (
            "dads drunk and has mum against the wall and now hes shouting my name, "
            "im in the airing cupboard"
        ),
        "abuse_or_violence",
    ),
    ("on the bus to my exs new place with a blade up my sleeve. four more stops", "harm_to_others"),
    (
        (
            "waiting in the work car park for my manager, tyre iron under the seat. "
            "hes getting his appraisal tonight"
        ),
        "harm_to_others",
    ),
    (
        (
            "night shift, the old fella in room 4 wont stop, ive got the pillow and "
            "im going in. nobody checks till 6"
        ),
        "harm_to_others",
    ),
    (
        (
            "farmer. the lad from the next farm poisoned my dogs. shotguns in the "
            "truck and im halfway up his track"
        ),
        "harm_to_others",
    ),
    (
        (
            "she says ill never see the kids again. im at the school gates, shes "
            "doing pickup in ten and ive brought the knife"
        ),
        "harm_to_others",
    ),
    (
        (
            "the man who raped my sister got out today. im sat in my car on his "
            "street. theres no going back for me after tonight"
        ),
        "harm_to_others",
    ),
]

TWINS = [
    "waiting outside his house to pick him up for football, hes always late",
    "knife in my bag for the picnic, waiting for her outside the station",
    "hes banging on the door, forgot his keys again",
    "my husband is in the hallway now fixing the light",
    "the dog followed me home rn lol",
    "delivery guy is at the door with a massive box",
    "my ex turned up at my work today with my stuff, awkward but fine",
    "he grabbed my arm to stop me falling on the ice, so sweet",
    "my son has the big knife from the drawer, carving the turkey like a pro",
    "my nan wont let me leave without taking leftovers",
    "parked outside her house, surprise birthday pick up at 7",
    "sat outside the school gates waiting for the kids, rain again",
    "chef has a knife in his hand all day, thats the job",
    "some guys followed me off the bus asking for directions",
    "kitchen knife in my bag for the cooking class tonight",
    "on my way to his flat now for the match",
]


@pytest.mark.parametrize(("text", "category"), SCENES)
def test_a_scene_of_violence_about_to_happen_is_imminent(text: str, category: str) -> None:
    result = screen(text)
    assert result.level is RiskLevel.IMMINENT, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", TWINS)
def test_the_same_words_in_an_everyday_scene_are_no_scene(text: str) -> None:
    assert danger.find(normalize(text).text) is None


def test_a_scene_names_its_parts_and_whose_danger_it_is() -> None:
    to_me = danger.find(
        normalize("my ex is outside the refuge with a petrol can shouting my name").text
    )
    assert to_me is not None and to_me.category == "abuse_or_violence"
    assert "someone near" in to_me.kinds and "a weapon in their hands" in to_me.kinds
    by_me = danger.find(normalize("kitchen knife in my coat pocket and im outside his flat").text)
    assert by_me is not None and by_me.category == "harm_to_others"
    # Someone near and "right now" alone is a lift as often as a threat.
    assert danger.find(normalize("hes in the car park right now, be down in a sec").text) is None


def test_someone_elses_scene_is_not_the_writers() -> None:
    text = "my sisters ex is outside her flat with a knife, she is hiding in the bathroom"
    assert not any(e.reason.startswith("violence about to happen") for e in screen(text).evidence)
