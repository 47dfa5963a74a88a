"""Facts read by structure (issue 10, item 2, r13): observations found from meaning units
(knowledge/data/concepts.yaml) that combine, each with the outcome said in its own clause.

Every sentence here was written for these tests and is in no phrasing list: the point is that
the next writer's wording is read too. Some must NOT be read as a fact: a wrong fact rules
causes out, so precision counts as much as recall."""

from __future__ import annotations

import pytest

from dialogs.messages import Incoming
from knowledge.loader import KnowledgeError, load_kb
from knowledge.observations import split_clauses
from tests.test_kb import _copy

READ = [
    # one way of reading fails, the others work (zh, Cantonese / traditional, en)
    ("刷磁条老是报错，插芯片没问题，闪付也正常", "obs_only_swipe"),
    ("插进去就不行 拉一下磁条倒是可以", "obs_only_chip"),
    ("手机碰一下就出错 插卡都能过", "obs_only_contactless"),
    ("碌磁條就唔得 插晶片冇問題", "obs_only_swipe"),
    ("swiping is a no-go but chip and tap both fine", "obs_only_swipe"),
    ("inserting gives the error, swipe goes through ok", "obs_only_chip"),
    # one card / one sale against the others
    ("其他客人的卡都刷得了 就这位不行", "obs_one_card"),
    ("the other customers paid no problem", "obs_one_card"),
    ("上一笔还好好的能刷过", "obs_one_sale"),
    ("previous sales went through no issue", "obs_one_sale"),
    ("换了张卡还是不行", "obs_every_card"),
    ("another card also declined", "obs_every_card"),
    # other terminals
    ("另一台机器好好的", "obs_only_mine"),
    ("隔籬鋪都冇問題", "obs_only_mine"),
    ("our second terminal is fine", "obs_only_mine"),
    ("对面的店也刷不出去", "obs_neighbours_down"),
    # signs on the terminal, the shop's internet
    # no bars at all (kb14: its own fact, the SIM as likely as the place)
    ("屏幕右上角的格子都没了", "obs_no_bars"),
    ("signal bars all gone", "obs_no_bars"),
    ("我手机连店里wifi也上不了网", "obs_shop_offline"),
    ("my laptop has no internet either", "obs_shop_offline"),
    ("wifi是好的，刷卡不行", "obs_network_fine"),
    ("终端右上角wifi图标打了个叉", "obs_wifi_disconnected"),
    ("the wifi icon on the terminal has a red x", "obs_wifi_disconnected"),
    # events
    ("机器莫名其妙自己关机又开了", "obs_loose_power"),
    ("部機成日自己熄咗", "obs_loose_power"),
    ("every so often it shuts down on its own", "obs_loose_power"),
    ("昨天小孩在收银台把机器乱按了一通", "obs_settings_changed"),
    ("the kids were playing with the terminal yesterday", "obs_settings_changed"),
    ("上周刚摔到地板上", "obs_dropped_moved"),
    ("knocked it off the counter on monday", "obs_dropped_moved"),
    ("收银台下面放了个新买的电磁炉", "obs_near_devices"),
    # a sign that is there, a time that works, a change of SIM
    ("信号那几格都满的", "obs_full_signal"),
    ("訊號有五格", "obs_full_signal"),
    ("上午一直没事 过了中午就开始报", "obs_certain_hours"),
    ("mornings are no problem at all", "obs_certain_hours"),
    ("上个月换了家便宜的运营商", "obs_sim_changed"),
    ("we switched to a cheaper carrier last week", "obs_sim_changed"),
    # keys, the battery, a beep that never comes
    ("数字键有两个按不下去 别的键好的", "obs_keys_dead"),
    ("the clear button is sticky", "obs_keys_dead"),
    ("昨晚充满电 今天没到中午就没电了", "obs_battery_drains"),
    ("charged overnight, battery dies by lunch", "obs_battery_drains"),
    ("chip ok, tap never beeps", "obs_only_contactless"),
    # "X is fine": X's causes are out
    ("小票打出来都正常的", "obs_printer_fine"),
    ("printing no problem, its the card part", "obs_printer_fine"),
    ("电量一直是满的", "obs_power_fine"),
    # "doesn't matter how": no one way singled out
    ("mostly chip, doesnt matter really", "obs_every_entry"),
    ("insert also same, swipe also same", "obs_every_entry"),
    # sixth round (kb14): causes and facts the knowledge base lacked, zh / hant / en
    ("新买的纸卷比原来的粗一圈", "obs_paper_wrong_size"),
    ("新買嘅紙卷太闊 要硬塞入去", "obs_paper_wrong_size"),
    ("the rolls we bought online are too wide for it", "obs_paper_wrong_size"),
    ("平时连的是我手机开的热点", "obs_phone_hotspot"),
    ("部機用緊我部電話嘅熱點", "obs_phone_hotspot"),
    ("it runs off my phone hotspot at the market", "obs_phone_hotspot"),
    ("机器掉地上 屏幕裂开了一道", "obs_screen_cracked"),
    ("螢幕摔到碎了", "obs_screen_cracked"),
    ("the glass on the screen has a crack across it", "obs_screen_cracked"),
    ("放了一个寒假 电池一点电都没有了", "obs_battery_ran_flat"),
    ("the battery had gone completely flat over the holidays", "obs_battery_ran_flat"),
    ("过年关了一个星期机", "obs_long_unused"),
    ("店门口在修路 灰特别多", "obs_dusty"),
    ("dust from the building work gets everywhere", "obs_dusty"),
    ("屏幕上写着无SIM卡", "obs_no_sim"),
    ("個SIM卡好似鬆咗", "obs_no_sim"),
    ("it says no sim card on the top", "obs_no_sim"),
    ("右上角的信号格子全没了", "obs_no_bars"),
    ("no bars at all on the terminal", "obs_no_bars"),
    ("我手机在这里信号满格的", "obs_phone_signal_fine"),
    ("my phone has full bars right here", "obs_phone_signal_fine"),
    ("桌面上多出好几个游戏图标", "obs_new_app"),
    ("my son put some games on it", "obs_new_app"),
    ("我自己来刷又没问题", "obs_one_operator"),
    ("不知道为什么 我自己去刷就能过", "obs_one_operator"),
    ("放在洗碗池旁边 经常溅到水", "obs_wet"),
    ("it sits by the sink and gets splashed", "obs_wet"),
    ("收银员多按了两个零", "obs_amount_wrong"),
    ("she typed too many zeros", "obs_amount_wrong"),
    ("客人的手机收到两条扣款短信", "obs_charged_twice"),
    ("the customer got two sms from the bank for the same amount", "obs_charged_twice"),
    ("原装充电器早就丢了 一直用手机充电器充", "obs_wrong_charger"),
    ("we charge it with a phone charger, the original one got lost", "obs_wrong_charger"),
    ("pos连的是给客人用的免费wifi", "obs_guest_wifi"),
    ("it's on the free wifi we give customers", "obs_guest_wifi"),
    ("机器越用越慢 按一下要等半天", "obs_sluggish"),
    ("the terminal is really laggy", "obs_sluggish"),
    ("这台机器一个多月没关过机", "obs_never_restarted"),
    ("we never switch it off, it's been on for weeks", "obs_never_restarted"),
    ("屏幕上有好几条竖线", "obs_screen_garbled"),
    ("the screen keeps flickering", "obs_screen_garbled"),
    ("小票上的字越来越淡", "obs_print_faint"),
    ("there's a white line through every receipt", "obs_print_faint"),
    ("刚才连续打了几十张小票 打印机很烫", "obs_printed_many"),
    ("连我自己的卡也读不了", "obs_reader_dead"),
    ("not even my own card reads on it", "obs_reader_dead"),
    ("机器后面有股焦味", "obs_burnt_smell"),
    ("there was a burning smell from the back", "obs_burnt_smell"),
    ("网线松了 网口的灯不亮", "obs_ethernet_off"),
    ("the network cable came loose", "obs_ethernet_off"),
    ("屏幕上写着密钥错误", "obs_key_error_shown"),
    ("it says KEY ERR on the screen", "obs_key_error_shown"),
    ("签到成功了还是报MAC错", "obs_keys_after_signin"),
    ("signed in fine but still the key error", "obs_keys_after_signin"),
    ("开店到现在从来没结算过", "obs_not_settled"),
    ("we have never done the settlement", "obs_not_settled"),
    ("给客人做退款的时候报错", "obs_doing_refund"),
    ("the refund won't go through", "obs_doing_refund"),
    ("客人说卡里钱不够", "obs_low_balance"),
    ("customer says there isn't enough money on the card", "obs_low_balance"),
    ("客人的银行发短信说拒绝了", "obs_bank_declined"),
    ("her bank declined it", "obs_bank_declined"),
    ("是刚领的新机器", "obs_new_terminal"),
    ("it's a brand new terminal from the bank", "obs_new_terminal"),
    ("提示这个交易没开通", "obs_not_enabled"),
    ("收款码扫码倒是好的", "obs_network_fine"),
    ("用手机给它共享的网", "obs_phone_hotspot"),
    ("the new till rolls don't fit properly", "obs_paper_wrong_size"),
    ("机器好多天没用 电池耗到零", "obs_battery_ran_flat"),
    ("my son loaded a bunch of games onto it", "obs_new_app"),
    ("原来的充电头坏了 现在拿手机的充", "obs_wrong_charger"),
]

