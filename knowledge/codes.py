"""Find terminal / host error codes in free text.

Two-digit host codes collide with everyday numbers (51块, 10:51, 138xxxxxxxx), so numbers
that are clearly amounts, times, dates, phone, order or trace numbers are masked first; what
remains is matched against the codes the knowledge base knows (never any two digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from knowledge.pinyin import readings as _pinyin_readings
from knowledge.text import normalise, trie_pattern

# rec40: the words of the done-count and digit-place phrases are data (knowledge/numbers/
# number_phrases.yaml); the patterns below keep their grammar.
_NUMBER_PHRASES_FILE = Path(__file__).parent / "numbers" / "number_phrases.yaml"
with open(_NUMBER_PHRASES_FILE, encoding="utf-8") as _handle:
    _NUMBER_PHRASES = yaml.safe_load(_handle)
_DONE_COUNT = _NUMBER_PHRASES["done_count"]
_DIGIT_PLACES = _NUMBER_PHRASES["digit_places"]
_PAIR_JOINED = _NUMBER_PHRASES["pair_joined"]
_LONG_SPLIT = _NUMBER_PHRASES["long_split"]
_LONG_SLIPPED_CONTEXT = _NUMBER_PHRASES["long_slipped_context"]
_LONG_SLIPPED_SAID = _NUMBER_PHRASES["long_slipped_said"]
_NOT_CODES = _NUMBER_PHRASES["not_codes"]  # rec57: models, readings, roads, money spent


def _either(words) -> str:
    """A pattern for one of the words, in the order listed (a space in a word: any spaces)."""
    return "|".join(r"\s+".join(re.escape(part) for part in str(word).split()) for word in words)

# Each pattern masks a span that looks like a number but is not a code; its kind (amount,
# phone, ...) tells the matcher what the merchant gave instead ("收了96块" is an amount).
_MONEY_UNITS = (r"元|块钱|块|塊|毛|角|分钱|刀|蚊|rmb|yuan|kuai(?:\s?qian)?|cny|usd|hkd|dollars?|bucks|\$|"
                # other countries' money, as merchants there name it
                r"shillings?|naira|cedis?|rands?|pesos?|rupees?|ringgit|baht|euros?|pounds?|quid|dirhams?|riyals?")
# dlg93: more countries' money named after the amount ("APPROVED 35 lari", "200 birr", "50 dalasi", "12 tala"):
# an amount, no code (a currency the list lacked read "35 lari" as code 35)
_MONEY_UNITS += (r"|laris?|drams?|leke?|birrs?|dalasis?|lilangeni|emalangeni|riels?|kip|dong|soms?|tenge|manats?|kyats?|"
                 r"takas?|tugriks?|afghanis?|rials?|dinars?|leones?|kwacha|pula|maloti|loti|ariary|gourdes?|quetzal(?:es)?|"
                 r"lempiras?|cordobas?|colones|soles|bolivianos?|guarani(?:es)?|lei|leu|leva?|zlotys?|forints?|kuna|"
                 r"korunas?|kronor|kroner|krona|krone|francs?|shekels?|sheqels?|lira|lire|yen|hryvnias?|roubles?|rubles?|"
                 r"reais|cents?|pence|denari?|tala|vatu|kina|ngultrum|rufiyaa|nakfa|fcfa|cfa")
_SUM = r"\d[\d,]*(?:\.\d+)?"  # rec58: a sum in digits, its thousands and cents too
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
# A day named without a number (上礼拜五, 周三, last friday): a date all the same.
_WEEKDAY = re.compile(r"(?:[上下这本]个?)?(?:周|星期|礼拜)[一二三四五六日天]|(?<![a-z])(?:(?:last|this|next)\s+)?"
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])")
# rec37: a day of the lunar calendar (腊月初九, 正月十五, 大年初二, 农历十八, 初三那天): a date all the
# same, its numerals no code (初N stands alone only before a word of when or what: 初三那天, 初六刷的)
_LUNAR_N = r"(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]|[一二三四五六七八九]|\d{1,2})"
_LUNAR_DATE = re.compile(
    r"(?:农历|农历的|阴历|農曆|陰曆)\s*(?:(?:[一二三四五六七八九十]|十[一二]|正|腊|臘|冬)月)?" + _LUNAR_N +
    r"|(?:正|腊|臘|冬)月" + _LUNAR_N + r"?"
    r"|大年(?:初[一二三四五六七八九十]|三十|夜)"
    # (a month and its day in characters, 八月十五那天: the festival's day, either calendar)
    r"|(?<![零〇一二三四五六七八九十\d个個])(?:[一二三四五六七八九]|十[一二]?)月" + _LUNAR_N +
    r"(?=\s*(?:那天|那日|那晚|的|刷|号|號|日|晚上|早上|上午|下午|中午|$|\s|[,，。]))"
    r"|(?<![最当當起年])初[一二三四五六七八九十](?=\s*(?:那天|那日|那晚|那天晚上|那天早上|的|刷|晚上|早上|上午|下午|中午|$|\s|[,，。]))")
_LUNAR_HINT = re.compile("农历|阴历|農曆|陰曆|月|大年|初")
_WEEKDAY_HINT = re.compile("周|星期|礼拜|(?:mon|tues|wednes|thurs|fri|satur|sun)day")  # a cheap look first: most messages name no day
# Currencies written before the amount (RM 96, HK$ 51, S$ 12).
_CURRENCIES = (r"rm|rmb|myr|sgd|hkd|usd|aud|nzd|cny|twd|php|idr|thb|inr|eur|gbp|hk\$|s\$|us\$|a\$|nt\$|rs\.?|rp|"
               r"ksh|kes|ngn|ghs|zar|pkr|aed|sar|egp|₦|₹|₱|"
               # dlg93: (see _MONEY_UNITS) codes of more countries' money written before the amount ("GEL 35", "ETB 200")
               r"gel|amd|etb|gmd|szl|khr|npr|lkr|vnd|kzt|uzs|mnt|lak|mmk|bdt|wst|fjd|xcd|xof|xaf|₾|֏|৳|₫|₭")
_CJK_UNITS = (
    r"万|千|百|次(?!数|數)|个|台|张|笔|单|号(?!\s*(?:错误|错|報錯|报错|故障|代码|代碼|提示))|日|月|年|岁|人|天|周|分钟|分|秒|小时|%|度|米|格|条|遍|"
    # (dlg50: 下 counts presses, "按了3下"; not 下面 / 下边 / 下方: "0020000 下面没别的字" is below it)
    r"下(?!面|边|方|头|一行|行)|回|"
    r"家|部|卷|箱|盒|包|多|几|来(?!着)|余|°|打印纸|纸|桌|楼|层|房|室|公斤|斤|克|吨|"
    # a route, a building, a bottle ... numbered or counted (51路公交, 12栋, 3杯): which one or
    # how many, no code (路由器 is a router: "报51路由器重启了"; 只 is also "only", 线 a line
    # fault, 座 a landline: left out)
    r"路(?!由|线)|栋|幢|瓶|杯|碗|份|辆|"
    # rec48: skewers, strings counted (先烤51串, 51串羊肉串): how many, no code (not 串号 / 串码, a serial)
    r"串(?!号|號|码|碼)|"
    # lessons and classes counted (还剩61节课, 上了12堂): how many, no code
    r"节(?!假|日)|堂|课|"
    # rec37: a question or a page of a child's homework (第38题, 51页): which one, no code
    r"题|道题|页(?!面)"
)
_LATIN_UNITS = (
    r"w|k|percent|times?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|"
    r"pcs|pieces?|packs?|terminals?|machines?|cards?|customers?|transactions?|sales|orders?|people|items?|kg|"
    r"m|km|mm|cm|rolls?|boxes|tries|attempts|am|pm|degrees?|deg|celsius|fahrenheit|"
    # dlg53: the hour said with o'clock ("checked the bank app at 10 o'clock"): when, no code
    r"o\s?['’`]?\s?clock|oclock|o'?\s?clock"
)
# A number with a space after it is one with its unit only when it stands apart before too
# ("刷了 3 次", spaced the way some keyboards space digits) or starts the message.
_UNSPACED_BEFORE = r"(?<![\d,\u3400-\u9fff])"
# A pattern that needs a word of context first runs only when one of these is in the message
# (a substring test costs a fraction of a regex scan; most messages have none of them).
_MASK_HINTS = {
    "currency": ("¥", "$", "€", "£", "rm", "rmb", "myr", "sgd", "hkd", "usd", "aud", "nzd", "cny",
                 "twd", "php", "idr", "thb", "inr", "eur", "gbp", "rs", "rp", "ksh", "kes", "ngn",
                 "ghs", "zar", "pkr", "aed", "sar", "egp", "₦", "₹", "₱",
                 # dlg93
                 "gel", "amd", "etb", "gmd", "szl", "khr", "npr", "lkr", "vnd", "kzt", "uzs", "mnt", "lak",
                 "mmk", "bdt", "wst", "fjd", "xcd", "xof", "xaf", "₾", "֏", "৳", "₫", "₭"),
    "total": ("金额", "总额", "总共", "一共", "合计", "共计", "total", "amount", "price"),
    "call": ("电话", "手机", "座机", "号码", "回电", "打给我", "微信", "call", "phone", "tel", "mobile",
             "whatsapp", "number is", "my number", "my no", "our number", "our no", "my contact", "my hp",
             # rec55: a call back asked for in other words ("打呢個 6092 5143 搵我", "打返俾我 ...")
             "找我", "打返", "打给我", "打这个", "打我", "ring me", "text me", "reach me"),
    "battery": ("电量", "电池", "battery", "charge"),
    "cents": (".",),
    "comma cents": (",",),
    "plus": ("+",),
    "month": ("月",),
    "pinyin month": ("yue", "hao"),
    "day": ("号", "號"),
    "ordinal": ("the ",),
    "is": ("是", "係", "系"),
    "month name": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "sum": ("乘", "除", "加", "减", "等于", "÷", "=", "+", "plus"),
    "rough": ("大概", "大约", "大致", "差不多", "估计", "好像", "应该", "應該", "约", "起码", "至少", "左右", "上下", "出头",
              "about", "around", "roughly", "approx", "maybe", "like", "almost", "nearly"),
    "sum asked": ("等于几", "等于多少", "得几", "得多少", "是几", "what's", "what is", "whats", "how much is"),
    # (the characters these patterns cannot match without)
    "clock": (":", "点"),
    "english time": ("by ", "till", "until", "before", "after", "since", "at "),
    "o'clock": ("点",),
    "date separator": ("-", "/", ".", "年"),
    "times sign": ("*", "x", "×", "乘"),
    "temperature": ("温", "temp"),
    "climate": ("ac", "a/c", "air con", "aircon", "air-con", "thermostat", "heater", "heating", "空调", "空調", "冷气", "冷氣", "暖气", "暖氣"),
    "below zero": ("minus", "零下", "负", "負"),
    "below": ("below", "under zero", "under freezing"),
    "miskeyed": ("成", "instead of"),
    "keyed": ("输", "键入", "操作员", "柜员", "typ", "enter", "key", "input", "operator", "cashier"),
    "password": ("密码", "口令", "password", "passcode", "passwd", "pin"),
    "login": ("logged", "signed", "log", "sign"),
    "level": ("跌", "摔", "涨", "降", "升", "掉", "减", "增", "加"),
    "holiday": ("假", "节", "国庆", "黄金周", "期间", "那天", "那几天", "那周", "前后"),
    "place": ("room", "table", "seat", "lane", "counter", "floor", "level", "gate", "unit", "block",
              "stall", "outlet", "branch", "store", "shop", "aisle"),
    # rec38: a bus or a tram by its route ("the 51 bus", "bus 96", "51路车", "地铁2号线"): which
    # one, no code
    "route": ("bus", "route", "tram", "trolley", "matatu", "jeepney", "minibus", "路", "公交", "巴士", "线", "線"),
    "score": ("比",),
    "subject": ("数学", "语文", "英语", "英文", "物理", "化学", "生物", "历史", "地理", "政治", "科学", "考", "成绩", "总分",
                "math", "science", "physics", "chemistry", "biology", "history", "geography", "score", "mark", "grade"),
    "ratio": ("开", "開", "分成", "分账", "分帳"),
    "prefix": ("开头", "開頭", "打头", "結尾", "结尾", "start", "begin", "end"),
    "app name": ("管家", "job", "talk", "同城", "到家", "人才网", "卫士", "浏览器"),
    "collect": ("收", "付", "退", "找", "账", "刷了", "共", "合计"),
    "swipe": ("刷", "到手", "实收", "实到"),
    "paper": ("纸",),
    # rec61: (see the "per unit" mask)
    "per unit": ("一盒", "一斤", "一份", "一杯", "一碗", "一瓶", "一包", "一袋", "一箱", "一串", "一公斤", "一罐", "一套", "一件", "一打", "一提"),
    # rec36: a vehicle's plate (its province's character, its letter, five or six after), or a
    # plate named
    "plate": tuple("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼") + ("车牌", "牌照", "plate", "rego"),
    "paper size": ("纸", "海报", "幅面", "尺寸", "图纸", "复印", "打印", "paper", "size", "sheet", "poster", "print"),
    "roll": ("纸", "卷", "宽", "paper", "roll", "width", "wide"),
    "sale sum": ("笔", "筆", "单", "單"),
    "field": ("域", "39"),
    "epoch": ("1970", "2000"),
    "lottery": ("双色球", "大乐透", "彩票", "福彩", "体彩", "开奖", "中奖", "七星彩", "六合彩", "排列三",
                "lotto", "lottery", "jackpot", "powerball", "蓝球", "特码", "特别号"),
    "about": ("about", "around", "approx", "nearly", "almost", "over", "more than", "less than",
              "sold", "sell", "bought", "served"),
    "done count": tuple(_DONE_COUNT["did"]),
    # dlg95: sales of the trade counted with its word between ("40 rafting bookings")
    "counted": ("bookings", "tickets", "rentals", "orders", "sales", "transactions", "payments", "customers",
                "guests", "covers", "tours", "trips", "passengers", "visitors"),
    # rec57: a model's maker, a reading's word or unit, a road, money spent (knowledge/numbers/
    # number_phrases.yaml not_codes)
    "model": tuple(_NOT_CODES["models"]),
    "reading": tuple(_NOT_CODES["readings"]),
    "reading unit": tuple(_NOT_CODES["reading_units"]),
    "road": tuple(_NOT_CODES["roads"]),
    "spent": tuple(_NOT_CODES["spent"]),
    "discount": ("折",),
    "instead": ("instead", "in place of"),
    # rec58: a sum set right, another denied after it
    "sum denied": ("不是", "并非", "not", "isn", "wasn"),
    "charged each": ("扣了", "扣咗", "扣我", "charged", "took"),
    # dlg101: a charge told twice over
    "charged twice": ("两次", "兩次", "两笔", "兩筆", "两回", "兩回", "两遍", "2次", "二次", "扣了", "扣咗", "扣", "收了两", "twice", "two times",
                      "2 times", "double", "two charges", "charged", "debited", "taken", "took", "take"),
    "paid": ("paid", "settled", "credited", "deposited", "transferred", "arrived", "came in", "went in",
             "went through", "showed up", "landed", "cleared", "missing", "outstanding", "unpaid",
             "到账", "入账", "进账", "了数", "打到", "结算"),
}
# A pattern opening with this matches only where a number begins (a digit after no digit):
# its own lookbehind says so, or it begins with a run of digits of any length and ends on no
# digit another could follow, so that a match inside a run would be one from the run's start,
# which comes first. `mask_spans` tries such patterns at the starts of numbers only, not at
# every character: the same matches (tests/test_speed_equivalence.py) at a fraction of the cost.
AT_NUMBER = r"(?<!\d)(?=\d)"
_MASKS = [
    (kind, re.compile(p), re.compile("|".join(map(re.escape, _MASK_HINTS[hint[0]]))) if hint else None,
     p.startswith(AT_NUMBER))
    for kind, p, *hint in (
        # rec38: the message's field 39, where ISO 8583 carries the response code ("39域:01",
        # "field 39 = 05", "DE39 51", "F39: 96"): the field's number, the code is what follows
        # rec55: a terminal's clock gone back to its factory date (the year 1970 or 2000, the
        # epochs a flat clock battery resets to: "时间变成2000年1月1号", "01/01/2000", "jan 1 1970"):
        # no date of a sale but the clock's fault, read apart from a date (first: the date's own
        # patterns would take it)
        ("epoch", r"(?<![0-9a-z.])(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*|(?:\d{1,2}(?:st|th)?\s+)?(?:january|jan)\.?\s+"
         r"(?:\d{1,2}(?:st|th)?,?\s+)?|(?<=year )|(?<=year  ))(?:1970|2000)(?![\d])"
         r"|(?<![\d.])(?:1970|2000)\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]?)?)?|[-/.]\s*0?1\s*[-/.]\s*0?1(?!\d))",
         "epoch"),
        ("field", r"(?<!\d)(?P<n>39)\s*号?域", "field"),
        ("field", r"域\s*39(?!\d)", "field"),
        ("field", r"(?<![a-z0-9])(?:field|de|bit|f)\s*#?\s*39(?![\d.])", "field"),
        # (first: the time and the sum below would take "39: 14" and "39 = 05" whole)
        # (first: the time and the sum below would take "39: 14" and "39 = 05" whole)
        # rec57: a model named by its maker or line ("iPhone 14", "华为P60", "宝马X5", "Galaxy S21"):
        # the model's number, letter and all, no code
        ("number", r"(?<![a-z])(?:" + _either(_NOT_CODES["models"]) + r")\s?(?:pro|max|plus|mate|note|ultra)?\s?"
         r"(?P<n>[a-z]{0,2}\d{1,3})(?![\d.:])", "model"),
        # ... a reading of the weather, the air or a body ("湿度91", "PM2.5都到了 96", "the UV index is
        # 11"): what was measured, no code
        ("number", r"(?<![a-z])(?:" + _either(_NOT_CODES["readings"]) + r")(?![a-z])\s*(?:(?:" + _either(_NOT_CODES["reading_links"])
         + r")(?![a-z])\s*)?[:：]?\s*(?P<n>\d{1,3})(?![\d.:%]|\s*(?:" + _MONEY_UNITS + r"))", "reading"),
        # ... its unit said after ("25 knots", "30 mph", "6级风", "94 in the shade")
        ("number", AT_NUMBER + r"(?<!\d)(?P<n>\d{1,3})\s*(?:degrees?\s+)?(?:" + _either(_NOT_CODES["reading_units"]) + r")(?![a-z])",
         "reading unit"),
        # ... a road by its number ("Highway 61", "stuck on hwy 95", "318国道")
        ("number", r"(?<![a-z])(?:" + _either(_NOT_CODES["roads"]) + r")(?![a-z])\s*(?:no\.?|#)?\s*(?P<n>\d{1,4})(?![\d.:])",
         "road"),
        ("number", AT_NUMBER + r"(?<!\d)(?P<n>\d{1,4})\s*(?:号|號)?\s*(?:" + _either(_NOT_CODES["roads_after"]) + r")", "road"),
        # ... money spent, a price before or after a discount ("花了96", "打完折是68", "原价120",
        # "I spent 51 on"): a sum ("花了半天" counts no money: a number right after the word only)
        ("amount", r"(?<![a-z])(?:" + _either(_NOT_CODES["spent"]) + r")(?![a-z])\s*(?P<n>\d+)(?![\d:]|\s*(?:次|遍|回|下|天|年|个月|小时|分钟))",
         "spent"),
        ("amount", r"(?:" + _either(_NOT_CODES["discount"]) + r")\s*(?:" + _either(_NOT_CODES["discount_became"]) + r")?\s*(?P<n>\d+)(?![\d:])",
         "discount"),
        # rec57: an amount keyed in place of another said without "of" ("typed 150 instead 15", "80 in
        # place of 8"); and what each charge of a sale taken twice was ("扣了两次 每次52", "charged
        # twice, 38 each time"): sums, no code
        ("miskeyed", r"(?<!\d)\d+\s+(?:instead(?!\s+of)|in place of)\s+\d+(?![\d.:])", "instead"),
        ("amount", r"(?:每次|每笔|每回|每一次|每一笔)\s*(?:扣了?|收了?)?\s*(?P<n>[1-9]\d*)(?![\d.:]|\s*(?:次|遍|回|下|笔))",
         "charged each"),
        ("amount", AT_NUMBER + r"(?<![\d.])[1-9]\d*(?=\s+(?:each time|every time|a time|each)(?![a-z]))", "charged each"),
        # dlg101: ... or each charge of the two named, the same sum twice ("take her money two times, 35 and 35",
        # "扣了两次 58跟58"): the sums, no code said twice
        ("amount", r"(?<![\d.,])(?P<sum>[1-9]\d{0,5})(?:\.\d{1,2})?\s*(?:and|&|\+|,|，|、|和|跟|同|与|又)\s*(?P=sum)(?:\.\d{1,2})?(?!\d|\.\d)",
         "charged twice"),
        # rec58: a sum told, then another denied right after it ("金额是605块 不是650", "HK$1,960 唔係196",
        # "the total was 1,050 not 150", "付的358 不是385"): the merchant setting a sum right; the
        # denied number is the sum as it was wrongly said or keyed, no code. The first number is a
        # sum by its currency, its unit, its word (金额, total, 付的) or its thousands; a number
        # without one ("显示51 不是15") stays a code corrected (rec30)
        # (... said keyed wrong, "wrong amount 1000 not 100", "金额输错了 是500 不是50": a sum keyed wrong)
        ("miskeyed", r"(?:(?<![a-z])wrong|错了?|输成|打成|按成)\s*(?:amount|金额)?\s*(?:是|was|is|of)?\s*[:：]?\s*(?P<n>(?<![\d.,])" + _SUM +
         r"\s*[,，、]?\s*(?:不是|并非|而不是|(?<![a-z])(?:not|isn'?t|wasn'?t))\s*" + _SUM + r"(?![\d]))", "sum denied"),
        ("amount", r"(?:(?:[¥$€£]|(?<![a-z])(?:" + _CURRENCIES + r"))\s*" + _SUM + r"(?:\s*(?:" + _MONEY_UNITS + r")(?![a-z]))?"
         r"|(?:金额|总额|总共|一共|合计|共计|付的|付了|收的|收了|实收|(?<![a-z])(?:total|amount|price|bill))\s*(?:是|为|was|is|of)?"
         r"\s*[:：]?\s*(?<![\d.,])" + _SUM + r"(?:\s*(?:" + _MONEY_UNITS + r")(?![a-z]))?"
         r"|(?<![\d.,])" + _SUM + r"\s*(?:" + _MONEY_UNITS + r")(?![a-z])"
         r"|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|\.\d))"
         r"\s*[,，、]?\s*(?:不是|并非|而不是|(?<![a-z])(?:not|isn'?t|wasn'?t))\s*(?:[¥$€£]|(?<![a-z])(?:" + _CURRENCIES + r"))?\s*"
         + _SUM + r"(?![\d])(?:\s*(?:" + _MONEY_UNITS + r")(?![a-z]))?", "sum denied"),
        # ¥96, $51, RM 96, HK$ 51, usd 96: a currency named before the number
        ("amount", r"(?:[¥$€£]|(?<![a-z])(?:" + _CURRENCIES + r"))\s*\d[\d,]*(?:\.\d+)?", "currency"),
        # the total or the amount said ("金额 1,596.00", "total 96")
        ("amount", r"(?:金额|总额|总共|一共|合计|共计|(?<![a-z])(?:total|amount|price))\s*(?:是|为|was|is)?"
         r"\s*[:：]?\s*(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*(?:" + _MONEY_UNITS + r")(?![a-z]))?)", "total"),
        ("time", r"\d{1,2}\s*[:点]\s*\d{1,2}(?:\s*:\s*\d{1,2})?", "clock"),  # 10:51, 3点05
        # the hour said in Chinese, the minutes read as digits (两点零四分 -> 两点04分): a time
        # again, so a code after it of the same digits stays a code ("两点零四分 ... 跳了个04")
        ("time", r"[一二两三四五六七八九十]{1,3}\s*点\s*(?P<n>\d{1,2})\s*分", "clock"),
        # an hour said in English after a word of time ("by 11 it is dead", "till 9", "before
        # 10"): when, no code (a time after a word that announces a code stays unread too);
        # rec33: "at" too ("full at 6 and at 10 is dead already": an hour)
        # (and the part of the day said after it is the time's: "at 6 morning" greets no one)
        ("time", r"(?<![a-z])(?:by|till|until|untill|before|after|since|at)\s+(?P<n>(?:1\d|2[0-4]|[1-9])"
         r"(?:\s*(?:in the |at )?(?:morning|evening|night|noon)(?![a-z]))?)"
         r"(?:\s*(?:am|pm|o\s?clock))?(?![\d.:,]|\s*(?:" + _MONEY_UNITS + r"|%))", "english time"),
        # a list of numbers, four or more in a row (a lottery draw "03 09 14 22 31 33", a
        # bingo card): numbers read out, no code among them ("51 51 51 51", a code said again
        # and again, is the code)
        ("number", AT_NUMBER + r"(?!(\d{1,2})(?:[\s,，、]+\1(?!\d)){3})\d{1,2}(?:[\s,，、]+\d{1,2}(?!\d)){3,}"),
        # ... and, beside a word of a lottery ("双色球开的03 14 22"), two or more: the draw
        ("number", AT_NUMBER + r"\d{1,2}(?:[\s,，、]+\d{1,2}(?!\d))+", "lottery"),
        # ... and the draw's extra ball named ("蓝球07", "特别号 33", "powerball 12"): a ball, no code
        ("number", r"(?:蓝球|篮球|红球|特码|特别号|后区|(?<![a-z])(?:powerball|bonus ball|bonus))\s*[:：]?\s*(?P<n>\d{1,2})(?!\d)",
         "lottery"),
        # 3点, 下午5点半 (not 96点: no such hour; 点搞 was rewritten to 怎么办 before this;
        # not "出了05 点确认没反应": a space after a number glued to a word ends the phrase)
        ("time", AT_NUMBER + r"(?:(?<!\d)(?:[01]?\d|2[0-4])点(?:钟|半|多)?|" + _UNSPACED_BEFORE
         + r"(?:[01]?\d|2[0-4])\s+点(?:钟|半|多)?)", "o'clock"),
        # rec55: a sale's reference, trace or voucher number given with its label in groups of digits
        # ("參考編號 0413 5527 6190", "ref no 0413 5527"): the sale's number, before a phone's groups
        # would take it
        ("order", r"(?:参考编?号|检索编?号|凭证编?号|流水编?号|订单编?号|交易编?号|授权编?号|(?<![a-z])(?:ref(?:erence)?|trace)"
         r"(?:\s*(?:no\.?|number|num))?)\s*(?:是|为)?\s*[:：#]?\s*\d{2,6}(?:[\s-]\d{2,6}){1,4}(?![\d])"),
        ("phone", r"(?:\+?86[-\s]?)?1[3-9]\d{9}"),  # mobile numbers
        # +60 12-345 6789: a country code and at least seven digits in groups
        ("phone", r"\+\d{1,3}(?=(?:[-\s]?\d){7})(?:[-\s]?\d{1,4}){2,5}(?!\d)", "plus"),
        # a landline with its area code: 0755-86001296, 021 6123 4567
        ("phone", AT_NUMBER + r"(?<!\d)0\d{2,3}[-\s]\d{3,4}\s?\d{4}(?!\d)"),
        # a number given as one to call: 电话 9123 4567, call me on 0412..., my number is ...
        ("phone", r"(?:电话|手机号?|座机|号码|回电|打给我|微信|(?<![a-z])(?:call(?: me)?(?: on| at)?|phone|tel|"
         r"mobile|whatsapp|number is|(?:my|our) (?:contact |hp )?(?:number|no\.?)))\s*(?:是|为|打)?\s*[:：]?\s*(?P<n>\+?\d[\d\s-]{5,}\d)", "call"),
        # rec31: a local number of eight digits in two groups (Hong Kong, Singapore: 9155 2968)
        # where a call is spoken of ("打呢个电话揾我 9155 2968", "有咩打俾我 9127 5586")
        # (rec55: not two groups of a longer run, "151 9204 6698": the groups below take it whole)
        ("phone", AT_NUMBER + r"(?<![\d.,:])(?<![0-9a-z]-)(?<!\d\s)(?<!\d-)[2-9]\d{3}[\s-]\d{4}(?![\d.,:]|[\s-]\d)", "call"),
        # 400-123-4567, 0412 555 961, +61 412 096 551 (a country code is not a code)
        ("phone", r"(?:\+\d{1,3}[-\s]?)?(?<!\d)\d{3,4}(?:[-\s]\d{3,4}){2}(?!\d)"),
        # 1,596.00元: an amount with its cents (not the date 596.00)
        ("amount", AT_NUMBER + r"\d+(?:,\d{3})*\.\d{1,2}\s*(?:" + _MONEY_UNITS + r")(?![a-z])", "cents"),
        # 45.00, 128.50: a price with its cents, not a date (no month 00, no day 45)
        ("amount", AT_NUMBER + r"(?:(?<![\d.,])(?:\d{3,}|3[2-9]|[4-9]\d|\d{1,3}(?:,\d{3})+)\.\d{2}(?![\d.])"
                   r"|(?<![\d.,])\d+\.00(?![\d.]))", "cents"),
        # 19,640 / 1,250,000: a number grouped in thousands is an amount or a count, never a
        # code (dlg32: "only 19,640 reached the bank" read 19)
        ("amount", AT_NUMBER + r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)", "comma cents"),
        # 189,99 / 1250,50: a price with its cents after a decimal comma (as much of Europe and
        # South America write it); three or more digits before it, so "51,96" stays two codes
        ("amount", AT_NUMBER + r"(?<![\d.,])[1-9]\d{2,5},\d{2}(?!\d|[.,]\d)", "comma cents"),
        # 41,200 / 1,450: a number written with thousands separators is a sum or a count,
        # never a code (a code is two characters, or 0020000; "51,96" is two codes)
        ("amount", AT_NUMBER + r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d]|[.,]\d)", "comma cents"),
        # rec51: a sum with its last digits hidden or not known ("36,1xx", "23,9xx", "1,2xx"): an
        # amount, not the code of its first group
        ("amount", AT_NUMBER + r"(?<![\d.,])[1-9]\d{0,2},\d{0,2}x{1,3}(?![a-z])", "comma cents"),
        # 01/01/2000, 3.12.2026: day, month and a four-digit year, whole (dlg28: read as the
        # pattern below, "01/01/20" left "00", a code of its own)
        ("date", r"(?<![0-9a-z.])\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d(?!\d)", "date separator"),
        # 2024-05-12 (not inside a longer run of letters and digits: SO20261203-0098 is an order;
        # lead27: nor a group joined to one by a dash, "B-7707-1305")
        ("date", r"(?<![0-9a-z])(?<![0-9a-z]-)\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*[日号]?)?", "date separator"),
        ("date", r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]?", "month"),  # 11月25
        # rec38: ... typed in pinyin ("12 yue 3 hao", "5yue8ri", "shi 3 hao na bi"): the day, no code
        ("date", r"(?<![0-9a-z])(?:1[0-2]|0?[1-9])\s*yue\s*(?:[12]?\d|3[01])\s*(?:hao|ri)?(?![a-z0-9])"
                 r"|(?<![0-9a-z])(?:[12]?\d|3[01])\s*hao\s+(?=(?:na|zhe|de|nei)\s*(?:bi|dan|tian|yi bi|yi dan)(?![a-z]))", "pinyin month"),
        # 上个月05号, dec 5th, 5th of december: a day of a month said in words
        ("date", r"[上下这本]个?月\s*\d{1,2}\s*[日号]", "month"),
        # a day of the month said alone ("30号那笔", "即是28号", "2號嗰日"): a date, not a thing
        # numbered (3号机, 5号桌, 1号线, 12号窗口) nor a code said with its fault (51号错误)
        ("date", AT_NUMBER + r"(?<![\d.])(?:[12]?\d|3[01])\s*[号號](?!\s*(?:码|碼|机|機|台|楼|樓|线|線|口|桌|车|車|位|床|房|店|"
                 r"门|門|窗|柜|櫃|档|檔|铺|舖|摊|攤|仓|倉|库|庫|键|鍵|球|字|错|錯|报|報|故障|代码|代碼|提示|选手|员|員|包|厅|廳|馆|館|"
                 r"场|場|院|栋|棟|坑|井|货|貨|[0-9a-z]))", "day"),
        # ... and in English, "on the 28th", "the 2nd": a day, its month understood
        ("date", r"(?<![a-z])the\s+(?P<n>(?:[12]?\d|3[01])(?:st|nd|rd|th))(?![a-z0-9])"
                 r"(?!\s*(?:time|times|try|tries|attempt|one|customer|person|sale|card|swipe)(?![a-z]))", "ordinal"),
        # rec61: a range of days before or after its month ("from 14 to 16 April", "12-15 march",
        # "april 14 to 16"): both days are the dates, the first no code
        ("date", AT_NUMBER + r"(?<![\d.])\d{1,2}(?:st|nd|rd|th)?\s*(?:to|till|until|through|thru|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s*"
                 r"(?:of\s+)?(?:" + _MONTHS + r")(?![a-z])", "month name"),
        ("date", r"(?<![a-z])(?:" + _MONTHS + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:to|till|until|through|thru|-|–)\s*\d{1,2}"
                 r"(?:st|nd|rd|th)?(?![\d:])", "month name"),
        ("date", r"(?<![a-z])(?:" + _MONTHS + r")\.?\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:])", "month name"),
        ("date", AT_NUMBER + r"(?<![\d.])\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + _MONTHS + r")(?![a-z])", "month name"),
        # (at least three digits: "手机是5g的" names a network, not a number)
        ("order",
         r"(?:订单号?码?|凭证号?|流水号?|参考号|批次号?|终端号|商户号|卡号|单号|尾号|编号|手机号?|电话|序号|交易号|检索号|授权号|授权码|"
         # (a terminal's or a merchant's number given with its label, "terminal ID 00000097":
         # the label's words are the number's, no fault of an unknown terminal id)
         r"(?:terminal|merchant|store|outlet)\s*(?:id|no\.?|number|num)|"
         r"order|ref(?:erence)?|trace|voucher|batch|invoice|receipt|tid|mid|phone|tel|no\.|#)"
         r"\s*(?:是|为)?\s*[:：#]?\s*(?:no\.?|number)?\s*(?:is|was)?\s*[:：#]?\s*(?:[0-9a-z-]*\d){3}[0-9a-z-]*"),
        ("order", AT_NUMBER + r"\d{8,}"),  # long runs: order numbers, card numbers
        ("number", AT_NUMBER + r"\d+\.\d+", "cents"),  # decimals, versions
        # the battery's level: "battery is at 90", "电量还有80" (a percentage, no code)
        ("number", r"(?:电量|电池|(?<![a-z])(?:battery|charge))\s*(?:还有|还剩|剩下?|只有|显示|是|is at|is|at|shows?|"
                   r"level)?\s*(?:at\s*)?(?P<n>\d{1,3})(?:\s*%)?(?!\d)", "battery"),
        # (not "45 *54", a space before the star and none after: a typo corrected, rec30; but a
        # roll's width so is a size: "57 *40")
        ("size", AT_NUMBER + r"\d+(?:\s*(?:mm|cm))?(?:\s*[x×乘](?!以)\s*|\*\s*|\s+\*\s+|(?:(?<=44|57|58|76|80|mm|cm)|(?<=110|112))\s+\*)\d+", "times sign"),  # paper rolls 57*50, 80x80, 57mm x 40, 57乘40
        # a roll's width before the paper ("要一箱57的纸", "80毫米的热敏纸"): a size, no code
        ("size", AT_NUMBER + r"\d{2}\s*(?:mm|毫米)?\s*(?:宽)?的?\s*(?=热敏纸|打印纸|纸卷|小票纸|收银纸|纸)", "paper"),
        # rec61: a price per unit of the wares ("豆沙的58一盒", "苹果12一斤", "98一份"): a sum, no code
        ("amount", AT_NUMBER + r"(?<![\d.])\d+(?:\.\d+)?\s*(?:块钱|块|元|蚊)?\s*(?=一(?:盒|斤|份|杯|碗|瓶|包|袋|箱|串|公斤|罐|套|件|打|提)"
                   r")", "per unit"),
        # ... and a roll's width said after the paper, in a message about paper or its width
        # rec28: a paper size (A0的纸, A4 paper, 打印B5): a size, no code (A0 on the screen is
        # announced: "显示A0"); rec36: the size named before the thing printed ("A0大小的海报", "b1尺寸的图纸",
        # "a2 sized poster"; not "码是打印纸那个A3 大小的那个", a code told by a size)
        ("size", r"(?<![0-9a-z])[ab](?:10|[0-9])(?![0-9a-z])(?=\s*(?:的|号)?\s*(?:大小|尺寸|规格)?\s*的?\s*(?:纸|海报|幅面|图纸|复印纸|打印纸|"
                 r"(?:sized?\s+)?(?:paper|size|sheet|poster)s?(?![a-z])))", "paper size"),
        # rec36: a vehicle's plate (豫A·9K196, 粤B 12345, "车牌 AB1234", "plate WXY 123"): whose car,
        # no code among its characters
        ("plate", r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z]\s?[·•・.\-]?\s?"
                  r"(?=[0-9a-z]{0,5}\d)[0-9a-z]{5,6}(?![0-9a-z])"
                  r"|(?:车牌|牌照)号?(?:码)?\s*(?:是|为)?\s*[:：]?\s*((?=[0-9a-z·\s-]{0,7}\d)[0-9a-z][0-9a-z·\-]{3,8})"
                  r"|(?<![a-z])(?:(?:licen[cs]e|number|registration)\s+plate|plate|rego)\s*(?:no\.?|number|is)?\s*[:：#]?\s*"
                  r"(?=[0-9a-z\s-]{0,7}\d)[0-9a-z]{1,4}[\s-]?[0-9a-z]{2,5}(?![0-9a-z])", "plate"),
        ("size", r"(?:打印|复印|(?<![a-z])print)\s*(?P<n>[ab](?:10|[0-9]))(?![0-9a-z])", "paper size"),
        # ("纸卷要多宽的 57的还是80的", "paper rolls, 57 or 80?"): the widths rolls come in, said
        # as a choice or a measure, are sizes (a code the screen shows is announced: "报57")
        ("size", AT_NUMBER + r"(?:44|57|58|76|80|110|112)(?=\s*(?:mm|毫米|的|宽|规格|还是|或者|或|定|(?:or|and)\s+\d)|"
                 r"\s*[/、,，]\s*(?:44|57|58|76|80|110|112)(?!\d))", "roll"),
        # (the second; Cantonese says "or" 定)
        ("size", r"(?:还是|或者|定|[/、,，]|(?<![a-z])or)\s*(?P<n>44|57|58|76|80|110|112)(?!\d)", "roll"),
        # a share split two ways ("我们55开", "37分成"): two digits adding up to ten, no code
        ("number", AT_NUMBER + r"(?:19|28|37|46|55|64|73|82|91)\s*(?:分成|分账|分帳|[开開](?![不机機了始启啓门門关關]))",
         "ratio"),
        # what a number begins or ends with ("95开头的那个号码", "starts with 96"): part of
        # another number, no code
        ("number", r"\d+\s*(?:开头|開頭|打头|结尾|結尾)", "prefix"),
        # an app or a site named with a number (51信用卡管家, 51job, 58同城): a name, no code
        # (the whole name: its 信用卡 is no card of a customer's)
        ("name", AT_NUMBER + r"(?:51|58|360)\s?(?:信用卡?管家|job|talk|同城|到家|人才网|安全卫士|浏览器)(?![a-z])", "app name"),
        ("number", r"(?:开头是|開頭是|结尾是|結尾是|(?<![a-z])(?:starts?|starting|begins?|beginning|ends?|ending) with)"
         r"\s*(?P<n>\d+)", "prefix"),
        # an amount collected, paid or given back, said without its unit ("实际该收68的",
        # "收了96 然后显示51"): money, no code
        ("amount", r"(?:该收|应收|实收|要收|只收|多收|少收|收了|收他|收她|收客人|付了|退了|找了|找零|到账|进账|入账|到账了)"
         r"\s*(?P<n>\d+)(?![\d.:])", "collect"),
        # the sum of a sale named ("那笔是2450", "这笔是三千二"): three digits at least, no
        # leading zero (a code is two characters, or 0020000)
        # (rec38: or 单, 單, 筆, as Cantonese and traditional writers say the sale: "嗰單係三百八")
        ("amount", r"(?:这|那|上|一|嗰|呢)(?:笔|筆|单|單)(?:钱|单|交易)?\s*(?:是|为|有|係|系)\s*(?P<n>[1-9]\d{2,})(?![\d.:]|\s*(?:" + _MONEY_UNITS + r"))", "sale sum"),
        # rec37: a sum told roughly ("大概一万三左右吧", "差不多3200", "about 1300 i think"): three
        # digits at least, no leading zero, nothing counted or timed after it: an amount, hedged
        ("amount", r"(?:大概|大约|大致|差不多|估计|好像|应该|應該|约莫|大約|起码|至少|(?<![a-z])(?:about|around|roughly|approximately|"
         r"approx\.?|maybe|like|almost|nearly|something like)(?![a-z]))\s*(?:是|係|系|有|就|is|was)?\s*(?P<n>[1-9]\d{2,}(?:\.\d+)?)(?![\d.:])"
         r"(?!\s*(?:次|遍|回|下|个|個|张|笔|人|天|分钟|小时|秒|年|点|點|号|號|米|度|%|多次|多个|(?<![a-z])(?:times?|people|"
         r"customers?|cards?|minutes?|hours?|days?|years?|am|pm|km|m)(?![a-z])))", "rough"),
        ("amount", AT_NUMBER + r"(?P<n>[1-9]\d{2,})\s*(?:块|元|蚊)?\s*(?:左右|上下|出头)", "rough"),
        # ... and a sum put through the card ("刷了1000 到账996"): three digits at least, no
        # leading zero (a code is two characters, or 0020000)
        ("amount", r"刷了\s*(?P<n>[1-9]\d{2,})(?![\d.:])", "collect"),
        # ... said without 了, and what came in after the fees ("刷5000 到手4970"): three digits
        # at least, nothing counted or timed after them ("刷100次" is a count)
        ("amount", r"(?:刷|到手|实收|实到)\s*(?P<n>[1-9]\d{2,})(?![\d.:]|\s*(?:次|遍|回|下|笔|张|个|台|天|号|日|月|年|"
                   r"分钟|小时|秒|多?次|%|" + _MONEY_UNITS + r"))", "swipe"),  # (with its unit: the unit's pattern)
        # a game's score ("湖人98比91", "3比1赢了"): two numbers either side of 比, no code
        ("number", AT_NUMBER + r"\d{1,3}\s*比\s*\d{1,3}(?![\d.])", "score"),
        # rec31: a school subject's mark or a test's score ("数学91 英语58", "期末考了96", "maths 91"):
        # how well a child did, no code
        ("number", r"(?:数学|语文|英语|英文(?=\s*\d)|物理|化学|生物|历史|地理|政治|科学|考了|考得|考试|成绩|总分|(?<![a-z])(?:maths?|science|"
         r"physics|chemistry|biology|history|geography|scored?|marks?|grade)(?![a-z]))\s*(?:考了|得了|是|才|只有|:|：)?\s*"
         r"(?P<n>\d{1,3})(?![\d.:])", "subject"),
        # sums: 12乘以5, 3加4等于7, 96÷8
        # (and said in English, a word naming the second part between: "katreven is 80 plus katòz
        # 14", a number explained by its parts; dlg35)
        ("number", AT_NUMBER + r"\d+\s*(?:乘以|除以|加上|减去|加|减|等于|[÷=+]|plus(?![a-z])(?:\s+[^\W\d_]+)?)\s*\d+", "sum"),
        # rec37: a sum asked and its answer said after ("一百减四等于几 她说九十六", "what's 100
        # minus 4, she says 96"): a child's homework checked, no code
        ("answer", r"(?:[乘除加减]|以|去|上)\s*[\d零一二三四五六七八九十两]+\s*(?:等于|得|是)(?:几|多少)\D{0,16}?(?P<n>\d+)", "sum asked"),
        ("answer", r"(?<![a-z])(?:what(?:'s|’s|s| is)|how much is)\s+\d+\s*(?:minus|plus|times|take away|divided by|"
         r"multiplied by|x|[-+*×÷])\s*\d+\D{0,30}?(?P<n>\d+)", "sum asked"),
        # 五一 / 十一 said of the holidays ("五一放假开门吗", "十一国庆期间"): dates
        ("date", r"(?<!\d)(?P<n>51|11)\s*(?:假|放假|长假|小长假|黄金周|劳动节|国庆|节|期间|那天|那几天|那周|前后)", "holiday"),
        # a temperature said ("温度38", "temp 35", "气温有40"): what the weather is, no code
        ("number", r"(?:温度|气温|体温|高温|(?<![a-z])temp(?:erature)?s?)\s*(?:是|有|达到|到|is|was|of|at)?"
         r"\s*[:：]?\s*(?P<n>-?\d+)", "temperature"),
        # dlg104: the air conditioning or the heating set to a number ("AC cranked to 68", "thermostat at 18",
        # "空调开到16"): a temperature, no code
        ("number", r"(?:(?<![a-z])(?:a/?c|air[ -]?con(?:ditioning|ditioner)?|thermostat|heater|heating)(?![a-z])|空调|空調|冷气|冷氣|暖气|暖氣)"
         r"[^.,;!?。，！？\d]{0,24}?(?:(?<![a-z])(?:to|at|on|set to|down to|up to)|调到|調到|开到|開到|设到|設到|打到|开|開|调|調)\s*(?P<n>\d{1,2})(?!\d)", "climate"),
        # a temperature below zero ("minus 25", "零下25度", "负30"): the cold, no code (a code
        # is never said with "minus")
        ("number", r"(?:(?<![a-z])minus|零下|负|負)\s*(?P<n>\d+)", "below zero"),
        # rec48: ... and the cold said after the number ("was like 25 below", "30 below zero", "-20
        # below out there", "20 under zero"): a temperature, no code
        ("number", r"(?<![\d.])(?P<n>\d+)\s*(?:degrees?|deg|°\s*[cf]?)?\s*(?:below|under)(?:\s+(?:zero|freezing|0))?"
         r"(?=$|[\s,.;!?)]|\s*(?:out|outside|overnight|last|this|that|last night))", "below"),
        # a place numbered ("room 14", "table 5", "counter 2"): which one, not what went wrong
        ("number", r"(?<![a-z])(?:room|table|seat|lane|counter|floor|level|gate|unit|block|stall|outlet|"
         r"branch|store|shop|aisle)\s*#?\s*(?P<n>\d+)", "place"),
        # rec38: a bus, a tram or an underground line by its number ("the 51 bus stop", "bus 96",
        # "坐51路", "51路公交", "地铁2号线", "巴士68號"): which route, not what went wrong
        ("number", r"(?<![a-z])(?:bus(?:es)?|route|tram|trolleybus|matatu|jeepney|minibus|公交车?|巴士)\s*(?:no\.?|number|#)?\s*(?P<n>\d+)"
                   r"(?!\s*(?:%|块|元|蚊|dollars?|bucks|quid|min))", "route"),
        ("number", AT_NUMBER + r"\d+\s*(?:路(?!由)(?:车|公交|汽车|巴士|大巴)?|号线|號線|号巴士|號巴士|"
                   r"(?:bus(?:es)?|tram|trolleybus|matatu|jeepney|minibus)(?![a-z]))", "route"),
        # an amount keyed as another ("188打成1880", "一百刷成一千", "typed 1880 instead of 188"):
        # a wrong amount (the matcher reads it so), neither number a code
        ("miskeyed", r"(?<![\d一二三四五六七八九十百千万两])[\d一二三四五六七八九十百千万两]+\s*(?:块|元)?\s*(?:打成|刷成|按成|输成|写成|收成|弄成)了?\s*"
         r"[\d一二三四五六七八九十百千万两]+|(?<!\d)\d+\s+instead of\s+\d+", "miskeyed"),
        # ... the amount meant said before, apart ("应该收五百 我输成五块了"): what was keyed; rec53: the
        # hand's haste said in its place ("三百 手快输成三千", "手一抖打成", "手滑按成", "不小心输成")
        ("miskeyed", r"(?<=[我给帮快抖滑心])(?:打成|刷成|按成|输成|写成|弄成)了?\s*[\d一二三四五六七八九十百千万两]+(?:\s*(?:块|元|蚊))?",
         "miskeyed"),
        # a number the merchant keyed in or the operator's number ("我输01和密码", "操作员号01",
        # "typed in 01 and the password", "operator 01"): what was put in at a prompt (sign-in
        # asks for one), no code the screen shows (dlg32; "输完就出55" names no number keyed)
        ("number", r"(?:(?:操作员|柜员)(?:号码|编号|代码|代号|号|id)?|(?<![传运])(?:输入|输了|输咗|输|键入|打了|打咗)(?:操作员|柜员)?(?:号码|编号|代号|号)?|"
         r"(?<![a-z])(?:(?:typed|type|entered|enter|keyed|key|input)(?:\s+in)?(?:\s+(?:the\s+)?(?:operator|cashier|user)"
         r"(?:\s*(?:no\.?|number|id|code))?)?|(?:operator|cashier)\s*(?:no\.?|number|id|code)?))"
         r"\s*(?:是|为|is|as|:|：|#)?\s*(?P<n>\d{1,6})(?![\d.:]|\s*(?:" + _MONEY_UNITS + r"))", "keyed"),
        # a password or PIN keyed ("密码0000", "默认密码是1234", "password 0000") and the number
        # logged in as ("logged in as 01", "signed on with 99"): what was put in, no code (dlg33)
        ("number", r"(?:密码|口令|(?<![a-z])(?:password|passcode|passwd|pin|pin code))\s*(?:是|为|is|=|:|：)?\s*(?P<n>\d{4,6})(?!\d)",
         "password"),
        ("number", r"(?<![a-z])(?:logged|signed|log|sign|logs|signs)\s+(?:in|on|back\s+in|back\s+on)\s+(?:as|with)\s+"
         r"(?:(?:operator|cashier|user|number|no\.?)\s*)?(?P<n>\d{1,6})(?!\d)", "login"),
        # a level risen or fallen to ("跌到40了", "涨到96"): a price or a reading, no code
        # (the word map has made 跌 of a price 摔, the terminal dropped)
        ("number", r"(?:跌|摔|涨|降|升|掉|减|增|加)(?:到|至|了)\s*(?P<n>\d+)", "level"),
        # dlg95: sales of the trade counted with the trade's word between ("we did like 40 rafting
        # bookings", "96 coffee orders", "51 kayak rentals"): how many, no code (an announced code
        # stays one: "error 40 ..." is _MARKED's)
        ("number", r"(?<![a-z])(?P<n>\d+)\s+[a-z]{3,14}\s+(?:bookings|tickets|rentals|orders|sales|transactions|payments|"
         r"customers|guests|covers|tours|trips|passengers|visitors)(?![a-z])", "counted"),
        # a quantity given ("about 40 people", "sold 96 coffees", "more than 30"): a count
        ("number", r"(?<![a-z])(?:about|around|approx\.?|approximately|nearly|almost|over|more than|"
         r"less than|sold|sell|bought|served)\s+(?P<n>\d+)", "about"),
        # dlg76: sales done since the fix, counted ("he's done like 15 since with no error", "ran 20
        # through since, not one error", "taken 8 payments since without a problem"): how many went
        # fine, no code (a code said so is announced: "done that, still says 15")
        ("number", r"(?<![a-z])(?:" + _either(_DONE_COUNT["did"]) + r")\s+(?:(?:" + _either(_DONE_COUNT["about"]) + r")\s+)?"
         r"(?P<n>\d+)(?=\s+(?:(?:more\s+)?(?:" + _either(_DONE_COUNT["counted"]) + r")\s+)*(?:"
         + _either(_DONE_COUNT["since"]) + r"|no\s+(?:" + _either(_DONE_COUNT["trouble"]) + r"))(?![a-z]))", "done count"),
        # what was paid out or went through, counted ("only 13 got paid out", "12 of them were
        # settled", "just 3 went through"): how many or how much, no code (a code said so is
        # announced: "it says 13")
        ("number", AT_NUMBER + r"\d+(?=\s+(?:of\s+(?:them|those|these|my\s+[a-z]+|the\s+[a-z]+)\s+)?"
         r"(?:(?:got|are|is|were|was|have|has|had|have\s+been|has\s+been|had\s+been|been|only|just|still)\s+)?"
         r"(?:paid|settled|credited|deposited|transferred|arrived|came\s+in|went\s+in|went\s+through|"
         r"showed\s+up|landed|cleared|missing|outstanding|not\s+paid|unpaid)(?![a-z]))", "paid"),
        # ... and in Chinese, the number before the money's arrival ("只有13到账", "13笔入账了"):
        # sales or money counted, no code
        ("number", AT_NUMBER + r"\d+(?=\s*(?:笔|单|個|个)?\s*(?:已经|已|才|都|就)?\s*(?:到账|入账|进账|到了账|入了数|到了数|打到|结算了|结算到))",
         "paid"),
        # dollars and cents said ("48 dollar 60", "12 dollars 50"): one amount, its cents no code
        ("amount", AT_NUMBER + r"\d+(?:,\d{3})*\s*(?:dollars?|bucks|pesos?|rand|ringgit)\s+\d{2}(?![\d.:a-z%])"),
        ("amount", AT_NUMBER + r"\d+(?:,\d{3})*\s*(?:" + _MONEY_UNITS + r")(?![a-z])"),  # 51块, 45 dollars
        # 3次, 刷了 3 次; but "都是96 周六人最多": a number glued to the word before it and
        # followed by a space ends a phrase (chat writers space instead of punctuating), so
        # the 周 after the space is the next word (周六), not the number's unit
        ("number", AT_NUMBER + r"(?:\d+(?:,\d{3})*(?:" + _CJK_UNITS + r")|" + _UNSPACED_BEFORE
         + r"\d+(?:,\d{3})*\s+(?:" + _CJK_UNITS + r"))"),
        # (not the digit of a look-alike code: "O5 customer card" is 05 said of a customer)
        # (no AT_NUMBER: the lookbehind would make a match inside a run differ from a scan's)
        # (a word may stand between the count and its unit: "10 paper rolls", "2 more terminals")
        ("number", r"(?<![a-z])\d+(?:,\d{3})*\s*(?:(?:more|new|extra|spare|paper|thermal|receipt|pos|card|big|small)\s+)?"
         r"(?:" + _LATIN_UNITS + r")(?![a-z])"),
        # rec26: a sum of four or five digits said after 是 with nothing after it ("是5096 没有小数
        # 点", as 五千零九十六 reads): an amount (a code is two characters or 0020000; a count
        # has its unit, matched above)
        ("amount", r"(?<![码碼示])(?:是|係|系)\s*(?P<n>[1-9]\d{3,4})(?![\d.:,%a-z])", "is"),
        # rec57 (last: the masks before keep the spans they took; these take numbers left unmasked)

    )
]
# Words that announce a code ("错误码：51", "code 96", "提示A0", "出了个68"): the number after
# them is a code even when a counting word follows it; only a currency unit right after it
# makes it an amount.
_MARKED = re.compile(
    r"(?:(?:错误|故障|报错|出错)(?:编号|編號|编码|編碼|号码|號碼|序号)|错误码|错误代码|错误号|返回码|应答码|响应码|代码|报错|报了?个?|提示|显示|出现|(?<![号密])码|错误|返回了?个?|"
    r"(?:出来|出了|弹了|弹出|跳出|来了|出)个?|"
    # dlg52: "跳" (pops up) before digits ("一收钱就跳个002000"); before a letter ("跳个G1") it stays
    # unmarked, read by the look-alike rules as before
    r"(?:跳了|跳|弹)个?(?=\s?\d)|"
    # rec33: what the machine answered a swipe with ("机器回个45", "刷卡回了个A7"; 返回 above)
    r"回了?个|"
    # rec60: what the machine said, and the refusal a code comes with ("刷卡说 1 4", "机器老说A7", "拒绝 5-4")
    r"(?:机器|机子|终端|刷卡|它)(?:就|又|还|老|总|都|一直)?说|拒绝了?|"
    r"印的是|印着|"  # rec28: (小票上印的是S1: what a slip printed)
    # rec35: letters on the screen ("屏幕上是OOZOOOO"; not a count, "屏幕上三四条竖线")
    r"(?:屏幕|屏)上(?=\W{0,3}(?:是|为|系|係)?\W{0,3}[a-z])|"
    # rec36: the letters named as letters on the screen ("屏幕角上俩字母SS", "显示两个字母qq")
    r"(?:(?:屏幕|屏|显示|机器|机子)[^。！？!?]{0,8}?(?:俩|两个|二个|几个)?字母)(?=\W{0,3}(?:是|为|系|係)?\W{0,3}[a-z])|"
    # rec34: what the code looks like, before a token with a look-alike letter ("码看着像个 S9",
    # "看着是q2"; not a count, "看着像个5人的": a digit alone stays unannounced)
    r"(?:看着|看起来|看上去|瞅着|看著|睇落|看落)(?:像|是|似)(?:是)?(?:一个|个|個)?(?=\s?[0-9]?[a-z])|"
    # (rec48: not what the merchant was told to do, "i waited like you say, 10 minutes": no screen's)
    r"code|error|err|rc|resp|response|showing|showin'?|shows?|(?<!you )(?<!u )(?<!ya )(?:saying|sayin'?|says?)|displaying|displays?|got)"
    # a linking word between ("response code is 57", "错误码为05", "代码是 A0")
    # (or "also", "again" before it: "报的码也是62", "代码又是05")
    # (rec34: 是 and 为 glued to a Latin token too, "码是ZZ", and Cantonese 係: only is and was must end as words)
    r"(?:\W{0,3}(?:也|又|还|都)?(?:(?:is|was)(?![a-z])|是|为|系|係))?\W{0,3}"
    # the code itself, its two characters spaced apart too ("显示 0 5", "报 9 6"), or said as
    # tens and units that voice typing wrote apart ("code 90 4" for ninety-four; kb29)
    r"([2-9]0 [1-9](?![0-9a-z]| \d|\s*(?:times?|x|tries|次|遍|回|个|笔|張|张|people|customers?|cards?|sales?|mins?|minutes?|hours?|hrs?|days?|weeks?)(?![a-z]))|"
    r"\d \d(?![0-9a-z]| \d)|(?!(?:code|error|err)(?![0-9a-z]))[0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+)"
    r"(?!\s*(?:元|块|塊|毛|角|rmb|yuan|dollars?|刀|[.:]\d|点\d)|,\d{3}(?!\d))"  # (41,200: a sum)
    # rec63: nor a share ("显示91%", "电池显示51%": an update's progress, a battery's level)
    r"(?!\s*%)"
)
# What a number after a marker word still is: a count after it may be the code's ("报了个51次"
# reads 51), a time, a date or a phone number is not.
_NOT_ANNOUNCED = frozenset({"time", "date", "phone", "plate", "field", "epoch",
                            # rec37: the answer to a sum asked ("等于几 她说96": said, no screen's)
                            "answer"})
# dlg46: a word that names an error, not one that only shows something ("error 20000", "报个
# 00200000", "错误码 002000"; not "shows 20000", "显示20000", which may be the amount keyed): after
# it a long code typed with a zero too many or too few is read as the code (_slipped).
# dlg52: "跳" (pops up) names it too ("一收钱就跳个002000")
_ERROR_WORD = re.compile(r"错误|报|码|出现|出来|跳|弹|error|err|code|rc|resp")
# dlg81: eight digits with two zeros in front ("it says 00200000"): one zero too many; no sum, count
# or price starts so. (A shorter run, "shows 002000", stays an error word's: a digit short may
# be a sum cut off, and a merchant asked for the screen corrects it.)
_ZEROS_IN_FRONT = re.compile(r"00\d{6}$")
# dlg49: ... or named right after the number the screen shows ("showing 0002000 error")
_ERROR_AFTER = re.compile(r"\s?(?:错误|报错|error|err(?![a-z])|code(?![a-z]))")
_MARKED_AFTER = re.compile(r"(?<![0-9a-z])([a-z]o|o[0-9a-z])\W{0,2}(?:error|err|code|错误|报错|代码|错误码)")
_AFTER_HINT = re.compile("err|code|错误|报错|代码")  # a cheap look before the pattern
# A code's letter and digit spaced apart after a Chinese word announcing it ("报 A 7", "屏幕上是
# A 3"): the letter code ("shows a 7" in English is an article and a number: left alone)
_MARKED_LETTER_SPACED = re.compile(r"(?:报|報|示|現|现|码|碼|出|跳|弹|彈|上是|上係|的是|写着|寫住|寫著)\s*[:：]?\s*([a-z]) (\d)(?![0-9a-z]| \d)")
_TENS_AND_UNITS = re.compile(r"[2-9]0 [1-9]")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+")  # (a whole run: where it starts, a number begins)
_LATIN_OR_DIGIT = re.compile(r"[0-9a-z]")
_TOKEN = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)?|-[0-9]+")
_PREFIXED = re.compile(r"(?:error|err|e|rc|code)-?([0-9a-z]{2,7})")  # (error0020000: glued)
# (or parted by dots, as a number is grouped in thousands: "0.020.000" is 0020000 copied so)
_SPACED_DIGITS = re.compile(r"\d[\d \-.]{3,14}\d")
_TWO_SPACED_DIGITS = re.compile(r"\d \d\W*")
_SPELLED = re.compile(r"(?<![0-9a-z])[0-9a-z](?: [0-9a-z]){2,7}(?![0-9a-z])")
# Chinese numerals as merchants say codes: 五十一 -> 51, 零五 / 幺四 / 九六 read digit by digit
# -> 05, 14, 96, and the banker's forms of a cheque or a receipt (伍拾壹 -> 51). A
# lone numeral (一下, 十分) is a word, not a code. (Codes are at most two spoken digits, so this
# is a table and one rule; cn2an does it too but costs ~0.4 s of start-up to import, a fifth of
# the budget.)
# (up to seven: 零零贰零零零零 is 0020000, read off the screen digit by digit)
_CN_NUMERAL = re.compile(r"[零〇一二三四五六七八九十幺两壹贰叁肆伍陆柒捌玖拾]{2,7}")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
              "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_BANKERS = re.compile(r"[壹贰叁肆伍陆柒捌玖]")
# A run of five digits or more opening with two zeros is a long code read off the screen
# (〇〇二〇〇〇〇) wherever it stands: no word or count is said so.
_LONG_ZEROS = re.compile(r"[零〇]{2}[零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖]{3,5}")
_ZERO_WORDS = frozenset("星散碎件售头工食花用钱")  # 零星, 零散, 零碎, 零件, 零售 ...
# lead28: a tens said roughly ("六十几", "五十多"): the numeral said after it is the code remembered
_ROUGH_TENS = re.compile(r"[一二两三四五六七八九][十拾][几幾多来來]")
_CN_TENS = re.compile(r"([一二两三四五六七八九壹贰叁肆伍陆柒捌玖])?[十拾]([一二三四五六七八九壹贰叁肆伍陆柒捌玖])?")
# Numerals are words of everyday Chinese too (五五开 fifty-fifty, 三七开, 一一试过 one by one,
# 九九乘法表, 乱七八糟): a run becomes digits only where a code could stand. That is after a
# word that announces one (显示, 报, 出了个, 又是, 写的 ...), or as a word of its own (the whole
# message, or parted by spaces, punctuation or a closing particle: "五十五 密码错", "又係九六囉"),
# or before a unit that makes it an amount, a count or a date (五十五块, 九六年: masked later).
_NUMERAL_ANNOUNCED = re.compile(
    r"(?:示|現|现|出|报|報|个|個|是|係|说|說|话|話|回|码|碼|弹|彈|跳|来|來|冒|又|为|為|咗|错|錯|错误|錯誤|[刷插拍挥揮碰]卡|[写寫示上]的|写|寫|写住|写着|寫著|[屏幕]上|"
    r"[报報出示现現弹彈跳冒]了|[:：=#]|(?<![a-z])(?:code|error|err|rc))\s*(?:什么|什麼|啥|咩|一串|一个|一個)?\s*$")
# rec33: ... or named as what the screen shows by the words after it ("九九重阳的九九 屏幕上就这个",
# "零五 机器上就这俩字"): the numeral pointed at as all the screen has
_SHOWN_AFTER = re.compile(r"\s*[,，。]?\s*(?:屏幕上|屏上|机器上|机子上|上面|显示的)(?:就|只|只有)(?:是|有|显示|写着?)?"
                          r"(?:这个|這個|这俩|這倆|这两个|這兩個)")
_PART_BEFORE = re.compile(r"(?:^|[\s\W0-9a-z_零〇一二三四五六七八九十幺两壹贰叁肆伍陆柒捌玖拾])$")
_PART_AFTER = re.compile(r"$|[\s\W0-9a-z_零〇一二三四五六七八九十幺两壹贰叁肆伍陆柒捌玖拾了啦呀喎囉啰啊吗嗎嘛呢哦噢哇咯喔吖嘞咧嘅]")
# rec37: what a rough count of two neighbouring numerals counts (四五回, 三四次, 五六遍 ...)
_ROUGH_COUNT_AFTER = re.compile(r"\s*(?:回|次|遍|下|趟|轮|天|个|张|笔|家|分钟|小时|钟头|秒|块|人)")
_UNIT_AFTER = re.compile(_CJK_UNITS + "|" + _MONEY_UNITS + "|[打刷按输收弄写]成")  # (and "五十刷成五百": miskeyed)
# A zero said or written as a character after a code's letter (A零, A〇: a voice keyboard's or
# a look-alike's A0); only the zero: "app一直" is no A1.
_LETTER_ZERO = re.compile(r"(?<![a-z])([a-z])(?:[零〇](?![零〇一二三四五六七八九十幺两壹贰叁肆伍陆柒捌玖拾])"
                          # ... or a character a pinyin keyboard offers for ling (A领, A灵), standing
                          # as a word: "A领 MAC校验错" (not 领取, 灵活: a word goes on after it)
                          r"|[领灵铃玲令另](?=$|[\s\W0-9a-z了啦呀啊吗嘛呢哦喔])"
                          # dlg100: ... or a Korean keyboard's zero, gong or yeong in Hangul ("A공", "A영"),
                          # standing alone as well ("A공부" is study, no code)
                          r"|[공영](?=$|[\s\W0-9a-z了啦呀啊吗嘛呢哦喔]))")
# ... and a code's letter with a digit said in Chinese, after a word announcing a code ("代码 A七")
_LETTER_DIGIT = re.compile(r"(?<![a-z])([a-z])([一二三四五六七八九壹贰叁肆伍陆柒捌玖])(?![零〇一二三四五六七八九十百千万\u4e00-\u9fff])")
# The letter A as a voice keyboard writes it (诶七, 欸叁: the "ei" said for A), with a digit said in
# Chinese, where a word announces a code: the letter ("机器上写的诶七然后..." is A7); the digit
# said alone, no unit or number going on after it.
_VOICE_A_DIGIT = re.compile(r"[诶欸]([零〇一二三四五六七八九叁])(?![零〇一二三四五六七八九十百千万点點个個块塊元号號次遍张張])")
# rec33: ... and 爱 (ai), as a voice keyboard writes the A of some speakers ("写着爱零 叫我重新签到"),
# the digit ending its clause there ("说爱一个人" goes on: no code)
_VOICE_AI_DIGIT = re.compile(r"[爱愛]([零〇一二三四五六七八九])(?=$|[\s,，。!！?？]|然后|然後)")
_ZERO_SOUNDS = re.compile("[零〇领灵铃玲令另공영]")  # (a cheap look first: most messages have none)
# Characters read off a screen for the digits they resemble: AO -> A0, O5 -> 05, l4 -> 14.
_LOOKALIKE = str.maketrans({"o": "0", "l": "1", "i": "1"})
# ... and, beside a digit in a token a marker word announced ("显示S1", "code 5S", "报Z5"),
# the letters that only resemble digits on a segment display: S 5, B 8, Z 2 (unannounced,
# "5s" is a phone model and "b2" a vitamin).
_LOOKALIKE_MARKED = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "b": "8", "z": "2", "g": "9", "q": "9"})
# rec32: (g for 9, "返回个g6": the display's 9 with its tail) and a pair of the display's S and Z
# only, no digit, after a word announcing it ("屏幕出个SS": 55; not i, l, o, b: "si", "so", "bb" are words)
_SEGMENT_ONLY = frozenset("szq")  # (g only beside a digit: "显示gg" is a game lost)
# rec36: q for 9 too (a 9 handwritten or drawn with its tail straight: "错误码qq" 99, "显示q6"), and a
# lower-case b for 6 where its 8 is no code (a 6 with its stroke drawn up: "报错b3" 63, as 83 is none)
_LOOKALIKE_MARKED_ALT = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "b": "6", "z": "2", "g": "9", "q": "9"})
_LOOKALIKE_UPPER = str.maketrans({"O": "0", "L": "1", "I": "1"})
_LOOKALIKE_LONG = str.maketrans({"o": "0", "l": "1", "i": "1", "z": "2"})


# Numerals typed in pinyin, a syllable a word or glued ("xian shi wu shi yi", "baocuo jiuliu").
_PINYIN_DIGITS = {"ling": "零", "yao": "幺", "yi": "一", "er": "二", "liang": "两", "san": "三",
                  "si": "四", "wu": "五", "liu": "六", "qi": "七", "ba": "八", "jiu": "九", "shi": "十",
                  # rec34: the southern ling said and typed without its g ("lin lin er lin lin lin lin")
                  "lin": "零",
                  # rec35: ten thousand ending a long code's zeros said ("ling ling er wan": 零零二万,
                  # 0020000); read only where the run is a code and announced, as every syllable here
                  "wan": "万"}
_PINYIN_DIGIT = re.compile("|".join(sorted(_PINYIN_DIGITS, key=len, reverse=True)))
_PINYIN_NUMERAL_RUN = re.compile(r"(?<![a-z])(?:(?:" + _PINYIN_DIGIT.pattern + r") *){2,}(?![a-z])")
# The syllables are everyday words too (jiu shi 就是, yi si 意思, shi yi shi 试一试): a run is a
# code where a word that announces one comes before it (显示, 提示, 报, 出了, 代码, 又是 ...).
_PINYIN_ANNOUNCED = re.compile(
    r"(?<![a-z])(?:xian ?shi|ti ?shi|bao(?: ?cuo)?(?: ?ma)?|chu(?: ?le| ?xian| ?lai)?|(?:dai|cuo ?wu|fan ?hui|"
    r"ying ?da|xiang ?ying) ?ma|you ?shi|hai ?shi|tiao(?: ?chu)?(?: ?lai)?(?: ?le)?|xie ?zhe|code|error"
    # rec37: what the machine answered a swipe with, in pinyin as in characters (回了个: "hui le ge jiu jiu")
    r"|hui(?: ?le)?)"
    # rec62: with a colon or an equals sign after the word, as a label is typed ("cuo wu ma: jiu shi liu")
    r"(?: ?(?:yi ?)?ge)? *[:：=]? *$")


def pinyin_numerals(text: str, is_code, is_pinyin) -> str:
    """A run of numeral syllables in a message typed in pinyin (`is_pinyin`, asked only when
    such a run is there), as the Chinese numeral it ends with (the longest that reads as one:
    in "xian shi wu shi yi" the shi of 显示 comes first, 五十一 ends the run), when that is a
    code (`is_code` of its digits) announced by the words before it, or the whole message is
    the number said unmistakably (wu shi yi, ling wu); other runs stay syllables (shi shi: 试试,
    yi ba: 一把, jiu shi: 就是)."""
    mixed = not text.isascii()  # "返回码 ling wu": pinyin numerals after a Chinese word announcing a code
    if mixed:
        if not (_LATIN.search(text) and _PINYIN_NUMERAL_RUN.search(text)):
            return text
    elif not (_PINYIN_NUMERAL_RUN.search(text) and is_pinyin(text)):
        return text

    def convert(m: re.Match) -> str:
        words = _PINYIN_DIGIT.findall(m.group())
        read = _pinyin_read(m, words)
        if read is None and len(words) > 2 and words[-1] == "shi":
            # rec33: "shi" after the number may be 是, the sentence going on ("chu lai san shi ba
            # shi sha yi si": 出来38是啥意思): the run without it, announced as above
            read = _pinyin_read(m, words[:-1])
            if read is not None:
                return read.rstrip() + " shi" + (" " if m.group().endswith(" ") else "")
        return m.group() if read is None else read

    def _pinyin_read(m: re.Match, words: list[str]) -> str | None:
        """The run as the Chinese numeral it ends with, when announced; None when it reads as none."""
        for start in range(len(words) - 1):
            numeral = "".join(_PINYIN_DIGITS[w] for w in words[start:])
            if (digits := chinese_numerals(numeral)) == numeral or not is_code(digits):
                continue
            before = " ".join(words[:start])
            whole = not (text[:m.start()] + before).strip() and not text[m.end():].strip() and (
                len(numeral) == 3 or numeral[0] in "零幺")
            # (mixed: a Chinese word announcing it, or a pinyin one: "bao cuo qi shi qi 要我干嘛")
            if (_NUMERAL_ANNOUNCED.search(text[:m.start()]) and not before
                    or _PINYIN_ANNOUNCED.search(text[:m.start()] + before)) if mixed else (
                    whole or _PINYIN_ANNOUNCED.search(text[:m.start()] + before)):
                return (before + " " if before else "") + numeral + (" " if m.group().endswith(" ") else "")
        return None

    return _PINYIN_NUMERAL_RUN.sub(convert, text)


_LATIN = re.compile("[a-z]")
# Characters that sound like the digits, typed by pinyin keyboards for them (酒六 for 九六,
# 午一 for 五一): a pair of them, one at least a numeral, right after a word announcing a code
# and standing as a word, is the code when it is one.
_DIGIT_SOUNDS = {**{ch: ch for ch in "零一二三四五六七八九幺"},
                 **dict.fromkeys("灵铃玲另令洞", "零"), **dict.fromkeys("衣依医艺亿易", "一"),
                 # rec45: the yi a voice keyboard writes as a word of its own (无疑 51, 就移 91)
                 **dict.fromkeys("疑移仪姨宜", "一"),
                 **dict.fromkeys("腰妖要", "幺"), **dict.fromkeys("儿而耳", "二"), **dict.fromkeys("山伞", "三"),
                 # (无私 is 54 and 要死 14 read by a voice keyboard: words it knows for the sounds)
                 **dict.fromkeys("死思寺丝私司斯", "四"), **dict.fromkeys("午舞武吴伍无呜", "五"),
                 **dict.fromkeys("流留溜刘", "六"),
                 # rec34: the sounds as southern and Sichuan speakers say them (si and shi one sound,
                 # liu said lou): 无事 54, 酒楼 96, only where a code is announced
                 **dict.fromkeys("事", "四"), **dict.fromkeys("楼", "六"), **dict.fromkeys("期奇齐起", "七"),
                 **dict.fromkeys("巴爸吧芭疤把", "八"), **dict.fromkeys("酒久玖韭就旧救", "九"),  # (rec32: 武艺 51, 就医 91: words a keyboard offers)
                 # radio and army digits ("拐五" = 75, "勾" = 9, "洞" = 0 above): only announced
                 **dict.fromkeys("拐", "七"), **dict.fromkeys("勾", "九"),
                 # rec30: 两 for a two among sounds ("报洞两" 02, "显示两拐" 27)
                 "两": "二",
                 # rec36: more of the keyboard's words for the sounds: 意 yi (留意 61), 气 and 汽 qi (酒气
                 # 97), and Cantonese 狗, which sounds as 九 does (gau2: "出咗个狗二" 92)
                 "意": "一", "气": "七", "汽": "七", "狗": "九",
                 # rec37: a keyboard's words for wu, qi, si and shi it offers as often (酒肆 94, 乌漆
                 # 57, 欺侮 75, 石屋 十五 15; 肆 and 拾 are the bankers' four and ten)
                 **dict.fromkeys("屋乌侮捂雾", "五"), **dict.fromkeys("漆欺妻戚", "七"), "肆": "四",
                 **dict.fromkeys("石拾", "十")}
# (rec36: words those sounds make that a screen's code is not: "显示的意思", "气死")
_SOUND_WORDS = frozenset({"意思", "气死"})
# rec37: ... and the longer words a pair of them opens ("乌漆嘛黑": pitch dark, no 57)
_SOUND_PHRASES = ("乌漆嘛黑", "乌漆麻黑", "乌漆墨黑", "石屋子")
# dlg35: the words a screen's failure message opens with, said right after its code
_SCREEN_FAILURE = (r"(?:交易失败|失败|错误|出错|拒绝|请重试|请稍后"
                   # rec30: or the words named as what the screen shows ("跳出来酒吧两个字", "写着酒吧字样")
                   r"|(?:这|那)?(?:两|二|几)个字|字样)")
_RADIO_DIGITS = "拐勾"  # a digit wherever a code is announced (a word of no other sense there; rec31: 勾 the army's 9)
# rec31: a message that says it was typed by voice ("语音打的字", "用语音输入的"): its pairs of one
# sound said twice after a word announcing a code are the digit said twice ("报呜呜": 55), as the
# merchant warns us the keyboard wrote sounds, not words (without the warning 呜呜 is crying)
_VOICE_TYPED = re.compile(r"语音(?:打|输入|输|转|识别|说的|讲的)|用语音|(?<![a-z])(?:voice[- ]?(?:typed|typing|to[- ]text)|speech[- ]to[- ]text|dictated)(?![a-z])")
_SOUNDS_LIKE_DIGITS = re.compile(
    r"(?:错误码|错误代码|返回码|应答码|响应码|回应码|提示码|报错码|报错代码|(?:报警|警报|告警|故障)码|代码|报错|报了?个?|提示|显示|出现|出了个|出来个?|出个|弹出|跳出|[弹跳]了?个|"
    # rec36: Cantonese 出咗 (came out, 出了): "部机出咗个狗二"
    r"[出弹跳]咗个?|"
    # dlg35: the machine saying it ("刷了两回都说酒吧交易失败": a voice keyboard's 酒吧 for 九八)
    r"(?:[都又还老总它]|机器|一直|老是|(?:屏幕|屏|机器|机子|终端)上)说"
    # rec30: what the screen or the slip has written on it ("屏幕上写着酒吧"; not a shop's sign)
    r"|(?:屏幕|屏|机器|机子|机|终端|小票)上?面?(?:写着|写的是|写住|写的)"
    # rec31: the code read aloud by someone who saw it ("念的是勾勾", "读出来是酒六")
    r"|念出来|读出来|念|读"
    # rec33: what the machine answered a swipe with ("刷卡回勾幺", "回了个酒六")
    r"|回"
    # rec35: what came up on the screen ("屏幕上来个溜吧")
    r"|(?:屏幕|屏|机器|机子|终端)上?来"
    # rec60: what is on the screen, said with 是 ("屏幕上是零妻": a voice keyboard's 零七)
    r"|(?:屏幕|屏|机器|机子|终端)上面?(?=是))"
    r"(?:的?(?:码|代码))?"  # rec28: (显示码无私: the code's word said after the verb; rec37: 回的码是乌漆)
    # (rec35: and 是 before 个, "报错码是个要死": the code is a 要死, 幺四)
    r"(?:了?\s*(?:一个|个))?(?:的是|的|是|为)?(?:一个|个)?\s*[:：]?\s*"  # (报的是无私: what it reported was; 提示码是无私)
    r"([" + "".join(_DIGIT_SOUNDS) + r"]{2}|[" + "".join(_DIGIT_SOUNDS) + r"]十[" + "".join(_DIGIT_SOUNDS) + r"]?)"
    # (rec30: or the pair said again, "显示无把无把": the code said twice)
    r"(?=$|[\s\W0-9a-z了啦呀啊吗嘛呢哦喔是]|" + _SCREEN_FAILURE + r"|\s*\1)")

# after a pair of digit sounds: the clause ends there (a space, punctuation, the message's end),
# or the screen's words of a failure follow it ("酒吧交易失败": the code, then its message)
_SOUND_PAIR_ALONE = re.compile(r"\s*(?:$|[^\w\s]|\s(?![的了得地])|" + _SCREEN_FAILURE + ")")
# dlg36: voice typing runs clauses together with "then" ("显示酒吧然后就没有了"): a pair of digit
# sounds right before 然后 ends its clause there, as a space would have
_RUN_ON_THEN = re.compile(r"(?<=[" + "".join(_DIGIT_SOUNDS) + r"]{2})(?=然后|然後)")
_SOUND_MARKER_CHARS = "码报示出现弹跳说写是念读回来"  # one of them is in every word _SOUNDS_LIKE_DIGITS opens with


# rec62: ... or a character said twice that the screen itself is said to show ("屏幕上显示呜呜",
# "机器显示久久"): the machine shows no sob; not a word that only reports ("报呜呜" stays a sob)
_SCREEN_SUBJECT = re.compile(r"(?:屏幕|屏|机器|机子|终端|pos|POS)上?面?$")


# rec34: ... or a character said twice that the message gives again as what came the next time
# ("报呜呜 客人又输了一遍还是呜呜": 55 both times; a sob said once stays a sob)
_AGAIN_LATER = re.compile(r"(?:还是|又是|也是|照样是?|仍然是?|又报|又出)\s*([" + "".join(_DIGIT_SOUNDS) + r"])\1")


def _said_again(text: str, at: int, pair: str) -> bool:
    """The pair said again right after, alone ("无把无把", "酒六 酒六"): a code said twice."""
    again = text[at:].lstrip()
    return again.startswith(pair) and bool(_SOUND_PAIR_ALONE.match(again, len(pair)) or _said_again(again, len(pair), pair)
                                           or not again[len(pair):len(pair) + 1].strip("是啥呀啊了吗"))


# rec35: Cantonese 孖 (twin) before a digit is that digit twice ("報錯係孖九": 99), as 孖 says a
# pair of anything; only announced, and only a code
_TWIN_DIGIT = re.compile(r"((?:码|报错|报|显示|提示|是|系|出|弹|跳|写着?)\s*(?:了?个)?\s*)孖\s*([零〇一二三四五六七八九0-9])"
                         r"(?![零〇一二三四五六七八九十百千万0-9])")


def homophone_numerals(text: str, is_code) -> str:
    """A code typed with characters that sound like its digits, announced ("提示酒六" -> 提示96),
    when it reads as a code (`is_code`) and one character at least is a numeral."""
    if not any(ch in text for ch in _SOUND_MARKER_CHARS):
        return text  # no word announcing a code (a test per character costs less than a scan)
    if "孖" in text:
        text = _TWIN_DIGIT.sub(lambda m: m.group(1) + str(_CN_DIGITS.get(m.group(2), m.group(2))) * 2
                               if is_code(str(_CN_DIGITS.get(m.group(2), m.group(2))) * 2) else m.group(), text)
    if "然" in text:
        text = _RUN_ON_THEN.sub(" ", text)
    if "十" in text and _SPLIT_TENS.search(text):  # ("显示九十 一": one numeral, before its sounds are read)
        text = _SPLIT_TENS.sub(_split_tens, text)

    voice_typed = "语音" in text or "voice" in text or "speech" in text or "dictat" in text
    voice_typed = voice_typed and bool(_VOICE_TYPED.search(text))

    def convert(m: re.Match) -> str:
        pair = m.group(1)
        if pair in _SOUND_WORDS or m.string.startswith(_SOUND_PHRASES, m.start(1)):
            return m.group()
        marker = m.group()[:m.start(1) - m.start()]
        if all(ch not in _CN_DIGITS and ch not in "幺十" + _RADIO_DIGITS for ch in pair) and not (
                pair[0] != pair[1] and _DIGIT_SOUNDS[pair[0]] == _DIGIT_SOUNDS[pair[1]]) and not (
                len(pair) == 2 and (_SOUND_PAIR_ALONE.match(m.string, m.end()) or _said_again(m.string, m.end(), pair))
                and (pair[0] != pair[1] or "个" in marker or voice_typed
                     or marker.startswith(("显示", "提示")) and _SCREEN_SUBJECT.search(m.string, max(0, m.start() - 4), m.start())
                     or (later := _AGAIN_LATER.search(m.string, m.end())) and pair in later.group()[-2:])):
            # words that sound like numbers, none of them one (显示巴巴的); but two different
            # characters of one digit's sound are the digit said twice, a keyboard's two
            # guesses (酒久 -> 99); and a word of two such sounds standing alone where the
            # screen's code stands ("显示酒吧 是叫我去喝酒吗", "跳出个久久"), the clause ending
            # on it, is the code a keyboard offered a word for (a character said twice only
            # counted as a thing shown, 出个久久: "报错酒酒" is noise)
            return m.group()
        if any(_DIGIT_SOUNDS.get(ch, ch) == "十" for ch in pair):  # 酒十六: 九十六, as the numeral it sounds like
            digits = chinese_numerals("".join(_DIGIT_SOUNDS.get(ch, ch) for ch in pair).join("  ")).strip()
        else:
            digits = "".join(str(_CN_DIGITS[_DIGIT_SOUNDS[ch]]) for ch in pair)
        return m.group()[:m.start(1) - m.start()] + digits if is_code(digits) else m.group()

    text = _SOUNDS_LIKE_DIGITS.sub(convert, text)
    if any(ch in text for ch in _SOUND_ANY_MARKERS):
        text = _SOUND_ANY.sub(lambda m: _sound_any(m, is_code, voice_typed), text)
    return text


# rec57: any two characters that sound like digits by their first reading in pypinyin's
# dictionary (the keyboard's word for the sounds: 武夷 for 五一, 舅舅 for 九九), not only the
# characters listed above, right after a word announcing a code and standing alone as the
# clause's last word; and a code read off the screen named as such ("屏幕上是无救": 59). A digit
# said twice with two characters, or a character said twice, needs the 个 of a thing shown
# ("出个舅舅"; "显示无误" is no 55); the pair must be a code.
_SOUND_SYLLABLES = {"ling": "0", "yi": "1", "yao": "1", "er": "2", "san": "3", "si": "4", "wu": "5", "liu": "6",
                    "qi": "7", "ba": "8", "jiu": "9"}
_SOUND_ANY_MARKERS = "报示出跳弹上码"
_SOUND_ANY = re.compile(
    r"((?:报错码|错误码|返回码|应答码|代码|报错|报了?个?|显示|提示|出了?个|跳出个?|弹出个?|[跳弹]了?个|[出弹跳]咗个?|"
    r"(?:屏幕|屏|机器|机子|终端)上(?:显示的|写的)?(?:是|系|係))\s*(?:是|系|係)?\s*)"
    r"([\u4e00-\u9fff]{2})(?=$|[\s,，。!！?？、;；]|然后|然後|啥|什么|怎么|是什么|是啥)")


def _sound_any(m: re.Match, is_code, voice_typed: bool) -> str:
    pair = m.group(2)
    if pair in _SOUND_WORDS or any(ch in _CN_DIGITS or ch == "十" for ch in pair):
        return m.group()
    digits = ""
    for ch in pair:
        sounds = _pinyin_readings(ch)
        if not sounds or sounds[0] not in _SOUND_SYLLABLES:
            return m.group()
        digits += _SOUND_SYLLABLES[sounds[0]]
    if digits[0] == digits[1] and "个" not in m.group(1) and "個" not in m.group(1) and not voice_typed:
        return m.group()
    return m.group(1) + digits if is_code(digits) else m.group()


# English number words after a word that announces a code ("error five one", "it says
# ninety-six", "code oh five", "shows double zero"): two words at least, a lone "ten" or
# "thirty" is as often a count ("shows ten transactions").
_EN_UNITS = {"zero": 0, "oh": 0, "nought": 0, "naught": 0,
             # rec58: the zero of a British or Commonwealth score ("nil five", "nil nil two ...")
             "nil": 0,
             "one": 1, "two": 2, "three": 3, "four": 4,
             "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             # the Spanish numbers Filipino (and Latin American) merchants say codes in
             "sero": 0, "cero": 0, "uno": 1, "dos": 2, "tres": 3, "kwatro": 4, "kuwatro": 4, "cuatro": 4,
             "singko": 5, "sinko": 5, "cinco": 5, "sais": 6, "seis": 6, "siyete": 7, "syete": 7,
             "siete": 7, "otso": 8, "ocho": 8, "nuwebe": 9, "nueve": 9,
             # Japanese read in romaji ("kyuu-roku" 96, "go-ichi" 51), Hokkien of Penang and
             # Fujian ("goh chap it" 51), Cantonese romanised ("ng sap yat"), Malay and
             # Indonesian ("lima puluh satu"), German ("fünf eins"): the numbers merchants of
             # those places say a screen's code in (a two is left out where it is a pinyin
             # syllable of another number: yi, ji, li)
             "rei": 0, "ichi": 1, "ni": 2, "san": 3, "yon": 4, "shi": 4, "go": 5, "roku": 6,
             "nana": 7, "shichi": 7, "hachi": 8, "kyuu": 9, "kyu": 9, "ku": 9,
             "khong": 0, "sa": 3, "si": 4, "goh": 5, "lak": 6, "chhit": 7, "peh": 8, "kau": 9,
             "ling": 0, "yat": 1, "saam": 3, "sei": 4, "ng": 5, "luk": 6, "baat": 8, "gau": 9,
             "kosong": 0, "sifar": 0, "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
             "enam": 6, "tujuh": 7, "lapan": 8, "delapan": 8, "sembilan": 9,
             "null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5,
             "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
             # Italian (novantotto: the tens glued to the unit, split first) and Vietnamese, where
             # the tens are often said without their mươi ("năm mốt": five-one, 51); their
             # diacritics kept where the bare word is one of another sense (nam, sau, bay, tam)
             "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9,
             "không": 0, "khong": 0, "một": 1, "mốt": 1, "hai": 2, "bốn": 4, "năm": 5, "sáu": 6,
             "bảy": 7, "tám": 8, "chín": 9,
             # the jyutping of Cantonese ("ling ling ji ling": 0020000 read aloud)
             "jat": 1, "ji": 2, "leng": 0, "tư": 4, "lăm": 5,
             # ... and Hakka romanised ("ng sip yit": 51 as a Hakka grandmother reads it)
             "yit": 1, "ngi": 2, "liuk": 6, "kiu": 9,
             # Finnish ("kuusi yksi" 61), French ("cinq neuf"), Portuguese ("cinco oito") and
             # Dutch ("vijf een"), said digit by digit (Italian "sei" is left out: it is the
             # Cantonese four, sei, above)
             "nolla": 0, "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "nelja": 4, "viisi": 5,
             "kuusi": 6, "seitsemän": 7, "seitseman": 7, "kahdeksan": 8, "yhdeksän": 9, "yhdeksan": 9,
             "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
             "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8,
             "nul": 0, "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9,
             # dlg36: Czech, Slovak and Polish ("devadesát čtyři" 94, "päťdesiat jeden" 51,
             # "dziewięćdziesiąt sześć" 96), with and without their diacritics as phones type them
             # ("dva" and "tri" as they are; "pet" and "osm" only beside another number word)
             "nula": 0, "jedna": 1, "jeden": 1, "dva": 2, "dvě": 2, "dve": 2, "tři": 3, "tri": 3,
             "čtyři": 4, "ctyri": 4, "pět": 5, "pet": 5, "šest": 6, "sest": 6, "sedm": 7, "osm": 8,
             "devět": 9, "devet": 9, "štyri": 4, "styri": 4, "päť": 5, "pat": 5, "šesť": 6, "sedem": 7,
             "osem": 8, "deväť": 9, "devat": 9, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "piec": 5,
             "sześć": 6, "szesc": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziewiec": 9}
             # (dlg41's Russian and Kazakh: in knowledge/numbers/number_words.yaml, with the
             # languages rec30 added; merged below)
# The word for ten those languages build tens with, between two numbers (go juu ichi, goh chap
# it, ng sap yat, lima puluh satu: 5 10 1 is 51), or before one (juu go: 15)
_TEN_WORDS = frozenset({"juu", "jyuu", "ju", "chap", "tsap", "sap", "sip", "puluh", "mươi", "mười"})
# ... and a unit said after it only (Hokkien "it": the English word everywhere else; the
# Vietnamese five and four after a ten, lăm and tư)
_ONE_AFTER_TEN = {"it": 1, "chit": 1, "lăm": 5, "tư": 4}
# rec36: ... and a unit read as one only beside the word for ten: Vietnamese ba (three: "ba mươi tám"
# 38, "ba mươi ba" 33), which alone is pinyin's eight or a word ("ba" is a father)
_UNIT_BEFORE_TEN = {"ba": 3}
# Italian tens glued to their unit (novantotto, trentuno, cinquantadue), split as two words
# (rec35: with the accent Italian writes on a final tre, sessantatré, and twenty's i, ventitré)
_IT_TENS_AND_UNIT = re.compile(r"(?<![a-z])(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[ai]?"
                               r"(uno|due|tre|tré|quattro|cinque|sei|sette|otto|nove)(?![a-zé])")
# German tens said unit first, glued ("einundfünfzig": one-and-fifty), as the tens first
_DE_TENS = {"zwanzig": "twenty", "dreißig": "thirty", "dreissig": "thirty", "vierzig": "forty",
            "fünfzig": "fifty", "fuenfzig": "fifty", "sechzig": "sixty", "siebzig": "seventy",
            "achtzig": "eighty", "neunzig": "ninety"}
_DE_UNIT_AND_TENS = re.compile(r"(?<![a-z])(ein|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)\s*und\s*("
                               + "|".join(_DE_TENS) + r")(?![a-z])")
# rec60: English tens said unit first, as the old count and Northern English still say them
# ("one-and-fifty", "six and ninety"): the tens first, for the readers below
_EN_UNIT_AND_TENS = re.compile(r"(?<![a-z])(one|two|three|four|five|six|seven|eight|nine)[\s-]+and[\s-]+"
                               r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z\s-]*(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))")
# dlg35: the tens of French and Haitian Kreyòl, counted in twenties from seventy up
# (quatre-vingt-quatorze = 4x20+14 = 94; Kreyòl katrevenkatòz, glued as it is said), with the
# unit or the teen after them, hyphened, spaced or glued: the number in English words, which
# then reads as a code only where a word announces one ("the machine say katrevenkatòz"). A
# tens word alone (vingt, trente) is left as it is: a sum or a count as often as a code.
_FR_TENS = {"quatre-vingts": 80, "quatre-vingt": 80, "quatre vingt": 80, "quatrevingt": 80, "katreven": 80,
            "soixante": 60, "swasann": 60, "swasant": 60, "cinquante": 50, "senkant": 50,
            "quarante": 40, "karant": 40, "trente": 30, "trant": 30, "vingt": 20, "ven": 20,
            # (Kreyòl's tens change their end before a unit: vennde 22, senkannsenk 55, senkanteyen 51)
            "senkann": 50, "karann": 40, "trann": 30, "venn": 20, "vent": 20,
            # rec30: St Lucian and Grenadian Kwéyòl, Mauritian and Seychellois Kreol (katwiven-sèz 96)
            "katwiven": 80, "katwèven": 80, "katrevin": 80, "katrevén": 80}
_FR_AFTER = {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "dix-sept": 17, "dix sept": 17, "dix-huit": 18, "dix huit": 18, "dix-neuf": 19, "dix neuf": 19,
             "onz": 11, "douz": 12, "trèz": 13, "trez": 13, "katòz": 14, "katoz": 14, "kenz": 15,
             "sèz": 16, "sez": 16, "disèt": 17, "diset": 17, "dizwit": 18, "diznèf": 19, "diznef": 19,
             "dix": 10, "dis": 10, "eyen": 1, "éyen": 1,
             "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "en": 1, "youn": 1, "de": 2, "twa": 3, "kat": 4, "senk": 5, "sis": 6,
             "sèt": 7, "uit": 8, "wit": 8, "nèf": 9}
_KREYOL_SHORT = frozenset({"en", "youn", "de", "twa", "kat", "senk", "sis", "sèt", "uit", "wit", "nèf", "eyen", "dis"})
_KREYOL_TENS = frozenset({"katreven", "katwiven", "katwèven", "katrevin", "katrevén", "swasann", "swasant", "senkant", "senkann", "karant", "karann", "trant", "trann",
                          "ven", "venn", "vent"})
_FR_VIGESIMAL = re.compile(
    r"(?<![a-zà-ÿ])(" + "|".join(sorted(_FR_TENS, key=len, reverse=True)).replace(" ", r"[\s-]") + r")"
    r"(?:[\s-]?et[\s-]?|[\s-]?)"
    r"(" + "|".join(sorted(_FR_AFTER, key=len, reverse=True)).replace(" ", r"[\s-]?").replace("-", r"[\s-]?") + r")"
    r"(?![a-zà-ÿ])")
_EN_TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
                  9: "ninety"}
_EN_UNIT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _vigesimal_said(m: re.Match) -> str:
    tens = _FR_TENS[re.sub(r"[\s-]+", " ", m.group(1)).replace("quatre vingts", "quatre-vingts").replace(
        "quatre vingt", "quatre-vingt")] if " " in m.group(1) or "-" in m.group(1) else _FR_TENS[m.group(1)]
    after = _FR_AFTER.get(m.group(2)) or _FR_AFTER.get(re.sub(r"[\s-]+", "-", m.group(2))) or _FR_AFTER.get(
        m.group(2).replace("dix", "dix-", 1) if m.group(2).startswith("dix") else m.group(2))
    if after is None or tens in (20, 30, 40, 50) and after >= 10:  # (vingt-douze is no number)
        return m.group()
    if m.group(2) in _KREYOL_SHORT and m.group(1) in _KREYOL_TENS and re.search(r"\s", m.group()):
        return m.group()  # Kreyòl glues its units on ("vent de", French "wind of", is no 22)
    # (rec60: or hyphens them, as St Lucian Kwéyòl is typed: "senkant-en" 51, "swasant-sis" 66)
    value = tens + after
    if tens == 80 and after == 0:
        return m.group()
    return _EN_TENS_WORDS[value // 10] + (" " + _EN_UNIT_WORDS[value % 10] if value % 10 else "")


_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
             "dose": 12, "doce": 12, "trese": 13, "trece": 13, "katorse": 14, "catorce": 14,
             "kinse": 15, "quince": 15}
_EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
            "ninety": 9,
            "beinte": 2, "bente": 2, "veinte": 2, "trenta": 3, "treinta": 3, "kwarenta": 4, "kuwarenta": 4,
            "cuarenta": 4, "singkwenta": 5, "sinkwenta": 5, "cincuenta": 5, "sesenta": 6, "sisenta": 6,
            "setenta": 7, "sitenta": 7, "otsenta": 8, "ochenta": 8, "nobenta": 9, "noventa": 9,
            "zwanzig": 2, "dreißig": 3, "dreissig": 3, "vierzig": 4, "fünfzig": 5, "fuenfzig": 5,
            "sechzig": 6, "siebzig": 7, "achtzig": 8, "neunzig": 9,
            "venti": 2, "quaranta": 4, "cinquanta": 5, "sessanta": 6, "settanta": 7, "ottanta": 8,
            "novanta": 9,
            # dlg36: Czech, Slovak and Polish tens (see the units above)
            "dvacet": 2, "třicet": 3, "tricet": 3, "čtyřicet": 4, "ctyricet": 4, "padesát": 5,
            "padesat": 5, "šedesát": 6, "sedesat": 6, "sedmdesát": 7, "sedmdesat": 7, "osmdesát": 8,
            "osmdesat": 8, "devadesát": 9, "devadesat": 9,
            "dvadsať": 2, "dvadsat": 2, "tridsať": 3, "tridsat": 3, "štyridsať": 4, "styridsat": 4,
            "päťdesiat": 5, "patdesiat": 5, "šesťdesiat": 6, "sestdesiat": 6, "sedemdesiat": 7,
            "osemdesiat": 8, "deväťdesiat": 9, "devatdesiat": 9,
            "dwadzieścia": 2, "dwadziescia": 2, "trzydzieści": 3, "trzydziesci": 3, "czterdzieści": 4,
            "czterdziesci": 4, "pięćdziesiąt": 5, "piecdziesiat": 5, "sześćdziesiąt": 6,
            "szescdziesiat": 6, "siedemdziesiąt": 7, "siedemdziesiat": 7, "osiemdziesiąt": 8,
            "osiemdziesiat": 8, "dziewięćdziesiąt": 9, "dziewiecdziesiat": 9}
# Number words mistyped on a phone ("fourten", "nighty two", "fourty"): read as the word meant,
# only where a code is announced.
_EN_TYPOS = {"fourten": "fourteen", "forteen": "fourteen", "fourtin": "fourteen", "fiften": "fifteen",
             "fiveteen": "fifteen", "sixten": "sixteen", "seventen": "seventeen", "eigthteen": "eighteen",
             "nineten": "nineteen", "ninteen": "nineteen", "twelf": "twelve", "thirten": "thirteen",
             "fourty": "forty", "fourthy": "forty", "fivty": "fifty", "fifthy": "fifty", "sixthy": "sixty",
             "seventee": "seventy", "eigthy": "eighty", "eighthy": "eighty", "ninty": "ninety",
             "nintey": "ninety", "ninethy": "ninety", "nighty": "ninety", "ninety's": "ninety",
             # rec35: a phone's autocorrect of eight after another number word ("thirty ate"): read
             # only among number words after an announcement, as every typo here
             "ate": "eight",
             # dlg35: the tens as dialects say and spell them, the t dropped or made a d (Appalachian
             # and Southern "fitty-four", "fiddy", "twenny", "fordy"; "sixdy", "ninedy")
             "fitty": "fifty", "fiddy": "fifty", "fifdy": "fifty", "twenny": "twenty", "twendy": "twenty",
             "thirdy": "thirty", "fordy": "forty", "sixdy": "sixty", "sevendy": "seventy",
             "eighdy": "eighty", "ninedy": "ninety"}
# rec30: the number words of more languages are data (knowledge/numbers/number_words.yaml), one
# table per language read into the same tables: units, teens, tens, the word for ten, the words
# joining tens and unit, a unit said before its tens, the words announcing a code, and the
# languages that write a number as one word. A word listed twice must mean one number.
_NUMBER_WORDS_FILE = Path(__file__).parent / "numbers" / "number_words.yaml"
_LETTERS = "a-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0600-\u06ff"  # (Latin, Greek, Cyrillic, Armenian, Arabic)


def _number_words() -> dict:
    """The table, checked: every value a digit (units), 10-19 (teens) or a tens digit (tens),
    no word with two values."""
    with open(_NUMBER_WORDS_FILE, encoding="utf-8") as handle:
        table = yaml.safe_load(handle)
    merged = {"units": {}, "teens": {}, "tens": {}, "ten_words": set(), "joins": set(), "unit_first": {},
              "announce": set(), "glued": set(), "teen_after": set()}
    seen: dict[str, tuple[str, int]] = {}
    for language, entry in table.items():
        for part, low, high in (("units", 0, 9), ("teens", 10, 19), ("tens", 1, 9)):
            for word, value in (entry.get(part) or {}).items():
                word = normalise(str(word))
                if not (isinstance(value, int) and low <= value <= high):
                    raise ValueError(f"{_NUMBER_WORDS_FILE}: {language} {part}: {word!r} is {value!r}")
                if seen.setdefault(word, (part, value)) != (part, value):
                    raise ValueError(f"{_NUMBER_WORDS_FILE}: {language}: {word!r} is also {seen[word]}")
                merged[part][word] = value
        merged["ten_words"] |= {normalise(w) for w in entry.get("ten_words") or ()}
        merged["joins"] |= {normalise(w) for w in entry.get("joins") or ()}
        merged["teen_after"] |= {normalise(w) for w in entry.get("teen_after") or ()}
        merged["announce"] |= {normalise(w) for w in entry.get("announce") or ()}
        for join in entry.get("unit_first") or ():
            merged["unit_first"].setdefault(normalise(join), []).append(language)
        if entry.get("glued"):
            merged["glued"] |= {normalise(str(w)) for part in ("units", "teens", "tens") for w in entry.get(part) or {}}
            merged["glued"] |= {normalise(w) for w in entry.get("ten_words") or ()}
    merged["table"] = table
    return merged


_NUMBER_DATA = _number_words()
for _part, _target in (("units", _EN_UNITS), ("teens", _EN_TEENS), ("tens", _EN_TENS)):
    for _word, _value in _NUMBER_DATA[_part].items():
        if _target.get(_word, _value) != _value or any(_word in other for other in (_EN_UNITS, _EN_TEENS, _EN_TENS)
                                                       if other is not _target):
            raise ValueError(f"{_NUMBER_WORDS_FILE}: {_word!r} is already a number word of codes.py")
        _target[_word] = _value
_TEN_WORDS = _TEN_WORDS | _NUMBER_DATA["ten_words"]
# rec60: numbers counted in twenties and glued, as Georgian is typed in Latin letters (ormotsdatertmeti:
# two scores and eleven, 51): number_words.yaml's scores and score_units, said as English words for
# the readers below (a code only where a word announces one)
_SCORES = {normalise(str(w)): v for entry in _NUMBER_DATA["table"].values() for w, v in (entry.get("scores") or {}).items()}
_SCORE_UNITS = {normalise(str(w)): v for entry in _NUMBER_DATA["table"].values()
                for w, v in (entry.get("score_units") or {}).items()}
_SCORES_SAID = re.compile(r"(?<![a-z])(" + "|".join(sorted(_SCORES, key=len, reverse=True)) + r")[\s-]?("
                          + "|".join(sorted(_SCORE_UNITS, key=len, reverse=True)) + r")(?![a-z])")


def _scores_said(m: re.Match) -> str:
    value = 20 * _SCORES[m.group(1)] + _SCORE_UNITS[m.group(2)]
    return _EN_TENS_WORDS[value // 10] + (" " + _EN_UNIT_WORDS[value % 10] if value % 10 else "")


# dlg102: the old English count in scores ("threescore and eight" 68, "fourscore and sixteen" 96, "a score
# and one" 21), as a grandfather said it: the number in English words, for the readers below
_EN_SCORE_UNITS = {w: v for w, v in [*_EN_UNITS.items(), *_EN_TEENS.items()]
                   if w.isascii() and w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                            "seventeen", "eighteen", "nineteen")}
_EN_SCORES = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_EN_SCORES_SAID = re.compile(r"(?<![a-z])(a|one|two|three|four)[\s-]?score(?:[\s-]+and[\s-]+("
                             + "|".join(sorted(_EN_SCORE_UNITS, key=len, reverse=True)) + r"))?(?![a-z])")


def _en_scores_said(m: re.Match) -> str:
    value = 20 * _EN_SCORES[m.group(1)] + (_EN_SCORE_UNITS[m.group(2)] if m.group(2) else 0)
    return _EN_TENS_WORDS[value // 10] + (" " + _EN_UNIT_WORDS[value % 10] if value % 10 else "")


# rec35: a word after a unit that makes it a teen (Malay and Indonesian belas: sembilan belas, 19)
_TEEN_AFTER = frozenset(_NUMBER_DATA["teen_after"])
_EN_WORD = trie_pattern([*_EN_UNITS, *_EN_TEENS, *_EN_TENS, *_EN_TYPOS, *_TEN_WORDS, *_ONE_AFTER_TEN, *_TEEN_AFTER,
                         *_UNIT_BEFORE_TEN, "double", "thousand"])
# rec36: a tens word glued to its unit, as English and Spanish numbers are typed in one word
# ("sixtyfive", "ninety-six" without its hyphen, "noventaycuatro"): the two words, for the readers
# below (every tens and unit word of the tables, not one language's)
_TENS_GLUED = re.compile(r"(?<![" + _LETTERS + r"])(" + trie_pattern(list(_EN_TENS)) + r")y?("
                         + trie_pattern([w for w, v in _EN_UNITS.items() if v and len(w) > 2]) + r")(?![" + _LETTERS + r"])")
# rec40: a tens word with its unit typed as a digit ("fifty-1", "thirty8", "ninety 6"): the
# unit said as its word, read as the number words are
_TENS_DIGIT = re.compile(r"(?<![" + _LETTERS + r"])(?P<tens>" + trie_pattern(list(_EN_TENS)) + r")\s*-?\s*(?P<unit>[1-9])(?![\d.,:/%])")
_UNIT_SAID = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
# between two number words: a space or hyphen, or Spanish "y" ("nobenta'y kwatro", "noventa y cuatro"),
# or a language's word for "and" (Icelandic og, Albanian e, Bulgarian и, Somali iyo)
_EN_JOIN = (r"(?:\s*'\s*y\s+|\s+(?:y|" + "|".join(sorted(map(re.escape, _NUMBER_DATA["joins"]), key=len, reverse=True))
            + r")\s+|[\s-]+)")
# (the words announcing a code in the languages of the table: kód, hiba, код ...)
_ANNOUNCE_WORDS = trie_pattern(_NUMBER_DATA["announce"])  # (as a trie: a plain alternation of them costs 5x the scan)
# One number word of two digits (a teen but ten, a tens word but of the teens: tizen, arvan)
_LONE_WORDS = trie_pattern([*(w for w, v in _EN_TEENS.items() if v != 10), *(w for w, v in _EN_TENS.items() if v != 1),
                     *(t for t, w in _EN_TYPOS.items() if w in _EN_TEENS or w in _EN_TENS)])
_LANGUAGE_NAMES = trie_pattern(sorted(
    {"french", "français", "francais", "spanish", "español", "espanol", "creole", "kreol", "kréyòl", "kreyol", "kréyol",
     "kreyòl", "portuguese", "italian", "german", "russian", "arabic", "malay", "hindi", "tagalog", "swahili",
     "hungarian", "dutch", "polish", "czech", "turkish", "greek", "lithuanian", "latvian", "estonian", "romanian",
     "croatian", "serbian", "bosnian", "slovenian", "bulgarian", "icelandic", "albanian", "mongolian"}
    | {normalise(str(name)) for language, entry in _NUMBER_DATA["table"].items()
       for name in [language, *(entry.get("names") or ())] if "_" not in str(name)}))
_ANNOUNCE = (
    r"(?:(?<![" + _LETTERS + r"])(?:code|error|err|rc|resp|response|shows?|showed|showing|showin'?|(?<!you )(?<!u )(?<!ya )(?:says?|saying|sayin'?)|"
    r"displays?|displayin'?|got|gave|gives|"
    # rec38: the word a refusal is printed with, then its code ("DECLINED nowt five", "declined
    # niner six")
    r"declined|declines|declinin'?|declining|"
    # rec35: what the terminal gives the merchant ("the POS give me sessantatré")
    r"(?:gives?|gave|giving)\s+(?:me|us)|"
    # dlg80: a code the machine throws, spits or chucks at the merchant ("keeps throwing zero zero
    # twenty thousand at me", "spitting out fifty one", "chucks up ninety six")
    r"(?:throw(?:s|n|ing|in'?)?|threw|spit(?:s|ting|tin'?)?|chuck(?:s|ed|ing|in'?)?)(?:\s+(?:up|out))?(?:\s+(?:me|us))?|"
    # rec32: what a helper read out and what a screen "writes" in broken English ("my wife read it
    # for me in lithuanian, penkiasdešimt vienas", "terminal write pedeset pet")
    r"reads?\s+(?:it\s+out|it|out)(?:\s+(?:for|to)\s+(?:me|us))?|"
    r"(?:terminal|machine|screen|display|pos|it)\s+(?:writes?|wrote)|"
    # rec30: the screen flashing it, or it coming up ("it keep flashin fitty four", "came up with
    # fifty one", Tok Pisin "kamap"), and a screen's label ("screen: fifty four")
    r"flash(?:es|ing|in'?)?|blink(?:s|ing|in'?)?|(?:comes?|came|coming|comin'?|pops?|popped|popping)\s+up(?:\s+with)?|"
    # dlg102: what the machine has put up, as the British say a screen shows a thing ("the card machine has put up
    # sixty-eight", "it's putting up fifty one"), not putting up with something
    r"(?:puts?|putting)\s+up(?!\s+with)|"
    # rec57: what the machine said or beeped, in the past ("the reader said fifty-one", "machine
    # beeped ninety-six at me", "the till flashed forty-three"): the device named as who said it
    # ("you said fifty" and "she said fifty-one people" stay unread)
    r"(?:machine|terminal|reader|screen|till|display|pos|eftpos|device|thing|card machine|it)\s+(?:just\s+|then\s+|again\s+)?"
    r"(?:said|sed|beeped|beeps?|bleeped|bleeps?)(?:\s+(?:at\s+)?(?:me|us))?|flashed|blinked|"
    # rec60: what the device is giving ("the card machine's giving one-and-fifty", "terminal keeps giving 96")
    r"(?:machine|terminal|reader|screen|till|pos|eftpos|device|it)(?:'s|s| is| keeps?)\s+giv(?:ing|in'?|es)|"
    r"kamap|(?:screen|display|skrin)\s*[:=：]|"
    # dlg73: what a sale comes back with from the bank ("it's coming back niner six", "every card
    # came back with five one", "keeps comin back fifty-one")
    r"(?:comes?|came|coming|comin'?)\s+back(?:\s+with)?|"
    r"fehler(?:code)?|zeigt|meldet|"
    # rec39: the language a number is put into, said before it ("шеесет и пет, in english sixty
    # five", "in bisaya kalim-an ug usa"): the number relayed, as a helper reads a screen out
    # (rec60: "in georgian it is ormotsdatertmeti": the number then said to be it)
    r"(?:in|en)\s+(?:" + _LANGUAGE_NAMES + r")\s*[,:：]?(?:\s*(?:it is|it's|its|that is|that's|is)(?![a-z]))?|" + _ANNOUNCE_WORDS + r")"
    # (or a Chinese word announcing a code: "显示 nine six")
    r"|显示|提示|报错?|代码|错误码|返回码|应答码|(?<![密号])码"
    # (or a Chinese verb the screen's words come with: "机器写着 lima lima", "蹦个 kuusi yksi";
    # or the word a Chinese merchant says what a foreign-speaking helper read out with: "出
    # sembilan kosong", "说是 năm mốt", "屏幕上是 novantotto")
    r"|写[着住的]?|出来|出了?|出现|跳出?|蹦出?|弹出?|是|系|说|讲|念)(?:了?个|了|的是?)?"  # (rec60: 弹, Cantonese 彈個: pops up a)  # (rec36: "员工念的 sifuri saba")
    # rec31: the language it was read out in ("read the error in french, quatre-vingt-seize",
    # "code in spanish: noventa y uno"); rec33: after a comma too ("code, in uzbek ellik bir"), and
    # any language the table of number words names (its keys and `names`)
    r"(?:\s*,?\s+(?:in|en)\s+(?:" + _LANGUAGE_NAMES + r")\s*[,:：]?)?"
    # rec61: the word "number" between ("machine show number nine six", "it shows the number ерэн зургаа")
    r"(?:\s+(?:the\s+)?(?:number|no\.)(?=\s))?"
    r"(?:\s+(?:is|was|be))?(?:\s+(?:a|an)(?=\s))?\s*[:=：]?\s*")  # ("got a sixty-eight", "the code be fitty-four")
# (zeros counted after a code's first digits: "then four zeros"; rec37: "and den four more ohs",
# as West African and Caribbean English say then, and the zeros said as the letter)
_ZEROS_COUNTED_EN = (r",?\s+(?:(?:and\s+)?(?:then|den|dan|than)\s+|followed by\s+|and\s+|plus\s+|with\s+)?"
                     r"(two|three|four|five|"
                     # dlg80: ... or zeros not counted ("double zero two and then a bunch of zeros"):
                     # as many as make a code of the digits before them
                     r"(?:a\s+)?(?:bunch|load|lot|lots|loads|row|string|line|heap|few|couple)(?:\s+of)?|all|some|many)"
                     r"\s+(?:more\s+|other\s+)?(?:zeros|zeroes|noughts|ohs|o's|os)")
_EN_NUMERAL = re.compile(
    _ANNOUNCE +
    # (two or three words; up to seven for a long code read digit by digit, "double-oh-two-oh-oh-
    # oh-oh", which convert takes only as a long code)
    r"(?P<n>(?:" + _EN_WORD + r")(?:" + _EN_JOIN + r"(?:" + _EN_WORD + r")){1,6}(?![" + _LETTERS + r"])"
    # (and zeros counted after: "double zero two, then four zeros" is 0020000 read aloud)
    r"(?:" + _ZEROS_COUNTED_EN + r"(?![a-z]))?)"
    r"(?![\s-]+(?:" + _EN_WORD + r")(?![" + _LETTERS + r"]))")  # the whole number, not its first words
# rec30: ... or before words placing it on the screen, or naming it the error ("fifty-four on the
# screen", "ötvenegy on the display", "fitty four error", "nainti sikis i kamap long skrin")
_ON_SCREEN = re.compile(
    r"\s+(?:(?:on|in|at|pon|upon|long)\s+(?:(?:the|de|di|da|dat|that|this|my|our|its|it's)\s+)?"
    # (the screen only: "sold twenty five on the machine" counts sales)
    r"(?:little\s+|small\s+|card\s+|pos\s+|machine\s+|terminal\s+)?(?:screen|skrin|display)"
    r"|(?:error|code|err)|(?:i\s+)?kamap|(?:comes?|came|pops?|popped|shows?|showed)\s+up|appears?|appeared"
    # rec39: or glossing the language it was said in ("forty one in bisaya", "sixty five in english")
    r"|(?:in|en)\s+(?:" + _LANGUAGE_NAMES + r"))(?![a-z])")
# (the number ending where the words placing it on the screen begin; or one word of two digits:
# "nineteen error"; not ten, "I saw ten on the screen")
_EN_NUMERAL_AFTER = re.compile(
    r"(?<![" + _LETTERS + r"])(?P<n>(?:" + _EN_WORD + r")(?:" + _EN_JOIN + r"(?:" + _EN_WORD + r")){1,6}|" + _LONE_WORDS + ")$")


def _on_screen(text: str, number: re.Pattern, convert) -> str:
    """`convert` of each match of `number` ending right before words placing it on the screen
    (a window of 60 characters before each: the words are looked for first, most messages have
    none)."""
    pieces, last = [], 0
    for place in _ON_SCREEN.finditer(text):
        if place.start() <= last:
            continue
        m = number.search(text, max(last, place.start() - 60), place.start())
        if m:
            pieces += [text[last:m.start()], convert(m)]
            last = m.end()
    return "".join(pieces) + text[last:] if pieces else text


# One number word of two digits after "code" or "error" ("code fourteen", "error fourten"): a code
# names itself there; after "shows" or "says" a lone word is as often a count ("shows ten").
_EN_LONE = re.compile(
    r"(?<![a-z])(?:code|error|err)(?:\s+(?:is|was|no\.?|number))?\s*[:=：]?\s*"
    r"(?P<n>" + _LONE_WORDS + r")(?![a-z'])"
    r"(?![\s-]+(?:" + _EN_WORD + r")(?![a-z]))"
    # not a count or a measure ("error fifteen minutes ago", "code twenty times")
    r"(?!\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?|times?|dollars?|"
    r"bucks|cents?|pesos?|rands?|percent|%|transactions?|sales?|customers?|people|cards?|pieces?|items?)(?![a-z]))")


# ... and one word of a teen after a word the screen says it with ("it say fourteen when the
# card goes in", "error nineteen"): a code when nothing counted follows ("shows fifteen sales",
# "says twelve o'clock" and "got thirteen" stay numbers)
_EN_TEEN = re.compile(
    r"(?<![" + _LETTERS + r"])(?:code|error|err|says?|saying|sayin'?|said|shows?|showing|showin'?|showed|displays?|displaying|"
    r"displayed|" + _ANNOUNCE_WORDS + r")"
    r"(?:\s+(?:is|was))?(?:\s+(?:a|an)(?=\s))?\s*[:=：]?\s*"
    r"(?P<n>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    # (or a teen of the table's languages: "the screen say четиринадесет", "it shows tirteen")
    + "|".join(sorted((re.escape(w) for w, v in _NUMBER_DATA["teens"].items() if v != 10), key=len, reverse=True))
    + r")(?![" + _LETTERS + r"])"
    r"(?![\s-]+(?:" + _EN_WORD + r"|[a-z]+s|of|more|o'?clock|am|pm|percent|per|times?|minutes?|hours?|days?)(?![a-z]))")
# A long code read digit by digit, two zeros first ("ling ling ji ling ling ling ling", "zero zero
# two zero zero zero zero"), wherever it stands: as its Chinese numerals are (_LONG_ZEROS), no
# word or count is said so.
_EN_LONG_ZEROS = re.compile(
    r"(?<![a-z])(?:ling|leng|zero|oh|nought)" + _EN_JOIN + r"(?:ling|leng|zero|oh|nought)"
    r"(?:" + _EN_JOIN + r"(?:" + _EN_WORD + r")){3,5}(?![a-z])(?![\s-]+(?:" + _EN_WORD + r")(?![a-z]))")
_ZEROS_COUNTED = re.compile(_ZEROS_COUNTED_EN)


def _english_number(words: list[str]) -> str | None:
    """"five one" -> 51, "fifty one" -> 51, "oh five" -> 05, "double zero" -> 00; None when
    the words are not one number said as a code is."""
    digits, i = "", 0
    while i < len(words):
        word = words[i]
        if word == "thousand":
            # dlg73: a long code said as the number it looks like ("oh oh twenty thousand":
            # 00 then 20,000, 0020000 read aloud): thousand puts three zeros after the digits
            # said before it, never stands first
            if not digits or digits.endswith("000"):
                return None
            digits, i = digits + "000", i + 1
        elif word == "double" and i + 1 < len(words) and words[i + 1] in _EN_UNITS:
            digits += str(_EN_UNITS[words[i + 1]]) * 2
            i += 2
        elif word in _EN_TENS:
            unit = words[i + 1] if i + 1 < len(words) and words[i + 1] in _EN_UNITS else None
            digits += str(_EN_TENS[word] * 10 + (_EN_UNITS[unit] if unit and unit not in ("zero", "oh") else 0))
            i += 2 if unit and unit not in ("zero", "oh") else 1
        elif word in _EN_TEENS:
            digits, i = digits + str(_EN_TEENS[word]), i + 1
        elif word in _EN_UNITS and i + 1 < len(words) and words[i + 1] in _TEEN_AFTER and _EN_UNITS[word]:
            digits, i = digits + str(10 + _EN_UNITS[word]), i + 2
        elif word in _TEN_WORDS or (word in _EN_UNITS or word in _UNIT_BEFORE_TEN) and i + 1 < len(words) and words[i + 1] in _TEN_WORDS:
            # a number built with the word for ten: (unit) ten (unit), 5 10 1 -> 51, 10 5 -> 15
            tens = 1 if word in _TEN_WORDS else _EN_UNITS.get(word, _UNIT_BEFORE_TEN.get(word))
            i += 1 if word in _TEN_WORDS else 2
            unit = words[i] if i < len(words) else None
            ones = _EN_UNITS.get(unit, _ONE_AFTER_TEN.get(unit, _UNIT_BEFORE_TEN.get(unit))) if unit is not None else None
            digits += str(tens * 10 + (ones or 0))
            i += ones is not None
        elif word in _EN_UNITS:
            digits, i = digits + str(_EN_UNITS[word]), i + 1
        else:
            return None
    return digits


# rec28: numbers romanised with their tones as digits, as jyutping and pinyin are typed ("ng5 sap6
# jat1" 51, "jiu3 liu4" 96): a run of two numeral syllables or more, each with its tone, read
# without the tones (a syllable of no number keeps its digit: "a1 b2" is as typed); and letters
# spelled in the radio alphabet before number words ("alpha zero": A0), when that is a code.
_TONED_NUMERALS = re.compile(r"(?<![0-9a-z])[a-z]{1,5}[1-6](?: [a-z]{1,5}[1-6])+(?![0-9a-z])")
_TONED_WORDS = {"cat": "seven", "sam": "saam", "lin": "ling"}  # (jyutping's 7, and typists' short forms)
_RADIO_HINT = re.compile("alpha|alfa|bravo|charlie|delta|echo|foxtrot")
_RADIO_LETTERS = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f"}
_RADIO_CODE = re.compile(r"(?<![a-z])(alpha|alfa|bravo|charlie|delta|echo|foxtrot)[\s-]+"
                         r"(zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
                         r"(?![\s-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z]))")
# dlg60: ... and a code's letter as a voice keyboard writes its name ("saying hey zero": A0; "ay",
# "eh" for A, "see" / "sea" for C, "eff" for F), right after a word the screen says it with, one
# number word after it, when that is a code ("hey zero" alone is a greeting and a count)
_VOICE_LETTERS = {"ay": "a", "aye": "a", "eh": "a", "hey": "a", "ey": "a", "ei": "a",
                  "see": "c", "sea": "c", "cee": "c", "ef": "f", "eff": "f"}
_VOICE_LETTER_WORD = "|".join(sorted(_VOICE_LETTERS, key=len, reverse=True))
_UNIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_VOICE_LETTER_CODE = re.compile(
    r"((?:(?<![a-z])(?:code|error|err|says|say|saying|said|shows|show|showing|showed|displays|displaying|reads|reading)|"
    r"显示|顯示|提示|报|報|出现|出現|跳|弹|彈|写着|寫著|写住|寫住)\s*"
    r"(?:(?:like|something like|just)\s+)?)(" + _VOICE_LETTER_WORD + r")[\s-]+"
    r"(" + _UNIT_WORD + r")(?![a-z])"
    r"(?![\s-]+(?:" + _UNIT_WORD + r")(?![a-z]))")
# (the same letter and number words anywhere: the cheap test before the substitution)
_VOICE_LETTER_HINT = re.compile(r"(?<![a-z])(?:" + _VOICE_LETTER_WORD + r")[\s-]+(?:" + _UNIT_WORD + r")(?![a-z])")
# dlg81: ... and a code's letter said as itself, its digit as a number word of any language the
# tables know ("gives A seitse error", "the screen says A sieben", "code a sette"): the letter
# and one unit word (three letters or more: the short ones are syllables of other senses), after
# a word the screen says it with or before "error" / "code"; one unit only (a number going on is
# no letter code), not a count ("shows a six digit number")
_LETTER_UNITS = sorted((w for w in _EN_UNITS if len(w) >= 3 and re.fullmatch(r"[a-z']+", w)), key=len, reverse=True)
_LETTER_UNIT_WORD = "|".join(_LETTER_UNITS)
_LETTER_UNIT_CODE = re.compile(
    r"(?:((?:(?<![a-z])(?:code|error|err|says|say|saying|said|shows|show|showing|showed|displays|displaying|"
    r"reads|reading|gives|give|gave|giving|got|flashing|flashes)|显示|顯示|提示|报|報|出现|出現|写着|寫著)\s*"
    r"(?:(?:like|something like|just|the letter|letter)\s+)?)|(?<![a-z]))"
    r"([a-z])[\s-]+(" + _LETTER_UNIT_WORD + r")(?![a-z])"
    r"(?![\s-]+(?:" + _LETTER_UNIT_WORD + r"|" + _UNIT_WORD + r"|digit|digits|percent|minutes?|times?)(?![a-z]))")
_LETTER_UNIT_AFTER = re.compile(r"\s*(?:error|code|err|错误|報錯|报错)(?![a-z])")
_EN_PLAIN_UNITS = frozenset({"zero", "oh", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_LETTER_UNIT_HINT = re.compile(r"(?<![a-z])[a-z][\s-]+(?:" + _LETTER_UNIT_WORD + r")(?![a-z])")
# rec32: ... and the radio letters as Chinese says them (阿尔法 alpha, 布拉沃 bravo, 查理 charlie,
# 德尔塔 delta), a digit after ("阿尔法零": A0; 洞, 幺, 拐, 勾 the radio's 0, 1, 7, 9), one digit only
_RADIO_ZH_LETTERS = {"阿尔法": "a", "布拉沃": "b", "查理": "c", "德尔塔": "d", "艾科": "e", "回声": "e", "福克斯特罗特": "f"}
_RADIO_ZH_DIGITS = {**{ch: str(_CN_DIGITS[ch]) for ch in "零〇一二三四五六七八九幺两"}, "洞": "0", "拐": "7", "勾": "9",
                    **{str(i): str(i) for i in range(10)}}
_RADIO_ZH_CODE = re.compile("(" + "|".join(_RADIO_ZH_LETTERS) + r")\s*([" + "".join(_RADIO_ZH_DIGITS) + r"])"
                            r"(?![" + "".join(_RADIO_ZH_DIGITS) + r"十百千万点個个块元号次遍张])")
_RADIO_ZH_HINT = re.compile("|".join(_RADIO_ZH_LETTERS))


# ... and a code told as a sum after the word announcing it ("码是40+1": 41), as a merchant
# jokes with a number; a sum elsewhere stays (a price "30+5元" is no code)
_SUMMED = re.compile(r"((?:码|代码|报错|显示|code|error)\s*(?:是|系|为|is)?\s*[:：]?\s*)(\d{1,2})\s*\+\s*(\d{1,2})(?![\d.元块])")


# ... and a code said as a riddle of a hundred: 半百零一 (half a hundred and one, as a literary
# boss says 51), or "差两个就满一百" after the code's word (two short of a hundred: 98)
_HALF_HUNDRED = re.compile(r"(?<=码|是|系|示|错|为|报)\s*半百(?:零|又|加)?([一二三四五六七八九])(?![一二三四五六七八九十百千万])")
_SHORT_OF_HUNDRED = re.compile(r"((?:码|代码|报错|显示|提示)(?:是|系|为)?\s*)差\s*([一二两三四五六七八九]|[1-9])\s*(?:个|位)?\s*"
                               r"(?:就|才)?(?:满|到|够|凑够|凑满)\s*(?:一百|100)")
# rec32: ... or a hundred less some ("错误码是一百少四": 96, "显示一百减一": 99)
_HUNDRED_LESS = re.compile(r"((?:码|代码|报错|显示|提示)(?:是|系|为)?\s*)(?:一百|100)\s*(?:少|减|减去|差|去掉)\s*"
                           r"([一二两三四五六七八九]|[1-9])(?![一二三四五六七八九十百千万0-9.点块元个])")


# rec30: a seven-segment display draws 6 as a lower-case b and 9 as a q (no top or no bottom bar):
# typed as seen beside a digit after a word announcing a code ("code 9b", "显示b1"), the digit
# (an upper-case B is an 8: "9B" reads 98, as the look-alikes read it; "5b" or "b2" said of
# anything else stays as typed)
_SEGMENT_LETTER = re.compile(
    # (rec34: or what it looks like, "看着是q2")
    r"((?i:code|error|err|rc|shows?|showing|says?|saying|displays?|displaying|显示|顯示|提示|报|報|代码|代碼|出现|出現"
    r"|(?:看着|看起来|看上去|看著)(?:像|是)个?)"
    r"\W{0,3}(?:(?i:is|was|是)\W{0,3})?)((?<![0-9A-Za-z])(?:\d[bq]|[bq]\d)(?![0-9A-Za-z]))")


_SEGMENT_HINT = re.compile(r"\d[bq]|[bq]\d")


def segment_letters(text: str, is_code) -> str:
    """"code 9b" -> "code 96", "显示q1" -> "显示91": of the text as typed (the case tells b from B),
    when that is a code (`is_code`)."""
    if not _SEGMENT_HINT.search(text):
        return text  # (no b or q beside a digit: most messages)

    def read(m: re.Match) -> str:
        digits = m.group(2).replace("b", "6").replace("q", "9")
        return m.group(1) + digits if is_code(digits) else m.group()
    return _SEGMENT_LETTER.sub(read, text)


def toned_numerals(text: str, is_code) -> str:
    """Numbers said in ways the numeral readers do not know, as they would read them:
    "ng5 sap6 jat1" -> "ng sap jat" (for english_numerals and pinyin_numerals), and, when that
    is a code, "码是半百零一" -> 码是51, "码差两个就满一百" -> 码98, "码是40+1" -> 码是41,
    "alpha zero" -> a0."""
    if _DIGIT.search(text) and _TONED_NUMERALS.search(text):
        def untoned(m: re.Match) -> str:
            words = [_TONED_WORDS.get(w[:-1], w[:-1]) for w in m.group().split()]
            if all(w in _EN_UNITS or w in _TEN_WORDS or w in _PINYIN_DIGITS for w in words):
                return " ".join(words)
            return m.group()
        text = _TONED_NUMERALS.sub(untoned, text)
    if "百" in text and (_HALF_HUNDRED.search(text) or _SHORT_OF_HUNDRED.search(text) or _HUNDRED_LESS.search(text)):
        def half(m: re.Match) -> str:
            code = str(50 + _CN_DIGITS[m.group(1)])
            return code if is_code(code) else m.group()

        def short(m: re.Match) -> str:
            code = str(100 - (int(m.group(2)) if m.group(2).isdigit() else _CN_DIGITS[m.group(2)]))
            return m.group(1) + code if is_code(code) else m.group()
        text = _HUNDRED_LESS.sub(short, _SHORT_OF_HUNDRED.sub(short, _HALF_HUNDRED.sub(half, text)))
    if "+" in text and _SUMMED.search(text):
        text = _SUMMED.sub(lambda m: m.group(1) + str(int(m.group(2)) + int(m.group(3)))
                           if is_code(str(int(m.group(2)) + int(m.group(3)))) else m.group(), text)
    if _RADIO_HINT.search(text):
        def radio(m: re.Match) -> str:
            code = _RADIO_LETTERS[m.group(1)] + str(_EN_UNITS[m.group(2)])
            return code if is_code(code) else m.group()
        text = _RADIO_CODE.sub(radio, text)
    if _VOICE_LETTER_HINT.search(text):
        def voice_letter(m: re.Match) -> str:
            code = _VOICE_LETTERS[m.group(2)] + str(_EN_UNITS[m.group(3)])
            return m.group(1) + code if is_code(code) else m.group()
        text = _VOICE_LETTER_CODE.sub(voice_letter, text)
    if _RADIO_ZH_HINT.search(text):
        def radio_zh(m: re.Match) -> str:
            if m.group(2) in "零〇" and m.string[m.end():m.end() + 1] in _ZERO_WORDS:
                return m.group()  # (阿尔法零件: a part, 零钱: change)
            code = _RADIO_ZH_LETTERS[m.group(1)] + _RADIO_ZH_DIGITS[m.group(2)]
            return " " + code + " " if is_code(code) else m.group()
        text = _RADIO_ZH_CODE.sub(radio_zh, text)
    if _LETTER_UNIT_HINT.search(text):
        def letter_unit(m: re.Match) -> str:
            named = _LETTER_UNIT_AFTER.match(m.string, m.end())
            if not m.group(1) and not named:
                return m.group()  # neither announced nor named an error after: a letter and a word
            if m.group(2) == "a" and m.group(3) in _EN_PLAIN_UNITS and not (
                    named or _CODE_NAMED.search(m.group(1) or "")):
                return m.group()  # English's article: "it says a zero balance" (an A said so needs "error" or "code")
            code = m.group(2) + str(_EN_UNITS[m.group(3)])
            return (m.group(1) or "") + code if is_code(code) else m.group()
        text = _LETTER_UNIT_CODE.sub(letter_unit, text)
    return text


# rec30: a unit said before its tens with a word for "and" (Somali "lix iyo sagaashan", six and
# ninety: 96), in the languages that say it so: as the tens first
_UNIT_FIRST = [re.compile(
    r"(?<![" + _LETTERS + r"])(" + "|".join(sorted(map(re.escape, units), key=len, reverse=True)) + r")\s+" + re.escape(join)
    + r"\s+(" + "|".join(sorted(map(re.escape, tens), key=len, reverse=True)) + r")(?![" + _LETTERS + r"])")
    for join, languages in _NUMBER_DATA["unit_first"].items()
    for units, tens in [({normalise(str(w)) for lang in languages for w in _NUMBER_DATA["table"][lang].get("units") or {}},
                         {normalise(str(w)) for lang in languages for w in _NUMBER_DATA["table"][lang].get("tens") or {}})]]
_UNIT_FIRST_HINT = re.compile("|".join(rf"\s{re.escape(join)}\s" for join in _NUMBER_DATA["unit_first"]) or "(?!)")
# rec30: ... and a number written as one word in the languages that write it so (Hungarian
# ötvenegy, Armenian հիսունմեկ, Khmer ហាសិបមួយ, Korean 오십일), after a word announcing a code:
# the words it is made of, read as the number they say when that is a code
_GLUED_WORD = re.compile(trie_pattern(_NUMBER_DATA["glued"]))
_GLUED = re.compile(_ANNOUNCE + r"(?P<n>(?:" + _GLUED_WORD.pattern + r"){2,7})(?![" + _LETTERS + r"])")
_GLUED_AFTER = re.compile(r"(?<![" + _LETTERS + r"])(?P<n>(?:" + _GLUED_WORD.pattern + r"){2,7})$")  # (see _on_screen)


def _glued_number(m: re.Match, is_code) -> str:
    run, words, at = m.group("n"), [], 0
    while at < len(run) and (word := _GLUED_WORD.match(run, at)):
        words.append(word.group())
        at = word.end()
    digits = _english_number(words) if at == len(run) else None
    if digits and is_code(digits):
        return m.group()[:m.start("n") - m.start()] + digits
    return m.group()


def glued_numerals(text: str, is_code) -> str:
    """"it says kilencvenhat" -> "it says 96", "code 오십일" -> "code 51"; a unit said before its
    tens read tens first ("lix iyo sagaashan" -> "sagaashan lix"), for english_numerals."""
    if _UNIT_FIRST_HINT.search(text):
        for pattern in _UNIT_FIRST:
            text = pattern.sub(r"\2 \1", text)
    if _GLUED.search(text):
        text = _GLUED.sub(lambda m: _glued_number(m, is_code), text)
    text = _on_screen(text, _GLUED_AFTER, lambda m: _glued_number(m, is_code))
    return text


# rec33: a plural noun right after the number words counts them ("got fifty one emails", "shows
# ninety six messages"): how many, no code, unless "code" or "error" announced it (a word
# ending in s that is no plural, "is", "says", "this", goes on as before)
# lead28: a tens said roughly ("sixty-something", "fifty odd", "fortyish"): a number not remembered, no code
_TENS_ROUGH_AFTER = re.compile(r"[\s-]*(?:something|somethin|odd|ish)(?![a-z])")
_COUNTED_AFTER = re.compile(r"\s+(?!(?:is|was|has|does|says|this|his|its|yes|as|us|always|thus|plus|minus|status|pos|bus|pls|plz|thanks|sorry)(?![a-z']))"
                            r"[a-z]{2,}s(?![a-z'])")
_CODE_NAMED = re.compile(r"(?<![a-z])(?:code|error|err)(?![a-z])")


_UNITS_PLACED = _NUMBER_PHRASES["units_placed"]
_EN_UNIT_PAIR_PLACED = re.compile(
    r"(?<![" + _LETTERS + r"])(?P<a>" + trie_pattern([w for w in _EN_UNITS if len(w) > 2]) + r")(?:\s*-\s*|\s+)(?P<b>"
    + trie_pattern([w for w in _EN_UNITS if len(w) > 2]) + r")(?=\s+(?:" + _either(_UNITS_PLACED["before"]) + r")\s+(?:"
    + _either(sorted(_UNITS_PLACED["places"], key=len, reverse=True)) + r")(?![a-z]))")


def _unit_pair_placed(m: re.Match, is_code) -> str:
    digits = _english_number([m.group("a"), m.group("b")])
    return digits if digits and len(digits) == 2 and is_code(digits) else m.group()


def english_numerals(text: str, is_code) -> str:
    """Number words announced as a code written as its digits, when that is a code (`is_code`):
    "the machine says fifty one" -> "the machine says 51", "code nought five" -> "code 05",
    "error fourten" -> "error 14", "says nobenta'y kwatro" -> "says 94"; then the number words of
    the library's languages the hand tables do not read (rec56: world_numerals)."""
    text = world_numerals(_hand_numerals(text, is_code), is_code)
    return long_code_words(text, is_code)


