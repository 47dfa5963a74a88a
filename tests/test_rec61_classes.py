"""rec61 (issue 11): chat-style first messages whose class the recogniser did not read: sentences
of our own, none from an eval file or the knowledge base.

1. the terminal's own SIM (电话卡, sim卡, 流量卡 inside the machine) expired or out of data: the
   network, not the customer's card expiring; near misses: the customer's card expired stays the
   card's;
2. the touch screen pressing by itself, nobody touching it (ghost touches opening other pages): the
   hardware; near misses: the machine restarting or the app closing by itself stays no hardware;
3. the connection cut in the middle of a sale (连接中断), back after reconnecting, then cut again:
   the network; near misses: the PIN pad's or the printer's link stays theirs (hardware);
4. the swipe slot failing for every customer's card while the chip inserted goes through: the
   hardware; near misses: one chip card swiped where the terminal asks to insert it stays the
   way the card is used (operation);
5. the bank's hotline checked back ("银行的热线是不是 <number>") or a person's number asked for by
   its last digits ("it ends in ..."): the phone intent, no fault; near misses: a number of the amount's or a code told stays no phone;
6. a screen text typed as its syllables' first letters (拼音首字母: "txsb" 通讯失败, "mmcw" 密码错误) in a
   message otherwise typed in pinyin: the screen text; near misses: English consonant words
   (nvm, pfft) and such a run in an English message stay no fault.
"""

import pytest

from tests.tables import not_recognised_as, recognised_as

# -- 1. the terminal's own SIM expired ------------------------------------------------------------

SIM_EXPIRED = [
    "pos机里头那张电话卡到期了 一点数据都没有",
    "我们收款机的sim卡过期了 现在没数据 刷不出去",
    "部机入面张sim卡到期 冇数据 点算",
    "收银机里插的电话卡过期了吧 没有数据",
]

test_the_terminals_sim_expired_is_the_network = recognised_as(SIM_EXPIRED, category="network")

SIM_EXPIRED_NEAR_MISSES = [
    "客人那张信用卡过期了 刷不了",
    "顾客的银行卡到期了 还能刷吗",
]

test_the_customers_card_expired_stays_the_card = recognised_as(SIM_EXPIRED_NEAR_MISSES, category="card")

# -- 2. ghost touches -----------------------------------------------------------------------------

GHOST_TOUCH = [
    "触屏老是自己按 一会跳到设置一会跳到查询",
    "屏幕自己乱按 我根本没碰",
]

test_the_screen_pressing_by_itself_is_the_hardware = recognised_as(GHOST_TOUCH, category="hardware")

GHOST_TOUCH_NEAR_MISSES = [
    "机器自己重启了好几回",
    "收款app自己退出了 要重新打开",
]

test_restarting_or_an_app_closing_by_itself_is_no_hardware = not_recognised_as(GHOST_TOUCH_NEAR_MISSES, category="hardware")

# -- 3. the connection cut mid-sale, back after reconnecting --------------------------------------

CONNECTION_CUT = [
    "每次刷到一半就连接中断 重新连一下又可以了",
    "收钱收到中间连接断掉 再连又好 过一阵又掉",
    "交易做到一半提示连接中断 重新连好能刷几笔",
]

test_the_connection_cut_mid_sale_is_the_network = recognised_as(CONNECTION_CUT, category="network")

CONNECTION_CUT_NEAR_MISSES = [
    "密码键盘连接中断了",
    "蓝牙小票机连接断开 打不出来",
]

test_the_pin_pads_or_printers_link_stays_theirs = not_recognised_as(CONNECTION_CUT_NEAR_MISSES, category="network")

# -- 4. the swipe slot dead for every card, the chip fine -----------------------------------------

SWIPE_SLOT_DEAD = [
    "每个客人的卡刷磁条都不行 芯片插进去倒好好的",
    "磁条那道槽谁的卡都不认 芯片没事",
]

test_the_swipe_slot_dead_for_every_card_is_the_hardware = recognised_as(SWIPE_SLOT_DEAD, category="hardware")

SWIPE_SLOT_NEAR_MISSES = [
    "客人的芯片卡我刷了磁条 机器说请插卡",
    "刷磁条提示请使用芯片 客人非要刷",
]

test_a_chip_card_swiped_stays_the_way_it_is_used = recognised_as(SWIPE_SLOT_NEAR_MISSES, category="operation")

# -- 5. a phone number checked back, or asked for by its last digits ------------------------------

PHONE_CHECKED = [
    "银行的热线是不是4008887777 打了没人接",
    "does anyone have the installer's phone, it ends in 7731",
]

test_a_number_checked_or_asked_by_its_last_digits_is_the_phone = recognised_as(PHONE_CHECKED, intent="phone", code=None, category=None)

PHONE_NEAR_MISSES = [
    "刚才那笔是不是4006块 我记不清了",
    "屏幕上是不是51 客人说卡里有钱",
]

test_an_amount_or_a_code_checked_is_no_phone = not_recognised_as(PHONE_NEAR_MISSES, intent="phone")

# -- 6. a screen text typed as its syllables' first letters, in a message typed in pinyin ---------

SPELT_INITIALS = [
    ("shua ka yi zhi tishi txsb", None, "network"),
    ("jiqi xianshi txsb zenme ban", None, "network"),
    ("keren de ka shua le tishi mmcw", "55", "card"),
    ("xin ji qi yi shua jiu shi wxsh", "03", "merchant"),
]


@pytest.mark.parametrize("text, code, category", SPELT_INITIALS)
def test_a_screen_text_spelt_by_its_initials_in_pinyin_is_read(recogniser, text, code, category):
    rec = recogniser.recognise(text)
    assert (rec.code, rec.category) == (code, category), rec


SPELT_INITIALS_NEAR_MISSES = [
    "nvm its fine now",
    "the pos shows txsb",
    "my brother said pfft, whatever",
]

test_consonant_words_outside_pinyin_are_no_fault = recognised_as(SPELT_INITIALS_NEAR_MISSES, code=None, category=None)
