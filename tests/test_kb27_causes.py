"""Fourteenth round (kb27): classes behind 0020000 the typing merchants missed - a VPN app left
on, location switched off to save battery, a terminal set on a loudspeaker, card numbers keyed
in for phone orders, a terminal that goes online only through its base taken away from it, a
socket on the sign's wall switch, paper rolls fatter than the old ones, a kiln's heat, failures
only by day; and success told in a few dialect words. Sentences written for these tests, in zh,
traditional zh and en; none is taken from an evaluation set."""

import pytest

from knowledge.observations import cause_factors
from tests.tables import fact_read, look_alikes_not_read, told_fact_leads_to_fix


NEW_CAUSES = {
    "sw_vpn_on": "fix_vpn_off",
    "sw_location_off": "fix_location_on",
    "env_vibration": "fix_move_off_vibration",
    "mer_manual_entry_off": "fix_card_present_or_link",
    "net_off_base": "fix_stay_near_base",
    "env_switched_socket": "fix_unswitched_socket",
}


@pytest.mark.parametrize("cause,fix", NEW_CAUSES.items())
def test_new_cause_has_its_fix(kb, cause, fix):
    assert kb.causes[cause].fixes[0] == fix


def test_new_causes_come_in_by_their_facts_only(kb):
    causes = kb.code("0020000").causes
    for cause in NEW_CAUSES:
        assert cause not in causes


@pytest.mark.parametrize("obs,cause", [
    ("obs_vpn_on", "sw_vpn_on"), ("obs_location_off", "sw_location_off"),
    ("obs_on_speaker", "env_vibration"), ("obs_keyed_card", "mer_manual_entry_off"),
    ("obs_off_base", "net_off_base"), ("obs_switched_socket", "env_switched_socket"),
])
def test_decisive_fact(kb, obs, cause):
    assert cause_factors(kb, obs).get(cause) == 3


FACTS = [
    ("屏幕上面多了个小钥匙图标 是店员装的翻墙软件", "obs_vpn_on"),
    ("屏幕頂有個小鎖匙 係同事裝咗個VPN睇片", "obs_vpn_on"),
    ("there's a little key icon at the top since my nephew put a vpn on it", "obs_vpn_on"),
    ("为了省电我把定位关了", "obs_location_off"),
    ("為咗慳電我關咗定位", "obs_location_off"),
    ("I switched off location to make the battery last", "obs_location_off"),
    ("机器就放在音箱上面", "obs_on_speaker"),
    ("部機擺喺音箱上面", "obs_on_speaker"),
    ("we keep it on top of the speaker by the door", "obs_on_speaker"),
    ("电话订单我们手输卡号就报错", "obs_keyed_card"),
    ("電話訂單我哋手輸卡號就出錯", "obs_keyed_card"),
    ("for phone orders I key in the card number and it fails", "obs_keyed_card"),
    ("收银员拿起机器给客人按密码", "obs_off_base"),
    ("收銀員拿起機器遞給客人輸密碼", "obs_off_base"),
    ("it's fine downstairs at the till, we take it up in the fitting rooms", "obs_off_base"),
    ("插座跟门口的灯箱是同一个开关", "obs_switched_socket"),
    ("插座同門口燈箱係同一個開關", "obs_switched_socket"),
    ("the plug is on the same switch as the shop sign", "obs_switched_socket"),
    ("新买的纸卷比原来的胖 盖子盖不平", "obs_paper_wrong_size"),
    ("新買嘅紙卷比原來的胖", "obs_paper_wrong_size"),
    ("机器在电窑上面的架子上 摸起来有够烫", "obs_when_hot"),
    ("it sits on a shelf next to the kiln", "obs_when_hot"),
    ("晚上都没事 都是白天出", "obs_daytime_only"),
    ("晚上都冇事 都是白天出", "obs_daytime_only"),
    ("it only fails in the daytime, fine at night", "obs_daytime_only"),
    ("一放音乐开大声就报错", "obs_loud_music"),
    ("it fails when we play the music loud", "obs_loud_music"),
]

test_fact_is_read = fact_read(FACTS)


NOT_FACTS = [
    # a big sale failing is still the amount; a big speaker is not
    ("small ones are fine but the big one fails", ("obs_on_speaker",), "obs_large_amount"),
    ("it sits on the speaker box, the big one", ("obs_large_amount",), "obs_on_speaker"),
    # failing in the evening is not "only by day"
    ("白天好好的 一到晚上就报错", ("obs_daytime_only",), None),
    # a location check by the acquirer after a move is not location switched off
    ("机器搬到别的城市用了", ("obs_location_off",), None),
    # an app installed is still the new app, not a VPN
    ("装了个收银软件", ("obs_vpn_on",), "obs_new_app"),
    # the cradle's link coming back only sometimes keeps its reading
    ("网线插在底座上 放回底座有时候有网有时候没有", ("obs_off_base",), "obs_base_link_flaky"),
    # typing the amount is no keyed card number
    ("输金额的时候就报错", ("obs_keyed_card",), None),
]

test_near_miss_keeps_the_old_reading = look_alikes_not_read(NOT_FACTS)


STORIES = [
    (["0020000", "屏幕上面有个小钥匙图标 店员装了个VPN看视频"], "zh-hans", "fix_vpn_off"),
    (["0020000 the staff put a vpn app on it, there's a key icon at the top"], "en", "fix_vpn_off"),
    (["0020000", "為咗慳電我關咗定位"], "zh-hant", "fix_location_on"),
    (["0020000", "I turned off location to save battery"], "en", "fix_location_on"),
    (["0020000", "机器放在音箱上面"], "zh-hans", "fix_move_off_vibration"),
    (["0020000", "it sits on top of the speaker"], "en", "fix_move_off_vibration"),
    (["0020000", "電話訂單我哋手輸卡號就出錯"], "zh-hant", "fix_card_present_or_link"),
    (["0020000 only on phone orders, I key in the card number"], "en", "fix_card_present_or_link"),
    (["0020000", "我们插网线的 收银员拿起机器给客人按密码"], "zh-hans", "fix_stay_near_base"),
    (["0020000", "插座跟门口灯箱是同一个开关"], "zh-hans", "fix_unswitched_socket"),
    (["0020000", "the plug is on the same switch as the shop sign"], "en", "fix_unswitched_socket"),
    (["0020000", "新买的纸卷比原来的胖 硬塞进去的"], "zh-hans", "fix_right_paper_size"),
]

test_a_told_fact_leads_to_its_remedy_within_three_fixes = told_fact_leads_to_fix(STORIES)


@pytest.mark.parametrize("text,outcome", [
    ("定位打开了 再刷 巴适 过了", "worked"),
    ("moved it, customer paid first time", "worked"),
    # near misses: still failing
    ("再刷了一下 还是不过", "failed"),
    ("moved it but the customer could not pay first time, still 0020000", "failed"),
])
def test_dialect_success_words(engine, text, outcome):
    i = engine.interpreter
    assert i.story_outcome(text, i.outcome(text)) == outcome