def _hand_numerals(text: str, is_code) -> str:
    """english_numerals by the hand tables of codes.py and knowledge/numbers/number_words.yaml."""
    text = glued_numerals(text, is_code)
    if (" on " in text or " at " in text or " in " in text) and _EN_UNIT_PAIR_PLACED.search(text):
        text = _EN_UNIT_PAIR_PLACED.sub(lambda m: _unit_pair_placed(m, is_code), text)  # rec48: "six-eight on the till"
    if "nt" in text and _IT_TENS_AND_UNIT.search(text):
        text = _IT_TENS_AND_UNIT.sub(lambda m: m.group(1) + ("i " if m.group(1) == "vent" else "a ")
                                     + {"tré": "tre", "sei": "six"}.get(m.group(2), m.group(2)), text)  # (rec52: sei
        # glued to its tens is Italian six, not the Cantonese four it is alone: novantasei 96; split
        # before the tens glued of every table are, which read it so)
    if _LATIN.search(text) and _TENS_GLUED.search(text):
        text = _TENS_GLUED.sub(r"\1 \2", text)
    if _LATIN.search(text) and _TENS_DIGIT.search(text):
        text = _TENS_DIGIT.sub(lambda m: m.group("tens") + " " + _UNIT_SAID[int(m.group("unit"))], text)
    if "and" in text and _EN_UNIT_AND_TENS.search(text):
        text = _EN_UNIT_AND_TENS.sub(r"\2 \1", text)  # rec60: "one-and-fifty" -> "fifty one"
    if "und" in text and (_DE_UNIT_AND_TENS.search(text)):
        text = _DE_UNIT_AND_TENS.sub(lambda m: m.group(2) + " " + {"ein": "eins"}.get(m.group(1), m.group(1)), text)
    if ("vingt" in text or "ven" in text or "vin" in text or "ant" in text or "ann" in text or "ente" in text) and (
            _FR_VIGESIMAL.search(text)):
        text = _FR_VIGESIMAL.sub(_vigesimal_said, text)
    if "score" in text and _EN_SCORES_SAID.search(text):
        text = _EN_SCORES_SAID.sub(_en_scores_said, text)  # dlg102: "threescore and eight" -> "sixty eight"
    if ("tsda" in text or "cda" in text) and _SCORES_SAID.search(text):
        text = _SCORES_SAID.sub(_scores_said, text)  # rec60: Georgian "ormotsdatertmeti" -> "fifty one"

    def convert(m: re.Match) -> str:
        uncounted = [z for z in _ZEROS_COUNTED.finditer(m.group("n")) if z.group(1) not in _EN_UNITS]
        said = _ZEROS_COUNTED.sub(lambda z: " zero" * _EN_UNITS[z.group(1)] if z.group(1) in _EN_UNITS else "",
                                  m.group("n"))
        words = [_EN_TYPOS.get(w, w) for w in re.split(_EN_JOIN, said.strip())]
        digits = _english_number(words)
        if uncounted and digits:
            # (dlg80: the zeros not counted: the fewest, two or more, that make a code)
            digits = next((digits + "0" * k for k in range(2, 7) if is_code(digits + "0" * k)), None)
            if digits:
                return m.group()[:m.start("n") - m.start()] + digits
        if digits and "thousand" in words and digits.startswith("00") and 5 <= len(digits) <= 8 and not is_code(digits):
            # rec60: a long code said as the number it looks like with its zeros miscounted by one
            # ("double zero two thousand": 00 and 2,000, the screen's 0020000 one zero short): the
            # one long code a zero more or fewer makes
            fits = {d for d in ({digits[:i] + digits[i + 1:] for i in range(2, len(digits)) if digits[i] == "0"}
                                | {digits + "0", digits[:-1]}) if is_code(d)}
            if len(fits) == 1:
                return m.group()[:m.start("n") - m.start()] + fits.pop()
        if len(words) > 3 and not (digits and len(digits) >= 5 and is_code(digits)):
            return m.group()  # four words or more: only a long code read digit by digit
        if _COUNTED_AFTER.match(m.string, m.end()) and not _CODE_NAMED.search(m.group()[:m.start("n") - m.start()]):
            return m.group()  # (rec33: "fifty one emails": counted)
        if _WORLD_MONEY_AFTER.match(m.string, m.end()) and not _CODE_NAMED.search(m.group()[:m.start("n") - m.start()]):
            return m.group()  # (rec56: "ekranda elli bir lira yazıyor": a sum, as world_numerals reads it)
        if digits and digits.endswith("0") and _TENS_ROUGH_AFTER.match(m.string, m.end()):
            return m.group()
        if digits and is_code(digits):
            return m.group()[:m.start("n") - m.start()] + digits
        if len(words) > 2 and said == m.group("n") and not (
                digits and all(w in _EN_UNITS for w in words) and digits != digits[:2] * (len(digits) // 2)):
            # (rec30: not a count-off of digits, "one two three", whose first two words are no
            # code; "ninety six go" is 96 and a word of another sense)
            # the number's first words, when the last is a word of another sense ("error five
            # one it keeps coming": Hokkien's one after a ten only, English "it" here)
            pieces = re.split(f"({_EN_JOIN})", said)
            for k in range(len(words) - 1, 1, -1):
                digits = _english_number(words[:k])
                if digits and is_code(digits):
                    start = m.start("n") - m.start()
                    return m.group()[:start] + digits + m.group()[start + len("".join(pieces[:2 * k - 1])):]
        return m.group()

    # (the teen after a word the screen says it with first, then two or three words, then a
    # lone word after "code" or "error": each pattern, where it finds nothing, costs one search)
    for pattern in (_EN_TEEN, _EN_NUMERAL, _EN_NUMERAL_AFTER, _EN_LONE):
        if pattern is _EN_NUMERAL_AFTER:
            text = _on_screen(text, pattern, convert)  # (rec30: "fifty-four on the screen")
        elif pattern.search(text):
            text = pattern.sub(convert, text)
    return text


# rec56: the number words of every language the libraries num2words and indic-num2words write
# (knowledge/world_numbers.py: 0..99 in ~50 languages, read backwards), beside the hand tables above, which read first and keep
# every number they read (a phrase the hand readers read is left out of the library's table: one
# source per number). Read as english_numerals reads: a phrase of up to five words, spaced, hyphened
# or glued ("doxsan altı", "femtio-ett", "ellibir"), or units said digit by digit ("beş bir"), only
# after a word announcing a code (_ANNOUNCE, the table's `announce` words) or before words placing it
# on the screen, and only when the number is a code; not before a count or a sum ("elli bir lira",
# "femtioett kronor"), nor when a bigger number goes on ("elli bir bin"). A short word of one
# language that is an everyday word of another ("on", "once", "hat", "sex", "to") reads only after
# "code" or "error", and never alone as a digit.
_WORLD_STOP = frozenset({
    "on", "once", "elf", "ti", "tien", "seize", "firs", "deg", "dez", "tio", "tiu", "atten", "ok", "to", "et", "en",
    "un", "um", "du", "ni", "ot", "opt", "sep", "set", "sex", "hat", "tam", "nam", "sau", "bay", "mot", "ba", "chin",
    "dim", "ida", "pat", "pet", "fire", "tolu", "sia", "rua", "sis", "ses", "nul", "null", "ena", "kirk", "atta",
    "atte", "elva", "egy", "nic", "nau", "niu", "nio", "dau", "hai", "bon", "uc", "doi", "dos", "tre", "tres",
    "tri", "sei", "six", "zero", "otto", "due", "sete", "sette", "ocho", "cinco", "nove", "trys", "doze", "dudek"})
_WORLD_BUILT: dict | None = None


def _hand_numerals_read(key: str) -> bool:
    """Whether the hand readers read the phrase as a number already ("code elli bir": 51)."""
    said = "code " + key
    return _hand_numerals(said, lambda digits: True) != said


def _build_world() -> dict:
    from knowledge.world_numbers import build_world_numbers, world_big_words

    every = build_world_numbers()
    # (a hand reader reads a number from its first word: only a phrase beginning with a word of the
    # hand tables is tried, or one word beginning with one, glued)
    hand_words = {*_EN_UNITS, *_EN_TEENS, *_EN_TENS, *_EN_TYPOS, *_TEN_WORDS, *_ONE_AFTER_TEN, *_UNIT_BEFORE_TEN,
                  *_DE_TENS, *(w for said in [*_FR_TENS, *_FR_AFTER] for w in re.split(r"[\s-]", said))}
    glued_start = re.compile("|".join([_GLUED_WORD.pattern, trie_pattern(list(_FR_TENS)), trie_pattern(list(_EN_TENS)),
                                       "vent|trent|quarant|cinquant|sessant|settant|ottant|novant",
                                       "ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"]))
    # (and a word of the hand tables is theirs: "satu", "six", "zero" alone, "satu lima" said digit by
    # digit, are left to them, as are the phrases all of whose words they list)
    table = {key: hit for key, hit in every.items()
             if not all(word in hand_words for word in key.split(" "))
             and not ((key.split(" ")[0] in hand_words or " " not in key and glued_start.match(key))
                      and _hand_numerals_read(key))}
    # (a hundred's and a thousand's words that are no word of 0..99: "iki yüz" is 200, iki is 2)
    big = world_big_words() - {word for key in every for word in key.split(" ")}
    first = {key.split(" ")[0] for key in table}
    marks = sorted({ch for key in table for ch in key if not (ch.isalnum() or ch in " '")})
    thai = sorted(key.replace(" ", "") for key, (value, _) in table.items() if "\u0e00" <= key[0] <= "\u0e7f" and value >= 10)
    return {"table": table, "first": first, "marks": "".join(marks), "thai": thai, "big": big}


def _world() -> dict:
    global _WORLD_BUILT
    if _WORLD_BUILT is None:
        from knowledge.cache import cached

        here = Path(__file__).parent
        _WORLD_BUILT = cached("world-numbers", _build_world,
                              (Path(__file__), here / "world_numbers.py", here / "text.py", here / "numbers"),
                              ("num2words", "num_to_words"))
        # (a word: letters, the vowel signs of Indic scripts, an apostrophe inside: п'ятдесят)
        _WORLD_BUILT["token"] = re.compile(r"[^\W\d_][\w" + re.escape(_WORLD_BUILT["marks"]) + r"']*")
        _WORLD_BUILT["thai_number"] = re.compile(
            r"(?:" + _WORLD_THAI_ANNOUNCE + r")\s*(?:ว่า|เป็น|คือ)?\s*(?P<n>" + trie_pattern(_WORLD_BUILT["thai"]) + ")"
            r"(?!\s*(?:บาท|ร้อย|พัน|หมื่น|แสน|ล้าน|ครั้ง|ชิ้น|คน|ใบ|รายการ|นาที|วัน|%|\d))")
    return _WORLD_BUILT


_THAI = re.compile("[\u0e00-\u0e7f]")
_WORLD_THAI_ANNOUNCE = "รหัส|โค้ด|โค๊ด|ขึ้นว่า|ขึ้น|แสดง|เออเร่อ|เออเรอ|error|code"
# (the words after the number that place it on the screen in the languages of the table: Turkish
# "doksan altı yazıyor", Azerbaijani "yazır", Amharic "ይላል", Bengali "দেখাচ্ছে", Kannada "ಅಂತ" ...)
_WORLD_SAID_AFTER = re.compile(
    r"\s*(?:diyor|yazıyor|yaziyor|çıkıyor|cikiyor|gösteriyor|gosteriyor|yazır|yazir|göstərir|gosterir|çıxır|cixir|"
    r"ይላል|ያሳያል|ብሎ|দেখাচ্ছে|দেখায়|লেখা|আসছে|ಅಂತ|ಎಂದು|తోరిస్తోంది|అని|చూపిస్తోంది|נכתב|כתוב|نوشته|میده|میاد|"
    r"står|visar|viser|står det|sagt|"
    # (Hindi, Marathi, Nepali, Gujarati, Punjabi, Tamil: "... लिखा है", "... आ रहा है", "... காட்டுகிறது")
    r"लिखा|लिख रहा|दिखा रहा|दिखाता|आ रहा|आ रही|आता|येत|लिहिले|લખ્યું|લખે|આવે|ਲਿਖਿਆ|ਆ ਰਿਹਾ|காட்டுகிறது|வருகிறது|என்று)(?![^\W\d_])")
_WORLD_STRONG = re.compile(
    r"(?<![^\W\d_])(?:code|error|err|kod|kodu|koden|kode|koodi|kodas|kods|kóði|kodi|cod|codi|codul|kód|kodo|"
    r"feil|fejl|fel|felkod|feilkode|fejlkode|hata|hatası|xəta|xeta|klaida|gwall|villa|eraro|virhe|"
    r"קוד|שגיאה|کد|خطا|ارور|كود|رمز|خطأ|ኮድ|ስህተት|কোড|এরর|ಕೋಡ್|ದೋಷ|ಎರರ್|కోడ్|ఎర్రర్|код|хато|"
    r"कोड|एरर|त्रुटि|કોડ|એરર|ਕੋਡ|ਐਰਰ|கோட்|குறியீடு|பிழை|കോഡ്|എറർ|କୋଡ୍)"
    r"(?:\s+(?:är|er|ist|is|was|es|est|je|on|olan|det|sier|säger))?\s*(?:[:=：,-]\s*)?$")
# (a sum or a count: the number before money or a counted thing in those languages, or before a digit)
_WORLD_UNIT_AFTER = re.compile(
    r"[\s-]*(?:%|\d|[.,]\d|(?:lira|tl|manat|azn|kr|kronor|kroner|krone|sek|nok|dkk|euro|eur|evro|dollars?|usd|"
    r"birr|ብር|taka|টাকা|rupees?|rs|₹|ರೂ|ರೂಪಾಯಿ|రూపాయలు|रुपये|रुपए|रुपया|रु|रुपयांचे|રૂપિયા|ਰੁਪਏ|ரூபாய்|രൂപ|baht|บาท|ريال|تومان|درهم|جنيه|دينار|شيكل|ש\"ח|שקל|₪|"
    r"somoni|сомонӣ|litų|eurų|lei|zł|złotych|forint|ft|dinara|kuna|"
    r"adet|tane|dona|ədəd|stk|st|stycken|styk|times|pieces|items|minutes?|mins?|seconds?|hours?|days?|"
    r"dakika|saniye|saat|gün|gun|minutter|minuter|dagar|dage|ቀን|ደቂቃ|দিন|মিনিট|ದಿನ|ನಿಮಿಷ|రోజులు|నిమిషాలు|"
    r"דקות|ימים|דקה|دقیقه|روز|دقيقة|يوم|years?|yıl|yil|ár|år)(?![^\W\d_]))")
_WORLD_ANNOUNCED: list[re.Pattern] = []  # (compiled at the first number found: 25 ms a start saved)
# (the money and count words of those languages, no digit after: for the hand readers too, whose
# announcing words rec56 adds ekranda, viser, כתוב ... to)
_WORLD_MONEY_AFTER = re.compile(_WORLD_UNIT_AFTER.pattern.replace(r"(?:%|\d|[.,]\d|", "(?:", 1))


def _world_said(text: str, start: int, end: int, strong_only: bool) -> bool:
    """Whether the number at text[start:end] is announced as a code (before, or placed on the
    screen after) and not a count or a sum."""
    before = text[max(0, start - 70):start]
    strong = _WORLD_STRONG.search(before) is not None
    if strong_only and not strong:
        return False
    if not strong and not _WORLD_ANNOUNCED:
        _WORLD_ANNOUNCED.append(re.compile("(?:" + _ANNOUNCE + r")$"))
    if not strong and not (_WORLD_ANNOUNCED[0].search(before) or _ON_SCREEN.match(text, end)
                           or _WORLD_SAID_AFTER.match(text, end)):
        return False
    if _WORLD_UNIT_AFTER.match(text, end):
        return False
    return strong or not _COUNTED_AFTER.match(text, end)


def world_numerals(text: str, is_code) -> str:
    """"the machine says penkiasdešimt vienas" -> "the machine says 51", "kodu əlli bir" -> "kodu
    51", "ekran: doxsan altı" -> "ekran: 96", "koden är femtioett" -> 51, "ಕೋಡ್ ಐವತ್ತೊಂದು" -> 51:
    the number words of the library's languages, announced as a code, when that is a code."""
    world = _world()
    table, first = world["table"], world["first"]
    if _THAI.search(text):
        text = world["thai_number"].sub(
            lambda m: m.group()[:m.start("n") - m.start()] + str(table[m.group("n")][0])
            if is_code(str(table[m.group("n")][0])) else m.group(), text)
    if first.isdisjoint(world["token"].findall(text)):
        return text  # (most messages: no word a number of the table begins with)
    tokens = [(m.start(), m.end(), m.group()) for m in world["token"].finditer(text)]
    joined = [i + 1 < len(tokens) and re.fullmatch(r"[\s-]+", text[tokens[i][1]:tokens[i + 1][0]]) is not None
              for i in range(len(tokens))]
    pieces, last, i = [], 0, 0
    while i < len(tokens):
        if tokens[i][2] not in first:
            i += 1
            continue
        run = 1
        while run < 5 and joined[i + run - 1]:
            run += 1
        hit = None
        for k in range(run, 0, -1):
            words = [w for _, _, w in tokens[i:i + k]]
            for key in (" ".join(words), "".join(words)):
                if key in table:
                    hit = (k, table[key])
                    break
            if hit:
                break
        if not hit:
            i += 1
            continue
        k, (value, languages) = hit
        if value < 10:
            # digit by digit: units of one language ("beş bir", "sıfır beş"), two or more
            digits, common, j = str(value), set(languages), i + k
            while j < len(tokens) and len(digits) < 7 and joined[j - 1]:
                unit = table.get(tokens[j][2])
                if not unit or unit[0] >= 10 or not common & set(unit[1]):
                    break
                digits, common, j = digits + str(unit[0]), common & set(unit[1]), j + 1
            # (begun by a word of no other sense; and whole: "nulis nulis du and then ..." is no 00,
            # nor a run going on in a number word of another language)
            if len(digits) < 2 or tokens[i][2] in _WORLD_STOP or j < len(tokens) and joined[j - 1] and (
                    tokens[j][2] in table or tokens[j][2] in _EN_UNITS):
                i += 1
                continue
            k = j - i
        else:
            digits = str(value)
        start, end = tokens[i][0], tokens[i + k - 1][1]
        key = text[start:end]
        # (a short word, and a tens alone, "trente", "doxsan", are read after "code" or "error" only,
        # as the hand tables read theirs: a sum or a count as often as a code)
        short = k == 1 and (len(key) < 6 and key.isascii() or key in _WORLD_STOP) or value % 10 == 0 and value > 0
        if key in _WORLD_STOP and k == 1:
            i += 1
            continue
        bigger = i + k < len(tokens) and joined[i + k - 1] and tokens[i + k][2] in world["big"]
        if not bigger and is_code(digits) and _world_said(text, start, end, short):
            pieces += [text[last:start], digits]
            last, i = end, i + k
            continue
        i += 1
    return "".join(pieces) + text[last:] if pieces else text


# dlg36: a code's zero described by its shape ("一个圈圈跟个5", "一个圆圈加个1", "a circle and a
# 5"): a merchant who does not know the digit says what it looks like. A circle with a digit
# joined after it (跟, 和, 加, 后面, and, then, with ...) is 0 and the digit; a spinner turning
# (转圈圈 5分钟) is no circle shown, and a digit with a unit after it stays what it counts.
_SHAPE_ZERO_ZH = re.compile(
    r"(?<![转轉绕繞画畫打兜])(?:一个|一個|个|個)?(?:圆|圓)?(?:圈圈|圈儿|圈兒|圈)\s*"
    r"(?:(?:后面|後面|后边|後邊|后头|然后|然後)\s*(?:跟|接|加|带|帶|是|有)?|跟|和|加|接|带|帶|同埋|同|再加|还有|還有)\s*"
    r"(?:着|著|上|了)?\s*(?:一个|一個|个|個)?\s*([0-9])(?![0-9.:])")
# rec60: ... or the circle and the digit each counted, one after the other, the digit typed as a digit
# or a Chinese numeral ("屏上一个圈一个六", "看着像一个圈一个9"): a numeral that begins a word
# (一个三角, 一个六边形) or counts something (一个六块) is no digit
_SHAPE_ZERO_COUNTED = re.compile(
    r"(?<![转轉绕繞画畫打兜])(?:一个|一個)(?:圆|圓)?(?:圈圈|圈儿|圈兒|圈)\s*[,，、]?\s*(?:一个|一個)\s*"
    r"([0-9一二三四五六七八九])(?![0-9.:一二三四五六七八九十百千万])"
    r"(?![^\s,，。!！?？啊吧呢吗嘛了的呀哦喔])")
_SHAPE_ZERO_EN = re.compile(
    r"(?<![a-z])(?:(?:a|an|one)\s+)?(?:little\s+|small\s+|round\s+)?(?:circle|ring|round thing)\s+"
    r"(?:and|then|with|followed by|next to|before)\s+(?:(?:a|an|one)\s+)?([0-9])(?![0-9.:])")
_SHAPE_HINT = re.compile("圈|circle|ring|round thing")
# rec33: ... and zeros placed before or after a digit or a code's letter ("A后面跟个零": A0; "一个三
# 前面带个零": 03; "一个2 前面俩圈 后面四个圈": 0020000): the merchant spells the code by where its
# zeros stand. Counted: 个 one, 俩 / 两个 two ... ; a 零 that begins a word (零件, 零钱) is no zero.
_ZERO_PLACE = (r"\s*[,，、]?\s*(前面|前边|前頭|前头|後面|后面|后边|後邊|后头|後頭)(?:还|還)?(?:跟|带|帶|接|是|有|加)?(?:着|著|了)?\s*"
               r"(一个|一個|个|個|俩|倆|两个|兩個|二个|三个|四个|五个|[1-5]个)?\s*(?:零(?![件钱錢售星碎散头頭工食花用])|〇|圈圈|圈|0)")
_ZEROS_PLACED = re.compile(r"(?:一个|一個|个|個)?(?<![0-9a-z])([0-9a-z一二三四五六七八九])(?![0-9a-z])"
                           r"((?:" + _ZERO_PLACE + r"){1,2})")
_ZERO_PLACE_ONE = re.compile(_ZERO_PLACE)
_ZEROS_OF = {"俩": 2, "倆": 2, "两个": 2, "兩個": 2, "二个": 2, "三个": 3, "四个": 4, "五个": 5, "2个": 2, "3个": 3,
             "4个": 4, "5个": 5}
_ZEROS_PLACED_HINT = re.compile("[前后後][面边邊头頭]")
# dlg56: a letter or a digit, then one circle, each counted ("一个A一个圈", "a后面一个圈圈", "an A and
# a circle"): the circle is its zero (A0, 90), when that is a code; a count of circles ("5个圈")
# or a digit after the circle is not
_CIRCLE_AFTER_ZH = re.compile(
    r"(?:一个|一個|个|個)?\s*(?<![0-9a-z])([0-9a-z])(?![0-9a-z])\s*[,，、]?\s*"
    r"(?:(?:后面|後面|后边|後邊|后头|後頭)\s*)?(?:跟|和|加|带|帶|同|接|再|还有|還有|是)?\s*(?:着|著|上|了)?\s*"
    r"(?:一个|一個|个|個)\s*(?:圆|圓)?(?:圈圈|圈儿|圈兒|圈)(?!\s*[0-9])")
_CIRCLE_AFTER_EN = re.compile(
    r"(?<![a-z0-9])(?:(?:an?|the letter|letter)\s+)?([a-z0-9])(?![a-z0-9])\s+(?:and|with|then|followed by|next to)\s+"
    r"(?:a|an|one)\s+(?:little\s+|small\s+|round\s+)?(?:circle|ring|round thing)(?!\s*(?:and|then)?\s*[0-9])(?!\s+(?:round|around)\b)")


# rec60: a code whose look-alike letters the merchant doubts out loud ("写着 OZ 分不清是字母O还是零
# 后面那个像Z又像2", "屏上写 S4 那个S是不是5啊", "显示 OS 字母O字母S", "it shows SO, the S or a 5?"):
# the letter compared with a digit, or named as a letter in a message about the screen or a code, is
# the digit it resembles (the one the merchant names, or the display's); a short token of such
# letters (and digits) then reads as the code it spells, when it is one. An unannounced look-alike
# stays a word ("iOS", "OK", "S9 phone") when nobody doubts its letters.
_LOOKALIKE_DIGIT = {"o": "0", "s": "5", "z": "2", "b": "8", "i": "1", "l": "1", "g": "9", "q": "9"}
_DOUBT_HINT = re.compile(r"字母|像|是不是|还是|分不清|(?<![a-z])(?:letter|looks? like|or an?|or the|could be|might be)(?![a-z])")
_DOUBT_ZH_DIGIT = r"(?:个|数字|数)?\s*([0-9]|零|〇|圈|[一二三五六八九])"
_DOUBTED = re.compile(
    # the letter, then the digit it may be ("S是不是5", "O还是零", "那个Z像2")
    r"(?<![a-z])([oszbilgq])(?![a-z])\s*(?:到底)?(?:是不是|还是|像是|好像|又像|像|应该是|其实是|or an?|or|could be|might be|looks? like)\s*"
    + _DOUBT_ZH_DIGIT + r"(?![0-9])"
    # ... or the other way round ("像Z又像2", "5还是S")
    r"|像\s*([oszbilgq])(?![a-z])\s*又像\s*" + _DOUBT_ZH_DIGIT +
    r"|(?<![0-9])([0-9]|零)\s*(?:还是|或者|or)\s*(?:字母)?\s*([oszbilgq])(?![a-z])")
_LETTER_NAMED = re.compile(r"字母\s*([oszbilgq])(?![a-z])|(?<![a-z])(?:the )?letter\s+([oszbilgq])(?![a-z])")
_LOOKALIKE_TOKEN = re.compile(r"(?<![a-z0-9])([0-9oszbilgq]{2,3})(?![a-z0-9])")
_DOUBT_DIGIT_OF = {"零": "0", "〇": "0", "圈": "0", **{ch: str(n) for ch, n in _CN_DIGITS.items() if ch in "一二三五六八九"}}


def doubted_lookalikes(text: str, is_code) -> str:
    """A short token whose look-alike letters the merchant doubts, as the code it spells ("OZ" with
    "像Z又像2": 02), when it is one; else the text as it was."""
    if not _DOUBT_HINT.search(text):
        return text
    doubted: dict[str, str] = {}
    for m in _DOUBTED.finditer(text):
        letter = m.group(1) or m.group(3) or m.group(6)
        digit = m.group(2) or m.group(4) or m.group(5)
        digit = _DOUBT_DIGIT_OF.get(digit, digit)
        if digit.isdigit():
            doubted[letter] = digit
    if _DESCRIBED_HINT.search(text):
        for m in _LETTER_NAMED.finditer(text):
            letter = m.group(1) or m.group(2)
            doubted.setdefault(letter, _LOOKALIKE_DIGIT[letter])
    if not doubted:
        return text

    def read(m: re.Match) -> str:
        token = m.group(1)
        letters = {ch for ch in token if ch.isalpha()}
        if not letters or not letters & doubted.keys() or not letters <= doubted.keys() | {"o"}:
            return token
        digits = "".join(doubted.get(ch, _LOOKALIKE_DIGIT.get(ch, ch)) for ch in token)
        return " " + digits + " " if is_code(digits) else token
    return _LOOKALIKE_TOKEN.sub(read, text)


def shape_numerals(text: str, is_code) -> str:
    """A zero described as a circle before a digit ("一个圈圈跟个5" -> 05, "a circle and a 5"
    -> 05), when that is a code (`is_code`) and no unit follows the digit (a count: "转圈 跟5分钟");
    zeros placed before or after a digit or a letter ("A后面跟个零" -> A0, rec33)."""
    if _ZEROS_PLACED_HINT.search(text):
        text = _ZEROS_PLACED.sub(lambda m: _zeros_placed(m, is_code), text)
    if not _SHAPE_HINT.search(text):
        return text

    def convert(m: re.Match) -> str:
        digits = "0" + m.group(1)
        after = text[m.end():m.end() + 12]
        if not is_code(digits) or _UNIT_AFTER.match(after.lstrip()) or re.match(
                r"\s*(?:" + _LATIN_UNITS + r")(?![a-z])", after):
            return m.group()
        return " " + digits
    text = _SHAPE_ZERO_ZH.sub(convert, text)
    text = _SHAPE_ZERO_EN.sub(convert, text)
    if "一个" in text or "一個" in text:
        text = _SHAPE_ZERO_COUNTED.sub(
            lambda m: " " + d + " " if is_code(d := "0" + str(_CN_DIGITS.get(m.group(1), m.group(1)))) else m.group(), text)

    def circle_after(m: re.Match) -> str:
        digits = m.group(1) + "0"
        return " " + digits + " " if is_code(digits) else m.group()
    text = _CIRCLE_AFTER_ZH.sub(circle_after, text)
    return _CIRCLE_AFTER_EN.sub(circle_after, text)


def _zeros_placed(m: re.Match, is_code) -> str:
    """"A后面跟个零" -> " A0 ", "一个2 前面俩圈 后面四个圈" -> " 0020000 ": the zeros counted where
    they are said to stand, when that makes a code (a digit alone needs a zero before it or
    several after: "5后面跟个零" is fifty, no code)."""
    core = str(_CN_DIGITS.get(m.group(1), m.group(1)))
    before = after = 0
    for place in _ZERO_PLACE_ONE.finditer(m.group(2)):
        count = _ZEROS_OF.get(place.group(2) or "", 1)
        if place.group(1)[0] == "前":
            before += count
        else:
            after += count
    digits = "0" * before + core + "0" * after
    if not is_code(digits) or core.isdigit() and not before and after < 2:
        return m.group()
    return " " + digits + " "


# rec31: a code described digit by digit with its order ("两位数 一个九一个二 九在前头", "前面是5
# 后面是1", "first digit is 9, the second is 6"), by a merchant who reads the digits but not the
# number: the two digits in the order said, where the message speaks of a code or the screen
# (rec39: or of the code's two numbers, "两个数 第一个是9", and of their places, 十位 / 个位)
_DESCRIBED_HINT = re.compile(r"码|错|显示|提示|屏|数字|位数|报|两个数|俩数|十位|个位|写着|(?<![a-z])(?:code|error|digit|screen)")
_DIGIT_CHARS = "0-9零〇一二三四五六七八九幺两"
_DIGIT_OF = {**{str(i): str(i) for i in range(10)},
             **{ch: str(n) for ch, n in _CN_DIGITS.items() if ch in _DIGIT_CHARS}}
_ONE_DIGIT = r"([" + _DIGIT_CHARS + r"])(?![" + _DIGIT_CHARS + r"十百千万个块元点号次])"
_FIRST_THEN = re.compile(
    # (rec35: 前一位 ... 后一位, the one before and the one after)
    # (rec59: 头一位, 打头, 开头: "头一位是0 后一位是6", "打头是1后面是2")
    r"(?:前面|前头|前边|第一个|第一位|头一个|头一位|打头|开头|左边|前一位|前一个)的?(?:数字|数)?(?:是|系|为)?(?:一个|个)?\s*" + _ONE_DIGIT +
    # (rec37: the second followed on, "后面跟个5", "后头接着一个1")
    r"[\s,，、]*(?:然后)?(?:后面|后头|后边|第二个|第二位|右边|后一位|后一个)的?(?:数字|数)?(?:是|系|为)?"
    r"(?:跟|接|带|再)?(?:着|了|上)?(?:一个|个)?\s*" + _ONE_DIGIT)
# rec60: ... or by which came first and which after ("先五后八", "先是9 后是6", "先一个0后一个5"), a
# message that tells a code's two digits by their order without a word for the screen: the two
# digits in that order, when they are a code (not a sum or a time: "先5块后8块", "先5点后8点")
_FIRST_THEN_BARE = re.compile(
    r"(?<![首早优預预事原])先(?:是|系|出|出来|显示|跳)?(?:一个|个)?\s*" + _ONE_DIGIT +
    r"[\s,，、]*(?:然后|再)?\s*(?:后|後)(?:面|头|頭|边|邊)?(?:是|系|出|跟|跳)?(?:一个|个)?\s*" + _ONE_DIGIT
    + r"(?!\s*(?:的|块|元|蚊|个|号|號|次|人|张|台|笔|位|分|点|点钟|秒|天|年|月|日|折|下(?![面边邊头頭])))")
# rec39: ... or by their places, the tens and the units ("十位是6 个位是4", "个位4 十位6", "tens
# digit is 6, units digit 4"): the tens digit first, whichever was said first
# (the words: knowledge/numbers/number_phrases.yaml, digit_places)
_PLACE = (r"(?:" + _either(_DIGIT_PLACES["zh_place"]) + r")?的?(?:" + _either(_DIGIT_PLACES["zh_number"]) + r")?\s*(?:"
          + _either(_DIGIT_PLACES["zh_is"]) + r")?\s*(?:一个|个)?\s*")
_ZH_TENS, _ZH_UNITS = (r"(?:" + _either(_DIGIT_PLACES[part]) + r")" for part in ("zh_tens", "zh_units"))
_TENS_UNITS = re.compile(r"(?<![一二三四五六七八九\d])" + _ZH_TENS + _PLACE + _ONE_DIGIT + r"[\s,，、;；]*(?:然后|再)?\s*"
                         + _ZH_UNITS + _PLACE + _ONE_DIGIT)
_UNITS_TENS = re.compile(r"(?<![一二三四五六七八九\d])" + _ZH_UNITS + _PLACE + _ONE_DIGIT + r"[\s,，、;；]*(?:然后|再)?\s*"
                         + _ZH_TENS + _PLACE + _ONE_DIGIT)
_EN_PLACE = (r"\s*(?:" + _either(_DIGIT_PLACES["en_place"]) + r")?\s*(?:" + _either(_DIGIT_PLACES["en_is"])
             + r")?\s*(?:a\s+)?")
_EN_TENS_UNITS = re.compile(r"(?<![a-z])(?:" + _either(_DIGIT_PLACES["en_tens"]) + r")" + _EN_PLACE
                            + r"(\d)(?![\d.])[\s,;]*(?:and\s+|then\s+)?(?:the\s+)?(?:" + _either(_DIGIT_PLACES["en_units"])
                            + r")" + _EN_PLACE + r"(\d)(?![\d.])")
# rec39: ... or the two said one after the other, each counted ("屏幕上一个5和1", "显示一个9一个6",
# "码是一个5跟一个4"): in the order said
_PAIR_SAID = re.compile(r"(屏幕上|屏幕里|屏上|显示|提示|码|报错|报了|出了|写着|打的)(?:的|了|着)?\s*(?:是|就是|为)?\s*一个\s*"
                        + _ONE_DIGIT + r"\s*(?:(?:和|跟|加|还有|同)\s*(?:一个|个)?|一个)\s*" + _ONE_DIGIT
                        + r"(?![\s,，]*(?:在|排)?(?:前头|前面|前边|在前|打头|开头))(?!\s*(?:的|块|元|个|号|次))")
# rec48: ... or, written as digits, opening a clause with no word showing them ("一个0一个1 然后叫客人
#找银行", "一个5 一个1 刷不过"): the digits in the order said
_PAIR_BARE = re.compile(r"(?:^|(?<=[\s,，。:：]))一个\s*([0-9])\s*(?:[,，、]|和|跟|加|还有|同|然后)?\s*一个\s*([0-9])(?![0-9.])"
                        r"(?!\s*(?:的|块|元|个|號|号|次|人|张|台|笔|位|分|点))")
# rec62: two digits in Chinese, bare or one of each, then said to be the screen's two numbers
# ("七七 屏幕就这俩数", "一个零一个九 就这两个数"): a count of two numbers says they are the code's
# digits (a count of things, "七七 两个人", has no 数 after it; digits typed as digits are
# _DIGITS_NAMED's, which keeps the count's words)
_CN_PAIR_NAMED = re.compile(
    r"(?:(?<![" + _DIGIT_CHARS + r"十百千万个])([零〇二三四五六七八九幺])\s?([零〇一二三四五六七八九幺])"
    r"|一个\s*([零〇一二三四五六七八九幺])\s*[,，、]?\s*一个\s*([零〇一二三四五六七八九幺]))"
    r"\s*[,，]?\s*(?:屏幕上?|机器上?|上面)?(?:就|只有|只|一共|总共)?这?(?:俩|两个)(?:数字?|号码)")
# rec40: ... or the two joined by a word right after the word showing them ("码是9跟6", "个码系5同1",
# "it says 5 then 1", "code is 9 followed by 6"; the words: knowledge/numbers/number_phrases.yaml)
_ZH_PAIR_JOINED = re.compile(
    r"(" + _either(_PAIR_JOINED["zh_said"]) + r")(?:的|了|着)?\s*(?:" + _either(_PAIR_JOINED["zh_is"]) + r")?\s*"
    r"([0-9])\s*(?:" + _either(_PAIR_JOINED["zh_joins"]) + r")\s*([0-9])(?![0-9.:/%])"
    # (rec59: a counter only right after the digit - "5同1个人"; "5同1 个客话..." is a new clause's 个)
    r"(?!(?:个|個))(?!\s*(?:的|块|元|蚊|号|號|次|点|分|岁|天|年|月|日|张|台|笔|下|遍|位|那|假|节|放假|长假|期间|前后))")
_EN_PAIR_JOINED = re.compile(
    r"(?<![a-z])(" + _either(_PAIR_JOINED["en_said"]) + r")(?:\s+(?:" + _either(_PAIR_JOINED["en_is"]) + r"))?\s*[:=]?\s*"
    r"([0-9])\s*(?:" + _either(_PAIR_JOINED["en_joins"]) + r")\s*([0-9])(?![0-9.:/%])"
    r"(?!\s*(?:" + _LATIN_UNITS + r")(?![a-z]))")
_PAIR_JOINED_HINT = re.compile(r"[0-9]\s*(?:" + _either(_PAIR_JOINED["zh_joins"]) + r"|" + _either(_PAIR_JOINED["en_joins"])
                               + r")\s*[0-9]")
# rec59: ... or one digit, then what follows it ("一个零后面跟个5", "一个9后头接着一个6"): in the order said
_ONE_THEN_ANOTHER = re.compile(r"(?<![一二三四五六七八九十\d])一个\s*" + _ONE_DIGIT + r"\s*(?:后面|后头|后边)(?:是|跟|接|带|再)(?:着|了|上)?(?:一个|个)?\s*"
                               + _ONE_DIGIT + r"(?!\s*(?:的|块|元|个|号|次|人|张|台|笔|位|分|点))")
# rec59: ... or one of each said right after the card swiped or the terminal answered with them ("刷出来一个5
# 一个9", "回了个一个五一个一", "弹出来一个0一个6"): the showing word itself says they are the screen's
_PAIR_SHOWN = re.compile(r"(刷出来|弹出来|跳出来|蹦出来|回了个|回了|出来个|报了个)\s*一个\s*([" + _DIGIT_CHARS + r"])\s*"
                         r"(?:和|跟|同|加|还有|[,，、])?\s*一个\s*([" + _DIGIT_CHARS + r"])"
                         r"(?![" + _DIGIT_CHARS + r"十百千万个块元点号次])(?!\s*(?:的|块|元|个|号|次|人|张|台|笔|位|分|点))")
_PAIR_ORDERED = re.compile(
    r"一个([" + _DIGIT_CHARS + r"])[\s,，、]*(?:和|跟|加)?一个([" + _DIGIT_CHARS + r"])[\s,，、]*([" + _DIGIT_CHARS + r"])"
    r"(?:在|排)?(?:前头|前面|前边|在前|打头|开头)")
_EN_FIRST_THEN = re.compile(
    r"(?<![a-z])first (?:digit|number|one) (?:is |was )?(?:a )?(\d)(?![\d.])[\s,;]*(?:and |then )?(?:the )?"
    r"second (?:digit|number|one)? ?(?:is |was )?(?:a )?(\d)(?![\d.])")


# rec35: a code's letter named as a letter, then its digit added ("字母A加个零": A0), when that is
# a code and the digit ends the word ("字母A加个零食" is a snack)
_LETTER_PLUS_DIGIT = re.compile(r"字母([a-z])\s*(?:加|跟|后面跟|后面加|再加|带)?\s*(?:一个|个)?\s*([" + _DIGIT_CHARS + r"])"
                                r"(?![" + _DIGIT_CHARS + r"十百千万a-z\u4e00-\u9fff])")
# rec59: ... or a code's letter as its head, then its digit ("A字头跟住个3", "出了个A字头 后面跟个3": A3)
_LETTER_HEAD_DIGIT = re.compile(r"(?<![a-z])([a-z])\s*字头\s*(?:的)?\s*(?:跟住|跟着|后面跟|后面是|后面|加|带|接着)\s*(?:一个|个)?\s*"
                                r"([" + _DIGIT_CHARS + r"])(?![" + _DIGIT_CHARS + r"十百千万a-z])")


# rec37: a code told as a riddle, a round number and how much it falls short ("六十差一的数": 59,
# "七十少一", "one short of sixty", "one less than a hundred"): the number it makes, where the
# message speaks of a code or the screen; not a time or a count short ("十点差一刻", "差一分钟"),
# and not a sum asked (减, minus: "一百减四等于几" is a child's homework)
_SHORT_OF_ZH = re.compile(r"(?<![零〇一二三四五六七八九十百千万两\d])(比\s*)?([二三四五六七八九]十|一百|百|[2-9]0|100)\s*(?:还)?(差|少|减|减去|多)\s*"
                          r"([一二两三四五六七八九1-9])(?!\s*(?:分钟|分鐘|刻|点|點|秒|小时|天|个月|岁|歲|块|塊|元|毛|角|步|口|下|次|点儿|倍))"
                          r"(?![零〇一二三四五六七八九十百千万\d])(?!\s*(?:等于|得|是|=|＝)\s*(?:几|多少|啥|什么|\?|？))")
_SHORT_OF_EN = re.compile(r"(?<![a-z])(one|two|three|1|2|3)\s+(?:short\s+of|less\s+than|under|below|off)\s+(?:a\s+)?"
                          r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[2-9]0|100)(?![a-z\d])"
                          r"(?!\s*(?:minutes?|mins?|hours?|days?|dollars?|bucks|percent|%|degrees?|years?|people|customers?))")
_SHORT_BY = {**{ch: n for ch, n in _CN_DIGITS.items() if ch in "一二两三四五六七八九"}, **{str(n): n for n in range(1, 10)},
             "one": 1, "two": 2, "three": 3}


def _short_of(m: re.Match, is_code) -> str:
    if m.re is _SHORT_OF_ZH:
        # (the tens, then 差 / 少 / 减 and what it falls short by; or 比 the tens 多 one: "比五十多一")
        said, by, sign = m.group(2), m.group(4), -1 if m.group(3) != "多" else 1
        if (sign > 0) != bool(m.group(1)) or m.group(3) in ("减", "减去") and _SHORT_BY[by] > 3 and said not in ("一百", "百", "100"):
            return m.group()  # (五十多一 alone is fifty-some; 减 a small amount from a round ten or a hundred)
    else:
        said, by, sign = m.group(2), m.group(1), -1
    if said in ("一百", "百", "100", "hundred"):
        whole = 100
    elif said.isdigit():
        whole = int(said)
    elif said in _EN_TENS:
        whole = _EN_TENS[said] * 10
    else:
        whole = _CN_DIGITS[said[0]] * 10
    digits = str(whole + sign * _SHORT_BY[by])
    return (m.group(1) or "") + " " + digits + " " if is_code(digits) else m.group()


# dlg80: a code's two digits named one by one and joined, after the word for digits or numbers
# ("digit 9 and 2", "the digits are 5 and 1", "numbers 9 & 6", "two numbers, 6 then 8") or said
# as a digit each after a word the screen shows it with ("it shows a 9 and a 2"), as a merchant
# glosses a code first written in their own language; only when the two make a code
_EN_DIGIT_WORD = r"(\d|" + _UNIT_WORD + ")"
_DIGITS_JOINED_EN = re.compile(
    r"(?<![a-z])(?:(?:the\s+|two\s+)?(?:digits?|numbers?|figures?|nos?\.?)(?:\s+(?:are|is|was|were|r))?\s*[:,]?"
    r"|(?:shows?|showing|showed|says?|saying|said|displays?|got)\s+a)"
    r"\s*" + _EN_DIGIT_WORD + r"(?![\d.,]\d)\s*(?:,?\s*(?:and|n|&|then|followed by|plus)\s+(?:(?:then|a|an)\s+)?|,\s*|/\s*)"
    + _EN_DIGIT_WORD + r"(?![\d.,]?\d)(?!\s*(?:digits?|numbers?|figures?|times?|cards?|customers?|people|days?|"
    r"hours?|minutes?|mins?|weeks?|months?|years?|%|dollars?|pounds?|euros?))")


def _digits_joined_en(text: str, is_code) -> str:
    """dlg80: "digit 9 and 2" -> "digit 92", when the two digits make a code (`is_code`)."""
    def joined(m: re.Match) -> str:
        digits = "".join(d if d.isdigit() else str(_EN_UNITS[d]) for d in (m.group(1), m.group(2)))
        if not is_code(digits):
            return m.group()
        return m.group()[:m.start(1) - m.start()] + digits
    return _DIGITS_JOINED_EN.sub(joined, text)


def described_digits(text: str, is_code) -> str:
    """"一个九一个二 九在前头" -> " 92 ", "前面是5 后面是1" -> " 51 ": the digits in the order said,
    when they make a code (`is_code`) and the message speaks of a code or the screen."""
    if _LATIN.search(text) and _DIGITS_JOINED_EN.search(text):
        text = _digits_joined_en(text, is_code)
    if "字母" in text and _LETTER_PLUS_DIGIT.search(text):
        text = _LETTER_PLUS_DIGIT.sub(lambda m: " " + code + " " if is_code(code := m.group(1) + _DIGIT_OF[m.group(2)])
                                      else m.group(), text)
    if "字头" in text and _LETTER_HEAD_DIGIT.search(text):
        text = _LETTER_HEAD_DIGIT.sub(lambda m: " " + code + " " if is_code(code := m.group(1) + _DIGIT_OF[m.group(2)])
                                      else m.group(), text)
    if "第" in text and ("零" in text or "0" in text) and (placed := _ONE_DIGIT_PLACED.search(text)):
        # rec34: a code told by its length, its one digit and that digit's place, zeros the rest
        # ("一串七个数 第三个是2 剩下的全是零": 0020000)
        length, place = _DIGIT_OF[placed.group(1)], _DIGIT_OF[placed.group(2)]
        if length.isdigit() and place.isdigit() and 0 < int(place) <= int(length):
            digits = "0" * (int(place) - 1) + _DIGIT_OF[placed.group(3)] + "0" * (int(length) - int(place))
            if is_code(digits):
                text = text[:placed.start()] + " " + digits + " " + text[placed.end():]
    if ("差" in text or "少" in text or "减" in text or "多" in text or " than " in text or " of " in text or "under" in text or "below" in text
            or " off " in text) and _DESCRIBED_HINT.search(text):
        text = _SHORT_OF_EN.sub(lambda m: _short_of(m, is_code), _SHORT_OF_ZH.sub(lambda m: _short_of(m, is_code), text))
    if _PAIR_JOINED_HINT.search(text):
        # rec40: "码是9跟6", "it says 5 then 1": the word showing them stays, the two digits one code
        def joined(m: re.Match) -> str:
            digits = m.group(2) + m.group(3)
            return m.group(1) + " " + digits + " " if is_code(digits) else m.group()
        text = _EN_PAIR_JOINED.sub(joined, _ZH_PAIR_JOINED.sub(joined, text))
    if "一个" in text and _PAIR_SHOWN.search(text):
        text = _PAIR_SHOWN.sub(lambda m: m.group(1) + " " + d + " " if is_code(d := _DIGIT_OF[m.group(2)] + _DIGIT_OF[m.group(3)])
                               else m.group(), text)
    if "一个" in text and "后" in text and _ONE_THEN_ANOTHER.search(text):
        # rec59: "一个零后面跟个5": the first, then the one after it
        text = _ONE_THEN_ANOTHER.sub(lambda m: " " + d + " " if is_code(d := _DIGIT_OF[m.group(1)] + _DIGIT_OF[m.group(2)])
                                     else m.group(), text)
    if "先" in text and ("后" in text or "後" in text) and _FIRST_THEN_BARE.search(text):
        text = _FIRST_THEN_BARE.sub(lambda m: " " + d + " " if is_code(d := _DIGIT_OF[m.group(1)] + _DIGIT_OF[m.group(2)])
                                    else m.group(), text)
    if ("俩" in text or "两个" in text) and _CN_PAIR_NAMED.search(text):
        # rec62: two digits said in Chinese, bare ("七七") or one of each ("一个零一个九"), then said to
        # be all the screen's numbers ("就这俩数", "屏幕就这两个数"): the digits in the order said
        text = _CN_PAIR_NAMED.sub(lambda m: " " + d + " " if is_code(d := _DIGIT_OF[m.group(1) or m.group(3)]
                                                                     + _DIGIT_OF[m.group(2) or m.group(4)])
                                  else m.group(), text)
    if "一个" in text and _PAIR_BARE.search(text):
        # rec48: "一个0一个1 然后叫客人找银行": two digits written as digits, one of each, as only a
        # code's digits are told (no count is "one 0 and one 1")
        text = _PAIR_BARE.sub(lambda m: " " + d + " " if is_code(d := m.group(1) + m.group(2)) else m.group(), text)
    if not ("前" in text or "第" in text or "左" in text or "first" in text or "位" in text or "ten" in text
            or "一个" in text or "打头" in text or "开头" in text) or (
            not _DESCRIBED_HINT.search(text)):
        return text

    def pair(first: str, second: str, said: str) -> str:
        """The two digits as one code, or the words as they were said."""
        digits = _DIGIT_OF[first] + _DIGIT_OF[second]
        return " " + digits + " " if is_code(digits) else said

    def first_then(m: re.Match) -> str:
        return pair(m.group(1), m.group(2), m.group())

    def ordered(m: re.Match) -> str:
        a, b, first = _DIGIT_OF[m.group(1)], _DIGIT_OF[m.group(2)], _DIGIT_OF[m.group(3)]
        if first not in (a, b):
            return m.group()
        digits = first + (b if first == a else a)
        return " " + digits + " " if is_code(digits) else m.group()
    text = _FIRST_THEN.sub(first_then, text)
    text = _PAIR_ORDERED.sub(ordered, text)
    if "一个" in text:
        # (the word showing them stays: "屏幕上一个5和1" -> "屏幕上 51 ")
        text = _PAIR_SAID.sub(lambda m: m.group(1) + pair(m.group(2), m.group(3), m.group()[len(m.group(1)):]), text)
    if "位" in text:
        text = _TENS_UNITS.sub(first_then, text)
        text = _UNITS_TENS.sub(lambda m: pair(m.group(2), m.group(1), m.group()), text)  # the tens first
    if "ten" in text:
        text = _EN_TENS_UNITS.sub(first_then, text)
    return _EN_FIRST_THEN.sub(first_then, text)


# rec34: a run's length, the place of its one digit and zeros the rest (一串七个数 第三个是2 剩下全是零)
_ONE_DIGIT_PLACED = re.compile(
    r"(?:一串|一共|总共|一排)?\s*([五六七八5-8])\s*(?:位数?字?|个(?:数字?|字|码))[^。！？]{0,8}?"
    r"第\s*([一二三四五六七1-7])\s*(?:个|位)(?:数字?)?\s*(?:是|为|系)\s*([1-9一二三四五六七八九])(?![0-9号])"
    r"[^。！？]{0,8}?(?:剩下|其余|其他|别的)的?(?:全|都)(?:是|为|系)?\s*(?:零|0|〇)")


# dlg36: a code written in Roman numerals (a coin dealer's "XCIX" for 99, "LI" for 51) after a
# word the screen says it with: a numeral of two letters or more (two only after "code" or
# "error", or where the message speaks of Roman numerals), written the canonical way,
# worth 1 to 99, read as its two digits when that is a code (a word of letters only is never
# read unannounced: "mix", "civil", "lix" are words).
_ROMAN = re.compile(
    r"(?<![a-z])(?:code|error|err|says?|saying|said|shows?|showing|showed|displays?|displaying|reads?|reading|"
    r"(?:telling|tells|told|giving|gives|gave)\s+(?:me|us)|显示|提示|报(?:了?个?错误?)?|代码|错误码)"
    r"(?:\s+(?:is|was))?\s*[:=：]?\s*(?P<n>[ivxlc]{2,7})(?![a-z0-9])")
# rec36: ... or anywhere, in a message that says Roman numerals were written ("我儿子学罗马数字 ...
# 他抄的屏幕：XCVIII", "he wrote it in roman numerals: LXI")
_ROMAN_ANY = re.compile(r"(?<![a-z])(?P<n>[ivxlc]{2,7})(?![a-z0-9])")
_ROMAN_CANONICAL = re.compile(r"(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_numerals(text: str, is_code) -> str:
    """"it keeps telling me XCIX" -> "... 99", where the numeral is a code (`is_code`)."""
    roman_said = "roman" in text or "罗马" in text
    if not (_ROMAN.search(text) or roman_said and _ROMAN_ANY.search(text)):
        return text

    def convert(m: re.Match) -> str:
        word = m.group("n")
        if len(set(word)) == 1 and len(word) >= 3:
            return m.group()  # "says xxx" is a placeholder or a mark, no 30
        if not _ROMAN_CANONICAL.fullmatch(word) or len(word) == 2 and not ("roman" in text or "罗马" in text or "羅馬" in text) and not re.match(
                r"code|error|err|代码|错误码", m.group()):
            # two letters after "says" are as often a size or a name ("customer says XL")
            return m.group()
        values = [_ROMAN_VALUES[ch] for ch in word]
        value = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        digits = f"{value:02d}"
        if not 0 < value < 100 or not is_code(digits):
            return m.group()
        return m.group()[:m.start("n") - m.start()] + digits
    text = _ROMAN.sub(convert, text)

    def unless_asked(m: re.Match) -> str:
        # rec37: a numeral whose worth is asked ("罗马数字XL是多少", "what is XL in roman numerals"):
        # a lesson, no screen's code
        if _ROMAN_WORTH_ASKED.match(text, m.end()) or _ROMAN_ASKED_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
            return m.group()
        return convert(m)
    return _ROMAN_ANY.sub(unless_asked, text) if roman_said else text


_ROMAN_WORTH_ASKED = re.compile(r"\s*(?:在罗马数字里|罗马数字)?\s*(?:是|等于|代表|表示|就是|系)?\s*(?:多少|几|什么数|啥数|几多)"
                                r"|\s*(?:in roman(?: numerals?)?\s*)?(?:means?|equals?|stands? for|is)?\s*(?:what|how much)(?![a-z])")
_ROMAN_ASKED_BEFORE = re.compile(r"(?:what(?:'s|’s| is| does)|how much is|多少是)\s*(?:the\s+)?(?:roman(?: numerals?)?\s+)?$")


# ... and its digits counted in pinyin ("liang ge ling yi ge er si ge ling": 两个零一个二四个零)
_PINYIN_COUNTED = re.compile(r"(?<![a-z])(?:(?:yi|liang|san|si|wu) ?ge ?(?:ling|yi|er|san|si|wu|liu|qi|ba|jiu)"
                             r"(?![a-z])[ ,]*(?:(?:ran ?hou|zai|hou ?mian)[ ,]*)?){2,}")
_PINYIN_COUNT_WORDS = {**_PINYIN_DIGITS, "ge": "个"}  # (only the syllables _pinyin_counted finds are looked up)


def _pinyin_zeros_counted(m: re.Match, is_code) -> str:
    """"ling ling er ranhou si ge ling" -> "0020000 ", when that is a code; else as it was."""
    digits = "00" + str(_CN_DIGITS[_PINYIN_DIGITS[m.group(1)]]) + "0" * _COUNTS[_PINYIN_DIGITS[m.group(2)]]
    return digits + " " if is_code(digits) else m.group()


def _pinyin_counted(m: re.Match, is_code) -> str:
    said = "".join(_PINYIN_COUNT_WORDS.get(w, "") for w in re.findall(r"liang|ling|ge|yi|er|san|si|wu|liu|qi|ba|jiu|"
                                                                        r"ran ?hou|zai|hou ?mian", m.group()))
    digits = _COUNTED_DIGITS.sub(_counted_digits, said)
    return digits + " " if digits.isdigit() and is_code(digits) else m.group()


# rec31: ... or its first digits said one by one in pinyin and the zeros after counted ("ling ling
# er ranhou si ge ling": 零零二然后四个零)
_PINYIN_ZEROS_COUNTED = re.compile(
    r"(?<![a-z])ling ?ling ?(yi|er|san|si|wu|liu|qi|ba|jiu)[ ,]*(?:(?:ran ?hou|zai|hou ?mian|hou ?bian|gen|jie)[ ,]*){0,2}"
    r"(liang|san|si|wu) ?ge ?(?:ling|quan)(?![a-z])")


def long_code_words(text: str, is_code) -> str:
    """A long code read digit by digit in words, two zeros first, as its digits wherever it
    stands ("ling ling ji ling ling ling ling" -> 0020000): before pinyin numerals are read,
    which would take its first two zeros alone for a code of two."""
    if not ("ling" in text or "zero" in text or "oh" in text or "leng" in text or "nought" in text):
        return text
    if " ge" in text and _PINYIN_ZEROS_COUNTED.search(text):
        text = _PINYIN_ZEROS_COUNTED.sub(lambda m: _pinyin_zeros_counted(m, is_code), text)
    if " ge" in text and _PINYIN_COUNTED.search(text):
        text = _PINYIN_COUNTED.sub(lambda m: _pinyin_counted(m, is_code), text)

    def convert(m: re.Match) -> str:
        digits = _english_number(re.split(_EN_JOIN, m.group().strip()))
        return digits if digits and len(digits) >= 5 and is_code(digits) else m.group()
    return _EN_LONG_ZEROS.sub(convert, text)


# rec48: the long code told in pieces ("00 二 0000", "00 然后2 后面四个0", "00 liang wan", "00, a two,
# then four zeros", "前俩是零 第三位是2 后面四个零", "first two are zeros, the third a 2, then four
# zeros"): each piece read as its digits, the pieces parted only by joining words joined, and the
# run written as the code when it is a long code exactly; else the first group alone would read
# 00 ("approved") to a merchant whose sale fails. Words: number_phrases.yaml long_pieces.
_LONG_PIECES = _NUMBER_PHRASES["long_pieces"]
_LP_DIGITS = {str(k).lower(): v for k, v in _LONG_PIECES["digits"].items()}
_LP_ZEROS = [str(z).lower() for z in _LONG_PIECES["zeros"]]


def _lp_words(words) -> str:
    """An alternation of words; a word in Latin letters not inside a longer word. (rec52: as tries,
    the Latin words' and the others', which match as the words longest first do at a fraction of the
    cost; the text is normalised, one space between words.)"""
    words = {str(w).lower() for w in words}
    latin = [w for w in words if re.match(r"[a-z]", w)]
    other = [w for w in words if not re.match(r"[a-z]", w)]
    out = ([r"(?<![a-z])" + trie_pattern(latin) + r"(?![a-z'])"] if latin else []) + ([trie_pattern(other)] if other else [])
    return "(?:" + "|".join(out) + ")"


_LP_DIGIT = _lp_words(_LP_DIGITS)
_LP_ZERO = _lp_words(_LP_ZEROS)
_LP_N = r"(?:\d|" + _LP_DIGIT + ")"
_LP_PLURAL = _lp_words(_LONG_PIECES["zeros_plural"])
_LP_MANY = r"(?:[2-9]|" + _lp_words(w for w, d in _LP_DIGITS.items() if d >= 2) + ")"
_LP_IS = r"(?:\s*" + _lp_words(_LONG_PIECES["places_is"]) + r")*\s*"
_LP_UNIT = r"(?:\s*" + _lp_words(_LONG_PIECES["places_zh_unit"] + _LONG_PIECES["places_en_unit"]) + r")?"
_LP_COUNTED = (r"\s*(?:" + _lp_words(_LONG_PIECES["count_words"]) + r"\s*)+(?:" + _LP_PLURAL + "|" + _LP_ZERO + ")"
               r"|\s*" + _LP_PLURAL)
_LP_TENS = {str(k).lower(): v for k, v in _LONG_PIECES["tens"].items()}
_LONG_PIECE = re.compile(
    r"(?P<one>" + _lp_words(_LONG_PIECES["one_of"]) + r")\s*(?P<od>\d|" + _LP_ZERO + "|" + _LP_DIGIT + ")|"
    r"(?P<th>\d{1,2}|" + _lp_words(_LP_TENS) + "|" + _LP_DIGIT + r")\s*" + _lp_words(_LONG_PIECES["thousand"]) + "|"
    r"(?P<first>" + _lp_words(_LONG_PIECES["places_zh_first"] + _LONG_PIECES["places_en_first"]) + r")\s*"
    r"(?P<fn>" + _LP_MANY + ")" + _LP_UNIT + _LP_IS + "(?:" + _LP_PLURAL + "|" + _LP_ZERO + ")" +
    r"|(?P<nth>" + _lp_words(_LONG_PIECES["places_zh_nth"]) + r"\s*" + _LP_N + "|"
    + _lp_words(_LONG_PIECES["places_en_nth"]) + ")" + _LP_UNIT + _LP_IS + r"(?P<nd>\d|" + _LP_DIGIT + ")"
    r"|(?P<cn>" + _LP_MANY + ")(?:" + _LP_COUNTED + ")" +
    r"|(?P<wd>\d|" + _LP_DIGIT + r")\s*" + _lp_words(_LONG_PIECES["ten_thousand"]) +
    r"|" + _lp_words(_LONG_PIECES["double"]) + r"\s*(?P<dbl>\d|" + _LP_ZERO + "|" + _LP_DIGIT + ")" +
    r"|(?P<times>" + _lp_words(_LONG_PIECES["times"]) + r")\s*(?P<tms>\d|" + _LP_ZERO + "|" + _LP_DIGIT + ")" +
    r"|(?P<run>\d+)|(?P<zero>" + _LP_ZERO + ")|(?P<word>" + _LP_DIGIT + ")")
_LP_JOINS = re.compile(r"(?:\s|" + _lp_words(_LONG_PIECES["joins"]) + r")*")
_LP_GLUED_GE = re.compile(r"(?<![a-z])(" + "|".join(w[:-2] for w in _LONG_PIECES["glued_ge"]) + r")ge(?![a-z])")
_LP_FRONT_BEFORE = re.compile(r"(?:\s|" + _lp_words(_LONG_PIECES["front_joins"]) + r")*" + _lp_words(
    _LONG_PIECES["front_before"]) + r"(?:\s|" + _lp_words(_LONG_PIECES["front_joins"]) + r")*")
_LP_FRONT_AFTER = re.compile(r"\s*" + _lp_words(_LONG_PIECES["front_after"]))
_LP_FRONT_JOINS = re.compile(r"(?:\s|" + _lp_words(_LONG_PIECES["front_joins"]) + r")*")
# (a cheap test before the reader: a character or word every piece of zeros is said with)
_LP_HINT_CHARS = frozenset("0零〇前圈铃灵玲龄伶凌")
_LP_HINT_WORDS = re.compile(r"(?<![a-z])(?:zero|first|double|ling|circle|ring|nought|o's|ohs"
                            r"|nul|noll|nol|nula|cero|sero|triple|treble|quad)|个o")  # (dlg90: other zeros, x3, x4)


def _lp_digit(said: str) -> str:
    said = said.strip().lower()
    return said if said.isdigit() else str(_LP_DIGITS.get(said, ""))


def _long_piece(m: re.Match) -> str:
    if m.group("one") is not None:
        said = m.group("od").lower()
        return "0" if said in _LP_ZEROS else _lp_digit(said)
    if m.group("th") is not None:
        said = m.group("th").lower()
        return str(_LP_TENS[said] * 10 if said in _LP_TENS else int(_lp_digit(said) or 0)) + "000"
    if m.group("first") is not None:
        return "0" * int(_lp_digit(m.group("fn")) or 0)
    if m.group("nth") is not None:
        return _lp_digit(m.group("nd"))
    if m.group("cn") is not None:
        return "0" * int(_lp_digit(m.group("cn")) or 0)
    if m.group("wd") is not None:
        return _lp_digit(m.group("wd")) + "0000"
    if m.group("dbl") is not None:
        said = m.group("dbl").lower()
        return 2 * ("0" if said in _LP_ZEROS else _lp_digit(said))
    if m.group("times") is not None:
        said = m.group("tms").lower()
        return _LONG_PIECES["times"][m.group("times").lower()] * ("0" if said in _LP_ZEROS else _lp_digit(said))
    if m.group("run") is not None:
        return m.group("run")
    if m.group("zero") is not None:
        return "0"
    return _lp_digit(m.group("word"))


def _zeros_in_front(text: str, pieces: list, is_code) -> list:
    """rec52: zeros said to stand in front of the number told before them ("twenty thousand with two
    zeros in front", "两万 前面两个零"): the two pieces as one, the zeros first, when that is a long
    code exactly."""
    out, i = [], 0
    while i < len(pieces):
        if i + 1 < len(pieces) and set(zeros := pieces[i + 1][2]) == {"0"} and is_code(said := zeros + pieces[i][2]):
            gap = text[pieces[i][1]:pieces[i + 1][0]]
            after = _LP_FRONT_AFTER.match(text, pieces[i + 1][1])
            if _LP_FRONT_BEFORE.fullmatch(gap) or after and _LP_FRONT_JOINS.fullmatch(gap):
                out.append((pieces[i][0], after.end() if after else pieces[i + 1][1], said, True))
                i += 2
                continue
        out.append(pieces[i])
        i += 1
    return out


def long_pieces(text: str, is_code) -> str:
    """The long code told in pieces written as its digits (rec48), when the pieces make it exactly."""
    if _LP_HINT_CHARS.isdisjoint(text) and not _LP_HINT_WORDS.search(text):
        return text
    if "ge" in text:
        text = _LP_GLUED_GE.sub(r"\1 ge", text)  # "liangge ling": liang ge ling
    pieces = [(m.start(), m.end(), _long_piece(m)) for m in _LONG_PIECE.finditer(text)]
    if len(pieces) < 2:
        return text
    pieces = _zeros_in_front(text, pieces, is_code)
    chains, chain = [], [pieces[0]]
    for piece in pieces[1:]:
        if _LP_JOINS.fullmatch(text, chain[-1][1], piece[0]):
            chain.append(piece)
        else:
            chains.append(chain)
            chain = [piece]
    chains.append(chain)
    out, last = [], 0
    for chain in chains:
        for i in range(len(chain)):
            said = "" if len(chain[i]) > 3 else chain[i][2]  # (a piece of zeros put in front: alone too)
            for j in range(i + (len(chain[i]) == 3), len(chain)):
                said += chain[j][2]
                if len(said) > 7:
                    break
                if (len(said) >= 5 or j == i) and is_code(said) and not (j + 1 < len(chain) and chain[j + 1][2].isdigit()
                                                             and text[chain[j + 1][0]].isdigit()):
                    out.append(text[last:chain[i][0]] + " " + said + " ")
                    last = chain[j][1]
                    break
            else:
                continue
            break
    return "".join(out) + text[last:] if out else text


# An amount said in Chinese numerals with hundreds or more after a word of taking money ("收了
# 一百二", "一共三千二", "刷了两万五"): written as its digits, which the masks then read as an amount.
_CN_AMOUNT = re.compile(r"(?<=收了|付了|刷了|一共|总共|合计|共计|笔是|单是|额是)\s*([一二两三四五六七八九十][一二两三四五六七八九十百千万零]*[百千万]"
                        r"[一二两三四五六七八九十零]*)")
_CN_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# ... and any number said with hundreds or more, wherever it stands ("金额一千零九十一", "三百九十八
# 蚊", "到手四千九百七十"): no code is said so (a code is two digits, or 0020000 read digit by
# digit), so its digits are an amount, a count or a size, which the masks then read by what
# follows or precedes it.
_CN_HUNDREDS = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])[一二两三四五六七八九十][一二两三四五六七八九十百千万零]*[百千万]"
                          r"[一二两三四五六七八九十零]*(?![零〇一二两三四五六七八九十百千万亿])")


