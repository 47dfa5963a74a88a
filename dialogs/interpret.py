"""What a typed message means here: every reading of it in the dialog's current state, scored.

A message is read against everything it could mean in the state the dialog is in: an answer
to the pending question (in any wording, negations included: "不是wifi"), the outcome of the
pending fix ("好了 可以刷了", "no luck", "sometimes"), "already tried that", observations that
bear on the causes, a clearly different new problem, thanks or small talk. The pending question
and fix are read first, so a word inside an answer cannot open another problem. The engine's
policy (dialogs.engine) picks the best reading; close readings are confirmed with buttons.

Pure: the words come from the knowledge base (answers' words, fixes' tried_words,
observations) and from readings.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from dialogs.lasting import LastingTime
from dialogs.script import to_simplified
from dialogs.texts import commands
from knowledge.codes import counted_code, long_pieces
from knowledge.loader import KnowledgeBase, read_yaml
from knowledge.matcher import MARKED_CODE_CONFIDENCE, Recogniser
from knowledge.observations import (Hit, NearestFact, Negation, ObservationFinder, PhraseFinder, a_not_a,
                                    cause_factors, join_echoes, split_clauses)
from knowledge.pinyin import readings, split_syllables
from knowledge.text import CLAUSE_MARK, CLAUSE_STOP, clause_key, fuzzy_key, has_cjk, looks_like_code

HERE = Path(__file__).parent
# Whole-message commands are only looked for in short messages ("转人工" is a command,
# "昨天客服说要转人工处理但机器还是报A0" is a problem description).
COMMAND_MAX_CHARS = 24
# A described fault interrupts a diagnosis only when matched this surely and unrelated to
# the current problem's causes.
NEW_PROBLEM_CONFIDENCE = 0.7
# ... or, told as news ("now the screen went black too"), this surely once the news words
# are dropped.
NEWS_CONFIDENCE = 0.6
NEWS_SCORE = 0.8  # below a sure answer or outcome; enough to switch beside a stated fact
# dlg48: a clause nothing read admits the observation its words are nearest (nearest_facts) at
# this cosine similarity to one of its phrasings, and this many times the runner-up's; set on the
# typed dev files (bench/nearest_facts.py), checked on the released holdout21/22.
NEAREST_SIMILARITY = 0.45
NEAREST_MARGIN = 1.2
# ... sharing this many words or character pairs with it as typed (one word alone, or a typo's
# correction, is a coincidence: "beep", "selam")
NEAREST_SHARED = 3
NEAREST_MIN_CHARS = 4
NEAREST_STATES = ("diagnosing",)  # replies to questions (where the study found them right)
NEAR_FACT = 0.3  # below every other reading: a fact beside them, never the message's reading  # shorter clauses ("ok", "嗯嗯") say nothing to compare
# A clause's end, for the readers that look at the clause before or after a hit, is
# text.CLAUSE_MARK (dlg62: the one rule of a clause's end, which also splits a clause_key: the
# readers below split the prepared message's clause key, whose punctuation fuzzy_key dropped);
# some take a space between Chinese words as a comma too (that space is how a phone types one),
# and the text's end (_under_if: "要是早知道就好了 " keeps its "if" clause apart).
_CLAUSE_PUNCT_OR_HAN_SPACE = re.compile(rf"{CLAUSE_MARK.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_CLAUSE_PUNCT_OR_HAN_SPACE_AT_END = re.compile(rf"{CLAUSE_MARK.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|$)")
# A denial names a thing to say it is not the cause ("不是签到的问题", "跟wifi没关系", "not the wifi").
_DENIAL = re.compile(r"^(?:应该|肯定|也|都|又|可能)?(?:不是|并不是|不关|不像是?)|不是.{0,8}(?:问题|原因|的事|搞的|引起|导致)"
                     r"|(?:跟|和|与|同).{0,8}(?:没关系|无关|没有关系|冇关系)"
                     r"|\b(?:not|isnt|wasnt|aint)\s(?:the|a|an|my|our|your|that|this|because|due)\b"
                     r"|nothing to do with|^no(?:t| its not)? (?:problem|issue) with")
# Someone else's words quoted ("客人说卡是好的", "the customer said her bank blocked it").
_QUOTED = re.compile(r"(?:客人|顾客|客户|他|她|人家|老板|师傅|银行)(?:说|讲|话|问)|[“「『\"]"
                     r"|\b(?:customer|she|he|they|guy|lady|bank|boss)\s(?:said|says|told|asked|reckons)\b")
# Turns that set a new fault against a fix that worked ("好了 不过…", "works now but…").
_BUT = frozenset(("但", "但是", "可是", "不过", "but", "however"))
# ... or, told after a fix worked and such a turn, this surely.
AFTER_TURN_CONFIDENCE = 0.6
# Scores: how surely each kind of evidence means what it seems to.
EXACT = 1.0  # the answer's label or a whole-message yes / no
OBSERVATION_ANSWER = 0.95  # an observation that answers the pending question ("就插卡不行")
WORDS = 0.9  # one of an answer's words
NEGATED = 0.85  # "不是wifi": not that answer
LEADING = 0.8  # "是的，..." first word of a longer message
UNSURE = 0.8
INSIDE = 0.7  # "别的没动": a "no" inside the reply
OUTCOME = 0.9
OBSERVED = 0.7
TRIED = 0.85
OTHER_FIX_FAILED = 0.5  # a failure word next to another fix's "already tried" words
SMALL_TALK = 0.4
GIST = 0.6  # what a message without outcome words amounts to (the fault again, thanks)
TONE = 0.55  # the balance of success and fault words ("刚刚那笔成功", "the error has gone away")
AGREE = 0.78  # "隔壁都能刷" to "隔壁也刷不了吗?": goes the other way, so no
ECHO_ANSWER = 0.75  # a yes/no question's own words said back, negated or not ("没欠费")
ONLY_OTHER = 0.65  # "just the update" to "any other app?": only something else, so no
FINE_WORDS, FINE_CHARS = 3, 6  # a reply this short that says "fine" is about the question
IMPLIED = 0.72  # a stated fact that agrees with one answer only
IMPLIED_DECISIVE = 3  # ... pointing decisively to one cause the answer supports
IMPLIED_WEIGHT = 2  # ... at least this clearly (observation weights run 1 to 3)
LABEL_WORDS = 0.66  # the words of one answer's button label ("说密码不对")
NEAR = 0.64  # close to one answer's label or words ("就他这一张", "contactles")
NEAR_WORDS = 8  # longer replies are not read by one-letter slips (near_answer)
FINE = 0.6  # "all good there": the harmless answer of a two-way question
REPEATED = 0.5
WAIT = 0.45  # "稍等 我问问": they will be back with the answer  # only what they already told us, or the fault again: they know no more
# A leading yes / no is the fix's outcome only in a reply this short: "不是wifi，用的是流量卡"
# starts with "不是" but is about the connection.
SHORT_REPLY = 8
# A question back (asks_back) is short: "签到是什么", "how do I do that?".
ASK_BACK_CHARS, ASK_BACK_WORDS = 20, 8
# A reply this short that says the step cannot be found or done is only that (no new fault).
UNABLE_ONLY_WORDS, UNABLE_ONLY_CHARS = 5, 8
ASK_BACK = 0.93  # "what is SIM?" outranks the answer "SIM" it names
# dlg75: what a print may have beside it and still be only the print ("it printed something", "打出来一张纸")
CONCESSIVE_GAP = 4  # "不管刷多少" : the question word this near after "不管" is still its own
PRINTED_REST_WORDS, PRINTED_REST_CHARS = 5, 6
PASSWORD_UNKNOWN = 0.95  # dlg75: "whats the password" at a step that needs one: not the step explained again
ASK_HOW = 0.6  # "怎么弄" when nothing else is read
# "还有别的办法吗" during a fix: the step set aside for the next, below "tried it" (TRIED) and
# above "how do I do that?" (ASK_HOW), which the same words may also carry
SET_ASIDE = 0.7
ACT = 0.94  # "just tell me what to do" to a question: outranks the "how" it has in it
# A reply read by its parts (bare_verdict) is at most this long.
BARE_CHARS, BARE_WORDS = 16, 6
HUMAN = 0.97  # asking for a person outranks any answer in the same message
HAND_ON = 0.96  # "那我报修": taking the fault to people, with a fix pending
STAY = 0.8  # "不要转人工": declining a person
DONE = 0.6  # "擦了": the step is done, its outcome not yet said
ASKING = 0.5  # "why do you ask?" about the pending question: why, and the question again
DID_MAX_CHARS = 24
# A step reported done: a verb closed by 了/咗/完/过/好 at the end ("擦了", "重启好了" is an
# outcome and read before this), or in English "done" / "did it" / "<verb>ed it".
_DID_ZH = re.compile(r"^(?:好的?|ok|嗯+|已经|刚|都)?\s?(?P<verb>[\u4e00-\u9fff]{1,4}?)(?:了|咗|完了?|过了|晒|好了)[啦喇啊呀嘞了]?$")
# ... with how often and on what: "按了好几次电源键了", "擦了两遍卡槽", "插咗几次线".
_DID_ZH_COUNTED = re.compile(r"^(?:好的?|ok|嗯+|已经|刚|都)?\s?(?P<verb>[\u4e00-\u9fff]{1,2}?)(?:了|咗|过)"
                             r"(?:好几次|好几遍|好几下|几次|几遍|几下|[一两二三四五六七八九十]+[次遍下])"
                             r"[\u4e00-\u9fff]{0,5}?(?:了|咗|啦|喇)?$")
_DID_GENERIC_ZH = frozenset({"做", "弄", "搞", "整", "照做", "按你说的做", "试", "做咗", "换"})
# Verbs of doing whatever the step asked, in English ("installed it", "put it back"): the
# step done with any fix, as 做 / 弄 are in Chinese.
_DID_GENERIC_EN = frozenset({"install", "reinstall", "put", "finish", "complete", "follow"})
_DID_EN = re.compile(r"(?:(?:ok|okay|yes|yep|yeah|alright|right|done|so)\s)*(?:i\s)?(?:have\s|ve\s)?(?:done|did(?:\sit|\sthat|\sthis)?|(?:just\s)?(?P<verb>[a-z]+ed|put)(?:\sit|\sthat|\sthem|\sthe\s(?:new\s)?[a-z]+)?(?:\s(?:back\sin|back\son|back|in|on))?)(?:\s(?:with|using)\s(?:a\s|the\s|my\s|some\s)?[a-z]+)?(?:\s(?:already|now|just now))?(?:\sdone)?")
# lead38: a sale run after the step with nothing said of how it went ("ran a card", "tried a sale",
# "swiped one"): a piece of a report that the step was done, whose result is still to be asked.
_TEST_SALE_EN = re.compile(r"(?:(?:ok|okay|yes|yep|yeah|then|and|so)\s)*(?:i\s)?(?:ran|run|tried|try|did|swiped|tapped|"
                           r"inserted|put through|tested|test)\s(?:a|one|the|another|1|it with a)\s?"
                           r"(?:card|sale|payment|transaction|test(?:\ssale)?)?(?:\s(?:again|now|after))?")
# lead39: a sale run to try the step, alone, with no result ("刷了一笔", "又试了一单", "碌咗张卡")
_TEST_SALE_ZH = re.compile(r"(?:我|又|再|刚|刚刚|然后|那|就)*(?:刷|试|做|插|拍|挥|碌|过|拉)(?:了|咗)(?:一|1|两|2)?(?:笔|张|单|下)"
                           r"(?:卡|单|交易)?(?:试试|看看|试下|睇下)?")
# lead38: the step said done with only "what now?" asked ("did as you said, what now"): the
# question is for what comes after the step, not about it
_WHAT_NEXT = re.compile(r"[\s,，.。!！]*(?:(?:so|and|ok)\s)?(?:what now|now what|what next|then what|whats next|what's next|"
                        r"然后呢|接下来呢|下一步呢|然後呢|接下來呢|跟住點|跟住呢|之后呢|之後呢)[\s?？!！.。]*$", re.IGNORECASE)
# lead38: a restart that did not come back, beside the signs of one that did (Interpreter.reports_boot)
_BOOT_STUCK = re.compile(r"stuck|frozen|freez|froze|hang|hung|again|still|won ?t|wont|doesn ?t|didn ?t|not|never|only|"
                         r"keeps|loop|卡在|卡住|不动|动不了|又|还是|死机|转圈|一直|没反应|没有反应|停在")
# Sentence-final particles that say what 了 says ("过啦", "好咯", "得喇"), read as 了 on both
# sides, so no phrase list need spell each.
# Success words that say a sale went through (not "fine", which may be any part's).
# "人工" across two words, or of labour, not a person asked for: 工人+工资 ("工人工资要发"),
# 客人+工行 ("客人工行的卡"), 人工费, 人工智能 (转人工, 人工客服, 人工服务 stay requests)
_LABOUR_NOT_PERSON = re.compile(r"人工(?:资|钱|行|商|作|地|厂|具|程|费|智|成本|湖|草|养)")
# dlg101: a verb with its perfective 了 / 咗 and more after it in the clause ("充了个流量包", "开了个新套餐",
# "换咗块电池"): a deed told done
_DEED_DONE = re.compile(r"[\u4e00-\u9fff]+(?:了|咗)(?=[\u4e00-\u9fff0-9a-z])(?![吗吧没呢啊呀么嘛])")
# ... done by the merchant, not by the person named ("找人工 我都试了几次了"; "帮我", "给我" are for them)
_OWN_DEED = re.compile(r"(?<![帮给替让叫跟])[我你]")
_FOUND_WORDS = re.compile(r"找到|找着|found")  # (words of waiting that are of finding)
# dlg103: the one who pays, said to have paid (interpret._payer_paid_last), and what may end its clause
_PAYER_PAID = re.compile(r"(?:customer|tourist|guest|client|buyer|visitor|lady|man|guy|lad|woman|girl|boy)s? paid")
_PAID_CLAUSE_END = re.compile(r"\s*(?:(?:by|with|on) (?:the |his |her |their |a )?(?:card|cards|chip|tap|phone)|fine|ok|okay|straight away|right away|no problem|first time|in the end|at last|finally)?\s*")
_SALE_WENT = re.compile(r"成功|过了|过去|刷过|刷得过|没报|不报|went through|go through|goes through|approved|it pass|been (?:good|sweet|right|working|going|perfect) all|都好好的|都没事|都冇事")  # (dlg97: the hours since)
# "same" before a noun of its own ("same card", "same amount") is no "still the same".
_SAME_AS_DETERMINER = re.compile(
    r" (?!(?:la|lah|leh|lor|ka|sir|maam|mate|bro|boss|here|still|again|one|result|thing|things|"
    r"error|errors|problem|issue|message|code|story|as|same|screen|old|nothing|no|not)\b)[a-z]{3,}")
# kb29: "still" before a level kept at the day's end ("100% this morning and still 80 at close"):
# the battery holding its charge, not the fault still there
_STILL_A_LEVEL = re.compile(
    r"\bstill (?:at |on |got |has |had |showing |shows )?\d{1,3} ?(?:%|percent|pc)? ?(?:(?:at|by) "
    r"(?:close|closing|night|the end)|in the (?:evening|afternoon))")
_STILL_WORD = re.compile(r"\bstill\b")
# dlg43: "still" of the suspected device kept running while the sales went through ("moved it
# off the shelf, fence still ticking, and the sales go through"): that device, not the fault
_STILL_RUNNING = re.compile(r"still (?:running|ticking|humming|buzzing|pulsing|clicking|switched on|turned on|plugged in|"
                            r"going strong|working away|on next to it)\b"
                            # dlg60: ... in Chinese ("炉子照样开大火 刷了三个都过了", "电磁炉还是开着"): the stove
                            # the terminal was moved from, still on, not the fault still there
                            r"|(?:照样|照旧|还是|依然|仍然|依旧)(?:在|是)?(?:开着|开大火|开足火|开火|烧着|在烧|转着|在转|响着|在响|"
                            r"开到最大|插着电|通着电|开住|开紧|着住|"
                            # dlg101: the fire or the pot told bare ("锅照样烧", "火照样开着", "炉子照样在煮")
                            r"烧(?![坏了掉不])|煮|煲|开(?:着|大)|在煮)"
                            # dlg101: ... and the heat kept up in English ("hob's still going full blast", "pot still boiling")
                            r"|still (?:going full|going flat out|on full|at full|cooking|boiling|blazing|roaring|frying|simmering)\b")
# dlg94: "still" of a thing held motionless ("now the screen stays still and the payment went",
# "keep it still on the counter", "it sat still"): the screen no longer jumping, not the fault
# still there ("the screen is still jumping", "kept it there, still failing" keep their reading)
_HELD_STILL = re.compile(r"\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping|stand|stands|stood|standing|sit|sits|"
                         r"sat|sitting|hold|holds|held|holding|lie|lies|lay|lying|lays)(?: it| them)?"
                         r"(?: (?:very|perfectly|dead|quite|so|nice and|completely|totally))? $")
_AFTER_HELD_STILL = re.compile(r"still(?=\s*(?:$|[,.;!?]|and\b|now\b|on\b|in\b|at\b|like\b|no\b|not\b|as\b|"
                               r"nothing\b|finally\b|again\b|the\b|when\b|while\b))")
# dlg94: a test sale counted, then 过了 with time after it ("刷了一笔 过了一会又报"): time gone by, no sale through
_TIME_AFTER_GUO = re.compile(r"\s*(?:一会|一下子|一阵|半|几|好几|没多久|不久|好久|很久|一段|[一二两三四五六七八九十\d]+\s*(?:分|秒|个|小时|天|钟|点))")
# dlg94: a fact's words that begin with a count ("two payment", "2 payment", "两笔")
_SALE_WORD = re.compile(r"\b(?:payments?|sales?|transactions?|cards?)\b|笔|单")
_COUNTED = re.compile(r"(?:two|three|four|five|both|2|3|4|5|两|二|三|四|五)\b|(?:two|three|2|3)\s")
# dlg94: a customer who has only a card to pay with ("the tourist have only card", "he got only card, no
# cash", "只带了卡 没带现金"): the means of paying, not the one card that fails (obs_one_card; "he has only
# this card" and "只有这张卡" keep it)
_ONLY_MEANS = re.compile(r"(?i)\b(have|has|had|got|carry|carries|carrying|brought|bring|with)\s+only\s+(?:a\s+)?(cards?)\b"
                         r"(?!\s+(?:fails?|failing|failed|declines?|declined|doesn|does not|won|is not|isn|not)\b)")
# dlg72: a "goes / going" success word followed by where or how the thing moves ("the card goes in
# rough", "now it is going to print?", "chip is going bad"): the card's motion, a plan or a decline,
# not the sale going (read: "now chip is going", "tap is going now", "card goes" alone)
_GOES_ELSEWHERE = re.compile(
    r" (?:(?:straight|right|directly)(?! (?:through|thru|away|first|off|now))|in|into|inside|to|off|out|away|home|down|up|dead|flat|blank|black|dark|wrong|bad|crazy|mad|slow|"
    r"offline|under|back in|halfway|hard|rough|stiff|tight|sideways|crooked|only halfway)\b")


def _old_setting_pattern(old: list[str], thing: list[str], sought: list[str] = ()) -> re.Pattern:
    """dlg37: what follows a "still" when it names a setting at its old value ("looking for the
    old xfinity name", "连的原来那个wifi"): an old word, then a setting's thing - in English up
    to two words between, in Chinese only a measure word or 的 ("老样子" and "以前一样没网" are
    the fault as before). dlg90: or the old one it still searches for or joins, the setting left
    unnamed ("it was still looking for the old one", "还在连原来那个"): `sought`, its verbs."""
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    en_old, zh_old = [w for w in old if w.isascii()], [w for w in old if not w.isascii()]
    en_sought, zh_sought = [w for w in sought if w.isascii()], [w for w in sought if not w.isascii()]
    one = (rf"|\b(?:{alt(en_sought)}) (?:the |that |its |our )?(?:{alt(en_old)}) one\b" if en_sought else "") + (
        rf"|(?:{alt(zh_sought)}) ?(?:{alt(zh_old)}) ?(?:的那个|那个|嗰个|个)" if zh_sought else "")
    return re.compile(
        rf".*?(?:\b(?:{alt(en_old)})(?: [a-z0-9]+){{0,2}}? (?:{alt(thing)})\b"
        rf"|(?:{alt(zh_old)}) ?(?:的那个|的那张|那个|那张|嗰个|的|嘅|个|那)? ?(?:{alt(thing)}){one})")


def _old_setting_subject_pattern(old: list[str], thing: list[str]) -> re.Pattern:
    """dlg103: the setting at its old value named as what "still" is said of, before it in its clause
    ("old name was still ticked", "原来的wifi还是选着的"): what was found, then changed while doing the
    fix, not the fault still there. An old word, a setting's thing (as _old_setting_pattern), a verb
    "to be" at most, then the clause's end where "still" stands."""
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    en_old, zh_old = [w for w in old if w.isascii()], [w for w in old if not w.isascii()]
    return re.compile(
        rf"(?:\b(?:{alt(en_old)})(?: [a-z0-9]+){{0,2}}? (?:{alt(thing)})(?: (?:was|is|were|are|s))?"
        rf"|(?:{alt(zh_old)}) ?(?:的那个|那个|嗰个|的|嘅|个)? ?(?:{alt(thing)})) ?$")


def _clause_after(key: str, hit) -> str:
    """The rest of the hit's clause, after the hit's phrase."""
    return CLAUSE_MARK.split(key[hit.start + len(hit.phrase):])[0]
# kb29: the same said of numbers compared ("两张的凭证号一模一样", "reference numbers are the
# same"): a match found, not the fault unchanged
# (lead16: and a setting kept the same: "wifi名字一样的", "the name is the same as before")
# dlg47: ... or a signature checked against the card ("I check with the back of card, same", "签名跟卡
#背面一样"): a match found, not the fault unchanged
# dlg65: "same" as what someone said ("my daughter say same", "the bank told me the same", "我老公说的
# 也一样", "佢講嘅都一樣"): a person agreeing, not the fault as it was
_SAID_SAME = re.compile(r"(?:\b(?<!you )(?<!u )(?:say|says|said|saying|tell|tells|told|telling)(?: me| us| him| her)?(?: the| exactly the)? ?|"
                        r"(?:说|讲|话|講|說)(?:的|得|嘅)(?:也|都)? ?)$")
# lead23: a clause that opens with a bare "said" reports someone's word, its subject in the clause
# before ("收单那边查了 说没问题", "checked with the bank. said all fine"): their verdict, no result
_SAID_OPENS = re.compile(r"^(?:说|讲|话|說|講|話)(?!实话|真的|起来|句|实在)|^(?:(?:and|but) )?(?:say|says|said)\b")


def _in_said_clause(key_before: str) -> bool:
    """The clause a word stands in (a Chinese space ends one too) opens with a bare "said"."""
    return bool(_SAID_OPENS.match(_CLAUSE_PUNCT_OR_HAN_SPACE.split(key_before)[-1].strip()))
_SAME_AS_NUMBER = re.compile(r"(?:凭证号|参考号|流水号|单号|号码|金额|数字|名字|名称|密码|账号|trace number|reference number|"
                             r"签名|卡背面|卡背后|卡后面|signatures?|back of (?:the |her |his )?card|"
                             r"numbers|number|names?|passwords?|ssid)(?:都|也|是|完全|跟以前|和以前|跟原来|和原来| both| are| is| the| exactly| all){0,3} ?$")
# A stretch of the day or a habit beside "it works" makes it a pattern, not news that the fault
# is gone: "十一点以后又好了", "fine in the mornings", "有时候又好了".
# ("一点问题都没有", "一点用", "有一点点": a little, not one o'clock)
_PATTERN_OF_DAY = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)[点點](?![都也点點儿兒问問毛事用])|白天|晚上|夜里|夜晚|半夜|早上|上午|下午|中午|"
                             r"以后|之后|有时|有時|每天|天天|每次|平时|平時|一阵|一陣|\bmornings?\b|"
                             r"\bevenings?\b|\bnights?\b|\bafternoons?\b|\bafter\s\d|\bsometimes\b|"
                             r"\bevery\s(?:day|time|morning|night)\b|o'?clock|\d\s?(?:am|pm)\b")
_PARTICLE_LE = re.compile(r"(?<=[\u4e00-\u9fff])[啦喇咯喽嘞](?![\u4e00-\u9fff])")
# "didn't", "didn’t" and "didnt" are one word to the dialog.
# (Also "didn t", as the phrase lists write it for YAML's sake.)
_CONTRACTION = re.compile(r"([a-z])n['’` ]t\b")
# A clause that says a fact is right ("put the password in 3 times, its right, ..."), not how
# the fix went.
_CONFIRMS = re.compile(r"(?:(?:it|its|it s|that|that s|thats|password|code|pin|number)\s)*"
                       r"(?:is\s)?(?:right|correct|true|exactly|the right one)|(?:是)?对的|没错|正确|是对的")
# Two readings closer than this are confirmed with buttons instead of guessed.
TIE = 0.03
_SOCIAL = frozenset({"bye", "thanks", "greeting"})
# A part of the day after "this" ("this afternoon"): a time, so the determiner stays.
_THIS_TIME = r"(?! (?:morning|afternoon|evening|noon|night)\b)"


def said_key(text: str) -> str:
    """A message as remembered, to know it said again word for word."""
    return fuzzy_key(text)[:80]


@dataclass(frozen=True)
class Reading:
    kind: str  # answer | outcome | cleared | tried | observation | problem | intent | more | unsure
    score: float
    value: Any = None


@lru_cache(maxsize=1)
def reading_words() -> dict[str, list[str]]:
    raw = read_yaml(HERE / "readings.yaml")
    for name, words in raw.items():
        if not isinstance(name, str) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"readings.yaml: quote the key and every word of {name!r}")
    return raw


def _never_once(words: dict) -> list[str]:
    """dlg93: the fault said never once seen since the step ("一回都没黑", "一次也没再跳",
    "didn't go black once"): each count word, each link, each fault (readings.yaml never_once_*)."""
    return [f"{count}{link}{fault}" for count in words["never_once_count"]
            for link in words["never_once_link"] for fault in words["never_once_fault"]] + list(words["never_once_en"])


def _answered_at_once(words: dict) -> list[str]:
    """dlg87: the part answering at once, each response with each at-once word (readings.yaml
    answered_at_once, answered_response; English "beeps straight off", Chinese "马上…响"), and the
    taps or cards said to go now (worked_going)."""
    latin = re.compile(r"[a-z]")
    en_at = [a for a in words["answered_at_once"] if latin.search(a)]
    zh_at = [a for a in words["answered_at_once"] if not latin.search(a)]
    phrases = list(words["worked_going"])
    for response in words["answered_response"] + words["answered_printed"]:
        if latin.search(response):
            phrases += [f"{response} {at}" for at in en_at]
        else:
            phrases += [f"{at}…{response}" for at in zh_at]
    return phrases


def _elapsed_patterns(words: dict, prepare) -> tuple[re.Pattern, ...]:
    """A stretch of time gone by, read on the fuzzy key: a count and a unit, or a named day or
    limit, then 过了 ("三个工作日都过了", "周末都过了"), or in English the days, then passed
    ("3 business days have passed", "the deadline passed") (readings.yaml `elapsed_*`)."""
    def alt(name):
        return "|".join(sorted({re.escape(fuzzy_key(prepare(w)).strip()) for w in words[name]}, key=len, reverse=True))
    count_zh = r"[0-9一二两三四五六七八九十几多半好]+"
    zh = re.compile(rf"(?:{count_zh}(?:{alt('elapsed_units_zh')})|(?:{alt('elapsed_named_zh')}))"
                    r" ?(?:都|也|已经|早就|早都|早已|全|全都)? ?过(?:了|去了|完了|去|完)")
    count_en = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|several|many|couple of|a couple of|the|all the|all|those|these|some)"
    en = re.compile(rf"\b(?:{count_en} (?:{alt('elapsed_units_en')})|(?:{alt('elapsed_named_en')}))"
                    r"(?: (?:have|has|had|s|ve))?(?: (?:already|now|long|all))? "
                    r"(?:passed|gone by|gone past|went by|elapsed|come and gone|came and went|been and gone|are over|is over|are up|is up)\b")
    return zh, en



class Interpreter:
    def __init__(self, kb: KnowledgeBase, recogniser: Recogniser):
        self.kb = kb
        self.recogniser = recogniser
        # Hedges and English determiners are dropped on both sides before reading.
        dropped = sorted(reading_words()["hedge"] + reading_words()["determiners"],
                         key=len, reverse=True)
        # "this" stays before a part of the day: "this afternoon" is when it began, and without
        # it the bare "afternoon" (hours it fails at) would be hidden everywhere.
        hedge = re.compile("|".join(
            rf"(?<![a-z']){re.escape(h)}\b{_THIS_TIME if h == 'this' else ''} ?" if h.isascii()
            else re.escape(h) for h in dropped))
        base = lru_cache(maxsize=4096)(
            lambda text: _PARTICLE_LE.sub("了", hedge.sub("", _CONTRACTION.sub(
                r"\1nt", recogniser.plain(text)))))
        self._plain = base
        self._base = base  # the phrase finders' hits are positions in fuzzy_key(base(text))
        self.negation = Negation(kb.negations)
        # the facts' reading of a bare "no" opening a reply before a subject (dlg75): it answers
        # what was asked and negates nothing ("nah every card does it now")
        self.answering_negation = Negation(kb.negations, answering_no=True)
        vocabulary: set[str] = set()  # every phrase the dialog reads, prepared

        def prepare(text: str) -> str:
            vocabulary.add(out := base(text))
            return out
        self.observations = ObservationFinder(kb, prepare)
        # dlg48: the observation a clause nothing read is nearest to (nearest_facts)
        self.nearest = NearestFact(kb, lambda text: fuzzy_key(base(text)))
        self.trace: list | None = None  # (bench/nearest_facts.py: every unread clause, ranked)
        # question id -> finder of its answers' words (and labels long enough to be specific).
        self.answer_finders = {
            q.id: PhraseFinder(
                [(w, a.id) for a in q.answers for w in (*a.words, *a.asked_words)]
                + [(label, a.id) for a in q.answers for label in (a.label.zh, a.label.en)
                   if _specific(label)],
                self.negation, prepare)
            for q in kb.questions.values()}
        # Every question's answer words at once, for answers given before they are asked.
        self.all_answers = PhraseFinder(
            [(w, (q.id, a.id)) for q in kb.questions.values() for a in q.answers for w in a.words]
            + [(label, (q.id, a.id)) for q in kb.questions.values() for a in q.answers
               for label in (a.label.zh, a.label.en) if _specific(label)],
            # lead34: answers are facts, read as the facts' reader reads them ("nah every card
            # does it now": every card, the "no" for the step)
            self.answering_negation, prepare)
        # answer: observation id -> (question id, answer id) for every answer that reports one.
        self.answer_of_observation: dict[str, list[tuple[str, str]]] = {}
        for q in kb.questions.values():
            for a in q.answers:
                if a.observation:
                    self.answer_of_observation.setdefault(a.observation, []).append((q.id, a.id))
        # "tried other socket also" is "tried another socket": each tried phrase with one of
        # the words for "other" is listed with each of them, here only (for the recogniser,
        # "other cards work" and "another card" are told apart). (lead25: the words were
        # once rewritten in the phrases only, so "tried another socket", as written in the
        # data, was never found in a message.)
        self.tried = PhraseFinder(
            [(v, f.id) for f in kb.fixes.values() for w in f.tried_words for v in _other_variants(w)],
            self.negation, prepare)
        words = reading_words()
        self.outcomes = PhraseFinder(
            [(w, kind) for kind in ("worked", "failed", "partly") for w in words[kind]]
            + [(w, "worked") for w in _answered_at_once(words)]
            + [(w, "worked") for w in _never_once(words)]
            + [(w, "failed") for w in words["paid_otherwise"]],
            self.negation, prepare)
        self.paid_otherwise = PhraseFinder([(w, "paid") for w in words["paid_otherwise"]], self.negation, prepare)
        self.hedged_feelings = tuple(fuzzy_key(w) for w in words["hedged_feelings"])  # dlg98
        self.accepted = PhraseFinder([(w, "accepted") for w in words["accepted"]], self.negation, prepare)
        self.passed_on = PhraseFinder([(w, "passed") for w in words["passed_on"]], self.negation, prepare)
        self.procedure_done = PhraseFinder([(w, "done") for w in words["procedure_done"]], self.negation, prepare)
        self.fault_back = PhraseFinder([(w, "back") for w in words["fault_back"]], self.negation, prepare)
        self._lasting_questions = set(words["lasting_questions"])
        self._lasting_stretch = {fuzzy_key(prepare(w)) for w in words["lasting_stretch"]}
        self.lasting_told = PhraseFinder([(w, "told") for w in words["lasting_told"]], self.negation, prepare)
        self.lasting_time = LastingTime.from_words(words)
        filler = sorted({fuzzy_key(prepare(w)).strip() for w in words["lasting_time_filler"]}, key=len, reverse=True)
        self._lasting_filler_zh = [w for w in filler if has_cjk(w)]  # (longest first)
        self._lasting_filler_en = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in filler if not has_cjk(w)) + r")\b")
        self.asking_next = PhraseFinder([(w, "next") for w in words["asking_next"]], self.negation, prepare)
        self.resigned = PhraseFinder([(w, "resigned") for w in words["resigned"]], self.negation, prepare)
        self.more = PhraseFinder([(w, "more") for w in words["more"]], self.negation, prepare)
        self.another_way = PhraseFinder([(w, "other") for w in words["another_way"]], self.negation, prepare)
        self.tried_this = PhraseFinder([(w, "tried") for w in words["tried_this"]], self.negation, prepare)
        self.asks_new_words = PhraseFinder([(w, "new") for w in words["asks_new"]], self.negation, prepare)
        refusal = kb.negations.model_copy(update={
            "zh_between": kb.negations.zh_between + [w for w in words["request_between"] if not w.isascii()],
            "en_between": kb.negations.en_between + [w for w in words["request_between"] if w.isascii()]})
        self.human = PhraseFinder([(w, "human") for w in words["human"]], Negation(refusal), prepare,
                                  requests=True)
        # dlg93: a person's word naming whose password or menu it is ("switched it off with the supervisor
        # code", "用主管密码进去"): the staff's credential a step used, no person asked for
        self._credential_after = re.compile(r"\s?(?:" + "|".join(
            re.escape(fuzzy_key(prepare(w))) for w in words["credential_after"]) + r")(?![a-z])")
        self.person_came = PhraseFinder([(w, "came") for w in words["person_came"]]
                                        + [(w, "complain") for w in words["others_complain"]], self.negation, prepare)
        self.call_made = PhraseFinder([(w, "called") for w in words["call_made"]], self.negation, prepare)
        self.signal_elsewhere = PhraseFinder([(w, "elsewhere") for w in words["signal_elsewhere"]], self.negation, prepare)
        self._outcome_story_words(words, Negation(refusal), prepare)
        self.no_inside = PhraseFinder([(w, "no") for w in words["no_inside"]], self.negation, prepare)
        self._old_setting_subject = _old_setting_subject_pattern(words["old_setting_old"], words["old_setting_thing"])
        self._old_setting = _old_setting_pattern(words["old_setting_old"], words["old_setting_thing"],
                                                 words["old_setting_sought"])
        # dlg91: what the terminal was found to believe ("原来它以为还在两千年", "turns out it thought it
        # was still 2000") and a record the result was compared with ("same as the customer's SMS")
        self.believed_words = PhraseFinder([(w, "believed") for w in words["believed"]], self.negation, prepare)
        self._same_as_record = re.compile(
            r"(?:^|\W)(?:same|matches|matching)(?: as| with)(?: the| her| his| their| my| our| customer s| customer| customers| the customer s| the customer| the customers)? (?:"
            + "|".join(re.escape(fuzzy_key(prepare(w)).strip()) for w in words["compared_record"] if w.isascii())
            + r")\b")
        self._record_then_same = re.compile(
            r"(?:跟|和|与|同)(?:客人|顾客|客户|他|她|佢)?(?:的|嘅)?(?:"
            + "|".join(re.escape(fuzzy_key(prepare(w)).strip()) for w in words["compared_record"] if not w.isascii())
            + r")(?:上|里|里面|上面|入面)?(?:的|嘅)?(?:金额|数)?(?:也|都|完全)?$")
        self.unsure_words = PhraseFinder(
            [(w, "unsure") for w in words["unsure"] + words["say_it_plainly"] + words["know_asked"]]
            + [(w, "know") for w in _inflected(words["know"])], self.negation, prepare)
        # ("听不大懂", "看不太清": a degree word may stand between)
        self.cannot_tell = re.compile("(?:{})不[大太很]?(?:{})".format(
            "|".join(map(re.escape, words["know_verbs"])),
            "|".join(map(re.escape, words["know_results"]))))
        # Questions back, found in the message as typed (the word map empties "怎么弄").
        self.asking_back = PhraseFinder(
            [(w, kind) for kind in ("define", "how") for w in words[f"asking_{kind}"]],
            self.negation)
        self.own_terminal = PhraseFinder([(w, "own") for w in words["own_terminal"]], self.negation, prepare)
        self.hedged_words = {kind: {fuzzy_key(w) for w in words[f"hedged_{kind}"]} for kind in ("yes", "no")}
        self.count_went = PhraseFinder([(w, "went") for w in words["count_went"]], self.negation, prepare)
        self.works_on_condition = PhraseFinder([(w, "part") for w in words["works_on_condition"]], self.negation, prepare)
        self.part_counted = PhraseFinder([(w, "part") for w in words["part_counted"]], self.negation, prepare)
        # dlg83: which part of the step, or how long ("边个掣呀", "is that the round button?")
        self.asking_which = PhraseFinder([(w, "which") for w in words["asking_which"]], self.negation, prepare)
        # (a question word inside a statement, "that's why", is no question: asking_not, dlg44)
        said_not_asked = [(w, "said") for w in words["asking_not"]]
        self.asking_words = PhraseFinder([(w, "asking") for w in words["asking"]] + said_not_asked,
                                         self.negation, prepare)
        self.exclaim_words = PhraseFinder([(w, "exclaim") for w in words["exclaim"]], self.negation, prepare)
        self.sale_steps = PhraseFinder([(w, "step") for w in words["sale_steps"]], self.negation, prepare)
        self.conceded_words = {fuzzy_key(prepare(w)) for w in words["conceded"]}
        # ... and in the message as typed: the word map erases "点算" ("出96，點算" is the code).
        self.asking_as_typed = PhraseFinder([(w, "asking") for w in words["asking"]] + said_not_asked,
                                            self.negation, to_simplified)
        # Whole-message commands (commands.yaml), their words prepared like the messages.
        self.commands = {name: words | {fuzzy_key(prepare(w)) for w in words}
                         for name, words in commands().items()}
        self.leading = {kind: {fuzzy_key(prepare(w)) for w in words[kind]} for kind in ("yes", "no")}
        self.only = {fuzzy_key(prepare(w)) for w in words["only"]}
        self.okay = {fuzzy_key(prepare(w)) for w in words["okay"]}
        self.step_words = {fuzzy_key(prepare(w)) for w in words["step_reported"]}
        self.outcome_now = {fuzzy_key(prepare(w)) for w in words["outcome_now"]}
        self.changed_now = {fuzzy_key(prepare(w)) for w in words["changed_now"]}
        self.acknowledgements = self.okay | self.leading["yes"]  # (step_reported: "ok", "yep" beside it)
        self.beside_success = frozenset(words["beside_success"])
        self.brand_words = PhraseFinder([(w, "brand") for w in words["brands"]], self.negation, prepare)
        self.hesitation = {fuzzy_key(prepare(w)) for w in words["hesitation"]}
        self.please = PhraseFinder([(w, "please") for w in words["please"]], self.negation, prepare)
        # A short reply by its parts: yes / OK / success words, no / fault words, filler.
        polar = {}
        for kind, lists in (("no", ("no", "bad", "failed", "still_there")),
                            ("yes", ("yes", "okay", "good", "worked"))):
            for name in lists:
                for w in _inflected(words[name]) if name in ("good", "bad") else words[name]:
                    polar.setdefault(fuzzy_key(prepare(w)), kind)
            for w in commands()[kind]:  # "done", "可以", "不可以"
                polar.setdefault(fuzzy_key(prepare(w)), kind)
        for w in words["filler"] + words["hesitation"] + words["step_reported"]:
            polar.setdefault(fuzzy_key(prepare(w)), "filler")  # (a step reported: no verdict by itself)
        self.polar = {k: v for k, v in polar.items() if k and "…" not in k}
        # Fault words ("断", "报错", "drop"): a plain negation before one ("没断", "no drops")
        # says the fault did not happen, a yes.
        self.fault_keys = {k for k in (fuzzy_key(prepare(w)) for w in _inflected(words["bad"]))
                           if k and not re.search(r"[不没无冇]|\bno|not|cannot", k)}
        self.polar_longest = max(map(len, self.polar))
        self.unable_words = PhraseFinder([(w, "unable") for w in words["unable"]], self.negation, prepare)
        self.works_elsewhere_words = PhraseFinder([(w, "elsewhere") for w in words["card_works_elsewhere"]],
                                                  self.negation, prepare)
        self.what_was_asked_words = PhraseFinder([(w, "asked") for w in words["what_was_asked"]], self.negation, prepare)
        self.correction_words = PhraseFinder([(w, "correction") for w in words["self_correction"]],
                                             self.negation, prepare)
        self.correction_keys = {fuzzy_key(prepare(w)).strip() for w in words["self_correction"]}
        self.choice_corrected_words = PhraseFinder([(w, "meant") for w in words["choice_corrected"]],
                                                   self.negation, prepare)
        self.retraction_words = PhraseFinder([(w, "retract") for w in words["success_retracted"]],
                                             self.negation, prepare)
        self.correction_yes = {fuzzy_key(prepare(w)).strip() for w in words["self_correction_yes"]}
        self.boot_signs = PhraseFinder([(w, "boot") for w in words["boot_signs"]], self.negation, prepare)
        # lead38: the steps that restart the terminal, by their own words (what it shows coming back is
        # the step done)
        restarting = re.compile(r"重启|重新开机|关机再开|restart|reboot|switch it on again|turn it on again|power it on again")
        self.restart_fixes = {f.id for f in kb.fixes.values() if restarting.search(_fix_text(f).lower())}
        self.declines_words = PhraseFinder([(w, "declines") for w in words["declines_step"]], self.negation, prepare)
        self.out_of_reach_words = PhraseFinder([(w, "reach") for w in words["out_of_reach"]], self.negation, prepare)
        self._refuses_step = _refusal_pattern(words["refusing"], words["refused_deed"], prepare)
        self.did_as_told = PhraseFinder([(w, "as_told") for w in words["did_as_told"]], self.negation, prepare)
        en_past = [fuzzy_key(prepare(w)).strip() for w in words["past_deeds"] if not has_cjk(w)]
        self._past_deed_en = re.compile(r"(?<![a-z])(?:[a-z]{2,}ed|" + "|".join(map(re.escape, en_past)) + r")(?![a-z])")
        self._past_deed_zh = tuple(w for w in words["past_deeds"] if has_cjk(w))
        self.code_words = PhraseFinder([(w, "code") for w in words["code_context"]], self.negation, prepare)
        self._put_away = tuple(words["amount_put_away"])
        self.amount_words = PhraseFinder([(w, "amount") for w in words["amount_context"]],
                                         self.negation, prepare)
        self.customer_reaction = PhraseFinder(
            [(w, kind) for kind in ("settled", "unsettled") for w in words[f"customer_{kind}"]],
            self.negation, prepare)
        # Fixes that have the merchant tell or ask the customer something: how the customer
        # took it is how they went.
        customer = re.compile(r"顾客|客人|持卡人|customer|cardholder")
        self.solved_when_done = {f.id for f in kb.fixes.values() if f.done_is_solved}
        self.customer_fixes = {f.id for f in kb.fixes.values() if customer.search(_fix_text(f).lower())}
        # dlg86: of those, the ones only the customer or the card's bank can carry out (call the bank,
        # pay another way, another card): taken on board and passed on, the sale is settled for now
        card_side = re.compile(r"银行|其他方式|别的方式|另一张卡|其他卡|\bbank\b|another (?:card|way|payment)|other payment")
        self.card_side_fixes = {f for f in self.customer_fixes if card_side.search(" ".join(
            [self.kb.fixes[f].title.zh, self.kb.fixes[f].title.en, *self.kb.fixes[f].steps.zh,
             *self.kb.fixes[f].steps.en]).lower())}
        # Explanations (fixes.yaml `explains`): taken on board, they are done (kb30).
        self.explanations = {f.id for f in kb.fixes.values() if f.explains}
        # dlg65: words too common to show an explanation said back (says_back), cut as it cuts them
        self._said_back_common = {w[:4] if w.isascii() else w for w in reading_words()["said_back_common"]}
        # question id -> its one answer about the amount ("输金额的时候", "金额输错了").
        self.amount_answers = {}
        for q in kb.questions.values():
            about = [a.id for a in q.answers if _ABOUT_AMOUNT.search(a.label.zh + " " + a.label.en.lower())]
            if len(about) == 1:
                self.amount_answers[q.id] = about[0]
        self.news_words = PhraseFinder([(w, "news") for w in words["new_fault"]], self.negation, prepare)
        self.persist_words = PhraseFinder([(w, "still") for w in words["persists"]], self.negation, prepare)
        self.customer_left = PhraseFinder([(w, "left") for w in words["customer_left"]], self.negation)
        self.complaint_words = PhraseFinder([(w, "complaint") for w in words["complaint"]], self.negation, prepare)
        self.confused_words = PhraseFinder([(w, "confused") for w in words["confused"] + words["say_it_plainly"]],
                                           self.negation, prepare)
        self.side_questions = PhraseFinder([(w, "side_cost") for w in words["cost_asked"]]
                                           + [(w, "side_charged_twice") for w in words["charged_twice_asked"]],
                                           self.negation, prepare)
        self.hurry_words = PhraseFinder([(w, "hurry") for w in words["hurry"]], self.negation, prepare)
        # ... and as typed: the word map erases "客人等着呢" (no fault in it for the recogniser).
        self.hurry_as_typed = PhraseFinder([(w, "hurry") for w in words["hurry"]], self.negation,
                                           to_simplified)
        self.act_now_words = PhraseFinder([(w, "act") for w in words["act_now"]], self.negation,
                                          lambda t: to_simplified(t).lower())
        # rec43: a yes/no question back on whether the terminal is at fault ("so is it broken or
        # not?", "到底是机器的问题还是纸的问题", "那我到底点还是不点"), and a question said to be
        # about something else than the machine ("我不是问机器 是问短信", "that's not what I asked");
        # read as typed and as the recogniser prepares text (the word map turns 机子 into 机器)
        asked = [(w, "verdict") for w in words["verdict_asked"]] + [
            (w, "elsewhere") for w in words["not_asked_this"]]
        self.verdict_words = PhraseFinder(asked, self.negation, prepare)
        self.verdict_as_typed = PhraseFinder(asked, self.negation, lambda t: to_simplified(t).lower())
        self.switched_card = PhraseFinder([(w, "other") for w in words["switched_card"]], self.negation, prepare)
        self.used_other_card = PhraseFinder([(w, "used") for w in words["used_other_card"]], self.negation, prepare)
        self.customer_words = PhraseFinder([(w, "customer") for w in words["about_customer"]],
                                           self.negation, prepare)
        self.unchanged_words = PhraseFinder([(w, "same") for w in words["unchanged"]], self.negation, prepare)
        wished = sorted({fuzzy_key(prepare(w)) for w in words["wished"]}, key=len, reverse=True)
        self._wished = re.compile(  # dlg50: "need it working", "今天必须要能用": a success wished for
            r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in wished) + r")(?:\s?(?:have|get))?"
            r"(?:\s?(?:it|this|that|them|the \w+|my \w+|our \w+|它|机器|这台|这个|马上|今天|今晚|明天))?"
            r"(?:\s?to)?(?:\s?be)?\s?$")
        # What the merchant is busy with now ("等下 我在收钱", "wait serving a customer"): no fact
        # (readings.yaml busy_now, matched on the clause's key as keyed)
        self._busy_now = re.compile(
            "^(?:" + "|".join(re.escape(w) for w in words["busy_now_opening"]) + ")|"
            + "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words["busy_now"]))
        if_only = sorted({fuzzy_key(prepare(w)) for w in words["if_only"]}, key=len, reverse=True)
        self._if_only = re.compile(  # dlg55: "要能刷就好了", "if only it worked": a wish, a condition unmet
            "|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in if_only))
        self.wait_words = PhraseFinder([(w, "wait") for w in words["wait"]], self.negation, prepare)
        self.step_pending = PhraseFinder([(w, "pending") for w in words["step_pending"]], self.negation, prepare)
        self.itself_words = PhraseFinder([(w, "itself") for w in words["by_itself"]], self.negation, prepare)
        self.counts = PhraseFinder([(w, kind) for kind in ("count_one", "count_two") for w in words[kind]],
                                   self.negation, prepare)
        self.before_words = PhraseFinder([(w, "before") for w in words["before_now"]], self.negation, prepare)
        self.split_words = PhraseFinder([(w, "split") for w in words["split_done"]], self.negation, prepare)
        self.condition_words = PhraseFinder([(w, "when") for w in words["condition"]], self.negation, prepare)
        self.habitual_words = PhraseFinder([(w, "when") for w in words["condition_habitual"]], self.negation, prepare)
        # The tone of a reply: success and fault words, a fault "gone", a word of part.
        self.tone_words = PhraseFinder(
            [(w, kind) for kind in ("good", "bad", "gone", "back", "some", "better", "turn", "good_after", "tone_none")
             for w in _inflected(words[kind])],
            self.negation, prepare)
        self.emoji = {kind: frozenset(words[f"{kind}_emoji"]) for kind in ("good", "bad")}
        # dlg56: a display verb before the screen's own normal prompt ("等它跳请拔卡才拿", "wait till
        # it shows remove card"): what the screen says in a sale that works, no fault shown
        shown = sorted({fuzzy_key(prepare(w)) for w in words["prompt_shown"]}, key=len, reverse=True)
        self._prompt_shown = re.compile(r"\s?(?:" + "|".join(re.escape(w) for w in shown) + ")")
        self._display_verbs = frozenset(fuzzy_key(prepare(w)) for w in words["display_verb"])
        self.echo_units = _echo_units(kb, base)
        self._implied: dict[tuple[str, str], str | None] = {}
        self._asked_tone: dict[tuple[str, bool], str | None] = {}
        self._obs_tone: dict[str, str | None] = {}
        self._title_cache: dict[str, tuple[frozenset[str], list[str]]] = {}
        # unit -> the yes/no questions it is a distinctive word of (to try only those).
        self.echoed_by: dict[str, set[str]] = {}
        for question_id, units in self.echo_units.items():
            for unit in units:
                self.echoed_by.setdefault(unit, set()).add(question_id)
        # Every content word of each question (its own or shared), to tell a reply about it.
        self.question_words = {
            q.id: {u for text in (q.text.zh, q.text.en)
                   for _, u in _question_units(fuzzy_key(base(text)))}
            for q in kb.questions.values()}
        # Messages (not phrases) are read with pinyin turned into the phrases it sounds like
        # ("wangluo" -> 网络, "haishi buxing" -> 还是不行), once every phrase is known.
        sounds = SoundRepair(vocabulary)
        # dlg38: a code said as its digits counted is the code ("两个零一个二四个零"), whose
        # zeros are no amount keyed with too many
        # dlg82: a percentage's sign after its number is the word ("80% ok now" is "80 percent ok now"; the
        # readings' fraction words, readings.yaml `some`, are words)
        # rec52: ... and the long code told in pieces wholly in pinyin ("liangge ling yige er sige ling") is
        # its digits before a reply typed wholly in pinyin is turned into phrases (which would make 另 of
        # its ling); a message with digits or characters is left as it is
        pieces = (lambda text: text if not text.isascii() or any(ch.isdigit() for ch in text)
                  else long_pieces(text, recogniser.codes.knows)) if recogniser is not None else (lambda text: text)
        self._plain = lru_cache(maxsize=4096)(
            lambda text: counted_code(sounds.repair(pieces(base(_NO_BEFORE_DETERMINER.sub(
                r"\1\2, ", _PERCENT_SIGN.sub(" percent ", text)))))))
        # English words the dialog's phrases use: a typo is not one of them ("fine" is no
        # "line" of "phone line").
        self.known_latin = sounds.latin
        self.label_units = _label_units(kb, base)
        self.question_pairs = {
            q.id: {key[i:i + 2] for key in [fuzzy_key(base(q.text.zh))] for i in range(len(key) - 1)
                   if not key[i:i + 2].isascii()}
            for q in kb.questions.values()}
        self.near_units = _near_units(kb, base)

    # -- pieces -----------------------------------------------------------------------------

    def plain(self, text: str) -> str:
        """The message as the recogniser prepares it: simplified script, lower case, merchants'
        words in the knowledge base's ("冇反應" -> "没有反应", "拍卡" -> "挥卡"; knowledge/data/
        words.yaml), contractions without their apostrophe ("didn't" and "didnt" alike). Every
        phrase the dialog looks for is prepared the same way. The question's word echoed back
        and denied ("摔过？没有啊", "dropped? no never") is only the denial: the echo states
        nothing."""
        told = self._plain(text)
        plain = _code_typo_dropped(told)
        if plain != told and self.recogniser is not None and any(self.recogniser.codes.zero_off(run) for run in _ZERO_LED_RUN.findall(told)):
            # rec52: the run written is no code and a zero off the long code ("那串是002000 应该是少打了个
            # 零"): the merchant says how the screen's run reads, which the recogniser reads the code by
            plain = told
        echo = _ECHO.match(plain)
        if echo and _NEVER_DONE.match(echo["rest"]):
            # dlg29: a step echoed and never done ("结算？冇搞过", "settle? never done that"):
            # the denial is of doing it, which is the fact ("never settled"), so the echoed
            # step stays with it
            topic = plain[:echo.start("rest")].strip().rstrip("?").strip()
            return topic + ("" if has_cjk(topic) else " ") + echo["rest"]
        if echo and self.leading_verdict(echo["rest"]) == "no" and not _ALL_WELL.match(echo["rest"]):
            # (not "没问题" / "no problem": the echoed topic is fine, "网络？没问题")
            return echo["rest"]
        return plain

    def whole(self, text: str) -> str | None:
        """The command a short message stands for as a whole (yes, no, human, unsure...)."""
        if len(text) > COMMAND_MAX_CHARS:
            return None
        key = fuzzy_key(self.plain(text))
        return next((name for name, words in self.commands.items() if key in words), None) or self.hedged(text)

    def hedged(self, raw: str) -> str | None:
        """lead36: "yes" / "no" for a reply that is wholly a hedged yes or no ("prob not", "i don't
        think so", "looks like it"), read as typed: the word map drops "probably", "i think",
        "looks like", which would leave a bare "not", "so" or "it"."""
        as_typed = self._unhesitating(fuzzy_key(raw.lower()))
        return next((kind for kind, words in self.hedged_words.items() if as_typed in words), None)

    def asks(self, text: str) -> bool:
        """The message asks about what it was just told ("点解？", "so what do I do"), rather
        than saying how it went: a question mark or a question phrase."""
        stripped = text.rstrip().rstrip("。.!！ ")
        return (text.rstrip().endswith(("?", "？"))
                or (stripped.endswith(("吗", "嘛")) and not self._exclaims(stripped))
                or (stripped.endswith("吧") and bool(_TAG_QUESTION.search(to_simplified(stripped))))
                or any(h.target == "asking" for h in self.asking_words.find(text))
                or any(h.target == "asking" for h in self.asking_words.find(self.plain(text)))
                or any(h.target == "asking" for h in self.asking_as_typed.find(text))
                or bool(a_not_a(fuzzy_key(text))))  # "那到底扣没扣"

    def _exclaims(self, text: str) -> bool:
        """The clause a closing 嘛 / 吗 ends is a regret or an exclamation ("再刷 过了 早晓得嘛",
        "我就说嘛"): the particle asks nothing."""
        clauses = split_clauses(text, questions=False)
        return bool(clauses) and self.exclaim_words.says(self.plain(clauses[-1]))

    def asks_back(self, raw: str) -> str | None:
        """A short question back about the pending step: "define" ("签到是什么", "what is
        SIM?"), "how" ("怎么弄", "在哪里", "how?"), else None. A long message that happens to
        ask is a statement with a question in it, read as such."""
        key = fuzzy_key(raw)
        # Chinese is counted in characters, English in words ("how to know which side").
        if not key or len(key.split()) > ASK_BACK_WORDS or (
                not key.isascii() and len(key) > ASK_BACK_CHARS):
            return None
        kinds = {h.target for h in self.asking_back.find(key) if not h.negated
                 and not self._after_concessive(key, h.start)}
        return "define" if "define" in kinds else "how" if "how" in kinds else None

    def short_question(self, raw: str) -> bool:
        """dlg83: a reply short enough to be a question back (ASK_BACK_WORDS words of English,
        ASK_BACK_CHARS characters of Chinese) that asks, or asks which part or how long
        ("is that the round button?", "边个掣呀", "要撳幾耐", "the green key or the red one?")."""
        key = fuzzy_key(raw)
        if not key or (len(key.split()) > ASK_BACK_WORDS if key.isascii() else len(key) > ASK_BACK_CHARS):
            return False
        return self.asks(raw) or self.asks_which(raw)

    def _denial(self, raw: str) -> tuple[re.Match | None, list[str]]:
        """lead39: the thing a reply's first clause denies is the fault ("its not the plug", "不是电源的事"),
        and the clauses after it."""
        clauses = [c for c in _clauses(to_simplified(raw).lower()) if fuzzy_key(c).strip()]
        if not clauses:
            return None, []
        return _STEP_DENIED.match(self._unhesitating(fuzzy_key(clauses[0])).strip()), clauses[1:]

    def only_denies(self, raw: str) -> bool:
        """lead39: the whole reply is a denial of one thing ("its not the wifi", "不是网络的问题"): it
        rules that thing out; it opens no problem of that thing."""
        denied, rest = self._denial(raw)
        return bool(denied) and not rest

    def denies_the_step(self, raw: str, facts: dict) -> bool:
        """lead39: a reply that opens by denying a thing is the fault ("it's not the plug", "不是电源的事")
        while a step is pending, and either wants on ("just tell me what to do", "快点说下一步", "what
        else") or names the step's own thing (a word of the step's text, or a thing the recogniser
        files under the step's cause's category): the step is no help. "it's not the wifi" at a
        restart, with nothing more, is a fact about the wifi, no verdict on the restart."""
        denied, after = self._denial(raw)
        if not denied:
            return False
        rest = " ".join(after)
        if rest and (self.wants_action(rest) or self.hurries(rest) or self.asks_another_way(rest)
                     or _WHAT_ELSE.match(fuzzy_key(rest).strip())):
            return True
        if rest:
            return False
        thing = self.plain(denied["thing"] or denied["zh"]).strip()
        fix = self.kb.fixes[facts["fix"]]
        step_words = fuzzy_key(_fix_text(fix).lower())
        cause = self.kb.causes.get(facts.get("fix_cause") or "")
        named = self.recogniser.recognise(thing)
        return bool(thing) and (thing in step_words or bool(
            cause and named.decision == "confident" and named.category == cause.category))

    def asks_which_of(self, raw: str) -> bool:
        """lead39: a short "which?" and the things to choose from after it ("which key? the red one or
        the side one", "哪个键？红的还是侧面的"): one question back, the choice left to us."""
        parts = re.split(r"([?？])", raw.strip(), maxsplit=1)
        if len(parts) < 3 or not parts[2].strip():
            return False
        head, mark, tail = parts
        return self.short_question(head + mark) and self.asks_which(head) and bool(_CHOICE.search(tail.lower()))

    def asks_which(self, raw: str) -> bool:
        """dlg83: words that ask which thing or how long (readings.yaml `asking_which`)."""
        return any(not h.negated for t in (raw, self.plain(raw)) for h in self.asking_which.find(t))

    def proposes_until(self, text: str) -> bool:
        """dlg75: a clause that proposes a state to wait for ("wait till the battery dies", "等它没电")."""
        return bool(self._proposing_clauses(self.plain(text)))

    def _proposing_clauses(self, text: str) -> list[str]:
        """The clauses of (plain) text that propose a state to wait for (readings.yaml `proposed_until`)."""
        return [c for c in _clauses(text) if self._proposed_until.match(fuzzy_key(c).strip())]

    def _after_concessive(self, key: str, start: int) -> bool:
        """dlg75: a question word after "no matter", "不管", "无论" ("no matter how much it is",
        "不管多少钱"): every case, said; nothing asked (readings.yaml `concessive`)."""
        before = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[:start])[-1].rstrip()
        return any(before.endswith(w) or (w in before and len(before) - before.rfind(w) - len(w) <= CONCESSIVE_GAP)
                   for w in self._concessive)

    def _says_of_another_thing(self, question, text: str) -> bool:
        """After its leading yes / no, the message states facts, and none of them bears on this
        question's answers (no answer asks for them, none is implied by them)."""
        stated = self.observed(text)
        if not stated:
            return False
        linked = {o for o in stated for q_id, _ in self.answer_of_observation.get(o, ())
                  if q_id == question.id}
        if linked or any(self.implied_answer(question, o) for o in stated):
            return False
        # ... nor moves a cause any answer of it speaks for or against ("my phone also cant
        # get online" to "do others fail too?" is about the shop's internet, which "only
        # mine" would point to): then the yes / no may well be about the question
        asked_about = {c for a in question.answers for c in (*a.supports, *a.rules_out)}
        return not any(asked_about & {c for c, w in cause_factors(self.kb, o).items() if w > 0}
                       for o in stated)

    def _asks_whether(self, raw: str) -> bool:
        """A short yes/no question ("好了吗？", "好了没", "can already?"), not a statement."""
        stripped = raw.strip()
        if len(stripped) > COMMAND_MAX_CHARS:
            return False
        bare = stripped.rstrip("?？ ")
        return stripped.endswith(("?", "？")) or bare.endswith(("吗", "嘛", "没", "未", "冇")) or (
            _A_NOT_A.search(fuzzy_key(raw)) is not None)

    def _answered_after_asking(self, raw: str) -> bool:
        """A question back followed by their own answer in a later clause ("dunno what
        connection, the shop wifi i think", "什么连接啊 应该是店里wifi吧"): the answer stands."""
        clauses = _clauses(raw)
        return len(clauses) > 1 and self.asks_back(clauses[0]) is not None and not any(
            self.asks_back(c) for c in clauses[1:])

    def _only_still(self, text: str) -> bool:
        """"还是不知道", "还是不会弄": the only failure words are a "still" that belongs to
        the "don't know" or "cannot", not to the fix."""
        hits = [h for h in self.outcomes.find(self.plain(text)) if h.target == "failed"]
        # ("还是…不" finds "还是不" in "还是不知道": the "不" is the "don't know"'s; rec51: and "still…not"
        # finds "still i am not" in "still I am not getting": the speaker between is no fix's)
        return bool(hits) and all(_STILL_SUBJECT.sub("", h.phrase) in _STILL for h in hits)

    def unable(self, text: str) -> bool:
        """"我不会弄", "找不到啊", "can't find it", or not knowing where or how ("dunno where
        is that", "no idea how to open it"): they cannot do the step."""
        plain = self.plain(text)
        if self.unable_words.says(plain):
            return True
        unsure = [h for h in self.unsure_words.find(fuzzy_key(plain)) if not h.negated and h.target == "unsure"]
        return bool(unsure) and any(h.target == "how" and not h.negated
                                    for h in self.asking_back.find(fuzzy_key(text)))

    def out_of_reach(self, raw: str) -> bool:
        """lead32: what the step needs is out of their reach ("the router is locked in the office",
        "冇锁匙", "老板不在 不让动"): the step cannot be done now (readings.yaml out_of_reach)."""
        return self.out_of_reach_words.says(self.plain(raw))

    def declines_step(self, raw: str) -> bool:
        """lead33: the merchant would rather not do the step ("rather not open it", "不想拆 怕弄坏",
        "唔敢開佢"): a polite no to the step, set aside like one out of reach, not a failed step
        nor a message nobody understood (readings.yaml declines_step)."""
        return self.declines_words.says(self.plain(raw))

    def refuses_step(self, raw: str) -> bool:
        """lead37: the step refused, a word of refusal just before a deed the steps ask for ("can't
        unplug it, the till runs off it", "no way im opening that", "现在不能关机", "这个我不敢弄"):
        a no to the step, often with its reason, set aside like a declined one (readings.yaml refusing)."""
        return bool(self._refuses_step.search(fuzzy_key(self.plain(raw))))

    def tells_step_done(self, raw: str, fix_id: str) -> bool:
        """lead37: the step told by what they did, not by how it went: "did what u said", "照你讲嘅
        做咗", or a deed in the past beside a word of the pending step's own text ("pressed and
        held power", "按住电源键了"). Nothing asked, nothing refused or beyond them."""
        raw = _before_what_next(raw)  # lead38: "did as you said, what now": done, the rest asked
        if self.asks(raw) or "?" in raw or "？" in raw or self.unable(raw) or self.refuses_step(raw):
            return False
        text = self.plain(raw)
        if self.did_as_told.says(text):
            return True
        zh = has_cjk(text)
        key = fuzzy_key(text)
        past = any(w in key for w in self._past_deed_zh) if zh else bool(self._past_deed_en.search(key))
        if not past:
            return False
        fix = self.kb.fixes[fix_id]
        own = " ".join([fix.title.zh, *fix.steps.zh] if zh else [fix.title.en, *fix.steps.en])
        return bool(self._content_units(text, zh) & self._content_units(self.plain(own), zh))

    def reports_boot(self, raw: str, fix_id: str) -> bool:
        """lead38: with a restart pending, what the terminal did as it came back ("it beeped twice
        then the logo", "嘀了两声 出来银行的标志"): the restart done, a sale not yet tried (readings.yaml
        boot_signs). Nothing asked; a failure in its tone is read before this."""
        if fix_id not in self.restart_fixes or self.asks(raw):
            return False
        key = fuzzy_key(self.plain(raw))
        if _BOOT_STUCK.search(key):
            return False  # "stuck on the logo", "logo then frozen again": it did not come back
        return any(not h.negated for h in self.boot_signs.find(key))

    def _short_unable(self, raw: str) -> bool:
        """A reply that only says the step cannot be done or found ("cannot find", "搵唔到喎"):
        the unable words and little else (a pronoun, a particle)."""
        key = fuzzy_key(self.plain(raw))
        return self.unable(raw) and (len(key.split()) <= UNABLE_ONLY_WORDS if key.isascii()
                                     else len(key) <= UNABLE_ONLY_CHARS)

    def code_meant(self, text: str) -> bool:
        """A bare number mid-dialog is a code when typed alone ("51", "51啊") or with words
        about the screen ("现在又跳51了", "now 05 again") and none about an amount."""
        key = fuzzy_key(self.plain(text))
        if any(not h.negated for h in self._amount_hits(key)):
            return False
        rest = re.sub(r"[0-9a-z]*\d[0-9a-z]*", "", key).split()
        if sum(len(w) if has_cjk(w) else 1 for w in rest) <= 2:
            return True
        return bool(self.code_words.find(key))

    def customer_verdict(self, text: str, facts: dict) -> str | None:
        """After a fix that has the merchant talk to the customer, or in a problem told about
        a customer ("客人说被扣了两次"), how the customer took it: "他走了", "she's fine with
        it" worked; "客人不认", "他还要我退钱", "won't listen" failed."""
        if facts.get("fix") not in self.customer_fixes and not self.about_customer(facts.get("text") or ""):
            return None
        kinds = {"failed" if h.negated or h.target == "unsettled" else "worked"
                 for h in self.customer_reaction.find(self.plain(text))}
        return kinds.pop() if len(kinds) == 1 else None

    def _amount_hits(self, key: str) -> list:
        """The amount words of a fuzzy key, but not 收了 / 收的 that put something away, took it back
        or closed up ("旧那部收了返去", "收了摊", "收起来"): dlg93, readings.yaml amount_put_away."""
        return [h for h in self.amount_words.find(key)
                if not (h.phrase.startswith("收") and key[h.start + len(h.phrase):].startswith(self._put_away))]

    def talks_amount(self, text: str) -> bool:
        """The message is about the amount keyed: amount words ("金额", "按的", "keyed",
        "好多零") or a sum in words ("三千五", "两万")."""
        plain = self.plain(text)
        return bool(_SUM_IN_WORDS.search(plain)) or any(
            not h.negated for h in self._amount_hits(fuzzy_key(plain)))

    def amount_answer(self, question_id: str, text: str) -> str | None:
        """Talk of the amount to a question with one answer about the amount ("which step?"
        - "那笔是三千五 屏幕上后面好多零"): that answer."""
        about = self.amount_answers.get(question_id)
        if not about:
            return None
        plain = self.plain(text)
        if _SUM_IN_WORDS.search(plain):
            return about
        # An amount word inside another stated fact is that fact's: "金额大的才点分期" (only
        # big tickets get instalments) tells when the type is picked, not what was keyed.
        own = self.kb.questions[question_id].answer_by_id(about).observation
        facts = self._fact_hits(plain)
        return about if any(not h.negated and not _inside_another_fact(facts, h.start, own)
                            for h in self._amount_hits(fuzzy_key(plain))) else None

    def news_of_fault(self, text: str, facts: dict) -> Reading | None:
        """A different fault told as news ("对了 现在屏幕也黑了", "now it won't even turn on"):
        each clause with a news word is recognised without those words, which only dilute the
        fault's own; a sure fault unrelated to the current problem's causes is a new problem."""
        current = (facts.get("problem") or {}).get("symptom")
        best = None
        for clause in split_clauses(self.plain(text), questions=False):
            bare = fuzzy_key(clause)
            hits = [h for h in self.news_words.find(bare) if not h.negated]
            if not hits:
                continue
            for hit in sorted(hits, key=lambda h: -h.start):
                gap = "" if has_cjk(hit.phrase) else " "  # "屏幕也黑了" -> "屏幕黑了"
                bare = bare[:hit.start] + gap + bare[hit.start + len(hit.phrase):]
            rec = self.recogniser.recognise(" ".join(bare.split()))
            if (rec.decision == "confident" and rec.symptom and rec.symptom != current
                    and not rec.intent and rec.confidence >= NEWS_CONFIDENCE
                    and not set(self.kb.symptoms[rec.symptom].causes) & set(facts.get("candidates") or {})
                    and (best is None or rec.confidence > best.confidence)):
                best = rec
        return Reading("problem", min(best.confidence, NEWS_SCORE), best) if best else None

    def persists(self, text: str, observed: list[str]) -> bool:
        """The fault still there or back ("都係冇格仔", "又断了", "no bars still"): a "still" /
        "again" word beside a stated fact that is no good news, or in a short reply that says nothing good."""
        text = self.plain(text)
        cycled = [(h.start, h.start + len(h.phrase)) for h in self.power_cycled.find(text)]
        if not any(not h.negated and not any(a <= h.start < b for a, b in cycled)
                   for h in self.persist_words.find(text)):
            return False  # (dlg71: "switched it off and on again": the restart's "again", not the fault's)
        # a fact that points to a cause is no good news ("信号格完全没有了（图标不见了）" reads
        # as gone by its words, but it points to the signal)
        if any(self.kb.observations[o].towards or self._says_tone(self.kb.observations[o]) != "worked"
               for o in observed):
            return True
        key = fuzzy_key(text)
        short = len(key) <= BARE_CHARS if has_cjk(key) else len(key.split()) <= BARE_WORDS
        # (a short reply stating some other fact, or "还是原来那个", is about that, not the fix)
        return (short and not observed and self.tone(text) is None and not self.asks(text)
                and not self.unchanged_words.says(text))

    def confused(self, text: str) -> bool:
        """dlg88: "你讲的我不晓得", "you've lost me there", "sorry my english small": they did not
        follow what we said, or ask for it in simpler words (readings.yaml `confused`)."""
        return self.confused_words.says(self.plain(text))

    def corrects_choice(self, text: str) -> bool:
        """lead35: "sorry i meant chip not tap", "我说错了": the last choice taken back (readings.yaml
        `choice_corrected`)."""
        return self.choice_corrected_words.says(self.plain(text))

    def confused_besides_asking(self, text: str) -> bool:
        """lead35: words that say they did not follow us, apart from those that ask what we said
        ("你问的什么 没看懂", "what u asking, dont get it"; not "你刚才说什么来着" alone, whose
        "你说什么" is both)."""
        key = fuzzy_key(self.plain(text))
        for hit in self.what_was_asked_words.find(key):
            key = key[:hit.start] + " " * len(hit.phrase) + key[hit.start + len(hit.phrase):]
        return self.confused_words.says(key)

    def what_was_asked(self, text: str) -> bool:
        """lead32: "sorry what was the first thing you asked?", "你刚才问啥": our question asked back."""
        return self.what_was_asked_words.says(self.plain(text))

    def side_question(self, raw: str) -> tuple[str, str, str] | None:
        """dlg88: a clause asking what something costs ("would a new battery cost me much?",
        "换电池要钱不") or whether the customer was charged twice ("会不会扣两次"): (its answer's
        text key, the rest of the message without the clauses that ask, those clauses), else None."""
        asked, rest, asking = None, raw, []
        for clause in split_clauses(raw, questions=False):
            hits = [h for h in self.side_questions.find(self.plain(clause)) if not h.negated]
            if hits and (asked is None or asked == hits[0].target):
                asked = hits[0].target
                asking.append(clause)
                rest = rest.replace(clause, "", 1)
        return (asked, rest.strip(" ?？,，.。!！…"), " ".join(asking)) if asked else None

    def complains(self, text: str) -> bool:
        """"this is the 3rd time this week!!", "烦死了 天天这样": a complaint about the fault."""
        return self.complaint_words.says(self.plain(text))

    def hurries(self, text: str) -> bool:
        """"快点吧 人家等着呢", "hurry up pls": impatience, no answer."""
        plain = self.plain(text)
        # dlg50: "wunna too quick", "you pulled it too fast": how something was done (the cause
        # found), no impatience
        return any(not h.negated and not _TOO_BEFORE.search(fuzzy_key(plain)[:h.start])
                   for h in self.hurry_words.find(plain)) or any(
            not h.negated and not _TOO_BEFORE.search(fuzzy_key(to_simplified(text))[:h.start])
            for h in self.hurry_as_typed.find(text))

    def verdict_asked(self, raw: str) -> str | None:
        """rec43: "verdict" for a question back on whether the terminal (or what it is about) is at
        fault or real ("So is it broken or not?", "係咪部機壞咗", "是真的不"), else "elsewhere" for a
        merchant saying the question was about something else ("我不是问机器 是问短信", "you didn't
        answer me"); None otherwise. (Negations inside the words are theirs: "是不是坏了".)"""
        kinds = {h.target for h in (*self.verdict_words.find(self.plain(raw)),
                                    *self.verdict_as_typed.find(raw))}
        return "verdict" if "verdict" in kinds else "elsewhere" if "elsewhere" in kinds else None

    def failed_beside_verdict(self, raw: str) -> bool:
        """lead32: "no. is it broken?", "没用 是不是坏了": beside the question on the verdict, the
        step said failed (read with the question's words taken out: "is it broken?" alone says
        nothing of the step)."""
        plain = self.plain(raw)
        rest = _blanked(plain, self.verdict_words.find(plain))
        return bool(rest) and (self.outcome(rest) == "failed" or self.leading_verdict(rest) == "no")

    def facts_beside_verdict(self, raw: str) -> list[str]:
        """rec43: the facts a verdict question tells beside its own words ("到底是机器的问题还是纸的
        问题" names the machine's fault only as what it asks about): read with them taken out."""
        plain = self.plain(raw)
        return self.observed(_blanked(plain, self.verdict_words.find(plain)))

    def wants_action(self, raw: str) -> bool:
        """"just tell me what to do", "你就说咋整", "so what do I do now?" while a question is
        pending: no answer to give, they want the next step (read as typed: the word map erases
        咋整 and 怎么办)."""
        # A negation in an earlier clause does not reach it ("sorry i dont get, what should i
        # do exactly": the "dont" is the not-following's).
        return self.act_now_words.says(raw) or any(
            not h.negated for clause in split_clauses(raw, questions=False)[1:]
            for h in self.act_now_words.find(clause))

    def acknowledges(self, text: str) -> bool:
        """A bare "ok", "好", "yes": acknowledging, nothing else said."""
        key = fuzzy_key(self.plain(text))
        if not key and text.strip():
            # ux14: "👍", "👌👌" alone (after the goodbye, or a cancelled handoff): a nod, not a
            # message nobody understood
            return self.only_emoji(text, "good")
        return bool(key) and (self.whole(text) == "yes" or key in self.okay)

    def after_acknowledgement(self, raw: str) -> str | None:
        """dlg67: what follows an acknowledgement that opens the message ("ok it says
        communication failed", "好的 显示通讯失败"), or None: no such opening, or nothing after it."""
        head = _ACK_HEAD.match(raw)
        rest = raw[head.end():].strip() if head else ""
        return rest if len(fuzzy_key(rest)) >= 4 else None

    def only_emoji(self, text: str, kind: str) -> bool:
        """The message is emoji of one kind only ("👍👍", "😡😡😡"), skin tones and joiners
        aside; 🙏 counts as good (thanks)."""
        marks = [ch for ch in text if not ch.isspace() and ch not in "\ufe0f\u200d🏻🏼🏽🏾🏿"]
        extra = "🙏" if kind == "good" else ""
        return bool(marks) and all(ch in self.emoji[kind] or ch in extra for ch in marks)

    def takes_offer(self, text: str) -> bool:
        """A yes or OK that asks for what was offered ("yes pls", "ok go ahead", "好的 麻烦
        你"): a word of asking beside it, and nothing on how anything went."""
        plain = self.plain(text)
        if not (self.leading_verdict(plain) == "yes" or self._leads_with_okay(fuzzy_key(plain))):
            return False
        return self.please.says(plain) and self.outcome(plain) is None \
            and self._tone_of(plain) is None

    def asks_new(self, text: str) -> bool:
        """dlg55: a new one asked for - sent, bought, ordered ("想补一张", "send me a new one"),
        not refused (readings.yaml `asks_new`)."""
        return self.asks_new_words.says(self.plain(text))

    def wants_person(self, text: str) -> bool:
        """A person asked for anywhere in the message ("部机坏了 找真人"), not refused."""
        return any(not h.negated for h in self._human_hits(self.plain(text)))

    def _human_hits(self, text: str) -> list:
        """The request-for-a-person words of a prepared text, but not those inside a report of a
        person who already came ("前天电信师傅来换了光猫", "the technician came and swapped
        the modem"): that is what happened, not a request."""
        came = self._came_spans(text) + self._later_spans(text) + self._called_spans(text)
        came += self._done_spans(text)
        key = fuzzy_key(text)
        return [h for h in self.human.find(text) if not any(a <= h.start < b for a, b in came)
                and not (h.phrase == "人工" and _LABOUR_NOT_PERSON.match(key, h.start))
                and not self._credential_after.match(key, h.start + len(h.phrase))]

    def _later_spans(self, text: str) -> list[tuple[int, int]]:
        """dlg51: from a word of a later day ("下回", "以后", "next time") to its clause's end:
        a plan for then ("下回找服务商开通", "next time I'll ask the bank to enable it"), no
        person asked for now."""
        key, spans = fuzzy_key(text), []
        for start, at, clause, part in _placed_clauses(text, key):
            if any(h.target == "later_on" and not h.negated for h in self.story_context.find(clause)):
                later = min((h.start for h in self.story_context.find(part) if h.target == "later_on"), default=0)
                spans.append((start + later, at))
        return spans

    def _called_spans(self, text: str) -> list[tuple[int, int]]:
        """dlg64: from the merchant's own call already made ("打了电话叫", "I've rung the") to its
        clause's end: the call and what it asked for ("电池我打咗电话叫服务商换个新嘅") were
        done, no person asked of us now."""
        key, spans = fuzzy_key(text), []
        for start, at, _, part in _placed_clauses(text, key):
            made = [h.start for h in self.call_made.find(part) if not h.negated]
            if made:
                spans.append((start + min(made), at))
        return spans

    def _done_spans(self, text: str) -> list[tuple[int, int]]:
        """dlg101: a person named in a clause that goes on to tell the deed done ("找服务商在微信上给卡
        充了个流量包", "找客服开了个新套餐"): the help was had, told with what it did, no person
        asked for now - from the word to the clause's end. (Not a 了 that closes the clause or
        asks, "找人了吗", "转人工了", nor the merchant's own deed after it, "找人工 我都试了几次了".)"""
        key, spans = fuzzy_key(text), []
        for start, at, _, part in _placed_clauses(text, key):
            for h in self.human.find(part):
                done = _DEED_DONE.search(part, h.start + len(h.phrase))
                if not h.negated and done and not _OWN_DEED.search(part, h.start + len(h.phrase), done.end()):
                    spans.append((start + h.start, at))
                    break
        return spans

    def _came_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of a person who came, or of customers who complain (dlg36): told, not asked for."""
        return [(h.start, h.start + len(h.phrase)) for h in self.person_came.find(text) if not h.negated]

    def money_missing(self, text: str) -> bool:
        """dlg51: the takings said not in ("今天一分钱都没到", "nothing in my account yet"), in a
        clause of their own (concepts.yaml payout_missing)."""
        return any(u.concept == "payout_missing" for clause in _clauses(self.plain(text))
                   for u in self.observations.concepts.units(clause))

    def about_customer(self, text: str) -> bool:
        """"那我跟客人怎么说", "what do i tell her": the question is about the customer."""
        return self.customer_words.says(self.plain(text))

    def unsure(self, text: str, whole: bool = False) -> bool:
        """"I don't know" in the message (whole: the message is nothing else, "dunno")."""
        text = self.plain(text)
        if self.whole(text) == "unsure" or _only_question_marks(text):
            return True  # a bare "?": they do not follow, as the "not sure" button
        # "I don't know" as a phrase ("不清楚", "no idea"), or any knowing word negated
        # ("我不是很清楚", "didn't notice", "never checked"), or "verb 不 result" ("记不清").
        hits = [h for h in self.unsure_words.find(text) if h.negated == (h.target == "know")]
        if hits and not whole:
            # lead17: a "forgot" inside a stated fact is the fact's ("周五忘了结算": not settled),
            # no "I don't know"
            spans = self._fact_spans(text)
            hits = [h for h in hits if not any(a <= h.start and h.start + len(h.phrase) <= b for a, b in spans)]
        key = fuzzy_key(text)
        if whole:
            return any(h.phrase == key for h in hits) or (
                len(hits) == 1 and self._only_unsure(key, hits[0]))
        return bool(hits) or bool(self.cannot_tell.search(key))

    def _only_unsure(self, key: str, hit) -> bool:
        """The message is only the "don't know" ("我不是很清楚", "didn't notice"): besides the
        knowing word, only its negation and words that say nothing ("操作员密码忘了" and
        "can't remember the PIN" say what is forgotten: a problem, not an answer)."""
        rest = (key[:hit.start] + " " + key[hit.start + len(hit.phrase):]).strip()
        return not rest or self._says_nothing(rest)

    def _says_nothing(self, key: str) -> bool:
        """Only filler and negation words ("我 不是很", "i really dont")."""
        for part in key.split():
            if part.isascii():
                if self.polar.get(part) != "filler" and not self.negation.is_negation(part) \
                        and part not in ("really", "am", "do", "have", "m", "ve"):
                    return False
                continue
            at = 0
            while at < len(part):
                for size in range(min(self.polar_longest, len(part) - at), 0, -1):
                    piece = part[at:at + size]
                    if self.polar.get(piece) == "filler" or piece in _NEGATION_HAN:
                        at += size
                        break
                else:
                    return False
        return True

    def observed(self, text: str) -> list[str]:
        """Observations the message states. A failure named with its subject only ("隔壁")
        in a clause that says it works ("隔壁都能刷", "next door is fine") is the opposite
        fact (the observation's `negated`), or none."""
        return self._observed_and_void(text)[0]

    def _observed_and_void(self, text: str) -> tuple[list[str], set[str]]:
        """observed(), and the facts named but said not to hold with no opposite fact
        ("成个下午没有断过": the afternoon is no time of failure, just how long it held)."""
        text = _ONLY_MEANS.sub(r"\1 \2", text)  # dlg94: ("he have only card": his means of paying)
        text = join_echoes(self.plain(text))  # ("网？挺好": the topic echoed, then its answer)
        text = _slips_corrected(text)  # ("puts the card in the printer, I mean the hole")
        text = _GREETING_HEAD.sub("", text)  # ("evening. the card machine...": no time it fails)
        found = self.observations.find(text)
        # Facts read by their structure (concept patterns), whatever the wording.
        # A count of bars says how strong the signal is: "信号有 两格" is a weak signal, though
        # "信号有" alone would read as "there is signal".
        bars = _bars_observed(text)
        patterned = list(dict.fromkeys([*(o for o in self.observations.by_pattern(text)
                                          if not (bars and o in _BAR_OBSERVATIONS)), *bars,
                                        *_stale_date_observed(text), *_extra_zeros_observed(text)]))
        if bars:  # the count says it: "not even one bar" is no bar, whatever "one bar" lists
            found = [o for o in found if o not in _BAR_OBSERVATIONS or o in bars]
        if _BATTERY_TALK.search(text) and not _SIGNAL_TALK.search(text):
            # "full bar by 10" said of the charger: the battery's bars, not the signal's
            found = [o for o in found if o not in _BAR_OBSERVATIONS]
            patterned = [o for o in patterned if o not in _BAR_OBSERVATIONS]
        if not found:
            return self._signal_where_it_stands(text, list(patterned)), set()
        flipped = {}
        for clause in _clauses(text):
            for hit in self.observations.finder.find(clause):
                obs = self.kb.observations[hit.target]
                if hit.negated or not self._bare(hit.phrase) or hit.target not in found:
                    continue  # only a bare subject ("隔壁") takes the clause's polarity
                if _BOUND_BEFORE.search(clause[:hit.start]) or _BOUND_AFTER.match(clause[hit.start + len(hit.phrase):]):
                    # dlg84: the time it worked until ("before winter closing was working normal",
                    # "放假之前都好好的"): the event that ended it, as told, not a subject that works
                    continue
                if self._says_tone(obs) == "failed" and _PLACED.search(clause[:hit.start]):
                    flipped[hit.target] = None  # "摆在水吧隔壁": where it stands, not a shop
                elif self._says_tone(obs) == "failed" and self._clause_polarity(
                        clause, facts_apart=False) == "worked" and not self.asks(clause):
                    # (lead29: a clause that asks whether it works, "之前的小票还能打出来吗", "how
                    # do i print it", states no success: the subject keeps its own fact)
                    flipped[hit.target] = obs.negated
                elif _CHANGE.search(fuzzy_key(self.plain(obs.says.zh))) and any(
                        not h.negated and not _likeness(clause, h) for h in self.unchanged_words.find(clause)):
                    flipped[hit.target] = obs.negated  # "wifi密码还是原来那个": no change
        if self.asks(text):
            # dlg75: "等它没电?", "wait till the battery dies?": a state proposed to wait for, asked
            # back; no state the terminal is in (readings.yaml `proposed_until`)
            for clause in self._proposing_clauses(text):
                proposed = {h.target for h in self.observations.finder.find(clause) if not h.negated}
                proposed |= set(self.observations.by_pattern(clause))
                found = [o for o in found if o not in proposed]
                patterned = [o for o in patterned if o not in proposed]
        out = [flipped.get(o, o) for o in found]
        void = {o for o, to in flipped.items() if to is None}
        merged = self._signal_where_it_stands(text, self.observations.merge([o for o in out if o], patterned))
        return self._bars_of_something_else(text, merged), void

    def _signal_where_it_stands(self, text: str, facts: list[str]) -> list[str]:
        """dlg85: "one bar inside, at the door three": the full signal is elsewhere, weak where it stands."""
        if "obs_full_signal" in facts and self._full_signal_elsewhere(text):
            return list(dict.fromkeys("obs_weak_signal" if o == "obs_full_signal" else o for o in facts))
        return facts

    def _full_signal_elsewhere(self, text: str) -> bool:
        """dlg85: the full signal is said only of a place a few steps away ("走到门口就满格", "by
        the window full bars"; readings.yaml `signal_elsewhere`), and the signal is said weak
        where the terminal stands in another clause: the comparison says it is weak there."""
        there = here_weak = False
        for clause in _clauses(text):
            bars = self._clause_bars(clause)  # (read once: it runs the finders and the patterns)
            full = "obs_full_signal" in bars
            if full and self.signal_elsewhere.says(clause):
                there = True
            elif full:
                return False  # full where it stands too
            elif {"obs_weak_signal", "obs_no_bars"} & set(bars):
                here_weak = True
        return there and here_weak

    def _clause_bars(self, clause: str) -> list[str]:
        """The signal facts one clause states (its listed words, its bar count, its patterns)."""
        bars = _bars_observed(clause)
        return bars or [o for o in [*self.observations.find(clause), *self.observations.by_pattern(clause)]
                        if o in _BAR_OBSERVATIONS]

    def observed_of_step(self, text: str, fix_id: str) -> list[str]:
        """A state said with no subject after a step ("还是白的", "still blank") is said of what
        the pending fix handles: the facts it states with the fix's own subject (a concept its
        title names, "打印纸" of 装上新的打印纸) put before it."""
        concepts = self.observations.concepts
        # (kb32: a unit that is a question, "so when will the money come", states nothing of it)
        units = {u.concept for u in concepts.units(text)} - concepts.asked
        if not units or units & concepts.outcomes:
            return []  # "still the same", "还是不行": how the fix went, no state of its subject
        title = self.kb.fixes[fix_id].title
        # (lead29: "换了 还是白的": the state is in a later clause than the deed; the subject is put
        # before each later clause too, not only before the whole message)
        parts = [text, *_clauses(text)[1:]]
        joiner = "" if has_cjk(text) else " "
        for subject_text in (title.zh, title.en):
            # lead28: a subject is a concept some pattern begins with (what a clause is about), not
            # a verb the title also holds ("Switch to another network": account_change, whose 换了
            # made "路由器也重启了 没用" read "换了路由器", a router changed)
            for subject in dict.fromkeys(u.concept for u in self.observations.concepts.units(
                    subject_text) if u.concept not in units and concepts.begins_pattern(u.concept)):
                word = self._concept_word(subject, has_cjk(text))
                for part in parts:
                    if found := self.observations.by_pattern(word + joiner + part):
                        return list(found)
        return []

    def _concept_word(self, concept: str, chinese: bool) -> str:
        c = self.kb.concepts[concept]
        return ((c.zh if chinese else c.en) or c.zh or c.en)[0].rstrip("$#")

    def _bars_of_something_else(self, text: str, facts: list[str]) -> list[str]:
        """Bars said of the owner's phone ("no bars, my phone has full bars tho") or words
        about the antenna ("cant find any antenna") are no signal fact of the terminal's: a
        bar observation stays only if a clause that names neither states it."""
        if not (_BAR_OBSERVATIONS & set(facts) and {"obs_phone_signal_fine", "obs_antenna_in_place"} & set(facts)):
            return facts
        apart = set()
        for clause in _clauses(text):
            if not _OTHER_BARS.search(clause):
                apart.update(self.observations.find(clause), self.observations.by_pattern(clause),
                             _bars_observed(clause))
        kept = [o for o in facts if o not in _BAR_OBSERVATIONS or o in apart]
        # (a bar fact the phone's words had contradicted away comes back: "no bars at all")
        return kept + [o for o in _BAR_OBSERVATIONS & apart if o not in kept][:1]

    def _bare(self, phrase: str) -> bool:
        """A phrase that names a thing without saying how it goes ("隔壁", "next door")."""
        return not (any(h.target in ("good", "bad", "gone") for h in self.tone_words.find(phrase))
                    or self.outcomes.find(phrase) or _CLAUSE_BAD.search(phrase)
                    or any(w in phrase for w in _CLAUSE_GOOD)
                    # dlg34: a phrase with its own negation says how the thing is ("cover isnt
                    # sitting flat", "盖子不平"): not the clause's success to take
                    or any(self.observations.negation.is_negation(w) for w in phrase.split())
                    or _HAN_NEGATION.search(phrase))

    def _says_tone(self, obs) -> str | None:
        """Whether an observation states a failure ("隔壁店也不行") or that something works."""
        if obs.id not in self._obs_tone:
            self._obs_tone[obs.id] = self._tone_of(obs.says.zh, facts_apart=False)
        return self._obs_tone[obs.id]

    def tried_fixes(self, text: str) -> list[str]:
        """The fixes the message says were done: by their words, or by a fact that tells one
        done ("要重開先得": the restart, lasting a while only)."""
        by_fact = [f for o in self.observed(text) if (f := self.kb.observations[o].fix_done)]
        return list(dict.fromkeys([h.target for h in self._tried_hits(text)] + by_fact))

    def _tried_hits(self, text: str) -> list:
        """Where the message says a fix was done; not what the terminal does by itself ("机器
        老是自己重启", "it keeps rebooting on its own" is a fault)."""
        text = self.plain(text)
        key = fuzzy_key(text)
        hits = [h for h in self.tried.find(text) if not h.negated
                and not _BY_ITSELF.search(key[:h.start])
                and not _AS_CONDITION.match(key, h.start + len(h.phrase))]
        if not hits:
            return hits
        itself = [h for h in self.itself_words.find(text) if not h.negated]

        def near(a, b) -> bool:  # one Chinese clause, or four English words
            between = key[min(a.start, b.start):max(a.start, b.start)]
            return between.count(" ") <= (4 if a.phrase.isascii() else 0)
        return [self._router_restart(h, key) for h in hits if not any(near(h, i) for i in itself)]

    def _router_restart(self, hit, key: str):
        """dlg71: the terminal's restart said with the router inside its words, or as the object
        just before them in its clause ("turned the modem off and back on", "把光猫关了再开"): the
        router's restart (readings.yaml `router_named`)."""
        if hit.target != "fix_restart_terminal" or "fix_restart_router" not in self.kb.fixes:
            return hit
        before = CLAUSE_MARK.split(key[max(0, hit.start - 8):hit.start])[-1]
        if not self._router_named.search(hit.phrase) and not (
                not hit.phrase.isascii() and " " not in before and self._router_named.search(before)):
            return hit
        return Hit("fix_restart_router", hit.phrase, hit.start, hit.negated)

    def branch_found(self, raw: str, fix_id: str) -> str | int | None:
        """A check's finding that one of the pending fix's own steps names as its branch:
        "worked" when that step settles it ("只有一笔" to "只成功一笔就不用处理"), else the
        number of the step it leads to ("有两笔": "确有两笔再撤销其中一笔")."""
        said = {h.target for h in self.counts.find(self.plain(raw)) if not h.negated}
        if len(said) != 1:
            return None
        fix = self.kb.fixes[fix_id]
        for steps in (fix.steps.zh, fix.steps.en):
            for n, step in enumerate(steps):
                if said <= {h.target for h in self.counts.find(self.plain(step)) if not h.negated}:
                    return "worked" if said == {"count_one"} else n
        return None

    def _split_told(self, text: str) -> bool:
        """The sale was split and it went ("分成两笔刷 两笔都成功了", "split it in two, both went
        through"): the count is how it was paid, no finding of a check (two debits)."""
        return self.split_words.says(self.plain(text))

    def _step_reported(self, text: str, obs_id: str, fix_id: str) -> bool:
        """A change the merchant made doing the pending fix ("moved it to the window" during
        "Move to a place with a better signal", "换了纸" during "装上新的打印纸") tells the
        step done, not a change before the fault: the fact's words share a verb with the fix's."""
        obs = self.kb.observations[obs_id]
        if self.itself_words.says(text):
            return False  # "it updated itself overnight": no step of theirs
        if not _CHANGE.search(fuzzy_key(self.plain(obs.says.zh)) + " " + obs.says.en.lower()):
            return False
        fix = self.kb.fixes[fix_id]
        said = fuzzy_key(self.plain(" ".join([fix.title.zh, *fix.steps.zh])))
        pairs = {said[k:k + 2] for k in range(len(said) - 1) if has_cjk(said[k:k + 2])}
        stems = {w[:4] for w in fuzzy_key(" ".join([fix.title.en, *fix.steps.en])).split() if len(w) >= 4}
        for hit in self.observations.finder.find(text):
            if hit.target != obs_id and self.kb.observations[hit.target].negated != obs_id:
                continue
            phrase = hit.phrase
            if any(phrase[k:k + 2] in pairs for k in range(len(phrase) - 1)) or any(
                    w[:4] in stems for w in phrase.split() if len(w) >= 4):
                return True
        return False

    def fine_before_only(self, raw: str) -> bool:
        """lead39: a short reply that places its success before now ("it was fine yesterday", "worked
        fine last week", "used to work fine", "上礼拜还好好的", "早上还能用") and says nothing of now
        ("works now", "现在好了", "this time it went"): what it used to be, no verdict on the step."""
        key = fuzzy_key(to_simplified(raw).lower())
        short = len(key.replace(" ", "")) <= FINE_BEFORE_CHARS if has_cjk(key) else len(key.split()) <= FINE_BEFORE_WORDS
        return short and (self.before_now(raw) or bool(_USED_TO.search(key))) and not _NOW_TOLD.search(key)

    def before_now(self, text: str) -> bool:
        """The message places what it tells before this conversation ("this morning",
        "之前", "yesterday")."""
        return self.before_words.says(self.plain(text))

    def observed_beside_tried(self, text: str) -> list[str]:
        """Observations of the message read without its "already tried" words ("熄咗部機再開"
        states no switching off by itself), and those that need them as one part of a fact
        ("dying by lunch, charged it all night": the charge said is half of the fact that the
        battery drains), but not those the tried words state alone."""
        text = self.plain(text)
        hits = self._tried_hits(text)
        if not hits:
            return self.observed(text)
        told = self.observed(_blanked(text, hits))
        alone = set(self.observed(" ".join(h.phrase for h in hits)))
        return told + [o for o in self.observed(text) if o not in told and o not in alone]

    def without_tried(self, text: str) -> str:
        """The message (prepared) without the words that say a fix was already done: "rebooted
        it before I messaged you" names no rebooting fault, "熄咗部機再開" no switching off by
        itself."""
        text = self.plain(text)
        hits = self._tried_hits(text)
        return _blanked(text, hits) if hits else text

    def leading_verdict(self, text: str) -> str | None:
        """'yes' / 'no' when the message is, or starts with, a yes or no word."""
        whole = self.whole(text)  # (as typed: lead36's hedges)
        text = self.plain(text)
        if whole in ("yes", "no"):
            return whole
        key = self._unhesitating(fuzzy_key(text))
        if any(h.start == 0 and not h.negated for h in self.unsure_words.find(key)):
            return None  # "no idea, ...", "no clue": the "no" begins a don't-know
        first = key.split(" ", 1)[0]
        # A yes or no word that is the first word, the whole reply or the reply up to one of
        # its spaces ("no way ..."), or a Chinese word of two characters or more the first
        # word begins with ("不是的"): the reply's beginnings looked up in the words' sets,
        # not each word of the lists tested against the reply (asked at most replies).
        heads = {first, key, *(key[:i] for i, ch in enumerate(key) if ch == " ")}
        chinese = [first[:n] for n in range(2, len(first) + 1) if not first[:n].isascii()]
        for verdict in ("no", "yes"):  # "不是" before "是"
            words = self.leading[verdict]
            if not words.isdisjoint(heads) or any(w in words for w in chinese):
                return verdict
        return None

    def _unhesitating(self, key: str) -> str:
        """A prepared reply without its leading hesitations ("eh not really", "呃 不是")."""
        words = key.split(" ")
        while len(words) > 1 and words[0] in self.hesitation:
            words = words[1:]
        return " ".join(words)

    def wished_before(self, key: str, start: int) -> bool:
        """The words of the clause before `start` wish for what follows ("need it", "今天必须要")."""
        clause = CLAUSE_MARK.split(key[:start])[-1]
        if self._wished.search(clause):
            return True
        # dlg55: ... or wish it were so, a condition not met, opening the clause before the success
        # word or as its first characters ("要能刷就好了", "要是能用就好了", "if only it worked")
        clause = re.split(r"(?<=[\u4e00-\u9fff]) ", clause)[-1]  # (a space parts Chinese clauses)
        opened = start - len(clause)
        return any(m.start() <= len(clause) for m in self._if_only.finditer(key[opened:start + 2]))

    @staticmethod
    def _payer_paid_last(text: str, hit) -> bool:
        """dlg103: the one who pays said to have paid, at the end of its clause ("the bars came back and
        the tourist paid", "the guest paid by card"): the sale went, though the payer's word is a fact's
        too (tourists as customers) or a fact's clause holds it; not "the customer paid twice", "paid but
        no slip" (more after it in the clause)."""
        if not _PAYER_PAID.fullmatch(hit.phrase.replace("…", " ")):
            return False
        return bool(_PAID_CLAUSE_END.fullmatch(_clause_after(clause_key(text), hit)))

    @staticmethod
    def _count_then_going(text: str, hit, facts) -> bool:
        """dlg94: a count of sales whose words a fact shares ("two payment" of "two payment apps"), then
        how they went, running past the fact's words ("two payment go straight through", "2 payments
        went through"): the sales counted and through, not a count of apps."""
        key = fuzzy_key(text)
        end = hit.start + len(hit.phrase)
        return bool(_SALE_WORD.search(hit.phrase)) and any(
            start <= hit.start < stop < end and _COUNTED.match(key, start) for start, stop in facts)

    def outcome(self, text: str) -> str | None:
        text = self.plain(text)
        # Words inside a stated fact are not the outcome: "the wifi is fine" says nothing of the fix.
        # (dlg50: a fact named and said not to hold is none: "试了三张卡都可以" after a step is
        # no "every card" fact, its success words tell how the step went)
        stated = self._fact_spans(text, self._observed_and_void(text)[1])
        facts = stated + self._input_spans(text) + self._earlier_spans(text) + self._elapsed_spans(text) + [
            (h.start, h.start + len(h.phrase)) for h in self.step_pending.find(text)]  # lead35: "still waiting"
        kinds = set()
        # A leading "no" answers "did it work?"; it does not negate what follows ("no, still
        # the same", "不 还是报错").
        answered_no = self.leading_verdict(text) == "no"
        now_fact = False
        for hit in self.outcomes.find(text):
            if hit.target == "worked" and _PAYER_PAID.fullmatch(hit.phrase) and not self._payer_paid_last(text, hit):
                continue  # dlg103: "the customer paid twice", "客人… paid but no slip": more said of it, no sale gone well
            if self._under_if(text, hit):
                continue  # dlg52: "check with his bank if after that still nothing": a plan, no result
            if any(start <= hit.start < end for start, end in facts) and not (
                    hit.target == "worked" and not hit.negated and self._count_then_going(text, hit, stated)) and not (
                    hit.target == "worked" and not hit.negated and self._payer_paid_last(text, hit)) and not (
                    hit.target == "failed" and not hit.negated and hit.phrase in _STILL
                    and any(start == hit.start for start, _ in stated)):
                # (a fact that opens with "still" says the fault stays: "still dim after that", "还是很暗"
                # is the screen dim and the step's failure both)
                clause = CLAUSE_MARK.split(clause_key(text)[:hit.start])[-1].strip()
                if (hit.phrase.startswith(_NOW_WORDS) or clause.startswith(_NOW_WORDS)) and (
                        hit.target == "worked" and not hit.negated):
                    now_fact = True  # (dlg34: "now the wifi icon is normal" after a fix)
                continue
            if hit.target == "worked" and not hit.negated and _in_said_clause(clause_key(text)[:hit.start]):
                continue  # lead23: "…查了 说没问题": their word, not how the step went
            if hit.target == "worked" and not hit.negated and self.wished_before(clause_key(text), hit.start):
                continue  # dlg50: "yes please, I need it working today": a wish, not how the fix went
            if hit.target == "worked" and hit.phrase.startswith(("能", "可以")) and hit.start > 0 and \
                    fuzzy_key(text)[hit.start - 1] in "只唯":
                continue  # dlg44: "只能等了", "只可以收现金了": resigned to the only way left, no success
            if hit.target == "worked" and not hit.negated and hit.phrase.split()[-1] in ("going", "goes", "go", "went") \
                    and (go := fuzzy_key(text).find(hit.phrase.split("…")[-1], hit.start)) >= 0 \
                    and _GOES_ELSEWHERE.match(fuzzy_key(text), go + len(hit.phrase.split("…")[-1])):
                continue  # dlg72: "the card goes in rough", "it is going to…": motion or a plan, no sale going
            if hit.phrase == "same" and _SAME_AS_DETERMINER.match(fuzzy_key(self._base(text)), hit.start + 4):
                continue  # "put same card and amount": the same card, not "same (as before)"
            if hit.target == "failed" and hit.phrase in ("same", "same thing", "一样", "也一样", "都一样") and _SAID_SAME.search(
                    fuzzy_key(self._base(text))[:hit.start]):
                continue  # dlg65: "my daughter say same", "我老公说的也一样": someone agreeing, no fault unchanged
            if hit.target == "failed" and hit.phrase == "一样" and not hit.negated and self._same_part(text, hit):
                continue  # dlg92: "借了块一样的电池换上 好了": a part like the old one, not the fault unchanged
            if hit.target == "failed" and _SAME_AS_NUMBER.search(fuzzy_key(self._base(text))[:hit.start]):
                continue  # "凭证号一模一样", "the numbers are the same": two slips matching, no failure
            if hit.target == "failed" and hit.phrase.endswith("来了") and fuzzy_key(text)[
                    hit.start + len(hit.phrase):].lstrip().startswith(self._came_people):
                continue  # dlg57: "又来了一拨客人": customers came, not the fault back
            if hit.target == "failed" and not hit.negated and self._believed_or_matched(text, hit):
                continue  # dlg91: "原来它以为还在两千年": the cause found; "same as customer SMS": records agree
            if hit.target == "failed" and not hit.negated and self._same_as_earlier_day(text, hit):
                continue  # dlg57: "过了 跟昨天一样": like that day, the success word tells how it ended
            if hit.target == "partly" and not hit.negated and hit.phrase in _HEDGES and self._hedge_aside(text, hit):
                continue  # dlg98: "works like a charm. feel kinda dumb eh": the hedge is of another thing
            if hit.phrase == "still" and (levels := len(_STILL_A_LEVEL.findall(text.lower()))) and (
                    levels == len(_STILL_WORD.findall(text.lower()))):
                continue  # "still 80 at close": a level kept, not the fault still there
            if hit.phrase in _STILL and _STILL_RUNNING.match(fuzzy_key(text), hit.start):
                continue  # "fence still ticking": the device it was moved from, still on
            if hit.phrase == "still" and _HELD_STILL.search(fuzzy_key(text)[:hit.start]) and \
                    _AFTER_HELD_STILL.match(fuzzy_key(text), hit.start):
                continue  # dlg94: "the screen stays still now": held motionless, no fault still there
            if hit.target == "worked" and hit.phrase.endswith(" 过了") and _TIME_AFTER_GUO.match(
                    fuzzy_key(text), hit.start + len(hit.phrase)):
                continue  # dlg94: "刷了一笔 过了一会又报": time gone by, not the sale through
            if hit.target == "failed" and not hit.negated and (hit.phrase in _STILL or hit.phrase == "还在") and (
                    self._old_setting.match(_clause_after(clause_key(text), hit))
                    or self._old_setting_subject.search(CLAUSE_MARK.split(clause_key(text)[:hit.start])[-1])):
                # (dlg103: or said before it, "old name was still ticked, picked the new one")
                continue  # dlg37: "it was still on the old network": what was found, then changed (dlg90: "还在连原来那个")
            if hit.negated and answered_no and hit.target == "failed":
                kinds.add("failed")
                continue
            if hit.negated:
                if hit.target == "worked":  # "没好" / "not fixed"
                    kinds.add("failed")
                continue  # "不是没用": too twisted to guess
            kinds.add(hit.target)
        if now_fact and not kinds - {"worked"}:
            kinds.add("worked")  # ... unless the fault is said still to be there
        if (told_apart := self._later_sale_apart(text)) is not None:
            return told_apart  # "first one approved but the second one said no connection"
        if {"worked", "failed"} <= kinds and "partly" not in kinds and not self._in_part(text) \
                and self._step_then_still(text, facts):
            return "failed"  # "弄好了 可是还是过不去": the step done, the fault still there
        if "worked" in kinds and self._success_retracted(text):
            return "failed"  # lead35: "works. wait no, declined again", "went through. oh wait no it didnt"
        if kinds == {"worked", "failed"} and self._corrected_to_worked(text):
            return "worked"  # lead33: "still no. wait now it printed": the last word, after a correction
        if "partly" in kinds or {"worked", "failed"} <= kinds:
            return "partly"
        if kinds and self._in_part(text):  # "some went through", "有时候可以有时候不行"
            if kinds == {"failed"} and any(h.phrase.startswith(tuple(_STILL)) for h in self.outcomes.find(text)
                                           if h.target == "failed" and not h.negated):
                # dlg27: "still 0020000 sometimes", "还是时不时报": the fault as it was (it came
                # and went before the fix too), not a fix that helped partly
                return "failed"
            return "partly"
        if kinds == {"worked"} and self._then_fails(text, facts):  # "went through, then failed"
            return "partly"
        if kinds == {"worked"} and self._fault_back_after(text):
            return "partly"  # dlg86: "…it got in this time, then froze again": the story's end is the fault
        if kinds <= {"worked"} and self.relief_ended(text) and self._ends_in_again(text) and any(
                h.target == "worked" and not h.negated for h in self.outcomes.find(text)):
            return "partly"  # "好了一会又卡了" (its words may be the fact obs_restart_helps_awhile)
        return next(iter(kinds), None)

    def _hedge_aside(self, text: str, hedge) -> bool:
        """dlg98: an English hedge ("kinda", "sort of") of the merchant's own feeling (readings.yaml
        hedged_feelings) in a clause without any outcome word, while another clause tells how the step
        went ("works like a charm. feel kinda dumb eh"): not of the outcome ("it kinda works", "works
        now, kind of", a bare "sort of" and "the lid just kinda sits on top" stay partly)."""
        key = clause_key(text)
        begin = max(key.rfind(CLAUSE_STOP, 0, hedge.start) + 1, 0)
        end = key.find(CLAUSE_STOP, hedge.start + len(hedge.phrase))
        end = len(key) if end < 0 else end
        after = key[hedge.start + len(hedge.phrase):end]
        if not any(re.search(rf"(?<![a-z]){re.escape(w)}", after) for w in self.hedged_feelings):
            return False  # of the outcome or the fault ("works, kind of", "it just kinda sits on top")
        hits = [h for h in self.outcomes.find(text) if h is not hedge]
        if any(begin <= h.start < end for h in hits):
            return False
        return any(not h.negated and h.target in ("worked", "failed") for h in hits)

    def _success_retracted(self, text: str) -> bool:
        """lead35: a success typed, then taken back after a correction word with a no ("works. wait
        no, declined again", "went through. oh wait no it didnt", "打出来了 哦不对 没有"): the no is the
        merchant's last word. (Not "好了 等等 又不行了": no retraction, the fault came back, partly; nor
        "yes fixed, sorry no more questions": an apology is no retraction, readings.yaml success_retracted.)"""
        key = fuzzy_key(self.plain(text))
        for hit in sorted((h for h in self.retraction_words.find(key) if h.start > 0 and not h.negated),
                          key=lambda h: -h.start):
            head, tail = key[:hit.start].strip(), key[hit.start + len(hit.phrase):].strip()
            while tail and (word := max((k for k in self.correction_keys if tail.startswith(k + " ") or tail == k),
                                        key=len, default="")):
                tail = tail[len(word):].strip()  # ("oh wait no": every correction word)
            # (lead38: or a fault told in the tail's tone alone, "printed! ah no wait, blank again")
            if head and tail and (self.leading_verdict(tail) == "no" or (
                    self.outcome(tail) is None and self.tone(tail) == "failed")) and self.outcome(tail) != "worked" \
                    and self.outcome(head) == "worked":
                return True
        return False

    def _corrected_to_worked(self, text: str) -> bool:
        """lead33: a message typed as it happened, "still no. wait now it printed", "不行 哦等等
        好了": a failure, then a correction word (readings.yaml self_correction) and a success.
        The success after the correction is the merchant's last word, not a fix that helped partly.
        Only this direction: "works. wait no, declined again" stays the fault come back."""
        clauses = _clauses(text)
        if len(clauses) < 2:
            # lead35: typed in one breath, "nope sorry my bad it worked": the correction word starts the last part
            key = fuzzy_key(self.plain(text))
            inside = [h.start for h in self.correction_words.find(key) if h.start > 0 and not h.negated]
            clauses = [key[:inside[-1]], key[inside[-1]:]] if inside else clauses
        if len(clauses) < 2:
            return False
        last = clauses[-1]
        before = fuzzy_key(clauses[-2]).strip()  # eaten word by word below
        marker = self.correction_words.find(last)
        starts = any(h.start == 0 and not h.negated for h in marker)
        # (lead35: with the yes that agrees with the success after it, "nope. actually yes! went thru")
        while before and (word := max((k for k in self.correction_keys | self.correction_yes if before.startswith(k)),
                                      key=len, default="")):
            before = before[len(word):].strip()
        alone = not before  # "哦等等" typed as a clause of its own
        head = clauses[:-2] if alone else clauses[:-1]
        if not (starts or alone) or not head:
            return False
        return self.outcome(last) == "worked" and any(self.outcome(c) == "failed" for c in head)

    def _believed_or_matched(self, text: str, hit) -> bool:
        """dlg91: a failure word that tells what was found, not how the step went. (1) A "still" in
        what the terminal was found to believe, the belief named before it in its clause and a thing
        after it, no other failure word there ("原来它以为还在两千年", "turns out it thought it was still
        2000"): the cause, now put right. (2) "same" or 一样 comparing the result with a record (the
        customer's SMS, the slip, the bank app: "approved, same as customer SMS", "跟短信上的一样"):
        two records agreeing, no fault unchanged."""
        key = clause_key(text)
        before = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[:hit.start])[-1]
        if hit.phrase in _STILL or hit.phrase in ("还在", "仍然", "仍是", "still on", "still in"):
            after = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[hit.start + len(hit.phrase):])[0].strip()
            if after and self.believed_words.says(before) and not any(
                    h.target == "failed" for h in self.outcomes.find(after)):
                return True
        if hit.phrase in ("same", "the same"):
            return bool(self._same_as_record.match(" " + fuzzy_key(text)[hit.start:]))
        if hit.phrase in ("一样", "也一样", "都一样"):
            return bool(self._record_then_same.search(fuzzy_key(text)[:hit.start]))
        return False

    def _same_part(self, text: str, hit) -> bool:
        """dlg92: 一样 naming the kind of a part put in ("借了块一样的电池换上", "拿根一样的线"): 一样(的)
        right before a part (readings.yaml same_part_zh), no "still" / 又 in its clause before it."""
        key = clause_key(text)
        after = key[hit.start + len(hit.phrase):]
        # (dlg101: or right before it, 的 left out: "买了块一样型号的电池换上")
        if not (after[1:].lstrip() if after.startswith("的") else after).startswith(self._same_part_zh):
            return False
        clause = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[:hit.start].rstrip())[-1]
        return not (any(word in clause for word in _STILL) or "又" in clause or "也" in clause[-1:])

    def _same_as_earlier_day(self, text: str, hit) -> bool:
        """dlg57: a "same" / 一样 compared with a named earlier day or time ("跟昨天一样", "same as
        last time"), no "still" before it, beside an un-negated success word in the reply: the
        comparison, not the verdict ("行 等了一会再刷 过了 跟昨天一样")."""
        if hit.phrase not in ("一样", "same"):
            return False
        key = clause_key(text)
        before, after = key[:hit.start].rstrip(), key[hit.start + len(hit.phrase):]
        compared = (hit.phrase == "一样" and before.endswith(self._same_as_day_zh)) or (
            hit.phrase == "same" and after.lstrip().startswith(self._same_as_day_en))
        if not compared:
            return False
        clause = _CLAUSE_PUNCT_OR_HAN_SPACE.split(before)[-1]
        if any(word in clause for word in _STILL) or re.search(r"又|\bagain\b", clause):
            return False  # "还是跟昨天一样", "still same as yesterday": the fault as it was
        return any(h.target == "worked" and not h.negated and h.start != hit.start
                   for h in self.outcomes.find(text)) or any(
            h.target == "good" and not h.negated for h in self.tone_words.find(text))

    def _without_if(self, text: str) -> str:
        """The text without its clauses under an "if" (dlg52): "...check with his bank if after that
        still nothing. terima kasih" thanks; the plan's "nothing" does not deny the thanks after it."""
        pieces = re.split(f"({CLAUSE_MARK.pattern})", text)
        kept = [p for p in pieces if not self.if_words.says(p)]
        return "".join(kept) if len(kept) < len(pieces) else text

    def _under_if(self, text: str, hit) -> bool:
        """The hit stands in a clause after an "if" ("if after that still nothing", "如果还不行"):
        a condition for a plan, not how the fix went."""
        key = clause_key(text)
        # (a space between Chinese words ends a clause as a comma does: "要是早知道就好了 现在能刷了")
        clause = _CLAUSE_PUNCT_OR_HAN_SPACE_AT_END.split(key[:hit.start])[-1]
        return self.if_words.says(clause)

    def _outcome_story_words(self, words: dict, refusal: Negation, prepare) -> None:
        """The words of hands_on() and story_outcome() (readings.yaml)."""
        self.accessory_words = PhraseFinder([(w, "accessory") for w in words["accessory_parts"]], self.negation, prepare)
        self.hand_on_words = PhraseFinder([(w, "hand_on") for w in words["hand_on"]], refusal, prepare,
                                          requests=True)
        self.story_context = PhraseFinder(
            [(w, kind) for kind in ("later_on", "other_card", "aside") for w in words[kind]],
            self.negation, prepare)
        self.same_input = PhraseFinder([(w, "input") for w in words["same_input"]], self.negation, prepare)
        self._elapsed = _elapsed_patterns(words, prepare)
        self._router_named = re.compile("|".join(
            rf"(?<![a-z]){re.escape(fuzzy_key(prepare(w)).strip())}(?![a-z])"
            for w in sorted(words["router_named"], key=len, reverse=True)))
        self._tried_not_answer = set(words["tried_not_answer"])
        self.password_unknown = PhraseFinder([(w, "unknown") for w in words["password_unknown"]],
                                             self.negation, prepare)
        # The staff's password a step needs (dlg71), or (dlg75) the shop's own: a password step
        # that names the router or the Wi-Fi ("on the label on the back of the router") is the
        # shop's, found on the router or asked of whoever set the network up; unknown, the step
        # cannot be done now (where it is found, then another way), no person for it
        router_words = tuple(w.lower() for w in (*words["router_named"], "wi-fi", "wifi", "wlan"))
        self.staff_password_fixes, self.shop_password_fixes = set(), set()
        for f in self.kb.fixes.values():
            steps = [step.lower() for step in (*f.steps.zh, *f.steps.en) if "密码" in step or "password" in step.lower()]
            if not any("密码" in step for step in f.steps.zh):
                continue
            if any(w in step for step in steps for w in router_words):
                self.shop_password_fixes.add(f.id)
            elif any(w in step.lower() for step in (*f.steps.zh, *f.steps.en) for w in words["staff_password"]):
                self.staff_password_fixes.add(f.id)
        self._other_light = re.compile("|".join(
            re.escape(fuzzy_key(prepare(w)).strip()) for w in sorted(words["other_light"], key=len, reverse=True)))
        self._screen_named = re.compile("|".join(
            re.escape(fuzzy_key(prepare(w)).strip()) for w in sorted(words["screen_named"], key=len, reverse=True)))
        self._screen_questions = set(words["screen_questions"])
        self._proposed_until = re.compile("(?:" + "|".join(
            re.escape(fuzzy_key(prepare(w)).strip()) for w in sorted(words["proposed_until"], key=len, reverse=True))
            + r")(?![a-z])")
        self._concessive = [fuzzy_key(prepare(w)).strip() for w in words["concessive"]]
        self.printed_slip = PhraseFinder([(w, "printed") for w in words["printed_slip"]], self.negation, prepare)
        self.slip_fixes = set(words["slip_fixes"])
        self.power_cycled = PhraseFinder([(w, "cycled") for w in words["power_cycled"]], self.negation, prepare)
        self.if_words = PhraseFinder([(w, "if") for w in words["if_clause"]], self.negation, prepare)
        self.since_fix = sorted({fuzzy_key(prepare(w)) for w in words["since_fix"]}, key=len, reverse=True)
        self.later_sale = PhraseFinder([(w, "later") for w in words["later_sale"]], self.negation, prepare)
        self.relief_words = PhraseFinder([(w, "while") for w in words["relief_while"]]
                                         + [(w, "absent") for w in words["relief_absent"]]
                                         + [(w, "again") for w in words["relief_again"]]
                                         + [(w, "aside") for w in words["relief_aside"]], self.negation, prepare)
        self._came_people = tuple(fuzzy_key(prepare(w)) for w in words["came_people"])
        self._same_as_day_zh = tuple(fuzzy_key(prepare(w)) for w in words["same_as_day_zh"])
        self._same_part_zh = tuple(fuzzy_key(prepare(w)) for w in words["same_part_zh"])
        self._same_as_day_en = tuple(fuzzy_key(prepare(w)) for w in words["same_as_day_en"])
        self.earlier_occasion = PhraseFinder([(w, "earlier") for w in words["earlier_occasion"]]
                                             + [(w, "day") for w in words["earlier_day"]]
                                             + [(w, "now") for w in words["now_again"]], self.negation, prepare)

    def hands_on(self, text: str) -> bool:
        """The merchant takes the fault to people ("好吧 那我报修", "ok will send it for repair",
        "你们快点来换", "我打给收单那边请他们处理"), not "不用报修了"."""
        text = self.plain(text)
        came = self._came_spans(text)  # "师傅上门换了光猫": a visit that was, not one arranged
        handed = [h for h in self.hand_on_words.find(text)
                  if not h.negated and not any(a <= h.start < b for a, b in came)]
        if handed and all(self._aftercare(c) for c in _clauses(text) if self.hand_on_words.find(c)) \
                and (self.outcome(text) or self.tone(text)) == "worked":
            return False  # dlg93: "直接插线充 刷一笔过了 底座再叫他们来换": it works; the base replaced later
        return bool(handed)

    def _aftercare(self, clause: str) -> bool:
        """dlg93: a clause that has an accessory (the base, the charger, the battery) replaced
        ("底座再叫他们来换", "will get a new cradle sent"): aftercare once the terminal works,
        not the fault taken to people."""
        return any(not h.negated for h in self.accessory_words.find(clause))

    def _structure_clauses(self, text: str) -> set[str]:
        """The clauses (fuzzy keys) that state a fact read by its structure: "tapping fails,
        inserting is fine" - each says how a part goes, not how a fix went."""
        return {fuzzy_key(c).strip() for cs in self.observations.by_pattern(self.plain(text)).values()
                for c in cs}

    def story_outcome(self, text: str, outcome: str | None) -> str | None:
        """How the fix went when told as a little story, clause by clause ("揣怀里捂了二十分钟
        再拿出来刷 成了 以后不往摊上搁了", "一下就过了 那张福利卡确实不得行", "今天下午一个都没
        报错"): the clauses that report a result decide, when they agree; a clause about what
        will be done from now on, a saying, or a failure of another card beside a success is
        context. `outcome`: the whole message's reading, kept when the clauses say nothing
        else or disagree."""
        if outcome not in (None, "partly", "failed") or self.asks(text):
            return outcome
        if outcome == "partly" and self._later_sale_apart(text) == "partly":
            return outcome  # dlg44: a later sale that did not go, beside one that did
        if outcome == "partly" and self._fault_back_after(text):
            return outcome  # dlg86: "…got in this time, then froze again": the fault is the story's end
        if outcome == "partly" and self.relief_ended(text, ("absent",)):
            return outcome  # dlg79: a stretch without the fault, then "now it's back": its clauses read alone say fine twice
        if outcome == "partly" and self.relief_ended(text, ("while",)) and self._ends_in_again(text):
            # lead25: "签到成功的 过一会又要签": the stretch and its end span clauses; the
            # clause of the success alone is not the story's end
            return outcome
        verdicts: list[str] = []
        other_failed = False
        # a clause of a fact read by its structure says how a part goes, not how the fix went
        # ("tapping fails, inserting is fine": the chip's "fine" is no success of the tap fix)
        parts = self._structure_clauses(text)
        for n, clause in enumerate(_clauses(self.plain(text))):
            context = {h.target for h in self.story_context.find(clause) if not h.negated}
            if context & {"later_on", "aside"} or fuzzy_key(clause).strip() in parts:
                continue
            if self._earlier_spans(clause):
                continue  # "上次同一天撤销就好了": an earlier occasion, not the fix (dlg33)
            said = self._clause_result(clause, first=n == 0)
            if said and said != "worked" and "other_card" in context:
                other_failed = True  # "那张福利卡确实不得行": the other card, beside the result
                continue
            if said:
                verdicts.append(said)
        if not verdicts or len(set(verdicts)) > 1:
            return outcome
        said = verdicts[0]
        if said == "worked" and outcome == "partly" and (last := _clauses(self.plain(text))) and \
                self._tone_of(last[-1]) == "failed" and not self.story_context.find(last[-1]):
            return outcome  # dlg44: the story's end is a failure ("…first sale approved, but the next got declined")
        if said == "worked" or (said == "failed" and outcome is None and not other_failed):
            return said
        return outcome

    def _clause_result(self, clause: str, first: bool) -> str | None:
        """One clause's result: its outcome words, read without a leading stretch of time since
        the fix ("今天下午一个都没报错"); a success phrase after "就" ("再刷一次就成功了", whatever
        fact the action before it names); or, after the first clause, a clause that is only a
        verdict ("成了", "不中", not the acknowledging "好")."""
        key = fuzzy_key(clause)
        since = next((s for s in self.since_fix if key.startswith(s) and len(key) > len(s)), None)
        if since:
            key = key[len(since):].strip()
        said = self.outcome(key) or (self._tone_of(key) if since else None)  # "all afternoon not one error"
        if said is None and (at := key.find("就")) > 0 and self.outcome(key[at:]) == "worked" \
                and not self.wished_before(key, at):  # (dlg55: not "要能刷就好了", a wish)
            said = "worked"  # only a success phrase: "其实就一张卡不行" is "only one card", no result
        if said is None and not first and key not in self.okay:
            bare = self.bare_verdict(key)  # a yes that is a result has happened: "成了", not "会吧"
            said = "failed" if bare == "no" else "worked" if bare == "yes" and key.endswith("了") else None
        return said

    def _handing_on(self, readings: list[Reading], text: str) -> list[Reading]:
        """With a fix pending, taking the fault to people ("好吧 那我报修", "ok will send it for
        repair") is neither "it failed" nor "will do": the readings of how it went give way to
        it, unless the message says it worked."""
        if not self.hands_on(text):
            return readings
        words = fuzzy_key(text).split(" ")
        rest = " ".join(words[1:] if words[0] in self.okay else words)  # "fine, I'll send it for repair"
        if any(r.kind == "outcome" and r.value == "worked" for r in readings) and self.outcome(rest) == "worked":
            return readings  # "不用报修了 现在好了"
        return [r for r in readings if r.kind not in ("outcome", "wait", "done", "asks_back", "cannot")] \
            + [Reading("hand_on", HAND_ON)]

    def _earlier_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the message tells of an earlier occasion ("last time I did void same day it
        worked fine", "以前撤销都可以"): a clause with such a word and no word of now in it says
        how it went before the fault, not how the fix went (dlg33)."""
        if not self.earlier_occasion.find(text):
            return []
        key = fuzzy_key(text)
        spans = []
        for start, at, clause, part in _placed_clauses(text, key, strip=False):
            kinds = {h.target for h in self.earlier_occasion.find(clause) if not h.negated}
            if kinds == {"earlier"} or (kinds and kinds <= {"earlier", "day"} and not self._compared_to_day(part)
                                        and {h.target for h in self.outcomes.find(clause)} == {"worked"}):
                spans.append((start, at))
        return spans

    def _tested_spans(self, text: str) -> list[tuple[int, int]]:
        """dlg71: where the message says another way online was tried as a test ("tried my phone
        hotspot, same"): its words name the way tried, not the terminal's own (readings.yaml
        `tried_not_answer`)."""
        return [(h.start, h.start + len(h.phrase)) for h in self._tried_hits(text)
                if h.target in self._tried_not_answer]

    def password_unknown_said(self, text: str) -> bool:
        """"操作员01 密码不知道", "forgot the supervisor password": the password unknown, not
        "I know the password" (readings.yaml `password_unknown`)."""
        return self.password_unknown.says(self.plain(text))

    def _answers_elsewhere(self, question_id: str, text: str, observed: list[str]) -> bool:
        """The message, past its leading yes or no, answers another question or states a fact
        ("没有 我们店里的wifi", "no, it's on a sim" to "at which step?"): it says something."""
        return bool(observed) or any(not h.negated and h.target[0] != question_id
                                     for h in self.all_answers.find(text))

    def _elapsed_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the message tells a stretch of time gone by ("工作日都过了", "三天都过了", "3
        business days have passed"): the wait, not a sale that went through; or a device
        switched off and on again ("turned the modem off and back on"): the deed, not the news
        that it is back (dlg71; readings.yaml `elapsed_*`, `power_cycled`)."""
        key = fuzzy_key(text)
        return [m.span() for pattern in self._elapsed for m in pattern.finditer(key)] + [
            (h.start, h.start + len(h.phrase)) for h in self.power_cycled.find(text)]

    def _compared_to_day(self, key: str) -> bool:
        """dlg71: the day named as what now is like ("跟昨天一样", "still same as yesterday"): a
        comparison of now with that day, no clause about that day alone."""
        return any(w in key for w in self._same_as_day_zh) or any(
            re.search(rf"\b{re.escape(w)}\b", key) for w in self._same_as_day_en)

    def _input_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the message names what was put in again ("put same card and amount", "同一张卡
        同样金额"): that "same" is the input, not "the same as before"."""
        return [(h.start, h.start + len(h.phrase)) for h in self.same_input.find(text)]

    def _other_light_spans(self, text: str) -> list[tuple[int, int]]:
        """dlg75: clauses that name the light of another part than the screen ("底座灯也不亮",
        "the charger light is off too"; readings.yaml `other_light`) and not the screen: their
        "不亮" / "off" is that part's, no answer to whether the screen lights up."""
        spans, start = [], 0
        for m in [*_CLAUSE_PUNCT_OR_HAN_SPACE.finditer(text), None]:
            end = m.start() if m else len(text)
            clause = fuzzy_key(text[start:end])
            if self._other_light.search(clause) and not self._screen_named.search(clause):
                spans.append((start, end))
            start = m.end() if m else end
        return spans

    def _only_other_light(self, question_id: str, text: str) -> bool:
        """The screen asked about and every clause of the reply about another part's light."""
        if question_id not in self._screen_questions:
            return False
        spans = self._other_light_spans(text)
        return bool(spans) and not "".join(
            text[a:b] for a, b in zip([0, *[e for _, e in spans]], [*[s for s, _ in spans], len(text)])).strip(
            " ,.!?，。！？、")

    def printed_only(self, text: str) -> bool:
        """dlg75: "it printed something", "打出来一张纸": a print said and nothing else of how the
        step went (readings.yaml `printed_slip`): after a step that prints a slip of its own, the
        step's slip, no sale's receipt."""
        text = self.plain(text)
        hits = [h for h in self.printed_slip.find(text) if not h.negated]
        if not hits:
            return False
        rest, end = [], 0
        for hit in sorted(hits, key=lambda h: h.start):
            rest.append(text[end:hit.start])
            end = max(end, hit.start + len(hit.phrase))
        rest = " ".join([*rest, text[end:]]).strip(" ,.!?，。！？")
        if len(rest.split()) > PRINTED_REST_WORDS or len(re.sub(r"[\x00-\x7f]", "", rest)) > PRINTED_REST_CHARS:
            return False  # a story beside the print ("打咗张纸出来 再刷就得了 ..."): read as it says
        return not rest or (self.outcome(rest) is None and self._tone_of(rest) is None)

    def step_reported(self, text: str) -> bool:
        """"done", "ok tried", "好 试了", "yep did it": a short reply whose only words are a
        step reported done (readings.yaml `step_reported`) and acknowledgements (`okay`, a
        leading yes): the step is done, how it went is not said."""
        split = self._polar_split(fuzzy_key(self.plain(text)))
        if not split:
            return False
        pieces, kinds = split[0], split[1]
        did = [n for n, p in enumerate(pieces) if p in self.step_words]
        if did and any(p in ("that", "this") for p in pieces[:did[0]]):
            return False  # "that's done it", "that did it": the idiom for "it worked"
        after = pieces[did[-1] + 1:] if did else []
        if any(p in self.outcome_now for p in after) and any(p in self.acknowledgements for p in after):
            return False  # dlg82: "tried, now ok", "試咗 now ok 喇": the OK after the step is how it went
        return bool(did) and all(p in self.step_words or p in self.acknowledgements or k == "filler"
                                 for p, k in zip(pieces, kinds))

    def bare_verdict(self, text: str) -> str | None:
        """"yes" / "no" for a short reply made only of yes / OK / success words (or only of no
        / fault words) and words that carry no verdict: "真的可以诶", "行啦", "得喇",
        "yeah that's it", "that's done it". A negation just before a yes word makes it a no
        ("不行", "not ok"); yes and no words together are no verdict."""
        key = fuzzy_key(self.plain(text))
        if (asked := _A_NOT_A.search(key)) and key[asked.start() - 1:asked.start()] not in ("不", "没", "唔", "冇"):
            # lead32: "是不是坏了", "係咪壞咗" (是不是 after the word map), "行不行啊": a question
            # asked the Chinese way, no verdict ("不行不行" is a no said twice)
            return None
        split = self._polar_split(key)
        if not split:
            return None
        pieces, kinds, parts = split
        # "没断", "no drops": a plain negation, then a fault word, is one yes ("不断" is
        # "on and on", so 不 is not such a negation)
        for n in range(len(pieces) - 1):
            if pieces[n] in _PLAIN_NEGATION and pieces[n + 1] in self.fault_keys:
                kinds[n], kinds[n + 1] = "filler", "yes"
            # dlg52: "唔系坏", "不是坏的": "is not broken", written as one word ("不是，坏了" is a no, then the fault)
            elif pieces[n] in _NOT_IS and parts[n] == parts[n + 1] and pieces[n + 1] in self.fault_keys:
                kinds[n], kinds[n + 1] = "filler", "yes"
        said = [k for k in kinds if k != "filler"]
        # "not ok", "唔 得": a no word just before a yes word is one no.
        folded: list[str] = []
        for kind in said:
            if kind == "yes" and folded and folded[-1] == "no":
                continue
            folded.append(kind)
        return folded[0] if folded and len(set(folded)) == 1 else None

    def _polar_split(self, key: str) -> tuple[list[str], list[str], list[int]] | None:
        """A short reply's pieces, each a yes / no / filler word, with its kind and the
        space-separated part it came from; None when the reply is long or has another word."""
        if not key or len(key) > BARE_CHARS or len(key.split()) > BARE_WORDS or self._if_only.search(key):
            return None  # (dlg55: "要能刷就好了", "if only": a wish, no verdict)
        kinds: list[str] = []
        pieces: list[str] = []
        parts: list[int] = []  # the space-separated part each piece came from
        for n_part, part in enumerate(key.split()):
            at = 0
            while at < len(part):
                if part[at].isascii():  # an English word is one unit
                    kind = self.polar.get(part) or self.polar.get(_stem(part))
                    if kind is None:
                        return None
                    kinds.append(kind)
                    pieces.append(part)
                    parts.append(n_part)
                    break
                for size in range(min(self.polar_longest, len(part) - at), 0, -1):
                    kind = self.polar.get(part[at:at + size])
                    if kind:
                        kinds.append(kind)
                        pieces.append(part[at:at + size])
                        parts.append(n_part)
                        at += size
                        break
                else:
                    return None
        return pieces, kinds, parts

    def _no_fault_told(self, observed) -> bool:
        """No fact among these but ones that say nothing against a success told beside them
        (readings.yaml `beside_success`: "its little light is on")."""
        return all(o in self.beside_success for o in observed)

    def sale_went_through_last(self, raw: str) -> bool:
        """The reply's last clause says sales go through now ("再刷一次就成功了", "今天下午一个都
        没报错"), and nothing in it, facts included, says anything failed."""
        text = self.plain(raw)
        clauses = _clauses(text)
        if len(clauses) < 2 or self._tone_of(raw, facts_apart=False) != "worked":
            return False
        return any(h.target == "worked" and not h.negated and _SALE_WENT.search(h.phrase)
                   for h in self.outcomes.find(clauses[-1]))

    def clause_verdict(self, text: str) -> str | None:
        """"yes" / "no" when some clause of a longer reply is a bare verdict ("成了", "不中",
        "nothing") and no clause says the other; a bare OK ("ok", "好") is no verdict here
        ("ok 马上弄" will do it), nor a reply of one clause (bare_verdict reads that)."""
        clauses = _clauses(text)
        if len(clauses) < 2:
            return self._tail_verdict(text)
        # (not "done, cleaned it", nor a leading "对了" that only turns to news)
        kinds = {v for n, c in enumerate(clauses) if fuzzy_key(self.plain(c)) not in self.okay
                 and not _CONFIRMS.fullmatch(fuzzy_key(self.plain(c)))
                 and self.whole(c) != "yes" and (v := self.bare_verdict(c)) and (n or v == "no")}
        return kinds.pop() if len(kinds) == 1 else None

    def _tail_verdict(self, text: str) -> str | None:
        """"no" for an English reply of one clause that ends in a bare no ("held it 10 sec
        nothing", "unplugged it replugged same thing", "swapped the cable nope"): the comma
        left out before the verdict. Only a no: a yes word ends many a fact ("light is on")."""
        key = fuzzy_key(self.plain(text))
        words = key.split()
        if has_cjk(key) or len(words) < 3 or self.outcome(text) == "worked":
            return None
        for size in (1, 2):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            if self.bare_verdict(tail) == "no" and self.bare_verdict(head) is None \
                    and not _NEGATED_TAIL.search(head) \
                    and not any(w in self.fault_keys or _stem(w) in self.fault_keys for w in tail.split()):
                # (a fault word ends a fact: "only the chip cards fail" is what fails, no verdict)
                return "no"
        return None

    def asks_another_way(self, text: str) -> bool:
        """"还有别的办法吗", "any other way?": another way asked for (readings.yaml `another_way`)."""
        return self.another_way.says(self.plain(text))

    def wants_more(self, text: str) -> bool:
        text = self.plain(text)
        return self.more.says(text)

    def volunteered(self, text: str, questions: set[str], apart_from_facts: bool = False) -> dict[str, str]:
        """question id -> the answer the message gives to it unasked, for the given questions:
        only the answers' own words count; a positive answer beats negated ones ("不是wifi，
        用的流量卡"), two positive answers to one question are no answer (ask, not guess)."""
        text = self.plain(text)
        meant: dict[str, set[str]] = {}
        # an answer's word inside a fact said of something else is that fact's: "手机4G倒是正常"
        # (the phone's own data) says nothing of how the terminal goes online
        facts = self._fact_hits(text)
        # ... and so is one inside a clause that states a fact of the sale's setting by its
        # structure ("早上开机有个签到 伙计都按取消跳过去": the 开机 is when the prompt comes,
        # not when the fault shows)
        told = self._setting_clauses(text)
        if apart_from_facts:  # (every word of a fact's own, its phrase or its clause)
            told = told + self._fact_spans(text)
        # dlg67: an answer's word inside longer words that say a fix was done is that fix's:
        # "unplugged the router and back" is the router restarted, no cleaner's unplugging
        done = [(h.start, h.start + len(h.phrase)) for h in self._tried_hits(text)]
        lights = self._other_light_spans(text) if questions & self._screen_questions else []
        for hit in self.all_answers.find(text):
            question_id, answer_id = hit.target
            if done and any(a <= hit.start < b and len(hit.phrase) < b - a for a, b in done):
                continue
            if lights and question_id in self._screen_questions and any(a <= hit.start < b for a, b in lights):
                continue  # dlg75: "底座灯也不亮": the base's light, not the screen
            if question_id in questions and told and any(a <= hit.start < b for a, b in told):
                continue
            if question_id in self._lasting_questions and question_id in questions and \
                    hit.phrase in self._lasting_stretch and not self._lasts_of_the_fault(text, hit):
                continue  # dlg86: "the trolley gets shoved into that corner all day": a habit, no outage
            if question_id in questions and facts:
                answer = self.kb.questions[question_id].answer_by_id(answer_id)
                own = answer.observation if answer else None
                # (only an answer that is itself a fact: "没格" to "what do the bars show?" is
                # the terminal's no-bars fact, read as its answer)
                if own and _inside_another_fact(facts, hit.start, own):
                    continue
            if question_id in questions:
                denied = hit.negated and not self.kb.questions[question_id].denial_names_it
                # dlg85: the way named, then denied after it ("wifi we don't have in the hut")
                denied = denied or (not hit.negated and question_id == CONNECTION_QUESTION
                                    and _use_denied_after(text, hit.phrase))
                meant.setdefault(question_id, set()).add(("!" if denied else "") + answer_id)
        chosen = {}
        for question_id in list(meant):
            # Several options named, each with how it goes: the clauses tell which.
            if len(meant[question_id]) > 1 and (by_parts := self.clause_answer(question_id, text)):
                chosen[question_id] = by_parts
                del meant[question_id]
            elif self._said_to_work(question_id, meant[question_id], text):
                # one option of several, said to work ("拍卡那些又没有什么问题", "tap is no
                # problem"): it is not the one that fails, whichever that is
                del meant[question_id]
        for question_id, answers in meant.items():
            answers = {_resolve_negation(self.kb.questions[question_id],
                                         Reading("answer", 0, a)).value for a in answers}
            positive = {a for a in answers if not a.startswith("!")}
            pick = positive or answers
            if len(pick) == 1:
                chosen[question_id] = pick.pop()
        # dlg30: a fact that tells how the card is handled ("插卡 滴一声她就抽出来") names the way
        # the card goes in as a step of that story: not the way of reading that fails, nor the
        # step where the fault shows
        if chosen.keys() & HANDLING_QUESTIONS and HANDLING_FACTS & set(self.observed(text)):
            for question_id in HANDLING_QUESTIONS:
                chosen.pop(question_id, None)
        # dlg38: the sale's steps recited ("就刷卡 输钱数 按确认 跟以前一样"): how it is done, no
        # step at which it fails
        if STAGE_QUESTION in chosen and self._recites_steps(text):
            chosen.pop(STAGE_QUESTION)
        # dlg33: the staff's login at switch-on ("开机 输号 输密码 然后消费") names a password that
        # is the cashier's, not the customer's PIN: no answer that it fails at the PIN
        if chosen.get(STAGE_QUESTION) == PIN_STAGE and LOGIN_FACTS & set(self.observed(text)):
            chosen.pop(STAGE_QUESTION)
        # A question's own words said back denied, unasked ("we didn't change the wifi
        # password", "路由器没换过"): the question the reply says most of, if one. Said back
        # as they are, they may only name the thing ("我手机也老掉线" names the phone, not
        # that it is online), so only a denial counts.
        echoed = {}
        key = fuzzy_key(text)
        for hit in self.unsure_words.find(text):  # "不知道" echoes no "通知过…吗"
            key = key[:hit.start] + " " * len(hit.phrase) + key[hit.start + len(hit.phrase):]
        echoing = {q for _, unit in _question_units(key) for q in self.echoed_by.get(unit, ())}
        # dlg30: nor does a fact's own phrase, told as it is, echo a question about something else
        # ("插孔旁边的小灯都不会亮": the port's light, not the screen that does not light); a fact of
        # the question's own causes ("底座上也不充电" to "does the charging light come on?") and a
        # fact denied ("路由器没换过") still do
        told_facts = [h for h in self.observations.finder.find(text) if not h.negated]
        if told_facts and echoing:
            bare = key
            for hit in told_facts:
                bare = bare[:hit.start] + " " * len(hit.phrase) + bare[hit.start + len(hit.phrase):]
            kept = {q for _, unit in _question_units(bare) for q in self.echoed_by.get(unit, ())}
            echoing = kept | {q for q in echoing - kept if any(
                self._fact_bears_on(hit.target, q) for hit in told_facts)}
        for question_id in (questions & echoing) - set(meant):
            verdict = self.echo_answer(question_id, text)
            if verdict and verdict == _yes_no(self.kb.questions[question_id], False):
                # kb31: nor a denial that would rule out the cause a fact told with it proves
                # ("we haven't settled since christmas" is no "no" to "days since you settled?";
                # "点到撤销 不是消费" no "normal sales fail too")
                if self._denies_told_cause(question_id, verdict, told_facts):
                    continue
                echoed[question_id] = verdict
        cover = {q: self._coverage(q, text) for q in echoed}
        most = max(cover.values(), default=0)
        best = [q for q in echoed if cover[q] == most]
        if len(best) == 1:
            chosen[best[0]] = echoed[best[0]]
        if chosen:
            # dlg75: an answer's words whose own fact the message is read not to state, beside
            # another answer's fact that it does ("装了个监控录像机": 装了个 is a new app's word,
            # but an appliance was put in): that other answer
            stated = None
            for question_id, answer_id in list(chosen.items()):
                question = self.kb.questions[question_id]
                answer = question.answer_by_id(answer_id)
                if not answer or not answer.observation:
                    continue
                stated = set(self.observed(text)) if stated is None else stated
                if answer.observation in stated:
                    continue
                others = [a.id for a in question.answers if a.id != answer_id and a.observation in stated]
                if len(others) == 1:
                    chosen[question_id] = others[0]
                # rec46: ... and none of the question's answers is stated, but a fact the message
                # states cannot hold beside the answer's ("升级后菜单变了": the update word is the
                # menu-moved story's, an update that worked, no "it started after an update")
                elif not others and self.observations.contradicts.get(answer.observation, set()) & stated:
                    del chosen[question_id]
            # rec46: nor an answer's word that would rule out the cause a fact read by its structure
            # in the same message nearly proves (as kb31's echoed denials; a structure read wins over
            # a listed word, as in `exclusive`): "the update moved the menu, the new girl presses the
            # top one as before" - the top item is no longer Sale, so "top one" is no "Sale"
            structured = None
            for question_id, answer_id in list(chosen.items()):
                answer = self.kb.questions[question_id].answer_by_id(answer_id)
                if answer and answer.rules_out and not answer.observation:
                    if structured is None:
                        structured = set(self.observations.by_pattern(join_echoes(text))) & set(self.observed(text))
                    proven = {c for o in structured for c, w in cause_factors(self.kb, o).items() if w == 3}
                    ruled = {c for key in answer.rules_out
                             for c in ([key] if key in self.kb.causes else self.kb.causes_of_category(key))}
                    if proven & ruled:
                        del chosen[question_id]
        for question_id in [q for q in chosen if q in self._screen_questions]:
            if self._only_other_light(question_id, text):
                del chosen[question_id]  # dlg75: "底座灯也不亮": the base's light, not the screen
        for question_id in (questions & self._lasting_questions) - set(chosen):
            if lasting := self._time_told_of_the_fault(text):
                chosen[question_id] = lasting
        return chosen

    def _time_told_of_the_fault(self, text: str) -> str | None:
        """lead35: how long the fault has lasted, told unasked as a time alone (dialogs/lasting.py):
        "since about lunch", "20 mins maybe", "个几钟" said at a step. Beside other words a time is
        as often another thing's ("the customer waited 10 minutes"), or the hour it began with no
        telling how long ago that was ("0020000 on every sale since 2pm": an outage of ten minutes
        or of hours), so it answers only as the reply to the question."""
        lasting = self.lasting_time.answer(text)
        if not lasting:
            return None
        rest = text
        for a, b in sorted(self.lasting_time.spans(text), reverse=True):
            rest = rest[:a] + " " + rest[b:]
        rest_key = self._lasting_filler_en.sub(" ", fuzzy_key(rest))
        for filler in self._lasting_filler_zh:
            rest_key = rest_key.replace(filler, " ")
        alone = len(rest_key.split()) <= 1 and sum(has_cjk(ch) for ch in rest_key) <= 2
        return lasting if alone else None

    def _lasts_of_the_fault(self, text: str, hit) -> bool:
        """dlg86: a stretch of time read as how long the fault has lasted ("all day", "一整天") is
        that only in a clause that speaks of the fault or of time gone by ("been down all day",
        "一整天都刷不了", "since this morning"; readings.yaml `lasting_told`), or when the answer's
        own words say time gone by ("半小时了", "since yesterday"); "the trolley gets shoved into
        that corner all day", "一整天都放在太阳底下" tell a habit of something else."""
        key = clause_key(text)  # (the same length as the fuzzy key the hit is in, its clause ends marked)
        end = hit.start + len(hit.phrase)
        head = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[:hit.start])[-1]
        tail = _CLAUSE_PUNCT_OR_HAN_SPACE.split(key[end:])[0]
        clause = (head + key[hit.start:end] + tail).strip()
        if clause == key[hit.start:end].strip():
            return True  # the stretch alone ("all day", "一整天"): said of the fault asked about
        if self.lasting_told.says(clause):
            return True
        rec = self.recogniser.recognise(clause)
        return (bool(rec.code) or self._tone_of(clause, facts_apart=False) == "failed"
                or self.persist_words.says(clause))

    def _denies_told_cause(self, question_id: str, verdict: str, told_facts) -> bool:
        """The answer rules out a cause that one of the told facts nearly proves (factor 3)."""
        answer = self.kb.questions[question_id].answer_by_id(verdict)
        if not answer or not answer.rules_out or not told_facts:
            return False
        proven = {c for hit in told_facts for c, w in cause_factors(self.kb, hit.target).items() if w == 3}
        ruled = set()
        for key in answer.rules_out:
            ruled.update([key] if key in self.kb.causes else self.kb.causes_of_category(key))
        return bool(proven & ruled)

    # -- readings of the pending question -----------------------------------------------------

    def _no_stands_alone(self, text: str, observed: list[str]) -> bool:
        """The reply opens with a bare "no" of its own: alone, or set off by punctuation or by a
        space before Chinese ("没有 今天才这样"), or followed by words that tell no fact ("no
        not really"); not the determiner of "no signal out there" nor "没有信号"."""
        first, _, rest = text.strip().partition(" ")
        if self.bare_verdict(first) != "no":
            return False
        return not rest or first[-1] in ",，。.!！?？;；~…" or rest[0] >= "\u2e80" or not observed

    def answers(self, question_id: str, text: str, observed: list[str],
                asked: bool = True, raw: str | None = None) -> list[Reading]:
        """Readings of the message as an answer to the question, best first. Unasked
        (`asked` False: is an answer volunteered?), only its own words count: a bare "no"
        answers nothing it was not asked."""
        text = self.plain(text)
        if self._only_other_light(question_id, text):
            return []  # dlg75: "底座灯也不亮" to "does the screen light up?": another part's light
        question = self.kb.questions[question_id]
        ids = {a.id for a in question.answers}
        key = fuzzy_key(text)
        readings: list[Reading] = []
        for answer in question.answers:
            if key in (fuzzy_key(self.plain(answer.label.zh)), fuzzy_key(self.plain(answer.label.en))):
                readings.append(Reading("answer", EXACT, answer.id))
        yes = _yes_no(question, True)
        # A leading "no" answers the question; it does not deny what follows ("no, only mine").
        said_after_no = set()
        if asked and " " in key and self.leading_verdict(text) == "no":
            said_after_no = {h.target for h in self.answer_finders[question_id].find(key.split(" ", 1)[1])
                             if not h.negated}
        told = self._setting_clauses(text) + self._tested_spans(text)
        for hit in self.answer_finders[question_id].find(text):
            if told and any(a <= hit.start < b for a, b in told):
                continue  # a word of a told fact's own story (see volunteered)
            # "路由器没动过": the thing named, then denied after it, on a yes/no question.
            negated = (hit.negated and not question.denial_names_it and hit.target not in said_after_no) or (
                hit.target == yes and _DENIED_AFTER.match(key, hit.start + len(hit.phrase)) is not None) or (
                hit.target != yes and not hit.negated and _use_denied_after(text, hit.phrase))
            readings.append(Reading("answer", NEGATED if negated else WORDS,
                                    ("!" if negated else "") + hit.target))
        worded = {r.value for r in readings if r.score == WORDS}
        for obs_id in observed:
            linked = [a_id for q_id, a_id in self.answer_of_observation.get(obs_id, ())
                      if q_id == question_id]
            for a_id in linked:
                # One answer's own words ("没有信号" is "no signal") outweigh a broader fact
                # linked to another answer ("weak or missing signal").
                overruled = len(worded) == 1 and a_id not in worded
                readings.append(Reading("answer", NEGATED if overruled else OBSERVATION_ANSWER, a_id))
            if not linked and asked and (implied := self.implied_answer(question, obs_id)):
                readings.append(Reading("answer", IMPLIED, implied))
        verdict = (self.leading_verdict(text) or self.hedged(raw or "")) if asked else None
        if verdict in ("yes", "no") and not readings and self._says_of_another_thing(question, text):
            verdict = None  # "yes sir my son installed a cleaner app" to "new router?": the yes
            # acknowledges; what follows is about something else
        if asked and verdict == "no" and question.still_means and self.outcome(text) == "failed" \
                and self.persist_words.find(text):  # (its no is no negation of it)
            # lead24: "nope still failing", "没有 还是报A0" to "right after a sign-in, still the same
            # error?": the no is the fix's no use, the rest says it still fails (the still answer;
            # a "still" word it needs: "nope, never done the sign in" is the no)
            verdict = question.still_means
        if asked and verdict is None and "no" in ids and self.no_inside.says(text):
            readings.append(Reading("answer", INSIDE, "no"))
        if verdict in ("yes", "no") and verdict not in ids and (
                meant := _yes_no(question, verdict == "yes")):
            # "yes original charger" to "with the original charger, does the light come on?"
            readings.append(Reading("answer", LEADING, meant))
        elif verdict in ids:
            whole = self.whole(text)
            readings.append(Reading("answer", EXACT if whole == verdict else LEADING, verdict))
        elif verdict == "yes" and self.bare_verdict(text) == "yes" and _yes_no(question, True) is None:
            # "嗯", "yes" to "chip, swipe or tap?": no choice made; nothing to ask again.
            readings.append(Reading("unsure", REPEATED, "skip"))
        if asked and self.unsure(text):
            readings.append(Reading("unsure", UNSURE))
        if told:
            # the rest of the reply, without the told fact's story, is what answers by its
            # looser readings (a label's words, a near word, the clauses)
            key_chars = list(key)
            for a, b in told:
                key_chars[a:b] = " " * (b - a)
            text = " ".join("".join(key_chars).split())
            asked = asked and bool(text)
        if asked and not readings and question_id in self._lasting_questions and (
                lasting := self.lasting_time.answer(text)):
            readings.append(Reading("answer", IMPLIED, lasting))  # lead35: "since 9", "20 mins", "个几钟"
        if asked and not readings and (labelled := self.label_answer(question_id, text)):
            readings.append(Reading("answer", LABEL_WORDS, labelled))
        if asked and not readings and (amount := self.amount_answer(question_id, text)):
            readings.append(Reading("answer", IMPLIED, amount))
        if asked and not readings and (near := self.near_answer(question_id, text)):
            readings.append(Reading("answer", NEAR, near))
        if asked and not readings and (part := self.fragment_answer(question, text)):
            readings.append(Reading("answer", NEAR, part))
        if asked and (by_parts := self.clause_answer(question_id, text)):
            readings.append(Reading("answer", CLAUSES, by_parts))
        if asked:
            for score, said in ((AGREE, self.unchanged(question_id, text)),
                                (AGREE, self.agreement(question_id, raw or text)),
                                (AGREE, self.placed_beside(question_id, text)),
                                (ECHO_ANSWER, self.echo_answer(question_id, text)),
                                (ONLY_OTHER, self.only_other(question_id, text)),
                                (FINE, self.fine_answer(question_id, raw or text))):
                if said:
                    readings.append(Reading("answer", score, said))
                    break
        if asked and verdict == "no" and question.no_means and not readings \
                and self._no_stands_alone(text, observed) and self.outcome(text) != "failed":
            # "没有", "nope, nothing like that" to "was anything moved, dropped, changed?": the
            # ordinary answer; "没有信号", "no signal out there" are no bare no (their fact
            # answers, or nothing does), nor "没用", "nope" (no use: a fix that failed)
            readings.append(Reading("answer", LEADING, question.no_means))
        if asked and verdict in ("yes", "no") and _yes_no(question, True) is None and not readings \
                and self.outcome(text) is None and not self._answers_elsewhere(question_id, text, observed):
            # "yes every time", "no lah", "唔係" to "chip, swipe or tap?": no choice made, and
            # asking again rarely brings one (an answer the words name came first; "不行" says
            # how it goes, not yes or no, and is asked again). (dlg71: but "没有 我们店里的wifi"
            # answers another question after its no: that answer is noted, this one asked on)
            readings.append(Reading("unsure", REPEATED, "skip"))
        if question_id == STAGE_QUESTION and LOGIN_FACTS & set(observed):
            # the staff's login names its own password: no PIN step, by words or near them
            # (dlg33, as volunteered)
            readings = [r for r in readings if r.value != PIN_STAGE or r.score == EXACT]
        # "不是wifi" on a question with two answers is the other answer.
        readings = [_resolve_negation(question, r) for r in readings]
        best: dict[Any, Reading] = {}
        for r in readings:
            if r.value not in best or r.score > best[r.value].score:
                best[r.value] = r
        return sorted(best.values(), key=lambda r: -r.score)

    # -- the whole message ------------------------------------------------------------------

    def read(self, state: str, facts: dict, text: str) -> list[Reading]:
        """Every reading of the message in this state, best first."""
        if looks_like_code(text):
            # "'; DROP TABLE users;--" during a fix: code or markup, no outcome ("drop" is a
            # dropped connection's word) and no answer: none, so the pending step is asked again
            return []
        raw, text = text, self.plain(text)
        # Where fixes are said done, read once for every use below; facts and faults are read
        # without their words.
        tried_hits = self._tried_hits(text)
        tried_here = list(dict.fromkeys(h.target for h in tried_hits))
        told = _blanked(text, tried_hits) if tried_hits else text
        observed = self.observed(told)
        # ... but a fact that itself tells a fix done ("restarted it, works for a bit then comes
        # back": obs_restart_helps_awhile) is read with the fix's words, which it needs
        fixes_told_done = [o for o in (self.observed(text) if tried_hits else observed)
                           if self.kb.observations[o].fix_done]
        observed += [o for o in fixes_told_done if o not in observed]
        stepped: list[str] = []  # facts that told the pending step done ("put a new roll in")
        if state == "fixing" and facts.get("fix"):
            kept = [o for o in observed if o in facts.get("noted", ())
                    or not self._step_reported(told, o, facts["fix"])]
            stepped, observed = [o for o in observed if o not in kept], kept
            if not observed:
                observed = self.observed_of_step(told, facts["fix"])
            elif self.reports_boot(raw, facts["fix"]) and not self.tone(raw):
                observed = []  # lead38: "went black then came back with the logo" is the restart, no fault
        readings: list[Reading] = []
        # lead39: "which key? the red one or the side one" at a step: a question back, read once
        which_of = state == "fixing" and bool(facts.get("fix")) and self.asks_which_of(raw)
        if state == "diagnosing" and SOME_SALES_FAIL not in observed and self.counted_sales(text):
            # lead36: a count of part told while we ask ("like 2 out of 5 fail", "五笔有两笔不行"):
            # some sales go and some fail, the fact its words in the knowledge base say
            observed.append(SOME_SALES_FAIL)
        if state == "diagnosing" and self.late_success(raw, facts):
            # "重启了 好了" after the restart had failed and a question followed: it did work
            readings.append(Reading("outcome", OUTCOME, "worked"))
        elif state == "diagnosing" and tried_here and self.outcome(text) == "worked" \
                and not self.asks(raw):
            # "i unplugged the router myself and now it works", "我自己关了再开 现在好了":
            # a remedy of their own, done while we asked, that worked
            readings.append(Reading("self_fixed", OUTCOME, tried_here[-1]))
        elif state == "diagnosing" and facts.get("question"):
            new = [o for o in observed if o not in facts.get("noted", ())]
            readings += self.answers(facts["question"], text, new, raw=raw)
            if readings and all(r.kind == "answer" and r.score <= FINE for r in readings) \
                    and self._no_fault_told(observed) and self.cleared(raw) and self._said_changed(raw):
                # lead30: "好了 能刷了", "得咗喇 唔該晒" to "did you swipe a chip card?" read only
                # as its harmless answer ("all good there"): the fault went away, which
                # outranks a guessed no
                readings.append(Reading("cleared", OUTCOME))
            if not readings and self._no_fault_told(observed) and self.cleared(raw):
                # "行了行了 能刷了 谢了", "nvm it works now" while we ask: the fault went away
                # (by itself or by something they did unseen); not an answer, not small talk.
                # A fact that says nothing of the fault ("its little light is on",
                # readings.yaml `beside_success`) does not stop it.
                readings.append(Reading("cleared", OUTCOME))
            if not readings and not observed and fuzzy_key(text) in self.okay and self.leading_verdict(text) != "yes":
                # dlg58: a bare "ok" / "好" / "行" to a question is a nod (they will look), no
                # yes to what it asks ("changed the Wi-Fi password?" "ok"), nor a message nobody
                # understood: the wait once, and said again the question is set aside (_wait)
                readings.append(Reading("wait", EXACT))
            if not readings and said_key(raw) in facts.get("said", ()):
                # dlg88: the very same message again, to a question asked after it: "I told you
                # already"; they know no more than that, so the question is set aside, saying so
                readings.append(Reading("unsure", REPEATED, "repeated"))
            elif not readings and self.repeats(text, facts, observed):
                # Only what they told us already: they know no more than that ("not sure"), so
                # the question is not asked again.
                readings.append(Reading("unsure", REPEATED, "skip"))
            if not any(r.kind == "answer" for r in readings) and (
                    self.wants_action(raw) or self.asks_another_way(raw)):
                # "你就直接说我要怎么搞", "just tell me what to do": no answer to come, and
                # they want something to do: the likeliest fix (it outranks the "how" in it)
                readings.append(Reading("act", ACT))
            if not readings and (self.unable(text) or self.hurries(raw) or self.out_of_reach(raw)):
                # "我不会弄这些", "那怎么办啊 客人等着呢": they will not find the answer out
                # (a "how" beside a hurry is no question about the question).
                readings.append(Reading("unsure", REPEATED, "skip"))
            asked_back = self.asks_back(raw)
            if asked_back == "define" and readings and self._answered_after_asking(raw):
                asked_back = None  # "dunno what connection, the shop wifi i think": answered
            if asked_back == "define" or (asked_back == "how" and self.step_asked_how(raw, facts)):
                # "签到是什么", "签到怎么弄": about a word or a step, though the question's own
                # words are in it
                readings.append(Reading("asks_back", ASK_BACK))
            elif asked_back and not readings:
                readings.append(Reading("asks_back", ASK_HOW))
            if not readings and not observed and len(raw) <= COMMAND_MAX_CHARS and self.asks(raw):
                # "点解要问这个？", "why do you ask?" (a long message with a "?" says something)
                readings.append(Reading("asking", ASKING))
        if state == "fixing" and facts.get("fix"):
            # dlg51: a clause judging the supply put aside ("so the cheap ones no good") is no
            # verdict on the fix: how it went is read without it
            otext = self.aside_cut(text)
            oraw = raw if otext == text else otext
            outcome = None if which_of else self.story_outcome(otext, self.outcome(otext))
            retried = bool(set(self.kb.fixes[facts["fix"]].worked_when) & set(self.observed(text))) \
                and outcome in (None, "worked") and not self.asks(raw)
            if outcome in (None, "worked") and self.counted_part(otext) and not self.asks(raw):
                # dlg83: "yeah most of them, maybe 4 out of 5", "十张里面有八张能过": part of
                # them went through, which is no success of the step
                outcome = "partly"
            # (not "重启过了 今天早上": a step told done this morning, dlg67's restart that failed)
            fine_before = outcome in (None, "worked") and not tried_here and self.fine_before_only(raw) and (
                outcome == "worked" or self.tone(oraw) == "worked")
            if fine_before:
                # lead39: "it was fine last week", "早上还能用" at a step: how it was before, no word
                # on how it is after the step (it had closed the case as fixed)
                outcome = None
            if outcome in (None, "worked") and not self.asks(raw) and self.works_on_condition.says(self.plain(otext)):
                # lead39: "only if I hold the card longer", "只有按久一点才行": it works on a condition,
                # not always: part of a success
                outcome = "partly"
            if retried:
                # dlg72: "等了十分钟再刷就过了", "waited five minutes and ran it again, it went" at
                # a step that ends in a retry: the retry's success is the step's (fixes.yaml worked_when)
                outcome = "worked"
            whole = self.whole(raw)  # (raw: lead36 hedges are read as typed)
            verdict = self.leading_verdict(text)
            if any(self.kb.observations[o].fix_done == facts["fix"] for o in fixes_told_done):
                # "if I restart it works for a bit then comes back" while the restart is
                # pending: it was done, and helped for a while only
                readings.append(Reading("outcome", OUTCOME, "partly"))
            elif facts.get("waited") != facts["fix"] and (
                    (fuzzy_key(text) in self.okay and verdict != "yes") or (not retried and self.takes_offer(text))):
                # A bare "ok" / "好的" to a fix just shown, or a yes that asks for it ("yes
                # pls", "好的 麻烦你"), is "will do", not "it worked"; the next one (after
                # "take your time") answers "did it work?". (dlg72: unless a retry was told
                # gone through: "好的 请客人查了没扣 再刷一次就成功了" is the step's success)
                readings.append(Reading("wait", EXACT))
            elif which_of:
                pass  # lead39: "which key? the red one or the side one": asked back (below), no verdict
            elif fine_before:
                readings.append(Reading("before", OUTCOME))  # lead39: "it was fine last week": no verdict
            elif facts["fix"] in self.staff_password_fixes and self.password_unknown_said(text):
                # dlg71: "操作员01 密码不知道" at the sign-in: the staff's password the step needs is
                # unknown; only the provider gives it (a person), not the same step again
                readings.append(Reading("password_unknown", PASSWORD_UNKNOWN))
            elif facts["fix"] in self.shop_password_fixes and self.password_unknown_said(text):
                # dlg75: "dunno the wifi password, my son set it up" at the Wi-Fi step: the step
                # cannot be done now; where the password is found, then another way (not the step again)
                readings.append(Reading("cannot", PASSWORD_UNKNOWN, "password"))
            elif facts["fix"] in self.slip_fixes and self.printed_only(text):
                # dlg75: "it printed something" after the sign-in: the step's own slip (sign-in,
                # parameters) came out, so the step is done; a sale's going through is unsaid (as
                # sure as the outcome it was read as: above the printer named as a new problem)
                readings.append(Reading("done", OUTCOME))
            elif outcome != "worked" and self.out_of_reach(raw):
                # lead32: "cant, the router is locked in the office", "路由器锁在房东那 够不着": the
                # step cannot be done now; set aside for the next (it was not tried, so not failed)
                readings.append(Reading("cannot", OUTCOME))
            elif outcome is None and self.declines_step(raw) and not self.asks(raw):
                # lead33: "rather not open it", "不想拆 怕弄坏": their choice; the next step, and
                # the agent's card shows the step as not done (it was not tried, so not failed)
                readings.append(Reading("cannot", OUTCOME, "declined"))
            elif outcome is None and self.refuses_step(raw) and not self.asks(raw) and not self.hurries(raw):
                # lead37: "can't unplug it, the till runs off it", "no way im opening that": refused,
                # often with its reason; the next step (not tried, so not failed). Beside a hurry
                # ("现在不能关机 客人排队") it is "not now": take your time, below
                readings.append(Reading("cannot", OUTCOME, "declined"))
            elif outcome is None and self._short_unable(raw) and not self.asks_another_way(text):
                # dlg83: "我唔識撳喎", "唔識整", "dunno how to do that" and little else: the step is
                # beyond them (explained again, then a person), not a verdict that it failed
                readings.append(Reading("asks_back", ASK_HOW))
            elif facts["fix"] in self.solved_when_done and outcome != "failed" and not self.asks(raw) and (
                    self.step_reported(text) or self._step_done_well(raw, facts["fix"]) or self._procedure_done(text)):
                # lead28: "退好了", "refund done", "reprinted it": the procedure asked for is done
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif self.step_reported(text):
                # lead22: "done", "ok tried", "好 试了", "yep did that": the step reported done,
                # an OK at most beside it and nothing on how it went: done ("and does it work
                # now?"), not "it worked" (a person would ask before closing the ticket)
                readings.append(Reading("done", DONE))
            elif whole in ("yes", "no"):
                readings.append(Reading("outcome", EXACT, "worked" if whole == "yes" else "failed"))
            elif outcome == "failed" and self._only_still(text) and self.unable(text):
                readings.append(Reading("asks_back", ASK_HOW))  # "还是不会弄": still cannot
            elif outcome == "failed" and self._only_still(text) and self.unsure(text):
                readings.append(Reading("unsure", UNSURE))  # "还是不知道啊": still no idea
            elif outcome == "worked" and self.concedes_and_asks(text, raw):
                # "ok i dont get it. fine. just tell me the buttons to push": no success, they
                # ask how (dlg38)
                readings.append(Reading("asks_back", ASK_HOW))
            elif outcome == "worked" and self._step_done_well(raw, facts["fix"]):
                readings.append(Reading("done", DONE))  # "盖子盖好了": the step done, not the fault
            elif self.says_back(raw, facts["fix"]):
                # dlg65: the explanation (or the advice for the customer) said back in the merchant's
                # own words ("ok so bank no work on weekend, money come Monday", "so it can take a few
                # working days, I shouldnae refund twice"): its negations are the rule told again,
                # not the fix failing, and no finding of a step
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif not self.asks(raw) and not (outcome == "worked" and self._split_told(text)) and (
                    branch := self.branch_found(raw, facts["fix"])) is not None:
                # "打了明细 只有一笔" (but "这样会扣两次吧?" is a worry, no finding)
                readings.append(Reading("outcome", OUTCOME, "worked") if branch == "worked"
                                else Reading("branch", OUTCOME, branch))
            elif (part := _PART_FINE.match(fuzzy_key(text))) and part.group(1) not in _WHOLE_SUBJECTS:
                readings.append(Reading("done", DONE))  # "cable looks ok": a part checked, fine
            elif _LIGHT_ON.match(fuzzy_key(text)):
                # lead22: "charger light is green", "plugged in and the light is on" during a step:
                # a light looked at and lit, the step under way or done, how the sale goes unsaid
                readings.append(Reading("done", DONE))
            elif outcome == "worked" and self._asks_whether(raw):
                # "好了吗？", "working now?": they ask whether it works: try a sale and say
                readings.append(Reading("done", DONE))
            elif outcome is None and facts["fix"] in self.customer_fixes and self._other_card_went_through(
                    text, facts_too=True):
                # dlg44: "she used another card and it went through fine" after card-side advice:
                # the sale went through on another card (a fact's words, told as the story's end)
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif outcome in ("failed", "partly") and facts["fix"] in self.customer_fixes \
                    and self.paid_another_way(text):
                # (dlg68: "partly" too: "佢俾咗現金 得咗 多謝晒" is the card's failure beside the
                # sale's end, paid, not half a fix)
                # lead17: "ok she paid cash, thanks" after "ask for another card or another way
                # to pay": the advice taken and the sale paid, not the card still failing
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif outcome is None and facts["fix"] in self.card_side_fixes and not self.asks(raw) \
                    and self.passes_on(text) and not any(
                        h.target == "unsettled" or h.negated for h in self.customer_reaction.find(text)):
                # (not "我跟客人说了 他还是不信": told, and the customer unconvinced)
                # dlg86: "ok i tell him call his bank. he pay gcash for now. thanks" after "ask the
                # customer to call their bank": the step is the customer's or the bank's, taken on
                # board and passed on (the sale paid another way meanwhile): settled for now, not
                # the card still failing (its own symptom's words are the advice said back)
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif outcome != "failed" and self.customer_disputes(text, facts):
                # dlg44: "客人说他的卡在别的地方都能用", "she reckons her card works everywhere
                # else": the customer's word that the card is fine, against the card-side advice -
                # a dispute, not the fix working
                readings.append(Reading("outcome", GIST, "failed"))
            elif outcome:
                readings.append(Reading("outcome", OUTCOME, outcome))
            elif not self.asks(raw) and self.sale_went_through_last(raw):
                # "…等它自己出结果 今天下午一个都没报错", "…再刷一次就成功了": a story of the step
                # ending in sales that went through (though its words are a fact's too)
                readings.append(Reading("outcome", TONE, "worked"))
            elif not self.asks(raw) and (clause := self.clause_verdict(otext)):  # "按了 不中", "再拿出来刷 成了 以后揣兜里"
                readings.append(Reading("outcome", LEADING, "worked" if clause == "yes" else "failed"))
            elif facts["fix"] in self.explanations and self.takes_explanation(text):
                # "晓得了 那我明天再看", "got it, I'll check on Monday": an explanation taken on
                # board is its end, though a later look is promised (kb30)
                readings.append(Reading("outcome", LEADING, "worked"))
            elif facts["fix"] in self.explanations and not observed and self.asks(raw):
                # dlg36: "so when will the money come?", "那会不会丢了啊" after an explanation: a
                # question about it, answered with it again (not "did that fix it?")
                readings.append(Reading("asks_back", ASK_HOW))
            elif outcome is None and self.denies_the_step(raw, facts):
                # lead39: "ugh it's not the plug, just tell me what to do", "不是电源的事 快点说下一步":
                # the step's own thing said not to be the fault, and they want on: the step did
                # not settle it (not "take your time", nor the step explained again)
                readings.append(Reading("outcome", GIST, "failed"))
            elif self.waits(text) and len(clauses := _clauses(text)) > 1 and self.step_reported(clauses[-1]):
                # lead23: "found it on the back of the router, done", "找到密码了 试了": what they
                # were looking for found, then the step reported done: done, not "take your time"
                readings.append(Reading("done", DONE))
            elif (self.waits(text) and not self._found_then_glad(text, raw, facts)) or self.hurries(raw):
                # "ok doing it now", "客人要走了": not done yet (but "搵到啦 ... 揀咗off ... 多謝":
                # the setting found, set, and thanks: the story of the step, ended well)
                readings.append(Reading("wait", OUTCOME))
            elif verdict == "yes" and observed and not self.asks(raw) \
                    and self._tone_of(raw, facts_apart=False) == "failed":
                # "係呀 淨係插卡唔得", "对 就是插卡不行": the yes agrees that the fault is as told,
                # in words of failure: the fault is still there, the fix did not work ("yes it
                # updated itself overnight" only says a fact again)
                readings.append(Reading("outcome", GIST, "failed"))
            elif observed and not self.asks(raw) and self._done_then_fault(raw, text, facts["fix"]) \
                    and self._tone_of(raw, facts_apart=False) == "failed":
                # dlg63: "试了 不过只有插卡的不行", "did that, oh and only chip cards fail": the step
                # said done, then a fault told as a fact - the fault is still there, so the fix did
                # not work (the fact is noted too, and moves the ranking); not only a fact beside it
                readings.append(Reading("outcome", GIST, "failed"))
            elif verdict == "yes" and observed and _short(self._unhesitating(fuzzy_key(text))) and not self.asks(raw) \
                    and not self._backs_pending(observed, facts["fix"]):
                # lead29: "有 满格", "是 信号满格" after "restart the router": the yes goes with a fact
                # stated (as "yes full bars" does in English), no word of how the step went: the fact
                # is noted and the outcome asked, not "fixed" read from the yes alone
                pass
            elif verdict in ("yes", "no") and _short(self._unhesitating(fuzzy_key(text))):  # "嗯 可以", "no, same", "eh not really"
                readings.append(Reading("outcome", LEADING, "worked" if verdict == "yes" else "failed"))
            elif self.lacks_for_step(raw, facts["fix"]):  # "i dont have a window in my shop"
                readings.append(Reading("cannot", OUTCOME))
            elif not observed and self.asks_another_way(text):
                # "还有别的办法吗", "any other way?" with nothing said of how the step went:
                # this one set aside for the next (not counted as failed: it was not tried)
                readings.append(Reading("cannot", SET_ASIDE, "other"))
            elif self.unable(text):  # "dunno where is that": they cannot do it, not "no idea if it worked"
                readings.append(Reading("asks_back", ASK_HOW))
            elif self.unsure(text):
                readings.append(Reading("unsure", UNSURE))
            elif (bare := self.bare_verdict(text)) and not self.asks_back(raw):  # "真的可以诶", "yeah that's it"
                # ("好 那要怎么办" asks what to do: the 好 is no verdict)
                readings.append(Reading("outcome", LEADING, "worked" if bare == "yes" else "failed"))
            elif customer := self.customer_verdict(text, facts):  # "他走了", "客人不认"
                readings.append(Reading("outcome", LEADING, customer))
            elif self.did_step(raw, facts["fix"]):  # "擦了", "cleaned it": done, how did it go?
                # (lead38: "did it, what next?": its question is for after the step, no ask back)
                readings.append(Reading("done", DONE, "deeds" if _WHAT_NEXT.search(raw) else None))
            elif outcome is None and not observed and self.tells_step_done(raw, facts["fix"]) \
                    and not self.outcome_by_gist(text, facts) and not self.tone(oraw):
                # lead37: "pressed and held power like u said", "照你讲嘅做咗": the step done,
                # told by the deed; how it went is asked (its words name no new fault)
                readings.append(Reading("done", DONE, "deeds"))
            elif outcome is None and self.reports_boot(raw, facts["fix"]) and not self.outcome_by_gist(text, facts) \
                    and not self.tone(oraw):
                readings.append(Reading("done", DONE, "deeds"))  # lead38: "it beeped twice then the logo"
            elif self.asks_back(raw) or (len(fuzzy_key(raw)) <= ASK_BACK_CHARS and self.asks(raw)) or (
                    outcome is None and self.short_question(raw)) or which_of:
                pass  # "咁點算？", "what restart? how" ask back (read below), never a verdict by gist
            elif gist := self.outcome_by_gist(text, facts):
                readings.append(Reading("outcome", GIST, gist))
            elif tone := self.tone(oraw):
                readings.append(Reading("outcome", TONE, tone))
            elif self.fault_scene_works(text, facts):  # "晚上饭点刷得飞快": where it failed, it works
                readings.append(Reading("outcome", TONE, "worked"))
            elif self.persists(text, observed):  # "都係冇格仔", "又断了": the fault is still there
                readings.append(Reading("outcome", GIST, "failed"))
            elif verdict == "yes" and not observed:
                # "yep lid's shut properly", "对 盖子按紧了": the step done, how it went unsaid
                readings.append(Reading("done", DONE))
            if (not readings and facts["fix"] not in self.customer_fixes
                    and self.customer_left.says(to_simplified(raw).lower())):
                readings.append(Reading("wait", OUTCOME))  # "customer already left la": not tried yet
            if not readings and not self.asks(raw) and (stepped or (
                    tried_here and self._backs_pending(self.observed(text), facts["fix"]))):
                # "put a new roll in" while "turn the roll over" is pending: something done at
                # the step, how it went unsaid (not "didn't catch that")
                readings.append(Reading("done", DONE))
            if self.of_others_only(otext, observed):
                # dlg83: "隔籬舖都係用同一個wifi 冇問題", "my phone is on the same wifi and works" at
                # a network fix: a fact that the network works elsewhere (which may make the step
                # pointless), not the step's verdict
                readings = [r for r in readings if not (r.kind == "outcome" and r.value in ("worked", "failed"))]
            pending_named = facts["fix"] in tried_here
            tried_this = self.tried_this.says(text)
            if pending_named and self.before_now(text) and any(r.kind == "outcome" for r in readings) \
                    and self.outcome(told) is None and self.tone(told) is None and not self.asks(raw):
                # dlg67: "重启过了 早上", "今天早上就重启过了" with the restart pending: their own
                # restart before the step was shown, and the fault brought them here all the same
                # (no success: the 过了 / 就…过了 is the restart's own words; nothing else is said
                # of how it goes once they are set aside)
                readings = [r for r in readings if r.kind != "outcome"] + [Reading("outcome", TRIED, "failed")]
            elif pending_named and any(r.kind == "outcome" for r in readings):
                pass  # "熄咗再開 快好多", "重启了 好了": the pending step named with how it went
            elif pending_named and not tried_this and not self.before_now(text) and not any(
                    h.target == facts["fix"] and (_ATTEMPT.search(h.phrase) or self._repeated(text, h))
                    for h in tried_hits) and not _ALSO.search(fuzzy_key(text)):
                # "restarted" / "重启咗" with the restart pending, nothing else said: this step
                # done now, how it went unsaid (the merchant's own earlier restart, "restarted it
                # this morning", is a restart that failed)
                # (lead39: nor is "重启了两次了", "rebooted it 3 times": done more than once, because it did not help)
                readings = readings or [Reading("done", DONE)]
            elif outcome != "worked" and (pending_named or (
                    (tried_this or any(self._means_pending(text, f, facts["fix"]) for f in tried_here))
                    and not self._backs_pending(self.observed(text), facts["fix"]))):
                readings.append(Reading("outcome", TRIED, "failed"))
            # "how do I do that?", "签到是什么", "我不会弄", "那钱能到账吗": how the fix went is
            # not said; the step is explained again (then a person offered).
            # (lead39: nor "what else can i try": another step asked for, no word asked about)
            if not any(r.kind in ("outcome", "wait") or r.value in ("deeds", "other") for r in readings):
                asked_back = self.asks_back(raw)
                if asked_back:
                    readings.append(Reading("asks_back", ASK_BACK if asked_back == "define" else ASK_HOW))
                elif self.unable(text) or (self.asks(raw) and len(fuzzy_key(raw)) <= ASK_BACK_CHARS) or (
                        self.asks(raw) and self.proposes_until(text)) or (
                        outcome is None and not observed and self.short_question(raw)) or which_of:
                    # (dlg83: "is that the round button?", "边个掣呀": which part of the step)
                    # (dlg75: "wait till the battery dies?": a way of doing the step asked about)
                    readings.append(Reading("asks_back", ASK_HOW))
        if state == "fixing" and facts.get("fix") and not (
                facts["fix"] in self.explanations and self.takes_explanation(text)):
            # (dlg61: an explanation taken on board with its own advice to call the bank or the
            # acquirer as the plan - "ok so my contract don't take amex, machine not broke, i will
            # call the bank to ask about adding it" - is the explanation's end, not a case to hand on)
            readings = self._handing_on(readings, text)
        if state == "offering_human":
            verdict = self.leading_verdict(text)
            if self.outcome(text) == "worked" and not self.concedes_and_asks(text, raw):
                # the last fix helped after all (not "no person? fine. tell me what to press")
                readings.append(Reading("outcome", OUTCOME, "worked"))
            elif self.asks_another_way(text):
                # "还有别的办法吗", "anything else I can try?": the offer's other choice, asked
                # as a question (a question alone is read as unsure, below)
                readings.append(Reading("more", WORDS))
            elif self.unsure(text) or self.unable(text) or self.hurries(raw) or self.asks(raw) \
                    or self.asks_back(raw) or self.wants_action(raw):
                # "no clue", "我不会弄这些", "so how", "huh what you mean": a person is the safe choice
                readings.append(Reading("unsure", UNSURE))
            elif self.wants_more(text) or verdict == "no":
                readings.append(Reading("more", WORDS))
            elif verdict == "yes" or self._leads_with_okay(text):  # "好吧", "please do"
                readings.append(Reading("human", WORDS))
            elif self.unsure(text):
                readings.append(Reading("unsure", UNSURE))
        if state in ("fixing", "diagnosing") and not any(
                r.kind in ("outcome", "answer") and r.score >= LEADING for r in readings) and (
                named := self.named_fix(raw, facts)):
            readings.append(Reading("named_fix", WORDS, named))
        human = self._human_hits(text)
        if any(not h.negated for h in human):
            readings.append(Reading("human", HUMAN))
        elif human:  # "不要转人工", "no need for a person": keep going together
            readings.append(Reading("more" if state == "offering_human" else "stay", STAY))
        if not readings and self.waits(text) and not (observed and self._told_after_wait(text)):
            # ("let me check... ah the top corner says 01/01/2000": they looked, and tell it)
            readings.append(Reading("wait", WAIT))
        elif not readings and state in ("diagnosing", "fixing") and self.complains(text):
            readings.append(Reading("complaint", SMALL_TALK))  # "3rd time this week!!"
        tried = [f for f in tried_here if f != facts.get("fix") and not (
            state == "fixing" and facts.get("fix") and self._means_pending(text, f, facts["fix"]))]
        if tried:
            readings.append(Reading("tried", TRIED * 0.8, tuple(tried)))
            # "重启过了 也没用" while a different fix is pending: the failure is the restart's.
            readings = [Reading(r.kind, OTHER_FIX_FAILED, r.value)
                        if r.kind == "outcome" and r.value == "failed" and r.score != TRIED else r
                        for r in readings]
        if observed:
            readings.append(Reading("observation", OBSERVED, tuple(observed)))
        rec = self.recogniser.recognise(told)
        talk = self._problem_or_talk(rec, facts, observed, told)
        if any(r.kind == "done" and r.value == "deeds" for r in readings):
            talk = [r for r in talk if r.kind != "problem"]  # "held the power button": the step's words
        if which_of or (state == "fixing" and facts.get("fix") and self.short_question(raw) and self.asks_which(raw)
                        and not self.tone(raw)):
            # lead39: "which button?", "the side key or the front one?" at a step: which part of the
            # step is meant (asked back, above); the part it names is the step's, no new fault
            talk = [r for r in talk if r.kind != "problem"]
        if state in ("fixing", "diagnosing") and self.only_denies(raw):
            talk = [r for r in talk if r.kind != "problem"]  # lead39: "its not the wifi" opens no Wi-Fi problem
        if state == "fixing" and facts.get("fix") and self._short_unable(raw):
            # "cannot find", "I don't find it" after a step: the menu item is not found, no
            # new fault ("cannot find the sale" names one; a bare "can't find it" does not)
            talk = [r for r in talk if r.kind != "problem"]
        if not any(r.kind in ("problem", "outcome", "answer") for r in readings + talk) and (
                news := self.news_of_fault(told, facts)):
            talk.append(news)  # (news words beside how the fix went tell its steps, not news)
        if self.asks(raw):  # "咁點算？" (so what now?) is no goodbye, whatever is left of it
            talk = [r for r in talk if not (r.kind == "intent" and r.value in _SOCIAL)]
        readings += talk
        if state in NEAREST_STATES and facts.get("candidates") and (
                not readings or len(_clauses(text)) > 1) and (
                near := self.nearest_facts(raw, state, [*facts.get("noted", ()), *observed])):
            # dlg48: a clause of a reply that nothing above read, nearest one fact not told in
            # it already (its phrasing's reading is the full-weight one: dlg30's "never heard of
            # settlement, nobody told us about it"); a reply of one clause read as something
            # has none unread: not compared, at no cost
            readings.append(Reading("near", NEAR_FACT, tuple(near)))
        return sorted(readings, key=lambda r: -r.score)

    def nearest_facts(self, text: str, state: str, noted=()) -> list[tuple[str, str, float]]:
        """dlg48: (observation, clause, similarity) for each clause of the message that nothing
        read and whose words are clearly nearest one observation's phrasings (NEAREST_SIMILARITY,
        NEAREST_MARGIN over the runner-up): the fact a fresh merchant states in words no phrasing
        lists ("早上开机跳出来个什么签到 我点了取消"). Called only for what the dialog did not read
        otherwise; the caller admits the facts at an ordinary weight, never a decisive one."""
        out: list[tuple[str, str, float]] = []
        for clause in self.unread_clauses(text):
            ranked = self.nearest.ranked(clause)
            if self.trace is not None:
                self.trace.append((state, clause, ranked))
            if not ranked:
                continue
            (obs_id, sim, shared), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
            if sim >= NEAREST_SIMILARITY and sim >= NEAREST_MARGIN * runner_up and shared >= NEAREST_SHARED \
                    and obs_id not in noted and obs_id not in (o for o, _, _ in out):
                out.append((obs_id, clause, sim))
        # One fact per message, the nearest: a story of several unread clauses is mostly its
        # setting, and two guesses from one message pull two ways (dev14: the paper, and then
        # the print head for the printer's noise).
        return sorted(out, key=lambda n: -n[2])[:1]

    def unread_clauses(self, text: str) -> list[str]:
        """Clauses of the message that carry words nothing here reads: not a stated fact, a fix
        said done, how a fix went, a code, a fault named, an intent (thanks, small talk), a
        question back, a denial ("不是签到的问题", "not the wifi"), someone else's words quoted,
        or what the merchant is doing now ("wait serving a customer")."""
        plain = self.plain(text)
        out = []
        for clause in split_clauses(plain, questions=True):
            key = fuzzy_key(clause)
            if len(key.replace(" ", "")) < NEAREST_MIN_CHARS or clause.endswith(("?", "？")):
                continue
            if _DENIAL.search(key) or _QUOTED.search(clause) or self._busy_now.search(key) or self.asks(clause):
                continue
            if self.observed(clause) or self._tried_hits(clause) or self.outcome(clause) \
                    or self.waits(clause) or self.hurries(clause) or self.unsure(clause) \
                    or self.unable(clause) or self.complains(clause) or self._human_hits(clause):
                continue
            rec = self.recogniser.recognise(clause)
            if rec.code or rec.intent or (rec.decision == "confident" and rec.symptom):
                continue
            out.append(clause)
        return out

    def named_fix(self, raw: str, facts: dict) -> str | None:
        """A remedy the merchant asks for by name ("need new battery? where to buy", "要不要
        升级一下"): the one fix of a candidate cause, other than the pending or a tried one,
        whose title's words the message uses (a Chinese word pair, an English word of six
        letters or more) when no other fix's title shares as many."""
        key = fuzzy_key(self.plain(raw))
        if not (self.asks(raw) or _WANTS.search(key)):
            return None
        if not _WANTS.search(key) and (self.verdict_asked(raw) == "verdict" or _FAULT_ASKED.search(key)):
            # dlg92: "这样是网路坏了吗？", "so is the internet broken?": a question on what is at
            # fault (answered as one), no remedy asked for by its title's words
            return None
        pending = facts.get("fix")
        done = {f for f, _ in facts.get("tried") or []} | {pending}
        causes = facts.get("candidates") or {}
        # (dlg72: nor one offered only after a fact not told: fixes.yaml only_when)
        unfounded = set(self.kb.unfounded_fixes(facts.get("noted") or ()))
        fixes = dict.fromkeys(f for c in causes for f in self.kb.causes[c].fixes
                              if f not in done and f not in unfounded)

        def shares(fix_id: str) -> int:
            pairs, words = self._title_units(fix_id)
            stems = {w[:6] for w in words if len(w) >= 6}  # not "again"
            replace = words[:1] and words[0].startswith("replac") and _NEW_ONE.search(key)
            return sum(p in key for p in pairs - _TITLE_FILLER) + sum(
                bool(re.search(rf"\b{re.escape(w)}", key)) for w in stems) + bool(replace)

        # one word the fault itself names ("printer" of a printer fault) names no remedy
        shared = {f: n for f in fixes if (n := shares(f)) >= 2}
        if not shared:
            # lead19: a short title named whole ("要不要重启一下", "係咪要重新開機", "should I
            # restart it?" while a question is pending): its one remedy word is the whole remedy
            whole = [f for f in fixes if self._names_whole_title(f, key)]
            if len(whole) == 1 and not (pending and self._names_whole_title(pending, key)):
                return whole[0]
            return None
        best = max(shared.values())
        if pending and shares(pending) >= best:
            return None  # "點樣結算" during "settle the batch": a question about the pending step
        named = [f for f, n in shared.items() if n == best]
        return named[0] if len(named) == 1 else None

    def step_asked_how(self, raw: str, facts: dict) -> str | None:
        """A how-to question back that names a step ("how to do sign in ah", "签到怎么弄",
        "點樣結算") while a question is pending: the fix whose title the question names (a
        Chinese word pair of its title, an English word of it), a candidate cause's fix first;
        None when none or several name it equally, or when it is a question about the
        pending question itself (it names no step)."""
        if self.asks_back(raw) != "how":
            return None
        key = fuzzy_key(self.plain(raw))
        stems = {_stem(w) for w in key.split() if w.isascii()}

        def shares(fix_id: str) -> int:
            pairs, words = self._title_units(fix_id)
            return sum(p in key for p in pairs - _TITLE_FILLER) + sum(
                _stem(w) in stems for w in words if len(w) >= 4 and w not in _STEP_STOP)
        causes = facts.get("candidates") or {}
        likely = list(dict.fromkeys(f for c in sorted(causes, key=causes.get, reverse=True)
                                    for f in self.kb.causes[c].fixes))
        for pool in (likely, list(self.kb.fixes)):
            shared = {f: n for f in pool if (n := shares(f))}
            if shared:
                best = max(shared.values())
                named = [f for f, n in shared.items() if n == best]
                return named[0] if len(named) == 1 or pool is likely else None
        return None

    def lacks_for_step(self, raw: str, fix_id: str) -> bool:
        """"i dont have a window in my shop", "没有清洁卡啊", "冇原裝火牛": what the pending
        fix's steps need is not there, so the step cannot be done: a thing said not to be had
        (a negated "have", or 没有 / 冇 just before it) that the steps name (an English word of
        four letters or more, or a Chinese character of a step's noun)."""
        key = fuzzy_key(self.plain(raw))
        found = _LACKS.search(key)
        if not found or len(key) > DID_MAX_CHARS * 2:
            return False
        fix = self.kb.fixes[fix_id]
        thing = found["thing"] or found["thing2"]
        if thing.isascii():
            said = {_stem(w) for w in fuzzy_key(" ".join([fix.title.en, *fix.steps.en])).split() if len(w) >= 4}
            return _stem(thing) in said and thing not in _ECHO_STOP
        said = fuzzy_key(self.plain(" ".join([fix.title.zh, *fix.steps.zh])))
        return any(ch in said and ch not in _NOT_A_THING for ch in thing[:2])

    def _procedure_done(self, text: str) -> bool:
        """lead28: the procedure's own verb told done ("退完了", "已经退了", "refunded him", "voided
        it", "reprinted"; readings.yaml `procedure_done`), not denied."""
        return self.procedure_done.says(text)

    def _step_done_well(self, raw: str, fix_id: str) -> bool:
        """"盖子盖好了", "线插好了": a verb of the pending fix's own steps with 好了 says the
        step was done properly, not that the fault is gone; "现在好了", "弄好了" are not that."""
        fix = self.kb.fixes[fix_id]
        said = self.plain(" ".join([fix.title.zh, *fix.steps.zh]))
        key = fuzzy_key(self.plain(raw))
        if len(key) > STEP_DONE_CHARS:
            return False  # "签到之后好了 谢谢" says how it went
        found = _VERB_HAO.findall(key)
        if found and self.outcome(_VERB_HAO.sub(" ", key).strip()) == "worked":
            return False  # ux14: "装好了 能打了", "插好了 可以刷了": the step done, and it works
        if bool(found) and all(v in said and v not in _HAO_NOT_A_STEP for v in found):
            return True
        # "弄好了纸", "装好咗新纸卷": any verb with 好了 and then a thing the step handles is
        # the step done (its object named after it); the fault's outcome is still to come.
        done = _VERB_HAO_OBJECT.match(key)
        return bool(done) and done["thing"] not in _WHOLE_THINGS_ZH and all(
            ch in said for ch in done["thing"])

    def cleared(self, raw: str) -> bool:
        """A success said while no fix is pending ("好了 可以刷了", "its working now"): outcome
        words that say it works, not a bare "好了" / "ok" (as often "fine, go on") and not a
        question ("现在能刷了吗？")."""
        text = self.plain(raw)
        # A fact told with it ("网没事 插卡都能过", "十一点以后又好了") is what works or when it
        # does, and a condition ("quiet days it's fine mostly") is when it fails: neither is
        # news that the fault is gone.
        tone = self._tone_of(raw)
        conditional = bool(self.condition_words.find(text)) or tone in ("partly", "failed") or (
            # dlg80: once warmed up, in other shops, usually: how it goes then, unless said of now
            bool(self.habitual_words.find(text)) and not _SAID_OF_NOW.search(text))
        # No success phrase, but good words said of now ("now paying no issues", "而家冇问题"):
        # the same news in the merchant's own words.
        # (dlg52: but not the battery's level said of now, "现在插着充电 电量有一半了": the battery's
        # state, no news that the fault is gone)
        outcome = self.outcome(text) or ("worked" if tone == "worked" and _SAID_OF_NOW.search(text)
                                         and not _BATTERY_TALK.search(text) else None)
        return (outcome == "worked" and self.whole(raw) != "yes" and not self.asks(raw)
                and not conditional and self._no_fault_told(self.observed(text))
                and not _PATTERN_OF_DAY.search(text) and not self._prompt_in_routine(text)
                and not self._shows_a_code(text))

    def _shows_a_code(self, text: str) -> bool:
        """dlg102: a long error code of the knowledge base named in the message, not denied ("the app
        opens, then after the amount it spins and 0020000", "开得了机 一刷还是0020000"): the fault is still
        there, whatever part of it works (not "no more 0020000", "没再出0020000")."""
        for match in _LONG_CODE.finditer(text):
            if match.group(1) in self.kb.codes and not _CODE_DENIED.search(text[max(0, match.start() - 14):match.start()]):
                return True
        return False

    def _prompt_in_routine(self, text: str) -> bool:
        """dlg96: the screen's word of a sale that went ("it says approved", "显示交易成功") as one step of
        a routine told on after it ("card tapped, screen says approved, then the boy switches it off"): how a
        sale goes there, no news that the fault is gone. Every success word is such a shown word,
        a turn follows it, and nothing is said of now."""
        key = fuzzy_key(text)
        worked = [h for h in self.outcomes.find(text) if h.target == "worked" and not h.negated]
        turns = [h.start for h in self.tone_words.find(text) if h.target == "turn" and not h.negated]
        if not worked or _SAID_OF_NOW.search(text):
            return False

        def shown(hit) -> bool:
            before = key[:hit.start].rstrip()
            return any(before.endswith(verb) for verb in self._display_verbs) and any(
                t >= hit.start + len(hit.phrase) for t in turns)
        return all(shown(h) for h in worked)

    def late_success(self, raw: str, facts: dict) -> bool:
        """The fix tried last, named and said to work now ("ok restarted, working now", "重启
        了 好了"), after the bot had moved on from it: it helped after all. Or any success said
        after a step's instructions were shown on request (step_asked_how)."""
        tried = facts.get("tried") or []
        text = self.plain(raw)
        if facts.get("steps_shown") and self.outcome(text) == "worked":
            return True  # "ok done, works now" after the steps they asked for were shown
        if not tried or tried[-1][1]:
            return False
        if self.outcome(text) != "worked":
            return False
        if any(self._says_tone(self.kb.observations[o]) in ("failed", "partly") for o in self.observed(text)):
            return False  # dlg97: "insert is the problem. tap works": the fault told as it stands, other ways work
        key = fuzzy_key(text)
        pairs, words = self._title_units(tried[-1][0])
        named_zh = any(p in key for p in pairs)
        named_en = any(len(w) >= 4 and re.search(rf"\b{re.escape(w[:5])}", key) for w in words)
        return tried[-1][0] in self.tried_fixes(text) or named_zh or named_en

    def _backs_pending(self, observed: list[str], pending: str) -> bool:
        """A fact told that points decisively to a cause the pending fix remedies ("啱啱换咗卷纸"
        while "turn the roll over" is pending: a new roll is when it goes in upside down): the
        words it shares with another fix's "already done" are the fact, not a failed try."""
        causes = self.kb.causes_mended_by(pending)
        return any(cause_factors(self.kb, o).get(c) == 3 for o in observed for c in causes)

    def _means_pending(self, text: str, other: str, pending: str) -> bool:
        """"重启过了 没用" while "重启路由器" is pending: the restart said is the one just asked
        for, unless the message also names what only the other fix acts on ("终端重启过了")."""
        key = fuzzy_key(text)
        mine_zh, mine_en = self._title_units(pending)
        theirs_zh, theirs_en = self._title_units(other)
        stems = {w[:5] for w in key.split()}

        def said(words: set[str]) -> bool:
            return bool({w[:5] for w in words if len(w) >= 4} & stems)
        shared = any(p in key for p in mine_zh & theirs_zh) or said(set(mine_en) & set(theirs_en))
        own = any(p in key for p in theirs_zh - mine_zh) or said(set(theirs_en) - set(mine_en))
        if not shared and not own and (mine_zh & theirs_zh or {
                w for w in set(mine_en) & set(theirs_en) if len(w) >= 4}) and not (
                _TERMINAL_NAMED.search(key) and not _TERMINAL_NAMED.search(
                    fuzzy_key(self.plain(self.kb.fixes[pending].title.zh)) + " "
                    + fuzzy_key(self.kb.fixes[pending].title.en))):
            # dlg67: "重開咗 都係咁", "restarted, same" while "重启路由器" is pending: the two
            # fixes' titles share their action (重启, restart) and the message names no object
            # (neither the other fix's own words nor the terminal, "关机重开过", "熄咗部機再開"):
            # the outcome with no object belongs to the pending fix's object
            return True
        return shared and not own

    def _names_whole_title(self, fix_id: str, key: str) -> bool:
        """The message says every word of a short fix title that is not filler: 重启 of 重启终端,
        "restart" of "Restart the terminal" (not of "Restart the router", whose router is unsaid)."""
        title = self.kb.fixes[fix_id].title
        core = fuzzy_key(self.plain(title.zh))
        for filler in _TITLE_FILLER:
            core = core.replace(filler, "")
        if len(core) >= 2 and all(has_cjk(c) for c in core) and core in key:
            return True
        words = [w for w in fuzzy_key(title.en).split() if w not in _STEP_STOP and w not in _TITLE_STOP_EN]
        return 0 < len(words) <= 2 and all(re.search(rf"\b{re.escape(w[:6])}", key) for w in words)

    def _title_units(self, fix_id: str) -> tuple[frozenset[str], list[str]]:
        """A fix title's Chinese character pairs and English words, as a message would name
        the fix (prepared once per fix: named_fix looks at every candidate's every turn)."""
        if fix_id not in self._title_cache:
            title = self.kb.fixes[fix_id].title
            zh = fuzzy_key(self.plain(title.zh))
            self._title_cache[fix_id] = (
                # two characters of one word: "了 " of "纸卷装反了：翻过来装" names nothing
                frozenset(zh[k:k + 2] for k in range(len(zh) - 1)
                          if has_cjk(zh[k]) and has_cjk(zh[k + 1])),
                fuzzy_key(title.en).split())
        return self._title_cache[fix_id]

    def repeats(self, text: str, facts: dict, observed: list[str]) -> bool:
        """A reply to a question that only says again what we know (facts already noted or
        answers already given, or the fault itself: "0020000 交易失败"): they know no more
        than that, so it is a "not sure", not a message to ask again."""
        if any(o not in facts.get("noted", ()) for o in observed):
            return False
        if observed or self.outcome_by_gist(text, facts) == "failed":
            return True
        given = self.volunteered(text, set(self.kb.questions))
        return bool(given) and all(q in {q for q, _ in facts.get("answers", ())} for q in given)

    @staticmethod
    def _repeated(text: str, hit) -> bool:
        """lead39: the step told done more than once, in its phrase or right after it ("重启了两次了",
        "restarted it 3 times"): done again because it did not help."""
        key = fuzzy_key(text)
        return bool(_REPEATED.search(key[hit.start:hit.start + len(hit.phrase) + REPEAT_REACH]))

    def _done_then_fault(self, raw: str, text: str, fix_id: str) -> bool:
        """The message opens with the step said done ("试了", "擦咗", "did that", "tried it"),
        before whatever else it tells: its first piece is a did_step, or a "tried this" word
        is in it."""
        first = re.split(r"[,，。.!！;；:：~]+", raw.strip(), maxsplit=1)
        if has_cjk(first[0]):  # (Chinese clauses are parted by spaces too: "试了 不过…")
            first = re.split(r"[\s,，。.!！;；:：~]+", raw.strip(), maxsplit=1)
        if len(first) == 2 and first[1].strip() and self.did_step(first[0], fix_id) \
                and not self.takes_on_board(first[0]):  # ("明白了 …": understood, no step done)
            return True
        return self.tried_this.says(text)

    @staticmethod
    def ran_a_sale(raw: str) -> bool:
        """lead39: the reply ends with a sale run to try the step and no result ("ran a card", "ok did
        it. ran a card", "刷了一笔"): how that sale went is what to ask, not "now try a sale"."""
        if has_cjk(raw):
            parts = [k for p in re.split(r"[\s,，;；。.!！]+", raw) if (k := fuzzy_key(p).strip())]
            return bool(parts) and bool(_TEST_SALE_ZH.fullmatch(parts[-1]))
        parts = [k for p in re.split(r"[,;.]| and ", raw.lower()) if (k := fuzzy_key(p).strip(" .!~,"))]
        return bool(parts) and bool(_TEST_SALE_EN.fullmatch(parts[-1]))

    def did_step(self, raw: str, fix_id: str) -> bool:
        """A short "I did it" with no word on how it went: "擦了", "重启咗", "ok done",
        "cleaned it". The verb must be a generic one (做, done) or the pending fix's own
        ("擦" of 擦拭触点, "clean" of "Clean the card slot"), so "死机了" or "crashed" is not it."""
        raw = _before_what_next(raw)  # lead38: "did it, what next?": done, the rest asked
        key = fuzzy_key(raw).strip(" .!~,")
        if not key or len(key) > DID_MAX_CHARS or self._if_only.search(key):
            return False  # (dlg55: "要能刷就好了" is a wish, no "刷" done)
        fix = self.kb.fixes[fix_id]
        said = fuzzy_key(_fix_text(fix))
        if has_cjk(key):
            match = _DID_ZH.search(key) or _DID_ZH_COUNTED.search(key)
            if match and re.search(r"[年月]", match["verb"]):
                return False  # "用了三年了": how old it is (years, months), no step done
            if _TEST_SALE_ZH.fullmatch(key):
                return True  # lead39: "刷了一笔", "试了一单": a sale run to try the step, no result told
            return bool(match) and not self.outcome(self.plain(raw)) and (
                match["verb"] in _DID_GENERIC_ZH or any(ch in said for ch in match["verb"]))
        parts = [k for p in re.split(r"[,;.]| and ", raw.lower()) if (k := fuzzy_key(p).strip(" .!~,"))]
        matches = [_DID_EN.fullmatch(p) for p in parts]
        # lead38: "ok did it. ran a card": the step done, then a sale run with no result (a piece of its own)
        # (lead39: and a sale run alone, "ran a card", "tried a sale": the step's check, no result told)
        sale_run = (len(parts) > 1 and any(matches)) or len(parts) == 1
        if not parts or not all(m or (sale_run and _TEST_SALE_EN.fullmatch(p)) for m, p in zip(matches, parts)):
            return False
        verbs = [m["verb"].removesuffix("ed") for m in matches if m and m["verb"]]  # "cleaned" -> "clean"
        return all(v in _DID_GENERIC_EN or re.search(rf"\b{re.escape(v)}", said) for v in verbs)

    def waits(self, text: str) -> bool:
        """"稍等 我问问她", "hang on, checking": they will come back with the answer. A phrase
        the hedges shrink to one character ("我看看" to 看) counts only as the whole message:
        "给他看了单子" is no "let me look"."""
        text = self.plain(text)
        key = fuzzy_key(text)
        return any(not h.negated and (len(h.phrase) > 1 or key == h.phrase) and not self._not_yet_working(key, h)
                   for h in self.wait_words.find(text)) or self.step_pending.says(text)

    def _not_yet_working(self, key: str, hit) -> bool:
        """dlg102: "not yet" with a word of working right after it ("not yet good", "还没好"): it
        still fails, no wait for news."""
        rest = key[hit.start + len(hit.phrase):].split()
        # (the word right after it: "not yet, customer gone" is a wait, its customer gone)
        return 0 < len(rest) <= 2 and "worked" in (self.outcome(rest[0]), self._tone_of(rest[0]))

    def beside_waiting(self, text: str) -> str:
        """The message without its words of waiting ("hang on, customer here" -> "customer
        here"), so what else it says can be read apart from them."""
        key = fuzzy_key(self.plain(text))
        for hit in sorted((h for h in self.wait_words.find(key) if not h.negated),
                          key=lambda h: -h.start):
            key = key[:hit.start] + " " + key[hit.start + len(hit.phrase):]
        return " ".join(key.split())

    def opens_with_waiting(self, text: str) -> bool:
        """The message opens with its words of waiting and asks nothing ("等陣先 有客",
        "hang on, customer here"): the merchant's own wait, not one reported ("他說等一下還會
        打來") nor a question that mentions waiting ("should i wait a sec or restart?")."""
        key = fuzzy_key(self.plain(text))
        hits = [h for h in self.wait_words.find(key) if not h.negated]
        return bool(hits) and min(h.start for h in hits) <= 1 and "?" not in text \
            and "？" not in text and not self.asks(text) and not self.asks(self.beside_waiting(text))

    def _found_then_glad(self, text: str, raw: str, facts: dict) -> bool:
        """"找到了 ... 拣了off ... 多谢", "found it, set it off ... thanks": the only words of
        waiting are of finding (the setting, the menu), and the message is glad: the step was
        found and done, and it went well (a bare "找到了" is still "now doing it")."""
        plain = self.plain(text)
        waits = [h for h in self.wait_words.find(plain) if not h.negated]
        if not waits or not all(_FOUND_WORDS.match(h.phrase) for h in waits) or self.asks(raw):
            return False
        rest = fuzzy_key(plain)[waits[-1].start + len(waits[-1].phrase):].strip()
        if len(rest) < 4 or (len(rest) <= 20 and self.recogniser.recognise(rest).intent in ("thanks", "bye")):
            return False  # "found it, thanks": found, not yet done
        return self.tone(raw) == "worked" or self.outcome_by_gist(text, facts) == "worked"

    def _told_after_wait(self, text: str) -> bool:
        """A fact stated after the words of waiting ("let me check... ah the top corner says
        01/01/2000", "等下我看看 哦 屏幕上写的2000年"): they looked while typing, and tell it."""
        text = self.plain(text)
        waits = [h for h in self.wait_words.find(text) if not h.negated]
        if not waits:
            return False
        up_to = fuzzy_key(text)[:waits[-1].start + len(waits[-1].phrase)]
        return bool(set(self.observed(text)) - set(self.observed(up_to)))

    def after_explanation(self, raw: str, facts: dict, advice: list[str]) -> str | None:
        """How an explanation landed: "worked" (done, or taken on board: "yep he used his new
        card", "好 我让他打银行问"), "failed", "asks" (they want it again: "点解？"), or None.
        The fault said again, or an objection ("可是…", "but…"), is a failure; a leading OK or
        yes with no fault words is done."""
        text = self.plain(raw)
        whole = self.whole(raw) if len(raw) <= COMMAND_MAX_CHARS else None
        outcome = self.story_outcome(text, self.outcome(text))
        if outcome in ("failed", "partly") and self.paid_another_way(text):
            # lead17: "he paid cash in the end": paid another way, as explained; dlg68: "partly"
            # too ("he paid cash, all good, thanks": the card's no and the sale's end, no half fix)
            outcome = "worked"
        objects = any(h.target == "turn" and h.start == 0 and not h.negated
                      for h in self.tone_words.find(text))
        if objects and outcome != "worked":
            return "failed"  # "可是客人说卡里有钱啊", "but he says there's money on it"
        if (whole != "no" and outcome is None and not self.asks(raw)
                and self.used_other_card.says(text)):
            # dlg73: "she use her other card, fa'afetai", "客人拿了另一张卡": the customer paid with
            # another card, as explained (the refused card's fault is no failure of the advice;
            # before a reported claim: "she said it ran out last month, used her other card")
            return "worked"
        reported = _REPORTED.search(text)
        if reported:
            claim_end = _CLAUSE_END.search(text, reported.end())
            claim = text[reported.end():claim_end.start() if claim_end else len(text)]
            rest = text[:reported.start()] + " " + (text[claim_end.end():] if claim_end else "")
            if (self.outcome(rest) != "worked" and self.tone(rest) != "worked" and not _PLANS.search(claim)
                    and not (advice and self.echoes(text, advice))):
                # "ok customer says card is correct": the customer disputes it (the "correct"
                # or "fine" is the customer's claim, not how the advice went); "换了张卡 过了 他说
                # 工资还没到" went through, and the customer's word only agrees
                return "failed"
        if whole is None and outcome is None and self.asks(raw):
            return "asks"
        if whole is None and self._okay_then_next(text):
            return "asks"  # dlg44: "fine, what next?", "好 跟住点": the OK opens a question
        # How the customer took it ("客人不信", "佢俾現金算數", "she's fine with it")
        reaction = {"failed" if h.negated or h.target == "unsettled" else "worked"
                    for h in self.customer_reaction.find(text)}
        if outcome is None and whole is None and len(reaction) == 1:
            return reaction.pop()
        if whole == "yes" or outcome == "worked":
            return "worked"
        if whole != "no" and self.takes_explanation(text) and not self.takes_on_board(text):
            return "worked"  # dlg44: "oh well, her problem then", "唉 那没办法了 只能让他付现金"
        if outcome in ("failed", "partly") and self._other_card_went_through(text):
            # "客人换了张自己的储蓄卡 一下就过了 那张福利卡确实不得行": the sale went through on
            # another card, as advised; the refused card failing still is what was explained
            return "worked"
        if whole == "no" or outcome in ("failed", "partly"):
            return "failed"
        gist = self.outcome_by_gist(text, facts) or self.tone(raw)
        if gist:
            return "worked" if gist == "worked" else "failed"
        if advice and self.echoes(text, advice):
            return "worked"  # they did what the explanation said
        if self.leading_verdict(text) == "yes" or self._leads_with_okay(text):
            return "worked"
        if self.leading_verdict(text) == "no":
            return "failed"
        return None

    def aside_cut(self, text: str) -> str:
        """The text without its clauses that fail of something put aside (readings.yaml other_card:
        "便宜的那种不行", "the cheap ones no good"), when another clause is left to tell the result."""
        clauses = _clauses(text)
        aside = [c for c in clauses if any(h.target == "other_card" and not h.negated
                                           for h in self.story_context.find(c))
                 and self._tone_of(c, facts_apart=False) == "failed"]
        if not aside or len(aside) == len(clauses):
            return text
        return ", ".join(c for c in clauses if c not in aside)

    def _other_card_went_through(self, text: str, facts_too: bool = False) -> bool:
        """Another card is named, and it (that clause or the next) went through: "换了张卡 一下
        就过了", not "换了张卡 也是不行". facts_too: the words of a stated fact count ("used
        another card and it went through fine" states "only one card fails" too: dlg44)."""
        clauses = _clauses(text)
        for n, clause in enumerate(clauses):
            if self.switched_card.says(clause):
                return any("worked" in (self.outcome(c), self.tone(c)) and self.outcome(c) != "failed"
                           or (facts_too and not self.asks(c) and self._tone_of(c, facts_apart=False) == "worked")
                           for c in clauses[n:n + 2])
        return False

    def _leads_with_okay(self, text: str) -> bool:
        key = fuzzy_key(text)
        return any(key == w or key.startswith(w + " ") for w in self.okay)

    def takes_on_board(self, text: str) -> bool:
        """Words of taking something on board ("懂了", "晓得了", "got it"), not negated, not
        inside a stated fact ("短信都收到了" takes nothing) and not turned by a "but" to other
        news after them (dlg39)."""
        text = self._without_if(self.plain(text))
        facts = self._fact_spans(text)
        taken = [h for h in self.accepted.find(text)
                 if not h.negated and not any(start <= h.start < end for start, end in facts)
                 and not self._asked_in_clause(text, h.start)]
        return bool(taken) and not self._but_after(text, taken[-1].start)

    def passes_on(self, text: str) -> bool:
        """dlg86: the customer-side advice passed on or taken up as the customer's plan ("ok i tell
        him call his bank", "我叫他打银行问问", "叫佢打去銀行", readings.yaml `passed_on`), or the
        sale paid another way for now; not denied, not under an "if", not asked."""
        text = self._without_if(self.plain(text))
        return any(not h.negated and not self._asked_in_clause(text, h.start) and not self._but_after(text, h.start)
                   for h in self.passed_on.find(text)) or self.paid_another_way(text)

    def paid_another_way(self, text: str) -> bool:
        """"she paid cash in the end", "最后客人付了现金" (readings.yaml `paid_otherwise`), not denied."""
        return self.paid_otherwise.says(text)

    def _asked_in_clause(self, text: str, at: int) -> bool:
        """dlg45: the clause holding `at` asks ("so it's correct then?", "那我叫他去哪里换？"):
        words of taking it on board inside a question take nothing on board."""
        before = [m.end() for m in _ASK_CLAUSE_STOP.finditer(text, 0, at)]
        after = _ASK_CLAUSE_STOP.search(text, at)
        return self.asks(text[before[-1] if before else 0:after.end() if after else len(text)])

    def customer_disputes(self, text: str, facts: dict) -> bool:
        """dlg44: after advice that has the merchant deal with the customer's card, the customer
        reported saying the card is fine ("他讲他的卡没有问题", "the customer says the card is
        fine", "he say the card good"): only the claim is good news, nothing else went well, and
        the claim is no plan ("客人说他去银行问问" takes the advice)."""
        text = self.plain(text)
        reported = _REPORTED.search(text)
        if not reported:
            return False
        end = _CLAIM_END.search(text, reported.end())  # the claim: up to the clause's end or a comma
        claim = text[reported.end():end.start() if end else len(text)]
        if (facts.get("fix") not in self.customer_fixes | self.explanations
                and not self.works_elsewhere_words.says(claim)):
            # lead32: after any other step, only the card said to work somewhere else ("she says her
            # card works in the supermarket") is the customer's word against this terminal
            return False
        rest = text[:reported.start()] + " " + (text[end.end():] if end else "")
        if _PLANS.search(claim) or not re.search(r"卡|card", claim) or _NEWS_NOW.search(claim):
            return False  # ("客人说卡可以了", "she says the card works now": news of a change)
        said = self.outcome(claim) or self._tone_of(claim, facts_apart=False)
        return said == "worked" and "worked" not in (self.outcome(rest), self._tone_of(rest))

    def _okay_then_next(self, text: str) -> bool:
        """dlg44: an OK, then only a question of what comes next ("fine, what next?", "好 跟住点")."""
        clauses = _clauses(text)
        if len(clauses) < 2 or fuzzy_key(clauses[0]) not in self.okay:
            return False
        rest = " ".join(clauses[1:])
        return self.asking_next.says(rest) and \
            "worked" not in (self.outcome(rest), self._tone_of(rest))

    def says_back(self, raw: str, fix_id: str) -> bool:
        """dlg65: after an explanation or advice for the customer, the reply retells it: it shares
        at least SAID_BACK_SHARED content words (Latin stems, Chinese character pairs; the common
        ones of readings.yaml `said_back_common` left out) with the fix's own text in its language,
        asks nothing, and says nothing is still wrong ("still nothing in bank" is the fault)."""
        if fix_id not in self.explanations | self.customer_fixes or self.asks(raw) or "?" in raw or "？" in raw:
            return False
        text = self.plain(raw)
        if any(word in text for word in _STILL) or re.search(r"\b(?:again|yet)\b|又|仍", text):
            return False
        if _SAID_BACK_TURN.search(text):
            return False  # merge fix: "签了 可是跟卡背面的不一样": a turn to what is wrong, no retelling
        if any(h.target[0] in _MISSING_UNITS and not h.negated for h in self.observations.concepts.finder.find(text)):
            return False  # "the money hasn't arrived, it's been 5 working days": the fault, in its words
        fix = self.kb.fixes[fix_id]
        zh = bool(re.search(r"[\u4e00-\u9fff]", text))
        own = " ".join([fix.title.zh, *fix.steps.zh] if zh else [fix.title.en, *fix.steps.en])
        return len(self._content_units(text, zh) & self._content_units(self.plain(own), zh)) >= SAID_BACK_SHARED

    def _content_units(self, text: str, zh: bool) -> set[str]:
        """Stems of a text's content words: Latin words of four letters or more cut to four, or
        (zh) pairs of Chinese characters; the common ones (readings.yaml said_back_common) out."""
        if zh:
            units = {a + b for part in re.findall(r"[\u4e00-\u9fff]+", text) for a, b in zip(part, part[1:])}
        else:
            units = {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower())}
        return units - self._said_back_common

    def takes_explanation(self, text: str) -> bool:
        """dlg44: an explanation taken on board, or accepted with resignation ("oh well, her
        problem then", "唉 那没办法了 只能让他付现金", "guess I'll just have to wait") - words that
        after a fix would say it failed, so read only after an explanation; not turned by a "but"
        to other news."""
        if self.takes_on_board(text):
            return True
        if self.asks(text) or "?" in text or "？" in text:
            return False  # "her problem then? it's MY money": taken up as a question, not accepted
        text = self.plain(text)
        taken = [h for h in self.resigned.find(text) if not h.negated]
        # (a "but" inside the words is theirs: "nothing to do but wait")
        return bool(taken) and not self._but_after(text, taken[-1].start + len(taken[-1].phrase) - 1)

    def outcome_by_gist(self, text: str, facts: dict) -> str | None:
        """No outcome words: what the message amounts to. The fault named again ("nah still
        0020000", "又黑屏") means it failed; taking the advice on board or thanking ("懂了 先让他
        付现金", "cheers") means it did the job."""
        rec = self.recogniser.recognise(text)
        current = facts.get("problem") or {}
        if (rec.code and rec.code == current.get("code")) or (
                rec.symptom and rec.symptom == current.get("symptom")):
            return "failed"
        if self.takes_on_board(text):
            return "worked"  # ... but "短信都收到了" states that the SMS came, it takes nothing
        facts = self._fact_spans(text)
        # A goodbye that states a fact ("only swapped the paper, nothing else") is no verdict.
        if rec.intent in ("thanks", "bye") and not facts:
            return "worked"
        return None

    def tone(self, raw: str) -> str | None:
        """How a fix went by the balance of the reply's words, when no outcome phrase says it:
        success words against fault words, each turned round by a negation ("刚刚那笔成功",
        "no error this time", "並冇好"), a fault that is gone ("the error has gone away"),
        emoji (👍 😭); both, or a word of part ("some", "偶尔"), is partly. A reply that asks
        ("好了吗?") states nothing."""
        if self.asks(raw):
            return None
        return self._tone_of(raw)

    def _tone_of(self, raw: str, facts_apart: bool = True) -> str | None:
        """tone() of a text whether or not it asks (a question's own tone: "刷不了卡吗?");
        `facts_apart` False: the words of stated facts count too (how a fact itself goes)."""
        text = self.plain(raw)
        facts = self._fact_spans(text, self._observed_and_void(text)[1]) if facts_apart else []
        good = sum(ch in self.emoji["good"] for ch in raw)
        bad = sum(ch in self.emoji["bad"] for ch in raw)
        some = gone = 0
        hits = self.tone_words.find(text)
        clauses = clause_key(text)
        for hit in hits:
            if any(start <= hit.start < end for start, end in facts) and not (
                    hit.target == "gone" and not hit.negated and all(
                        start == hit.start and end <= hit.start + len(hit.phrase)
                        for start, end in facts if start <= hit.start < end)):
                # "插卡不行 刷磁条可以" states a fact, not how the fix went (dlg97: but a phrase of the
                # fault gone, "白线没了", holds the fault's mark inside it: the mark went away; not
                # "signal gone", a fact told before a bare "gone")
                continue
            if _in_said_clause(clauses[:hit.start]):
                continue  # lead23: "…查了 说没问题": someone's word, not how the fix went
            if hit.target == "back":
                # what came back is good (the signal) unless it is a fault named before it
                # in the same clause ("the error came back")
                key = fuzzy_key(text)
                fault_back = any(h.target == "bad" and not h.negated and h.start < hit.start
                                 and not (has_cjk(key[h.start:hit.start]) and " " in key[h.start:hit.start])
                                 for h in hits)
                good, bad = (good, bad + 1) if fault_back or hit.negated else (good + 1, bad)
            elif hit.target == "gone":
                gone += -1 if hit.negated else 1
            elif hit.target in ("turn", "tone_none"):
                continue  # (dlg96: tone_none, "报账" holds no fault word)
            elif hit.target == "good_after":  # "she ok", "日期对了"; not "ok, still failing", "对了 …"
                if hit.start > 0 and (hit.phrase.isascii() or fuzzy_key(text)[hit.start - 1] != " "):
                    good += not hit.negated
                    bad += hit.negated
            elif hit.target == "better" and hit.negated:
                bad += 1  # "没改善", "no better": it did not help
            elif hit.target == "some" and _DURATION.match(fuzzy_key(text), hit.start + len(hit.phrase)):
                continue  # "waited a few minutes", "等了几分钟": how long, not part of it
            elif hit.target == "better" and _BETTER_DEAL.match(fuzzy_key(text), hit.start + len(hit.phrase)):
                continue  # "ask them for a better rate": a better deal wanted, not a fix that helped
            elif hit.target in ("some", "better"):
                some += not hit.negated
            elif hit.target == "good" and not hit.negated and self.wished_before(clause_key(text), hit.start):
                continue  # dlg50: "need it working today": a success wished for
            elif hit.target == "bad" and hit.negated and not self.answering_negation.before(clauses, hit.start):
                bad += 1  # lead34: "nah every card does it now": the "no" answers the step, the fault stands
            elif (hit.target == "good") != hit.negated:
                good += 1
            elif hit.target == "bad" and _NOT_THE_FAULT.search(text[:hit.start]):
                continue  # "不是wifi问题": what the fault is not, nothing about the fix
            elif hit.target == "bad" and hit.phrase in self._display_verbs and self._prompt_shown.match(
                    fuzzy_key(text), hit.start + len(hit.phrase)):
                continue  # dlg56: "等它跳请拔卡": the screen's normal prompt shown, no fault
            else:
                bad += 1
        for found in _APPEARED.finditer(fuzzy_key(text)):  # "有字了": what was missing is there
            if _OCCURRENCE.match(fuzzy_key(text), found.end()):
                bad += 1  # "下午有黑了一次": it happened, once: the fault, not something back
                continue
            if found.group(1) not in self.fault_keys and not any(
                    k in found.group(1) for k in ("问题", "错", "故障")):
                good += 1
        if gone > 0:  # the fault words name what went away
            good, bad = good + 1, 0
        elif gone < 0:
            bad += 1
        if some or (good and bad):
            return "partly"
        if good:
            return "worked"
        if bad:
            return "failed"
        return None

    def fault_scene_works(self, text: str, facts: dict) -> bool:
        """After a fix, a clause naming a noted fact of the fault (when or where it failed:
        "饭点", "at rush hour", "插卡") and saying it works there now: the fix worked."""
        noted = set(facts.get("noted") or ())
        if not noted or self.asks(text):
            return False
        # a clause of a fact read by its structure says how a part goes ("tap still fails, chip
        # is fine": the chip's "fine" restates "only tapping fails", no scene that works now)
        parts = self._structure_clauses(text)
        for clause in _clauses(self.plain(text)):
            if fuzzy_key(clause).strip() in parts:
                continue
            for hit in self.observations.finder.find(clause):
                if hit.target in noted and not hit.negated \
                        and self._says_tone(self.kb.observations[hit.target]) == "failed" \
                        and self._tone_of(clause, facts_apart=False) == "worked":
                    return True
        return False

    def _but_after(self, text: str, start: int) -> bool:
        """dlg39: a "but" after the words at `start` turns to something that is not good news
        ("I understand now, but the money is not in", "明白了 可是客人要我退钱"): what was
        taken on board did not settle it."""
        key = fuzzy_key(text)
        for turn in self.tone_words.find(text):
            if turn.target == "turn" and turn.phrase in _BUT and not turn.negated and turn.start > start:
                rest = key[turn.start + len(turn.phrase):].strip()
                if rest and "worked" not in (self.outcome(rest), self._tone_of(rest)):
                    return True
        return False

    def then_new_problem(self, text: str, facts: dict):
        """"好了 不过现在打印不出来了", "works now but the printer won't print": the fix
        worked, then a different fault is told after the turn. The recognition of what
        follows the turn when it is sure and not the current problem, else None."""
        plain = self.plain(text)
        if self.outcome(plain) != "worked":
            return None
        key = fuzzy_key(plain)
        turn = next((h for h in self.tone_words.find(plain) if h.target == "turn"
                     and h.phrase in _BUT and not h.negated and h.start > 0), None)
        if turn is None:
            return None
        rest = key[turn.start + len(turn.phrase):].strip()
        if not rest or self.outcome(rest) == "worked" or self._tone_of(rest) == "worked" or (
                self.outcome(rest) == "failed" and not self.observed(rest)):
            return None  # "好了 但是又报了" is partly; "…but works again now" is no fault
        rec = self.recogniser.recognise(rest)
        current = facts.get("problem") or {}
        new = (rec.code and rec.code != current.get("code")) or (
            rec.decision == "confident" and rec.symptom and rec.symptom != current.get("symptom")
            and rec.confidence >= AFTER_TURN_CONFIDENCE)
        return rec if new else None

    def _later_sale_apart(self, text: str) -> str | None:
        """dlg44: a story of two sales, a later one named after the first ("first card approved
        but the second one said no connection", "第一单过了 第二单又不行"): the first went through
        and the later one did not is partly (both went: worked); None when no later sale is
        named after a success, or the later one's outcome is not told."""
        later = next((h for h in self.later_sale.find(text) if not h.negated and h.start > 0), None)
        if later is None:
            return None
        key = fuzzy_key(text)
        head, tail = key[:later.start].strip(), key[later.start + len(later.phrase):].strip()
        if not head or not tail or "worked" not in (self._outcome_words(head), self._tone_of(head)):
            return None
        if self._outcome_words(head) in ("failed", "partly"):
            return None
        tail_said = self._outcome_words(tail) or self._tone_of(tail)
        if tail_said == "worked":
            return "worked"
        turned = any(h.target == "turn" and not h.negated and h.start < later.start
                     and h.start + len(h.phrase) >= len(head) - 4 for h in self.tone_words.find(key))
        if tail_said in ("failed", "partly") or turned:
            return "partly"
        return None

    def _outcome_words(self, text: str) -> str | None:
        """What the outcome phrases alone say of a piece of a message (no story, no sales apart)."""
        kinds = {("failed" if h.negated else h.target) for h in self.outcomes.find(text)
                 if not (h.negated and h.target != "worked")}
        return "partly" if "partly" in kinds or {"worked", "failed"} <= kinds else next(iter(kinds), None)

    def _step_then_still(self, text: str, facts: list[tuple[int, int]]) -> bool:
        """dlg44: the step said done, then a turn, then the fault still there ("弄好了 可是还是
        过不去", "done it, but still no go"): the success words before the turn are the action, the
        "still" after it is how it went. Not when a sale went through before the turn ("went
        through once but still fails sometimes" is partly)."""
        hits = [h for h in self.outcomes.find(text) if not any(a <= h.start < b for a, b in facts)]
        turn = next((h for h in self.tone_words.find(text)
                     if h.target == "turn" and h.phrase in _BUT and not h.negated), None)
        if turn is None:
            return False
        worked = [h for h in hits if h.target == "worked" and not h.negated]
        failed = [h for h in hits if (h.target == "failed" and not h.negated)
                  or (h.target == "worked" and h.negated)]
        return bool(worked) and bool(failed) and all(h.start < turn.start for h in worked) and all(
            h.start > turn.start for h in failed) and not any(_SALE_WENT.search(h.phrase) for h in worked) \
            and any(h.phrase.startswith(tuple(_STILL)) or h.phrase.startswith("never") for h in failed)

    def _then_fails(self, text: str, facts: list[tuple[int, int]]) -> bool:
        """A fault word after a turn ("but", "then", "不过"): it worked, then it did not."""
        turn = next((h.start for h in self.tone_words.find(text)
                     if h.target == "turn" and not h.negated), None)
        return turn is not None and any(
            h.start > turn and not any(a <= h.start < b for a, b in facts)
            and ((h.target == "bad") != h.negated) and h.target in ("bad", "good")
            for h in self.tone_words.find(text))

    def relief_ended(self, text: str, stretch=("while", "absent")) -> bool:
        """lead16: it worked for a short stretch only, and the fault came back ("worked for a
        bit then froze again", "重启了 好了一会又卡了"): a short stretch said, then its end.
        dlg79: or a stretch told by the fault's absence ("hasn't happened since yesterday but now
        it's back"); stretch=("absent",) asks for that one only."""
        hits = [h for h in self.relief_words.find(text) if not h.negated]
        # (in this order only: "works again now 20 min later" is a success said with its time)
        return any(w.target in stretch and any(a.target == "again" and a.start > w.start for a in hits)
                   for w in hits)

    def says_again(self, text: str) -> bool:
        """dlg83: a word of the fault's coming back ("又", "again", "又唔得啦"; readings.yaml relief words)."""
        # (a negation before it is the fault's: "it's not working again", and so is a success
        # "again" negated: "not working again" is no "works again")
        return any(h.target == "again" or (h.target == "aside" and h.negated)
                   for h in self.relief_words.find(self.plain(text)))

    def _fault_back_after(self, text: str) -> bool:
        """dlg86: after the last word that says it works, the fault said back in words of its own
        ("then froze again", "又卡了"; readings.yaml `fault_back`), not a bare "again" ("fixed,
        I'll try again tomorrow", "the payment was not there, so I did it again")."""
        back = [h.start for h in self.fault_back.find(text) if not h.negated]
        worked = [h.start for h in self.outcomes.find(text)
                  if h.target == "worked" and not h.negated and h.start not in back]
        return bool(back and worked) and max(back) > max(worked)

    def _ends_in_again(self, text: str) -> bool:
        """lead25: the fault's "again" comes after the last word that says it works ("签到成功的
        过一会又要签", "worked for a bit then froze again"), not before it ("下了一会儿 然后又签了
        个到 现在能刷了", "after a while i signed in again and now its going through", "过咗半个钟
        再试 又得返")."""
        again = [h.start for h in self.relief_words.find(text) if h.target == "again" and not h.negated]
        # (a success word that is the "again" itself, "it's back", is not a success after it)
        worked = [h.start for h in self.outcomes.find(text)
                  if h.target == "worked" and not h.negated and h.start not in again]
        return bool(again) and (not worked or max(again) > max(worked))

    def of_others_only(self, text: str, observed) -> bool:
        """dlg83: every clause of the message is of something else that works: it states such a
        fact (observations.yaml `elsewhere`: "隔籬舖都係用同一個wifi", "my phone is on the same
        wifi and works"), or is a short word of how that is right after one ("冇問題", "they're
        fine"); none names our terminal or how it stands here (readings.yaml `own_terminal`) or
        a change now ("能刷了", "now it goes")."""
        if not any(self.kb.observations[o].elsewhere for o in observed):
            return False
        plain = self.plain(text)
        if self.own_terminal.says(plain):
            return False
        after_fact = False
        clauses = _clauses(plain)
        for n, clause in enumerate(clauses):
            key = fuzzy_key(clause).strip()
            if any(self.kb.observations[o].elsewhere for o in self.observed(clause)) or (
                    n + 1 < len(clauses) and any(self.kb.observations[o].elsewhere
                                                 for o in self.observed(f"{clause} {clauses[n + 1]}"))):
                after_fact = True  # (the fact may end in the next clause: "隔壁都係用同一個wifi 冇問題")
            elif not (after_fact and key and (len(key.split()) <= OF_OTHERS_WORDS if key.isascii()
                                              else len(key) <= OF_OTHERS_CHARS)
                      and not _CHANGED_NOW.search(key)):
                return False
        return True

    def counted_sales(self, text: str) -> bool:
        """lead36: part of the sales counted and said to go or fail ("2 out of 5 fail", "十张里面三张刷不过")."""
        plain = self.plain(text)
        return count_of_more(fuzzy_key(plain)) and self.count_went.says(plain)

    def counted_part(self, text: str) -> bool:
        """dlg83: most of them, or a count of part ("4 out of 5", "十张里面有八张"): not all of
        them went through (readings.yaml `part_counted`, count_of_more)."""
        plain = self.plain(text)
        return count_of_more(fuzzy_key(plain)) or self.part_counted.says(plain)

    def _in_part(self, text: str) -> bool:
        """A word of quantity ("some", "有的", "一半"): only part of it worked."""
        key = clause_key(text)
        if self.counted_part(text):
            return True
        # dlg47: not in the clause of an explanation said back ("so signature is normal for some
        # cards"): there "some" is of the cards the explanation spoke of, not of the fix's success
        said_back = [(h.start, h.start + len(h.phrase) + len(_clause_after(key, h)))
                     for h in self.accepted.find(text) if not h.negated]
        return any(h.target == "some" and not h.negated and not _DURATION.match(key, h.start + len(h.phrase))
                   and not (h.phrase == "a few" and _DAYS_AHEAD.match(key, h.start + len(h.phrase)))
                   and not any(start <= h.start < end for start, end in said_back)
                   for h in self.tone_words.find(text))

    def _fact_bears_on(self, observation_id: str, question_id: str) -> bool:
        """Whether a fact points to a cause one of the question's answers supports (dlg30)."""
        towards = self.kb.observations[observation_id].towards
        return any(c in towards or self.kb.causes[c].category in towards
                   for a in self.kb.questions[question_id].answers for c in a.supports if c in self.kb.causes)

    def _fact_hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, observation) of each fact the prepared message names, in fuzzy_key
        positions: an answer's or a label's word inside one is that fact's word."""
        return [(h.start, h.start + len(h.phrase), h.target) for h in self.observations.finder.find(text)]

    def _fact_spans(self, text: str, void: set[str] = frozenset()) -> list[tuple[int, int]]:
        """Where the message states a fact, with the words that say how it is ("the internet
        works fine", "wifi is ok"): those are about the fact, not about the fix."""
        key = fuzzy_key(text)
        # How the fact is: a success or fault word right after it ("wifi is ok", "隔壁店也刷
        # 不了", "只有一张卡不行"), in Chinese with up to two characters between (the verb).
        tone = {h.start: h.start + len(h.phrase) for h in self.tone_words.find(text)
                if h.target in ("good", "bad", "good_after")}  # "chip ok": how the chip goes
        spans = []
        hidden = self.observations.concepts.hidden(text)
        for hit in self.observations.finder.find(text):
            end = hit.start + len(hit.phrase)
            if hit.target in void or any(a <= hit.start and end <= b for a, b in hidden):
                continue  # named, but no fact stated ("一下午没再跳": how long, not the afternoon)
            for _ in range(3):
                rest = key[end:]
                word = rest.lstrip().split(" ", 1)[0] if rest.startswith(" ") else ""
                at = end + (len(rest) - len(rest.lstrip()))
                verb = next((at + gap for gap in range(1, PREDICATE_GAP + 1)
                             if at + gap in tone and _HAN_RUN.fullmatch(key[at:at + gap])), None)
                if at in tone:
                    end = tone[at]
                elif verb is not None and not key[at].isascii():
                    end = tone[verb]
                elif word and word in _PREDICATE_FILLER:
                    end = at + len(word)
                else:
                    break
            spans.append((hit.start, end))
        # A clause that states a fact by its structure ("插进去读芯片的倒可以") is all fact.
        battery = bool(_BATTERY_TALK.search(text)) and not _SIGNAL_TALK.search(text)
        for obs_id, clauses in self.observations.by_pattern(text).items():
            if battery and obs_id in _BAR_OBSERVATIONS:
                continue  # the battery's bars (see _observed_and_void)
            for clause in clauses:
                at = key.find(fuzzy_key(clause).strip())
                if at >= 0:
                    spans.append((at, at + len(fuzzy_key(clause).strip())))
        return spans

    def _no_change_said(self, question, plain: str) -> bool:
        """An open "what changed?" and a reply that says no change of anything (dlg27: "wifi's
        reyt, comes off the pavilion router": the thing an answer names, "New router ...",
        without a change said of it, is no change; its label's or words' nouns do not answer)."""
        return question.open and not any(h.target[0] in _CHANGE_UNITS and not h.negated
                                         for h in self.observations.concepts.finder.find(plain))

    def label_answer(self, question_id: str, text: str) -> str | None:
        """The one answer whose button label's own words the reply uses ("说密码不对" → 密码错误,
        "plugged in with a cable" → Network cable): English words or Chinese character pairs
        of one label and no other, not negated."""
        labels = self.label_units.get(question_id)
        if not labels:
            return None
        plain = self.plain(text)
        key = clause_key(plain)  # (dlg62: a negation stays in its clause, "no, wifi")
        question = self.kb.questions[question_id]
        if self._no_change_said(question, plain):
            return None
        own = {a.id: a.observation for a in question.answers}
        # a label's word inside a fact said of something else is that fact's: "我手机信号好好的"
        # (a phone has signal) names no phone's hotspot
        facts = self._fact_hits(plain)
        found, apart = set(), set()  # (apart: found outside the facts of other things)
        for answer_id, units in labels.items():
            for unit in units:
                at = _find_unit(key, unit)
                if at >= 0 and not self.negation.before(key, at):
                    found.add(answer_id)
                    if not _inside_another_fact(facts, at, own.get(answer_id)):
                        apart.add(answer_id)
        # (a word inside a fact still makes two labels' words ambiguous: it only takes away)
        return apart.pop() if len(found) == 1 and len(apart) == 1 else None

    def clause_answer(self, question_id: str, text: str) -> str | None:
        """A reply that names several of the question's options, each in its own clause with
        how it goes: "划磁条的时候出 插芯片倒可以 嘀一下也行" (swipe fails, chip and tap work)
        is the one option not said to work; "tap also same, insert also same" (two fail, none
        works) is the answer that names them all ("every way"), when the question has one."""
        question = self.kb.questions[question_id]
        if len(question.answers) < 3:
            return None
        good, bad = set(), set()
        for clause in _clauses(self.plain(text)):
            named = {h.target for h in self.answer_finders[question_id].find(clause) if not h.negated}
            if len(named) != 1:
                continue
            polarity = self._clause_polarity(clause)
            (good if polarity == "worked" else bad if polarity == "failed" else set()).update(named)
        every = [a.id for a in question.answers if a.id in _EVERY]
        others = [a.id for a in question.answers if a.id not in _EVERY]
        failing = [a for a in others if a not in good]
        if good and len(failing) == 1 and (not bad or bad == set(failing)):
            return failing[0]
        if good and len(bad) == 1 and not bad & good:  # "插卡不行 刷磁条可以"
            return next(iter(bad))
        if every and not good and len(bad) >= 2:
            return every[0]
        return None

    def concedes_and_asks(self, text: str, raw: str) -> bool:
        """Its only words of success concede ("fine", "好啦"), and it asks to be told what to do
        ("no person? fine. can u just tell me the buttons to push"): no fix worked (dlg38)."""
        # (a concession's "fine" after "i dont get it." may read as negated: counted all the same)
        worked = [h for h in self.outcomes.find(text) if h.target == "worked"]
        return bool(worked) and all(h.phrase in self.conceded_words for h in worked) and (
            self.wants_action(raw) or self.unable(text))

    def _recites_steps(self, text: str) -> bool:
        """The sale's steps told one after another, RECITED_STEPS or more short clauses each
        naming one and none saying how it went ("就刷卡 输钱数 按确认", "I swipe, put the amount,
        press ok"): a recital of how a sale is done, not the step where it fails."""
        steps = 0
        for clause in _clauses(text):
            key = fuzzy_key(clause)
            short = len(key.split()) <= RECITED_STEP_WORDS if key.isascii() else len(key) <= RECITED_STEP_CHARS
            named = self.sale_steps.find(clause)
            rest = key  # what the clause says besides its step ("press ok": the ok is the key's)
            for hit in sorted(named, key=lambda h: -h.start):
                rest = rest[:hit.start] + " " + rest[hit.start + len(hit.phrase):]
            if short and named and not any(u.concept in self.observations.concepts.outcomes
                                           for u in self.observations.concepts.units(rest)):
                steps += 1
        return steps >= RECITED_STEPS

    def _setting_clauses(self, text: str) -> list[tuple[int, int]]:
        """Where clauses state, by their structure, a fact of how the shop works the terminal
        (SETTING_FACTS below: the sign-in skipped), in fuzzy_key(text) positions."""
        key = fuzzy_key(text)
        spans = []
        for obs_id, clauses in self.observations.by_pattern(text).items():
            if obs_id in SETTING_FACTS:
                for clause in clauses:
                    part = fuzzy_key(clause).strip()
                    if part and (at := key.find(part)) >= 0:
                        spans.append((at, at + len(part)))
        return spans

    def _said_to_work(self, question_id: str, answers: set[str], text: str) -> bool:
        """The one option of a question of options (chip / swipe / tap) named unasked, in a
        clause that says it works, where the option is a part that fails: named as the part
        that is fine, not as the fault."""
        if len(answers) != 1 or len(self.kb.questions[question_id].answers) < 3:
            return False
        answer = next(iter(answers))
        if answer.startswith("!"):
            return False
        # (only an option named as the part that fails: "wifi连上了" to "how does it go online?"
        # is the answer, said to work)
        option = self.kb.questions[question_id].answer_by_id(answer)
        if not (option and option.observation
                and self._says_tone(self.kb.observations[option.observation]) == "failed"):
            return False
        for clause in _clauses(text):
            named = {h.target for h in self.answer_finders[question_id].find(clause) if not h.negated}
            if answer in named:
                return named == {answer} and self._clause_polarity(clause) == "worked"
        return False

    def _clause_polarity(self, clause: str, facts_apart: bool = True) -> str | None:
        """How one clause says its option goes: fails ("出错", "same", "不行") or works
        ("倒可以", "也行", "fine")."""
        said = self.outcome(clause) if facts_apart else None
        said = said or (self.tone(clause) if facts_apart else self._tone_of(clause, False))
        if said in ("worked", "failed"):
            return said
        key = fuzzy_key(clause)
        for word in _CLAUSE_GOOD:
            # an English word whole ("ok" is not inside "looks")
            found = re.search(rf"\b{word}\b", key) if word.isascii() else None
            at = found.start() if found else -1 if word.isascii() else key.find(word)
            if at >= 0 and not self.negation.before(key, at):
                return "worked"
        return "failed" if _CLAUSE_BAD.search(key) else None

    def near_answer(self, question_id: str, text: str) -> str | None:
        """The one answer the reply comes close to in its own way: a run of three Chinese
        characters of that answer's label or words and no other's ("就他这一张" → 只有这一张卡),
        or an English word within a typo of one of its words ("contactles", "wifii"); not
        negated."""
        units = self.near_units.get(question_id)
        if not units or self._no_change_said(self.kb.questions[question_id], self.plain(text)):
            return None
        key = clause_key(self.plain(text))  # (dlg62: a negation stays in its clause)
        found = set()
        # dlg27: a slip of one letter is an answer's word in a short reply ("contactles"); in a
        # long one about something else it is another word ("carpets pile near cashier" has no
        # phone "line" in it)
        typos = len(key.split()) <= NEAR_WORDS
        for answer_id, (runs, latin) in units.items():
            for i in range(len(key) - NEAR_RUN + 1):
                if key[i:i + NEAR_RUN] in runs and not self.negation.before(key, i):
                    found.add(answer_id)
            for match in re.finditer(r"[a-z]{4,}", key) if typos else ():
                word = match.group()
                if word in _ECHO_STOP or not latin:
                    continue
                edits = NEAR_TYPO if len(word) < NEAR_LONG else NEAR_TYPO + 1
                close = process.extractOne(word, latin, scorer=OSA.distance, score_cutoff=edits)
                if close and word in self.known_latin and close[0][0] != word[0]:
                    continue  # a word of its own, not a slip of the first letter ("fine" is no "line")
                if close and not self.negation.before(key, match.start()):
                    found.add(answer_id)
        return found.pop() if len(found) == 1 else None

    def fragment_answer(self, question, text: str) -> str | None:
        """A reply of one or two Chinese characters besides particles ("满的", "一格", "插的")
        that only one answer's label or words hold all of: that answer."""
        key = fuzzy_key(self.plain(text))
        chars = [ch for ch in key if has_cjk(ch) and self.polar.get(ch) != "filler"]
        if not chars or len(chars) > FRAGMENT_CHARS or len(key.replace(" ", "")) > FRAGMENT_CHARS + 2 \
                or any(self.polar.get(ch) for ch in chars):
            return None  # ("好的", "没有吧" are a yes or a no, read as such)
        holding = [a.id for a in question.answers
                   if all(ch in self.plain(" ".join([a.label.zh, *a.words])) for ch in chars)]
        return holding[0] if len(holding) == 1 else None

    def implied_answer(self, question, obs_id: str) -> str | None:
        """The one answer a stated fact agrees with ("黑屏" to "does the screen light up?"):
        the fact's causes line up with that answer's supports and against its rules_out, and
        with no other answer."""
        cached = self._implied.get((question.id, obs_id), False)
        if cached is not False:
            return cached
        factors = cause_factors(self.kb, obs_id)
        agree = {}
        for answer in question.answers:
            # Only pointing towards what the answer supports counts for it; pointing away
            # from what it supports, or towards what it rules out, counts against it.
            agree[answer.id] = sum(max(factors.get(c, 0), 0) for c in answer.supports) - sum(
                max(-factors.get(c, 0), 0) for c in answer.supports) - sum(
                max(factors.get(c, 0), 0) for c in answer.rules_out)
        # ... and the fact nearly proves one cause the answer supports: "only tapping fails"
        # points to interference (2) but says nothing of a microwave beside the terminal.
        positive = [a for a, v in agree.items() if v >= IMPLIED_WEIGHT and any(
            factors.get(c, 0) >= IMPLIED_DECISIVE for c in next(
                x for x in question.answers if x.id == a).supports)]
        implied = positive[0] if len(positive) == 1 and len(question.answers) == 2 and all(
            v <= 0 for a, v in agree.items() if a != positive[0]) else None
        self._implied[(question.id, obs_id)] = implied
        return implied

    def unchanged(self, question_id: str, text: str) -> str | None:
        """"还是原来那个", "same one as before" to a question about a change (换过 / 改过 /
        装过 / changed / new) or about what stands around the terminal ("还是原来的位置"): no."""
        question = self.kb.questions[question_id]
        asked = fuzzy_key(self.plain(question.text.zh)) + " " + fuzzy_key(question.text.en)
        if _yes_no(question, False) is None or not (_CHANGE.search(asked) or _AROUND.search(asked)):
            return None
        if self.unchanged_words.says(self.plain(text)):
            return _yes_no(question, False)
        return None

    def placed_beside(self, question_id: str, text: str) -> str | None:
        """To "is anything next to it?", a reply that places a thing there ("theres a charging
        pad right beside it", "旁边放了个电磁炉"): yes; one that says nothing is there ("nothing
        near it", "旁边没东西"): no."""
        question = self.kb.questions[question_id]
        asked = fuzzy_key(self.plain(question.text.zh)) + " " + fuzzy_key(question.text.en)
        if _yes_no(question, True) is None or not _AROUND.search(asked):
            return None
        key = fuzzy_key(self.plain(text))
        found = _AROUND.search(key)
        if not found:
            return None
        near = key[max(0, found.start() - 8):found.end() + 8]
        if _NOTHING_THERE.search(near):
            return _yes_no(question, False)
        return _yes_no(question, True)

    def agreement(self, question_id: str, raw: str) -> str | None:
        """A yes/no question about how something goes ("隔壁也刷不了卡吗?", "is the shop next
        door failing too?") answered by saying how it goes: the reply names the question's
        subject and goes the same way (yes: "next door also cannot") or the other way (no:
        "隔壁都能刷")."""
        question = self.kb.questions[question_id]
        yes, no = _yes_no(question, True), _yes_no(question, False)
        if yes is None or no is None:
            return None
        asked = self._question_tone(question_id, has_cjk(raw))
        if asked not in ("worked", "failed"):
            return None
        key = fuzzy_key(self.plain(raw))
        if not any(u in self.question_words[question_id] for _, u in _question_units(key)):
            return None
        said = self._clause_polarity(raw)
        if said not in ("worked", "failed"):
            return None
        agreed = yes if said == asked else no
        verdict = self.leading_verdict(raw)
        if verdict in ("yes", "no") and agreed != (yes if verdict == "yes" else no):
            # dlg71: "nope still same", "no, still the same here" to "are others failing too?": the
            # leading no answers it; the rest is the fault still there ("same" is no other shop)
            return None
        return agreed

    def _question_tone(self, question_id: str, chinese: bool) -> str | None:
        key = (question_id, chinese)
        if key not in self._asked_tone:
            question = self.kb.questions[question_id]
            self._asked_tone[key] = self._tone_of(question.text.zh if chinese else question.text.en)
        return self._asked_tone[key]

    def echo_answer(self, question_id: str, text: str) -> str | None:
        """A yes/no question's own distinctive words said back: negated means no, as said
        means yes ("没欠费", "屏幕不亮", "haven't installed anything", "lights are on"). Words
        said both ways are no answer."""
        units = self.echo_units.get(question_id)
        if not units:
            return None
        key = fuzzy_key(self.plain(text))
        if any(m.group(1) in units for m in a_not_a(key)):
            return None  # "扣没扣钱": they ask it themselves
        verdicts, said = set(), set()
        for start, unit in _runs(key, units):
            verdicts.add(self._negated_run(key, start, units) == units[unit])
            said.add(unit)
        if len(verdicts) != 1:
            return None
        yes = verdicts.pop()
        # Naming the thing is not saying it happened ("router is in the office" to "changed
        # the router?"): a plain echo is a yes only when short or echoing more than one word.
        if yes and len(said) < 2 and not _short(key):
            return None
        return _yes_no(self.kb.questions[question_id], yes)

    def _coverage(self, question_id: str, text: str) -> int:
        """How much of the reply the question's own text says: Chinese characters inside a
        character pair of the question ("路由器没换过" has 路由器 and 换过 of "换过路由器吗"),
        English words of it."""
        key = fuzzy_key(self.plain(text))
        pairs, words = self.question_pairs[question_id], self.question_words[question_id]
        covered = {i for i in range(len(key) - 1) if key[i:i + 2] in pairs}
        covered |= {i + 1 for i in covered}
        return len(covered) + sum(_stem(w) in words for w in key.split() if w.isascii())

    def _negated_run(self, key: str, start: int, units: dict[str, bool]) -> bool:
        """A negation before the echoed words, over the question's own words between
        ("didn't change the password": "password" is negated too), or in Chinese just after
        them ("路由器没动过")."""
        if self.negation.before(key, start):
            return True
        if not key[start].isascii():
            end = start
            while end < len(key) and not key[end].isascii() and key[end] != " " and (
                    key[end] in units or end == start):
                end += 1
            if any(_DENIED_AFTER.match(key, end + skip) for skip in (0, 1)):
                return True
        words = key[:start].split()
        while words and key[start - 1:start] == " ":
            word = words.pop()
            if self.negation.is_negation(word):
                return True
            if _stem(word) not in units and not self.negation.may_stand_between(word):
                return False
            start -= len(word) + 1
        return False

    def _said_changed(self, raw: str) -> bool:
        """"好了 能刷了", "works now": the words mark a change (readings.yaml `changed_now`)."""
        key = fuzzy_key(self.plain(raw))
        return any(w in key.split() if w.isascii() else w in key for w in self.changed_now)

    def fine_answer(self, question_id: str, raw: str) -> str | None:
        """A reply that only says things are fine ("all good there", "没问题", "no issue")
        answers a two-way question with its harmless answer: the one that points to no cause."""
        question = self.kb.questions[question_id]
        if len(question.answers) != 2:
            return None
        harmless = [a for a in question.answers if not a.supports]
        if len(harmless) != 1 or self.tone(raw) != "worked":
            return None
        # About this question: it names the question's own words, or says nothing else
        # ("all good", "没问题"); "it was fine yesterday" says nothing of a drop.
        key = fuzzy_key(self.plain(raw))
        about = any(unit in self.question_words[question_id] for _, unit in _question_units(key))
        brief = len(key.split()) <= FINE_WORDS if key.isascii() else len(key) <= FINE_CHARS
        return harmless[0].id if about or brief else None

    def only_other(self, question_id: str, text: str) -> str | None:
        """"just the update, nothing else" to "installed any other app?": a reply that
        starts with only / just and does not echo the question names something else: no."""
        question = self.kb.questions[question_id]
        if _yes_no(question, False) is None:
            return None
        key = fuzzy_key(self.plain(text))
        words = key.split(" ")
        while len(words) > 1 and words[0] in _SUBJECT_LEAD:
            words = words[1:]  # "its just the machine": the subject before "just"
        key = " ".join(words)
        first = words[0]
        leads = first in self.only or any(
            not w.isascii() and first.startswith(w) for w in self.only)
        if not leads or any(True for _ in _runs(key, self.echo_units.get(question_id, {}))):
            return None
        return _yes_no(question, False)

    def brand_named(self, text: str) -> str | None:
        """The terminal's maker or model named in the message ("its a sunmi", "是新大陆的"), as
        the word list has it; None when none is (or it is negated: "not a pax")."""
        hit = next((h for h in self.brand_words.find(self.plain(text)) if not h.negated), None)
        return hit.phrase if hit else None

    def echoes(self, text: str, advice: list[str]) -> bool:
        """The message repeats what the advice said to do ("叫咗佢打去銀行解鎖" after "请顾客到
        银行解锁"): at least ECHO shared Chinese character pairs or English words."""
        # A pair with a negation in it ("没有") is no content the advice gave: "客人说张卡没有问题"
        # disputes "银行没有批准", it does not echo it.
        said = {u for u in _units(fuzzy_key(self.plain(text))) if not _NEGATING_HAN.intersection(u)}
        told = set().union(*(_units(fuzzy_key(self.plain(a))) for a in advice if a))
        return len(said & told) >= ECHO

    @staticmethod
    def _wording_said(rec) -> bool:
        """dlg92: every word of the wording the code was matched by is in the message (an English
        word of four letters or more by its first five letters, a Chinese character itself), or the
        match named no wording; "not counted ... check" does not say "no checking account"."""
        matched = next((c.matched for c in rec.candidates if c.kind == "code" and c.id == rec.code), "")
        if not matched:
            return True
        said, wording = fuzzy_key(rec.text), fuzzy_key(matched)
        words = said.split()
        for unit in wording.split():
            if unit.isascii():
                if len(unit) >= 4 and not any(w.startswith(unit[:5]) for w in words):
                    return False
            elif any(ch not in said for ch in unit if has_cjk(ch)):
                return False
        return True

    def _bye_said(self, text: str) -> bool:
        """dlg87: a goodbye the message says: short (a clause), or a goodbye phrasing of the intent
        list inside it. The fuzzy intent alone took a long story ending "回来充上电就这样了" (it has been
        like this since) for "就这样吧" (that's all), and the bot said goodbye mid-question."""
        key = fuzzy_key(text).strip()
        if len(_clauses(text)) <= 1:
            return True
        phrasings = self.kb.intents["bye"].phrasings
        return any(re.search(rf"(?<![a-z]){re.escape(fuzzy_key(p).strip())}(?![a-z])", key)
                   for p in (*phrasings.zh, *phrasings.en))

    def _problem_or_talk(self, rec, facts: dict, observed: list[str], told: str = "") -> list[Reading]:
        current = facts.get("problem") or {}
        if rec.intent == "human" and not rec.code:
            # A person is asked for in words the human list knows (read above); the fuzzy
            # intent alone took "let me try" and "the customer left" for it.
            return []
        if rec.intent == "bye" and not rec.code and told and not self._bye_said(told):
            return []  # dlg87: a story ending "...就这样了" ("it has been like this") is no goodbye
        if rec.intent and not rec.code:
            return [Reading("intent", SMALL_TALK, rec.intent)]
        if rec.code and rec.code != current.get("code"):
            if current and (code := self.kb.code(rec.code)) and code.handling == "none":
                # dlg55: "交易成功", "approved" mid-dialog: the sale went through, said in the
                # screen's words (how it went, read by the outcome words), no new problem "00"
                return []
            if current and rec.confidence < MARKED_CODE_CONFIDENCE and not self.code_meant(rec.text):
                return []  # "金额就按的38": a number mid-dialog is an amount, not code 38
            if current and rec.confidence < MARKED_CODE_CONFIDENCE and not re.search(r"\d", rec.text) \
                    and not self._wording_said(rec):
                # dlg92: a code only near its wording mid-dialog ("weekend is not counted, I will wait and
                # check" near "no checking account"): its wording's words not all said, no new problem
                return []
            return [Reading("problem", 0.95, rec)]
        key = fuzzy_key(rec.text)
        # One bare word ("wifi", "打印") mid-diagnosis names a thing, not a new fault.
        bare = len(key.split()) == 1 and (key.isascii() or len(key) <= 3)
        if rec.decision == "confident" and rec.symptom and rec.symptom != current.get("symptom") \
                and rec.confidence >= NEW_PROBLEM_CONFIDENCE and not bare:
            causes = set(self.kb.symptoms[rec.symptom].causes)
            related = causes & set(facts.get("candidates") or {})
            # An observation about the current problem ("打印也不出来") is not a new problem.
            score = rec.confidence * (0.5 if related or observed else 0.9)
            return [Reading("problem", score, rec)]
        return []


# Words too common to show that a message repeats the advice.
_COMMON = frozenset("the and then with this that have your card again will just what when it's "
                    "from they them their there".split())
ECHO = 2
_NEGATING_HAN = frozenset("没不冇无唔未")
# lead15c: a state as the condition it works under ("插着电就没事", "插住電就冇事"): when it is
# so, it works; no fix said done (the power check had been "already tried")
_AS_CONDITION = re.compile(r"\s?(?:的时候|时)?\s?就\s?(?:没事|冇事|正常|可以|能用|能刷|好|行|得|过)")


def _units(key: str) -> set[str]:
    """Chinese character pairs and longer English words of a prepared message."""
    units = {w for w in key.split() if w.isascii() and len(w) >= 4 and w not in _COMMON}
    for part in key.split():
        han = [ch for ch in part if not ch.isascii()]
        units.update(a + b for a, b in zip(han, han[1:]))
    return units


# Answer ids that mean yes and no on a yes/no question ("maybe": the data plan may have run out).
_YES = ("yes", "maybe", "on")
_NO = ("no", "off")
# A unit of a question's text that more questions than this share is not its own.
ECHO_MAX_QUESTIONS = 2
_ECHO_STOP = frozenset("the and does have been your with that this what when which there they "
                       "them their from into about recently right today now other more than "
                       "some somewhere anything something very much many long time "
                       # who does it and with what, in any answer's story ("customer typed
                       # the pin" is no "after the customer has paid")
                       "customer customers terminal machine".split())


def _yes_no(question, yes: bool) -> str | None:
    """The answer id meaning yes (or no) on a question that has both, else None."""
    ids = [a.id for a in question.answers]
    found = [i for i in ids if i in (_YES if yes else _NO)]
    other = [i for i in ids if i in (_NO if yes else _YES)]
    return found[0] if found and other else None


def _stem(word: str) -> str:
    """"changed", "change", "changes" -> "chang"; "dropped", "drop" -> "drop"."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word.rstrip("e") if len(word) > 4 else word


@lru_cache(maxsize=4096)
def _question_units(key: str) -> tuple[tuple[int, str], ...]:
    """(position, unit) of a prepared text: each Chinese character, each English word's stem."""
    units = []
    for match in re.finditer(r"[a-z]{4,}|[\u4e00-\u9fff]", key):
        word = match.group()
        if word.isascii():
            if word not in _ECHO_STOP:
                units.append((match.start(), _stem(word)))
        elif word not in _STOP_HAN:
            units.append((match.start(), word))
    return tuple(units)


# Characters too common to show that a reply echoes a question.
_STOP_HAN = frozenset("了的吗呢啊吧呀哦嘛么我你他她它们是在就也还又和与跟给这那个一些有没不或者过最近吗能会")
# Chinese puts "not" after the thing: "路由器也没换", "密码没改过".
_DENIED_AFTER = re.compile(r" ?(?:一直|从来|根本|完全|也|都|还|倒)*(?:并)?(?:没|未)(?!问题|事|毛病|法|办法|网|信号|电|反应|用)")
def _use_denied_after(text: str, phrase: str) -> bool:
    """The answer's phrase, in the plain text, is followed by its denial closing the clause."""
    lowered = re.sub(r"(?<=\w)[-'’](?=\w)", " ", text.lower())  # (as the fuzzy key: "wi-fi" is "wi fi")
    return any(_USE_DENIED_AFTER.match(lowered, m.end()) for m in re.finditer(re.escape(phrase), lowered))


# "有没有", "是不是": an A-not-A question negates nothing.
_A_NOT_A = re.compile(r"(.)[不没]\1")
# dlg49: a way named first, then denied with its verb ("wifi we dont use", "sim 我们不用"): that
# way is not it (the choice's answer is denied, as "we don't use wifi" is).
# The denial closes its clause: "用wifi 不用流量" denies the data, not the Wi-Fi. (Read in the plain
# text, which keeps the punctuation the fuzzy key drops.)
# dlg85: ... also said as not there at all, with the place after it ("wifi we don't have in the
# hut", "wi-fi there is none in the kiosk", "wifi我们这里没有", "wifi就冇嘅"): that way is not it.
_USE_DENIED_AFTER = re.compile(r" ?(?:(?:we|i|they|shop|you) )?(?:(?:dont|don t|do not|never|not|doesnt|doesn t|didnt|didn t"
                               r"|havent|haven t|have not|aint|ain t) (?:use|have|got|get)(?: any| one)?"
                               r"|there (?:is|s) (?:none|no one|not any)|there isn t(?: any| one)?|there is not(?: any| one)?)"
                               r"(?: (?:here|there|in|at|inside|up|down|out|on|over)\b[^,，。.!！?？;；]*)?"
                               r"(?= ?(?:$|[,，。.!！?？;；]))"
                               r"| ?(?:我们|我|店里)?(?:都|也|从来|根本)?(?:不用|没用过|没有用过|没装|没有装|没插|没有插)(?=$|[ ,，。.!！?？;；])"
                               r"| ?(?:我们|我|我哋|店里|铺头)?(?:这里|这边|这儿|呢度|呢边|店里|屋里|铺头|摊位|亭子里)(?:就|都|也|根本)?(?:没有|没得|冇|无)(?:嘅|的)?(?=$|[ ,，。.!！?？;；])"
                               r"| ?(?:就|都|也|根本)?(?:没有|没得|冇|无)(?:嘅|的)(?=$|[ ,，。.!！?？;；])")


def _echo_units(kb: KnowledgeBase, prepare) -> dict[str, dict[str, bool]]:
    """question id -> its distinctive units (few questions use them), each with whether the
    question itself says it negated ("No SIM"), for the yes/no questions."""
    negation = Negation(kb.negations)
    per_question: dict[str, dict[str, bool]] = {}
    for q in kb.questions.values():
        if _yes_no(q, True) is None:
            continue
        units: dict[str, bool] = {}
        for text in (q.text.zh, q.text.en):
            key = _A_NOT_A.sub("", fuzzy_key(prepare(text)))
            for start, unit in _question_units(key):
                units.setdefault(unit, negation.before(key, start))
        per_question[q.id] = units
    shared: dict[str, int] = {}
    for q in kb.questions.values():
        if q.open or q.situation:
            continue  # its examples name everything ("router", "changed"): never echoed itself
        seen = set()
        for text in (q.text.zh, q.text.en):
            seen.update(u for _, u in _question_units(fuzzy_key(prepare(text))))
        for unit in seen:
            shared[unit] = shared.get(unit, 0) + 1
    return {qid: {u: neg for u, neg in units.items() if shared.get(u, 0) <= ECHO_MAX_QUESTIONS}
            for qid, units in per_question.items()}


def _label_units(kb: KnowledgeBase, prepare) -> dict[str, dict[str, set[str]]]:
    """question id -> answer id -> the words of that answer's labels no other answer's label
    has: English stems, Chinese character pairs (one character says too little)."""
    out: dict[str, dict[str, set[str]]] = {}
    for q in kb.questions.values():
        units = {}
        for a in q.answers:
            mine: set[str] = set()
            for label in (a.label.zh, a.label.en):
                key = fuzzy_key(prepare(label))
                mine |= {_stem(w) for w in re.findall(r"[a-z]{4,}", key)
                         if w not in _ECHO_STOP and w not in _LABEL_STOP}
                # an acronym is a word however short: "At the PIN", "SIM card"
                mine |= {w.lower() for w in re.findall(r"(?<![A-Za-z])[A-Z]{3,4}(?![A-Za-z])", label)}
                for run in _HAN_RUN.findall(key):
                    mine |= {run[i:i + 2] for i in range(len(run) - 1)
                             if run[i] not in _STOP_HAN and run[i + 1] not in _STOP_HAN}
            units[a.id] = mine
        own = {a: u - set().union(*(v for b, v in units.items() if b != a)) for a, u in units.items()}
        own = {a: u for a, u in own.items() if u}
        if own:
            out[q.id] = own
    return out


def _refusal_pattern(refusing: list[str], deeds: list[str], prepare) -> re.Pattern[str]:
    """A word of refusal, then within two words (English) or three characters (Chinese) a deed."""
    def alternation(words: list[str]) -> str:
        keys = {fuzzy_key(prepare(w)).strip() for w in words}
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True) if k)
    en_refusing = alternation([w for w in refusing if not has_cjk(w)])
    en_deeds = alternation([w for w in deeds if not has_cjk(w)])
    zh_refusing = alternation([w for w in refusing if has_cjk(w)])
    zh_deeds = alternation([w for w in deeds if has_cjk(w)])
    return re.compile(rf"(?<![a-z])(?:{en_refusing})\s+(?:[a-z]+\s+){{0,2}}?(?:{en_deeds})(?![a-z])"
                      rf"|(?:{zh_refusing})[^\sa-z0-9]{{0,3}}?(?:{zh_deeds})")


def _near_units(kb: KnowledgeBase, prepare) -> dict[str, dict[str, tuple[set[str], list[str]]]]:
    """question id -> answer id -> (runs of NEAR_RUN Chinese characters, English words) of
    that answer's labels and words that no other answer of the question has."""
    out: dict[str, dict[str, tuple[set[str], list[str]]]] = {}
    for q in kb.questions.values():
        runs: dict[str, set[str]] = {}
        latin: dict[str, set[str]] = {}
        for a in q.answers:
            mine_runs, mine_latin = set(), set()
            for phrase in (a.label.zh, a.label.en, *a.words):
                key = fuzzy_key(prepare(phrase))
                for run in _HAN_RUN.findall(key):
                    mine_runs |= {run[i:i + NEAR_RUN] for i in range(len(run) - NEAR_RUN + 1)}
                # English: the labels' words and one-word answers ("contactless"); a word
                # inside a longer answer phrase may name the subject ("cables are fine").
                if phrase in (a.label.zh, a.label.en) or " " not in key:
                    mine_latin |= {w for w in re.findall(r"[a-z]{4,}", key)
                                   if w not in _ECHO_STOP and w not in _LABEL_STOP}
            runs[a.id], latin[a.id] = mine_runs, mine_latin
        own = {}
        for a in q.answers:
            other_runs = set().union(*(v for b, v in runs.items() if b != a.id))
            other_latin = set().union(*(v for b, v in latin.items() if b != a.id))
            mine = (runs[a.id] - other_runs, sorted(latin[a.id] - other_latin))
            if mine[0] or mine[1]:
                own[a.id] = mine
        if own:
            out[q.id] = own
    return out


# Chinese negations and intensifiers that may stand around "不知道" ("我真不是很清楚").
# "tried restarting", "试过重启": an attempt, said because it did not help; "also", "也": the same
# result as before. Neither is a bare report of the pending step done.
_ATTEMPT = re.compile(r"tri|try|试")
# lead39: the next step asked for after a denial ("not the plug. what else", "不是电源的事 下一步")
_WHAT_ELSE = re.compile(r"(?:so |ok |then )?(?:what else|whats next|what s next|what next|next|next step|next one|下一步|然后呢|还有呢|别的呢|仲有呢|跟住呢)$")
# lead39: a thing denied to be the fault, alone in its clause ("its not the plug", "not the paper", "不是电源的事")
_STEP_DENIED = re.compile(r"(?:(?:it s|its|it is|that s|thats|prob|probably|definitely|def)\s)?not (?:the |my |our )?(?P<thing>[a-z]+(?: [a-z]+)?)$"
                          r"|(?:不是|唔系|并不是)(?P<zh>[\u4e00-\u9fff]{1,5}?)(?:的|嘅)?(?:问题|事|事情|毛病)$")
# lead39: what the terminal used to do ("used to work", "以前都好好的"; the words of now beside it: _NOW_TOLD)
_USED_TO = re.compile(r"\bused to\b|\bbefore\b|以前|之前|上周|上礼拜|上星期|上个礼拜|上个星期|前几天|前几日|上个月|last week|last month|few days ago")
FINE_BEFORE_CHARS, FINE_BEFORE_WORDS = 12, 8
# lead39: two things offered to choose from ("the red one or the side one", "红的还是侧面的"; a bare
# 还是 is "still": "侧面那个按了 还是卡")
_CHOICE = re.compile(r"\bor\b|[的个边颗粒只条根]还是|定系|定是|抑或")
REPEAT_REACH = 12  # characters after a step told done where its count of times may follow
_REPEATED = re.compile(r"[两二三四五几好多]次|twice|\b(?:\d+|two|three|four|five|few|several|many) times")  # lead39: a step done again and again
_ALSO = re.compile(r"\balso\b|\btoo\b|也|都")
_APPEARED = re.compile(r"(?<![没冇无])有([\u4e00-\u9fff]{1,2}?)了")
_OCCURRENCE = re.compile(r"\s?[一两二三几好]?[次回下遍]")  # "有黑了一次": how often it happened
_NOT_IS = frozenset(("不是",))  # (唔系 is 不是 once plain)
_PLAIN_NEGATION = frozenset(("没", "没有", "无", "冇", "no", "not", "never", "nothing"))
_NEGATION_HAN = frozenset(("不", "没", "没有", "不是", "很", "太", "真", "也", "都", "这", "个", "这个"))
# "Still" words that are failure words on their own ("还是" = still the same) but not before
# a "don't know" ("还是不知道").
# Units that say something changed (concepts.yaml): an open "what changed?" is answered by a
# label's words only beside one of them.
_CHANGE_UNITS = frozenset(("changed", "new", "appeared", "fell", "fiddled", "reinserted"))
# dlg65: content words an explanation said back shares with the fix's own text (says_back)
SAID_BACK_SHARED = 3
# ... unless the money is said missing (concepts.yaml payout_missing, not_back)
_MISSING_UNITS = frozenset(("payout_missing", "not_back"))
_STILL = frozenset(("还是", "仍然", "依然", "依旧", "照样", "照旧", "still"))
# ... its negation after it, the speaker between ("still i am not", "still we are not")
_STILL_SUBJECT = re.compile(r"(?:\s(?:i am|i m|im|we are|we re))?(不|没有|没| not)$")
# A question about a change ("换过路由器吗", "changed the password?", "装过别的应用吗").
# Where the terminal stands ("放在微波炉隔壁", "机器摆在水吧隔壁"): a bare "隔壁" after it is a
# place, not the shop next door.
# What the customer (or someone) said back, reported: "customer says card is correct", "客人说
# 卡没问题", "佢話張卡冇問題". After an explanation it disputes it, unless it echoes the advice.
# (Not speaking to them: "那我怎么跟他说", "点同佢讲" ask what to tell the customer, and
# "我同个客讲", "跟那位客人说" tell it: dlg44.)
_REPORTED = re.compile(r"(?<![跟和对同给向])(?<![跟和对同给向][个位])(?<![跟和对同给向][那这呢][个位])(?:客人|顾客|客户|客|他|她|佢|阿姨|大姐|大哥|大爷|customer|cust|he|she|they|lady|guy|gentleman|woman|man|auntie|uncle)\s?(?:说|话|讲|says|said|say|insists|reckons|swears|claims)")
_CLAUSE_END = re.compile(r"[.;!?。；！？\n]")
# dlg45: a clause's ends, for a question around words of taking advice on board: punctuation, or a
# space between Chinese characters ("那就对了 要等几天？": two clauses)
# dlg98: the English hedges of the `partly` words: said of another thing in a clause of its own, no outcome
_HEDGES = frozenset({"kinda", "kind of", "sort of", "sorta", "somewhat"})
_ASK_CLAUSE_STOP = re.compile(r"[,，;!?。；！？\n]|(?<![0-9])\.(?![0-9])|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_NEWS_NOW = re.compile(r"了|现在|now|went through|went thru|approved")
_CLAIM_END = re.compile(r"[,，.;!?。；！？\n]")
# ... but what they will do next takes the advice ("客人说他去银行问问", "she says she'll pay cash").
_PLANS = re.compile(r"去|会|要|再|换|改|先|回头|用现金|付现|will|ll |gonna|going to|go |try|use |pay|call")

# "盖好了", "插好了": a verb, then 好了 (done properly); with _HAO_NOT_A_STEP, verbs that say
# nothing about a step ("现在好了", "弄好了", "就好了").
_VERB_HAO = re.compile(r"([\u4e00-\u9fff])好了")
# "弄好了纸": a verb, 好了, then what was handled (a few characters the step's words hold).
_VERB_HAO_OBJECT = re.compile(r"^(?:我|都|已经|刚)?[\u4e00-\u9fff]好了(?P<thing>[\u4e00-\u9fff]{1,3}?)[啦喇啊呀嘞了]?$")
# The terminal as a whole after 好了 ("弄好了机器") is the fault mended, no step's object.
_WHOLE_THINGS_ZH = frozenset({"机", "机器", "机子", "终端", "它", "了"})
_HAO_NOT_A_STEP = frozenset("在就都也又已经现全这那是弄搞整修变恢早快终算总后完过下来去然了的")
# "cable looks ok", "the socket is fine": a part checked and found fine is the step done, not
# the fault gone ("it's fine now", "machine ok" are; so is anything said to work "now").
# A turn ("but", 可是) in a reply that retells advice brings what is still wrong (says_back).
_SAID_BACK_TURN = re.compile(r"可是|但是|不过|\bbut\b|\bhowever\b|\bthough\b")
# "the charging light is on", "plugged in and the light comes on": a light looked at, lit.
_LIGHT_ON = re.compile(r"^(?:(?:yes|yeah|yep|ok|okay|plugged in|its plugged in|it s plugged in|and|the|"
                       r"charger|charging|power|green|red|blue|orange|little|small|led) )*"
                       r"(?:light|lights|led|indicator|lamp)(?: (?:is|s|are|comes|came|goes|went|looks|turns|turned|still))* "
                       r"(?:on|lit|green|red|blue|orange|solid|steady|up|on fine|on ok)(?: now| yes| too| tho| though)?$")
# "held it nothing" is a no; "there is nothing" / "it's not the same" say no verdict of their own.
_NEGATED_TAIL = re.compile(r"\b(?:not|no|never|isn t|is|s|was|are|there|the)$")
_PART_FINE = re.compile(r"^(?:the |my |that |this )?([a-z\-]+)(?: (?:is|s|looks|look|seems|are|also))* "
                        r"(?:ok|okay|fine|good|alright|all right|normal)$")
_WHOLE_SUBJECTS = frozenset(
    "it its machine terminal everything all sale sales payment payments transaction transactions device "
    "pos system thing this that card cards customer printing receipt receipts "
    "no not nothing none never still also very so too now yes yeah ok".split())  # "no good"
# "老是自己重启了" is the fault (it restarts by itself), not a restart the merchant tried.
_BY_ITSELF = re.compile(r"(?:自己|自动|老是|总是|一直|经常|成日|又|会|itself|by itself|keeps?)\s*$")
_ANOTHER = re.compile(r"\b(?:another|a different|different|other)\b")


def _other_variants(phrase: str) -> list[str]:
    """The phrase with each word for "other" in place of the one it has (itself first)."""
    if not _ANOTHER.search(phrase):
        return [phrase]
    return list(dict.fromkeys([phrase] + [_ANOTHER.sub(word, phrase)
                                          for word in ("other", "another", "a different", "different")]))
STEP_DONE_CHARS = 8  # "盖子盖好了", "线都插好了": a short report of the step
# Asking for a remedy ("need new battery", "要换电池吗", "should i update"): with named_fix.
def _likeness(clause: str, hit) -> bool:
    """dlg50: "一个小钥匙一样的图标", "像钥匙一样的标志": 一样的 before a noun, compared with no
    earlier state (跟 / 和 / 同 / 与 / 还是 before it: "跟以前一样的密码" is unchanged), is what a
    thing looks like, not a setting kept."""
    key = fuzzy_key(clause)
    at = hit.start + len(hit.phrase)
    return hit.phrase.startswith("一样") and at < len(key) and "\u4e00" <= key[at] <= "\u9fff" and not re.search(
        r"跟|和|同|与|还是|原来", key[:hit.start])


_TOO_BEFORE = re.compile(r"\b(?:too|so|bit|very|real|really|way too"
                         # rec43: how a card is presented ("customer touch card quick", "they tap it quick",
                         # "拍得快", "碰一下很快"): the way it was done, no impatience
                         r"|card|cards|tap|taps|tapped|touch|touches|touched|wave|waves|lift|lifts|pull|pulls"
                         r"|拍|拍得|碰|碰得|挥|挥得|拿开|拿走)\s?$")
_WANTS = re.compile(r"要不要|需要|要换|要不|是不是要|该不该|得换|\bneed|\bshould|\bhave to|\bmust|\bwant")
# dlg92: whether a thing is broken, asked ("是不是网络坏了", "網路壞了嗎", "is the internet down?"): a question on
# the fault, no remedy named (named_fix)
_FAULT_ASKED = re.compile(r"是不是\S{0,4}坏|系咪\S{0,4}坏|坏了[吗么嘛没]|坏咗[未吗]|\bis (?:the |my |our )?\w+ (?:broken|down|dead)\b")
# "need a new one", "change the battery": asking for a replacement.
_NEW_ONE = re.compile(r"\b(?:new|change|another|replace)\b")
# English words of fix titles that name no step of their own ("how do i check", "how to try").
_STEP_STOP = frozenset("check again with terminal your their right properly first same another "
                       "good place card customer sale sales back".split())
# Words before a leading "only / just" that say nothing ("its just the machine", "it's only mine").
_SUBJECT_LEAD = frozenset("its it is s thats that im i m we re was".split())
# Not having what a step needs: "dont have a window", "没有清洁卡" (the thing after it).
_LACKS = re.compile(r"(?:\b(?:dont|do not|didnt) have|\bhavent got|\bno have|\bthere s no|\bwe have no|\bi have no)"
                    r" (?:a |an |any |the |one |spare |other |another )?(?P<thing>[a-z]{4,})"
                    r"|(?:^|我|我们|店里|这里|这边|我这)(?:没有|冇|没)(?P<thing2>[\u4e00-\u9fff]{2})")
# Characters after 没有 that name no thing ("没有用", "没反应", "没变化", "没有了").
_NOT_A_THING = frozenset("用反应变化了的有过在是事问题效果好啥什么人动弄做试办法看到信号网电")
# Word pairs of fix titles that name no remedy of their own.
# dlg67: the terminal named in a message (its everyday names): a restart said of it is the terminal's
# own, whatever other restart is pending ("关机重开过", "熄咗部機再開": 机 of the machine switched off).
_TERMINAL_NAMED = re.compile(r"机|终端|\b(?:terminal|machine|pos|device|reader|till)s?\b")
_TITLE_FILLER = frozenset(reading_words()["title_filler"])  # (as _STEP_STOP: customer; readings.yaml)
# English words of a title that name no remedy when a merchant names the fix whole (lead19).
_TITLE_STOP_EN = frozenset("the a an to of and or it is its it s on in for up".split())

# Signal bars counted ("signal got 2 bar only", "信号两格", "0格"): none is no signal, 1-2 of the
# usual 4-5 a weak one, 3 or more a good one (as the concept bars_full has it).
_BARS = re.compile(r"(?<![\d.])(?P<n>\d|[零一二两三四五]|zero|one|two|three|four|five)\s?(?:bars?|格)"
                   # dlg34: the bars said to fall to a count ("bars go down to one or nothing")
                   r"|\b(?:bars?|signal) (?:go|goes|going|drop|drops|dropped|went|fall|falls|fell|come|comes|came)"
                   r"(?: down)? to (?P<m>\d|zero|one|two|three|four|five|nothing|none)\b")
# "一格都没有", "一格也冇", "not even one bar", "not a single bar": no bar at all.
_NOT_EVEN_ONE_AFTER = re.compile(r"\s?(?:都|也|亦)\s?(?:没|冇|无|唔|沒|無)")
_NOT_EVEN_ONE_BEFORE = re.compile(r"(?:not even|not a single|not)\s?$")
_BAR_COUNT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "zero": 0, "one": 1,
              "two": 2, "three": 3, "four": 4, "five": 5, "nothing": 0, "none": 0}


# A few words echoed with a question mark at the start of a reply ("摔过？", "power?"), then
# the reply proper.
_ECHO = re.compile(r"^\s*(?:[^\sa-z0-9?]{1,6}|[a-z]+(?: [a-z]+){0,2})\?+\s*(?P<rest>\S.*)$")
# dlg29: a denial of having done the echoed step ("没有搞过", "从来没做过", "never done that").
_NEVER_DONE = re.compile(r"\s*(?:从来|从)?(?:没有?|未)(?:搞|做|弄|按|试|点|用)过"
                         r"|\s*never (?:done|did|do|pressed|tried|used)(?![a-z])")
# An answer saying all is well, though it opens with a negation (没问题, 冇問題 -> 没有问题,
# "no problem"): the topic it answers is fine, not denied.
_ALL_WELL = re.compile(r"\s*(?:没有?问题|没事|没毛病|no (?:problem|issue|issues|worries)(?![a-z]))")
# What "better" qualifies when it names a deal ("ask for a better rate", "find a better price",
# "更好的费率"): something wanted, no fix that helped a little (dlg32).
_BETTER_DEAL = re.compile(r"\s*(?:rates?|prices?|deals?|offers?|terms|plans?|fees?|percentages?|mdr|的费率|的价格|的价钱|的条件)(?![a-z])")
# dlg82: "80%" is read "80 percent", so that the word lists can say what a percentage is.
_PERCENT_SIGN = re.compile(r"(?<=\d)\s*[%％]")
# lead27: a "no" opening a clause before a determiner ("no the one next door is fine", "nah
# the other till works"): it answers or disagrees, then a statement follows; "no" negates a
# bare noun ("no signal"), never a phrase that opens with "the". Preparing drops "the", which
# would leave "no one next door is fine" (nobody); a comma keeps the two apart.
_NO_BEFORE_DETERMINER = re.compile(r"(?i)(^|[.!?,;，。！？]\s*)(no|nope|nah|naw)\s+(?=(?:the|my|our|your|his|her|their|these|those)\b)")


# dlg83: "4 out of 5", "3 of 4 went", "9/10 ok", "十张里面有八张", "五张过了四张": part of a count
_COUNT_NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|[一二两三四五六七八九十]+)"
_COUNT_OF_EN = re.compile(_COUNT_NUMBER + r"\s*(?:out of|of|/|in)\s*" + _COUNT_NUMBER + r"\b")
_COUNT_OF_ZH = re.compile(_COUNT_NUMBER + r"\s*[张笔个次单台]\s*(?:里面|里头|里|中间|之中|当中|中)?\s*(?:有|过了|成功了|可以|能过|刷了)?\s*"
                          + _COUNT_NUMBER + r"\s*[张笔个次单台]")
# dlg88: "一笔都没…", "一单也冇…": the count after is "not one", which counts no part
_NONE_AFTER = re.compile(r"\s*(?:都|也|亦)\s*(?:没|冇|無|无|不|未)")
_COUNT_VALUES = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())} | {
    w: n for n, w in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _count_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in _COUNT_VALUES:
        return _COUNT_VALUES[word]
    if len(word) == 2 and word[0] == "十" and word[1] in _COUNT_VALUES:
        return 10 + _COUNT_VALUES[word[1]]
    return None


# the observation "some sales go through, some fail" (knowledge/data/observations.yaml)
SOME_SALES_FAIL = "obs_some_sales_fail"


def count_of_more(key: str) -> bool:
    """dlg83: "N out of M" (or "M张里有N张", "M张过了N张") with 0 < N < M: part of them, said as
    a count. In Chinese the whole comes first; in English the part."""
    for pattern, part_first in ((_COUNT_OF_EN, True), (_COUNT_OF_ZH, False)):
        for found in pattern.finditer(key):
            if not part_first and found.group(2) in ("一", "1") and _NONE_AFTER.match(key, found.end()):
                continue  # dlg88: "刷了三笔 一笔都没出": not one of them (failed), no part
            first, second = _count_value(found.group(1)), _count_value(found.group(2))
            part, whole = (first, second) if part_first else (second, first)
            if part is not None and whole and 0 < part < whole <= 100:
                return True
    return False


# dlg83: a short word of how a thing else is, after the fact that names it ("冇問題", "they're fine")
OF_OTHERS_WORDS, OF_OTHERS_CHARS = 4, 6
_CHANGED_NOW = re.compile(r"了|\bnow\b|again|\bback\b")
# A time after a word of quantity ("a few minutes", "some time", "有时候" excepted): how long.
# (dlg104: "waited a quarter of an hour", "a third of a minute": a stretch of time, not a part of the sales)
_DURATION = re.compile(r"\s*(?:of an? )?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|time\b|moments?|while\b)")
# ... and "a few days" ("it will drop off in a few days"): a wait, not a few of the sales (dlg41;
# "some days" stays a part: "some days it works")
_DAYS_AHEAD = re.compile(r"\s*(?:(?:working|business|bank) )?(?:days?|weeks?)\b")
# Bars of the battery, not of the signal: a message about charging that names no signal.
_BATTERY_TALK = re.compile(r"charg|batter|电池|电量|充电|充满|充电器|底座")
_SIGNAL_TALK = re.compile(r"signal|reception|network|4g|5g|信号|讯号|网络|上网|流量")
# "…会…吧", "是不是…吧": a tag question ("这样客人会被扣两次吧"), not "let's" ("试试吧").
# (lead23: "那就是周一到是吧", "这样就行了对吧": checking what was understood, a question)
_TAG_QUESTION = re.compile(r"会|是不是|不会|对不对|是吧|对吧|will|right")
_BAR_OBSERVATIONS = frozenset({"obs_no_bars", "obs_weak_signal", "obs_full_signal"})
# A clause about the owner's phone or the antenna: its bars and "no ..." are not the terminal's.
_OTHER_BARS = re.compile(r"手机|电话|phone|mobile|cell|天线|antenna|aerial|小黑棒|stick")


# A date as a screen or receipt shows it ("01/01/2000", "2000-01-01 00:47", "2000年1月1号") with
# a year a working terminal cannot show: a clock that lost its time falls back to its maker's
# first year (1970, 2000, 2010...), years before any terminal in a shop today was set up.
_SHOWN_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?P<a>(?:19|20)\d\d)|(?P<b>(?:19|20)\d\d)[/.-]\d{1,2}[/.-]\d{1,2}"
                         r"|(?P<c>(?:19|20)\d\d)年\d{1,2}月"
                         # dlg84: the month named ("1 january 2000", "jan 1st 1970", "january 2000"), or
                         # the year said of the date or the clock ("the date says 2000", "year is 1980")
                         r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<d>(?:19|20)\d\d)"
                         r"|(?:date|clock|year)s?\b[^.?!\d]{0,25}?(?P<e>(?:19|20)\d\d))(?!\d)")
STALE_YEAR = 2015  # a shown year before this is a clock reset


def _stale_date_observed(text: str) -> list[str]:
    """The wrong-date observation a date shown with a long-past year states ("the top corner
    says 01/01/2000 00:47"): the clock was reset, whatever words tell it."""
    for found in _SHOWN_DATE.finditer(text):
        year = int(found["a"] or found["b"] or found["c"] or found["d"] or found["e"])
        if year < STALE_YEAR:
            return ["obs_wrong_date"]
    return []


# dlg40: a sum and the same digits with zeros after them ("她输入的是45000 一罐才450", "she keyed
# 9900, the scarf is 99"): the amount keyed with extra zeros, whatever words tell it. Whole
# numbers not starting with 0 (no code such as 0020000), the smaller of two digits or more.
_WHOLE_NUMBER = re.compile(r"(?<![\d.,:])[1-9]\d{1,7}(?![\d.,:]?\d)"
                           # (not counts, times or distances: "10点 1000个", "20 times")
                           r"(?!\s?(?:点|am\b|pm\b|分|min|hour|小时|times|次|笔|个|人|张|台|年|yard|metre|meter|m\b|km|%|号|月|日|秒|楼|块钱一个))")


def _extra_zeros_observed(text: str) -> list[str]:
    """The wrong-amount observation two sums, one the other with two to four zeros added, state."""
    numbers = set(_WHOLE_NUMBER.findall(text))
    if any(n + zeros in numbers for n in numbers for zeros in ("00", "000", "0000")):
        return ["obs_amount_wrong"]
    return []


# dlg40: a count of bars said of how it was before ("原来那个卡信号老是一格两格 我换了卡 现在满格",
# "with the old sim it used to be one bar"): no signal now.
_BEFORE_NOW = re.compile(r"原来|以前|之前|原先|本来|\bused to\b|\bbefore\b|\bold sim\b|\bthe old\b")


def _said_of_before(text: str, at: int) -> bool:
    """The clause (up to a stop, or a space in Chinese) ending at `at` says how it was before."""
    head = text[:at]
    cut = max(head.rfind(c) for c in ",，。.!！?？;；")
    if has_cjk(head):
        cut = max(cut, head.rfind(" "))
    return bool(_BEFORE_NOW.search(head[cut + 1:]))


def _bars_observed(text: str) -> list[str]:
    """The signal observation a count of bars states, if any."""
    found = next((f for f in _BARS.finditer(text) if not _said_of_before(text, f.start())), None)
    if found is None:
        return []
    n = found["n"] or found["m"]
    count = int(n) if n.isdigit() else _BAR_COUNT[n]
    if count == 1 and (_NOT_EVEN_ONE_AFTER.match(text, found.end())
                       or _NOT_EVEN_ONE_BEFORE.search(text, 0, found.start())):
        count = 0  # "一格都没有", "not even one bar": none
    return ["obs_no_bars"] if count == 0 else ["obs_weak_signal"] if count <= 2 else ["obs_full_signal"]


# dlg84: a fact named as the time until which it worked ("before the winter closing it worked",
# "worked fine until we closed for the season", "收档之前都正常"): no subject taking the clause's polarity
_BOUND_BEFORE = re.compile(r"(?:^|\s)(?:before|until|till|til|up until|up to|prior to)\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:之前|以前)")
_PLACED = re.compile(r"(?:放|摆|搁|挨|靠)[^，,。 ]{0,8}$"
                     # ... and in English: "we keep it on a shelf above the pizza oven" is where
                     # it stands, not an oven on its socket
                     # (a verb of placing first: "we are near the border" says where the shop is)
                     r"|(?<![a-z])(?:keep|keeps|kept|put|puts|placed|sits|sitting|stands|standing|mounted|"
                     r"stored|left|leave|have it|has it)(?![a-z])[a-z ]{0,30}?(?<![a-z])(?:next to|beside|near|"
                     r"above|over|on top of|in front of|close to|by)\s+(?:[a-z]+\s+){0,2}$")
# "不是wifi问题", "not a wifi problem": a fault word after "not" and a few words names what
# the fault is not.
_NOT_THE_FAULT = re.compile(r"(?:不是|并非|并不是|唔系)[^ ,，。!！?？]{1,8}$|\bnot (?:a |an )?[a-z-]+ ?$")
# An answer about the amount, and a sum as merchants write one ("三千五", "两万", "12,400",
# "45.60"; a bare "350000" may be anything).
_ABOUT_AMOUNT = re.compile(r"金额|amount")
_SUM_IN_WORDS = re.compile(r"[一二两三四五六七八九十\d]+[千万百](?!一|多?[个人次笔张台天])|[一二两三四五六七八九十]+块"
                           r"|[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:rupees|dollars|bucks|rand|naira|pesos|ringgit|dirhams?|euros?|pounds|rs|rm|aed|usd)\b"
                           r"|\d{1,3}(?:,\d{3})+|(?<!version )(?<!版本)(?<![v\d.])\d+\.\d{2}\b(?!\.)")
_CHANGE = re.compile(r"换|改|装|升级|变|挪|搬|chang|new|install|updat|replac|moved")
# A question about what stands around the terminal ("旁边有没有微波炉?", "anything next to
# it?"): "还是原来的位置" / "same spot as always" says nothing new is there.
_NOTHING_THERE = re.compile(r"没有?(?:东西|什么|啥|别的)|什么都没|啥都没|空的|\bnothing\b|\bno\s\w+\s(?:near|next|beside|around)|\bnot near\b|\bnone\b")
_AROUND = re.compile(r"旁边|附近|周围|边上|next to|near|around|beside")
# How a clause says its option goes when no outcome or tone word does: "倒可以", "也行";
# "的时候出", "报".
_CLAUSE_GOOD = ("可以", "也行", "倒行", "能用", "没事", "没问题", "ok", "fine", "works", "no problem")
_CLAUSE_BAD = re.compile(r"出$|出现|报|跳|弹|不行|不了|失败|fail|error|same|\bno$|\bnope\b|cannot|can ?t|\bnot\b")
def _blanked(text: str, hits) -> str:
    """The prepared text with the words of these hits taken out."""
    key = list(fuzzy_key(text))
    for h in hits:
        key[h.start:h.start + len(h.phrase)] = " " * len(h.phrase)
    return " ".join("".join(key).split())


# Facts of how the shop works the terminal, said in a story whose words name other moments
# ("早上开机有个签到 伙计都按取消跳过去"): their clauses answer no question about when it fails.
SETTING_FACTS = frozenset({"obs_signin_skipped"})
# Facts of how the card is handled in a sale (dlg30: pulled out at the beep): told as a story of
# the card going in and out, its way in answers neither which way of reading fails nor where.
# kb31: chip cards swiped all along ("客人的卡是有芯片的 我们还是刷的磁条"): the chip is the card's.
HANDLING_FACTS = frozenset({"obs_card_pulled_early", "obs_swiped_chip_card"})
HANDLING_QUESTIONS = frozenset({"q_entry_method", "q_sale_stage"})
# Facts of the staff's own login (dlg33): its password is no step of the sale's PIN.
LOGIN_FACTS = frozenset({"obs_operator_login"})
STAGE_QUESTION, PIN_STAGE = "q_sale_stage", "pin"
# dlg85: how the terminal goes online (a way denied after its name is not it, volunteered too)
CONNECTION_QUESTION = "q_connection"
# A recital of the sale's steps (dlg38): this many clauses at least, each this short.
RECITED_STEPS, RECITED_STEP_CHARS, RECITED_STEP_WORDS = 3, 6, 5


def _inside_another_fact(facts: list[tuple[int, int, str]], at: int, own: str | None) -> bool:
    """The word at `at` lies inside a named fact other than `own` ("我手机信号好好的": the 手机
    of the phone's signal is no "a phone's hotspot")."""
    return any(start <= at < end and obs != own for start, end, obs in facts)


# dlg34: a slip put right in the same breath ("puts the card in the printer, I mean the hole
# in the bottom", "插在打印机 我是说插卡口"): the words before "I mean" are the slip, the words
# after it what was meant. Only the clause just before goes (from the last stop, comma or, in
# Chinese, space); "I mean" opening a message or a sentence takes nothing away.
# dlg52: and the slip taken back with "oh no" ("接的那个电话线 哦不对 是那根网线", "是不是墨水快没了 啊不对
# 它没有墨水")
_CORRECTION_ZH = "我是说|我的意思是|我意思是|我是讲|哦不对|噢不对|喔不对|啊不对|呃不对|不对不对|哦说错了|说错了 是"
_CORRECTION = re.compile(r"\bi mean\b|\bi meant\b|\bor rather\b|" + _CORRECTION_ZH)
_SLIP = re.compile(r"(?:(?<=^)|(?<=[,，。.!！?？;；\n]))[^,，。.!！?？;；\n]*?[^,，。.!！?？;；\n\s][\s,，]*"
                   r"(?=(?:" + _CORRECTION.pattern + "))")
_SLIP_ZH = re.compile(r"[\u3400-\u9fff0-9a-z]+[\s,，]*(?=(?:" + _CORRECTION_ZH + "))")


# dlg34: a success said as what holds now ("now…normal", "现在…正常"): the state after the
# fix, even where the words name a fact (the Wi-Fi icon normal again after reconnecting)
_NOW_WORDS = ("now", "现在", "这下", "这回")
# dlg102: a code of five digits or more standing alone, and a denial just before it
_LONG_CODE = re.compile(r"(?<![0-9a-z])(\d{5,8})(?![0-9a-z])")
_CODE_DENIED = re.compile(r"\b(?:no|not|never|nor|without|no more|none|gone)\b|没|不|冇|無|无|唔")
_SAID_OF_NOW = re.compile(r"\bnow\b|现在|这下|这回|而家|宜家|依家")
# lead39: ... and the words of now, since or after beside a success told (not "how it was before")
_NOW_TOLD = re.compile(_SAID_OF_NOW.pattern + r"|\bagain\b|\bthis time\b|\bfinally\b|\bafter\b|\bsince\b|\bthan\b|"
                       r"这次|终于|总算|又|重启后|之后|以后|后来|然后|比以前|过以前|過以前|以来|至今")


# dlg34: a message opening with a greeting that names the time of day ("evening. the card
# machine keeps...", "good afternoon, ...", "中午好 机器报..."): the greeting, no hours the fault
# comes at. Only at the very start and with more said after it: "evenings." alone answers when.
# dlg67: an acknowledgement opening a message, before what it reports ("ok it says ...", "好的 显示...")
_ACK_HEAD = re.compile(
    r"^\s*(?:ok(?:ay)?|okk+|oki|alright|all right|sure|right|got it|好的?|好吧|行|嗯+|哦+|噢|收到|明白了?|知道了)"
    r"(?:[\s,，.。!！~～]+|(?=[\u4e00-\u9fff]))(?=\S)", re.IGNORECASE)
_GREETING_HEAD = re.compile(
    r"^\s*(?:(?:good\s+)?(?:morning|afternoon|evening|day)(?:\s+(?:all|folks|everyone|everybody|there|guys|mate|team|sir|madam|boss))?"
    r"\s*[.!,，。！]+|(?:早上|上午|中午|下午|晚上|早|午|晚)(?:好|安)(?![好的])[啊呀哈啦]?\s*[,，。.!！~～]*)\s*(?=\S)")


_HAN_NEGATION = re.compile(r"[不没]")


# dlg40: the merchant correcting how they typed the code to us ("sorry I missed one zero, it is
# 0020000", "抱歉 我刚刚少打一个0", "刚才打成字母O了"): about their message, not a sum keyed on the
# terminal or a step of the sale. Only beside a code written out, and said of themselves (not
# "她刚才多打了两个0", the cashier's amount).
_CODE_TYPO = re.compile(
    r"(?:\b(?:sorry|oops|my bad)\b[\s,.!]*)?\bi\s+(?:missed|forgot|dropped|left out|skipped|mistyped)\s+"
    r"(?:(?:one|a|an|1|two|2|the)\s+)?(?:zero|zeros|0|0s|digit|digits|number|letter o|o)\b"
    r"|\btypo\b"
    # rec48: ... or a zero too many ("sorry, I put a zero too many, it's 0020000", "i typed one 0 extra",
    # "I added an extra zero", "i put too many zeros", "我多打了一个0"): still their message, not the sum
    r"|\bi\s+(?:put|typed|type|wrote|write|added|add|sent|keyed|gave|put in|typed in)\s+(?:(?:one|a|an|1|two|2|too many|an extra|one extra|1 extra|extra)\s+)?"
    r"(?:zero|zeros|zeroes|0|0s|o|digit|digits|number)(?:\s+(?:too\s+many|too\s+much|extra|more|by mistake))?\b"
    # (not of the sum: "我刚才输错金额了" stays the amount keyed wrong)
    r"|(?:我|抱歉|不好意思|对不起|刚才|刚刚)[\s,，]*(?:刚才|刚刚)?(?:少打|漏打|打错|打成|写错|写成|少写|输错)了?"
    r"(?:一个|个|两个|一位)?(?:字母)?(?:0|零|o)?了?(?![\s,，]*(?:金额|钱|价|数|的金额))"
    r"|(?<![她他妈爸姐妹员工银客])(?:少打|漏打|打成|写成|少写)了?(?:一个|个|两个|一位)?(?:字母)?(?:0|零|o)"
    # (rec48: a zero too many, said of oneself or with an apology: "我多打了一个0", "不好意思 多打了个零";
    # not "她刚才多打了两个0", the cashier's sum)
    r"|(?:(?<![她他妈爸姐妹员工银客])我|抱歉|不好意思|对不起|唔好意思)[\s,，]*(?:刚才|刚刚|啱啱)?(?:多打|多写|多输)(?:了|咗)?"
    r"(?:一个|个|個|两个|一位)?(?:0|零|o)")
_CODE_WRITTEN = re.compile(r"\d{4,}|[零〇]{2}")
_ZERO_LED_RUN = re.compile(r"(?<![\d,.])0\d{4,7}(?![\d,.]?\d)")


def _code_typo_dropped(text: str) -> str:
    """The text without the merchant's correction of how they typed the code (_CODE_TYPO)."""
    if not _CODE_WRITTEN.search(text):
        return text
    return " ".join(_CODE_TYPO.sub(" ", text).split()) if _CODE_TYPO.search(text) else text


def _slips_corrected(text: str) -> str:
    """The text with the slip before a correction ("X, I mean Y") taken out."""
    if not _CORRECTION.search(text):
        return text
    text = _SLIP_ZH.sub("", text)
    return _SLIP.sub("", text)


def _fix_text(fix) -> str:
    """A fix's title and steps in both languages, as one text: the words a step is told by."""
    return " ".join([fix.title.zh, fix.title.en, *fix.steps.zh, *fix.steps.en])


def _before_what_next(raw: str) -> str:
    """The message without a closing "what now?" ("did as you said, what now"), when words stand
    before it: that question is for what comes after the step, not about it."""
    nexts = _WHAT_NEXT.search(raw)
    return raw[:nexts.start()] if nexts and raw[:nexts.start()].strip() else raw


def _placed_clauses(text: str, key: str, strip: bool = True):
    """Each clause of the message with where its words start in `key` (the message's fuzzy key,
    which has no punctuation left: the clauses place it): (start, end, the clause, its key)."""
    at = 0
    for clause in _clauses(text):
        part = fuzzy_key(clause).strip() if strip else fuzzy_key(clause)
        start = key.find(part, at) if part else -1
        if start < 0:
            continue
        at = start + len(part)
        yield start, at, clause, part


def _clauses(text: str) -> list[str]:
    """Clauses of a reply, each read on its own (clause_answer, observed): split at
    punctuation and turns ("but", "不过"); Chinese also at spaces, which merchants type
    between clauses ("插卡不行 刷磁条可以"). The facts' own split (knowledge.observations)."""
    return split_clauses(text, questions=False)


# Answer ids that name every option at once.
_EVERY = ("every", "all", "both")
CLAUSES = 0.94  # "划磁条的时候出 插芯片倒可以": the option not said to work


# A reply near an answer: a run of this many Chinese characters, or an English word this
# many edits away (a swap of two letters is one: "cabel"), one more from NEAR_LONG letters.
NEAR_RUN = 3
FRAGMENT_CHARS = 2  # "满的", "一格": a fragment of one answer
NEAR_TYPO, NEAR_LONG = 1, 8


# Label words too general to tell answers apart in a reply ("Only one or two bars").
_LABEL_STOP = frozenset("only just still over soon wrong cant times during itself sign "
                        "yes none every".split())


def _find_unit(key: str, unit: str) -> int:
    """Where a label unit stands in a prepared reply (an English stem at a word start), or -1."""
    if not unit.isascii():
        return key.find(unit)
    match = re.search(rf"\b{re.escape(unit)}", key)
    return match.start() if match else -1


def _runs(key: str, units: dict[str, bool]):
    """(start, unit) of each run of a reply's echoed units; consecutive Chinese characters
    ("欠费") are one run, judged by what stands before its first character."""
    last_end = -2
    for start, unit in _question_units(key):
        if unit not in units:
            continue
        if not unit.isascii() and start == last_end:
            last_end = start + 1
            continue
        last_end = start + len(unit) if not unit.isascii() else -2
        yield start, unit


PREDICATE_GAP = 2  # Chinese characters between a fact and how it is ("隔壁店也 刷 不了")
# Words between a stated fact and how it is ("the wifi is totally fine").
_PREDICATE_FILLER = frozenset("is s are was still all really totally perfectly completely "
                              "absolutely working".split())


class SoundRepair:
    """Some merchants type the pinyin itself when the input method gets in the way: inside
    Chinese ("wangluo今天有点慢") a word is read as the phrase pairs it sounds like, where its
    syllables, two by two, all sound like character pairs of the phrases the dialog reads; a
    reply typed wholly in pinyin ("haishi buxing", "keyi le", "bu qingchu") is written out as
    the phrases the dialog reads that it sounds like, syllable run by syllable run (so every
    phrase in readings.yaml, the answers and the observations is also known by its sound).
    (Sound-alike wrong characters, "网落" for 网络, are not mended here: inside a message they
    are mostly two right words meeting — 钱 read as 前, 好似 as 好使 — and the recogniser
    weighs them by sound already.)"""

    def __init__(self, phrases: set[str]):
        counts: dict[str, int] = {}
        chars: dict[str, int] = {}
        for phrase in phrases:
            for run in _HAN_RUN.findall(phrase):
                for ch in run:
                    chars[ch] = chars.get(ch, 0) + 1
                for i in range(len(run) - 1):
                    counts[run[i:i + 2]] = counts.get(run[i:i + 2], 0) + 1
        self.by_sound: dict[tuple[str, str], str] = {}
        for pair in sorted(counts, key=counts.get, reverse=True):
            if pair[0] in _STOP_HAN or pair[1] in _STOP_HAN:
                continue
            for a in readings(pair[0]):
                for b in readings(pair[1]):
                    self.by_sound.setdefault((a, b), pair)
        # Whole phrases by their syllables (each character's readings, a few spellings per
        # phrase), and single characters by their first reading, the commonest first.
        self.phrase_of: dict[tuple[str, ...], str] = {}
        for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
            if _HAN_ONLY.fullmatch(phrase) and 2 <= len(phrase) <= PINYIN_PHRASE_MAX:
                for sound in _spellings(phrase):
                    self.phrase_of.setdefault(sound, phrase)
        self.char_of: dict[str, str] = {}
        for ch in sorted(chars, key=chars.get, reverse=True):
            for sound in readings(ch)[:1]:
                self.char_of.setdefault(sound, ch)
        self.longest = max(map(len, self.phrase_of), default=0)
        # Latin words of the phrases ("wifi", "sim"), kept as they are inside a pinyin reply.
        self.latin = frozenset(w for p in phrases for w in re.findall(r"[a-z0-9]+", p))

    def repair(self, text: str) -> str:
        if not _HAN_RUN.search(text):
            return self.transcribe(text) or text
        return _LATIN_WORD.sub(self._pinyin_word, text)

    def transcribe(self, text: str) -> str | None:
        """A reply typed wholly in pinyin, written in the dialog's phrases: "haishi buxing" ->
        还是不行. None when a word is not pinyin, or the phrases cover too little of it (an
        English reply whose words happen to split into syllables: "china", "hang")."""
        words = text.split()
        if not words or len(words) > PINYIN_REPLY_WORDS:
            return None
        runs: list[list[str]] = [[]]  # syllable runs, between words kept as they are
        kept: list[str] = []
        for word in words:
            # An English word the phrases know, of two syllables or more ("sale" is no 撒了,
            # "same" no 萨么), stays English; a short one may be pinyin ("mei you").
            english = word in _ENGLISH_SHORT or (word in self.latin and len(word) >= 4)
            syllables = None if english else split_syllables(word)
            if syllables:
                runs[-1] += syllables
            elif word.isdigit() or word in self.latin:  # "haishi 0020000", "bushi wifi"
                kept.append(word)
                runs.append([])
            else:
                return None
        if sum(map(len, runs)) < 2:
            return None
        written = [self._write(run) for run in runs]
        if any(w is None for w in written):
            return None
        out = written[0]
        for word, run in zip(kept, written[1:]):
            out += f" {word} {run}"
        return out.strip()

    def _write(self, sounds: list[str]) -> str | None:
        if not sounds:
            return ""
        # Fewest pieces over the syllables: phrases where they fit, single characters between.
        best: list[tuple[int, int, list[str]] | None] = [None] * (len(sounds) + 1)
        best[0] = (0, 0, [])
        for i in range(len(sounds)):
            if best[i] is None:
                continue
            pieces, covered, out = best[i]
            steps = [(n, self.phrase_of.get(tuple(sounds[i:i + n]))) for n in
                     range(min(self.longest, len(sounds) - i), 1, -1)]
            steps.append((1, self.char_of.get(sounds[i])))
            for n, written in steps:
                if written is None:
                    continue
                score = (pieces + 1, covered + (n if n > 1 else 0), out + [written])
                here = best[i + n]
                if here is None or (score[0], -score[1]) < (here[0], -here[1]):
                    best[i + n] = score
        done = best[len(sounds)]
        if done is None or done[1] < PINYIN_COVERED * len(sounds):
            return None
        return "".join(done[2])

    def _pinyin_word(self, match: re.Match) -> str:
        """"wangluo" -> 网络 when its syllables, two by two, sound like phrase pairs."""
        syllables = split_syllables(match.group())
        if not syllables or len(syllables) % 2:
            return match.group()
        pairs = [self.by_sound.get((syllables[i], syllables[i + 1]))
                 for i in range(0, len(syllables), 2)]
        return "".join(pairs) if all(pairs) else match.group()


# A reply typed in pinyin is short; phrases up to this many characters are known by sound.
PINYIN_REPLY_WORDS = 8
PINYIN_PHRASE_MAX = 6
# At least this share of its syllables must fall in phrases (not single characters).
PINYIN_COVERED = 0.6
# Short English words that split into syllables ("he", "man"): never read as pinyin alone.
_ENGLISH_SHORT = frozenset("a an he me man men can ban pin fan long hang sun die tan pan bin "
                           "gang ken ran yes no".split())
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _spellings(phrase: str, limit: int = 8) -> list[tuple[str, ...]]:
    """The syllables a phrase may be typed as: each character's readings, at most `limit`."""
    out: list[tuple[str, ...]] = [()]
    for ch in phrase:
        options = readings(ch)
        if not options:
            return []
        out = [s + (r,) for s in out for r in options][:limit]
    return out


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A Latin word standing in Chinese text (not inside English): a pinyin candidate.
_LATIN_WORD = re.compile(r"(?<![a-z ])[a-z]{4,}(?![a-z])|(?<![a-z])[a-z]{4,}(?![a-z ])")


def _only_question_marks(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.strip("?？ .。!！")


def _inflected(phrases: list[str]) -> list[str]:
    """Single English words with their usual endings ("print": prints, printed, printing),
    so a list of tone words need not spell them all."""
    out = list(phrases)
    for word in phrases:
        if word.isascii() and word.isalpha() and " " not in word and len(word) >= 3:
            base = word[:-1] if word.endswith("e") else word
            out += [word + "s", base + "ed", base + "ing"]
    return list(dict.fromkeys(out))


def _short(key: str) -> bool:
    """A reply short enough that its leading yes / no is its whole point."""
    return len(key) <= SHORT_REPLY or (key.isascii() and len(key.split()) <= 2)


def _specific(label: str) -> bool:
    """A button label specific enough to be found inside a message ("所有卡都不行", "Every
    way"), unlike "有", "都正常" or "Yes"."""
    key = fuzzy_key(label)
    return len(key.split()) >= 2 if key.isascii() else len(key) >= 4


def _resolve_negation(question, reading: Reading) -> Reading:
    if reading.kind != "answer" or not str(reading.value).startswith("!"):
        return reading
    others = [a.id for a in question.answers if a.id != reading.value[1:]]
    if len(others) == 1:
        return Reading("answer", reading.score, others[0])
    return reading


def near_tie(readings: list[Reading]) -> list[Reading]:
    """The answers to confirm with buttons: distinct answers as likely as the best one."""
    answers = [r for r in readings if r.kind == "answer"]
    if len(answers) < 2 or answers[0].score - answers[1].score >= TIE:
        return []
    return [r for r in answers if answers[0].score - r.score < TIE]
