"""dlg64: classes behind the released holdout29's unresolved 0020000 merchants (c01, c03, c08,
c09, c12, c15), with sentences of our own in zh, zh-hant and en (none copied from an eval file),
and near-misses that keep their old reading."""

from tests.conversation import converse
from tests.tables import (EACH, events, fact_not_read, fact_read, outcome_is, told_fact_leads_to_fix)

# -- a success told as the sale going through at the first touch, or in regional words ---------
# (c09 "一刷就过 ... 木麻达", c03 "现在插卡中了": read as nothing, the bot moved on from the right fix)

test_first_touch_success = outcome_is([
    "按你讲的擦了一下 现在一插就过",
    "挪到收银台后面 客人一扫就成",
    "搬到窗边之后 一刷就过了 谢谢",
    "照做咗 而家一插就過",
    "搬咗去門口 拍一下就過",
    "moved it next to the window, went through on the first swipe",
    "cleaned the slot like you said, card went straight through",
    "did the reboot thing and the next sale sailed through",
], "worked")

test_regional_works = outcome_is([
    "用清洁卡擦了两遍 现在刷卡中了",          # Henan 中
    "这会儿插卡也中嘞 多谢恁",
    "弄好咧 木麻达",                          # Shaanxi 麻达 (trouble) none
    "照你说的弄了 没麻达了",
    "换咗位 現在插卡中了",
], "worked")

test_first_touch_failure_stays_failure = outcome_is([
    "还是一刷就过不去",
    "擦了 可是一插就过不了",
    "還是有麻達",
    "试了 还是麻达得很",
], "failed")

test_not_a_success = outcome_is([
    "刷卡中，请勿拔卡",                        # the screen's "card being read", no result
    "一碌就好慢",                              # Cantonese 好 = very: slow, no result
    "中了病毒了吗",
    "條線我用膠紙黐住咗 應該冇問題",             # 没有问题 of a fact told (木有 is 没有: no new phrase)
], None)


# ... or as the fault not once since the step, by its own verb (c01 "今日中午一次都冇跳": read only
# because 今日 opened the clause)
test_fault_not_once_since = outcome_is([
    "换了插座以后 一下午一次都没跳过",
    "弄完之后再也没报过那个码",
    "晚上收了十几笔 一回都没出错",
    "插住電之後 一次都冇彈過",
    "照你講嘅做咗 再冇出現過",
    "hasn't come up once since",
    "not a single error since I did that",
    "no errors since lunch, cheers",
], "worked")

test_none_that_is_no_success = outcome_is([
    "小票一次都没出来",                         # the slip never came: the fault
    "一次都没成功",
    "the refund hasn't come back",
], None)


# -- the merchant's own call already made, beside the result, is no request for a person ------
# (c01: "... 一次都冇跳。电池我打咗电话叫服务商换个新嘅" handed to an agent, not resolved)

def test_call_already_made_is_no_request(engine):
    for text in ["电池我已经打了电话叫服务商来换", "我打咗電話叫服務商送過新電池嚟",
                 "i've rung the bank to send a new battery", "already called the provider about a new one",
                 "联系了服务商 他们下礼拜来换"]:
        assert not engine.interpreter.wants_person(text), text


def test_asking_for_the_provider_is_still_a_person(engine):
    for text in ["你帮我叫服务商来换电池", "幫我搵服務商嚟換", "can you call the provider for me"]:
        assert engine.interpreter.wants_person(text), text


def test_success_with_the_call_resolves(engine):
    for lang, opening, reply in [
        ("zh-hans", "刷卡机拿到桌边刷就报0020000 在收银台插着电就没事",
         "插着电用 今天一次都没跳 电池我已经打电话叫服务商换新的"),
        ("zh-hant", "部機拎去枱邊俾客人碌就出0020000 喺收銀枱插住電就冇事",
         "插住電用 今日一次都冇跳 電池我打咗電話叫服務商換個新嘅"),
        ("en", "terminal gives 0020000 when I walk it to the tables, fine at the till plugged in",
         "kept it plugged in, no error all lunch, and i've rung the provider for a new battery"),
    ]:
        results = converse(engine, [opening, reply], lang)
        assert not events(results, "handoff"), (lang, [(e.name, e.data) for r in results for e in r.events])


# -- customers who want to pay by card are who pays, not whose card fails --------------------
# (c08 "tourists want pay with card and i cant": read as "only foreign cards fail", which ruled the
# network out before the new router was told)

WISHED_PAYING = [
    "外国游客都想刷卡 可是机器一直报0020000",
    "老外要用卡付 刷卡机偏偏坏了",
    "遊客成日要碌卡 部機又壞咗",
    "啲外國客想用卡俾錢 部機就係唔得",
    "foreigners want pay with card and machine not working",
    "the tourists all want to pay by card and the terminal keeps failing",
    "my overseas guests would like to pay with card but it gives an error",
    "backpackers wanna pay by card, machine says 0020000",
]

test_wished_paying_is_no_foreign_card = fact_not_read(WISHED_PAYING, "obs_foreign_card")

test_foreign_cards_failing_still_read = fact_read([
    "来了几个老外 刷不了卡",
    "外國客人張卡碌唔到 本地卡就得",
    "the foreigners tried to pay and it failed",
    "the tourist's visa card got declined",
], "obs_foreign_card")

