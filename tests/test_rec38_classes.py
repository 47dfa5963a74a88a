"""rec38: classes behind the misses of the released chat-style holdout20, with sentences of our
own in zh, zh-hant, Cantonese, pinyin and English (none copied from an eval file), and
near-misses that keep their old reading."""

from tests.tables import EACH, recognised_as  # noqa: F401

# -- off-topic ----------------------------------------------------------------------------------

# a bus, a tram or an underground line by its number: which route, no code
test_route_numbers = recognised_as([
    "the 42 bus goes past the shop",
    "any good noodle place near the 96 bus stop",
    "take bus 14 from the market",
    "坐51路公交到我们店门口",
    "地铁2号线出来就是",
    "巴士68號站旁边有冇好食嘅",
    "the 61 tram stops right outside, handy for customers",
    "我们店在91路终点站旁边",
    "matatu 51 drops you at the gate",
], code=None, category=None)

test_route_near_misses = recognised_as([
    ("pos显示51", "51"),
    ("bus stop outside, machine says 51", "51"),
    ("机器报96 旁边的公交站", "96"),
], code=EACH)

# a forwarded bulletin (safety tips, a reminder, a scam alert) whose "don't" and "never" advise
# everyone: no fault of the merchant's
test_forwarded_bulletins = recognised_as([
    "转发：刷卡小贴士 输密码时要用手挡住",
    "【转发】防骗提醒：不要扫陌生人的收款码",
    "转发 温馨提示 银行卡不要借给别人用",
    "Fwd: card safety tips - never tell anyone your PIN",
    "fwd: scam alert, do not let strangers take your card out of sight",
    "【轉發】刷卡安全須知：唔好將密碼話俾人知",
    "Fwd: fraud alert - never hand the terminal to anyone claiming to be a technician",
], code=None, category=None)

test_forwarded_own_fault_near_misses = recognised_as([
    ("转发一下 机器一直显示余额不足 怎么办", "51"),
    ("fwd: my terminal says declined 05 what now", "05"),
    ("转发 我的机器安全提示说密码错", "55"),
], code=EACH)

# -- non-fault intents --------------------------------------------------------------------------

# the money asked after, the app or the back office showing the payout as processing
test_payout_processing_in_the_app = recognised_as([
    "昨天的货款到账了没 app里一直显示处理中",
    "结算款还没到 商户app上写着处理中",
    "钱到了吗 后台显示结算处理中",
    "the boss asks if friday's money came in, the app says pending",
    "payout still not here, merchant app shows processing",
    "has yesterday's settlement landed? app says in progress",
    "琴日啲數到咗未 app顯示處理中",
    "货款到了吗 手机上那个收款app显示处理中",
    "老板娘问上礼拜的结算到了没有 后台查是处理中",
    "boss wants to know if the money's through, app just says processing",
    "啲貨款入咗數未 個app寫住處理中",
], intent="payout", category=None, code=None)

# the fee taken above the rate agreed (the rates said are no codes)
test_fee_above_the_rate_agreed = recognised_as([
    "手续费比说好的高 扣了0.6个点",
    "why am i being charged 1.2% now, agreed rate was 0.8",
    "you took more in fees this month than the rate we agreed",
    "手續費點解扣咗0.6 講好0.38㗎",
    "手续费怎么按0.6扣的 当时说的是0.38",
    "说好费率0.5 账单上扣的是0.65",
    "fee rate on my statement is 0.6, agreed was 0.38",
    "you charged 0.6 percent this month, we were told 0.38",
    "手续费扣多了 说好的不是这个费率",
    "费率说好的0.55 结果扣成了0.6",
], intent="payout", category=None, code=None)

