"""dlg35: classes behind typed dev19's failed host-code and symptom merchants (h19-s40), each
with near misses. Sentences written for these tests, not copied from an eval file.

- Dialect spellings of the tens ("fitty-four", "fiddy", "twenny", "ninedy") and g-dropped verbs
  that announce a code ("keeps sayin", "showin'") read as the code, as "fifty-four" after "says"
  does; the same words that count or price stay no code.
- French and Haitian Kreyòl tens counted in twenties (quatre-vingt-quatorze, katrevenkatòz,
  soixante et onze, senkanteyen) read as the number, where a word announces a code; a number
  explained by its parts ("80 plus 14") is no code of either part.
- A voice keyboard's words for a code's digits (酒吧 for 九八) said by the machine ("都说酒吧交易
  失败"): the code, the screen's failure words after it; the same word in a sentence about a bar
  stays a bar.
"""

from tests.tables import EACH, not_recognised_as, recognised_as

DIALECT_TENS = [
    ("that card machine keeps sayin fitty-one on her card", "51"),
    ("it's showin' fiddy-five ever time he puts his pin in", "55"),
    ("the screen keeps sayin' ninedy-six, what does that mean", "96"),
    ("机器上 shows fitty four 客人的卡", "54"),
    ("終端一直 sayin fitty-one 點算", "51"),
]
test_dialect_tens_are_the_code = recognised_as(DIALECT_TENS, code=EACH)
test_dialect_tens_counted_stay_numbers = recognised_as([
    "we sold fitty four quilts at the fair, machine's fine",
    "I'm sayin it's been fitty years since I used a card machine",
    "sayin fiddy bucks is too dear for a roll of paper",
], code=None)

VIGESIMAL = [
    ("the machine say katrevenkatòz when she pays", "94"),
    ("it shows soixante et un, li pa pase", "61"),
    ("screen says senkanteyen on the customer card", "51"),
    ("機器顯示 quatre-vingt-seize 刷唔到", "96"),
    ("刷卡机显示 quatre-vingt-dix-huit 怎么办", "98"),
]
test_french_and_kreyol_tens_are_the_code = recognised_as(VIGESIMAL, code=EACH)
test_french_words_that_look_like_numbers_stay_words = recognised_as([
    "we sell vente de pain here, the terminal works",
    "we sold quatre-vingt-quatorze griots today, all good",
], code=None)

# a number explained by its parts: neither part is a code
test_a_number_explained_by_parts_is_no_code = not_recognised_as([
    "katreven is 80 plus katòz 14",
    "soixante-dix is 60 plus dix 10, so seventy",
    "就是80 plus 14 那个意思",
], code="14")
test_an_announced_code_before_plus_stays = recognised_as(["error 51 plus a beep every time"], code="51")

HOMOPHONE_SAID = [
    ("机器老是说酒吧交易失败 客人急得很", "98"),
    ("刷了三次都说酒吧 是不是坏了", "98"),
    ("它说午一交易失败 换张卡可以吗", "51"),
    ("部機一直說酒吧交易失敗", "98"),
]
test_a_code_the_machine_says_in_homophones = recognised_as(HOMOPHONE_SAID, code=EACH)
test_a_bar_stays_a_bar = recognised_as([
    "他们都说酒吧很好玩 今天生意一般",
    "朋友说酒吧交易额很高",
    "客人说酒吧那边刷卡机好用",
], code=None)