test_wished_paying_leaves_the_network_open = told_fact_leads_to_fix([
    (["游客都想刷卡 机器报0020000", "周一宽带的人来换了新路由器 手机我改了密码 刷卡机没动"], "zh-hans", "fix_reconnect_wifi"),
    (["遊客成日要碌卡 部機出0020000", "禮拜一換咗新路由器 有個新密碼 我淨係改咗手機"], "zh-hant", "fix_reconnect_wifi"),
    (["tourists want to pay by card and the terminal gives 0020000",
      "the internet guy swapped the router on monday, new password, i only redid my phone"], "en", "fix_reconnect_wifi"),
], within=1)


# -- the screen's "no connection" quoted bare, with no display verb -----------------------------

test_quoted_no_connection_is_offline = fact_read([
    "0020000, then small print underneath: 'no connection'",
    "code and under it NO CONNECTION in little letters",
    "下面一行小字写着 无连接",
    "數字下面有行細字 冇連接",
], "obs_terminal_offline")

test_connection_trouble_denied_is_no_offline = fact_not_read([
    "there's no connection issue, the wifi is fine",
    "no connection problems here, phone works",
    "连接没问题 手机上网很快",
], "obs_terminal_offline")


# -- power from the shop's own generator, or the shop's lights going bright and dim -------------
# (c15 "the PUB power go off so we use the generator ... the lights in the shop also go bright and
# dim": nothing read, the bot tried the signal, a restart and the bank)

SWINGING_POWER = [
    "晚上停电了店里开油机 刷卡机就老报错",
    "店里的灯忽明忽暗 刷卡机就跳0020000",
    "燈泡一閃一閃嗰陣 部機就出錯",
    "夜晚轉咗用發電機 部機就成日重啟",
    "we run a genset after dark and that's when it errors",
    "when the mains goes off we switch to the generator, then the terminal restarts",
    "the shop lights go bright and dim and the machine gives 0020000",
    "bulbs flicker every evening and the card machine plays up",
]

test_swinging_power_is_read = fact_read(SWINGING_POWER, "obs_shared_power")

test_the_terminals_own_light_is_no_swinging_power = fact_not_read([
    "the light on the terminal blinks red",
    "the green light on the card machine keeps blinking",
    "the screen flickers when I type the amount",
    "信号一闪一闪的 有时候有有时候没有",
    "機頂個指示燈閃吓閃吓",
], "obs_shared_power")

test_swinging_power_leads_to_stable_power = told_fact_leads_to_fix([
    (["刷卡机晚上老报0020000 白天没事", "晚上停电 店里用油机发电 灯也忽明忽暗"], "zh-hans", "fix_stable_power"),
    (["部機夜晚成日出0020000 日頭冇事", "夜晚停電 用緊發電機 燈泡都一閃一閃"], "zh-hant", "fix_stable_power"),
    (["terminal gives 0020000 in the evenings only, fine in the day",
      "grid goes off at six so we run a petrol genset, the bulbs go bright and dim"], "en", "fix_stable_power"),
], within=2)


# -- taken from the registered shop to sell elsewhere, it fails there and works back home -------
# (c12 "周末在古城摆摊就跳 ... 在店里面刷从来冇出过 一拿出来就跳": nothing read, the bot tried a
# restart, the signal and the router)

AWAY_FROM_THE_SHOP = [
    "周末拿去夜市摆摊就报错 店里好好的",
    "带去展会用就刷不了 回店里又可以",
    "店里从来没出过 一拿出去就跳0020000",
    "喺街市擺檔就唔得 返鋪頭就冇事",
    "拎去年宵市場擺檔就出錯 喺舖頭用就得",
    "took it to the farmers market on saturday and it won't work, fine back at the store",
    "at the craft fair it fails every time, in my shop it's fine",
    "the terminal is registered to our shop address but we take it to the weekend market",
    "装机时登记的是老店的地址 现在拿到新摊位用",
]

test_away_from_the_shop_is_relocation = fact_read(AWAY_FROM_THE_SHOP, "obs_terminal_relocated")

test_a_stall_or_a_table_is_no_relocation = fact_not_read([
    "在夜市摆摊 刷卡机信号不好",                      # the stall is the shop; its signal
    "拿到桌子边就报错 在收银台好好的",                  # the same premises
    "店里也不行 拿到夜市也不行",                        # fails everywhere
    "喺街市擺檔 個網成日斷",
    "at the market the signal is weak, one bar",
    "works at the market and in the shop, only fails at home",
], "obs_terminal_relocated")

test_away_from_the_shop_leads_to_the_move = told_fact_leads_to_fix([
    (["刷卡机周末拿去庙会摆摊就报0020000", "在店里从来没出过 一拿出去就跳"], "zh-hans", "fix_relocation_register"),
    (["部機拎去街市擺檔就出0020000", "喺鋪頭用一直冇事 擺檔就唔得"], "zh-hant", "fix_relocation_register"),
    (["card machine gives 0020000 at the weekend market",
      "it's fine back at the store, only fails at the market stall"], "en", "fix_relocation_register"),
], within=1)


# ... nor, beside a fault of its own, a reason to try the currency prompt first (holdout21 s34 fell
# when "tourists want to tap card" stopped reading as foreign cards: the context let DCC in)

def test_who_pays_lets_no_cause_in_beside_a_named_fault(engine):
    for lang, text in [
        ("zh-hans", "游客都想挥卡 机器根本感应不到 插卡倒是可以"),
        ("zh-hant", "啲遊客想拍卡 部機完全冇反應 插卡就得"),
        ("en", "tourists want to tap their cards, the machine doesn't see them at all, inserting works"),
    ]:
        results = converse(engine, [text], lang)
        assert "fix_charge_local_currency" not in [d["fix"] for d in events(results, "fix_suggested")], (
            lang, [(e.name, e.data) for r in results for e in r.events])
        assert events(results, "problem")[0]["symptom"], lang
