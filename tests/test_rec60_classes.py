"""rec60 (issue 11, class 4): codes told in shapes the recogniser did not read: sentences of our own,
none from an eval file or the knowledge base.

1. a code said in the number words of more languages, typed in Latin letters: Tongan and Samoan
   tens glued to their unit word (nimangofulu, ivasefulu) and joined with ma / ma le, Telugu
   (yabhai okati) and Tajik / Dari (navadu shash), after a word announcing it; St Lucian Kwéyòl's
   tens hyphened to a short unit (senkant-en): the code; near misses: the same words without a
   code's number, or a Kreyòl tens and a short unit apart ("vent de"), stay no code;
2. a code's zero described as a circle, the circle and the digit each counted one after the other,
   the digit typed or a Chinese numeral ("屏上一个圈一个八", "看着是一个圈一个3"): the code; near
   misses: a circle and a shape, or a spinner turning, stay no code;
3. a code's two digits told by which came first and which after ("先九后六", "先是5 后是1"): the
   code; near misses: sums and times told first and after (块, 点) stay no code;
4. a short screen token whose look-alike letters the merchant doubts out loud ("写着 SI 那个S是不是5",
   "像Z又像2", "字母O字母Z" on the screen): the code the letters spell; near misses: a look-alike
   word nobody doubts (iOS, a phone's model, OK) stays no code;
5. the long code said as the number it looks like with its zeros miscounted by one ("double zero
   two thousand", "oh oh two thousand"): 0020000; near misses: a sum of two thousand stays a sum;
6. a voice keyboard's homophones for a code's digits after "屏幕上是" / "机器上是" ("屏幕上是零妻"):
   the code; near misses: the screen's look or dust told so stays no code;
7. Georgian numbers typed in Latin letters, counted in twenties and glued (ormotsdatertmeti 51,
   otkhmotsdatekvsmeti 96), and a number "in <language> it is ...": the code; near misses: the
   Georgian units alone, and "in georgia it is" with no number, stay no code;
8. two digits spaced or hyphened after what the machine said or after the refusal ("刷卡说 9 6",
   "拒绝 5-1"): the code; near misses: minutes, times and counts after them stay no code;
9. number words of any table after 弹 / 彈個 (the machine popping up a code, "部機彈個 ng5 luk6"):
   the code; near misses: a count popped up ("弹了 nine times") stays no code;
10. a Chinese number's tens and unit joined by 有, the old way ("九十有一"): the number, a code
   when it is one; near misses: an age said so stays no code;
11. English tens said unit first ("one-and-fifty", "six and ninety") and what the device "is giving"
   ("the card machine's giving ..."): the code; near misses: a count said so ("two and fifty pies")
   and a person giving a sum stay no code.
"""

from tests.tables import EACH, not_recognised_as, recognised_as

# -- 1. number words of more languages ----------------------------------------------------------

MORE_LANGUAGES = [
    ("our fale shop in Neiafu, the machine says hivangofulu ma ono, what to do", "96"),
    ("terminal showing nimangofulu ma taha, my auntie read it in tongan", "51"),
    ("Apia fish market, pos says limasefulu ma le tasi now on every card", "51"),
    ("the code is ivasefulu ma le lua, samoan numbers sorry", "92"),
    ("machine showing yabhai okati for this customer card", "51"),
    ("Vijayawada sweet shop, terminal says tombhai aaru again and again", "96"),
    ("Khujand bazaar, pos terminal say panjohu yak, customer waiting", "51"),
    ("dried fruit stall, machine showing navadu shash, what is it", "96"),
    ("De machine say swasant-dis-sèt? no, it say senkant-senk, customer vex", "55"),
]

test_more_languages_read_as_codes = recognised_as(MORE_LANGUAGES, code=EACH)

MORE_LANGUAGES_NEAR_MISSES = [
    "we sell ma le fish and taro, the machine is fine today",
    "my friend from Khujand says panj is his favourite number, anyway machine ok",
    "vent de sud today, the machine fine",
    "I paid yabhai rupees for the paper roll, is that a good price",
]