# an accessory left behind somewhere, another asked for; the QR sign; paper re-ordered because
# the last lot printed faint
test_supplies_left_behind_and_reordered = recognised_as([
    "再要一根充电线 之前那根落在出租车上了",
    "想多要个充电头 原来的忘在酒店了",
    "有没有那种放在收银台上的二维码牌子",
    "能补一个充电底座吗 之前那个搬家时落在老店了",
    "有收款码的台牌吗 想在每张桌子上放一个",
    "can i get another charger, left mine at the trade fair",
    "please post another charger, mine got left at a festival",
    "any chance of more qr stands, we opened a second till",
    "send 20 more rolls please, the last batch printed too faint",
    "order more thermal rolls, the cheap ones we bought print too light",
    "有没有那种挂墙上的收款码牌",
    "你们提供收款二维码的桌牌吗",
], intent="supplies", category=None, code=None)

# both ends of the sale seen through (the customer's debit, the merchant's slip), then asked
test_both_ends_seen_through = recognised_as([
    "顾客收到银行扣款短信了 我这边也打出小票了 这就算成功了吧",
    "客户手机上显示已付款 我这小票也打了 是不是就好了",
    "customer got the debit text and my receipt printed, so we're fine right",
    "her bank app shows the payment and the slip came out, that means it went through yeah?",
    "客人话佢收到扣數短訊 我呢邊都出咗單 應該冇事啩",
    "the guy's phone pinged with the charge and our docket printed, all good?",
    "顾客说手机上扣了款 签购单我这也打出来了 应该没问题吧",
    "buyer's phone shows the payment gone out, slip printed here too, that's fine right",
], intent="sale_ok", category=None, code=None)

test_both_ends_near_miss = recognised_as([
    "客人说扣了钱 但我这边没出小票",  # one end only, the other failed: a fault
], intent=None)

# the sale just made, its sum told (no day in it: no date); in pinyin with kuai; Cantonese 嗰單係
test_sum_of_the_sale_just_made = recognised_as([
    "刚才那笔是三百二十",
    "刚刷那笔668块",
    "刚收的那一单是一千二",
    "刚才那个是九十九块",
    "gangcai na bi shi 230 kuai",
    "na bi shi 320 kuai qian",
    "gang shua de na bi 460 kuai",
    "啱啱碌嗰單係三百八",
    "嗰單係一千二",
    "the sale from a minute ago was 45.50",
    "last one i rang up was 1200 rand",
], intent="amount", category=None, code=None)

# a date typed in pinyin ("12 yue 3 hao"): the day, no code
test_pinyin_dates = recognised_as([
    "wo wen de shi 5yue8ri na bi jiaoyi",
    "jiushi 3 hao na bi",
    "shi 11 yue 28 hao na bi",
    "wo shuo de shi 10 yue 5 hao na bi",
    "shi 9 yue 14 ri de jiaoyi",
    "jiu shi 7 yue 30 hao na tian",
    "wo wen de 2 yue 12 hao na dan",
    "12 yue 1 hao na bi",
], intent="date", code=None)

# -- code forms ---------------------------------------------------------------------------------

# field 39 of the message, where the response code travels: the code is what follows the field
test_field_39 = recognised_as([
    ("签购单底下一行 39域 05", "05"),
    ("打印出来写着 域39=51", "51"),
    ("返回报文里 第39域是96", "96"),
    ("field 39 = 05 on the receipt, what is that", "05"),
    ("log says DE39 51", "51"),
    ("the printout shows F39: 14", "14"),
    ("bit 39 came back 61", "61"),
    ("39域 值为 55 客人说密码没错", "55"),
    ("receipt has \"field 39: 91\", help", "91"),
], code=EACH)

# a refusal's word announcing its code; Yorkshire "nowt" for nought; radio "niner"
test_declined_then_its_code = recognised_as([
    ("declined nine six", "96"),
    ("reads declined ninety six", "96"),
    ("saying declined zero five", "05"),
    ("saying DECLINED nought five", "05"),
    ("machine says declined nowt one", "01"),
    ("it's saying nowt five on the screen", "05"),
    ("code nine nowt", "90"),
    ("card machine says DECLINED five one", "51"),
    ("declined niner six", "96"),
], code=EACH)

