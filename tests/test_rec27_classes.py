"""Fifteenth round (rec27): the classes behind chat-style dev15's misses, each with sentences of
our own (zh, traditional zh, en; not from an eval file, not from the knowledge base), and near
misses that keep their old reading."""

from tests.tables import EACH, fact_not_read, fact_read, recognised_as

# --- code forms ---------------------------------------------------------------------------------
# Numbers typed in zhuyin (bopomofo) on a Taiwanese keyboard: each syllable its numeral.
ZHUYIN = [
    ("機器螢幕跳出ㄐㄧㄡˇ ㄌㄧㄡˋ 怎麼辦", "96"),
    ("我阿嬤用注音打給我 上面寫ㄨˇ ㄕˊ ㄧ", "51"),
    ("刷卡顯示ㄌㄧㄥˊ ㄨˇ", "05"),
]
test_zhuyin_numerals_are_the_code = recognised_as(ZHUYIN, code=EACH)
# ... a zhuyin word that is no numeral stays a word
test_zhuyin_words_stay_words = recognised_as(["我不會打字 只會ㄓㄨˋ ㄧㄣ 機器壞了"], code=None)

# A long code copied with dots between its groups, as a number is grouped in thousands.
DOTTED = [
    ("开机就是 0.020.000 是啥", "0020000"),
    ("螢幕寫 0.020.000 開不了機", "0020000"),
    ("the screen reads 0.020.000 when it boots", "0020000"),
]
test_a_long_code_grouped_with_dots = recognised_as(DOTTED, code=EACH)
test_dotted_amounts_and_dates_stay_numbers = recognised_as(
    ["昨天转了1.020.000给供应商", "2026.11.05 那天的账"], code=None)

# A long code said as its digits counted (两个零 一个二 四个零), in characters and in pinyin;
# and drawn by shapes (蛋 0, 鸭 2) as a child reads a screen.
COUNTED = [
    ("屏幕上就是两个零 一个二 然后四个零", "0020000"),
    ("部機顯示兩個零一個二四個零 開唔到", "0020000"),
    ("xian shi liang ge ling, yi ge er, ran hou si ge ling", "0020000"),
    ("孙女说机器上是 蛋蛋鸭蛋蛋蛋蛋 开不了机", "0020000"),
]
test_a_long_code_counted_or_drawn = recognised_as(COUNTED, code=EACH)
test_zeros_keyed_stay_an_amount = recognised_as(
    ["打了两个零 四个九", "wo yao liang ge ling yi ge er", "鸡蛋鸭蛋都卖完了"], code=None)

# Hakka numbers read out (ng sip yit: 5 10 1), after the Cantonese 系 ("is").
HAKKA = [
    ("阿婆念俾我听 屏幕上系 ng sip yit", "51"),
    ("客家阿伯話部機寫着 kiu sip liuk", "96"),
    ("my Hakka auntie read the screen, it shows ng sip ng", "55"),
]
test_hakka_numbers_read_out = recognised_as(HAKKA, code=EACH)

# "码也是62" (also, again): a code announced with a word between; the card's 62 prefix beside it
# is no code, the announced one is.
ALSO = [
    ("银联卡62开头的 刷了报的码也是62 受限制", "62"),
    ("客人卡號62開頭 部機報嘅碼又是62", "62"),
]
test_a_code_announced_with_also = recognised_as(ALSO, code=EACH)
test_a_card_prefix_alone_stays_no_code = recognised_as(["银联卡都是62开头的吗"], code=None)

# The hour said in Chinese, its minutes as digits: a time, so the same digits announced later are
# the code.
CLOCK = [
    ("早上八点零五分开始 一直报05", "05"),
    ("晚上九點十四分 機器跳出14", "14"),
]
test_a_chinese_hour_then_the_code = recognised_as(CLOCK, code=EACH)
test_the_chinese_hour_alone_is_no_code = recognised_as(["三点零五分刷了5次"], code=None)

# --- non-fault intents --------------------------------------------------------------------------
# The payout: the deposit SMS's sum less than worked out, same-day against next-day payout by
# cost, a holiday's takings, a payout shown as processing in the app.
PAYOUT = [
    "银行短信说入账 2,466.30 比我记的少了些",
    "秒到和T+1到账比 选哪个划算",
    "中秋那几天刷的钱 放假期间会到账吗",
    "今天的结算款 APP里一直是处理中 还要多久",
    "銀行短訊話入咗 1,980.60 同我計嘅唔夾 少咗啲",
    "the sms says 1,204.50 was deposited, that is less than i counted",
    "is next day payout cheaper than same day",
]
test_payout_questions = recognised_as(PAYOUT, intent="payout", code=None, category=None)
# ... the money said missing with a fault of the terminal stays the fault
test_a_fault_beside_the_money_stays_the_fault = recognised_as(
    ["结算的时候报错了 钱也没到"], category="merchant")

# Supplies: a waterproof cover for a stall by the water (机器套子 is the case).
SUPPLIES = [
    "想要个防水的机器套子 我们在码头卖海鲜",
    "有冇防水嘅機套賣 我哋喺海邊擺檔",
    "do you sell waterproof cases for the terminal, we trade on a boat",
]
test_a_waterproof_cover_asked_for = recognised_as(SUPPLIES, intent="supplies", category=None)

# The after-sales number asked to be sent.
PHONE = [
    "售后的电话发我一个 说明书丢了",
    "你哋售後電話幾多號 發俾我吖",
    "please send me the after-sales phone number",
]
test_the_after_sales_number_asked = recognised_as(PHONE, intent="phone", category=None)