test_more_languages_near_misses_stay_no_code = recognised_as(MORE_LANGUAGES_NEAR_MISSES, code=None)

# -- 2. a circle and a digit, each counted ----------------------------------------------------

CIRCLE_COUNTED = [
    ("屏上一个圈一个七 客人的卡就是刷不过", "07"),
    ("报错那里看着是一个圈一个3 不知道啥意思", "03"),
    ("机器出来一个圈一个五 刷了两回都这样", "05"),
    ("一個圈一個六 客人話佢張卡冇問題", "06"),
]

test_a_circle_and_a_digit_counted_read_as_the_code = recognised_as(CIRCLE_COUNTED, code=EACH)

CIRCLE_NEAR_MISSES = [
    "小孩在小票上画了一个圈一个三角",
    "开机转了一个圈一个六边形的图标就卡住",
    "我在单子上一个圈一个五块 记着哪个客人没付",
]

test_a_circle_and_a_shape_or_a_sum_is_no_code = recognised_as(CIRCLE_NEAR_MISSES, code=None)

# -- 3. first this digit, then that -------------------------------------------------------------

FIRST_THEN_AFTER = [
    ("先九后六 刷了三回都是这个", "96"),
    ("码我记得 先是5 后是1 客人说卡里有钱", "51"),
    ("刷卡出来先五再后一 就这样", "51"),
    ("屏上先一个0后一个5 卡刷不过", "05"),
]

test_digits_told_first_and_after_read_as_the_code = recognised_as(FIRST_THEN_AFTER, code=EACH)

FIRST_THEN_NEAR_MISSES = [
    "先5块后8块 两笔都收了",
    "先5点后8点 两个时间段都刷不了卡",
    "首先9后6个客人都没问题",
    "先刷5下后刷8下才过",
]

test_sums_and_times_told_first_and_after_are_no_code = recognised_as(FIRST_THEN_NEAR_MISSES, code=None)

# -- 4. look-alike letters doubted out loud -----------------------------------------------------

DOUBTED_LETTERS = [
    ("机器写着 SI 那个S是不是5啊 I是不是1 刷不了", "51"),
    ("屏上显示 GS 看不太清 G像9 S像5", "95"),
    ("提示 OZ 我分不清 字母O字母Z 卡刷不过去", "02"),
    ("屏幕写着 S4 S还是5 我不确定 客人等着呢", "54"),
]

test_doubted_lookalike_letters_read_as_the_code = recognised_as(DOUBTED_LETTERS, code=EACH)

DOUBTED_NEAR_MISSES = [
    "我们用的是iOS系统 像素不高 收款app打不开",
    "新手机型号是 S9 字母S开头的 好用吗",
    "显示 OK 就是交易成功了吧 还是要再刷一次",
    "我家小孩叫SiSi 像她妈",
]

test_undoubted_lookalike_words_are_no_code = recognised_as(DOUBTED_NEAR_MISSES, code=None)

# -- 5. the long code's zeros miscounted in "thousand" ------------------------------------------

THOUSAND_MISCOUNTED = [
    "the little screen says double zero two thousand and nothing goes through",
    "it keeps showing oh oh two thousand when I tap a card",
    "the terminal is showing zero zero two thousand since I switched it on",
]

test_the_long_code_said_a_zero_short_is_the_long_code = recognised_as(THOUSAND_MISCOUNTED, code="0020000")

THOUSAND_NEAR_MISSES = [
    "the customer paid two thousand and the slip came out fine",
    "I sold double the usual, two thousand on the card machine today",
]

test_a_sum_of_two_thousand_stays_a_sum = recognised_as(THOUSAND_NEAR_MISSES, code=None)

# -- 6. a voice keyboard's homophones after "屏幕上是" -------------------------------------------

SCREEN_IS_SOUNDS = [
    ("屏幕上是零衣 刷了两张卡都这样", "01"),
    ("屏幕上是午一 客人非说他卡里有钱", "51"),
    ("机器上是零妻 不知道啥意思", "07"),
]

test_homophones_after_the_screen_is_read_as_the_code = recognised_as(SCREEN_IS_SOUNDS, code=EACH)