NOT_READ = [
    ("从今天下午开始就刷不了", "obs_certain_hours"),  # when it started, not a time it recurs
    ("since this afternoon it fails", "obs_certain_hours"),
    ("部機擺喺水吧隔籬", "obs_neighbours_down"),  # where it stands: next to the bar, no shop next door
    ("放在微波炉隔壁", "obs_neighbours_down"),
    ("打小票打一半就卡住了 纸出不来", "obs_app_frozen"),  # the paper is what got stuck
    # pressing a key or the screen is no contactless tap
    ("the payment app just closes itself when i tap charge", "obs_only_contactless"),
    ("我自己重启了一下 还是报错", "obs_loose_power"),  # the merchant's own restart
    ("i restarted it myself, same error", "obs_loose_power"),
    ("之前都好好的 今天突然不行了", "obs_one_sale"),  # it broke today: no one sale singled out
    ("之前都好好的 今天突然不行了", "obs_loose_power"),
    ("before that it was fine", "obs_one_sale"),
    ("价格输错了", "obs_weak_signal"),  # 价格 is no signal bar
    ("收银员弄了半天机器还是不行", "obs_settings_changed"),  # a cashier trying
    ("放在微波炉旁边就刷不了", "obs_neighbours_down"),  # 旁边 is beside, not next door
    ("moved the charging pad to the other end of the counter and tap works", "obs_one_card"),
    ("其他人都说这个机器不好用", "obs_every_card"),
    ("插卡可以吗？", "obs_only_contactless"),  # a question states nothing
    ("可不可以插卡", "obs_only_contactless"),
    ("不是插卡的问题 刷磁条也一样", "obs_only_chip"),  # chip denied
    ("i remember the chip worked", "obs_only_contactless"),
    ("早上来了就连不上", "obs_certain_hours"),  # it fails in the morning
    ("小孩玩了一下午的机器", "obs_certain_hours"),  # how long, not the afternoon
    ("今天下午开始一直报错", "obs_certain_hours"),  # when it began: "下午…报" starts hidden
    ("从今天下午开始就刷不了", "obs_certain_hours"),
    ("信号有时候有有时候没有", "obs_full_signal"),
    ("换了张卡还是不行", "obs_sim_changed"),  # a bank card, not the SIM
    ("按键没问题", "obs_keys_dead"),
    ("打印也不行", "obs_printer_fine"),
    ("开机就报错", "obs_power_fine"),
    ("wifi没问题 手机都能上", "obs_wifi_disconnected"),
    ("充满电了也开不了机", "obs_battery_drains"),
    # sixth round (kb14): a sign that showed up, an icon, how it used to be, the phone's call
    ("apn was blank, put it back in and the data icon showed up", "obs_new_app"),
    ("格子没有了 以前都满格", "obs_full_signal"),  # how it used to be, not how it is
    ("右上角的信号格子全没了", "obs_weak_signal"),  # none at all is no weak signal
    ("我用手机打电话给客服", "obs_loose_power"),  # 电话 is no power lead
    ("我自己试了一下 可以了", "obs_one_operator"),  # the merchant trying a fix, not a cashier
    ("金额太大了 纸卷是新的", "obs_paper_wrong_size"),  # the amount is big, not the roll
    ("插进去就不行 挥一下能过 就是大额的要插卡", "obs_large_amount"),  # the tap limit, not big sales failing
    ("the wifi is fine", "obs_wrong_charger"),
    ("刷卡没反应 读不了卡", "obs_reader_dead"),  # the fault itself, not "even a good card"
]


