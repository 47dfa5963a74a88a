"""Issue 11, third round: the category of merchants' own wording, decided by a vote of every
phrasing of each category where the phrase match is weak, split or loose; and the classes of
misses found while using the bot. Every sentence here is our own, in neither the knowledge
base nor the evaluation files; those of each class were misread before this round (the
guards beside them say what must stay as it was)."""

import pytest

from knowledge.category_vote import NO_FAULT, CategoryVote
from knowledge.text import detect_language, looks_like_code

from tests.recognition import recognised


@pytest.mark.parametrize("text, category", [
    # the closest phrasing is a hardware fault (黑屏, "screen went dark", 读不出); the other
    # words of the message (烧烤, sun, 风沙) are said of the environment only
    ("在烧烤摊旁边 机器热到黑屏", "environment"),
    ("sun on the counter all afternoon and the screen went dark", "environment"),
    ("门口风沙大 刷卡老读不出", "environment"),
])
def test_a_loose_match_is_outvoted_by_the_rest_of_the_message(recogniser, text, category):
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text, category", [
    ("settle不了 一直error", "merchant"),       # was read as an operator's mistake
    ("打印机no paper了", "hardware"),
    ("刷卡后提示 connect fail", "network"),
    ("settle not success every night", "merchant"),
])
def test_mixed_script_and_broken_english_get_a_category(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


@pytest.mark.parametrize("text, category", [
    ("机器一摸很热", "environment"),            # no word saying something is wrong
    ("放在冰箱旁边 屏幕起雾", "environment"),
    ("一下雨机器就失灵", "environment"),
])
def test_a_fault_without_a_trouble_word_keeps_a_clear_category(recogniser, text, category):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (None, category)
    # the dialog offers (or diagnoses) faults of the voted category first
    assert rec.candidates and rec.candidates[0].category == category


@pytest.mark.parametrize("text", ["still same thing", "same thing again", "same here", "yep, same"])
def test_one_shared_word_is_too_little_for_a_category(recogniser, text):
    # "same" is in one phrasing ("same payment went through twice"): a coincidence
    assert recognised(recogniser, text) == (None, None)


@pytest.mark.parametrize("text, category", [("读卡器坏了", "hardware"), ("the reader is broken", "hardware")])
def test_a_broken_card_reader_is_hardware(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


def test_a_pinyin_split_guess_does_not_explain_the_message(recogniser):
    # "jiesuan" may be split jie + su + an (结束, "that's all"), but it is 结算 (settle)
    rec = recogniser.recognise("jiesuan yizhi buxing")
    assert rec.category == "merchant" and rec.intent is None


@pytest.mark.parametrize("text, language", [
    ("jiesuan yizhi buxing", "zh"), ("dayinji mei zhi le", "zh"), ("xinhao buhao", "zh"),
    ("human", "en"), ("change", "en"), ("hang on", "en"), ("printer is broken", "en"),
])
def test_pinyin_is_chinese_for_the_reply_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "'; DROP TABLE users; --", "<img src=x onerror=alert(1)>",
    "{{7*7}}", "${jndi:ldap://example.com/a}", "../../etc/passwd", "SELECT * FROM merchants WHERE 1=1",
])
def test_injection_strings_are_not_understood_rather_than_guessed(recogniser, text):
    assert looks_like_code(text)
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category, rec.intent, rec.candidates) == (None, None, None, [])
    assert rec.decision == "unknown"  # the dialog says it did not understand, no "which of these?"


@pytest.mark.parametrize("text", ["printer (the small one) is jammed", "update: paper is out", "50% of cards fail"])
def test_ordinary_punctuation_is_not_code(text):
    assert not looks_like_code(text)


@pytest.mark.parametrize("text", ["仲係咁", "都系咁啦", "还是这样"])
def test_still_the_same_is_not_goodbye(recogniser, text):
    assert recognised(recogniser, text) == (None, None)
    assert recogniser.recognise(text).intent != "bye"


@pytest.mark.parametrize("text, intent", [("在吗", "greeting"), ("who are you", "chitchat")])
def test_phrasings_of_function_words_only_are_found_whole(recogniser, text, intent):
    assert recogniser.recognise(text).intent == intent


def test_the_vote_counts_per_text_and_needs_evidence():
    heat = {"晒": 1.0, "热": 1.0, "机器": 1.0}
    vote = CategoryVote([
        ("hardware", {"打印": 1.0, "机器": 1.0}), ("hardware", {"纸": 1.0, "机器": 1.0}),
        ("hardware", {"屏幕": 1.0, "机器": 1.0}), ("hardware", {"电池": 1.0, "机器": 1.0}),
        ("environment", heat), ("environment", heat), (NO_FAULT, {"你好": 1.0}),
    ])
    (best, share), *_ = vote.vote(heat)
    assert best == "environment" and share > 0.6  # 机器 is said of every fault: it says nothing
    assert vote.vote({"机器": 1.0}) == []  # too little evidence
    assert vote.vote({"unknown": 1.0}) == []


