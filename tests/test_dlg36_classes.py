"""dlg36: classes behind typed dev20's host-code and symptom merchants (h19-s40), with sentences
of our own in zh, zh-hant and en (none copied from an eval file), and near-misses that keep
their old reading."""

from tests.conversation import converse
from tests.tables import EACH, events, recognised_as

# -- code forms --------------------------------------------------------------------------------

# Czech, Slovak and Polish number words after a word announcing a code
test_west_slavic_numbers = recognised_as([
    ("the terminal shows error padesát jedna for every card", "51"),
    ("card machine say code devadesat sest, I am from Brno sorry", "96"),
    ("it displays päťdesiat päť when the lady types her pin", "55"),
    ("error dziewięćdziesiąt jeden again and again", "91"),
    ("机器显示 padesat jedna 刷不了", "51"),
    ("刷卡機一直報 devadesát osm 點算", "98"),
], code=EACH)

# a zero described as a circle before a digit
test_circle_for_zero = recognised_as([
    ("客人刷卡不成功 屏幕上跳出一个圆圈后面跟个1", "01"),
    ("刷卡機出咗一個圈圈加個5 係咪壞咗", "05"),
    ("the screen came up with a little circle and a 4 and the card was kept", "04"),
], code=EACH)

# Roman numerals after a word the screen says it with
test_roman_numerals = recognised_as([
    ("the reader keeps showing LIV when they pay, pardon my Latin", "54"),
    ("customer's card gave us code XCI twice", "91"),
    ("屏幕显示 LV 刷不了卡 (罗马数字)", "55"),
], code=EACH)

# a pair of digit sounds a voice keyboard wrote, the clause running on with "then"
test_voice_run_on = recognised_as([
    ("刚才刷卡的时候屏幕提示无私然后交易就失败了", "54"),
    ("機器顯示酒吧然後就退出了", "98"),
], code=EACH)

test_look_alikes_stay_no_code = recognised_as([
    "屏幕一直转圈圈 跟5分钟了还没好",                        # a spinner, and minutes
    "打印出来一个圈圈跟个5个人名字的单子",                    # counted
    "the customer says XL is sold out, can the terminal print a slip",   # a size
    "I mix 2 colours of paper rolls, is that ok",
    "我们店旁边是酒吧然后晚上人多 刷卡机信号不好",              # a bar, no code announced
    "the card machine shows pet shop name wrong on the receipt",
    "the terminal asks dva times for the pin",
], code=None)


# -- the urgent confirm answered with no yes ---------------------------------------------------

def test_urgent_confirm_not_asked_forever(engine):
    """"does it show a red TAMPER warning?" answered "I don't get it, just tell me what to do"
    again and again: never the same question for ever; at last a person."""
    for lang, first, lost in [
        ("zh-hans", "屏上出了个警告 机器用不了", "你说的我听不懂 直接说怎么弄"),
        ("zh-hant", "螢幕出咗個紅色嘅警告 好似有個鎖", "我唔明你講乜 直接話我知點搞"),
        ("en", "screen has a red warning with a little padlock", "what? just tell me what to do"),
    ]:
        results = converse(engine, [first, *[lost] * 8], lang)
        confirms = events(results, "urgent_confirm")
        assert len(confirms) == 1, (lang, [(e.name, e.data) for r in results for e in r.events])
        assert events(results, "handoff"), lang


def test_urgent_confirm_yes_still_confirms(engine):
    """... and a yes with a question after it is still the yes: the urgent handoff."""
    for lang, first, yes in [
        ("zh-hant", "螢幕出咗個紅色嘅警告 好似有個鎖", "係呀 咁點算"),
        ("en", "screen has a red warning with a little padlock", "yes, what do i do"),
    ]:
        results = converse(engine, [first, yes], lang)
        assert events(results, "urgent_confirm"), lang
        assert [h.get("reason") for h in events(results, "handoff")] == ["replace"], (
            lang, [(e.name, e.data) for r in results for e in r.events])
