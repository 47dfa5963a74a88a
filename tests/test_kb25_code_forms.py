"""kb25: code forms of typed dev13's host-code merchants, as classes, with sentences of our own
(zh, traditional zh, en; not from an eval file): radio digits (拐 = 7), "nought", a lone
two-digit number word after "code"/"error", number words mistyped on a phone, the Spanish numbers
Filipino merchants say, and dollars-and-cents said as one amount."""

from tests.tables import EACH, recognised_as

test_code_forms = recognised_as([
    ("机器报了个拐五 咋回事", "75"),                   # radio / army digits: 拐 = 7
    ("屏幕显示五拐 刷不过去", "57"),
    ("部機顯示拐五 點算", "75"),
    ("刷卡提示拐拐 怎么办", "77"),
    ("the terminal gave code nought five on a visa", "05"),  # nought = 0
    ("error naught three when we sell", "03"),
    ("card refused, code fourteen, what now", "14"),         # a lone teen after "code"
    ("says error fourten on this card", "14"),               # ... mistyped
    ("error code is fifty one", "51"),
    ("machine show error ninty one now", "91"),               # tens mistyped
    ("it says fourty one on the screen", "41"),
    ("the terminal says noventa y seis, what to do", "96"),   # Spanish numbers
    ("po the machine says singkwenta'y uno", "51"),
    ("error nobenta'y dos po", "92"),
], code=EACH)

test_numbers_that_stay_no_code = recognised_as([
    "我拐了个弯就到店里了 机器没反应",          # 拐 outside a code's place: a turn
    "拐角那家店的刷卡机显示不出字",
    "it shows ten transactions in the list",     # a lone number word after "shows": a count
    "error fifteen minutes ago, now it is fine",  # a lone number word before a unit: when
    "the code twenty times today?",
    "customer paid 48 dollars 60 and wants the receipt again",  # dollars and cents: one amount
    "收了五十块 客人要发票",
], code=None)