def test_a_loose_match_the_vote_calls_no_fault_is_left_alone(recogniser):
    # "paper" is in PAPER OUT; the rest of the message is an enquiry, as non-fault phrasings say
    assert recognised(recogniser, "can I order paper rolls from you") == (None, None)


# Eighth round: the part a fault is told of. Sentences of our own, each misread before (no
# category, or a greeting, a vague complaint or a date read around the fault).
@pytest.mark.parametrize("text, category", [
    ("早上来开店 一看屏幕一半亮一半不亮 昨天关的时候还好好的", "hardware"),   # was a greeting
    ("老板让我问一下 那个电池是不是不行了 中午就要插着电才能用", "hardware"),  # was vague
    ("今天中午人多 那个路由器的灯一直闪红的 交易都出不去", "network"),          # was a date
    ("hi the signal bar zero since morning, cannot send any transaction", "network"),
    ("按键不灵了 要按好几下", "hardware"),
])
def test_the_part_a_fault_is_told_of_says_its_category(recogniser, text, category):
    """A part only one category's words name (knowledge/data/synonyms.yaml), in the clause
    that names it voting for that category, decides a fault the match left open."""
    assert recognised(recogniser, text) == (None, category)


@pytest.mark.parametrize("text", [
    "我的电动车电池不行了", "电视屏幕坏了 修要多少钱",  # another thing's part
    "充电器丢了一个 能寄个新的过来吗",  # a part lost, a request: no fault
    "屏幕保护膜在哪买", "早上好 今天开门吗",
])
def test_a_part_of_another_thing_or_no_fault_gets_no_category_from_it(recogniser, text):
    assert recognised(recogniser, text)[1] is None


@pytest.mark.parametrize("text", [
    "这几天下雨 店里返潮 屏幕上老有水珠 点了没反应", "梅雨天 按键按下去老是粘住",
    "冷库里面收货 机器冻得屏幕都不亮了", "棚子漏雨 机器淋湿了 现在打印不出来",
])
def test_a_part_failing_in_a_circumstance_of_the_place_is_the_environment(recogniser, text):
    """Damp, rain, frost or heat named beside the part it hurts: the cause is the place."""
    assert recognised(recogniser, text) == (None, "environment")


@pytest.mark.parametrize("text, category", [
    ("升级到一半停电了 现在一直在logo那里", "software"),  # an upgrade cut short: the software
    ("手机淋雨了 屏幕不亮", "hardware"),                  # the phone's rain, not the shop's
])
def test_a_circumstance_beside_another_fault_or_thing_stays_out(recogniser, text, category):
    assert recognised(recogniser, text)[1] == category


@pytest.mark.parametrize("text", ["打印机那里有股烧焦的味道", "充电的时候插头那冒火花", "屏幕上全是彩条 看不清数字"])
def test_signs_of_a_broken_part_seen_or_smelt_are_hardware(recogniser, text):
    """Smoke, a burnt smell, sparks, stripes on the screen: a fault, said without a verb of
    failing (knowledge/data/trouble.yaml), of the part that shows it."""
    assert recognised(recogniser, text) == (None, "hardware")


def test_smoke_of_a_grill_is_no_fault(recogniser):
    assert recognised(recogniser, "烧烤冒烟熏得眼睛疼") == (None, None)


def test_every_foreign_card_refused_is_the_merchant_set_up(recogniser):
    """Foreign cards, all of them, while local ones pass: foreign cards are not enabled for the
    merchant (s_foreign_cards_not_enabled), not one tourist's card."""
    assert recognised(recogniser, "今天旅行团来了 外国游客的卡一张都刷不过 国内卡都正常") == (None, "merchant")
    assert recognised(recogniser, "有个外国客人的卡刷不了 别的客人都可以") == (None, "card")
    assert recognised(recogniser, "this one tourist visa keep decline") == (None, "card")


@pytest.mark.parametrize("text", ["同一笔刷了两遍 客人说扣了两回钱", "收银员把那单打了两遍"])
def test_twice_said_as_two_rounds_is_twice(recogniser, text):
    """两回, 两遍, 两趟 are 两次 (knowledge/data/words.yaml): a sale put through twice."""
    assert recognised(recogniser, text) == (None, "operation")


@pytest.mark.parametrize("margin", [0.0, 0.05, 0.1])
def test_a_strong_match_with_a_close_runner_up_is_not_loose(recogniser, monkeypatch, margin):
    # "screen too dark to read" (hardware) scores CONFIDENT, "sits in direct sun and the screen
    # goes dark" (environment) a hair behind: whether the best reading leads by MARGIN says
    # which fault, not whether the message is one, so it must not decide the category (rec22's
    # texts moved that lead from 0.05002 to 0.0483 through the IDF alone, and the message fell
    # to "unknown")
    import knowledge.matcher as matcher
    monkeypatch.setattr(matcher, "MARGIN", margin)
    text = "sun on the counter all afternoon and the screen went dark"
    assert recognised(recogniser, text) == (None, "environment")