test_declined_counts_near_misses = recognised_as([
    "card declined 12 times today",
    "declined 30 dollars sale",
    "it got declined 14 times this morning",
], code=None)

# 儿 (voice typing's er) and pinyin er among zeros: the 2 of 0020000
test_er_among_zeros = recognised_as([
    "机器显示00儿0000",
    "屏幕上是零零兒零零零零",
    "xianshi 00 er 0000",
    "报了个〇〇儿〇〇〇〇",
    "jiqi tishi 00er0000 zenme ban",
    "語音打出嚟係零零兒零零零零",
    "刷卡报零零儿零零零零 咋整",
    "pos tiaochu 00 er 0000 le",
], code="0020000")

test_er_near_miss = recognised_as([("我儿子说显示00", "00")], code=EACH)

# a two-digit code said one of each ("一个零一个六"), announced or called an error
test_one_of_each = recognised_as([
    ("屏幕上报的码 一个九一个六", "96"),
    ("显示一个五 一个一", "51"),
    ("机器报了个一个零一个五 啥意思", "05"),
    ("出来两位数 一个九一个一 然后是错误", "91"),
    ("屏幕角上显示一个零 再一个三", "03"),
    ("刷卡跳出一个五一个五", "55"),
    ("提示一个六 一个一", "61"),
    ("码是一个九 后面一个四", "94"),
], code=EACH)

test_one_of_each_near_misses = recognised_as([
    "我要一个零一个六的热敏纸",
    "买了一个六一个八的",
], code=None)

# a code told by the multiplication table's line ending with it
test_times_table_line = recognised_as([
    ("报的码就是乘法口诀七八五十六那个", "56"),
    ("显示的码 八八六十四", "64"),
    ("机器报错 码是六九五十四", "54"),
    ("屏幕提示的码是五八四十那个", "40"),
    ("码是八八六十四", "64"),
    ("显示的代码 三五十五", "15"),
    ("报的码 五九四十五那个", "45"),
    ("提示码 三七二十一", "21"),
], code=EACH)

test_times_table_near_misses = recognised_as([
    "码是八八六十五",                          # not a line of the table
    "不管三七二十一 先重启再说 机器报错了",      # an idiom
], code=None)

# pinyin typed with its tone marks
test_toned_pinyin = recognised_as([
    ("jiqi bao wǔ shí yī", "51"),
    ("xianshi jiǔshíliù", "96"),
    ("shuaka tishi jiǔ shí yī", "91"),
    ("pos xiǎnshì wǔshíwǔ, mìmǎ cuò le", "55"),
    ("jīqì bào líng wǔ", "05"),
    ("jiqi xianshi liùshíyī", "61"),
    ("shuā kǎ bào jiǔshísì", "94"),
    ("xiǎnshì líng sān", "03"),
], code=EACH)

# -- categories ---------------------------------------------------------------------------------

# the connection "dropping out", a bar of signal or none
test_dropping_out = recognised_as([
    "orchard stall, eftpos keeps dropping out, only one bar of signal",
    "the terminal keeps dropping out, reception is one bar at best",
    "card machine drops out all the time, barely any bars out here",
    "the card machine drops out every few minutes, one bar out here in the bush",
    "eftpos keeps cutting out, signal is one bar on a good day",
    "up at the ski hut the terminal keeps dropping out, one bar if that",
    "machine keeps dropping the connection, we only get one bar in the shed",
    "market stall in the valley, card reader keeps dropping out, hardly any signal",
], category="network")

# someone not picking up the phone is no "pick up card"
test_not_picking_up = recognised_as([
    "can anyone recommend a good electrician here, ours is not picking up",
    "the bank helpline isnt picking up",
    "called the support line, nobody is picking up",
], code=None, category=None)

test_pick_up_card_near_misses = recognised_as([
    "screen says pick up card",
    "terminal shows PICK UP, customer's card",
], category="card")