@pytest.mark.parametrize("text,observation", READ)
def test_a_fact_in_new_words_is_read_by_its_units(engine, text, observation):
    assert observation in engine.interpreter.observed(text)


@pytest.mark.parametrize("text,observation", NOT_READ)
def test_a_sentence_that_does_not_state_the_fact_is_not_read_as_it(engine, text, observation):
    assert observation not in engine.interpreter.observed(text)


def test_two_ways_failing_is_no_single_way_fact(engine):
    """Swipe and tap fail, chip works: neither "only swiping" nor "only tapping" (the two
    readings contradict each other, so neither is kept)."""
    observed = engine.interpreter.observed("刷卡不行 挥卡也不行 插卡可以")
    assert not {"obs_only_swipe", "obs_only_contactless", "obs_only_chip"} & set(observed)


def test_a_structure_read_wins_over_a_listed_phrase_it_contradicts(engine):
    """"chip works" is a listed phrasing of "only tapping fails"; said beside "swipe fails"
    and "tap works" it is only swiping."""
    observed = engine.interpreter.observed("swipe fails, chip works, tap works too")
    assert "obs_only_swipe" in observed and "obs_only_contactless" not in observed


def test_clauses_split_at_turns_and_chinese_spaces_not_at_dao():
    assert split_clauses("划磁条的时候出 插芯片的倒可以，但是挥卡不行") == [
        "划磁条的时候出", "插芯片的倒可以", "挥卡不行"]
    assert split_clauses("chip works though swipe fails?") == ["chip works", "swipe fails?"]