# The sale meant, told by its weekday and date and the part of the day.
DATE = [
    "是上周三 就是25号那天晚上",
    "係上個禮拜五 即係27號嗰日朝早",
]
test_a_sale_told_by_weekday_and_date = recognised_as(DATE, intent="date", category=None)

# A sale's sum told with what it bought, no day: the amount (那笔 is in a day's phrasing too).
AMOUNT = [
    "那笔是两千三百块 客人买的一张茶几",
    "这单是368块 买了三盆兰花",
]
test_a_sum_told_with_what_it_bought = recognised_as(AMOUNT, intent="amount", category=None)
# ... with a day said too, it stays the day
test_a_sum_with_a_day_stays_the_day = recognised_as(["那笔是580块 上周五的"], intent="date")

# --- off-topic traps ----------------------------------------------------------------------------
# An app named with a number (51信用卡管家, 58同城): a name, no code; a code announced beside it
# stays the code.
APP_NAMES = [
    "有没有人有51信用卡管家的推荐码 给我一个",
    "邊個有51信用卡管家嘅邀請碼",
]
test_an_app_named_with_a_number_is_no_code = recognised_as(APP_NAMES, code=None, category=None)
test_a_code_beside_an_app_name_stays = recognised_as(
    [("还信用卡用的51信用卡管家 刷卡机又报51", "51"), ("报错 就是58同城那个58", "58")], code=EACH)

# A post forwarded from a group chat that says nothing wrong: left alone; a fault forwarded
# (a cashier's words) stays the fault.
FORWARDED = [
    "转发：征信花了还能贷款吗？一文讲清楚",
    "轉發：信用卡還款日可以改嗎 睇完就知",
    "Fwd: 5 things your bank won't tell you about credit scores",
]
test_a_forwarded_post_is_left_alone = recognised_as(FORWARDED, code=None, category=None)
test_a_forwarded_fault_stays_the_fault = recognised_as(
    [("转发店员的话：刷卡机黑屏了 开不了机", "hardware"), ("fwd from my cashier: terminal not printing receipts", "hardware")],
    category=EACH)

# --- everyday fault wording ----------------------------------------------------------------------
# Pinyin keyboards' homophones of fault words, only in the fault's shape: 净电 for 静电 (static,
# which the dialog reads as the static fact), 节蒜 for 结算, 耍卡 for 刷卡.
test_static_typed_as_jingdian_is_static = fact_read([
    "天太干了 净电大 碰一下pos就重启",
    "店裡有凈電 一摸機器就啪一聲",
], "obs_static_shock", plain=True)
test_clean_stays_clean = fact_not_read(["把卡槽擦干净电池也换了 还是读不了卡"], "obs_static_shock", plain=True)
SETTLE_TYPO = [
    "刷卡机让我先节蒜 不节蒜刷不了",
    "部機叫我節蒜先 點搞",
]
test_settlement_typed_as_jiesuan_homophone = recognised_as(SETTLE_TYPO, category="merchant")
SWIPE_TYPO = [
    ("耍卡没反应 插卡也读不出", "hardware"),
    ("客人的卡耍不了 别的卡都行", "card"),
]
test_swipe_typed_as_shua_homophone = recognised_as(SWIPE_TYPO, category=EACH)
test_playing_stays_playing = recognised_as(["小孩在店里耍 把机器摔了"], code=None, intent=None)

# Cantonese 叉電 is charging: "叉極都唔入電" is no power going in however long it charges;
# 自己熄 is the terminal switching itself off (not an app closing).
CANTONESE_POWER = [
    "部機叉極都唔入電",
    "部POS成日自己熄",
    "机器叉咗一晚电都唔入电",
]
test_cantonese_charging_and_switching_off = recognised_as(CANTONESE_POWER, category="hardware")

# No light at all, another socket tried: the terminal's power (not "another" of an order).
NO_LIGHTS = [
    "the card reader's completely dead, not one light, swapped the socket an all",
    "机器一个灯都不亮 换了个插座也一样",
    "部機死咗 冇電 一粒燈都唔著 換咗個插蘇都係咁",
]
test_no_lights_even_on_another_socket = recognised_as(NO_LIGHTS, category="hardware", intent=None)
test_another_terminal_ordered_stays_supplies = recognised_as(
    ["can we get another terminal for the other counter"], intent="supplies")

# A welder working next door upsets the terminal while he welds ("焊" names the interference).
WELDER = [
    "楼上装修的在电焊 我的刷卡机一直乱闪 刷卡老失败",
    "隔籬燒焊 部機個mon亂跳 收唔到錢",
    "the guy next door is welding and my card machine screen keeps glitching",
]
test_a_welder_next_door_is_interference = recognised_as(WELDER, category="environment")

# What the screen asked for done (签到 again, a restart), then the sale through and nothing wrong:
# the news, not the screen's 请重新签到; with something still wrong, the fault.
FIX_THEN_WORKED = [
    "行了 重签以后刷过去了 小票也出来了",
    "重新簽到之後可以刷了",
    "signed in again like it said and the payment went through",
]
test_a_fix_done_then_the_sale_through_is_the_news = recognised_as(FIX_THEN_WORKED, intent="sale_ok", category=None)
test_a_fix_done_and_still_wrong_stays_the_fault = recognised_as(
    ["重新签到以后刷过了 但是小票没出来", "signed in again but the sale was declined again", "重启了好几次 还是报77"],
    intent=None)
