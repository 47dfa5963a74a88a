"""dlg47: classes behind released holdout20's host-code and symptom merchants (h21, s27, s31,
s32, s39), with sentences of our own in zh, zh-hant and en (none copied from an eval file), and
near-misses that keep their old reading.

1. "刷一个客人的卡 出来A7" tells the sale the code came at (an indefinite "a customer's card"), not
   that only that card fails: read as "only one card", a terminal-side code was handed off with
   no fix tried.
2. A print fix's result told by how the print looks now, in intensive or doubled words ("字黑得
   很 清清楚楚", "nice and dark"): the fix worked.
3. A metal holder told by its material and a word for the holder ("焊了个铁皮架子", "welded a steel
   cage round it"): the metal stand that blocks the tap area.
4. The second receipt copy waiting for a key press (a cause missing from the knowledge base), and
   "only one copy" counted in sheets ("只出一张小票 以前出两张").
5. A signature asked instead of the PIN (a cause missing): explained, and the explanation taken
   on board in the merchant's words (said back as normal, the signature compared "same", thanks
   in a Nordic language)."""

from tests.conversation import converse
from tests.tables import (EACH, STILL, cause_has_fact_and_fix, events, fact_not_read, fact_read, fixes,
                          look_alikes_not_read, outcome_is, reply_to_first_fix_resolves,
                          told_fact_leads_to_fix)

# -- 1. a customer's card named as the sale, no "only one card" ------------------------------------

test_sale_named_is_no_one_card = fact_not_read([
    "刚才刷一个客人的卡 屏幕跳出来A0 啥意思",
    "头先刷一个客户的卡出来个A7 等着呢",
    "啱啱碌一個客人嘅卡 出咗個A7",
    "swiped a customer's card just now and it came up A7",
], "obs_one_card", plain=True)

# near-misses: only one said with 就 / 只有 / others working
test_only_one_card_still_read = fact_read([
    "就一个客人的卡刷不了 别的都行",
    "只有一个顾客的卡不行",
    "就一個客人嘅卡唔得 其他人都得",
    "just one customer's card fails, the rest go through",
], "obs_one_card", plain=True)

# a terminal-side code in a sale's story gets its own first fix (A7: sign in again)
test_code_in_a_sale_story_gets_its_fix = told_fact_leads_to_fix([
    (["我们刚刚刷一个客人的卡 出来一个A7 客人在等"], "zh-hans", "fix_sign_in"),
    (["頭先碌一個客人嘅卡 個機出咗A7 點算"], "zh-hant", "fix_sign_in"),
    (["just ran a customer's card and the screen says A7, what now"], "en", "fix_sign_in"),
], within=1)


# -- 2. the print told by how it looks now ----------------------------------------------------------

test_print_quality_is_success = outcome_is([
    "擦完等它干了再打 字黑得很",
    "重新打了一张 打得清清楚楚",
    "抹完再印 啲字好黑 好清楚",
    "cleaned the head, the slip comes out nice and dark",
    "wiped it with alcohol, prints crisp and clear",
], "worked")


def test_screen_read_clearly_is_no_print_success(engine):
    """清清楚楚 of the screen ("屏幕上清清楚楚写着还是A7") and the print still faint are no success."""
    for text in ["屏幕上清清楚楚写着还是A7", "字还是不清楚", "擦了 字还是不黑", "the print is still not dark"]:
        assert engine.interpreter.outcome(text) != "worked", text


# -- 3. a metal holder by material and holder -------------------------------------------------------

test_metal_holder_by_its_parts = fact_read([
    "老公焊了个铁架把机器固定在柜台上",
    "怕被偷 做了个不锈钢的罩子把机器罩住",
    "部機鎖喺一個鐵皮框入面 防人偷",
    "we bolted it into a steel cage so nobody walks off with it",
    "my husband welded a frame around it last week",
], "obs_metal_stand", plain=True)

test_metal_holder_look_alikes = look_alikes_not_read([
    ("贴了钢化膜 还套了个硅胶壳", ["obs_metal_stand"], None),
    ("the wire to the base is loose", ["obs_metal_stand"], None),
    ("机器锁在铁皮箱里用", ["obs_metal_stand"], "obs_in_metal_box"),
])


# taps fail for everyone; the holder told in the middle of the fixes: the metal comes off soon
test_metal_holder_told_leads_to_taking_it_out = told_fact_leads_to_fix([
    (["挥卡都没反应 手机碰也不行 插卡可以", "上礼拜焊了个铁皮架子把机器卡在里面 只露屏幕"], "zh-hans", "fix_remove_sticker"),
    (["拍卡全部冇反應 插卡就得", "我整咗個鐵架將部機夾住 驚俾人偷"], "zh-hant", "fix_remove_sticker"),
    (["tap doesn't work for anyone, chip works fine", "we welded a steel cage around it last week so it can't be stolen"], "en", "fix_remove_sticker"),
])


# -- 4. the second copy waiting for a key -------------------------------------------------------------

test_second_copy_cause = cause_has_fact_and_fix(
    {"op_second_copy_key": ("obs_second_copy_waits", "fix_press_key_second_copy")}, no_person=True)

test_one_copy_counted_in_sheets = fact_read([
    "刷完只打一张小票 以前都出两张",
    "客户联出不来 商户联有",
    "而家淨係出一張單 以前出兩張",
    "it only prints one receipt now, used to print two receipts",
    "no customer copy comes out any more",
], "obs_one_receipt_copy", plain=True)