def _cn_amount(run: str) -> str | None:
    """一百二 -> 120, 三千二 -> 3200, 两万五 -> 25000, 一千零五十 -> 1050; None if not one number."""
    total, digit, last = 0, None, None
    for ch in run:
        if ch == "万":  # 万 multiplies all said before it (十万, 三十五万)
            total = ((total + (digit or 0)) or 1) * 10000
            digit, last = None, 10000
        elif ch in _CN_MAGNITUDE:
            total += (1 if digit is None else digit) * _CN_MAGNITUDE[ch]
            digit, last = None, _CN_MAGNITUDE[ch]
        elif ch == "零":
            last = None
        elif ch in _CN_DIGITS:
            if digit is not None:
                return None
            digit = _CN_DIGITS[ch]
        else:
            return None
    if digit is not None:
        total += digit * (last // 10 if last and last >= 100 else 1)  # 一百二: the tens
    return str(total)


# A digit said doubled ("俩7", "两个7", "双7": a screen's 77), not before a unit ("两个5块" is money),
# and no zeros keyed ("多按了两个零", "打了两个零": an amount's zeros, no approval code 00).
_DOUBLED = re.compile(r"(?:俩|两个|双)([0-9零〇一二三四五六七八九])"
                      r"(?![0-9零〇一二三四五六七八九十点号月年日天岁分秒个次遍张笔人块元角毛])"
                      # rec36: (nor a word the numeral begins: 俩零钱 is two people's change, 零件 parts)
                      r"(?<!零(?=[件钱錢售星碎散头頭工食花用]))")
_KEYED_ZEROS = re.compile(r"(?:[按打输敲加多少]|按错|打错|输错)了?\s*$")
# A long code said as its leading zeros and a round number, as a voice reads 0020000 ("零零两万",
# "两个零后面跟个两万"): the zeros, then the number's digits.
# ... or the round number first, its zeros said before it ("两万前面还有两个零", "两万 前边加俩零")
_WAN_AFTER_ZEROS = re.compile(r"([一二两三四五六七八九])万\s*(?:的)?(?:前面|前边|前头|之前)\s*(?:还|再)?\s*(?:有|是|加|带|跟)?\s*(?:着|上|了)?\s*"
                              r"(?:[零〇]{2}|(?:俩|两个)\s*[零〇])")
_ZEROS_THEN_WAN = re.compile(r"(?:[零〇]{2}|(?:俩|两个)[零〇])\s*(?:后面|后边|然后)?\s*(?:跟|接|加|再|是)?\s*"
                             r"(?:着|上|个|一个)?\s*([一二两三四五六七八九])万")
# dlg60: ... or the digits typed first and the zeros in front of them told after ("20000 前头好像还有
# 两个零", "it says 20000 with two zeros in front"): the merchant copied what stood out and adds
# the leading zeros in words; the zeros, then the digits (no unit after them: a sum's zeros are
# "两万块前面加两个零" nowhere on a screen).
_DIGITS_THEN_ZEROS_BEFORE = re.compile(
    r"(?<![0-9.])(\d{3,6})(?![0-9.])\s*[,，、]?\s*(?:的|它的|它)?\s*(?:前面|前边|前头|前頭|前邊|之前|开头|開頭)\s*"
    r"(?:好像|好似|应该|應該|大概|似乎|还|還|仲|再|也)*\s*(?:有|是|加|带|帶|跟)?\s*(?:着|著|上|了)?\s*"
    r"(?:[0零〇]{2}|(?:俩|倆|两个|兩個|二个)\s*[0零〇])"
    r"|(?<![0-9.])(\d{3,6})(?![0-9.])\s*,?\s*(?:with|and|plus|but|then)?\s*(?:there s |there is |there are |theres |it has |i think |maybe )?"
    r"(?:two|2|a couple of|a pair of)\s+(?:more\s+)?(?:zeros|zeroes|0s|os|o s)\s+(?:in front|at the front|at the start|before it|before that|before them|first)")
# rec34: ... or its first digits typed, the rest abbreviated as 万 or its chat spelling w ("002w",
# "002万": ten thousand after them); two zeros first, as no amount is written (2w, 5万 stay sums)
# (rec35: the zeros typed apart from the digit, "00 2w", as a screen's groups are read)
_ZEROS_WAN = re.compile(r"(?<![0-9a-z.])00\s?([1-9])\s?(?:万|w)(?![0-9a-z])")
# dlg30: ... or its zeros said doubled and the rest typed in digits ("俩0后边跟个20000", "两个零
#后面是20000"): the zeros, then the digits (a joining word must stand between them).
_ZEROS_THEN_DIGITS = re.compile(r"(?:[0零〇]{2}|(?:俩|两个)\s*[0零〇])\s*(?:后面|后边|后头|然后|再)\s*(?:还)?\s*"
                                r"(?:跟|接|加|是|带|有)?\s*(?:着|上|了|个|一个)?\s*(\d{3,6})(?!\d)")
# dlg30: a long run typed with digits and Chinese numerals mixed ("00二0000", "0零20000"): one number,
# digits at both its ends and a numeral inside ("5107一直占线" is a phone number and a word).
_MIXED_RUN = re.compile(r"(?<![0-9零〇一二三四五六七八九十百千万两\-])\d[0-9零〇一二三四五六七八九]{3,6}\d"
                        r"(?![0-9零〇一二三四五六七八九十百千万两\-])")
# A code typed half in Chinese numerals, half in digits ("报四5", "显示5一"): one of each, where
# a code could stand (两 left out: "3两" is a weight).
# (rec34: a banker's numeral too, "柒7": a form's capital seven, then the digit)
_MIXED_PAIR = re.compile(r"(?<![0-9零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾])"
                         r"(?:[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖][0-9]|[0-9][零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖])"
                         r"(?![0-9零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾])")
_MIXED_HINT = re.compile(r"[0-9][零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]|[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖][0-9]")
# ... and a long code copied off the screen so, its zeros first (00二0000: "the middle one is a
# two"): a run of five to seven, every character a digit, mixed, is the number it reads.
_MIXED_LONG = re.compile(r"(?<![0-9零〇一二三四五六七八九十百千万两])[0零〇]{2}[0-9零〇一二三四五六七八九]{3,5}"
                         r"(?![0-9零〇一二三四五六七八九十百千万两])")


# A long code said as its digits counted ("两个零一个二四个零": 0020000 as one reads a screen of
# zeros aloud): two counts at least, the digits they make five to seven, two zeros first (a
# count alone, "多按了两个零", is an amount's zeros, no code).
# rec36: a pair said as one word before its digit, without 个 (俩零: two zeros; Cantonese 孖零, a
# twin zero), and the joining words of a list told aloud ("俩零，接着一个二，后头四个零",
# "孖零二 再四个零"): the same counts
_COUNTED_DIGITS = re.compile(r"(?:(?:[一两俩二三四五]|)个?(?:(?<=[俩孖])|(?:俩|孖)\s?)?[零〇一二三四五六七八九0-9]"
                             # (rec37: two of those words, "后面再四个零": then, again)
                             r"(?:\s?[,，、 ]?\s?(?:(?:然后|再来|再|后面|后边|后头|接着|跟着|跟住|之后)\s?){0,2}(?:是|跟|加|系)?\s?)?){2,}")
_COUNTED_DIGIT = re.compile(r"([一两俩二三四五])个([零〇一二三四五六七八九0-9])|(俩|孖)\s?([零〇一二三四五六七八九0-9])"
                            r"|([零〇一二三四五六七八九0-9])")
_COUNTS = {"一": 1, "两": 2, "俩": 2, "孖": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_COUNTED_HINT = re.compile(r"[一两俩二三四五]个[零〇0][^个]{0,6}[一两俩二三四五]个[零〇0-9一二三四五六七八九]"
                           r"|(?:俩|孖)\s?[零〇0][^个]{0,12}[一两俩二三四五]个[零〇0-9一二三四五六七八九]")
# ... and the digits drawn by their shapes, as a child reads them off a screen (蛋 an egg for
# 0, 鸭 a duck for 2): a run of five to seven, two eggs first.
_SHAPED_DIGITS = re.compile(r"蛋蛋[蛋鸭]{3,5}(?![蛋鸭])")


# rec31: ... or its first digits said one by one and the zeros after them counted, the zeros
# perhaps drawn as circles ("零零二后面跟四个圈", "00 2后面四个0"): the digits, then that many zeros
_ZEROS_COUNTED_AFTER = re.compile(
    r"(?<![0-9零〇一二三四五六七八九十百千万两])([0零〇]{2}\s?[一二三四五六七八九1-9])\s*[,，、]?\s*"
    r"(?:然后|再|后面|后边|后头|接着|跟着|跟住)?\s*(?:还)?\s*(?:是|跟|加|接|带|有)?\s*(?:着|了|上|住)?\s*"
    r"([两二三四五])\s*个\s*(?:零|〇|0|圆圈|圈圈|圈儿|圈|o)(?![0-9零〇一二三四五六七八九十百千万])")


def _zeros_counted_after(m: re.Match) -> str:
    digits = "".join(str(_CN_DIGITS.get(ch, ch)) for ch in m.group(1) if not ch.isspace())
    return digits + "0" * _COUNTS[m.group(2)]


# rec38: a code of two digits said one of each ("一个零一个六", "一个九 一个六"), announced before
# (码, 报, 显示 ... within a few characters) or called an error after (后面写着出错, 错误): its digits
_ONE_OF_EACH = re.compile(r"(?<![一两俩二三四五六七八九十])一个([零〇一二三四五六七八九0-9])\s?[,，、]?\s?(?:然后|再|后面|后边)?\s?"
                          r"一个([零〇一二三四五六七八九0-9])(?![个十百千万块元张笔次])")
_ONE_OF_EACH_ERROR = re.compile(r"^.{0,8}(?:出错|错误|錯誤|报错|error|code)")


# rec38: a code told by the multiplication table's line that ends with it ("八八六十四那个": 64,
# "七八五十六", "四四十六", "二三得六"): the product, when the two numbers do multiply to it (不管三七
# 二十一, "whatever happens", is an idiom, no code)
_TIMES_LINE = re.compile(r"(?<![零〇一二三四五六七八九十百千万两管顾])([一二三四五六七八九])([一二三四五六七八九])得?"
                         r"([二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![零〇一二三四五六七八九十百千万])")


def _times_line(m: re.Match) -> str:
    a, b, said = _CN_DIGITS[m.group(1)], _CN_DIGITS[m.group(2)], m.group(3)
    if "十" in said:
        tens, _, unit = said.partition("十")
        product = (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[unit] if unit else 0)
    else:
        product = _CN_DIGITS[said]
    return f" {product:02d} " if a * b == product else m.group()


def counted_code(text: str) -> str:
    """A long code said as its digits counted written as those digits ("两个零一个二后边四个零":
    0020000): the dialog reads it as the code the recogniser found, not as an amount's zeros."""
    if "十" in text or "得" in text:
        if (times := _TIMES_LINE.search(text)) and ("码" in text or "碼" in text or "报" in text or "報" in text
                                                    or "显示" in text or "顯示" in text or "提示" in text):
            text = _TIMES_LINE.sub(_times_line, text)
    if "一个" in text and _ONE_OF_EACH.search(text):
        text = _ONE_OF_EACH.sub(lambda m: (str(_CN_DIGITS.get(m.group(1), m.group(1))) + str(
            _CN_DIGITS.get(m.group(2), m.group(2)))) if (
            re.search(r"码|碼|报|報|显示|顯示|提示|屏幕|出个|出了个|跳出", text[max(0, m.start() - 10):m.start()])
            or _ONE_OF_EACH_ERROR.match(text[m.end():])) else m.group(), text)
    if "个" in text and _ZEROS_COUNTED_AFTER.search(text):
        text = _ZEROS_COUNTED_AFTER.sub(_zeros_counted_after, text)
    if "个" in text and _COUNTED_HINT.search(text):
        return _COUNTED_DIGITS.sub(_counted_digits, text)
    return text


def _counted_digits(m: re.Match) -> str:
    digits = ""
    for count, digit, pair, paired, lone in _COUNTED_DIGIT.findall(m.group()):
        if pair:
            count, digit = pair, paired
        digits += str(_CN_DIGITS.get(digit, digit)) * _COUNTS[count] if count else str(_CN_DIGITS.get(lone, lone))
    return digits if 5 <= len(digits) <= 7 and digits.startswith("00") else m.group()


# The tens of one character in Cantonese, Wu and written dates (廿五 = 25, 卅三 = 33, 卌 = 40):
# the numerals they stand for, before the numerals are read (a code said so is read as said
# 二十五; 廿五号 stays a date, 卅三块 an amount).
_TENS_IN_ONE = re.compile("[廿卄卅卌]")
_TENS_OF = {"廿": "二十", "卄": "二十", "卅": "三十", "卌": "四十"}
# rec62: ... unless the character is what is asked about ("卌 这个字念啥", "廿怎么读"): a character read
_CHARACTER_ASKED = re.compile(r"\s*[,，。]?\s*(?:这个字|这字|是什么字|是啥字|什么字|啥字|怎么念|怎么读|咋念|咋读|念啥|读啥|念什么|读什么|点读|點讀)")
# Cantonese says the ten of a number from thirty up as "a" (四十一 sei-a-jat, typed 四呀一 or
# 四亞一): the tens and the unit with 呀 between them are the number.
_CANTONESE_TENS = re.compile(r"(?<![零〇一二三四五六七八九十百千万两])([三四五六七八九])[呀亚吖]"
                             r"(?=[一二三四五六七八九](?![零〇一二三四五六七八九十百千万]))")


# rec30: a numeral of two digits a voice keyboard split ("显示五十 一"), or typed half in digits
# with its ten ("5十1"), and a code followed by what it is counted as ("九六两个数", "五一两个字"):
# the tens and unit joined, the count apart (a unit after the split numeral keeps it a count:
# "五十 一个人")
_SPLIT_TENS = re.compile(r"(?<![零〇一二三四五六七八九十百千万两\d])(?:([一二三四五六七八九])十 ([一二三四五六七八九])|([1-9])十([1-9]))"
                         r"(?![零〇一二三四五六七八九十百千万两\d个個块塊元人次会下点些样直定起共般边])"  # (一会儿, 一下 ...)
                         r"|(?<![零〇一二三四五六七八九十百千万两])([零〇一二三四五六七八九幺]{2})(?=两个(?:字|数|码|号))")


def _split_tens(m: re.Match) -> str:
    if m.group(5):
        return m.group(5) + " "
    return m.group(1) + "十" + m.group(2) if m.group(1) else m.group(3) + m.group(4)


_ER_AMONG_ZEROS = re.compile(r"(?<=[零〇0]{2})\s?(?:儿|兒|er)\s?(?=[零〇0]{2})")


_TENS_YOU_UNIT = re.compile(r"([一二三四五六七八九])十有([一二三四五六七八九])(?![十百千万])")


# rec63: a share said in words (百分之九十一, 百分之91, 百分之五十五点五): a percentage, as "91%" is
# (an update's progress, a battery's level), no code; its number written so ("百分之91%"), the
# percent's rules read it, and the word stays for the phrasings that say it (百分比不动)
_PERCENT_SAID = re.compile(r"百分之\s*([0-9]+(?:\.[0-9]+)?|[零〇一二三四五六七八九十两]+(?:点[零〇一二三四五六七八九]+)?)")


def _as_percent(m: re.Match) -> str:
    whole, _, part = m.group(1).partition("点")
    return "百分之" + whole + ("." + "".join("0123456789"["零一二三四五六七八九".index(ch)] if ch in "零一二三四五六七八九" else "0"
                                          for ch in part) if part else "") + "%"


def chinese_numerals(text: str) -> str:
    """Chinese numerals of two or more characters written as digits (五十五 -> 55, 零五 -> 05;
    a digit said doubled, 俩7 -> 77; 廿五 -> 25)."""
    if "百分之" in text:
        text = _PERCENT_SAID.sub(_as_percent, text)
    if ("儿" in text or "兒" in text or "er" in text) and _ER_AMONG_ZEROS.search(text):
        # rec38: voice typing's 儿 for 二 (er) among zeros ("零零儿零零零零"), and er typed in pinyin
        # among digits ("00er0000"): the 2 of 0020000
        text = _ER_AMONG_ZEROS.sub("2", text)
    if _TENS_IN_ONE.search(text):
        # (rec62: not the character itself asked about, "卌 这个字念啥": a word, no number)
        text = _TENS_IN_ONE.sub(lambda m: m.group() if _CHARACTER_ASKED.match(text, m.end()) else _TENS_OF[m.group()], text)
    if "十有" in text:
        # rec60: the old way of saying a number, its tens and unit joined by 有 ("九十有六": 96,
        # as 年七十有三 tells an age): the number
        text = _TENS_YOU_UNIT.sub(r"\1十\2", text)
    text = counted_code(text)  # 两个零一个二四个零
    if "蛋蛋" in text:  # 蛋蛋鸭蛋蛋蛋蛋
        text = _SHAPED_DIGITS.sub(lambda m: m.group().replace("蛋", "0").replace("鸭", "2"), text)
    if ("万" in text or "w" in text) and _ZEROS_WAN.search(text):  # 002w, 002万
        text = _ZEROS_WAN.sub(lambda m: "00" + m.group(1) + "0000", text)
    if "万" in text:
        for said in (_ZEROS_THEN_WAN, _WAN_AFTER_ZEROS):  # 零零两万, 两万前面还有两个零
            text = said.sub(lambda m: "00" + str(_CN_DIGITS[m.group(1)]) + "0000", text)
    if ("前" in text or "开头" in text or "開頭" in text or "zero" in text or "0s" in text) and _DIGITS_THEN_ZEROS_BEFORE.search(text):
        text = _DIGITS_THEN_ZEROS_BEFORE.sub(lambda m: " 00" + (m.group(1) or m.group(2)) + " ", text)  # 20000 前头还有两个零
    if ("后" in text or "再" in text) and _ZEROS_THEN_DIGITS.search(text):  # 俩0后边跟个20000
        text = _ZEROS_THEN_DIGITS.sub(lambda m: m.group() if _UNIT_AFTER.match(text, m.end()) or (
            _KEYED_ZEROS.search(text, max(0, m.start() - 4), m.start())) else "00" + m.group(1), text)
    if _MIXED_HINT.search(text):  # 00二0000: one number, its digits typed two ways
        text = _MIXED_RUN.sub(lambda m: "".join(str(_CN_DIGITS.get(ch, ch)) for ch in m.group()) if (
            re.search(r"\d", m.group()) and re.search(r"[零〇一二三四五六七八九]", m.group())) else m.group(), text)
    if ("俩" in text or "两个" in text or "双" in text) and _DOUBLED.search(text):
        text = _DOUBLED.sub(lambda m: m.group() if _UNIT_AFTER.match(text, m.end()) or (
            m.group(1) in "0零〇" and _KEYED_ZEROS.search(text, max(0, m.start() - 4), m.start())) else
                            str(_CN_DIGITS.get(m.group(1), m.group(1))) * 2, text)
    if ("收" in text or "付" in text or "刷" in text or "共" in text or "合计" in text or "是" in text) and _CN_AMOUNT.search(text):
        text = _CN_AMOUNT.sub(lambda m: (_cn_amount(m.group(1)) or m.group(1)), text)
    if ("百" in text or "千" in text or "万" in text) and _CN_HUNDREDS.search(text):
        # (rec35: such a number said alone, the whole message, is a sum told: "两千零五" -> 2005元)
        text = _CN_HUNDREDS.sub(lambda m: (_cn_amount(m.group()) or m.group()) + (
            "元" if _cn_amount(m.group()) and not text[:m.start()].strip() and not text[m.end():].strip() else ""), text)
    if _MIXED_HINT.search(text):
        text = _MIXED_LONG.sub(lambda m: "".join(str(_CN_DIGITS.get(ch, ch)) for ch in m.group()), text)
        text = _MIXED_PAIR.sub(lambda m: "".join(str(_CN_DIGITS.get(ch, ch)) for ch in m.group()) if (
            _NUMERAL_ANNOUNCED.search(text[max(0, m.start() - 6):m.start()])
            or _PART_BEFORE.search(text[max(0, m.start() - 1):m.start()]) and _PART_AFTER.match(text, m.end())
        ) and not _UNIT_AFTER.match(text, m.end()) else m.group(), text)
    if ("诶" in text or "欸" in text) and _VOICE_A_DIGIT.search(text):
        text = _VOICE_A_DIGIT.sub(lambda m: "a" + str(_CN_DIGITS[m.group(1)]) if _NUMERAL_ANNOUNCED.search(
            text[max(0, m.start() - 6):m.start()]) else m.group(), text)
    if ("爱" in text or "愛" in text) and _VOICE_AI_DIGIT.search(text):
        text = _VOICE_AI_DIGIT.sub(lambda m: "a" + str(_CN_DIGITS[m.group(1)]) if _NUMERAL_ANNOUNCED.search(
            text[max(0, m.start() - 6):m.start()]) else m.group(), text)
    if _ZERO_SOUNDS.search(text) and _LETTER_ZERO.search(text):
        text = _LETTER_ZERO.sub(r"\g<1>0", text)
    if _LETTER_DIGIT.search(text):
        text = _LETTER_DIGIT.sub(lambda m: m.group(1) + str(_CN_DIGITS[m.group(2)]) if _NUMERAL_ANNOUNCED.search(
            text[max(0, m.start() - 6):m.start()]) else m.group(), text)
    if ("呀" in text or "亚" in text or "吖" in text) and _CANTONESE_TENS.search(text):
        text = _CANTONESE_TENS.sub(r"\1十", text)  # 四呀一 -> 四十一
    if ("十" in text or "两个" in text) and _SPLIT_TENS.search(text):
        text = _SPLIT_TENS.sub(_split_tens, text)
    if not _CN_NUMERAL.search(text):
        return text

    def convert(m: re.Match) -> str:
        run = m.group()
        if run[-1] == "零" and m.end() < len(text) and text[m.end()] in _ZERO_WORDS:
            return run  # 零零星星, 零散: words of 零, not zeros
        if m.end() < len(text) and text[m.end()] in "百千万萬亿億" and "十" not in run and "拾" not in run:
            return run  # the digits of a larger number ("多按了个零 一万二" joined: 零一万二), no code
        before = text[max(0, m.start() - 6):m.start()]
        if not (_NUMERAL_ANNOUNCED.search(before) or _ROUGH_TENS.search(text, max(0, m.start() - 14), m.start()) or _UNIT_AFTER.match(text, m.end()) or _LONG_ZEROS.fullmatch(run) or (
                _PART_BEFORE.search(before) and _PART_AFTER.match(text, m.end())) or _SHOWN_AFTER.match(text, m.end())):
            return run  # inside a phrase: 五五开, 一一试过, 九九乘法表
        if (len(run) == 2 and run[0] in _CN_DIGITS and run[1] in _CN_DIGITS and _CN_DIGITS[run[1]] == _CN_DIGITS[run[0]] + 1
                and _ROUGH_COUNT_AFTER.match(text, m.end())):
            return run  # rec37: a count said roughly ("报了四五回", "出了三四次"): four or five times, no code
        if "十" not in run and "拾" not in run:
            if _BANKERS.search(run) and not (_NUMERAL_ANNOUNCED.search(before) or len(run) >= 5 or (
                    _PART_BEFORE.search(before) and _PART_AFTER.match(text, m.end()))):
                # 陆陆续续 is "one after another"; the banker's forms say tens, or digits a
                # word announces as a code ("报错代码：零伍", as written on a form), or that
                # stand as a word of their own ("叁捌 客人输错太多次了"), or a long code's
                return run
            return "".join(str(_CN_DIGITS[ch]) for ch in run)
        tens = _CN_TENS.fullmatch(run)
        if not tens:  # 四五十, 十十: approximations and noise stay words
            return run
        if not tens.group(2) and m.end() < len(text) and text[m.end()] in "几幾多来來":
            return run  # lead28: "六十几", "五十多": sixty-something, a number not remembered, no code
        return str(_CN_DIGITS.get(tens.group(1), 1) * 10 + _CN_DIGITS.get(tens.group(2), 0))

    return _CN_NUMERAL.sub(convert, text)


def mask_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every number that is not a code: amounts, times, phone, dates,
    order numbers, sizes and counts. Earlier patterns win where spans overlap."""
    spans = [(m.start(), m.end(), "date") for m in _WEEKDAY.finditer(text)] if (
        _WEEKDAY_HINT.search(text)) else []
    if _LUNAR_HINT.search(text):
        spans = sorted(spans + [(m.start(), m.end(), "date") for m in _LUNAR_DATE.finditer(text)
                                if not any(s < m.end() and m.start() < e for s, e, _ in spans)])
    if not _DIGIT.search(text):  # most descriptions have no number at all
        return spans
    taken = [False] * len(text)
    for start, end, _ in spans:
        taken[start:end] = [True] * (end - start)
    starts = [m.start() for m in _NUMBER.finditer(text)]
    for kind, pattern, hint, at_number in _MASKS:
        if hint is not None and not hint.search(text):  # (one scan for all the hint's words)
            continue
        for m in _at_numbers(pattern, text, starts) if at_number else pattern.finditer(text):
            # a pattern with a group "n" masks the number only; the word before it stays
            start, end = m.span("n") if "n" in pattern.groupindex else m.span()
            if not any(taken[start:end]):
                spans.append((start, end, kind))
                taken[start:end] = [True] * (end - start)
    if _NOT_A_SCREEN_HINT.search(text):  # rec34: numbers drawn in a lottery, numbers compared
        for m in _NOT_A_SCREEN.finditer(text):
            for n in _NUMBER.finditer(text, m.start(), m.end()):
                if not any(taken[n.start():n.end()]):
                    spans.append((n.start(), n.end(), "number"))
                    taken[n.start():n.end()] = [True] * (n.end() - n.start())
    return sorted(spans)


# rec34: numbers that are no screen's: a lottery's numbers (双色球 03 07 21 ..., "check my lotto
# numbers 12 19 33"), three or more after the draw is named (a lottery shop's "彩票店 显示51" keeps
# its code); and two numbers compared ("91和96
# 哪个大", "which is bigger, 12 or 21"): a child's sum, a price
_NOT_A_SCREEN = re.compile(
    r"(?:双色球|大乐透|七乐彩|彩票|福彩|体彩|六合彩|(?<![a-z])(?:lotto|lottery|powerball|mark six)(?![a-z]))"
    r"\D{0,16}?(?:\d{1,2}(?:\s*(?:[,，、+]|加|and|plus)?\s*)){3,}"
    r"|\d+\s*(?:和|跟|与|同|还是|比)\s*\d+\s*(?:哪个|哪一个|谁)(?:更)?(?:大|小|多|少)"
    r"|(?<![a-z])which(?: one)? is (?:bigger|larger|smaller|higher|lower|more|less),? \d+ or \d+")
_NOT_A_SCREEN_HINT = re.compile(r"双色球|乐透|乐彩|彩票|福彩|体彩|六合彩|lotto|lottery|powerball|mark six|哪个|哪一个|谁|which")


def _at_numbers(pattern: re.Pattern, text: str, starts: list[int]):
    """pattern.finditer(text) for a pattern opening with AT_NUMBER: tried at the starts of
    numbers only, each after the last match's end."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


# rec30: a code corrected in the message: the words of a correction ("sorry I mean", "no wait",
# "*51" as a typo is corrected, "不对 是", "打错了", "唔系 系"), a code denied right before ("not
# 15", "不是15"), and a pair of digits said spaced before its denial ("5 1 not 15")
_CORRECTION = re.compile(
    r"(?<![a-z])(?:sorry|no wait|wait no|wait|i mean|i meant|i mean to say|oops|correction|my bad|actually|typo)(?![a-z])"
    r"|(?:^|\s)\*(?=\s*\d)|不对|不是的|不是[系是]|打错了?|说错了?|写错了?|看错了?|搞错了?|更正|应该是|唔系|唔啱"
    # rec31: or the screen looked at again after a doubt ("57还是58来着 我去看一眼 是58", "just checked, it's 58")
    r"|看一眼|看了一眼|看了下|(?<![没未])看清楚|确认了|确定了|(?<![a-z])(?:just checked|i checked|checked again|double checked|had a look)(?![a-z])"
    # rec55: ... said as the merchant goes to look ("我再看下", "瞄一眼", "睇下先", "let me check")
    r"|再看[下看]|再看[一了]?[下眼]|我看[一了]?下|再[瞄瞅睇][一了]?[下眼吓]?|[瞄瞅][了一][下眼]|睇[下吓]先|我睇[下吓]"
    r"|(?<![a-z])(?:let me (?:check|look|see)|looked again|look again|lemme check|hold on)(?![a-z])"
    # rec32: or the screen read upside down (the terminal faces the customer: 15 read for 51)
    r"|看倒了?|看反了?|倒着|倒过来|反着看|(?<![a-z])upside[- ]down(?![a-z])")
# rec55: a doubt between two codes ("13还是31", "57 or 58", "91定19"): when one of them is said again
# after it, the code said last is the one the merchant settled on
_TOKEN_HEAD = re.compile(r"^[0-9a-z\-]+")
_DOUBT_BETWEEN = re.compile(r"^\s*(?:还是|或者|或是|或|抑或|定系|定是|(?<![a-z])(?:or|or maybe|maybe)(?![a-z])|/)\s*$")
_DENIED = re.compile(r"(?:(?<![a-z])(?:not|isn'?t|wasn'?t)|不是|唔系|并非)\s*(?:code|error|err|码|代码)?\s*[:：]?\s*$")
# rec32: a code's digits typed apart (on lines of their own, or "7和5") and then said to be the
# code's two numbers ("就这俩数", "两个数", "two digits"): the digits joined, when a code
_DIGITS_NAMED = re.compile(r"(?<![\d.,:/])(\d)\s*(?:和|跟|与|、|,|，|&|and)?\s*(\d)(?!\d|[.,:/]\d)\s*[,，]?\s*"
                           r"(?:就这|就是|就|这|一共|共|总共)?\s*(?:俩|两个|2个|二个)\s*(?:数字|数|字)"
                           r"|(?<![\d.,:/])(\d)\s*(?:and|,|&)?\s*(\d)(?!\d|[.,:/]\d)\s*[,，]?\s*(?:only\s+|just\s+)?(?:two|2)\s+(?:digits|numbers)")
_DIGITS_NAMED_HINT = re.compile("俩|两个|2个|二个|two|2 ")
# rec32: a long code a phone's notes grouped in thousands ("0,020,000"): a number whose first group
# is a lone 0 is no amount; read without its commas, when a long code
_ZERO_GROUPED = re.compile(r"(?<![\d,.])0(?:,\d{3})+(?![\d,])")
# rec41: the long code typed broken up, its zeros in front first ("00,20000", "00 then 20000",
# "00 后面20000", "0 跟住 020000"): the groups joined when they make a long code exactly (else the
# first group alone read 00, "approved", to a merchant whose sale fails). Not a run that goes on
# in more digits ("00 20000 1234": a phone number's groups). Words: number_phrases.yaml long_split.
_LONG_SPLIT_RUN = re.compile(
    r"(?<![\d,.])(0{1,3})\s*(?:(?:" + _either(sorted(_LONG_SPLIT["joins"], key=len, reverse=True)) + r")\s*)?"
    r"(\d{1,3}(?:[,.]\d{3})+|\d{3,7})(?![\d,.]?\d)(?!\s?[-.,]?\s?\d{3})")
# rec41: a run of the long code with its zeros miscounted, two zeros in front ("002000",
# "00200000"), in a message that tells a sale or a card failing (long_slipped_context)
_LONG_SLIPPED = re.compile(r"(?<![\d,.])00\d{3,6}(?![\d,.]?\d)")
_FAILING_SALE = re.compile(r"(?<![a-z])(?:" + _either(_LONG_SLIPPED_CONTEXT["en"]) + r")|"
                           + _either(_LONG_SLIPPED_CONTEXT["zh"]))
# rec52: ... or in one where the merchant says the run is a zero off ("002000 好像少个零", "missing a
# zero"): then a run with one zero in front ("020000") is read too (long_slipped_said)
_ZERO_OFF_SAID = re.compile(r"(?<![a-z])(?:" + trie_pattern(_LONG_SLIPPED_SAID["en"]) + r")|"
                            + trie_pattern(_LONG_SLIPPED_SAID["zh"]))  # (a trie: the words are many)
_ZERO_OFF_RUN = re.compile(r"(?<![\d,.])0[02]\d{3,6}(?![\d,.]?\d)")
# rec32: what a code-like token names when one of these follows it: a zone, a block, a shelf, a
# stall (a warehouse's "A0区", a market's "B5档口"), in a message that does not announce a code
_PLACE_AFTER = re.compile(r"\s?(?:区(?![别分])|栋|幢|排|座|仓|库|柜|货架|展位|摊位|档口|车位|单元|号楼|号库|号仓|号柜|号架|号摊|号档"
                          # rec48: a metro or station exit, a gate (地铁A7出口, B2入口, C1口出来)
                          r"|出口|入口|出站口|进站口|号口|口出|口进|口出来|口进去|闸口|閘口"
                          r"|(?:zone|aisle|block|shelf|bay|stall)(?![a-z]))")
_HASHED_LONG = re.compile(r"#\s?(\d{5,8})(?!\d)")
_SPACED_CORRECTED = re.compile(r"(?<![\d.,:])(?P<a>\d) (?P<b>\d)(?=\s*,?\s*(?:not|isn'?t|不是|唔系)\s*\d)")


_DISPLAY_BEFORE = frozenset("hcrfda")  # (host, code, response, fail, decline, answer; not v, a version)
_DISPLAY_AFTER = frozenset("ercdfa")  # (not s, m, h, k, x: seconds, minutes, hours, thousands, times)


@dataclass(frozen=True)
class CodeHit:
    code: str  # canonical code
    start: int
    strong: bool  # announced by a marker word (错误码, code, E-prefix) rather than bare


class CodeFinder:
    def __init__(self, index: dict[str, str]):
        """index maps every spelling (upper case, aliases included) to the canonical code."""
        self._index = index
        self._long = {k for k in index if len(k.lstrip("-")) >= 5}

    @property
    def spellings(self):
        """Every spelling it knows (upper case, aliases included)."""
        return self._index.keys()

    def knows(self, spelling: str) -> bool:
        """Whether a spelling (51, A0, e51) is a code of the knowledge base."""
        return spelling.upper() in self._index

    def _canonical(self, token: str, marked: bool = False, lookalike_only: bool = False) -> tuple[str | None, bool]:
        """(canonical code, prefixed) for a token like 51, a0, e51, err-96; None if no code.
        Look-alike letters count as digits when a digit is there too (o5, 5l, 9i, 0o20000) or a
        marker word announced the token (显示AO); S, B and Z only beside a digit in an announced
        token (显示S1), and a pair of S, Z and g alone after a marker word (出个SS); `lookalike_only`:
        not those (an unannounced token, a candidate only)."""
        upper = token.upper()
        if upper in self._index:
            return self._index[upper], False
        digit = _DIGIT.search(token) is not None
        if not digit and marked and 5 <= len(token) <= 8 and "o" in token and not token.strip("oz"):
            # rec35: a long code copied off the screen in letters that look like its digits, after
            # a word announcing it ("屏幕上是OOZOOOO": O for 0, Z for 2), when it reads as one
            read = token.translate(_LOOKALIKE_MARKED).upper()
            if read in self._long:
                return self._index[read], True
        if not digit and len(token) > 3:
            return None, False  # a word (every code of more than three characters has a digit)
        prefixed = _PREFIXED.fullmatch(token)
        if prefixed:
            rest = prefixed.group(1).upper()
            if rest in self._index or (rest := rest.translate(_LOOKALIKE_UPPER)) in self._index:
                return self._index[rest], True  # E51, err-96, E-O5
        if len(token) == 3 and token[1] == "-" and marked:  # a-0, A-7: one code hyphenated
            code, prefixed = self._canonical(token[0] + token[2], marked)
            if code:
                return code, prefixed
        if len(token) == 3 and token[0] == "0" and token[1:].isdigit() and token[1:] != "00" and (
                token[1:] in self._index):
            # a host code padded to three digits, as some terminals and slips print it ("051",
            # "RC 005"): the two-digit code ("000" is left alone: a run of zeros, no "approved")
            return self._index[token[1:]], False
        if marked and len(token) == 4 and token[:2] == "00" and token[2:] != "00" and token[2:] in self._index:
            # rec28: padded to four digits after a word announcing it ("ERR 0055"): the code
            return self._index[token[2:]], False
        if marked and 3 <= len(token) <= 4:
            # rec30: a host code with the letter a display shows beside it, after a word announcing
            # it ("显示H51", "shows r51", "显示：51E", "display: 51-A"): the code (not a unit after
            # it, "shows 30s", nor a version, "v12")
            bare = token.replace("-", "") if len(token) == 4 and "-" in token[1:3] else token
            if len(bare) == 3 and (bare[0] in _DISPLAY_BEFORE and bare[1:].isdigit() and (rest := bare[1:])
                                   or bare[2] in _DISPLAY_AFTER and bare[:2].isdigit() and (rest := bare[:2])):
                if rest in self._index and rest.isdigit():
                    return self._index[rest], False
        if len(token) in (4, 6) and token == token[:2] * (len(token) // 2) and (marked or len(set(token)) > 1):
            # a code said again and again: 0505, o5o5o5 (rec32: one digit over and over, unannounced,
            # is chat's sound or cheer, 555555 crying and 666666 "well done", no code)
            code, _ = self._canonical(token[:2], marked)
            if code:
                return code, False
        if len(token) <= 3 and (marked or digit) and (digit or "i" not in token or token.strip("oli")):
            # (rec29: letters that are all look-alikes with an i, "li", "io", "oi", are words -
            # pinyin, Creole, a greeting - not 11 or 10: a lower-case i is no one's 1)
            segment = marked and not digit and len(token) == 2 and set(token) <= _SEGMENT_ONLY and not lookalike_only
            read = token.translate(_LOOKALIKE_MARKED if marked and digit or segment else _LOOKALIKE).upper()
            if read != upper and read in self._index:
                return self._index[read], False
            if (marked and digit or segment) and "b" in token and (read := token.translate(_LOOKALIKE_MARKED_ALT).upper()) in self._index:
                return self._index[read], False
        elif digit and len(token) >= 5:  # a long code with some zeros typed as O (0O20000)
            # (rec36: and its 2 as a Z, "00Z0000": a long code only, which no word is)
            read = token.translate(_LOOKALIKE_LONG).upper()
            if read != upper and read in self._long:
                return self._index[read], True
        return None, False

    def _slipped(self, token: str) -> str | None:
        """dlg46: the one long code a run of digits is with its zeros miscounted, as merchants
        copy a screen of zeros: one zero too many or too few ("00200000", "002000"), or the
        leading zeros left off ("20000": a number's zeros in front are nothing to most people).
        dlg49: or two neighbours typed the other way round ("0002000": the 2 a place early), or
        the zeros at the end cut short ("00200": the message sent before the screen was copied).
        Only where a word named an error (the caller), and only when one code fits."""
        if not token.isdigit() or not 5 <= len(token) <= 8 or token in self._index:
            return None
        reads = {token[:i] + token[i + 1:] for i, ch in enumerate(token) if ch == "0"}
        reads |= {token[:i] + "0" + token[i:] for i in range(len(token) + 1)}
        reads |= {"0" + token, "00" + token}
        reads |= {token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(len(token) - 1)}
        reads |= {token + "0", token + "00"}
        fits = {self._index[r] for r in reads if r in self._long}
        return fits.pop() if len(fits) == 1 else None

    def zero_off(self, token: str) -> str | None:
        """rec52: the long code a run of digits that is none is with one zero too few or too many
        ("002000", "020000"), or None."""
        return None if self.knows(token) else self._zero_miscounted(token)

    def _zero_miscounted(self, token: str) -> str | None:
        """rec41: the one long code a run of digits is with one zero too few or too many
        ("002000", "00200000"), its two zeros in front kept; not the other slips _slipped
        reads after an error word (digits swapped, the tail cut short)."""
        reads = {token[:i] + token[i + 1:] for i, ch in enumerate(token) if ch == "0"}
        reads |= {token[:i] + "0" + token[i:] for i in range(len(token) + 1)}
        fits = {self._index[r] for r in reads if r in self._long and r.startswith("00")}
        return fits.pop() if len(fits) == 1 else None

    def _corrected(self, norm: str, hits: list[CodeHit]) -> list[CodeHit]:
        """rec30: a code the merchant corrects in the same message ("code 15 sorry I mean 51",
        "显示15 不对 是51", "its 5 1 not 15"): the code denied ("not 15", "不是15") or said before a
        word of correction that another code follows goes last (start -1 - start), the code
        said as meant first; a spaced pair said so is read ("5 1 not 15": 51). One code alone
        stays what it is ("it's not 51, it's a black screen")."""
        for m in _SPACED_CORRECTED.finditer(norm):
            code, _ = self._canonical(m.group("a") + m.group("b"))
            if code:
                hits.append(CodeHit(code, m.start("a"), True))
        codes = {h.code for h in hits}
        if len(codes) < 2:
            return hits
        fixes = [m.end() for m in _CORRECTION.finditer(norm)]
        ordered = sorted(hits, key=lambda h: h.start)
        for first, second in zip(ordered, ordered[1:]):
            # rec55: "13还是31 ... 31": the doubt settled by the code said again after it
            if first.code != second.code and _DOUBT_BETWEEN.match(
                    _TOKEN_HEAD.sub("", norm[first.start:second.start])) and (settled := next(
                    (h for h in reversed(ordered) if h.start > second.start and h.code in (first.code, second.code)),
                    None)):
                return sorted([h if h.code == settled.code else CodeHit(h.code, -1 - h.start, h.strong) for h in hits],
                              key=lambda h: h.start < 0)
        kept = []
        for h in hits:
            denied = _DENIED.search(norm[max(0, h.start - 12):h.start]) is not None
            # (the code meant said close after the correction: "sorry for my english ... 05" is no correction)
            superseded = any(h.start < at and any(at <= o.start <= at + 12 and o.code != h.code for o in hits)
                             for at in fixes)
            kept.append(CodeHit(h.code, -1 - h.start, h.strong) if denied or superseded else h)
        if all(h.start < 0 for h in kept):
            return hits
        return kept

    def lookalikes(self, norm: str) -> list[str]:
        """Codes that short letter-only tokens read as with look-alike letters ("AO" -> A0),
        in reading order: without a digit or a marker word they are only candidates, for the
        recogniser to confirm (knowledge.matcher: the message is about the code's category)."""
        found = []
        for m in _TOKEN.finditer(norm):
            token = m.group()
            if len(token) <= 3 and token.isalpha():
                code, _ = self._canonical(token, marked=True, lookalike_only=True)
                if code and code not in found:
                    found.append(code)
        return found

    def find(self, text: str, normalised: bool = False,
             masks: list[tuple[int, int, str]] | None = None) -> list[CodeHit]:
        """All codes in text, strongest first, then in reading order. `masks`: mask_spans of
        the normalised text when the caller has them already."""
        norm = chinese_numerals(text if normalised else normalise(text))
        if not _LATIN_OR_DIGIT.search(norm):
            return []  # every code is digits or Latin letters: none in most Chinese messages
        hits: list[CodeHit] = []
        # Long codes typed with spaces ("002 0000") before masking eats them as numbers.
        for m in _SPACED_DIGITS.finditer(norm):
            joined = re.sub(r"[ \-.]", "", m.group())
            if joined in self._long and joined != m.group():
                hits.append(CodeHit(self._index[joined], m.start(), True))
        for m in _ZERO_GROUPED.finditer(norm) if "0," in norm else ():
            joined = m.group().replace(",", "")
            if joined in self._long:
                hits.append(CodeHit(self._index[joined], m.start(), True))
        # rec45: a long code with a hash before it ("就跳 #0020000", "#0020000 again"): the screen's
        # code, not an order number's label (no order, trace or receipt number is exactly a code)
        for m in _HASHED_LONG.finditer(norm) if "#" in norm else ():
            if m.group(1) in self._long:
                hits.append(CodeHit(self._index[m.group(1)], m.start(1), True))
        for m in _LONG_SPLIT_RUN.finditer(norm) if "0" in norm else ():
            joined = m.group(1) + re.sub(r"[,.]", "", m.group(2))
            if joined in self._long and joined != m.group():
                hits.append(CodeHit(self._index[joined], m.start(), True))
        said_off = ("零" in norm or "zero" in norm or "0" in norm or "ling" in norm) and _ZERO_OFF_SAID.search(norm)
        if said_off or "00" in norm and _FAILING_SALE.search(norm):
            # (not a number named so: "trace no 002000", "凭证号002000"; a bare run of eight digits
            # is masked as an order number all the same, and stays a candidate here)
            named = [(start, end) for start, end, kind in (mask_spans(norm) if masks is None else masks)
                     if kind in _NOT_ANNOUNCED or kind == "order" and start < end - 8]
            for m in (_ZERO_OFF_RUN if said_off else _LONG_SLIPPED).finditer(norm):
                if not any(start <= m.start() < end and (start, end) != m.span() for start, end in named) and (
                        code := self._zero_miscounted(m.group())):
                    hits.append(CodeHit(code, m.start(), True))
            for m in _LONG_SPLIT_RUN.finditer(norm) if said_off else ():  # "00 2000 少了个零"
                joined = m.group(1) + re.sub(r"[,.]", "", m.group(2))
                if joined != m.group() and joined.startswith("0") and (code := self._zero_miscounted(joined)):
                    hits.append(CodeHit(code, m.start(), True))
        for m in _DIGITS_NAMED.finditer(norm) if _DIGITS_NAMED_HINT.search(norm) else ():
            code, _ = self._canonical((m.group(1) or m.group(3)) + (m.group(2) or m.group(4)))
            if code:
                hits.append(CodeHit(code, m.start(), True))
        # A code spelled out a character at a time ("R C 9 1", "E 5 1"): the characters joined,
        # when they make a code with its prefix or a letter (two digits alone need a marker)
        digits = _DIGIT.search(norm) is not None  # every spelled or spaced code has a digit
        for m in _SPELLED.finditer(norm) if digits else ():
            joined = m.group().replace(" ", "")
            code, prefixed = self._canonical(joined)
            if code and (prefixed or not joined.isdigit()):
                hits.append(CodeHit(code, m.start(), True))
        if digits and _TWO_SPACED_DIGITS.fullmatch(norm):  # the whole message is a code spaced apart: "5 1"
            code, _ = self._canonical(norm.replace(" ", ""))
            if code:
                hits.append(CodeHit(code, 0, True))
        # A look-alike token with the announcing word after it ("AO error", "AO错误"): O for
        # zero only ("io error" is no 10)
        for m in _MARKED_AFTER.finditer(norm) if _AFTER_HINT.search(norm) else ():
            read = m.group(1).replace("o", "0")
            if read != m.group(1) and self.knows(read):
                hits.append(CodeHit(self._index[read.upper()], m.start(1), True))
        for m in _MARKED_LETTER_SPACED.finditer(norm) if digits else ():
            code, _ = self._canonical(m.group(1) + m.group(2))
            if code and not code.isdigit():
                hits.append(CodeHit(code, m.start(1), True))
        spans = mask_spans(norm) if masks is None else masks
        for m in _MARKED.finditer(norm):
            if any(start <= m.start(1) and m.end(1) <= end and kind in _NOT_ANNOUNCED
                   for start, end, kind in spans):
                continue  # "显示是12点": a time, a date, a phone number after the word, no code
            token = m.group(1)
            if _TENS_AND_UNITS.fullmatch(token):  # "90 4": ninety-four said, voice-typed apart
                token = token[0] + token[-1]
            code, _ = self._canonical(token.replace(" ", ""), marked=True)
            if code is None and " " in token:  # "报 5 次": the first character alone
                code, _ = self._canonical(token[0], marked=True)
            # dlg81: or eight digits shown with two zeros in front (_ZEROS_IN_FRONT)
            if code is None and (_ERROR_WORD.search(norm, m.start(), m.start(1)) or _ERROR_AFTER.match(
                    norm, m.end(1)) or _ZEROS_IN_FRONT.match(token)) and not re.match(r"\s*(?:" + _MONEY_UNITS + ")", norm[m.end(1):]):
                code = self._slipped(token)  # (not a sum: "error 20000 rupees")
            if code:
                hits.append(CodeHit(code, m.start(1), True))
        masked = list(norm)
        for start, end, _ in spans:
            masked[start:end] = " " * (end - start)
        masked = "".join(masked)
        # Beside an amount, a bare "00" is its cents ("按的38 然后00"), not "approved".
        cents = any(kind == "amount" for _, _, kind in spans)
        # A number said as a measure, a sum or a count elsewhere in the message is that again
        # when it recurs bare ("stuck at 45 percent ... restarts, again 45"): no code
        measured = {n for start, end, kind in spans if kind in ("number", "amount")
                    for n in _NUMBER.findall(norm[start:end])}
        for m in _TOKEN.finditer(masked):
            if cents and m.group() == "00":
                continue
            if _PLACE_AFTER.match(masked, m.end()):
                continue  # rec32: a place named by it ("A0区的货架", "B2栋", "aisle 12"): no code
            if m.group() in measured:
                continue
            code, prefixed = self._canonical(m.group())
            if code:
                hits.append(CodeHit(code, m.start(), prefixed or len(code.lstrip("-")) >= 5))
        if len(hits) > 1 or digits and _SPACED_CORRECTED.search(norm):
            hits = self._corrected(norm, hits)
        hits.sort(key=lambda h: (h.start < 0, not h.strong, h.start))
        seen: set[str] = set()
        return [h for h in hits if not (h.code in seen or seen.add(h.code))]


_world()  # rec56: the library's number words built (or loaded from the cache) once, at load