SCREEN_IS_NEAR_MISSES = [
    "机器上是灰尘 擦一下能好吗",
    "屏幕上是旧的那个界面 没更新",
]

test_the_screens_look_told_is_no_code = recognised_as(SCREEN_IS_NEAR_MISSES, code=None)

# -- 7. Georgian, counted in twenties ---------------------------------------------------------

GEORGIAN = [
    ("Kutaisi bakery, terminal shows otkhmotsdatekvsmeti and then nothing", "96"),
    ("the pos says ormotsdaerti, my cousin read it, customer waiting", "41"),
    ("Batumi, machine gives a number, in georgian it is ormotsdatotkhmeti", "54"),
    ("wine stall in Sighnaghi, screen: otkhmotsda tormeti, what now", "92"),
]

test_georgian_numbers_read_as_codes = recognised_as(GEORGIAN, code=EACH)

GEORGIAN_NEAR_MISSES = [
    "I have ori kids and sami dogs, the machine works fine",
    "we moved here from Tbilisi, in georgia it is warmer, how do I order paper",
]

test_georgian_near_misses_are_no_code = recognised_as(GEORGIAN_NEAR_MISSES, code=None)

# -- 8. two digits after what the machine said, or the refusal ----------------------------------

SAID_SPACED = [
    ("刷卡说 9 6 然后就回到主界面了", "96"),
    ("拒绝 5-1 客人说他刚发的工资", "51"),
    ("机器老说 6 1 客人刷了三次", "61"),
    ("拒绝了 4 3 客人还在排队", "43"),
]

test_two_digits_after_the_machine_said_or_the_refusal_read_as_the_code = recognised_as(SAID_SPACED, code=EACH)

SAID_SPACED_NEAR_MISSES = [
    "机器说 5 分钟后再试",
    "机器说 12点以后再刷",
    "拒绝 3次了 换卡也不行",
]

test_minutes_times_and_counts_after_them_are_no_code = recognised_as(SAID_SPACED_NEAR_MISSES, code=None)

# -- 9. number words after 弹 / 彈個 ---------------------------------------------------------------

POPPED_UP_WORDS = [
    ("部機彈個 ng5 luk6 出嚟 點算", "56"),
    ("机器弹个 sembilan enam 客人卡里有钱的", "96"),
    ("刷卡就弹个 nine one 等了好久", "91"),
]

test_number_words_after_it_popped_up_read_as_the_code = recognised_as(POPPED_UP_WORDS, code=EACH)

POPPED_UP_NEAR_MISSES = [
    "广告弹了 nine times 今天 烦死了 机器倒是正常",
]

test_a_count_popped_up_is_no_code = recognised_as(POPPED_UP_NEAR_MISSES, code=None)

# -- 10. tens and unit joined by 有 -------------------------------------------------------------

TENS_YOU_UNIT = [
    ("机器报的是九十有一 客人等着呢", "91"),
    ("屏上出五十有五 客人说密码没错", "55"),
]

test_tens_and_unit_joined_by_you_read_as_the_code = recognised_as(TENS_YOU_UNIT, code=EACH)

TENS_YOU_NEAR_MISSES = [
    "我妈年七十有三 刷卡按得慢",
]

test_an_age_told_the_old_way_is_no_code = recognised_as(TENS_YOU_NEAR_MISSES, code=None)

# -- 11. unit-and-tens English, and what the device is giving -----------------------------------

UNIT_AND_TENS = [
    ("the terminal says six-and-ninety on the wee screen", "96"),
    ("card reader shows one and sixty every time, customers queueing", "61"),
    ("the till keeps giving nine six since dinner time", "96"),
    ("the card machine's giving five four, customer's card is an old one", "54"),
]

test_unit_and_tens_and_what_the_device_gives_read_as_the_code = recognised_as(UNIT_AND_TENS, code=EACH)

UNIT_AND_TENS_NEAR_MISSES = [
    "I sold two and fifty pies today, the machine is grand",
    "I'm giving fifty one quid to the church raffle",
]

test_a_count_or_a_gift_said_so_is_no_code = recognised_as(UNIT_AND_TENS_NEAR_MISSES, code=None)