test_second_copy_waiting_told = fact_read([
    "第一张出来就停了 屏幕写着按任意键打印",
    "打完一张就停 屏幕提示撕下",
    "出一張就停咗 螢幕顯示按任意鍵打印",
    "it prints one then stops, screen says press any key to print",
], "obs_second_copy_waits", plain=True)

# one slip in a customer's claim of two charges is one sale, no copy missing
test_one_slip_in_a_claim_is_no_copy_fault = fact_not_read([
    "客人说扣了她两次钱 可机器只出一张小票",
    "個客話俾我扣咗兩次 部機淨係出一張單",
    "customer swears we charged her twice but the machine only printed one receipt",
], "obs_one_receipt_copy", plain=True)

# a keypad that answers no key is no prompt for the second copy
test_frozen_keys_are_no_copy_prompt = fact_not_read([
    "屏幕卡住了 按任意键都没反应",
    "按什么键都没用 屏幕不动",
    "I press any key and nothing happens",
    # tearing the slip off is a routine step, not the prompt
    "撕下小票以后 纸就卡住了",
    "I tear the receipt off and then the paper jams",
], "obs_second_copy_waits", plain=True)

test_second_copy_story_leads_to_the_key = told_fact_leads_to_fix([
    (["刷卡机只打一张小票 以前是两张", "打完第一张就停了 屏幕上提示按任意键打印"], "zh-hans", "fix_press_key_second_copy"),
    (["新機淨係出一張單 客戶聯出唔嚟", "出一張就停咗 螢幕寫住撕下"], "zh-hant", "fix_press_key_second_copy"),
    (["the new terminal only prints one receipt, no customer copy", "it prints one then stops, screen says press any key to print"], "en", "fix_press_key_second_copy"),
])


# -- 5. a signature asked instead of the PIN ------------------------------------------------------------

test_signature_cause = cause_has_fact_and_fix(
    {"card_signature_cvm": ("obs_signature_asked", "fix_signature_cvm")}, no_person=True, no_escalation=True)

test_signature_asked_read = fact_read([
    "美国客人的卡不用输密码 机器要签名 正常吗",
    "部機唔使入密碼 要客人簽名 係咪有問題",
    "the machine wants a signature not the pin from this tourist, is that legit",
], "obs_signature_asked", plain=True)

# the PIN left out said in a clause of its own (by structure: a gap never crosses a clause)
test_signature_in_two_clauses = fact_read([
    "外地客人的卡 不用输密码 直接让签字",
    "張卡唔使入密碼 要佢簽名",
    "no pin screen at all, it goes straight to asking for her signature",
], "obs_signature_asked", plain=True)

# a slip signed after the PIN (a routine step), the signature line of a slip that prints badly,
# a PIN skipped on a small tap: no signature instead of the PIN
test_signature_look_alikes = fact_not_read([
    "刷完卡输了密码 再让客人签名 然后报0020000",
    "入完密碼 客人簽咗名 跟住出錯",
    "customer keys her pin, signs the slip, then it shows 0020000",
    "小票签名栏那里打印不清楚",
    "小额挥卡直接过了 没要密码",
    "the signature area of the receipt prints faint",
], "obs_signature_asked", plain=True)

SIGN = {"zh-hans": "客人是美国人 机器不要密码要签名 是不是盗刷",
        "zh-hant": "有個美國客嘅卡唔使入密碼 要簽名 係咪呃人㗎",
        "en": "an american lady's card, the terminal asks for a signature instead of pin, is it fraud?"}

test_signature_explanation_taken = reply_to_first_fix_resolves([
    ("zh-hans", SIGN["zh-hans"], "原来是正常的 她签了 跟卡背面一样", True),
    ("zh-hant", SIGN["zh-hant"], "原來係正常 簽咗 同卡背面一樣", True),
    ("en", SIGN["en"], "oh so that's normal for some cards. she signed, compared with the back of the card, same. takk!", True),
    ("en", SIGN["en"], "ok so it is normal then, she signed and the signature matches", True),
    # still unsure, or the signature does not match: not settled
    ("en", SIGN["en"], "but is it safe? I still don't know", False),
    ("zh-hans", SIGN["zh-hans"], "签了 可是跟卡背面的不一样", False),
])

# "same" after a compared signature is a match; after a fix, the fault unchanged
test_same_after_a_check = outcome_is([
    ("she signed, I checked the back of the card, same", "worked"),
    ("signed it, the signature is the same as on the card", "worked"),
    ("restarted it, same", "failed"),
    ("did it, same error", "failed"),
])

# Nordic thanks take an explanation on board
test_nordic_thanks_take_it = reply_to_first_fix_resolves([
    ("en", SIGN["en"], "ok, she signed. tusen takk", True),
    ("en", SIGN["en"], "ah ok, tack så mycket", True),
])


def test_some_cards_said_back_is_no_partly(engine):
    """"normal for some cards" said back is of the cards the explanation spoke of; "some cards
    work" after a fix is still partly."""
    assert engine.interpreter.outcome("so signature is normal for some cards, she signed, same as the card") == "worked"
    assert engine.interpreter.outcome("some cards work now, others still fail") == "partly"
