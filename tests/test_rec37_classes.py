"""rec37: classes behind the misses of the released chat-style holdout19, with sentences of our
own in zh, zh-hant, pinyin and en (none copied from an eval file), and near-misses that keep their
old reading."""

from tests.tables import EACH, not_recognised_as, recognised_as  # noqa: F401

# -- code forms --------------------------------------------------------------------------------

# more characters a keyboard offers for the digits' sounds, where a code is announced: 肆 (the
# bankers' four), 屋 乌 侮 for wu, 漆 欺 妻 for qi, 石 拾 for shi (ten); and 回 in pinyin
test_more_keyboard_sounds = recognised_as([
    ("机器显示酒肆 刷不了", "94"),
    ("刷卡弹了个武肆 什么意思", "54"),
    ("报错乌漆 客人急着走", "57"),
    ("部機出咗個欺侮", "75"),
    ("屏幕上写着妻屋 换了张卡也一样", "75"),
    ("提示石屋 我又不是卖房的", "15"),
    ("显示拾伍 交易失败", "15"),
    ("回了个留屋 这是啥", "65"),
    ("机器回的码是酒漆", "97"),
    ("shua ka hui le ge wu si", "54"),
    ("jiqi hui le ge jiu liu", "96"),
], code=EACH)

test_keyboard_sounds_near_misses = recognised_as([
    "屏幕显示乌漆嘛黑的 啥也看不见",      # pitch dark
    "晚上店里乌漆麻黑 刷卡机屏幕也看不清",
    "我们是开石屋民宿的 问下怎么签到",    # a stone house, no code announced
    "这家酒肆生意好 想装台刷卡机",        # a tavern
    "ta hui le jia, ming tian zai shua",  # went home
], code=None)

# a long code told by counting its digits, the counts joined by two words ("后面再", "然后再"),
# and in English the zeros counted with "den"/"more" and said as the letter o
test_long_code_counted_again = recognised_as([
    "报错码两个零 一个二 后面再四个零",
    "屏幕出来的码 俩零 一个2 然后再四个0",
    "码是两个0 一个2 后边再来四个0",
    "錯誤碼兩個零 一個二 後面再四個零",
    "the machine shows double-oh-two and then four more zeros",
    "terminal dey show double-oh-two and den four more ohs",
    "it says zero zero two and then four more noughts",
    "card machine showing double zero two, then four other zeros",
    "screen say oh oh two, den four more ohs",
], code="0020000")

# a two-digit code told digit by digit, the second one following on ("前面一个0 后面跟个5")
test_digits_placed_second_following = recognised_as([
    ("刷卡出来个码 前面一个0后面跟个5", "05"),
    ("码是前面一个9 后面跟个6", "96"),
    ("屏幕上的数 前面是5 后面接个1", "51"),
    ("报错 前头一个5 后头跟着一个4", "54"),
    ("显示的码 前面一个6 后面跟着个1", "61"),
    ("錯誤碼 前面一個9 後面跟個1", "91"),
    ("提示码 前面一个0 后面带个3", "03"),
    ("码 前面一个1 后面跟个4", "14"),
], code=EACH)

# a code told as a riddle: a round number and how much it falls short (差, 少, 减), or more than
# one (比 ... 多): the number it makes, where the message speaks of a code or the screen
test_code_riddle_short_of = recognised_as([
    ("机器报个六十差一的数", "59"),
    ("码是一百差一", "99"),
    ("显示的码 比五十多一", "51"),
    ("屏幕上那个数 七十少三", "67"),
    ("报错码 一百减四 你自己算", "96"),
    ("the error code is one short of sixty", "59"),
    ("code is one less than a hundred", "99"),
    ("error code two less than seventy", "68"),
    ("報錯碼六十差一", "59"),
], code=EACH)

test_riddle_near_misses = recognised_as([
    "十点差一刻 刷卡显示交易失败",           # a time
    "我们差一点就关门了 问下怎么结算",
    "五十多块钱的东西 显示成功了吗",        # fifty-some
], code=None)

# -- off-topic numbers -------------------------------------------------------------------------

# a child's homework: a question or a page numbered, a sum asked and answered, a Roman numeral's
# worth asked: no code
test_homework_numbers_are_no_code = recognised_as([
    "儿子 第38题拍给我看看",
    "作业第51页写完了没",
    "老师说第96题不用做",
    "我女儿问一百减四等于几 她说九十六 对吧",
    "三十加二十一等于多少 孩子说五十一",
    "my son asks what is 100 minus 4, he says 96, right?",
    "whats 50 plus 1, my girl says 51",
    "孩子问罗马数字XL是多少",
    "my kid asks what is XL in roman numerals",
    "罗马数字LI等于几 老师留的作业",
], code=None, category=None)

# a count said roughly with two neighbouring numerals ("四五回", "三四次"): how often, no code
test_rough_counts_are_no_code = recognised_as([
    "一早上报了四五回",
    "这个码今天出了三四回",
    "显示了五六次 客人走了",
    "報咗四五次 點算",
    "跳了七八遍 就是刷不过去",
    "一上午提示了两三次",
    "出了八九回 烦死了",
    "报了六七下",
], code=None)

test_rough_count_near_misses = recognised_as([
    ("显示四五", "45"),           # announced, nothing counted
    ("报了五六 刷不了", "56"),
], code=EACH)

# -- non-fault intents -------------------------------------------------------------------------

# a northern question closed by 不 for 吗 ("能再给一个不", "礼拜一能到不"): asked as with 吗
test_question_closed_with_bu_supplies = recognised_as([
    "收款立牌让风刮跑了 能再给一个不",
    "打印纸没了 能寄两卷不",
    "收款码牌丢了 能补一个不",
    "台卡摔裂了 能再给个新的不",
    "保护套破了 能给换个新的不",
], intent="supplies", category=None)

test_question_closed_with_bu_payout = recognised_as([
    "周六周日刷的 礼拜一能到不",
    "周六刷的 周一能到不",
    "礼拜天收的钱 礼拜一能到账不",
    "周末两天刷的 周一到得了不",
], intent="payout", category=None)

test_bu_that_says_no_stays = not_recognised_as([
    "试了还是不",
    "刷不了",
], intent="supplies")

# a sum told roughly, hedged (大概 ... 左右, 差不多, 好像是 ... 上下, about): the amount asked for
test_rough_amount = recognised_as([
    "大概三千二左右吧",
    "大概两万左右 具体忘了",
    "差不多八百多块吧 记不清了",
    "好像是一千五上下",
    "估计有两千五左右",
    "應該係三千幾蚊左右",
    "about 1300 i think, not sure",
    "maybe around 4500, cant remember",
    "一万出头吧 记不太清",
], intent="amount", category=None)

test_rough_count_is_no_amount = not_recognised_as([
    "大概100次",
    "大概等了10分钟",
], intent="amount")

# a day of the lunar calendar or a festival's (腊月初九, 正月初六, 大年初二, 八月十五): the date
test_lunar_date = recognised_as([
    "腊月二十三那天",
    "正月初六刷的",
    "初三那天 就是大年初三",
    "农历十五那天",
    "大年初二那天刷的",
    "冬月十八那天",
    "就是八月十五那天",
    "正月十五元宵那天",
    "臘月初八嗰日",
], intent="date", category=None)

test_lunar_near_misses = not_recognised_as([
    "最初的时候能刷",
    "初中生拿家长的卡",
], intent="date")
