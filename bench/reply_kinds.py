"""Which kinds (shapes) of merchant reply the bot misreads: a cross-file measure.

Every dev and released typed merchant (typed_merchants_dev*, holdout19 … holdout36) is played
through the typed simulator itself (dialogs.typed_simulate.play, which records each reply when
asked to).
Every reply the simulator sends to a pending question (state diagnosing) or to a fix or an
explanation (state fixing / explained) is classified by its *shape* with the rule set SHAPES
below (regexes and word lists, data of this bench, not of the product; a reply may have several
shapes; one with none is "plain"), and per shape it reports:

- replies: how many replies have the shape;
- not read: the bot did not read the reply: it said it did not understand (`not_understood`)
  or re-asked (`reask`);
- re-asked: the bot asked the same question again (`question_reasked`: it read a fact, or
  nothing, but not an answer; many are the simulator's replies to another question, chosen by a
  word of the bot's message);
- (round twenty-six) reports_back is no shape of the words: it is the reply after one of shape
  try_later (the merchant said they would try later; this is their report);
- flipped: the bot read the opposite polarity where the simulator knows the intended answer: a
  `not_fixed` reply read as the fix having worked (`fix_outcome` worked, or `resolved`), or the
  `fixed` reply read as it having failed (`fix_outcome` not worked). Answers to questions carry
  no known polarity, so `flipped` counts only fix replies (`fix replies` column).

Usage: PYTHONPATH=. .venv/bin/python bench/reply_kinds.py [--examples SHAPE|all]
--examples SHAPE prints the unclear / flipped replies of one shape (file, id, state, reply) for
dev and released files only (it refuses any still-held-out file: it never reads one).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.told_up_front import dev_and_released_files  # noqa: E402
from dialogs.prepared import prepared_engine  # noqa: E402
from dialogs.typed_simulate import _simplified, play  # noqa: E402


# --- the rule set: each shape is a list of regexes over the reply in simplified script, lower
# case (one match is enough). Kept as data here: the bench's own rules, never the product's.
_EN_YES = r"(yes|yeah|yep|yup|ya|yah|yea|aye|sure|ok|okay|correct|right)"
_EN_NO = r"(no|nope|nah|nay|not|never|none|nothing)"
SHAPES: dict[str, list[str]] = {
    # a number only: "2", "3", "二", "两"
    "number_only": [r"^\W*(\d+|[一二两三四五六七八九十]+)\W*$"],
    # a hedge: "maybe", "I think so", "好像", "应该是吧"
    "hedge": [r"\b(maybe|perhaps|probably|i think|i guess|not sure|dunno|don'?t know|idk|"
              r"i reckon|kinda|sort of|might)\b",
              r"(可能|好像|应该|大概|估计|似乎|不确定|不太清楚|不知道|唔知|唔肯定|好似|大概|也许|说不定|不晓得|唔清楚)"],
    # a time of day or a time since, instead of yes / no
    "time_of_day": [r"\b(since|this|last|from)\s+(morning|lunch|noon|afternoon|evening|night|yesterday|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b",
                    r"\b\d{1,2}\s*(am|pm|o'?clock)\b", r"\b\d{1,2}:\d\d\b",
                    r"\b(minutes?|hours?|days?) ago\b",
                    r"(早上|上午|中午|下午|晚上|今早|今朝|昨天|昨日|琴日|尋日|寻日|晏昼|夜晚|午饭|点钟|点多|分钟前|小时前|钟头|刚才|啱啱)"],
    # a count: "3 of 5", "two out of ten", "三张里两张", "试了三次"
    "count": [r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(of|out of|in)\s+"
              r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
              r"\b(\d+|two|three|four|five|six|several|few)\s+(times|cards|customers|tries|goes)\b",
              r"([\d一二两三四五六七八九十几]+\s*(张|次|回|个客|单|笔|趟))"],
    # a reason for a no: "no, the boss has the key", "没有 因为…"
    "reason_no": [rf"\b{_EN_NO}\b.*\b(because|cause|coz|cos|since|as)\b",
                  rf"\b(can'?t|cannot|couldn'?t)\b.*\b(because|cause|coz|cos|boss|key|locked|password)\b",
                  r"(没|冇|不|唔).*(因为|因為|所以|老板|钥匙|密码|锁)"],
    # who did something: "my daughter unplugged it", "伙计动过"
    "who_did": [r"\b(my|the|our)\s+(daughter|son|wife|husband|nephew|niece|boss|staff|cashier|"
                r"brother|sister|mum|mom|dad|cousin|worker|guy|girl|helper|partner|kid)\b",
                r"(女儿|儿子|老婆|老公|侄子|外甥|老板|伙计|店员|收银|员工|小妹|我哥|我姐|我弟|我妹|师傅|"
                r"老婆|老公|细佬|阿哥|家姐|个仔|个女|同事|工人)"],
    # can't try now (a queue, busy, later)
    "cant_now": [r"\b(can'?t|cannot|not now|later|busy|queue|line of|wait|hold on|in a minute|"
                 r"one sec|gimme|give me a)\b",
                 r"(等会|等一下|等下|稍等|现在不行|现在没空|没空|排队|忙|晚点|一阵|阵间|等阵|唔得闲|待会|回头)"],
    # a correction of one's own earlier message: "sorry I meant", "*word", "不是…是"
    "self_correction": [r"(^|\s)\*\w", r"\b(i meant|i mean|sorry|correction|typo|not the .* the)\b",
                        r"(打错|说错|讲错|我是说|更正|不对 是|唔系.*系)"],
    # the screen's words instead of yes / no
    "screen_words": [r"\b(screen|display)\s+(says|said|shows|showed|show|reads|read)\b", r"\bit says\b",
                     r"(显示|屏幕上|屏上|写着|写住|提示|跳出|出现)"],
    # repeating the first complaint: the error code (or its number) said again
    "repeats_complaint": [r"(0020000|0,020,000|2万|两万|俩零|zero zero two|二零零零零)",
                          r"\b(still (the )?(same )?(error|code|zeros))\b"],
    # asking the bot to repeat or explain its question
    "ask_repeat": [r"\b(what do you mean|what does that mean|come again|say (that|it) again|"
                   r"don'?t understand|didn'?t understand|not understand|what\?|huh|pardon|"
                   r"another way|explain|wha (you|yuh|u) mean|whit ye mean|talk plain|tell me simple|talk simple|"
                   r"no undastand|no understand|no savv\w*|pa konpran|what to press|whit tae press)\b", r"^\W*\?+\W*$",
                   r"(什么意思|啥意思|乜意思|咩意思|听不懂|看不懂|不明白|唔明|再说一遍|再讲一次|说清楚|整不明白|没懂|不懂|"
                   r"看嘸|看呒|听嘸|太复杂|简单一点|简单点|按啥)"],
    # a typo in the key word (a few common ones)
    "typo_keyword": [r"\b(yse|yess+|yeh|noo+|nop|nopee|naw|nt|dint|didnt|doesnt|wont|cant|tryed|"
                     r"restared|rebooted?d|wrks?|wroks?|workd|batery|sigal|singal|recipt|papper)\b"],
    # a dialect yes / no, or a reply in dialect, pidgin or dropped-letter spelling
    "dialect_yesno": [r"\b(aye|nae|naw|ja|jo|si|yah|yas|ah\s?ya|lah|leh|mah|nay|neh)\b",
                      r"\b(nuttn|nuttin|nuthin|nothin|nuffin|nafin|nafatin|nada|samsem|dat|dis|tae|wha|whit|yuh|"
                      r"brah|da|mi|savvy|savve|konpran|ting|dem|wanem|canny|ye)\b",
                      r"^\W*(系|冇|中|得|唔得|冇得|没得|莫得|嗯呐|木有|么有|有嘅|冇嘅|未|唔系|不中|中嘞|得咗|冇啦)",
                      r"(不成|唔得|不管啊|搁是|擱是|犹原|同款|还蹦|嘸|呒|么斯|么子|咋整|啥子|撒子|寻着|歹得很|俺)"],
    # two messages run together: two sentences of two different kinds (long, several breaks)
    "run_together": [r"^(?=.{90,})(?:[^.!?。！？\n]+[.!?。！？\n]+\s*){2,}\S",
                     r"^(?=[^.!?。！？,，]{70,}$)[a-z ']+$"],
    # an emoji
    "emoji": [r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"],
    # a question back
    "question_back": [r"\?\s*$", r"(吗|吗？|呢|么|咩|乜|啊？)\s*[?？]?\s*$"],
    # already done / the fix's object already fine
    "already_done": [r"\b(already|did that|done that|tried that|tried it|new one|brand new)\b",
                     r"(已经|早就|试过|弄过|搞过|整过|做过|换过了|新的)"],
    # a partial success: "works for some cards now"
    "partial": [r"\b(some|half|only|most|few)\b.*\b(cards?|work|works|fine|go through|went through)\b",
                r"(有的|有些|部分|一半|个别|有时|时好时坏)"],
    # --- round twenty-six's shapes (docs/WRITERS.md) ---
    # two answers at once, one not asked yet: a yes / no, then a fact ("no, and it's only the chip
    # ones", "没有，而且只是插卡的不行")
    "two_answers": [rf"^\W*({_EN_YES}|{_EN_NO})\b\W+(and|but|also|plus|only|just|though|its|it s|it'?s)\b",
                    r"^\W*(有|没有|没|冇|有啊|是|是的|不是|对|对的|系|唔系|试过|试了|没试|好了|没好|还是不行)"
                    r"[，,。.\s]*(而且|不过|但是|但|只有|只是|就是|淨係|净系|都系|也是|也|还有|另外)"],
    # a place instead of yes / no ("only at the back counter", "就收银台那台")
    "place": [r"\b(at|in|on|by|near)\s+(the\s+)?(back|front|counter|till|bar|kitchen|door|window|"
              r"entrance|register|cashier|desk|stall|cart|van|upstairs|downstairs|shop|store|outside|inside|"
              r"terrace|patio|garden|hut|shed|booth|kiosk)\b",
              r"\b(the one|the machine|the terminal)\s+(at|in|on|by|near|upstairs|downstairs)\b",
              r"(收银台|收银处|前台|柜台|吧台|门口|楼上|楼下|后面那|前面那|里面那|外面那|后厨|厨房|"
              r"那台|这台|嗰部|呢部|嗰台|呢台|窗口|档口|摊位|车上|店外|店里)"],
    # a fraction or percentage ("half of them", "大概三成", "like 80%")
    "fraction": [r"\b(half|a quarter|quarter of|a third|third of|two thirds|most of|majority|"
                 r"nine out of|\d+\s*(%|percent|per cent|pc))\b|\d+\s*%",
                 r"(一半|一大半|大半|小半|[一二两三四五六七八九]成|几成|百分之|%|大部分|少部分|多数|少数|"
                 r"十个有|十张有|十张里|十个里)"],
    # a brand or model instead of the answer ("it's the Verifone one", "是新大陆的")
    "brand_model": [r"\b(verifone|ingenico|pax|newland|landi|sunmi|castles|nexgo|square|sumup|clover|"
                    r"worldline|spire|dejavoo|zettle|a920|a80|s920|v200|v240|move\s?5000|desk\s?[35]\d00|"
                    r"n910|me31|p2|t2|v2|tap ?to ?pay|samsung|huawei|xiaomi|iphone|android)\b",
                    r"(新大陆|百富|联迪|商米|拉卡拉|新国都|惠尔丰|银联商务|盒子支付|华为|小米|苹果|三星|海信|天波|"
                    r"优博讯|中国银联|收钱吧|乐刷|汇付)"],
    # the merchant will try later ("ok will try after the rush", "等阵得闲试")
    "try_later": [r"\b(will|i'?ll|gonna|going to|let me|lemme)\s+(try|do|check|give it a go|have a go)\b.*"
                  r"\b(later|after|when|tonight|tomorrow|in a (bit|min|minute|sec)|once|soon)\b",
                  r"\b(after the rush|after lunch|after close|after closing|when it'?s quiet|when quiet|"
                  r"later on|try later|do it later|check later|later la)\b",
                  r"(等下|等会|等一下|晚点|待会|一会|回头|等阵|阵间|得闲|收档|收工|忙完|关门后|打烊)"
                  r".{0,8}(试|弄|搞|整|做|看|睇|check)"],
    # a switch of language mid-sentence ("restart咗 still 唔得", "我试了 but no luck"): a Latin word
    # (not one of the loanwords every Chinese merchant writes) beside Chinese
    "code_switch": [r"[\u4e00-\u9fff].*\b(?!(?:ok|okay|pos|wifi|sim|pin|app|ic|id|usb|4g|5g|qr|led|lcd|"
                    r"pax|sunmi|a920|ups|nfc|mpos|gprs|apn|wifi密码|cpu|bug|mon)\b)[a-z]{2,}\b",
                    r"\b(?!(?:ok|okay|pos|wifi|sim|pin|app|ic|id|usb|4g|5g|qr|led|lcd|pax|sunmi|a920|ups|nfc|"
                    r"mpos|gprs|apn|cpu|bug|mon)\b)[a-z]{2,}\b.*[\u4e00-\u9fff]"],
}
_COMPILED = {name: [re.compile(p) for p in pats] for name, pats in SHAPES.items()}


def shapes_of(reply: str) -> list[str]:
    text = _simplified(reply).strip()
    found = [name for name, pats in _COMPILED.items() if any(p.search(text) for p in pats)]
    return found or ["plain"]


def walk(engine, merchant: dict):
    """`play`, with each reply, what it answered and what the bot made of it recorded: (resolved,
    rows of (state, kind, reply, events)) with kind 'answer' | 'otherwise' | 'fixed' | 'not_fixed'."""
    rows: list = []
    return play(engine, merchant, record=rows).resolved, rows


def verdict(state: str, kind: str, events) -> tuple[str, bool | None]:
    """(unclear, flipped): unclear is "not_read" (not understood, re-asked), "reasked" (the same
    question asked again: a fact was read, or nothing, but not the answer) or ""; flipped is None
    where the intended polarity is not known."""
    names = {n for n, _ in events}
    unclear = "not_read" if names & {"not_understood", "reask"} else \
        "reasked" if "question_reasked" in names else ""
    if kind not in ("fixed", "not_fixed"):
        return unclear, None
    worked = [d.get("worked") for n, d in events if n == "fix_outcome"]
    if kind == "not_fixed":
        flipped = any(worked) or ("resolved" in names and not worked)
    else:
        flipped = bool(worked) and not any(worked)
    return unclear, flipped


def measure(engine, paths, want_examples: str | None = None):
    table = defaultdict(lambda: [0, 0, 0, 0, 0])  # replies, not read, re-asked, fix replies, flipped
    examples = []
    for path in paths:
        name = path.rsplit("/", 1)[-1].replace("typed_merchants_", "").replace(".yaml", "")
        for m in yaml.safe_load(open(path, encoding="utf-8"))["merchants"]:
            resolved, rows = walk(engine, m)
            promised = False  # the merchant's last reply said they will try later
            for state, kind, say, events in rows:
                shapes = shapes_of(say)
                # the report back: the reply after a "will try later" one
                later = ["reports_back"] if promised else []
                promised = "try_later" in shapes
                if state not in ("diagnosing", "fixing", "explained"):
                    continue
                unclear, flipped = verdict(state, kind, events)
                for shape in ["all", *shapes, *later]:
                    row = table[shape]
                    row[0] += 1
                    row[1] += unclear == "not_read"
                    row[2] += unclear == "reasked"
                    row[3] += flipped is not None
                    row[4] += bool(flipped)
                    if want_examples in (shape, "all") and (unclear or flipped) and shape != "all":
                        examples.append((name, m["id"], state, kind,
                                         unclear.upper() or "FLIPPED", say))
    return table, examples


def main(argv: list[str]) -> None:
    want = argv[argv.index("--examples") + 1] if "--examples" in argv else None
    engine = prepared_engine()
    table, examples = measure(engine, dev_and_released_files(), want)
    order = ["all"] + sorted((k for k in table if k != "all"),
                             key=lambda k: -(table[k][1] + table[k][4]) / max(table[k][0], 1))
    print("| shape | replies | not read | not read % | re-asked | fix replies | flipped |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for k in order:
        r, u, q, f, fl = table[k]
        print(f"| {k} | {r} | {u} | {100 * u / max(r, 1):.1f} | {q} | {f} | {fl} |")
    for row in examples:
        print(*row, sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