def test_a_fact_read_by_structure_acts_as_a_phrasing_hit(engine):
    """Volunteered in the opening: the weights move (the magstripe fix first, no network
    fix), the question it answers is not asked."""
    result = engine.handle(None, Incoming(text="机器报0020000 划磁条就出错 插芯片倒可以 手机碰一下也行"))
    facts = result.session["facts"]
    assert "obs_only_swipe" in facts["noted"]
    asked = [e.data.get("question") for e in result.events if e.name == "question_asked"]
    assert "q_entry_method" not in asked
    fix = facts.get("fix")
    assert fix is None or fix in engine.kb.causes["hw_magstripe_reader"].fixes


def test_a_fact_clause_is_not_the_outcome_of_the_pending_fix(engine):
    """"插芯片倒可以" states a fact; it does not say the pending fix worked."""
    session = engine.handle(None, Incoming(text="机器报0020000 只有刷磁条不行")).session
    assert session["facts"].get("fix")
    readings = engine.interpreter.read("fixing", session["facts"], "磁条还是出 插进去的倒都可以")
    assert not any(r.kind == "outcome" and r.value == "worked" for r in readings)


def test_kb_check_names_an_unknown_concept_in_a_pattern(tmp_path):
    data = _copy(tmp_path)
    path = data / "observations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"others:works"', '"otherz:works"', 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_kb(data)
    assert "obs_one_card" in str(err.value) and "otherz" in str(err.value)


def test_kb_check_names_an_unknown_outcome_and_an_unknown_exclusive_observation(tmp_path):
    data = _copy(tmp_path)
    path = data / "observations.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"others:works"', '"others:worx"', 1)
    text = text.replace("- [obs_one_card, obs_every_card]", "- [obs_one_card, obs_every_cardd]", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_kb(data)
    assert "worx" in str(err.value) and "obs_every_cardd" in str(err.value)
