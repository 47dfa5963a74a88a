"""rec39: classes behind the misses of the released chat-style holdout21, with sentences of our
own in zh, Cantonese-flavoured zh, English, Macedonian and Cebuano (none copied from an eval
file), and near-misses that keep their old reading."""

from tests.tables import EACH, recognised_as  # noqa: F401

# -- a code told by its digits' places ----------------------------------------------------------

# the tens and the units named ("十位是6 个位是4"), in either order, or the two numbers counted
# first and second after "two numbers": the tens digit first
test_code_by_tens_and_units = recognised_as([
    ("机器报错 十位是9 个位是6", "96"),
    ("显示的码 十位5 个位1", "51"),
    ("报错码 个位是1 十位是5", "51"),
    ("屏幕上那个数 十位上是6 个位上是1", "61"),
    ("提示的码十位数是0 个位数是5 客人急着走", "05"),
    ("代码 十位是一个9 个位是一个1", "91"),
    ("the code, tens digit is 9 and units digit is 6", "96"),
    ("error: tens 5, ones 1", "51"),
    ("screen code tens digit 5 then units digit 4", "54"),
    ("两个数 第一个是5 第二个是1 我不懂", "51"),
    ("俩数 第一个9 第二个6", "96"),
], code=EACH)

test_places_near_misses = recognised_as([
    # places said of no code: a child's sum, customers counted
    ("我儿子数学考试 十位是6 个位是4 问我答案", None),
    ("十位数的客人今天来了 个位数的", None),
], code=EACH)

# the code's two digits each counted right after the word showing them ("屏幕上一个5和1",
# "显示一个9一个6"): in the order said
test_pair_said_after_the_screen = recognised_as([
    ("屏幕上一个9和6 客人走了", "96"),
    ("显示一个9一个6", "96"),
    ("码是一个5跟一个4", "54"),
    ("报错 一个0一个5", "05"),
    ("机器显示一个6和一个1 什么意思", "61"),
    ("屏幕里一个5还有一个7", "57"),
    ("刷完提示一个9加一个1", "91"),
    ("小票上写着一个5和1", "51"),
], code=EACH)

test_pair_near_misses = recognised_as([
    ("我买了一个5和1的套餐 屏幕好看", None),  # no screen word right before: a set meal
    ("一个1和2的小孩 机器显示正常", None),
    ("屏幕上一个5一个1 五在前面", "51"),  # (the order said outright, as before)
], code=EACH)

# -- a code relayed in another language and glossed ----------------------------------------------

# the language named before or after the number ("in english sixty five", "forty one in
# bisaya"), and the numbers of Macedonian and Cebuano as a helper types them
test_number_glossed_in_a_language = recognised_as([
    ("in english sixty five", "65"),
    ("ninety six in english, the lady at the counter read it", "96"),
    ("the helper said fifty one in tagalog", "51"),
    ("my nephew read it, in english ninety one", "91"),
    ("the code in english is fifty seven", "57"),
    ("fifty four in bisaya, my cashier told me", "54"),
    ("error in bisaya kasiyaman ug unom", "96"),
    ("terminal show kaliman ug usa", "51"),
    ("screen say kapatan ug usa", "41"),
    ("the pos say шеесет и еден, customer waiting", "61"),
    ("машината пишува деведесет и шест", "96"),
    ("терминалот покажува педесет и пет", "55"),
], code=EACH)

test_glossed_near_misses = recognised_as([
    ("i sold forty one in english books today", None),  # a count of books, no screen
    ("we speak english, sixty customers today", None),
], code=EACH)

# -- a forwarded bulletin that names the screen or the PIN --------------------------------------

# its "never write" / "不要" advise everyone: the words after "write" (read as the screen's
# "says") are no screen's quote (the bulletin's words are data: `bulletin:` in intents.yaml)
test_forwarded_bulletin_naming_the_pin = recognised_as([
    "forwarded: reminder never write your pin",
    "Fwd: reminder, never write the PIN on the back of the card",
    "fwd: safety tip - never write your pin down next to the terminal",
    "Forwarded: fraud alert, never show your PIN to anyone who says they are from the bank",
    "转发 温馨提醒 屏幕显示密码错误时不要反复输",
    "转发：防骗小贴士 不要把密码写在卡背面",
    "【转发】安全提示：收银员不要替客人输密码",
    "轉發：防騙須知 唔好寫低密碼",
    "fwd: psa - never write the pin on a sticky note",
], code=None, category=None)

test_forwarded_own_pin_near_misses = recognised_as([
    ("fwd my terminal says wrong pin", "55"),
    ("转发一下 我的机器一直显示密码错误", "55"),
], code=EACH)


def test_pair_that_is_no_code_is_left_as_said(recogniser):
    """Two digits after the screen's word that make no code stay as the merchant wrote them
    (the word before them once, not twice)."""
    assert recogniser.prepare("显示一个8和8 客人走了")[1].count("显示") == 1
    assert recogniser.prepare("屏幕上一个9和6")[1].count("屏幕") == 1
