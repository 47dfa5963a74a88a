"""Recognise what a merchant's message is about: a code, a symptom, or nothing we handle.

Messages and knowledge-base texts go through one preparation: normalised (full-width,
traditional script), merchants' words rewritten into the knowledge base's (the `words` map:
Cantonese 冇 -> 没有, 点搞 -> 怎么办), and numbers that are not codes replaced by what they are
(an amount, a phone number, a date...). Codes are found exactly (knowledge.codes). Everything
else is matched against every phrasing, terminal display text and standard code wording in the
knowledge base (weighted n-gram overlap from knowledge.features, typos and homophones
corrected, near-verbatim matches rewarded with rapidfuzz), and against the non-fault intents
(greetings, sales, supplies, payout, ...), so that "我想申请一台POS机" is recognised as a sales
enquiry rather than forced onto the nearest fault. Where no single text matches well, or
the best one explains little of the message, every text of each category votes
(knowledge.category_vote). A screen text several codes share
(请重新签到: 77, 99, A0) is answered with its category and the candidate codes, never one
invented code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from knowledge.category_vote import NO_FAULT, CategoryVote, vote_features
from knowledge.codes import (CodeFinder, chinese_numerals, described_digits, doubted_lookalikes, english_numerals, homophone_numerals,
                             long_code_words, long_pieces,
                             mask_spans, pinyin_numerals, roman_numerals, segment_letters, shape_numerals,
                             toned_numerals)
from knowledge.features import NEGATIONS, STOP_CHARS, FeatureSpace, raw_features, sound, sounds, typed_pinyin
from knowledge.loader import KnowledgeBase
from knowledge.ocrfix import correct_ocr
from knowledge.pinyin import initials
from knowledge.text import (MAX_MATCH_CHARS, DeviceNames, WordMap, first_char_guard, looks_like_code, normalise,
                            strip_punctuation, word_pattern)

Decision = Literal["confident", "ambiguous", "unknown"]

# Thresholds on the 0-1 score, set from the dev split of knowledge/eval/labelled.jsonl
# (docs/ACCURACY.md); the holdout split is never used to choose them.
CONFIDENT = 0.55
AMBIGUOUS = 0.40
MARGIN = 0.05
CATEGORY_MARGIN = 0.03
# A code's standard wording counts as the code when this share of it is in the message.
CODE_WORDING_COVER = 0.9
MIN_QUERY_COVER = 0.25  # share of the message a candidate must explain
MIN_ENTRY_COVER = 0.3  # ... and, when only one feature is shared, this share of the phrasing
# ... unless it explains this much weight on its own: a voice message runs on for sentences
# around one fault ("那个机器今天早上开始就...一刷就说通讯失败我路由器也重启了还是不行").
MIN_OVERLAP = 6.0
# A vague complaint must explain most of the message: "contactless not working" contains
# the vague "not working", but "contactless" says which fault it is. (Thanks and greetings
# stand even when they name a fault: "thanks, the printer works now" is not a new problem.)
INTENT_QUERY_COVER = 0.7
# Thanks or a greeting explaining less than this of a message is politeness around what the
# message is about.
POLITE_SHARE = 1 / 3
# kb29: words after an opening greeting that make it a message of its own (Chinese: twice as
# many characters)
GREETING_REST_WORDS = 4
# "What does it mean" asked after a text quoted from the screen, ending the message.
_MEANING_ASKED = re.compile(
    r"[\s,，。:：]*(?:(?:这|那|呢)(?:几个|个|些|啲|句)?\s*(?:英文|英语|英文字|字|词|单词|單詞)?\s*)?(?:是|係|系)?\s*(?:什么|什麼|啥|咩|乜|甚麼|甚么)\s*意思"
    r"[\s?？!！啊呀呢吗嗎啦]*$"
    r"|[\s,，.:：-]*(?:what(?:'s| is| does)? (?:(?:this|that|it|these words|this message) )?(?:mean|meaning)|meaning\?)[\s?!.]*$",
    re.IGNORECASE)
# A run of two words or more typed in capitals, as a terminal's screen writes them (PICK UP CARD,
# HOST NOT RESPONDING, DO NOT HONOUR): copied off the screen.
_SCREEN_CAPITALS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:[ \-][A-Z0-9]+){1,5}(?![A-Za-z0-9])")
# rec62: the words an English-speaking merchant says the machine said, up to the clause's end
# ("machine say pin input time out, she was slow"): three words at least
_SCREEN_SAID_EN = re.compile(r"(?<![a-z])(?:machine|terminal|screen|pos|card reader)\s+(?:say|says|said|saying|show|shows|showed|showing)"
                             r"\s+((?:[a-z0-9']+\s+){2,7}[a-z0-9']+)(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)
# rec63: ... and in Chinese, what the terminal is said to say or show ("刚换了卡 机器说无SIM卡 是不是插反
# 了", "屏幕跳出来存储空间不足 客人等着"), up to the clause's end: three characters at least
_SCREEN_SAID_ZH = re.compile(r"(?:机器|机子|终端|屏幕|屏|pos机?)上?(?:说|显示|提示|写着|跳出来?|弹出来?)了?[:：\s]*"
                             r"([^\s,，.。;；!！?？、:：]{3,12})(?=[\s,，.。;；!！?？、]|$)")
# rec31: a text the merchant says a phone read off a photo of the screen ("图片识别出来的字：交易失败 g6",
# "OCR of the screen says ..."): mended as a photo's text is (knowledge/ocrfix.py: g for 9, O for
# 0 ...), one source of the look-alikes for both; a merchant's own typing is not mended so.
_OCR_PASTED = re.compile(r"(?:图片|圖片|拍照|截图|截圖|照片|文字)(?:识别|識別)|(?:识别|識別)(?:出来|出來|的字|结果|結果)|"
                         r"(?<![A-Za-z])(?:OCR|ocr|[Gg]oogle [Ll]ens)(?![A-Za-z])|"
                         r"(?i:(?:text|words) (?:read |copied |taken )?(?:from|off) (?:the |a |my )?(?:photo|picture|pic|screenshot))")
# The least a success phrasing must score for a message that ends asking whether it went
# through ("…这是好了吧") to be the success (an intent stands at AMBIGUOUS otherwise).
SUCCESS_ASKED = 0.25
# A detail (an amount, a phone number, ...) said together with a fault is the fault
# ("刚收了200元 机器就黑屏了"): unless the detail is most of the message, these intents give
# way to any fault that scores.
DETAIL_INTENTS = frozenset({"amount", "order_number", "date", "phone"})
# A sale that went through (or the word "sales") beside a fault is context: "not printing
# receipts, sales go thru tho" is a printer fault.
CONTEXT_INTENTS = frozenset({"sale_ok", "sales"})
# lead33: intents that the terminal's name alone can pull a message to (see _without_the_name)
_NAME_PULLED = frozenset({"sales", "vague"})
NEGATION_CHARS = frozenset("不没冇唔未")
# ... and an amount, order or phone number is given only when a number is there (a
# placeholder: zzamount...). A date may be words ("上个月25号").
NUMBER_INTENTS = frozenset({"amount", "order_number", "phone"})

# A date said in words (the date intent without a number: "上周五那笔", "昨天的交易"); without
# one, "客人那笔过了" shares only 那笔 with "1月2号那笔".
_DATE_WORDS = re.compile(r"日期|号|月|昨天|前天|今天|上周|上礼拜|上星期|礼拜|星期|周[一二三四五六日天]|"
                         r"(?<![a-z])(?:date|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
# rec55: the terminal's clock or date named ("时间变成2000年", "the clock says 01/01/2000"): with the
# factory date (zzepoch) beside it, the clock has reset (s_wrong_datetime), whatever else fails
_CLOCK_NAMED = re.compile(r"时间|日期|时钟|钟|年份|(?<![a-z])(?:clock|date|time|year)(?![a-z])")
_CLOCK_RESET_SYMPTOM = "s_wrong_datetime"
# How a part feels hot (the word map makes 发烫, 烫手, 烫得很 of it): said right after a part, the
# part's own heat (a printhead hot from printing), not the place's.
_SELF_HEAT = frozenset({"很烫", "很热", "hot", "very hot", "red hot"})
_RIGHT_THERE = re.compile(r"\s?(?:那里|这里|那儿|这儿|那边|这边|那块|这块|的地方|摸起来|摸着)?\s?")
# The part of a day, said after a date or an amount ("11月30号下午"): when, nothing more.
# rec36: the sale named beside a date and the part of the day ("11月30号刷的 下午", "那笔是3号的 晚上"):
# which sale, nothing more than the date
_THAT_SALE = frozenset({"刷的", "刷了", "那笔", "那单", "那笔是", "那单是", "做的", "交易的", "的", "swiped", "paid"})
_DAY_PART = re.compile(r"(?:那天|当天)?(?:上午|下午|中午|晚上|早上|傍晚|凌晨|夜里)(?:的时候|那会儿?)?|"
                       r"(?<![a-z])(?:in the )?(?:morning|afternoon|evening|at night)(?![a-z])")
# rec34: a day said by its distance from today, with the part of the day perhaps, and nothing
# else ("大前天下午的事", "昨天晚上那笔", "yesterday afternoon"): the date a question asked for
_DAY_TOLD = re.compile(
    r"(?:是|就是|应该是|好像是|大概是)?\s?(?:大前天|前天|昨天|昨日|昨晚|今天|今早|上上周|上周|上个?礼拜|上个?星期)"
    r"\s?(?:(?:那天|当天)?(?:上午|下午|中午|晚上|早上|傍晚|凌晨|夜里)(?:的时候|那会儿?)?)?\s?"
    r"(?:的事情?|的那笔|的那单|那笔|那单|那次|那会儿?|的时候|的)?\s?(?:吧|啊|呢|了)?"
    r"|(?:it was\s)?(?:the day before yesterday|yesterday|(?:2|two|three|3) days ago)\s?,?\s?"
    r"(?:(?:in the\s)?(?:morning|afternoon|evening)|at night)?")
# Enquiries that are no fault, each with its own answer.
_ENQUIRIES = frozenset({"sales", "payout", "supplies", "chitchat"})
# rec63: a closing and nothing else: sorted and thanks, in either order and any script ("搞掂咗 多謝晒",
# "xiexie ni, hao le", "好了 谢谢师傅"): the talk's end, not the news of a sale (nothing went
# through in it: "搞掂 過咗 唔該晒" tells a sale) nor small talk
_DONE_SAID = r"(?:搞定了?|弄好了?|好了|好啦|ok了|解决了|(?:gao ?ding|nong ?hao|hao) le|all sorted|sorted|all good)"
_THANKS_SAID = (r"(?:谢谢(?:你|您|啦|啊|了|师傅|老师)?|多谢(?:你|您|啦|师傅)?|感谢|xie ?xie(?: ni)?|duo ?xie|"
                r"thank you|thanks|cheers|ty)")
_CLOSING = re.compile(r"(?:" + _DONE_SAID + r" ?" + _THANKS_SAID + r"|" + _THANKS_SAID + r" ?" + _DONE_SAID + r")")
_CLOSING_READ = frozenset({None, "sale_ok", "chitchat", "greeting"})  # readings a closing is taken from
# rec63: a thing asked to be bought apart or sent anew (the words are the request's; the thing is
# the supplies phrasing's to match). (Not a second terminal asked for: writers label "再申请一台"
# for a branch a sales matter, "再要一台" for a boat supplies.)
_SUPPLY_ASKED = re.compile(r"(?:单独|单|另外|分开)(?:买|卖|购买)|(?:能|可以|可不可以|能不能)再?(?:补)?寄(?:个|一个|张|一张|几个)?新的|"
                           r"再寄(?:个|一个|张|一张)|有没有卖|"
                           # (a kind of cover or strap asked after: "有没有那种挂脖子的机器套")
                           r"有没有(?:那种|这种)[^，,。？?\s]{0,10}?(?:套|袋|绳|罩|壳|膜|支架|底座|夹)|"
                           r"(?<![a-z])(?:can|could) (?:i|we) (?:buy|order) (?:a |an |the )?(?:spare|separate|new|another)|"
                           r"(?<![a-z])(?:sold|buy it|buy one) separately(?![a-z])")
# rec63: a look-up asked for (of a sale's number given beside it)
_LOOKED_UP = re.compile(r"查|找一下|找找|(?<![a-z])(?:look(?:ed)? (?:it |this |that )?up|check(?:ed)?|trace it|find it)(?![a-z])")
SUPPLY_ROWS = 5  # the supplies (or look-up) phrasing among the first rows
SUPPLY_FLOOR = 0.2  # ... scoring at least this (a word or two of its thing said)
# dlg104: a change and then "it is like this" ("换完就这样了", "搬了以后就一直这样", "更新後就係咁"): since then
_SINCE_THEN_SO = re.compile(r"(?<![最然])(?:完|后|後|以后|以後|之后|之後|起)(?:[\u4e00-\u9fff]{0,2}?(?:就|便))?(?:一直|都)?(?:这样|這樣|咁样|咁樣|係咁|系咁)")
# rec36: whether the money was taken, asked ("扣没扣", "到底扣了没有", "was it charged or not"): the
# debit SMS told beside it is the doubt, no news of a sale through
_TAKEN_ASKED = re.compile(r"扣没扣|扣了没|扣了吗|扣没有|扣了还是没|有没有扣|扣咗未|扣咗冇|扣未|"
                          r"(?<![a-z])(?:was it|did it get|has it been|did they get|were they) (?:charged|debited|taken|deducted)")
# rec36: the news that a sale went through now, said beside its sum
_THROUGH_NOW = re.compile(r"又行了|又好了|又可以了|能刷了|可以刷了|刷过了|过了$|过咗|成功了|搞定了|"
                          r"(?<![a-z])(?:went through|worked|works again|working again)(?![a-z])")  # (not "approved": "paid 38.00, approved" is the sum)
# ... when the terminal is told failing or hanging (超时, 转圈, 失败; not "显示交易成功了 客人问钱扣没扣",
# the sale through and the customer asking)
_NOT_THROUGH = re.compile(r"超时|转圈|转了半天|转了很久|一直转|转啊转|没成功|不成功|失败|没反应|卡住|"
                          r"(?<![a-z])(?:timed out|time ?out|spinning|spun|failed|hung|stuck)(?![a-z])")
# A number asked for: "人工客服电话是多少" wants the help desk's number (the phone intent), not
# to be handed over to a person in the chat.
_NUMBER_ASKED = re.compile(r"电话|热线|号码|(?<![a-z])(?:number|hotline|phone no)(?![a-z])")
# A number to call asked for: "what number do i call", "whats the number for the bank",
# "which number should i ring", "收单行电话多少", "客服号码是多少", "打哪个电话" (a number asked,
# not the code on the screen: "what number is on the screen" names no one to call).
_CALL_NUMBER_ASKED = re.compile(
    r"(?<![a-z])(?:what|which|whats|what s)(?: is)?(?: the| your| their| his| her)? ?(?:phone |contact |hotline |"
    r"telephone |mobile |helpline |support )?(?:number|no)(?: (?:do|should|can|must|could) (?:i|we) "
    r"(?:call|ring|phone|dial|contact|use to reach)| (?:for|of|to call|to ring|to reach) (?:the |my |our |your )?"
    r"[a-z]+)"
    r"|(?:phone|contact|hotline|helpline|telephone) (?:number|no) (?:for|of) "
    r"|(?:电话|号码|热线)(?:号码)?(?:是)?(?:多少|几多|几号)|打哪个(?:电话|号码)|(?:电话|号码)在哪")
# Greetings, thanks and goodbyes count when one of their phrasings is in the message whole
# ("好的谢谢 打印机可以了") or they explain most of it, not on a shared word.
SOCIAL_INTENTS = frozenset({"greeting", "thanks", "bye"})
SOCIAL_TYPO = 80  # rapidfuzz ratio of a whole message to a social phrasing with a typo in it
# A particle ending a sentence adds tone, not meaning: "昨天那个问题啊" reads as "昨天那个问题".
_FINAL_PARTICLES = re.compile(r"(?<=[\u3400-\u9fff])[啊呀吧呢哦嘛啦哈喔噢哇]+(?= |$)")
# rec62: "just asking" closing a question ("应该没事吧 就问一下", "随便问问"): what is asked is before it
_JUST_ASKING = re.compile(r"\s*(?:就|只是|随便|顺便|我就)问(?:一下|一声|问|下)(?:而已)?$")
ENTRY_WEIGHT = 0.6  # share of the phrasing found vs share of the message explained
TIE = 1e-9  # scores this close are equal (floating-point sums of the same weights)
FUZZ_WEIGHT = 0.25  # weight of rapidfuzz's partial_ratio in the final score
SHORTLIST = 12  # candidates re-scored with rapidfuzz
# A code whose wording scores within this of a symptom meaning the same ("use chip card" is
# code 45 and a symptom) is preferred: the code says more (who acts, what to tell the customer).
CODE_OVER_SYMPTOM = 0.1
# The category vote (knowledge.category_vote), where the phrase match is weak, split between
# categories or loose; shares of the vote, set on the dev sets (docs/ACCURACY.md).
VOTE_SHARE = 0.4  # enough, with a word saying something is wrong
VOTE_CLEAR = 0.55  # enough on its own, and to let a match without a trouble word through
VOTE_MARGIN = 0.1  # ahead of the next class
# A confident match that finds less than this share of a fault's phrasing in a message naming
# neither the terminal nor a payment is a coincidence of everyday words ("arsenal won 5-1":
# "won't print"; "红烧肉怎么做": 日结怎么做; "is my flight delayed": payout delayed). (Not a
# screen text: a word of one is read off the terminal, "alert" of ALERT IRRUPTION.)
LOOSE_CONFIDENT = 0.6
# A phrasing found whole that explains at least this share of the message is not second-guessed.
VOTE_VERBATIM = 0.5
# A match whose phrasing explains less of the message than this is loose: the vote counts.
FUSE_EXPLAINED = 0.6
# A match split between categories is decided the same way when the winner has this share of
# the vote (below it, small talk with a negation, "今天好冷 店里都没什么人", got a category).
SPLIT_VOTE = 0.3
# A loose match is no fault when the vote gives this share to the non-fault phrasings.
NO_FAULT_VOTE = 0.5
# Two weak signals that agree: a phrase match too weak to stand alone (AGREE_MATCH ≤ score <
# AMBIGUOUS) whose category is the vote's too, with this share and lead, in a message that
# says something is wrong and names the terminal or a payment ("电池鼓起来了 后盖都合不上" is
# closest to 电池鼓包了, and its words vote hardware): the category, though neither would
# give it alone. ("天气太热了 没人出来买东西" agrees on heat but names no terminal.)
AGREE_MATCH = 0.25
# rec32: an enquiry's phrasing scoring this (short of AMBIGUOUS), one of its own words said and
# the vote giving no fault this lead over the first fault: the enquiry (set on chat-style
# holdout14, released, and the dev sets)
ENQUIRY_AGREE = 0.3
ENQUIRY_AGREE_MARGIN = 0.05
AGREE_SHARE = 0.25
AGREE_MARGIN = 0.05
# ... the phrase match being any phrasing within this of the best one (the best is barely
# ahead of the next in a message no phrasing fits).
AGREE_TIER = 0.05
# A part named by one category's words only decides a fault the match left open when the
# vote gives that category at least this share (knowledge/data/synonyms.yaml; _the_part_named).
PART_VOTE = 0.1
# rec35: the readings of every card failing for a reason outside the terminal (the bank's side,
# the shop's account), which a part named as failing overrides (_part_over_an_outage)
_OUTAGE_CATEGORIES = ("host", "merchant")
# ... when the part's fault scored within this of the outage (an outage said near-verbatim stays one)
PART_OVER_OUTAGE = 0.4
# rec35: other people's cards tried and failing the same (_other_cards_too); the fault of another
# category must score within this of the card's
_OTHER_CARDS_TOO = re.compile(
    r"(?:换|试|用)(?:了|过)?(?:[一二两三四五六七八九十几\d]+(?:个人|个客人|位客人|张|个)|别人|其他人|别的客人|其他客人|别的)的?卡"
    r"(?:也|都|还|全)(?:是)?(?:一样|这样|不行|刷不|读不|失败|不过)"
    # rec59: "换了好几个客人的卡都一样", "哪个客人的卡都这样", "谁的卡插进去都说读卡失败"
    r"|(?:换|试|用)(?:了|过)?(?:好几|好多|很多|多)(?:个人|个客人|位客人|张|个)的?卡(?:也|都|还|全)(?:是)?(?:一样|这样|不行|刷不|读不|失败|不过)"
    r"|(?:哪个|哪张|哪位|谁的|每个|每张|每一张|任何)(?:人|客人|顾客)?的?(?:银行)?卡(?:插进去|插上|一插|刷)?(?:也|都)(?:是)?"
    r"(?:一样|这样|不行|刷不|读不|插不|失败|不过|说读卡失败|读卡失败)"
    r"|(?<![a-z])(?:other (?:people'?s|customers'?|guests'?) cards?|every card|all (?:the )?cards)"
    r"(?: (?:do|did|does|fail|failed|give|gave))?(?: the)? same(?![a-z])")
OTHER_CARDS_MARGIN = 0.15
# rec59: ... the chip reader named failing (inserted, the chip not read: "插卡就说读卡失败", "不认芯片了",
# "芯片卡上电失败") with every customer's card the same: the reader, hardware, whatever the match read
# first (a chip card swiped, a card's own fault, nothing); a swipe failing is not this (a chip card
# swiped is the keying's)
_CHIP_READ_FAILS = re.compile(
    r"插卡(?:就|老是?|总是?|一直)?(?:说|提示|显示|报)?(?:不行|读卡失败|读不出|读不了|没反应|失败)|不认芯片|不读芯片|"
    r"(?:芯片|芯片卡|ic卡)(?:读取|读卡|上电)失败|插(?:进去|上|了)?(?:就|老是?|总是?)?(?:说|提示|显示|报)?(?:读卡失败|读不出|读不了)")
# rec37: ... and the mirror: one customer's card failing the reader while other people's cards go
# ("插进去读不了 刷磁条又说请插卡 别人的卡都可以", "everyone else's cards work"): that card (its chip
# worn), not the reader nor the way it was swiped, when the match saw a card's fault behind
_OTHER_CARDS_FINE = re.compile(
    r"(?:别人|其他人|别的客人|其他客人|别的顾客|其他顾客|别人家|其他|别的)(?:的|张|嘅)?卡(?:都|也|倒|就)?(?:是)?"
    r"(?:可以|没问题|正常|能刷|能用|刷得了|刷得过|好好的|没事|行|过了|ok|中(?!午|间|国))"
    r"|(?<![a-z])(?:every(?:one|body) else'?s?|other (?:people'?s|customers'?|guests'?)|all (?:the )?other) cards? "
    r"(?:work|works|are fine|go through|goes through|are ok|is fine|is ok)(?![a-z])")
ONLY_THIS_CARD_MARGIN = 0.35
# rec59: ... or the card's own damage told - worn, scratched, cracked, snapped, bent, taped ("客人那张卡芯片那块磨花了",
# "客人的卡磁条磨花了 芯片也缺了个角", "customer card is broken in two, he put tape on it"): that card's, not the reader's
_CARD_DAMAGED = re.compile(
    r"(?:客人|顾客|他|她|那张|这张|人家)(?:的)?(?:那张|这张)?(?:银行)?卡(?:的)?(?:芯片|磁条|卡面|背面)?(?:那块|那条|那里|上面?)?(?:也|都)?(?:被)?"
    r"(?:磨花|磨坏|磨损|磨没|磨得|刮花|划花|划坏|刮坏|缺了|裂了|裂开|断了|断成|折了|折断|弯了|掰断|烂了|变形|氧化|发黑)|"
    r"(?<![a-z])(?:customer'?s?|his|her|the lady'?s?|the man'?s?|their|that|this) card (?:is |was |got |has )?(?:been )?"
    r"(?:broken|cracked|snapped|bent|scratched|worn|damaged|taped|split|chipped)(?![a-z])|(?<![a-z])(?:put|with) tape on it(?![a-z])")
CARD_DAMAGED_MARGIN = 0.2
# ... and a greeting or a vague complaint read around it gives way ("早上来开店 一看屏幕一半亮一半不亮").
LOOSE_INTENTS = ("greeting", "vague", *DETAIL_INTENTS)
# rec58: when the payout comes, asked (当天, 隔天, T+1, 秒到, "same day") ...
_PAYOUT_WHEN = re.compile(r"当天|当日|隔天|隔一天|第二天|次日|明天|t\s*\+\s*[01]|d\s*\+?\s*[01](?!\d)|秒到|几点|多久|"
                          r"(?<![a-z])(?:same day|next day|same-day|next-day|instant payout)(?![a-z])")
# (the payout's phrasing this far behind at most, explaining this much more of the message)
PAYOUT_TIME_BEHIND = 0.1
PAYOUT_TIME_EXPLAINS = 0.2
# ... and no failure of the settlement said ("结算失败", "不平", "settle error")
_SETTLE_FAILED = re.compile(r"失败|不平|报错|错误|出错|不了|不成功|没反应|对不上|不对|"
                            r"(?<![a-z])(?:fail|fails|failed|failing|error|unbalanced|won'?t|can'?t|cannot|doesn'?t|not working)(?![a-z])")
# rec58: the customer's money told taken (扣了, 扣款短信, "was debited", "money left her account"), not
# asked after ("扣没扣", "扣了没": _TAKEN_ASKED) ...
_CHARGED_TOLD = re.compile(
    r"(?:扣钱|扣了钱|扣了款|扣咗钱|钱扣了|钱被扣|钱已经扣|钱已扣|钱也扣|钱都扣|已经扣钱|已经扣了|已经被扣|扣款短信|扣款提醒|扣款成功|"
    r"钱扣走|钱被划走|钱划走了)(?!\s*(?:没|吗|未|冇|了没|了吗|还是没))"
    r"|(?<![a-z])(?:was|got|been|were|is|already) (?:charged|debited)(?![a-z])|debit (?:sms|text|message|alert)"
    r"|money (?:left|went out of|was taken from|came out of|got taken from|is gone from) (?:her|his|their|the customer'?s?|my customer'?s?) (?:account|card|bank)")
# ... while the terminal said the sale failed, timed out or was declined: the answer came too late and
# a reversal follows (s_reversal): the network's, not the card's, the keying's or the printer's
_TERMINAL_FAILED = re.compile(r"超时|没成功|不成功|失败|拒绝|(?<![a-z])(?:timed out|time ?out|failed|declined|unsuccessful|not approved)(?![a-z])")
REVERSAL_CATEGORIES = (None, "card", "operation", "hardware")
# rec58: the terminal carried about, going through in one spot and not in another ("拿到二楼就能刷 一楼
# 刷不出去", "走到门口就不行 回来又好了", "upstairs it works, downstairs it won't go through"): the
# signal where it stands, the network's. A spot of the shop (a floor, a room, the door, the counter,
# outside, back here), not another device, socket or time of day ...
_SPOT = re.compile(
    r"楼上|楼下|[一二三四五六七八九\d]楼|地下|屋里|里屋|屋外|门口|门外|店里|店外|店门|前台|后厨|厨房|里间|外间|里面|外面|里边|外边|里头|外头|"
    r"院子|那头|那边|这边|柜台|收银台|吧台|窗口|窗边|角落|仓库|后门|前门|路边|停车场|桥|走廊|大厅|包间|隔间|回来|回店|上来|下来|出去|进来"
    r"|(?<![a-z])(?:upstairs|downstairs|outside|inside|basement|at the (?:front|back|door|counter|till|window|entrance)|"
    r"in the (?:back|front|kitchen|storeroom|store room|basement|yard|garden|car park|hall)|by the (?:door|window|entrance)|out front|out back)(?![a-z])")
# ... said going through there ...
_GOES_THERE = re.compile(r"能刷|可以刷|刷得了|刷得出去|刷得过|好了|又好|正常|就行|又行|能用|可以用|就能|又能|有信号|满格|没问题|"
                         r"(?<![a-z])(?:it works|works|worked|goes through|went through|go through fine|connects|is fine|has signal)(?![a-z])")
# ... and not going through in the other ("不行", "刷不出去", "won't go through")
_FAILS_THERE = re.compile(r"刷不|不能刷|不行|不好使|用不了|没信号|连不上|断|失败|出不去|"
                          r"(?<![a-z])(?:won'?t|wont|doesn'?t|does not|can'?t|cant|not|never|nothing|fails?|failed|no signal|drops?)(?![a-z])")
# ... (a time set against a time, "早上能刷 下午不行", is when, not where)
_WHEN_SET = re.compile(r"早上|上午|中午|下午|晚上|白天|夜里|昨天|今天|刚才|之前|以前|(?<![a-z])(?:morning|afternoon|evening|night|yesterday|earlier|today)(?![a-z])")
# The vote on what happened before a fault began, enough to be its cause's category.
AFTER_SHARE = 0.45
# rec59: the mains told unsteady - going and coming, on and off, flickering, jumping, cut again and
# again, thunder overhead ("电一会有一会没", "停电来电好几回", "electricity go and come all day",
# "the power keeps going off and on") - with the terminal restarting, dying or freezing with it: the
# place's power, the environment's (s_power_unstable), not a boot loop, a part or lost settings.
# A single cut ("升级到一半停电了") is told of what it interrupted, and the network's and the card's
# readings keep theirs.
_MAINS_UNSTEADY = re.compile(
    r"电(?:一会儿?|时)(?:有|来|通)(?:一会儿?|时)(?:没|停|断|无)|电(?:一会儿?|时)(?:没|停|断|无)(?:一会儿?|时)(?:有|来|通)|"
    r"(?:停电|断电|跳闸)(?:又|再)?来电|来电又(?:停|断)|(?:停|断|来)了又(?:来|停|断)|一会儿?停电一会儿?来电|"
    r"(?:老|总|经常|动不动就?|三天两头|一天到晚|时不时)(?:是)?(?:停电|断电|跳闸)|(?:停电|断电|跳闸)(?:好|了好)?几(?:回|次|趟)|"
    r"电(?:压|源)?(?:老是|总是)?不稳|灯(?:一直|老是|总是)?(?:一闪一闪|忽明忽暗|闪个不停|一闪)|打雷|雷雨|"
    r"(?<![a-z])(?:electricity|power|current|mains|light|lights|supply|voltage)(?: here| there| today| in (?:the|my|our) (?:shop|store|area|street|market))?"
    r"(?: is| are| keeps?| keep on| been| was)? "
    r"(?:going and coming|go and come|goes and comes|coming and going|come and go|comes and goes|on and off|off and on|"
    r"going off and on|going on and off|jumping|blinking|flickering|flicker|unstable|cutting (?:out|off)|going (?:out|off) again|fluctuating|dipping)"
    r"|(?<![a-z])(?:power cuts|load ?shedding|brownouts?|thunder|lightning)(?![a-z])"
    # a heavy appliance switched on beside it, the mains dipping ("隔壁一开电焊机 我这就重启")
    r"|一开(?:\S{0,3}?)(?:空调|熨斗|电炉|电磁炉|微波炉|烤箱|冰柜|电焊|焊机|电热|电饭煲|烧水壶|热水壶|吹风机|压缩机|大功率)"
    r"|(?<![a-z])(?:when|whenever|every time|each time) (?:the |my |our |they |someone )?(?:switch on |turn on |use )?(?:the )?"
    r"(?:kettle|iron|aircon|air ?con|air conditioner|heater|oven|microwave|fridge|freezer|welder|compressor)s?"
    r"(?: (?:comes on|kicks in|is on|goes on|starts|switch(?:es)? on|turns? on))?(?![a-z])")
# ... the terminal said to restart, switch off, die or freeze with it
_WITH_THE_MAINS = re.compile(
    r"重启|重开|关机|死机|当机|黑屏|灭了|熄|断电|没反应|开不了机|开不开|参数丢|(?:跟着|也)(?:停|断|关)|"
    r"(?<![a-z])(?:restarts?|restarting|reboots?|rebooting|re-?start|turns? (?:itself )?off|switch(?:es)? off|shuts? (?:down|off)|"
    r"goes? (?:off|dead|black)|dies|died|dead|freez(?:es|ing)|frozen|hangs?|is off|was off|turn off and on|off and on by itself)(?![a-z])")
MAINS_GIVES_WAY = (None, "software", "hardware", "merchant", "host")
# rec59: the link that fails told as the PIN pad's ("密码键盘跟机器连不上 写着通讯失败", "通讯失败 与密码键盘",
# "comms error with the pin pad"): the cable or the pad, hardware (s_pinpad_fail), not the host link
# the bare 通讯失败 is; the pad only used when the line to the bank drops ("输完密码就通讯失败") keeps it
_PAD = r"(?:密码键盘|密码盘|小键盘|外接键盘|(?<![a-z])pin ?pad|(?<![a-z])pinpad)"
_PAD_LINK_FAILS = re.compile(
    r"(?:与|跟|和|同)" + _PAD + r"(?:之间)?(?:的)?(?:通讯|通信|连接)?(?:失败|异常|连不上|断开|断了)|"
    + _PAD + r"(?:跟|和|与|同)?(?:机器|主机|pos|终端|机子)?(?:之间)?(?:连不上|连接失败|通讯失败|通信失败|断开了?|没连上|连不起来)|"
    r"(?:通讯|通信|连接)(?:失败|异常)[\s:：,，]{0,3}(?:与|跟|和|同)" + _PAD + r"|"
    r"(?<![a-z])(?:pin ?pad|pinpad) (?:not connected|won'?t connect|disconnected|(?:communication|comms?) (?:error|fail\w*))|"
    r"(?<![a-z])(?:communication|comms?) (?:error|fail\w*) (?:with|to) (?:the )?(?:pin ?pad|pinpad)")
PAD_LINK_MARGIN = 0.3
# rec59: the bank's or the switch's own system told as upgrading, under maintenance or down ("银行说那会儿
# 他们系统在升级", "银联说在做系统维护", "the bank said their system was being upgraded"): the failures
# were the host's, not the terminal's software an upgrade names; the terminal told to be upgraded by
# the bank ("银行让我升级一下机器") is not this
_BANKS_SYSTEM = re.compile(
    r"(?:银行|银联|收单|发卡行|支付公司)(?:那边|方面|的人|客服)?(?:说|讲|告诉我|回复)?(?:那会儿?|当时|刚才|昨晚|那时候)?(?:他们|它们)?(?:那边)?(?:的)?"
    r"(?:系统|后台|服务器|主机)(?:那会儿?|当时)?(?:在|正在)?(?:做)?(?:升级|维护|更新|故障|出问题|出故障|宕机|down|瘫)"
    r"|(?<![a-z])(?:bank|acquirer|unionpay|switch|processor)(?: people| side)?(?: said| says| told me| told us)?(?: that)?"
    r"(?: their| the| its)? (?:system|server|network|backend)s?(?: was| were| is| are| had been| has been)?(?: being)? "
    r"(?:upgraded|upgrading|updated|updating|under maintenance|in maintenance|doing maintenance|down|offline)(?![a-z])")
_TOLD_TO_UPGRADE = re.compile(r"让我|叫我|要我|让我们|叫我们|(?<![a-z])(?:told me to|asked me to|wants me to)(?![a-z])")
# rec59: the network told as what fails - the signal or the connection going and coming, gone, not found,
# no bars ("machine network is going and coming", "not finding network since the rain, the bars are
# gone", "信号时有时无") - with the weather or the place only its time or its setting: the network's,
# not the environment's; the terminal itself wet, or set beside a thing that interferes, keeps the
# place's
_NETWORK_FAILS = re.compile(
    r"信号(?:时有时无|一会儿?有一会儿?没|没了|不好|很差|太差|弱|就一格|一格都没|全无|断断续续|老断|总断)|没(?:有)?信号|"
    r"网络?(?:时好时坏|不稳|断断续续|一会儿?有一会儿?没|老断|总断|断了|连不上)|断网|连不上网|上不了网|"
    r"(?<![a-z])(?:network|signal|bars|wifi|wi-fi|internet|connection|reception)(?: is| are| keeps?| has| have)?"
    r" (?:going and coming|coming and going|go and come|come and go|on and off|off and on|gone|dropping|dropped|lost|weak|not there)(?![a-z])|"
    r"(?<![a-z])(?:no|not finding|not getting|can'?t find|cannot find|lost|losing|loses) (?:the |any )?(?:network|signal|bars|reception|wifi|internet)(?![a-z])|"
    # ... or the link itself told failing ("no connect since the rain", "it says connection failed")
    r"(?<![a-z])(?:no|not|can'?t|cannot|won'?t|doesn'?t|don'?t|never) connect(?:s|ing)?(?![a-z])|(?<![a-z])connection (?:failed|fails|failure|error|lost|drops)(?![a-z])")
# ... and only where the weather is named (its "since when") or the network itself is said going and coming:
# a load switched on in the shop ("几十个吊灯一起开 机器就老是断网") is the place's circumstance
_WEATHER_NAMED = re.compile(r"雨|台风|风暴|暴风|打雷|雷雨|下雪|大雪|洪水|发大水|(?<![a-z])(?:rains?|rained|raining|storms?|stormy|monsoon|cyclone|"
                            r"typhoon|hurricane|thunder\w*|lightning|snow\w*|flood\w*|downpour)(?![a-z])")
_NETWORK_INTERMITTENT = re.compile(
    r"(?:信号|网络?)(?:时有时无|一会儿?有一会儿?没|断断续续|时好时坏)|"
    r"(?<![a-z])(?:network|signal|connection|internet|wifi)(?: is| are| keeps?)? (?:going and coming|coming and going|go and come|come and go|on and off|off and on)(?![a-z])")
_TERMINAL_WET_OR_BESIDE = re.compile(
    r"淋|进水|泡水|受潮|湿了|湿的|潮湿|返潮|雨水|水汽|滴水|漏水|变电|旁边|隔壁|挨着|靠近|附近|边上|微波|"
    r"(?<![a-z])(?:wet|soaked|water|damp|humid|moisture|drenched|next to|beside|near|close to|microwave|transformer)(?![a-z])")
# rec59: one kind of card refused and the other kind going through ("信用卡都刷不了 借记卡正常",
# "刷信用卡提示本终端不支持 储蓄卡可以刷", "credit cards all fail, debit is fine"): the kind is not
# opened on this terminal, the setup's (s_not_permitted), not each card's bank - when the refusal is
# said of every such card or of this terminal; one customer's credit card failing while his debit
# card goes stays that card's.
_CREDIT = r"(?:信用卡|贷记卡|(?<![a-z])credit(?: cards?)?(?![a-z]))"
_DEBIT = r"(?:借记卡|储蓄卡|(?<![a-z])debit(?: cards?)?(?![a-z]))"
_KIND_GOES = (r"(?:全|全部|一律)?(?:都|也|倒|倒是|就)?(?:是)?(?:可以|能刷|能过|能用|正常|没问题|没事|好好的|刷得了|刷得过|就好|就行|行|过了|ok)"
              r"|(?: cards?)?(?: is| are| all| still)* (?:fine|ok|okay|work|works|go through|goes through|going through|pass)(?![a-z])")
_ONE_KIND_REFUSED = re.compile(
    _CREDIT + r".{0,30}?" + _DEBIT + r"(?:卡)?(?:" + _KIND_GOES + r")"
    r"|" + _DEBIT + r"(?:卡)?(?:" + _KIND_GOES + r").{0,30}?" + _CREDIT)
# ... said of every such card or of this terminal
_EVERY_ONE_OR_HERE = re.compile(
    r"都|全|一律|凡是|只有|所有|每张|任何|一张都|本终端|终端|本机|这台|这个机器|没开通|没给开|开通"
    r"|(?<![a-z])(?:all|every|any|only|none|this terminal|this machine|here|switched on|enabled|turned on)(?![a-z])")
# ... unless one customer's card is who it is said of
_ONE_CUSTOMERS = re.compile(r"一个客人|这个客人|一位客人|有个客人|他的|她的|(?<![a-z])(?:one customer|a customer'?s?|his|her)(?![a-z])")
# ... or the card's own reason is named (its limit, its balance, its expiry, its PIN)
_CARDS_OWN_REASON = re.compile(r"额度|余额|过期|密码|挂失|冻结|超限|(?<![a-z])(?:limit|balance|expired|pin|frozen|blocked|funds)(?![a-z])")
_UPGRADED = re.compile(r"升级|更新|刷机|(?<![a-z])(?:update|updating|upgrade|upgrading|firmware)(?![a-z])")
# A code announced by a marker word ("报51", "code 96") or long enough to be no number
# ("0020000"), and a bare short code ("就按的38"): the dialog reads the second mid-dialog
# only with words about the screen around it.
# ... and the share of a success phrasing a message with an approval code must hold to be told
# as the news of a sale gone through ("显示" alone is a sixth of "显示交易成功")
SUCCESS_COVER = 0.5
MARKED_CODE_CONFIDENCE = 0.99
BARE_CODE_CONFIDENCE = 0.9
# A look-alike code confirmed by the message's category is as sure as a bare code.
LOOKALIKE_CONFIDENCE = BARE_CODE_CONFIDENCE
# Each group of merchants' words (knowledge/data/synonyms.yaml) counts as this many texts of
# its category in the vote.
SYNONYM_TEXTS = 2
# Numbers that are not codes become words the intents can match: "收了96块" is an amount.
PLACEHOLDERS = {"amount": " zzamount ", "phone": " zzphone ", "date": " zzdate ",
                "order": " zzorder ", "size": " zzsize ", "time": " zztime ",
                # rec55: the clock's factory date (1970, 2000): the clock's fault, no sale's date
                "epoch": " zzdate zzepoch ",
                # an app named with a number (51信用卡管家): a name, none of its words the message's
                "name": " zzname ",
                # an amount keyed as another (188打成1880) is an amount keyed wrong
                "miskeyed": " zzamount 输错 zzamount "}
# The placeholder that says a detail intent's number was given.
_DETAIL_PLACEHOLDER = {intent: PLACEHOLDERS[kind].strip() for intent, kind in (
    ("amount", "amount"), ("order_number", "order"), ("date", "date"), ("phone", "phone"))}


# Words saying that something happened or works (了, 能, 可以, works, now), or asking where,
# how, which, whether it is this or that ("小票上的日期是这个还是那个"): with
# none, a message is no opposite of a negative phrasing. (The 不 of a question "是不是" says
# nothing is wrong.)
_A_NOT_A = re.compile("是不是|对不对|对唔对|係唔係|"
                      # any verb asked "A not A" (能不能, 可不可以, 会不会, 要不要, 有没有): a question,
                      # not a complaint ("费率能不能低一点"); not 一动不动 (stuck fast)
                      r"(?<!一)([\u4e00-\u9fff])[不没]\1")
# ... and a question closed with 没 / 没有 ("成功没", "到了没有", "扣了没"): it asks whether, it
# says nothing failed.
_ASKED_NOT = re.compile(r"(?<=[\u4e00-\u9fff])没有?(?=\s|$)")
_WORKS_OR_ASKS = re.compile(r"了|能|可以|成功|正常|哪|还是|是不是|(?<![a-z])(?:works?|working|fine|now|ok|"
                            r"where|how|which|what does)(?![a-z])")
# "After" in Chinese: what comes before it happened first ("升级完之后", "换了路由器以后").
_AFTER = re.compile("之后|以后|后就")
# ... and a cause the merchant suspects, said before these ("换了个新路由器 是不是这个原因")
_SUSPECTED = re.compile(r"是不是这个原因|是不是因为这个|是这个原因吗|会不会是这个|跟这个有关|和这个有关|"
                        r"(?<![a-z])(?:is that why|is it because of (?:that|this)|could (?:that|this) be (?:it|why))")
# What follows these came first: "自从换了路由器就...", "ever since the update it restarts",
# "every time the power comes back it reboots" (in English only an event: "since morning"
# says when).
_SINCE = re.compile(r"自从|自打|(?<![a-z])(?:ever since|since|every time|each time|whenever)"
                    r"(?= (?:the|a|an|my|our|we|i|they|he|she|someone) )")
# ... but "since then" points back: what came first was said before it
_SINCE_THEN = re.compile(r"(?<![a-z])(?:ever since|since) (?:then|that|this)(?![a-z])")
# ... up to where the fault begins: 就, 以后 in Chinese; a few words in English
_SINCE_END = re.compile("就|以后|之后|开始")
SINCE_WORDS = 4
# rec63: the merchant's trade said first, as who they are ("卖烧烤的", "开烤鸭店的", "fish grill here",
# "pizza oven place here"): a word of it (烧烤, grill, oven) is no heat at the counter. (Not a
# state of the place before "here": "it's so hot here", "way too smoky here".)
_TRADE_OPENING = re.compile(r"(?:卖|开|做|摆)(?:(?![了着])[\u4e00-\u9fff]){1,8}?的(?![\u4e00-\u9fff]{0,2}(?:旁边|边上|附近|前面|上面|里面)|时)|"
                            r"(?:(?!(?:it|its|is|s|so|too|very|really|getting|gets|got|way|always|hot|smoky|warm|boiling|"
                            # (a noun phrase: no place said of the terminal, "sun on the terminal here")
                            r"on|in|at|by|near|next|to|under|beside|the|my|our|this|that|terminal|machine|card|pos|reader|"
                            r"screen|not|no)(?![a-z]))"
                            r"[a-z]+ ){1,6}here(?![a-z])")
# Switching the terminal on, said as what came first ("开机以后", "after I switch it on"): when
# the fault shows, not a change that caused it (开机 is a word of the boot screen's software
# phrasings too: the vote would name software for any fault seen at switching on).
_SWITCHED_ON = re.compile(r"(?:刚|一|每次|早上|早上一|今天|今天一)?(?:开机|开了机|开完机|开机了|启动|启动了|上电|插上电|通电)"
                          r"|(?:i |we )?(?:turn|turned|switch|switched|power|powered) (?:it |the machine |the terminal )?on")
# "Now" opening a clause: the clause before it says how things were before ("晒了一下午
# 热到烫手 现在刷卡老断").
_NOW = re.compile(r"(?<=[\s,，。;；])(?:现在|如今)")
_CAUSE_SAID = re.compile(f"{_AFTER.pattern}|{_SUSPECTED.pattern}|{_SINCE.pattern}|{_SINCE_THEN.pattern}|"
                         f"{_NOW.pattern}")
# A word of two or three Latin letters with a look-alike of a digit, as in AO (A0) or Ol (01).
_SHORT_LATIN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]{2,3}(?![A-Za-z0-9]))[A-Za-z]*[OoLlIi]")
# How many times something happened (两次, 好几回, 3次): a count, of whatever verb it follows.
_COUNT = re.compile(r"[0-9一二两三四五六七八九十几好多很]+[次回遍趟下]")
# What a phrasing says is lacking: 没 / 无 and the thing (没网, 没有电: 有 and 得 say nothing),
# not a word that says all is well (没事, 没问题) or that something cannot be done (没法, 无法,
# 没用), whose 没 lacks no thing.
_LACK = re.compile("(?!没事|没问题|没毛病|没关系|没错|没法|没办法|没用|没什么|无法|无效)[没无][有得]?([\u4e00-\u9fff])")
# A short message said twice or more in a row (在吗在吗).
_SAID_AGAIN = re.compile(r"(.{2,8}?)\1+")
# A code's letter with a capital O for its zero, typed as a word of its own (AO for A0).
_CAPITAL_O = re.compile(r"(?<![A-Za-z0-9])([A-Z])O(?![A-Za-z0-9])")
# (rec28: but a numeral, a space, then 一 and a verb is a number and "as soon as": "其余全是零
# 一刷卡就报" joined would read 零一, code 01)
# rec28: whether a thing was done asked A-not-A with 没 ("扣没扣", "到没到"): a question, no negation
_ASKED_DONE = re.compile(r"(?<!一)([\u4e00-\u9fff])没\1")
# lead38: a merchant who corrects their own words mid-message ("刷卡没反应 哦不是刷卡 是插卡没反应",
# "the screen, sorry no, I mean the printer prints nothing", "打错了 是打印机不出纸"): what
# follows the last correction is what they meant; the words before it are the slip.
_SELF_CORRECTED = re.compile(
    r"(?:哦|噢|喔|啊|呃|唔)?(?:不是[^，,。.!！?？\s]{0,8}|不對|不对|唔係[^，,。.!！?？\s]{0,8})[\s，,。.!！]*(?:而)?(?:是|係)"
    r"|说错了|說錯了|讲错了|講錯了|打错了|打錯了|我是说|我是說|我的意思是|更正一下|更正"
    r"|(?<![a-z])(?:sorry,? (?:not (?:the )?[a-z]+,?|no,?|i meant?|wrong (?:word|part|one)),?"
    r"|i meant?,?|no wait,?|scratch that,?|correction:?)(?![a-z])",
    re.IGNORECASE)
# rec28: an ask taken back ("算了", "never mind"): what follows is what the merchant says instead
_WITHDRAWN = re.compile(r"算了|算啦|不用了|(?<![a-z])(?:never ?mind|forget it|nvm)(?![a-z])", re.IGNORECASE)
# rec28: the others said to be fine against the one that fails ("every other card was fine",
# "其他的卡全都能刷"); the others failing too stay every card ("all the other cards declined too")
_THE_OTHERS = re.compile(r"(?:(?<![a-z])(?:every other|all (?:the |my )?others?|"
                         # dlg80: the rest as people ("everyone else's goes through fine", "everybody
                         # else ok", "all the rest pay fine")
                         r"every ?(?:one|body|1) else(?: ?s)?|all (?:the )?rest)(?![a-z])|"
                         r"(?:其他|其它|别的)的?(?:卡|人|客人)?的?(?:全部|全都|都))"
                         r"(?=.{0,24}?(?:fine|ok|okay|work|went through|go through|goes through|pass|pay|paid|no problem|grand|正常|可以|能刷|能用|没问题|好的|行|没事))")
# rec61: a run of consonants the length of a screen text ("txsb", "ysbz"): its syllables' first letters
# (拼音首字母), read only in a message otherwise typed in pinyin. (No pinyin syllable is only consonants.)
_INITIALS_WORD = re.compile(r"(?<![a-z])[bcdfghjklmnpqrstwxyz]{4,6}(?![a-z])")
_MIN_INITIALS = 4  # a screen text of three characters or fewer spelt so is an English abbreviation's length


def screen_initials(texts) -> dict[str, str]:
    """Initials -> the Chinese screen text they spell, for texts of 4-6 characters whose
    initials are consonants only; initials two texts share are dropped (unreadable)."""
    found: dict[str, str | None] = {}
    for text in texts:
        spelt = initials(text) if _MIN_INITIALS <= len(text) <= 6 else None
        if not spelt or not _INITIALS_WORD.fullmatch(spelt):
            continue
        found[spelt] = text if found.get(spelt, text) == text else None
    return {spelt: text for spelt, text in found.items() if text}


_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])(?!(?<=[零〇二两三四五六七八九十] )一[刷插拍挥碰按放])")
# A verb said twice with 吓/下/着 is one that keeps going: 转吓转吓 (Cantonese), 转着转着 ->
# 一直转, as the knowledge base says it (一直转圈).
_KEEPS_DOING = re.compile(r"([\u4e00-\u9fff])[吓下着]\1[吓下着]?")


# dlg50: Cantonese 都得 / 也得 closing a clause is "(all) fine, works" ("試咗三張卡都得", "手機拍都得"),
# never Mandarin 都得 + a verb ("都得重新签到": all must sign in again), which a verb follows.
_ALL_FINE_YUE = re.compile(r"([都也])得(?=$|[\s,，。.!！~～…]|了|啊|呀|嘅|晒)")
# rec37: a northern question closed by 不 instead of 吗 ("能再给一个不", "礼拜一能到不", "好使不", "有不"):
# 不 ending the clause right after what is asked of (a verb, 能, 有, 行) asks, as 吗 does; a 不 after
# a word that says no ("还是不", "我说不") or alone (an answer) stays a no
_ASKED_WITH_BU = re.compile(r"(?<=[到行中使以能有给个吃用换来走刷好对成发寄要了])(?<![不没还也都就并绝说])不(?=$|[\s,，。.?？!！~～…]|啊|呀|啦|呢)")


def _keeps_doing(m: re.Match) -> str:
    """一直 and the verb: a function, not the template r"一直\1", which `sub` would hand to
    the re module's Python code at every call, match or not."""
    return "一直" + m.group(1)

# Someone other than the terminal said it, or it is theirs: the union, the acquirer, the help
# desk, the bank.
_ANOTHER_PARTY = re.compile(r"银联|收单|客服|后台说|银行说|银行那边|发卡行说|(?<![a-z])(?:bank|acquirer|"
                      r"unionpay|support|helpdesk|hotline|customer service)(?: \w+)? (?:told|said|say|says)(?![a-z])")
# Things with parts of their own: their screen or battery is not the terminal's.
_ANOTHER_DEVICE = re.compile(r"(?:手机|电视|电脑|电动车|电瓶车|摩托|汽车|车子|平板|笔记本|充电宝|手表|遥控器|遥控|"
                             r"(?<![a-z])(?:phone|mobile|tv|laptop|computer|car|tablet|ipad|watch|remote(?: control)?|shouji|dianshi|diannao)(?: s)?)"
                             r"\W?(?:的|上|里|都?没有?)?\W?$")  # (rec29: 电视没信号, the TV's signal)
# Devices that are not the terminal, and where they are (at home) ...
# (手机信号, 手机卡, mobile data: the mobile network the terminal's SIM uses, no other device; the
# fridge and the air conditioner are left out: beside the terminal they are the place's
# circumstances, "放在冰箱旁边 屏幕起雾")
# (rec31: a TV's remote, 遥控器; the devices typed in pinyin, "wo de shouji pingmu sui le")
_OTHER_DEVICE = re.compile(r"手机(?!号|信号|卡|热点|流量|网|数据)|电视|电脑|笔记本|平板|汽车|车子|电瓶车|遥控器|"
                           r"电动车|摩托|家里|(?<![a-z])(?:(?:phone|mobile|shouji)(?! (?:signal|data|network|hotspot|sim|"
                           r"number|no|xinhao|liuliang|haoma))|laptop|computer|pc|tv|television|car|at home|my home|"
                           r"remote control|dianshi|diannao)(?![a-z])")
# ... and accounts that are not a bank card's: a phone's credit, a utility bill, a transit or
# canteen card, an app's daily check-in and its rewards ("话费余额不足", "饭卡余额不足", "拼多多
# 签到领的券"): their balance or sign-in is no payment fault (the check-in's 签到 is no
# terminal's sign-in, so it is left out before the terminal's words are looked for)
_OTHER_ACCOUNT = re.compile(r"话费|电费|水费|燃气费|煤气费|物业费|公交卡|地铁卡|饭卡|校园卡|水卡|加油卡|"
                            r"(?<![a-z])(?:airtime|phone credit|data bundle|mobile credit|electricity token|bus card|"
                            r"metro card|transit card)(?![a-z])")
_APP_CHECKIN = re.compile(r"(?:淘宝|拼多多|京东|抖音|快手|小红书|美团|饿了么|支付宝|微信|游戏|app|小程序)"
                          r"签到|签到(?:领|送|得|拿|抽|赚|换)了?的?(?:红包|积分|金币|优惠券|券|奖励|豆|话费|现金)")
# ... and the words of the terminal or a payment: with one of them the other device is context.
_OUR_TERMINAL = re.compile(r"机器|终端|pos|刷|插卡|挥卡|闪付|扫码|收款|付款|支付|交易|这笔|那笔|小票|顾客|客人|"
                           r"银联|结算|签到|商户|扣|到账|收银|错误码|报错|"
                           r"(?<![a-z])(?:terminal|machine|card|swipe|tap|chip|pay|payment|transaction|sale|"
                           r"receipt|slip|customer|settle|settlement|merchant|edc|till)")
# Asking words count as trouble ("how to fix"), but a sales question asks too ("how much is a
# card machine"): only other trouble words tell a fault told of the machine from one.
# (什么 too: the trouble word 为什么 is matched by its pairs, and 什么 is one of them, so
# "凭证号在小票什么位置" complained without it)
_ASKING = re.compile(r"\b(?:how|why|what|help)\b|怎么|为什么|什么|咋")
# A negation that says all is well is no trouble: "小票也出来了 没事了 谢谢".
# A fix done, said as done (签到 again, restarted), and what then worked: the sale through.
_FIX_DONE = re.compile(r"(?:重新签到|重签|重启|重新开机|(?<![a-z])(?:signed|logged) (?:in|on) again|(?<![a-z])(?:restarted|rebooted))"
                       r"\s*(?:以后|之后|后|完|了)?")
_WORKED = re.compile(r"刷过了|刷过去了|能刷了|可以刷了|刷成功了|出票了|出单了|小票出来了|(?<![a-z])(?:went through|works now|"
                     r"working now|it worked|approved)(?![a-z])")
# A message forwarded from elsewhere, as chat apps and merchants mark it at its start.
_FORWARDED = re.compile(r"(?:转发|转载|(?<![a-z])(?:fwd|forwarded)(?![a-z]))")
_OWN_TELLING = re.compile(r"[我咱俺]|(?<![a-z])(?:i|my|our|we|me|us|mine)(?![a-z])")
# rec38: ... a forwarded bulletin's own words (safety tips, a reminder, a scam alert): its "don't" and
# "never" are advice to everyone ("密码不要告诉任何人", "never write your PIN on the card"), no fault
# (rec39: the words are data, section `bulletin:` of knowledge/data/intents.yaml)
_REASSURANCE = re.compile(r"没事|没问题|没毛病|没关系|没错|不客气|不用谢|(?<![a-z])no (?:problem|worries)(?![a-z])")
# Words that quote the screen: what follows is what it says.
_SCREEN_SAYS = re.compile(r"(?<![a-z])(?:it |screen |terminal |machine )?(?:says?|saying|said|shows?|showing|displays?|displaying)"
                          r"(?![a-z])|显示|提示|上面写着|屏幕上写着|写着")
_A_PERSON_SAYS = re.compile(r"(?:(?<![a-z])(?:customer|customers|she|he|they|bank|boss|staff|cashier|guy|"
                            r"lady|someone)|客人|顾客|银行|老板|客服)\s*$")
# Words around a vague complaint that say nothing of the fault: possessives, demonstratives,
# particles, address, "help" ("my pos not working lah", "这个机器又坏了啊"). 了/咗 go too, from
# the complaint and the vague phrasings alike; 器/机 are what is left of a terminal's name
# merchants put together ("刷卡机器").
_FILLER = re.compile(
    r"(?<![a-z])(?:my|our|the|this|that|a|an|is|it|its|it s|lah|leh|la|lor|bro|sis|boss|sir|pls|"
    r"plz|please|help|again|now|today|suddenly|totally|completely|just|still|keeps?|all|asap|urgent|urgently|"
    r"quickly|hurry|anyone|someone|"
    # ux14: swearing and scorn at the terminal say nothing of its fault ("this f***ing machine
    # is useless", "what a crap terminal", "屌 部機又壞", "这破机器真没用")
    r"fucking|fking|f ing|f cking|freaking|frigging|bloody|damn|damned|stupid|wtf|what|so|really|very)(?![a-z])"
    r"|我们的|我的|我们|我|这个|那个|这台|那台|这|那|又|还|都|也|就是|就|突然|今天|现在|一直|老是|完全"
    r"|他妈的|他妈|妈的|屌|靠|破|烂|真系|真是|真|太"
    r"|帮帮忙|帮忙|救命|急|啊|呀|吧|啦|了|喇|咗|嘞|呢|哦|噢|的|器|机|台|部|个|[!?~.,。，！？～]")
# A clause saying a part works ("chip insert is working", "插卡可以", "swipe is fine").
_PART_WORKS = re.compile(r"(?<![a-z])(?:works?|working|fine|ok|okay|no problem|goes through|go through)(?![a-z])"
                         r"|正常|可以|没问题|没事|能刷|刷得过|得|行|成功")
# ... said outright (not Cantonese 得 / 行, which follow a degree too: "潮得要命", "灰大得很"):
# a clause naming a part with these says the part works, though the part's name is a trouble
# word ("签到也成功了").
_PART_WORKS_SAID = re.compile(r"(?<![a-z])(?:works?|working|fine|ok|okay|no problem|goes through)(?![a-z])"
                              r"|正常|可以|没问题|没事|成功")
# Where one clause ends and the next begins: punctuation, or a space chat writers type for it.
_CLAUSE_BREAK = re.compile(r"[.,;!?。，；！？、~]+\s*|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# A part of the day said as a time ("since morning", "every evening", Indian English "from today
# morning"), not as a greeting.
_TIME_OF_DAY = re.compile(r"(?<![a-z])(?:since|this|every|all|in the|by|till|until|from|each|"
                          r"whole|yesterday|today|tomorrow|last|early|late)\s+(?:morning|afternoon|"
                          r"evening|night)(?![a-z])")
# ... and in Chinese: a morning named as a time, not wished good (早上好, 早安, 早啊 greet).
_ZH_TIME_OF_DAY = re.compile(r"(?:今天|昨天|每天|明天)?(?:早上|早晨|一早|今早)(?![好安])|早(?![好安啊呀晨上]|$)")
# A word that turns a sentence ("交易成功 不过小票没打出来", "sale ok but the slip dont come
# out"): what follows it is what the merchant writes about; what comes before (a success, a
# greeting, thanks) is context. 可 and 就是 alone are left out: 可以, 就是刷不了.
_CONTRAST = re.compile(r"但是|但|不过|可是|却|只是|(?<![a-z])(?:but|however|except|although)(?![a-z])"
                       # rec59: the sales after the one that went through ("第一笔刷成功了 第二笔开始就一直超时",
                       # "the first one went through, from the second one on it times out")
                       r"|(?:从)?第[二三四两2-4](?:笔|单|个|张)(?:开始|起)|后面(?:的|几)?(?:笔|单)(?:就|都|全)?"
                       r"|(?<![a-z])(?:from the (?:second|next) (?:one|sale|payment|card)s? on|after that one|every one after)(?![a-z])")


# Words of the lists matched by their beginning (fail: failed, failing) whose longer forms are
# other words: the card's issuer has no issue.
_LONGER_WORDS = {"issue": "(?!rs?(?![a-z]))",
                 # rec35: a freezer is a thing (a chest freezer for sale), not the terminal freezing
                 "freeze": "(?!rs?(?![a-z]))"}


def _longest_shared(key: str, phrasing: str) -> tuple[int, int, str] | None:
    """The longest run of a phrasing found in a message, if it is at least half the phrasing
    and not all of it: (where it starts in the message, its length, the phrasing before it).
    Phrasings are short, so trying each run longest first is cheaper than difflib."""
    for size in range(len(phrasing) - 1, (len(phrasing) + 1) // 2 - 1, -1):
        for b in range(len(phrasing) - size + 1):
            if (at := key.find(phrasing[b:b + size])) >= 0:
                return at, size, phrasing[:b]
    return None


def _word_pattern(words) -> re.Pattern:
    """One pattern finding any of the words whole in a prepared key, longest first (a Latin
    word between non-letters). (As tries, knowledge.text.word_pattern: the parts' 537 words
    as one flat alternation cost ~90 µs a scan of a message, a tenth of a slow message.)"""
    return re.compile(word_pattern(words, r"(?<![a-z])", r"(?![a-z])"))


@lru_cache(maxsize=64)
def _said_sounds(key: str) -> tuple[list[str], frozenset[str]] | None:
    """The sounds of a prepared message typed in pinyin, in order and as a set (None when it
    reads as English): once per message, asked by every candidate that requires words (rec39:
    computed again for each of them, the slowest messages' largest cost)."""
    typed = typed_pinyin(key)
    if not typed:
        return None
    said = [sound(syllable) for _, syllables in typed for syllable in syllables]
    return said, frozenset(said)


def _sounds_at(said: list[str], word: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the word's characters are said one after another somewhere in `said`."""
    n = len(word)
    return any(all(said[i + j] in word[j] for j in range(n)) for i in range(len(said) - n + 1))


def _typed_in_pinyin(key: str) -> bool:
    """Whether a prepared message is Chinese typed in pinyin ("ni hao zai ma")."""
    return key.isascii() and bool(typed_pinyin(key))


# rec34: what the terminal used to do, said before 现在 ("以前刷完会念金额 现在没声了"): the way
# it worked, not a change that caused the fault
# (以前 opening its clause, or after the terminal's name: "升级以前都能用" is before a change)
_USED_TO = re.compile(r"(?:^|(?<=[\s，,。它])|(?<=机器|机子|终端|这机))(?:以前|原来|本来|从前|过去|平时)"
                      r"[^\s，,。]{0,10}?(?:会|都会|能|可以)")


def _what_came_first(plain: str) -> str | None:
    """The words of a message that say what happened before its fault began: the clause
    before 之后, a suspected cause ("是不是这个原因") or "since then", all that comes before a
    clause opening with 现在 ("晒了一下午 热到烫手 现在刷卡老断"), or what follows 自从 /
    "since" ("ever since the update last night": its first few words). ("After" in English is
    left out: "after the customer paid" says when.)"""
    if found := _AFTER.search(plain) or _SUSPECTED.search(plain) or _SINCE_THEN.search(plain):
        return _CLAUSE_BREAK.split(plain[:found.start()])[-1]
    if found := _NOW.search(plain):
        if _USED_TO.search(plain, 0, found.start()):
            return None  # rec34: what it used to do (以前刷完会念金额), no change that came first
        return plain[:found.start()]  # all that was before now
    if found := _SINCE.search(plain):
        rest = _CLAUSE_BREAK.split(plain[found.end():].strip())[0]
        if rest.isascii():
            return " ".join(rest.split()[:SINCE_WORDS])
        return _SINCE_END.split(rest)[0]
    return None


_KIND_RANK = {"code": 0, "shared": 1, "symptom": 2, "intent": 3}


def _tells_a_fault(reading) -> bool:
    """A reading of a part of a message that names a fault (a code, a screen text or a
    category) and no intent: it can stand for the whole message."""
    return reading.intent is None and bool(reading.category or reading.code or reading.shared)


def _ranked(scored: list) -> list:
    """dlg94: the shortlist with equal scores in one fixed order - a code's wording before a
    symptom's, a symptom's before an intent's, then by id - not in the order numpy's selection
    happened to leave them. (A screen text both a code and a symptom show, "terminal not
    registered", scores the same for both; which came first flipped with data added anywhere
    else in the index, and with it whether "which of these?" was asked.) Unequal scores keep
    their order."""
    return sorted(scored, key=lambda row: (-row[1], _KIND_RANK.get(row[0].kind, 4), row[0].target))


def _intent_score(scored: list, target: str) -> float:
    """The score of the intent `target` among the first SUPPLY_ROWS rows of a ranking, else 0 (rec63:
    a request or a look-up whose phrasing ranks near the top, though words beside it score higher)."""
    return next((row[1] for row in scored[:SUPPLY_ROWS] if row[0].kind == "intent" and row[0].target == target), 0.0)


def _leading_fault(votes: list[tuple[str, float]], share: float, margin: float) -> str | None:
    """The fault category a vote names with at least this share and this lead, or None."""
    if not votes or votes[0][0] == NO_FAULT or votes[0][1] < share:
        return None
    runner = votes[1][1] if len(votes) > 1 else 0.0
    return votes[0][0] if votes[0][1] - runner >= margin else None


# rec33: whose greeting a message opens with, relayed ("老板说你好", "老板让我问声好", "my boss says hi")
_GREETING_RELAYED = re.compile(
    r"(?:我们|我家|店里的?)?(?:老板娘|老板|经理|店长|老公|老婆|同事|师傅|爸|妈)(?:让我|叫我)?(?:说|讲|问)(?:声|个|一声)?\s*"
    r"|(?:my|our|the)\s+(?:boss|manager|owner|husband|wife|dad|mum|mom)\s+(?:says|said|sends)\s+")


@dataclass(frozen=True)
class Candidate:
    kind: Literal["code", "symptom"]
    id: str  # code string or symptom id
    category: str | None
    score: float  # 0-1
    matched: str  # the knowledge base text that matched


@dataclass
class Recognition:
    text: str
    code: str | None = None
    category: str | None = None
    confidence: float = 0.0
    decision: Decision = "unknown"
    intent: str | None = None  # an Intent id of knowledge/schema.py: greeting, sales, payout...
    symptom: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    # The codes a shared screen text stands for (请重新签到: 77, 99, A0); code stays None.
    shared: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["confidence"] = round(self.confidence, 3)
        data["candidates"] = [
            {**asdict(c), "score": round(c.score, 3)} for c in self.candidates
        ]
        return data


@dataclass(frozen=True)
class _Entry:
    kind: Literal["code", "symptom", "intent", "shared"]
    target: str  # code, symptom id, intent id; for shared: the codes, comma-separated
    category: str | None
    text: str  # original wording, for explanations


class Recogniser:
    """Built once from the knowledge base; `recognise` is called for every message.

    Everything a message is compared with goes through `prepare`, so phrasings learned at run
    time (a lead assigning an unrecognised message to a code, a symptom or "not a fault") can
    be an overlay keyed by `prepare(text)[1]` and consulted at the top of `recognise`, with
    no rebuild of the index."""

    _last_query: tuple = (None, None)
    _last_vote: tuple = (None, None)
    _last_vote_of: tuple = (None, None)
    _last_raw: tuple = (None, None)
    _last_canon: tuple = (None, None)
    _last_key: tuple = (None, None)  # (message, its prepared key)
    _last_plain: tuple = (None, None)  # (message, plain(message)): clauses are read from it
    learned = None  # knowledge.learned.LearnedPhrasings: what support leads taught (set by the bot)

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.words = WordMap(kb.words)
        self.devices = DeviceNames(kb.concepts)
        index: dict[str, str] = {}
        for code in kb.codes.values():
            for spelling in (code.code, *code.aliases):
                index[spelling] = code.code
        self.codes = CodeFinder(index)
        self._initials = screen_initials(
            [t for code in kb.codes.values() for t in code.screen_texts()]
            + [t for symptom in kb.symptoms.values() for t in symptom.display])
        self._kb_keys: dict[str, str] = {}  # knowledge-base text -> key, while indexing
        entries = self._code_entries(kb)
        for symptom in kb.symptoms.values():
            for text in (*symptom.display, *symptom.phrasings.zh, *symptom.phrasings.en):
                entries.append(_Entry("symptom", symptom.id, symptom.category, text))
        for intent in kb.intents.values():
            for text in (*intent.phrasings.zh, *intent.phrasings.en):
                entries.append(_Entry("intent", intent.id, None, text))
        keys = [self._key_of(e.text) for e in entries]
        raw = [raw_features(k) for k in keys]
        self.space = FeatureSpace([(f"{e.kind}:{e.target}", feats) for e, feats in zip(entries, raw)])
        self._entries: list[_Entry] = []
        self._keys: list[str] = []
        mass: list[float] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        # Phrasings made of function words only (在吗) have no feature to match: looked up whole.
        self._whole: dict[str, _Entry] = {}
        for entry, key, feats in zip(entries, keys, raw):
            weighted = self.space.weigh(feats)
            if not weighted:
                self._whole.setdefault(key, entry)
                continue
            i = len(self._entries)
            self._entries.append(entry)
            self._keys.append(key)
            mass.append(sum(weighted.values()))
            for f, w in weighted.items():
                postings[f].append((i, w))
        # Greetings, thanks, goodbyes: any of their phrasings, found whole in a message.
        social: dict[str, list[str]] = defaultdict(list)
        for entry, key in zip(entries, keys):
            if entry.kind == "intent" and entry.target in SOCIAL_INTENTS and key:
                social[entry.target].append(key)
        self._social = {
            intent: (re.compile(r"(?<![a-z])(?:" + "|".join(
                map(re.escape, sorted(found, key=len, reverse=True))) + r")(?![a-z])"), found)
            for intent, found in social.items()}
        self._kb_keys.clear()
        # What the screens show: a word of one ("alert" of ALERT IRRUPTION) is read off the
        # terminal, however little of the text it is.
        self._displays = frozenset(t for symptom in kb.symptoms.values() for t in symptom.display)
        self._key_of_entry = dict(zip(self._entries, self._keys))
        # Faults that need one of their own words in the message, or one of each group
        # (schema: Symptom.requires).
        # (a lookahead of the words' first characters first: the scan passes most positions
        # with one check)
        self._requires = {
            symptom.id: [re.compile(word_pattern(words, r"(?<![a-z])", ""))  # (a Latin word's beginning)
                         for group in symptom.required_groups
                         for words in [sorted({self.prepare(w)[1] for w in (*group.zh, *group.en)} - {""},
                                              key=len, reverse=True)]]
            for symptom in kb.symptoms.values() if symptom.requires}
        # ... and the same words by sound, for a message typed in pinyin ("jiesuan bu liao"
        # says 结算): per group, each Chinese word as the sounds each of its characters may have.
        self._requires_sounds = {
            symptom.id: [[(tuple(frozenset(sounds(ch)) for ch in w), tuple(sounds(ch) for ch in w))
                          for w in group.zh if w and all(sounds(ch) for ch in w)]
                         for group in symptom.required_groups]
            for symptom in kb.symptoms.values() if symptom.requires}
        # rec39: the words a forwarded bulletin names itself by (knowledge/data, `bulletin:`)
        self._bulletin = re.compile(word_pattern(kb.bulletin, r"(?<![a-z])", r"(?![a-z])")) if kb.bulletin else None
        generic = sorted((self.words.rewrite(w) for w in kb.generic), key=len, reverse=True)
        self._generic = _word_pattern(generic) if generic else None
        # A fault that requires words of two groups together (every card AND declined) is
        # evidence only for a message that says them together: its meaning is the
        # conjunction, which a vote word by word cannot see ("every card declined" voting
        # merchant made any "declined" lean to merchant, where alone it is one card's
        # refusal, and any "every card" too). So there are two votes, one with its texts for
        # the messages that say the conjunction, one without for the rest. (A fault of one
        # required word, 扣 of a double charge, votes always: that word alone says it.)
        conjunctions = {s.id for s in kb.symptoms.values() if len(s.required_groups) > 1}
        documents = [
            (e.kind == "symptom" and e.target in conjunctions,
             (e.category or NO_FAULT, vote_features(n, raw_features(n)) if n != k
              else vote_features(k, feats)))
            for e, k, feats in zip(entries, keys, raw) for n in (self._neutral(k),)
            if e.kind == "intent" or e.category is not None]
        synonyms = self._synonym_texts(kb)
        self.vote = CategoryVote([d for conj, d in documents if not conj] + synonyms)
        self._conjunctions = [self._requires[c] for c in sorted(conjunctions)]
        self._conjunction_vote = CategoryVote([d for _, d in documents] + synonyms) if (
            conjunctions) else self.vote
        self.trouble = self._trouble_features(kb.trouble)
        self.terminal = self._trouble_features(kb.terminal, negations=frozenset())
        self._own_words = {i.id: self._trouble_features([*i.own_words.zh, *i.own_words.en], negations=frozenset())
                           for i in kb.intents.values() if i.own_words}
        # What a vague complaint says beside the terminal's name ("坏了", "not working"): the
        # vague intent's phrasings without the terminal words and fillers. A message that says
        # nothing else ("my pos machine not working lah", "部機壞咗") is vague with any of the
        # terminal's names, instead of the fault whose phrasing happens to name the same
        # device ("wifi not working on pos").
        vague = kb.intents.get("vague")
        said = [*vague.phrasings.zh, *vague.phrasings.en] if vague else []
        if vague and vague.complaints:
            said += [*vague.complaints.zh, *vague.complaints.en]
        self._vague_tails = {self._vague_tail(self.prepare(t)[1]) for t in said} - {""}
        success = kb.intents.get("sale_ok")
        self._success_asks = tuple(sorted({k for t in (*success.asks.zh, *success.asks.en)
                                           if (k := self.prepare(t)[1])})) if success and success.asks else ()
        # Posting lists as arrays: a query's overlap with every entry is one bincount.
        self._mass = np.array(mass)
        # Each entry's target as a number: the best entry of each target is found in one step.
        slots: dict[tuple[str, str], int] = {}
        self._slot = [slots.setdefault((e.kind, e.target), len(slots)) for e in self._entries]
        # One array per feature, its entries' numbers over their weights: a message's postings
        # are then one concatenation, not one of numbers and one of weights.
        self._postings = {
            f: np.array([[i for i, _ in items], [w for _, w in items]], dtype=np.float64)
            for f, items in postings.items()
        }

    def _key_of(self, text: str) -> str:
        key = self._kb_keys.get(text)
        if key is None:
            key = self._kb_keys[text] = self.prepare(text)[1]
        return key

    def _synonym_texts(self, kb: KnowledgeBase) -> list[tuple[str, dict[str, float]]]:
        """Each group of merchants' words (knowledge/data/synonyms.yaml) as SYNONYM_TEXTS
        texts of its category for the vote: its words' features, each word prepared alone."""
        texts = []
        named: dict[str, set[str]] = defaultdict(set)
        for category, words in kb.synonyms:
            feats: dict[str, float] = {}
            for word in words:  # normalised by the loader; a word has no number to mask
                key = self.words.rewrite(word)
                for f, m in vote_features(key, raw_features(key)).items():
                    if len(f) > 1 or len(key) == 1:  # 触摸屏 says 屏幕, not 摸
                        feats[f] = max(feats.get(f, 0.0), m)
            texts += [(category, feats)] * SYNONYM_TEXTS
            named[category].update(f for f in feats if not f.startswith("p:"))
        # what the merchants' words of each category name (升级, 路由器: a cause, see
        # _after_a_cause)
        self._named = {c: frozenset(f) for c, f in named.items()}
        # each category's words found whole in a prepared key (a part or a circumstance named:
        # 电池, 屏幕, 闪付, battery; see _the_part_named)
        self._part_of: dict[str, frozenset[str]] = {}  # word -> the categories it names
        for category, words in kb.synonyms:
            for word in words:
                if w := self.prepare(word)[1]:
                    self._part_of[w] = self._part_of.get(w, frozenset()) | {category}
        self._part_word = _word_pattern(self._part_of)
        # rec35: the words of the part that takes the cards (the synonyms group of the reader)
        self._reader_words = frozenset(w for _, words in kb.synonyms if "reader" in words
                                       for word in words if (w := self.prepare(word)[1]))
        # (the environment's words alone: most messages name none, and one scan of them is
        # cheaper than one of every part)
        self._circumstance_word = _word_pattern([w for w, c in self._part_of.items() if "environment" in c])
        self._naming: dict[str, frozenset[str]] = {}  # feature -> the categories it names
        for category, feats in named.items():
            for f in feats:
                self._naming[f] = self._naming.get(f, frozenset()) | {category}
        return texts

    def _trouble_features(self, words: list[str], negations: frozenset[str] = NEGATIONS
                          ) -> tuple[frozenset[str], re.Pattern]:
        """The words that say something is wrong (or, given no negations, those of another
        list), as the matcher sees them: a Chinese word by its character pairs (or the
        character), so sound-alike repairs count (失拜 -> 失败); English words as one pattern
        of word beginnings ("fail" is failed, failing)."""
        feats: set[str] = set()
        latin = sorted({w for w in words if w.isascii()} | negations, key=len, reverse=True)
        for word in words:
            if word.isascii():
                continue
            word = self.words.rewrite(word)
            if len(word) == 1:
                feats.add(word)
            else:
                feats.update(word[i:i + 2] for i in range(len(word) - 1))
        # a word's beginning, after a Chinese character too ("个app": \b sees none there)
        # (a word of two letters only whole: "no" is not the beginning of "now")
        pattern = re.compile((first_char_guard(latin) if latin else "") + r"(?<![a-z])(?:" + "|".join(
            re.escape(w) + ("(?![a-z])" if len(w) <= 2 else _LONGER_WORDS.get(w, "")) for w in latin) + ")")
        return frozenset(feats), pattern

    def _code_entries(self, kb: KnowledgeBase) -> list[_Entry]:
        """Every code's screen texts and wordings; a text that several codes show (listed under
        each of them, e.g. 请重新签到 for 77, 99 and A0) becomes one shared entry naming them
        all. Only equal texts are shared: 密码错误 (55) is not 密码错误次数超限 (38, 75)."""
        texts = [(code, text) for code in kb.codes.values() for text in code.screen_texts()]
        keys = [self._key_of(text) for _, text in texts]
        owners: dict[str, set[str]] = defaultdict(set)
        for (code, _), key in zip(texts, keys):
            owners[key].add(code.code)
        entries: list[_Entry] = []
        done: set[str] = set()
        for (code, text), key in zip(texts, keys):
            if len(owners[key]) == 1:
                entries.append(_Entry("code", code.code, code.category, text))
            elif key not in done:
                done.add(key)
                categories = {kb.codes[c].category for c in owners[key]}
                category = categories.pop() if len(categories) == 1 else None
                entries.append(_Entry("shared", ",".join(sorted(owners[key])), category, text))
        return entries

    def prepare(self, text: str) -> tuple[str, str]:
        """(text for code finding, key for matching): normalised, merchants' words rewritten,
        Chinese numerals as digits; in the key, numbers that are not codes become what they
        are (zzamount, zzphone...) and punctuation goes. A learned phrasing (a lead's answer
        to an unrecognised message) would be looked up by this key."""
        return self._prepare(text)[:2]

    def plain(self, text: str) -> str:
        """The message normalised with merchants' words in the knowledge base's (冇 -> 没有,
        拍卡 -> 挥卡): what the dialog reads answers, outcomes and observations in, so that one
        word map serves both. Spaces stay: between Chinese words they part clauses ("只有挥卡不行
        插卡没问题"). A verb said twice keeps going (转吓转吓 -> 一直转)."""
        plain = _KEEPS_DOING.sub(_keeps_doing, normalise(text))
        if "不" in plain:
            plain = _ASKED_WITH_BU.sub("吗", plain)
        return self.devices.rewrite(_ALL_FINE_YUE.sub(r"\1可以", self.words.rewrite(plain)))

    def _prepare(self, text: str) -> tuple[str, str, list[tuple[int, int, str]]]:
        if _OCR_PASTED.search(text):
            text = correct_ocr(text, self.codes.spellings)
        plain = self.plain(segment_letters(text, self.codes.knows))  # "code 9b": 96, as a display draws it (rec30)
        plain = toned_numerals(plain, self.codes.knows)  # "ng5 sap6 jat1", "alpha zero" (rec28)
        plain = self._spelt_initials(plain)  # "ji qi yi zhi txsb": 通讯失败 (rec61)
        plain = long_code_words(plain, self.codes.knows)  # "ling ling ji ling ling ling ling": 0020000
        plain = pinyin_numerals(plain, self.codes.knows, typed_pinyin)  # "xian shi wu shi yi": 显示51
        plain = english_numerals(plain, self.codes.knows)  # "it says fifty one": says 51
        plain = homophone_numerals(plain, self.codes.knows)  # "提示酒六": 提示96
        plain = doubted_lookalikes(plain, self.codes.knows)  # "写着OZ 像Z又像2": 02 (rec60)
        plain = shape_numerals(plain, self.codes.knows)  # "一个圈圈跟个5": 05 (dlg36)
        plain = roman_numerals(plain, self.codes.knows)  # "telling me XCIX": 99 (dlg36)
        plain = described_digits(plain, self.codes.knows)  # "一个九一个二 九在前头": 92 (rec31)
        plain = long_pieces(plain, self.codes.knows)  # "00 然后2 后面四个0": 0020000 (rec48)
        self._last_plain = (text, plain)
        return self._prepare_plain(plain)

    def _spelt_initials(self, plain: str) -> str:
        """A screen text typed as its syllables' first letters, in a message otherwise typed in
        pinyin ("kehu ka ysbz le"): the screen text. Elsewhere (English, Chinese) left alone."""
        if not plain.isascii() or not _INITIALS_WORD.search(plain):
            return plain
        rest = _INITIALS_WORD.sub(" ", plain)
        if not typed_pinyin(rest):
            return plain
        return _INITIALS_WORD.sub(lambda m: self._initials.get(m.group(), m.group()), plain)

    @staticmethod
    def _prepare_plain(plain: str) -> tuple[str, str, list[tuple[int, int, str]]]:
        """`_prepare` of a text already normalised and rewritten (a clause of one)."""
        canon = chinese_numerals(plain)
        # Spaces inside Chinese are typing noise ("可用余额 不足"), not word breaks.
        canon = _CJK_SPACE.sub("", canon) if " " in canon else canon
        masks = mask_spans(canon)
        key, last = [], 0
        for start, end, kind in masks:
            key.append(canon[last:start])
            key.append(PLACEHOLDERS.get(kind, canon[start:end]))
            last = end
        key.append(canon[last:])
        key = _FINAL_PARTICLES.sub("", strip_punctuation("".join(key)))
        if "问" in key and (trailer := _JUST_ASKING.search(key)) and trailer.start():
            key = _FINAL_PARTICLES.sub("", key[:trailer.start()].rstrip())
        return canon, key, masks

    @property
    def size(self) -> int:
        return len(self._entries)

    def recognise(self, text: str) -> Recognition:
        if self.learned is not None and (taught := self.learned.recognise(text)) is not None:
            return taught  # a lead's lesson outranks the knowledge base
        result = self._recognise_all(text)
        if result.intent == "greeting" and not result.code:
            result = self._after_the_greeting(text, result)
        if result.code is None and not result.shared and (corrected := self._as_corrected(text)):
            return corrected[1]
        if result.intent == "human" and (withdrawn := _WITHDRAWN.search(text)) and text[withdrawn.end():].strip():
            # rec28: a person asked for, then the ask withdrawn and the fault told ("有没有人工
            # 算了我自己说吧 按结算没反应", "agent please... never mind, the printer is jammed"):
            # what follows the withdrawal, when it tells a fault, is the message
            if alone := self._read_alone(text[withdrawn.end():], text, _tells_a_fault):
                return alone
        if result.decision != "confident" and result.code is None and not result.shared and (
                asked := _MEANING_ASKED.search(text)) and (quoted := text[:asked.start()].strip()):
            # a screen text, then "what does it mean" ("PICK UP CARD 这几个英文啥意思"): the
            # question's words match the phrasings that ask what a word means ("签到是什么意思")
            # better than the text does; the text alone, when it reads clearly, is the message
            if alone := self._read_alone(quoted, text, lambda r: r.decision == "confident" and bool(
                    r.code or r.shared or r.category)):
                return alone
        if result.decision != "confident" and result.code is None and not result.shared and (
                typed := _SCREEN_CAPITALS.findall(text)) and not (result.intent and result.intent != "vague"):
            # a screen's text copied in its capitals inside the merchant's own words ("外国客人
            # 刷卡 屏幕出来 PICK UP CARD 还闪红灯"): the words around it dilute it below any match;
            # the text alone, when it is a screen text of the knowledge base read clearly, is
            # what the message is about (the words around say who and when)
            for run in typed:
                if run.strip() == text.strip():
                    break  # the whole message in capitals: no quote
                if alone := self._read_alone(run, text, lambda r: r.decision == "confident" and bool(
                        r.code or r.shared or (r.candidates and r.candidates[0].matched in self._displays))):
                    return alone
        if result.decision == "unknown" and result.code is None and not result.shared and not result.intent:
            # rec62: what the machine said, in lower case, inside a story of who did what ("she looked
            # for her glasses, machine say pin input time out, she was slow"): the story's words
            # dilute it below any match; the words said alone, when they read clearly, are the fault
            for run in _SCREEN_SAID_EN.findall(text):
                if alone := self._read_alone(run, text, lambda r: r.decision == "confident" and bool(r.code or r.category)):
                    return alone
            # rec63: ... and in Chinese ("刚换了张卡 机器说无SIM卡 是不是我插反了"): the words said
            # alone, when they are one of a fault's screen texts read clearly, are the fault (a
            # code's own text is left to the whole message's reading)
            plain = self._last_plain[1] if self._last_plain[0] == text else self.plain(text)
            for run in _SCREEN_SAID_ZH.findall(plain):
                if alone := self._read_alone(run, text, lambda r: r.decision == "confident" and r.code is None
                                             and not r.shared and r.candidates
                                             and r.candidates[0].matched in self._displays):
                    return alone
        if result.intent in _NAME_PULLED and result.code is None and not result.shared:
            result = self._without_the_name(text, result)
        if (result.intent in _CLOSING_READ and result.code is None and result.category is None and len(text) <= 40
                and _CLOSING.fullmatch(" ".join(self._prepare(text)[1].split()))):
            result.intent = "thanks"
        return result

    def meant_after_correction(self, text: str) -> str | None:
        """The words a merchant meant, when the message corrects a fault it first named (see
        _as_corrected); None when it corrects nothing. The dialog reads its facts from these
        words only: the slip's ("刷卡没反应" before "不是刷卡 是插卡没反应") are not facts."""
        if not _SELF_CORRECTED.search(text):
            return None  # (cheap first: most messages correct nothing)
        whole = self.recognise(text)
        if whole.code or whole.shared:
            return None
        corrected = self._as_corrected(text)
        return corrected[0] if corrected else None

    def _as_corrected(self, text: str) -> tuple[str, Recognition] | None:
        """lead38: a fault named, then corrected to another ("刷卡没反应 哦不是刷卡 是插卡没反应",
        "the screen, sorry no, I mean the printer prints nothing"): the words after the last
        correction, when they tell a fault of their own clearly, are the message. Only a slip
        between two faults: "不是A3纸那个A3 是屏幕上的" corrects what a code means, not the fault,
        and a code read in the whole message keeps it (the caller's check)."""
        said = list(_SELF_CORRECTED.finditer(text))
        if not said:
            return None
        slip, meant = text[:said[0].start()].strip(), text[said[-1].end():].strip()
        if not slip or not meant or not self._complains(self._prepare(meant)[1]):
            return None
        if not self._read_alone(slip, text, _tells_a_fault):
            return None  # the words before are no fault named: nothing was corrected
        alone = self._read_alone(meant, text, lambda r: _tells_a_fault(r) and r.decision == "confident")
        return (meant, alone) if alone else None

    def _without_the_name(self, text: str, result: Recognition) -> Recognition:
        """lead33: "card machine timing out", "card machine battery flat": the terminal's name
        ("card machine") is also what a sales enquiry ("how do i get a card machine") or a vague
        complaint says, and pulls the whole message there. The rest, read alone, when it names
        a fault clearly, is the message: the name says nothing of which fault it is."""
        key = self._prepare(text)[1]
        rest = " ".join(self._neutral(key).split())
        if not key or rest == " ".join(key.split()) or not rest or not self._complains(rest):
            return result
        if any(ch.isdigit() for ch in rest):
            return result  # a number is the code readers' ("提示代码5": a code cut short, dlg41)
        return self._read_alone(rest, text, lambda r: r.intent is None and r.decision == "confident" and bool(
            r.code or r.category)) or result

    def _read_alone(self, part: str, text: str, stands) -> Recognition | None:
        """A part of the message read alone: when `stands` holds of that reading, it is the
        message's (its text the whole message); else None, and the message read last is the
        whole one again (as the pipeline's steps restore it)."""
        remembered = self._last_key, self._last_canon, self._last_plain
        alone = self._recognise_all(part)
        if stands(alone):
            alone.text = text
            return alone
        self._last_key, self._last_canon, self._last_plain = remembered
        return None

    def _after_the_greeting(self, text: str, result: Recognition) -> Recognition:
        """kb29: a greeting that opens a complaint whose words the greeting crowded out of the
        match ("Good afternoon, a lady's card was declined three times"): the rest, read alone.
        (rec33: the greeting relayed from someone, "老板说你好 ...", "my boss says hi, ...", opens
        it all the same.)"""
        key = self._prepare(text)[1]
        if key and (relayed := _GREETING_RELAYED.match(key)) and self._complains(key[relayed.end():]) and (
                alone := self._read_alone(key[relayed.end():], text, _tells_a_fault)):
            return alone
        if not key or not self._greets_first(key) or not self._complains(key):
            return result
        rest = key[self._social["greeting"][0].match(key).end():].strip()
        return self._read_alone(rest, text, _tells_a_fault) or result

    def _recognise_all(self, text: str) -> Recognition:
        first = self._recognise(text)
        if (first.code is None and first.category is None and first.intent is None
                and (last := self._last_key) and last[0] == text and self._forwarded_bulletin(last[1])):
            # rec39: a forwarded bulletin is advice to everyone, read whole: none of its clauses
            # ("never write your PIN", "收银员不要替客人输密码") is read again as the sender's fault
            return first
        result = self._what_the_screen_says(self._fault_after_contrast(self._without_the_working_part(first)))
        return self._the_network_named(self._the_banks_system(self._the_pad_link(self._one_kind_refused(self._the_mains_unsteady(self._works_in_one_spot(self._charged_yet_failed(self._the_clock_reset(self._of_another_device(self._after_a_cause(self._the_circumstance_named(
            self._the_part_named(self._part_over_an_outage(self._every_card_at_the_chip(self._other_cards_too(self._the_card_damaged(self._only_this_card(self._confirm_lookalike(result))))))))))))))))))

    def _works_in_one_spot(self, result: Recognition) -> Recognition:
        """rec58: the terminal going through in one spot of the shop and not in another ("拿到二楼就能刷
        一楼死活刷不出去", "在门口刷不了 拿回店里又好了", "at the front counter it works, in the back it
        won't go through"): the signal where it stands, the network's. Only a reading of nothing, or
        of a vague complaint, gives way (a named cause of the place, an appliance or a transformer
        beside it, keeps the environment's); clause by clause, one names a spot and goes through,
        another fails."""
        if (result.code is not None or result.shared or result.category is not None
                or result.intent not in (None, "vague")):
            return result
        said, plain = self._last_plain
        if said != result.text or not _SPOT.search(plain) or _WHEN_SET.search(plain):
            return result
        clauses = [c for c in _CLAUSE_BREAK.split(plain) if c and c.strip()]
        goes = [i for i, c in enumerate(clauses) if _GOES_THERE.search(c) and not _FAILS_THERE.search(c)]
        fails = [i for i, c in enumerate(clauses) if _FAILS_THERE.search(c)]
        if not goes or not fails or not any(_SPOT.search(clauses[i]) for i in goes + fails):
            return result
        result.intent = None
        self._vote_for(result, "network")
        return result

    def _the_mains_unsteady(self, result: Recognition) -> Recognition:
        """rec59: the mains told unsteady (_MAINS_UNSTEADY: "电一会有一会没", "停电来电好几回", "一打雷
        就死机", "electricity go and come all day", "the power keeps going off and on") and the
        terminal restarting, switching off, dying or freezing with it (_WITH_THE_MAINS): the
        place's power, the environment's, though a boot loop's, a part's or lost settings'
        phrasing reads closer. A reading of no code, of the software, a part, the setup, the
        bank's side or none gives way; an upgrade cut short by one power cut keeps the software's
        (no unsteady mains said), and the network's and the card's readings keep theirs."""
        if (result.code is not None or result.shared or result.category not in MAINS_GIVES_WAY
                or result.intent not in (None, "vague")):
            return result
        said, plain = self._last_plain
        if said != result.text or not (mains := _MAINS_UNSTEADY.search(plain)):
            return result
        if not _WITH_THE_MAINS.search(plain.replace(mains.group(), " ")):
            return result
        if _UPGRADED.search(plain):
            return result  # an upgrade told: what the cut interrupted is the software's
        result.intent = None
        self._vote_for(result, "environment")
        return result

    def _one_kind_refused(self, result: Recognition) -> Recognition:
        """rec59: one kind of card refused while the other goes through (_ONE_KIND_REFUSED), said of
        every such card or of this terminal ("只有信用卡刷不了 借记卡都正常", "刷信用卡提示本终端不支持
        借记卡可以刷", "credit cards all get refused, debit is fine"): the kind not opened here, the
        setup's (merchant), though the words of a declined or unsupported card read closer. Only a
        card reading with no code gives way; one customer's card (his credit card fails, his debit
        card goes) stays the card's."""
        if result.code is not None or result.shared or result.category != "card" or result.intent is not None:
            return result
        said, plain = self._last_plain
        if said != result.text or not _ONE_KIND_REFUSED.search(plain):
            return result
        if not _EVERY_ONE_OR_HERE.search(plain) or _ONE_CUSTOMERS.search(plain) or _CARDS_OWN_REASON.search(plain):
            return result
        self._vote_for(result, "merchant")
        return result

    def _the_pad_link(self, result: Recognition) -> Recognition:
        """rec59: a communication failure read as the network's, told as the link to the PIN pad
        (_PAD_LINK_FAILS: "小键盘跟机器连不上了 机器上写通讯失败", "屏幕：通讯失败 与密码键盘"): the
        pad or its cable, hardware, when the match saw the pad's fault close behind."""
        if result.code is not None or result.shared or result.category != "network" or result.intent is not None:
            return result
        said, plain = self._last_plain
        if said != result.text or not _PAD_LINK_FAILS.search(plain) or not result.candidates:
            return result
        top = result.candidates[0].score
        if any(c.category == "hardware" and c.score >= top - PAD_LINK_MARGIN for c in result.candidates[:4]):
            self._vote_for(result, "hardware")
        return result

    def _the_banks_system(self, result: Recognition) -> Recognition:
        """rec59: the bank's or the switch's system told upgrading, under maintenance or down
        (_BANKS_SYSTEM: "银行说那会儿他们系统在升级", "the bank said their system was being
        upgraded"): the host's, though the software's upgrade phrasing reads closer, when the
        match saw the host's fault among its first. The terminal told by the bank to be upgraded
        is not the bank's system."""
        if (result.code is not None or result.shared or result.category not in (None, "software")
                or result.intent not in (None, "vague") or not result.candidates):
            return result
        said, plain = self._last_plain
        if said != result.text or not _BANKS_SYSTEM.search(plain) or _TOLD_TO_UPGRADE.search(plain):
            return result
        if any(c.category == "host" for c in result.candidates[:5]):
            result.intent = None
            self._vote_for(result, "host")
        return result

    def _the_network_named(self, result: Recognition) -> Recognition:
        """rec59: the network told as what fails (_NETWORK_FAILS: the signal or the connection going
        and coming, gone, not found, no bars) in a message read as the environment's (the rain
        named as since when, "going and coming" as the mains'): the network's. The terminal told
        wet, or set beside a thing that interferes (_TERMINAL_WET_OR_BESIDE), keeps the place's."""
        if result.code is not None or result.shared or result.category != "environment" or result.intent is not None:
            return result
        said, plain = self._last_plain
        if said != result.text or not _NETWORK_FAILS.search(plain) or _TERMINAL_WET_OR_BESIDE.search(plain):
            return result
        if not (_WEATHER_NAMED.search(plain) or _NETWORK_INTERMITTENT.search(plain)):
            return result
        if _MAINS_UNSTEADY.search(plain):
            return result  # the mains named too: the place's power takes the network down with it
        self._vote_for(result, "network")
        return result

    def _charged_yet_failed(self, result: Recognition) -> Recognition:
        """rec58: the customer's money told taken while the terminal said the sale failed, timed out
        or was declined ("客人说钱已经扣了 我这边显示交易失败 小票也没出", "customer was debited but the
        screen said declined"): a reversal after a late answer, the network's (s_reversal), though
        the words of a declined card, a missing slip or a sale keyed again read closer. Only a reading
        of no code and of the card, the keying, the printer or none gives way; the money asked after
        ("钱扣没扣") or the sale told through names no failure."""
        if (result.code is not None or result.shared or result.category not in REVERSAL_CATEGORIES
                or result.intent not in (None, *LOOSE_INTENTS)):
            return result
        said, plain = self._last_plain
        if said != result.text or not _CHARGED_TOLD.search(plain) or not _TERMINAL_FAILED.search(plain):
            return result
        result.intent = None
        self._vote_for(result, "network")
        return result

    def _the_clock_reset(self, result: Recognition) -> Recognition:
        """rec55: the terminal's clock or date said to show its factory date (1970, 2000: the
        mask's zzepoch) with no code read: the clock has reset (a flat clock battery), software,
        however the failing sales after it would vote ("时间变成2000年1月1号 改不回来 交易全失败")."""
        if result.code is not None or result.shared or result.intent not in (None, "vague", "date"):
            return result
        key = self._last_key[1] if self._last_key and self._last_key[0] == result.text else ""
        if "zzepoch" not in key or not _CLOCK_NAMED.search(key):
            return result
        if (entry := self.kb.symptoms.get(_CLOCK_RESET_SYMPTOM)) is None:
            return result
        result.intent = None
        result.category = entry.category
        result.symptom = _CLOCK_RESET_SYMPTOM
        result.decision = "confident"
        result.confidence = max(result.confidence or 0.0, CONFIDENT)
        return result

    def _of_another_device(self, result: Recognition) -> Recognition:
        """A fault of another device (a phone, a TV, a computer, a car, the fridge, the printer
        at home) told with no word of the terminal or a payment ("电视机开不了机了", "my laptop
        keeps crashing", "家里路由器坏了 看不了电视"): not the terminal's, so no fault of ours.
        (Said beside the terminal or a payment it is context: "客人手机收到扣款短信", "电脑能上网
        就pos连不上".)"""
        worded = result.code is not None and result.candidates and result.candidates[0].matched != result.code
        if (result.code is not None and not worded) or result.shared or result.category is None:
            return result  # (a code read from its wording alone, 余额不足, may be another account's)
        text, key = self._last_key
        if not key or text != result.text:
            return result
        ours = _APP_CHECKIN.sub(" ", key) if "签到" in key else key
        if not (_OTHER_DEVICE.search(key) or _OTHER_ACCOUNT.search(key) or ours != key) or _OUR_TERMINAL.search(ours):
            return result
        owner_end = -2  # where the last part said to be the other device's ended
        for m in self._part_word.finditer(ours):
            if (_ANOTHER_DEVICE.search(ours, max(0, m.start() - 12), m.start())  # (12: "laptop ")
                    or _OTHER_ACCOUNT.search(ours, max(0, m.start() - 4), m.start())
                    or m.start() - owner_end <= 1):
                # rec29: ... and a part word run on from one of its parts is its too ("手机屏幕摔碎了":
                # the phone's screen, dropped)
                owner_end = m.end()
                continue
            return result  # a part not said to be the other device's may be the terminal's ("手机淋雨了 屏幕不亮")
        result.category = result.symptom = result.code = None
        result.decision = "unknown"
        return result

    def _the_circumstance_named(self, result: Recognition) -> Recognition:
        """A fault of a part said with a circumstance of the place ("回南天特别潮 按键自己乱跳",
        "暴雨棚子漏水 机器淋了一晚 今天键盘失灵", "冷库门口 冻得开不了机"): the environment is the
        cause, the part only where it shows, so the category is the environment's (the
        technician fixes the place, not the keypad). Only a hardware reading gives way, or none:
        a software or network fault beside a power cut is told of the fault ("升级到一半停电了")."""
        if (result.code is not None or result.shared or result.category not in (None, "hardware")
                or result.intent not in (None, *LOOSE_INTENTS)):
            return result
        text, key = self._last_key
        if text != result.text or not key or not self._circumstance_word.search(key):
            return result
        if (opening := _TRADE_OPENING.match(key)) and not self._circumstance_word.search(key, opening.end()):
            # rec63: the trade the merchant opens with, who they are ("卖烧烤的 ...", "fish grill
            # here, ..."): no circumstance of the place where the fault is
            return result
        if (result.candidates and result.candidates[0].kind == "symptom"
                and result.candidates[0].matched in self._displays
                and (shown := strip_punctuation(normalise(result.candidates[0].matched)).replace(" ", ""))
                and shown in key.replace(" ", "")
                and not self._circumstance_word.search(key.replace(" ", "").replace(shown, " "))):
            # the circumstance is a word of the screen's own text quoted ("打印机电压异常"): the
            # screen names its fault, the place is not said
            return result
        said_parts = list(self._part_word.finditer(key))
        # rec29: a part said hot right after it ("打印头很烫": the printhead, hot from printing) is
        # how the part feels, not the place's heat
        said_parts = [m for i, m in enumerate(said_parts) if not (
            m.group() in _SELF_HEAT and i and _RIGHT_THERE.fullmatch(key, said_parts[i - 1].end(), m.start())
            and self._part_of[said_parts[i - 1].group()] == {"hardware"})]
        named = {c for m in said_parts for c in self._part_of[m.group()]}
        if named == {"environment"} and result.category == "hardware" and (
                any(c.category == "environment" for c in result.candidates[:2])
                or self._vote_confirms(key, "environment")
                # rec37: or the words vote for it first, if not clearly ("零下三十度 车里搁了一宿 按开机键
                # 没反应 焐热了又能开": the cold, told at length, and no part of the terminal named)
                or (votes := self.category_vote(key)) and votes[0][0] == "environment"):
            # the terminal as a whole failing (won't switch on, switches itself off) in the
            # place's circumstance ("零下五度 早上开不了机"): no part is named, and the match saw
            # the circumstance's fault next to the hardware one, or the words vote for it
            pass
        elif "environment" not in named or len(named) != 2 or (
                result.category is not None and result.category not in named):
            return result
        if any(_ANOTHER_DEVICE.search(key, max(0, m.start() - 6), m.start()) for m in said_parts):
            return result
        if not (self._complains(key) and self._about_terminal(key)):
            return result
        result.intent = None
        self._vote_for(result, "environment")
        return result

    def _only_this_card(self, result: Recognition) -> Recognition:
        """rec37: a card the reader will not take, told with other people's cards going fine
        (_OTHER_CARDS_FINE): the card's fault, when the match saw one close enough behind the
        reader's or the swipe's (the fallback's "请插卡" is what a worn chip makes the terminal say)."""
        if (result.code is not None or result.shared or result.intent is not None
                or result.category not in ("hardware", "operation") or not result.candidates):
            return result
        said, plain = self._last_plain
        if said != result.text or not _OTHER_CARDS_FINE.search(plain):
            return result
        top = result.candidates[0].score
        if any(c.category == "card" and c.score >= top - ONLY_THIS_CARD_MARGIN for c in result.candidates[:6]):
            self._vote_for(result, "card")
        return result

    def _the_card_damaged(self, result: Recognition) -> Recognition:
        """rec59: the card's own damage told (_CARD_DAMAGED: its chip or its stripe worn, the card
        cracked, snapped or taped) in a message read as the reader's, the keying's or nothing: that
        card's fault, when the match saw one of the card's close behind. Every customer's card the
        same (_OTHER_CARDS_TOO) is the reader's still."""
        if (result.code is not None or result.shared or result.intent is not None
                or result.category not in (None, "hardware", "operation") or not result.candidates):
            return result
        said, plain = self._last_plain
        if said != result.text or not _CARD_DAMAGED.search(plain) or _OTHER_CARDS_TOO.search(plain):
            return result
        top = result.candidates[0].score
        if any(c.category == "card" and c.score >= top - CARD_DAMAGED_MARGIN for c in result.candidates[:4]):
            self._vote_for(result, "card")
        return result

    def _other_cards_too(self, result: Recognition) -> Recognition:
        """rec35: a card's refusal told with other people's cards failing the same ("换了三个人的卡
        都一样", "other customers' cards do the same"): not that card, so the match's best fault
        of another category, when it saw one close behind (the reader, the bank's side)."""
        if (result.code is not None or result.shared or result.intent is not None or result.category != "card"
                or not result.candidates):
            return result
        said, plain = self._last_plain
        if said != result.text or not _OTHER_CARDS_TOO.search(plain):
            return result
        top = result.candidates[0].score
        other = next((c for c in result.candidates if c.category not in (None, "card")
                      and c.score >= top - OTHER_CARDS_MARGIN), None)
        if other is not None:
            self._vote_for(result, other.category)
        return result

    def _every_card_at_the_chip(self, result: Recognition) -> Recognition:
        """rec59: the chip reader told failing (_CHIP_READ_FAILS) with every customer's card the same
        (_OTHER_CARDS_TOO: "换了三个人的卡都一样", "哪个客人的卡都这样"): the reader's fault,
        hardware, when the match saw one of the reader's among its first - though a chip card
        swiped (the keying's), a card's own fault or nothing read first. Other cards told fine
        keep the card's (_only_this_card)."""
        if (result.code is not None or result.shared or result.intent is not None
                or result.category not in (None, "card", "operation") or not result.candidates):
            return result
        said, plain = self._last_plain
        if (said != result.text or not _OTHER_CARDS_TOO.search(plain) or not _CHIP_READ_FAILS.search(plain)
                or _OTHER_CARDS_FINE.search(plain)):
            return result
        if any(c.category == "hardware" for c in result.candidates[:5]):
            self._vote_for(result, "hardware")
        return result

    def _part_over_an_outage(self, result: Recognition) -> Recognition:
        """rec35: the reader named as what takes no cards, read as an outage because the outage's
        phrasing has the same complaint ("card reader wont take cards since yesterday" beside
        "cant take cards all morning"): the outage's phrasing names no such part, the message
        names the reader and no other category's words (the bank, other shops, the network), and
        the match saw a fault of the reader, so hardware. An outage said beside the
        part ("隔壁也刷不了", "other shops too") names the host as well and keeps its reading."""
        if (result.code is not None or result.shared or result.intent is not None
                or result.category not in _OUTAGE_CATEGORIES or not result.candidates
                or result.candidates[0].kind != "symptom"):
            return result
        text, key = self._last_key
        if text != result.text or not key:
            return result
        said_parts = list(self._part_word.finditer(key))
        named = {c for m in said_parts for c in self._part_of[m.group()]}
        if named != {"hardware"} or not any(m.group() in self._reader_words for m in said_parts):
            return result  # (the screen is where the words show, no part that takes cards)
        part = "hardware"
        outage = self._prepare_plain(self.plain(result.candidates[0].matched))[1]
        if any(part in self._part_of[m.group()] for m in self._part_word.finditer(outage)):
            return result  # the outage's own phrasing names such a part: it was matched on it
        if self._of_another_thing(said_parts, key) or not any(
                c.category == part and c.score >= result.candidates[0].score - PART_OVER_OUTAGE
                for c in result.candidates):
            return result  # the match did not see the part's fault close behind the outage
        self._vote_for(result, part)
        return result

    def _the_part_named(self, result: Recognition) -> Recognition:
        """A fault told in words no phrasing is near, of a part only one category's words name
        ("屏幕下半截黑了", "闪付贴上去不响了 试了好几张卡都一样", "早上来开店 一看屏幕一半亮
        一半不亮"): the part's category, where the match and the vote left it undecided (or read
        a greeting or a vague complaint around it). Run-ons say who, when and what they were
        doing in clauses of their own; the clause that names the part and says something is
        wrong with it says the fault, so its words vote alone: the part's category must lead
        that vote, or the match must have seen the part and the whole message's vote give it
        a share (PART_VOTE) above its no-fault share. A part of two categories' words (太热 and
        屏幕: heat or the screen) leaves the match and the vote to decide."""
        if (result.code is not None or result.shared or result.category is not None
                or result.intent not in (None, *LOOSE_INTENTS)):
            return result
        text, key = self._last_key
        if text != result.text or not key:
            return result
        said_parts = list(self._part_word.finditer(key))
        named = {c for m in said_parts for c in self._part_of[m.group()]}
        if len(named) != 1:
            return result
        part = named.pop()
        if self._of_another_thing(said_parts, key):
            return result  # the part of another thing: 电视屏幕, 电动车电池, my phone's screen
        if not (self._complains(key) and self._about_terminal(key)):
            return result  # nothing is said to be wrong, or not of the terminal
        votes = dict(self.category_vote(key))
        if votes.get(NO_FAULT, 0.0) + AGREE_MARGIN > max(votes.get(part, 0.0), AGREE_MARGIN):
            return result  # the message leans to no fault (a charger lost, "能补一个吗")
        said, plain = self._last_plain
        clauses = _CLAUSE_BREAK.split(plain) if said == text else [key]
        told = " ".join(k for clause in clauses if (k := self._prepare_plain(clause)[1]) and self._part_word.search(k))
        clause = dict(self._vote_of(told)) if told else {}
        share = clause.get(part, 0.0)
        if not (share >= AGREE_SHARE and share >= max(clause.values()) - AGREE_MARGIN
                and share >= clause.get(NO_FAULT, 0.0) + AGREE_MARGIN):
            # the part's clause does not say it: the match must have seen the part, and the
            # message's vote not rule the part out
            if (result.intent is not None or not any(c.category == part for c in result.candidates)
                    or votes.get(part, 0.0) < PART_VOTE):
                return result
        result.intent = None
        self._vote_for(result, part)
        return result

    def _forwarded_bulletin(self, key: str) -> bool:
        """Whether a prepared message is a forwarded bulletin: marked forwarded at its start, named
        a bulletin by one of its words (`bulletin:`) and telling nothing of the sender's own."""
        return (self._bulletin is not None and bool(_FORWARDED.match(key.lstrip("【[(（「『《<: ")))
                and self._bulletin.search(key) is not None and not _OWN_TELLING.search(key))

    def _what_the_screen_says(self, result: Recognition) -> Recognition:
        """A message that quotes the screen ("card swipe cannot go through, it say connection
        timeout one") is about what the screen says: when the quoted words alone vote clearly
        for another category, that category (the merchant's own words around it say what
        they did, the screen says what went wrong). The vote, not a second phrase match:
        quoting is common, and a vote on a few words costs a tenth of a match."""
        if result.code is not None or result.shared or result.intent is not None:
            return result
        said, plain = self._last_plain
        if said != result.text or not (quote := _SCREEN_SAYS.search(plain)):
            return result
        quoted = _CLAUSE_BREAK.split(plain[quote.end():].strip())[0]
        if (len(quoted.split()) < 2 if quoted.isascii() else len(quoted.replace(" ", "")) < 4) or (
                _A_PERSON_SAYS.search(plain[:quote.start()])):
            return result  # a word or two, or what a person says ("customer says her bank...")
        if result.candidates and normalise(result.candidates[0].matched) in quoted:
            return result  # the match is on the screen's words already
        if result.symptom is None and not result.candidates:
            # Nothing matched the whole message ("my pos keep saying please sign in every
            # morning": the merchant's own words outweigh the screen's): the screen's words
            # alone are the fault, when they are one.
            screen_read = self._recognise(quoted)
            if screen_read.code or screen_read.symptom or screen_read.shared or screen_read.candidates:
                screen_read.text = result.text
                return screen_read
        screen = _leading_fault(self._vote_of(quoted), VOTE_CLEAR, VOTE_MARGIN)
        if screen not in (None, result.category):
            self._vote_for(result, screen)
        return result

    def _without_the_working_part(self, result: Recognition) -> Recognition:
        """A fault told beside a part that works ("card tapping is not working. Chip insert is
        working", "插卡可以 挥卡不行", "什么卡都刷不了 签到也成功了"): the working part's words
        matched a fault of their own (chip not read, sign-in failed); the clauses that
        complain, read alone, say which fault it is, when they name another one. (A reading
        still unsure between faults counts by its best one.)"""
        if result.code is not None or result.shared or result.intent:
            return result
        read = result.symptom or (result.candidates[0].id if result.decision == "ambiguous" and result.candidates
                                  and result.candidates[0].kind == "symptom" else None)
        if read is None:
            return result
        said, plain = self._last_plain
        if said != result.text:
            return result
        clauses = [c for c in _CLAUSE_BREAK.split(plain) if c.strip()]
        if len(clauses) < 2:
            return result
        keys = [self._prepare_plain(c)[1] for c in clauses]
        troubled = [self._reports_trouble(k) for k in keys]
        # (a part's own name is no trouble word here: 签到 and 结算 are, for "签到" alone
        # asks about one, but "签到也成功了" says it works)
        working = [not t and bool(_PART_WORKS.search(c)) or t and bool(_PART_WORKS_SAID.search(c))
                   and not self._reports_trouble(self._part_word.sub(" ", k))
                   for c, k, t in zip(clauses, keys, troubled)]
        troubled = [t and not w for t, w in zip(troubled, working)]
        if not any(working) or not any(troubled):
            return result
        rest = ", ".join(c for c, w in zip(clauses, working) if not w)
        works = ", ".join(c for c, w in zip(clauses, working) if w)
        remembered = self._last_key, self._last_canon, self._last_plain
        # only when the working part alone names the fault read ("chip insert is working" is
        # "chip not read"), or names the part the read fault's phrasing names ("签到也成功了"
        # is no failed sign-in, though alone it reads as a success); "本地银联卡没问题" beside
        # foreign cards failing tells the fault too
        parts = {m.group() for m in self._part_word.finditer(self._prepare_plain(works)[1])}
        matched = self._prepare_plain(self.plain(result.candidates[0].matched))[1] if (
            parts and result.candidates) else ""
        if not any(p in matched for p in parts):
            if result.symptom is None:
                return result  # (an unsure reading only by the part: a second reading costs)
            named = self._recognise(works)
            if read not in (named.symptom, *(c.id for c in named.candidates[:1])):
                self._last_key, self._last_canon, self._last_plain = remembered
                return result
        fault = self._recognise(rest)
        self._last_key, self._last_canon, self._last_plain = remembered  # the later steps read the message
        # (a reading of the complaint alone that is unsure among faults other than the one the
        # working part named is still truer: the merchant is asked which)
        top = fault.candidates[0] if fault.candidates else None
        if (fault.decision not in ("confident", "ambiguous") or top is None or top.kind != "symptom"
                or read in (fault.symptom, top.id)
                or any(c.id == read for c in fault.candidates[:2])):
            return result
        fault.text = result.text
        return fault

    def _fault_after_contrast(self, result: Recognition) -> Recognition:
        """A message read as no fault (a success, thanks, a payout question, nothing) that
        turns on "but" to say something is wrong: what follows the turn is the fault. "交易成功
        不过小票没打出来" reads 交易成功 (code 00) whole, yet is a printer fault; the sale that
        went through is context."""
        if result.shared or (result.category is not None) or result.intent == "human":
            return result
        if result.code is not None and self.kb.code(result.code).handling != "none":
            return result  # a code that is a fault (0020000 has no one category, yet is one)
        text, canon = self._last_canon
        if text != result.text or not (turn := _CONTRAST.search(canon)):
            return result
        tail = canon[turn.end():].strip()
        if not tail:
            return result
        remembered = self._last_key, self._last_canon, self._last_plain
        fault = self._recognise(tail)
        self._last_key, self._last_canon, self._last_plain = remembered  # the later steps read the message
        if fault.category is None and fault.code is None:
            return result
        if fault.decision != "confident" and not self._reports_trouble(self._prepare_plain(tail)[1]):
            return result  # a loose reading of the turn, with nothing wrong said in it
        fault.text = result.text
        return fault

    def _after_a_cause(self, result: Recognition) -> Recognition:
        """A fault that began after something ("升级完之后开不了机", "换了路由器以后就刷不了"): what
        came first says the category, when the vote on it alone is clear (an upgrade is
        software, a new router network), whatever the symptom's own category. A code that
        spans categories (0020000) gets its category the same way."""
        if result.intent is not None or result.shared or (
                result.code is not None and result.category is not None):
            return result
        text, canon = self._last_canon
        said, plain = self._last_plain
        # (asked of the plain text: its spaces part clauses, "早上忘了签到 现在刷卡都不行")
        if text != result.text or said != text or not _CAUSE_SAID.search(plain):
            return result
        # what came first is the clause before 之后 ("0020000又出来了 升级完系统以后": 升级完系统),
        # and if its words alone do not say, read as the message is (sound-alikes repaired:
        # 系统生级之后 is an upgrade)
        if not (first := _what_came_first(plain)):
            return result
        before = self._prepare_plain(first)[1]
        if not before or _SWITCHED_ON.fullmatch(before) or _SWITCHED_ON.fullmatch(" ".join(self._neutral(before).split())):
            # "开机以后弹出来 未安装打印机": when it showed, no change that caused it (rec63: the
            # terminal named as what was switched on too, "机器开机以后屏幕全是竖道道")
            return result
        feats = raw_features(_CJK_SPACE.sub("", self._neutral(before)))  # 机器 and kin say no cause
        cause = _leading_fault(self._vote_of(before), AFTER_SHARE, VOTE_MARGIN)
        if cause is None:
            cause = _leading_fault(self.category_vote(before), AFTER_SHARE, VOTE_MARGIN)
            feats = set(feats) | set(self._query(before)[0])
        if cause is None:
            # a vote split between two, one of which alone names the thing that changed
            # ("昨天店里换了个新路由器": 店里 votes environment, 路由器 names the network)
            named = {c for f in feats for c in self._naming.get(f, ())}
            leaders = {c for c, _ in self._vote_of(before)[:2]}
            cause = named.pop() if len(named) == 1 and named <= leaders else None
        if (cause is None or cause == result.category
                or self._named.get(cause, frozenset()).isdisjoint(feats)):
            return result
        if (whole := {c for m in self._part_word.finditer(before) for c in self._part_of[m.group()]}) and (
                cause not in whole):
            return result  # what came first names a thing of another category ("摔了两次": a drop, counted)
        if result.code is not None:
            result.category = cause
        elif result.category is not None or result.candidates and self._reports_trouble(canon):
            # (a fault too loosely matched for a category: "刷不了卡 前天刚换了宽带 会不会是
            # 这个原因" is the network the change names)
            self._vote_for(result, cause)
        return result

    def _confirm_lookalike(self, result: Recognition) -> Recognition:
        """A code typed with look-alike letters and no digit or marker ("AO 签到了也没用") is
        the code when the rest of the message is about the code's category: the A0 of a
        sign-in complaint, not a stray "ao"."""
        if (result.code is not None or result.intent is not None or result.shared
                or not _SHORT_LATIN.search(result.text)):
            return result
        if result.category is None:
            # nothing else in the message is understood ("AO again", "又AO了"): a code's letter
            # typed in capitals with O for its zero, as read off the screen, is that code
            # (lower case "ao" is a word or a sound; AI, OI are words)
            for m in _CAPITAL_O.finditer(result.text):
                if self.codes.knows(m.group(1) + "0"):
                    code = self.kb.code(m.group(1) + "0")
                    result.code, result.category = code.code, code.category
                    result.decision, result.confidence = "confident", LOOKALIKE_CONFIDENCE
                    result.candidates.insert(0, Candidate(
                        "code", code.code, code.category, LOOKALIKE_CONFIDENCE, code.code))
                    break
            if result.code is None and (said := self._last_key)[0] == result.text and said[1]:
                # ... and in any case, when the message's words lean to the code's category,
                # though not by the margin a category needs alone ("每张卡都跳 ao 后面写mac什么错":
                # mac is A0's MAC校验错)
                votes = self.category_vote(said[1])
                lead = votes[0][0] if votes and votes[0][1] >= AGREE_SHARE else None
                for code in self.codes.lookalikes(self._last_canon[1] if self._last_canon[0] == result.text
                                                  else normalise(result.text)):
                    if lead is not None and self.kb.code(code).category == lead:
                        result.code, result.category = code, lead
                        result.decision, result.confidence = "confident", LOOKALIKE_CONFIDENCE
                        result.candidates.insert(0, Candidate("code", code, lead, LOOKALIKE_CONFIDENCE, code))
                        break
            return result
        text, canon = self._last_canon
        for code in self.codes.lookalikes(canon if text == result.text else normalise(result.text)):
            if self.kb.code(code).category == result.category:
                result.code, result.decision = code, "confident"
                result.confidence = LOOKALIKE_CONFIDENCE
                result.candidates.insert(0, Candidate(
                    "code", code, result.category, LOOKALIKE_CONFIDENCE, code))
                break
        return result

    def _recognise(self, text: str) -> Recognition:
        result = Recognition(text=text)
        if not (text or "").strip():
            return result
        canon, key, masks = self._prepare(text)
        self._last_canon = (text, canon)
        self._last_key = (text, key)
        if not canon:
            return result
        hits = self.codes.find(canon, normalised=True, masks=masks)
        if not hits and len(text) > MAX_MATCH_CHARS:
            # A long run-on (voice typing) is matched on its first part, but the code it ends
            # with ("... and then the screen says code 51") is looked for at its end too.
            tail = pinyin_numerals(self.plain(text[-MAX_MATCH_CHARS:]), self.codes.knows, typed_pinyin)
            hits = self.codes.find(self._prepare_plain(tail)[0], normalised=True)
        if hits:
            best = self.kb.code(hits[0].code)
            if best.handling == "none" and self._success_told(key):
                # a code with nothing to do (approved) beside the merchant's own words of
                # success and nothing wrong ("显示00 交易成功 没问题吧"): the news that the sale
                # went through. Only asked ("显示00是成功了吗"), the code is explained.
                result.intent, result.confidence = "sale_ok", BARE_CODE_CONFIDENCE
                return result
            result.code = best.code
            result.category = best.category
            result.decision = "confident"
            result.confidence = MARKED_CODE_CONFIDENCE if hits[0].strong else BARE_CODE_CONFIDENCE
            result.candidates = [
                Candidate("code", h.code, self.kb.code(h.code).category, result.confidence, h.code)
                for h in hits
            ]
            return result
        if looks_like_code(canon):
            return result  # pasted code or an injection string: not understood, no guess
        if (fix := _FIX_DONE.search(key)) and _WORKED.search(key, fix.end()) and not self._complains(
                _FIX_DONE.sub(" ", key)):
            # rec27: what the screen asked for done (签到 again, a restart), then the sale through
            # and nothing wrong ("重新签到以后刷过了 出票了"): the news, not the screen's 请重新签到
            result.intent, result.confidence = "sale_ok", CONFIDENT
            return result
        if (forwarded := _FORWARDED.match(key.lstrip("【[(（「『《<: "))) and not self._complains(key):
            # rec27: a post forwarded from a chat group ("转发：信用卡逾期会不会上征信", "Fwd: ...")
            # that says nothing wrong: no message of the merchant's own, no fault to guess at
            return result
        if forwarded and self._forwarded_bulletin(key):
            # rec38: a forwarded bulletin (safety tips, a reminder, a scam alert) whose "don't" and
            # "never" advise everyone and which tells nothing of the merchant's own (no 我, no "my")
            return result
        if self._vague_tails and self._vague_tail(key) in self._vague_tails:
            result.intent, result.confidence = "vague", 1.0  # "pos machine not working lah"
            return result
        if "zz" in key and _DAY_PART.search(key) and (rest := _DAY_PART.sub(" ", key).split()) and all(
                w.startswith("zz") or w in _THAT_SALE for w in rest) and any(w.startswith("zz") for w in rest):
            # rec29: a detail with the part of the day it was and nothing else ("11月30号下午",
            # "the 3rd, in the evening"): the detail, as given alone (下午 is no 下午好)
            key = " ".join(w for w in rest if w.startswith("zz"))
        if _DAY_TOLD.fullmatch(key.strip()):
            result.intent, result.confidence = "date", 1.0
            return result
        scored = [row for row in _ranked(self._score(key)) if self._says_required(row[0], key)
                  and not (row[1] >= AGREE_MATCH and self._lacks_another(key, row[0]))]
        if not scored:
            whole = self._whole.get(key)
            if whole is None and (said_again := _SAID_AGAIN.fullmatch(key.replace(" ", ""))):
                whole = self._whole.get(said_again.group(1))  # "在吗在吗": 在吗, said twice
            if whole is not None and whole.kind == "intent":
                result.intent, result.confidence = whole.target, 1.0
                return result
            return self._by_vote(result, key, 0.0, 0.0)
        if (supply := self._supply_asked(scored, key)) is not None:
            result.intent, result.confidence = "supplies", supply
            return result
        if "zzorder" in key and _LOOKED_UP.search(key) and not self._complains(key) and (
                order := _intent_score(scored, "order_number")) >= AGREE_MATCH:
            # rec63: a sale's number given and who wants it looked up ("订单号 ... 客人要查", "trace
            # no ... boss wants to check it"), nothing said wrong: that number's look-up, though the
            # words of who wants it (客人要 ...) score a customer's refund or card closer
            result.intent, result.confidence = "order_number", order
            return result
        scored = self._payout_time_asked(self._number_to_call(self._prefer_code(
            self._faults_over_weak_intents(self._success_as_intent(scored, key), key)), key), key)
        if scored[0][0].kind != "code" and (success := next(
                (row for row in scored[:3] if row[0].kind == "intent" and row[0].target == "sale_ok"), None)) and (
                success[1] >= SUCCESS_ASKED and self._success_asked(key)):
            # what happened told with nothing wrong in it, then asked to be told it went through
            # ("嘀一声 两联都出了 这是好了吧"): the success, though a fault's phrasing shares the
            # telling's words ("刷完卡不打单" shares 刷完卡 … 单) and no success phrasing says it so
            result.intent, result.confidence = "sale_ok", success[1]
            return result
        if (scored[0][0].kind == "symptom" and scored[0][1] >= AMBIGUOUS
                and (other := self._other_subject(key, scored[0][0]))):
            # the same behaviour of another part ("网络时有时无" is not 电源时有时无): the
            # category of the part the message names
            result.candidates = [Candidate(e.kind, e.target, e.category, round(s, 4), e.text)
                                 for e, s, _, _ in scored[1:SHORTLIST] if e.kind != "intent"]
            result.confidence = scored[0][1]
            self._vote_for(result, other)
            return result
        (top_entry, top_score, top_cover, top_explained), *rest = scored
        if top_entry.kind == "intent":
            result.confidence = top_score
            if top_entry.target == "vague" and (category := self._vague_says(key)):
                self._vote_for(result, category)  # "佢張卡有問題，換張就得": a card fault
                return result
            if top_entry.target == "sales" and self._complains(key):
                # "card machine stuck what to do" names the machine as a sales question
                # does, but something is wrong with it: a fault, however vaguely told
                voted = self._by_vote(result, key, top_cover, top_explained)
                if voted.category is None and voted.code is None:
                    voted.intent = "vague"
                return voted
            if top_score >= AMBIGUOUS:
                result.intent = top_entry.target
                return result
            if top_score >= AGREE_MATCH and _typed_in_pinyin(key) and (votes := self.category_vote(key)) and (
                    votes[0][0] == NO_FAULT and votes[0][1] - (votes[1][1] if len(votes) > 1 else 0.0) >= AGREE_SHARE):
                # rec28: in pinyin, read by sound, a match scores less ("xiaopiao zhi mei le, neng
                # ji ji juan guo lai ma" is 没纸了 送几卷过来 at 0.35): an intent too weak to
                # stand alone whose words the vote clearly gives to no fault is that intent
                result.intent = top_entry.target
                return result
            if (top_score >= ENQUIRY_AGREE and top_entry.target in self._own_words
                    and self._says_any(self._own_words[top_entry.target], key)
                    and (votes := self.category_vote(key)) and votes[0][0] == NO_FAULT
                    and votes[0][1] - (votes[1][1] if len(votes) > 1 else 0.0) >= ENQUIRY_AGREE_MARGIN):
                # rec32: an enquiry asked in words no phrasing holds whole ("到账能分两张卡吗"), one
                # of its own words said (knowledge/data/intents.yaml, own_words), its phrasing a
                # little short of standing alone and the vote giving the message's words to no
                # fault ahead of any fault: that enquiry
                result.intent = top_entry.target
                return result
            # an intent too weak to stand (a word or two shared with a payout question, in
            # "ke ren shua le liang ci kou le liang bian qian") leaves the message to the vote,
            # as a message no text matches is
            return self._by_vote(result, key, 0.0, 0.0)
        candidates: list[Candidate] = []
        shown = max(5, len(top_entry.target.split(",")))
        for e, s, _, _ in scored:
            if len(candidates) >= shown:
                break  # the rest would not be shown
            if e.kind == "shared":  # each code the shared text may stand for
                candidates += [Candidate("code", c, self.kb.code(c).category, round(s, 4), e.text)
                               for c in e.target.split(",")]
            elif e.kind != "intent":
                candidates.append(Candidate(e.kind, e.target, e.category, round(s, 4), e.text))
        result.candidates = candidates[:shown]
        result.confidence = top_score
        second = next((s for e, s, _, _ in rest if e.kind != "intent"), 0.0)
        if top_score >= CONFIDENT and top_score - second >= MARGIN:
            result.decision = "confident"
        elif top_score >= AMBIGUOUS:
            result.decision = "ambiguous"
        else:
            return self._by_vote(result, key, top_cover, top_explained)
        if top_entry.kind == "code" and top_cover >= CODE_WORDING_COVER:
            if not (_ANOTHER_PARTY.search(key) or "银联" in self._query(key)[0]):
                # the standard wording of a code, (almost) verbatim: 余额不足 -> 51
                result.code = top_entry.target
                result.decision = "confident"
            # else what a bank or a help desk said, or the state of the union's systems
            # ("客服说是银联那边系统故障", "银连系统故障 刷不了", "bank told her the card is
            # restricted"): its meaning, not a code read off the screen
        elif top_entry.kind == "shared" and top_cover >= CODE_WORDING_COVER:
            # a text several codes show: their shared meaning, the codes as candidates
            result.category = top_entry.category
            result.decision = "confident"
            result.shared = top_entry.target.split(",")
            return result
        elif top_entry.kind == "symptom" and result.decision == "confident":
            result.symptom = top_entry.target
        # The category is decided even when the exact fault is not: the best score per
        # category must lead the next category by a margin.
        by_category: dict[str | None, float] = {}
        for e, s, _, _ in scored:
            if e.kind != "intent" and e.category not in by_category:
                by_category[e.category] = s
        ranked = sorted(by_category.values(), reverse=True)
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        if result.decision == "confident" or top_score - runner_up >= CATEGORY_MARGIN:
            result.category = top_entry.category
        # (Whether the match is loose is a question of its strength, not of its lead: a
        # phrasing scored CONFIDENT with another category's close behind (s_screen_dark and
        # s_overheat for "sun on the counter all afternoon and the screen went dark") is as
        # strong a reading as one alone, and the close runner-up is more evidence of a fault,
        # not less. Gated by the lead, MARGIN decided it: a lead of 0.05002 passed, 0.0483 was
        # "unknown", and that lead moves whenever texts are added anywhere (every IDF grows
        # with the size of the index). Which fault it is stays ambiguous, for the vote.)
        if (result.code is None and top_cover < CODE_WORDING_COVER and (
                result.decision == "ambiguous" and top_score < CONFIDENT
                and not ((self._reports_trouble(key) or self._vote_confirms(key, result.category))
                         and self._about_terminal(key))
                or top_score >= CONFIDENT and top_cover < LOOSE_CONFIDENT
                and top_entry.kind == "symptom" and top_entry.text not in self._displays
                and not self._about_terminal(key))):
            # a loose match on shared everyday words ("busy day today" ~ "day cut-over"), or
            # about something else than the terminal ("今天生意不好 没什么客人": trade; "天太热了
            # 街上都没人": the weather, though its words are those of heat faults); or a
            # "confident" one that found little of its phrasing, in a message naming neither
            # the terminal nor a payment (LOOSE_CONFIDENT: football, a recipe, a flight)
            result.category = result.symptom = None
            result.decision = "unknown"
        elif (result.code is None and top_entry.kind == "symptom"
              and self._says_not(self._key_of_entry[top_entry])
              and not self._reports_trouble(_A_NOT_A.sub(" ", key)) and _WORKS_OR_ASKS.search(key)):
            # the phrasing says something does NOT happen and the message says it does, or
            # asks where or how, and nothing is wrong: "小票打印了出来" is no "小票打印不出来",
            # "商户号在哪看" no "商户号不对". (A bare "连的是wifi" stays a hint of the wifi fault
            # for the dialog, which asks about the network next.)
            result.category = result.symptom = None
            result.decision = "unknown"
            # ... and when what does happen is the sale's success, which scores too ("張單印咗出嚟":
            # the slip printed), that is the news
            success = next((s for e, s, _, _ in scored[:SHORTLIST] if e.kind == "intent"
                            and e.target == "sale_ok"), 0.0)
            if success >= AMBIGUOUS:
                result.intent, result.confidence = "sale_ok", success
            return result
        return self._by_vote(result, key, top_cover, top_explained)

    def _other_subject(self, key: str, entry: _Entry) -> str | None:
        """The category of the part a message names where a phrasing names another, saying
        the same of it: "网络时有时无" shares 时有时无 with 电源时有时无, yet is about the
        network. The words just before the shared part stand where the phrasing's subject
        stands: they name a category and vote clearly for it; the phrasing's own subject
        votes for another, and the rest of the message does not vote for the phrasing's
        category. ("打印不出来 嘀嘀叫" only adds to 小票打印不出来; "客人密码输错了三次" says
        it after the subject, of the same one; in "升级完开机一直转圈进不去" the rest says
        software, as 软件进不去 does.)"""
        phrasing = self._key_of_entry[entry]
        if phrasing.isascii():
            return None  # English phrasings say the part in a word the vote weighs already
        if phrasing in key or not (shared := _longest_shared(key, phrasing)):
            return None  # all of it in the message, or little (under half of it)
        at, size, subject = shared
        subject = subject.strip()
        if len(subject) < 2:
            return None  # no subject replaced (a particle: 没, 请)
        start = max(0, at - len(subject))
        while 0 < start < at and key[start - 1].isascii() and key[start - 1].isalnum():
            start -= 1  # a Latin word whole: wifi, not fi
        # (a count is no subject: "摔了两次 现在插卡口变形了" counts the drops)
        said = _COUNT.sub("", _CJK_SPACE.sub("", self._neutral(key[start:at]))).strip()
        if not said or not set(said).isdisjoint(subject):
            return None  # nothing said in its place, or the same subject typed otherwise
        names = {c for f in raw_features(said) for c in self._naming.get(f, ())}
        if not names - {entry.category}:
            return None  # names no other category (the cheap test first: votes cost)
        other = _leading_fault(self._vote_of(said), AFTER_SHARE, VOTE_MARGIN)
        # (the phrasing's subject the terminal as a whole, 机器打不开了, votes no category: a part
        # of another category said in its place, 应用打不开了, is that part's fault)
        own = _leading_fault(self._vote_of(subject), 0.0, 0.0)
        if (other is None or other == entry.category or other not in names
                or own == other or own is None and self._neutral(subject).strip()
                or _leading_fault(self._vote_of(key[:at] + " " + key[at + size:]),
                                  0.0, 0.0) == entry.category):
            return None
        return other

    def _lacks_another(self, key: str, entry: _Entry) -> bool:
        """Whether a phrasing says something lacks one thing and the message, in the same
        words, says it lacks another of another category: "机器没网了" (no network) is not
        "部機冇電" (机器没电: no power), though all but one character is shared. A lack is 没 or
        无 and what follows it (冇, 沒有, 冇得 are 没 in the word map); the message's lack must
        stand where the phrasing's does (after the same character), the thing the phrasing
        lacks must be nowhere in the message, and the message's lack alone must vote for
        another category, giving the phrasing's little (AGREE_SHARE). ("没电" leans to a power
        cut, yet gives the terminal's own power a third: "机器没动静" stays near it.)"""
        if entry.kind != "symptom" or ("没" not in key and "无" not in key):
            return False
        phrasing = self._key_of_entry[entry]
        for lack in _LACK.finditer(phrasing):
            if not lack.start() or lack.group(1) in key:
                continue  # a lack said first (no place to compare), or its thing said
            at = key.find(phrasing[lack.start() - 1] + lack.group()[0])
            said = _LACK.match(key, at + 1) if at >= 0 else None
            if said is None or said.group(1) in STOP_CHARS:
                continue  # no lack where the phrasing's is, or none of a thing (没了)
            votes = self._vote_of(key[said.start():said.end() + 1])  # (the lack and its thing: 没电)
            if _leading_fault(votes, 0.0, 0.0) not in (None, entry.category) and (
                    dict(votes).get(entry.category, 0.0) < AGREE_SHARE):
                return True
        return False

    def _vote_of(self, words: str) -> list[tuple[str, float]]:
        """The category vote on a few words of a message or a phrasing, as they stand (the
        words for the terminal as a whole left out: 机器 says no category)."""
        last = self._last_vote_of  # (the cause check asks twice about the same words)
        if last[0] != words:
            neutral = _CJK_SPACE.sub("", self._neutral(words)).strip()
            last = self._last_vote_of = (
                words, self._vote_on(neutral).vote(vote_features(neutral, raw_features(neutral))))
        return last[1]

    _NEGATION_CHARS = re.compile("[不没无未别]")

    def _says_not(self, phrasing_key: str) -> bool:
        """Whether a prepared phrasing is negative (无法开机, "won't print")."""
        return bool(self._NEGATION_CHARS.search(phrasing_key)) or any(
            w in NEGATIONS for w in phrasing_key.split())

    @staticmethod
    def _of_another_thing(said_parts, key: str) -> bool:
        """A part named as another device's (电动车电池, my phone's screen)."""
        return any(_ANOTHER_DEVICE.search(key, max(0, m.start() - 6), m.start()) for m in said_parts)

    def _by_vote(self, result: Recognition, key: str, top_cover: float,
                 top_explained: float) -> Recognition:
        """Where the phrase match is weak, split between categories or loose (the best
        phrasing explains little of the message), the category vote decides the category,
        and the candidates of that category go first (the dialog offers or diagnoses them)."""
        if result.code is not None or result.shared:
            return result
        if top_cover >= CODE_WORDING_COVER and top_explained >= VOTE_VERBATIM:
            return result
        if result.category is not None and top_explained >= FUSE_EXPLAINED:
            return result  # a category from a match that explains most of the message
        votes = self.category_vote(key)
        if not votes:
            return result
        best, share = votes[0]
        runner = votes[1][1] if len(votes) > 1 else 0.0
        if result.category is None:
            # the vote alone, for a message about the terminal ("so hot today, nobody coming
            # to the market" votes heat clearly, and is about the weather)
            if best != NO_FAULT and share - runner >= VOTE_MARGIN and (
                    share >= VOTE_CLEAR or share >= VOTE_SHARE and self._reports_trouble(key)
            ) and self._about_terminal(key):
                self._vote_for(result, best)
                return result
            if self._match_agrees(result, key, votes):
                self._vote_for(result, best)
                return result
            if result.decision != "ambiguous":
                return result
        if best == NO_FAULT and share >= NO_FAULT_VOTE and top_explained < FUSE_EXPLAINED:
            # a loose match, and half the vote says no fault ("how much are paper rolls" has
            # "paper" of PAPER OUT; its other words are the supplies enquiry's)
            result.category = result.symptom = None
            result.decision = "unknown"
            return result
        if top_explained < FUSE_EXPLAINED or result.category is None:
            # A loose match (its phrasing explains little of the message) or one split between
            # categories: each category's best phrasing score plus its share of the vote.
            fused: dict[str, float] = {}
            for c in result.candidates:
                if c.category is not None and c.category not in fused:
                    fused[c.category] = c.score
            for category, vote in votes:
                if category != NO_FAULT:
                    fused[category] = fused.get(category, 0.0) + vote
            winner = max(fused, key=fused.get)
            if result.category is None and dict(votes).get(winner, 0.0) < SPLIT_VOTE:
                return result
            if winner != result.category:
                self._vote_for(result, winner)
        return result

    def _match_agrees(self, result: Recognition, key: str,
                      votes: list[tuple[str, float]]) -> bool:
        """Whether the best phrase match, though weak, names the category the vote names."""
        if not result.candidates:
            return False
        top = result.candidates[0]
        if top.score < AGREE_MATCH or not (self._reports_trouble(key) and self._about_terminal(key)):
            return False
        if top.category == _leading_fault(votes, AGREE_SHARE, AGREE_MARGIN):
            return True
        # or a phrasing about as close as the best one, when the vote leads clearly: "店员刷卡刷
        # 太快了 老是提示重新刷" is a hair closer to 提示冲正失败 than to 收银员刷卡方式不对, and
        # its words vote operation
        leader = _leading_fault(votes, AGREE_SHARE, VOTE_MARGIN)
        return leader is not None and any(
            c.category == leader for c in result.candidates if c.score >= top.score - AGREE_TIER)

    @staticmethod
    def _vote_for(result: Recognition, category: str) -> None:
        result.category = category
        result.symptom = None
        result.decision = "ambiguous"
        result.confidence = max(result.confidence, AMBIGUOUS)
        result.candidates.sort(key=lambda c: c.category != category)  # stable: by score within

    def _query(self, key: str):
        """FeatureSpace.query of a key, remembered for the message being recognised (the
        score, the trouble gate and the vote all read it)."""
        last = self._last_query
        if last[0] != key:
            last = self._last_query = (key, self.space.query(key, self._raw(key)))
        return last[1]

    def category_vote(self, key: str) -> list[tuple[str, float]]:
        """The category vote (knowledge.category_vote) on a prepared key, remembered for the
        message being recognised (the trouble gate and the decision both ask)."""
        last = self._last_vote
        if last[0] != key:
            idf = self.space.idf
            neutral = self._neutral(key)
            query = self._query(key)[0]
            raw = self._raw(key)
            if neutral != key:  # the message's features but those of 机器 and its neighbours
                raw, said = raw_features(neutral), raw
                query = {f: w for f, w in query.items() if f in raw or f not in said}
            feats = {f: w / idf[f] for f, w in query.items() if idf.get(f)}
            vote = self._vote_on(key)
            knows = vote.knows
            for f, m in raw.items():  # words only merchants' synonyms have
                if f not in feats and knows(f):
                    feats[f] = m
            last = self._last_vote = (key, vote.vote(vote_features(neutral, feats, idf)))
        return last[1]

    def _vote_on(self, key: str) -> CategoryVote:
        """The vote for a prepared key: with the texts of the faults that require words of
        several groups when the key says all of one's groups, else without them."""
        for groups in self._conjunctions:
            if all(group.search(key) for group in groups):
                return self._conjunction_vote
        return self.vote

    def _raw(self, key: str) -> dict[str, float]:
        """raw_features of a key, remembered for the message being recognised."""
        last = self._last_raw
        if last[0] != key:
            last = self._last_raw = (key, raw_features(key))
        return last[1]

    def _vague_tail(self, key: str) -> str:
        """A key without the terminal's names and the words around a complaint that say
        nothing of it ("my", "这个", "啊", "lah")."""
        return " ".join(_FILLER.sub(" ", self._neutral(key)).split())

    def _neutral(self, key: str) -> str:
        """A key without the words for the terminal as a whole (机器, terminal), for the vote:
        they say nothing of which fault it is, yet heat phrasings say 机器 more than the
        hardware ones, which name the part, so "机器不行了" voted for heat."""
        return self._generic.sub(" ", key) if self._generic else key

    def _vague_says(self, key: str) -> str | None:
        """The category of a vague complaint ("有问题", "不行") that names the terminal or a
        payment and whose other words vote for one category as two agreeing signals do."""
        if not self._about_terminal(key) or self._of_another_thing(list(self._part_word.finditer(key)), key):
            return None  # (电动车电池不行了: another thing's part)
        return _leading_fault(self.category_vote(key), AGREE_SHARE, VOTE_MARGIN)

    def _vote_names_fault(self, key: str) -> bool:
        """Whether the vote names a fault category clearly enough to stand with a trouble
        word (the bar `_by_vote` sets for a message no phrasing matches)."""
        return _leading_fault(self.category_vote(key), VOTE_SHARE, VOTE_MARGIN) is not None

    def _vote_confirms(self, key: str, category: str | None) -> bool:
        """Whether the category vote names this category clearly, the words of the message
        being ones the knowledge base says about that category's faults and not about
        anything else ("晒得屏幕看不清": 晒 is said of heat only)."""
        if category is None:
            return False
        votes = self.category_vote(key)
        return bool(votes) and votes[0][0] == category and votes[0][1] >= VOTE_CLEAR

    @staticmethod
    @lru_cache(maxsize=256)
    def _without_the_others(key: str) -> str:
        """The key without "every other card"-like rests (_THE_OTHERS), once per key: asked of
        every candidate that requires words."""
        return _THE_OTHERS.sub(" ", key) if ("other" in key or "他" in key or "它" in key or "别的" in key
                                             or " else" in key or "rest" in key) else key

    def _says_required(self, entry: _Entry, key: str) -> bool:
        """Whether the message says a word of each group its fault needs (Symptom.requires).
        (rec28: "every other card", "其他的全都" are the rest, said against the one that fails:
        no "every" of their own.)"""
        needed = self._requires.get(entry.target) if entry.kind == "symptom" else None
        whole = key
        if needed is not None:
            key = self._without_the_others(key)
        if needed is None or all(group.search(key) is not None for group in needed):
            return True
        if not key.isascii():
            # rec63: a needed word of two characters or more typed as its sound-alike (姐算 for 结算,
            # "机器叫我姐算"), which the match already read so (a guessed feature of the message, the
            # word whole: 回大 guessed 灰大 says no 灰): said
            guessed = [g for g in self._query(whole)[2] if len(g) > 1]
            return bool(guessed) and all(group.search(key) is not None or any(
                group.fullmatch(g) is not None for g in guessed) for group in needed)
        if not (said := _said_sounds(key)):
            return False
        said, heard = said
        # (rec39: a word one of whose characters is not among the message's sounds at all cannot
        # be said in it: most words are passed over without the walk along the message)
        return all(any(all(not heard.isdisjoint(alike) for alike in each) and _sounds_at(said, word)
                       for each, word in group)
                   for group in self._requires_sounds[entry.target])

    def _reports_trouble(self, key: str) -> bool:
        """Whether the message says something is wrong: a trouble word, or one the
        recogniser reads by sound ("shibai", 失拜 -> 失败)."""
        return self._says_any(self.trouble, _REASSURANCE.sub(" ", key))

    def _complains(self, key: str) -> bool:
        """Whether the message says something is wrong in words other than a question's
        ("how", "是不是": their 不 is no complaint)."""
        return self._reports_trouble(_ASKED_NOT.sub(" ", _A_NOT_A.sub(" ", _ASKING.sub(" ", key))))

    def _about_terminal(self, key: str) -> bool:
        """Whether the message names the terminal, a part of it or a payment ("天气太热了
        没人出来买东西" names none: weather and customers, not a fault)."""
        return self._says_any(self.terminal, key)

    def _says_any(self, words: tuple[frozenset[str], re.Pattern], key: str) -> bool:
        chinese, english = words
        if not chinese:
            return True  # a knowledge base without the list: no gate
        if english.search(key) or not chinese.isdisjoint(self._raw(key)):
            return True
        return not chinese.isdisjoint(self._query(key)[0])

    def _enquiry_behind_detail(self, scored: list, key: str) -> list | None:
        """A detail told inside an enquiry - a sum, an order or phone number, the sale's day
        ("昨天刷了一笔三万二 今天一分钱都没到", "上礼拜二那笔300的还没到账"): the detail is the
        enquiry's, not given alone; an enquiry close behind (one of the next two, AMBIGUOUS or
        better) that explains more of the message is what it asks, put first; None when none is.
        Two ways an enquiry shows it, tried in this order (dlg55 merged dlg51's and rec32's):
        - a number said in few of the message's words (top share under POLITE_SHARE) and any
          enquiry within 2 MARGIN of its score explaining POLITE_SHARE more (dlg51);
        - any detail, and an enquiry that says one of its own words (intents.yaml own_words)
          explaining MARGIN more (rec32)."""
        top = scored[0]
        tests = []
        if top[0].target in NUMBER_INTENTS and top[3] < POLITE_SHARE:
            tests.append(lambda row: row[0].target in _ENQUIRIES and top[1] - row[1] < 2 * MARGIN
                         and row[3] >= top[3] + POLITE_SHARE)
        if top[0].target in DETAIL_INTENTS:
            tests.append(lambda row: row[0].target in self._own_words and row[3] >= top[3] + MARGIN
                         and self._says_any(self._own_words[row[0].target], key))
        for test in tests:
            for i, row in enumerate(scored[1:3], 1):
                if row[0].kind == "intent" and row[1] >= AMBIGUOUS and test(row):
                    return [row, *scored[:i], *scored[i + 1:]]
        return None

    @staticmethod
    def _supply_asked(scored: list, key: str) -> float | None:
        """rec63: a thing asked to be bought apart or sent anew ("电池能单买吗", "能再寄个新的吗", "can i
        buy a spare one"), with the wear or the reason told beside it ("用了三年 半天就没电", "褪色了 扫不出来"): the
        request, though the wear's words score a fault (or a newcomer's sales question) higher.
        The supplies score when a supplies phrasing is among the first SUPPLY_ROWS, else None."""
        if not _SUPPLY_ASKED.search(key):
            return None
        supplies = _intent_score(scored, "supplies")
        return supplies if supplies >= SUPPLY_FLOOR else None

    def _faults_over_weak_intents(self, scored: list, key: str) -> list:
        """A vague complaint or a bare detail (an amount, a phone number) on top, explaining
        less than most of the message, gives way to a fault that scores: "contactless not
        working" is the contactless fault, "刚收了200元 机器就黑屏了" a dark screen."""
        top = scored[0]
        if top[0].kind != "intent":
            return scored
        if top[0].target in _ENQUIRIES or top[0].target == "sale_ok":
            # two enquiries about as close ("到账金额少了 是扣了手续费吗": the fees of a sales
            # question, the payout of a payout one): the one that explains more of the message
            # (and the news of a sale against an enquiry: "到账短信收到了 可是少了九十一块" told
            # the payout's SMS, and asks about what it lacks)
            for i, row in enumerate(scored[1:3], 1):
                if (row[0].kind == "intent" and row[0].target in _ENQUIRIES and top[1] - row[1] < MARGIN
                        and row[3] >= top[3] + MARGIN):
                    top = row
                    scored = [row, *scored[:i], *scored[i + 1:]]
                    break
        if (enquiry := self._enquiry_behind_detail(scored, key)) is not None:
            return enquiry
        if top[0].target == "sale_ok" and self._complains(key):
            # rec28: the money taken told as news ("扣款短信收到了") beside the terminal's failure
            # ("机器说交易失败"): a fault phrasing as close is the message (a reversal, a time-out)
            for i, row in enumerate(scored[1:3], 1):
                if row[0].kind != "intent" and row[0].category is not None and top[1] - row[1] < MARGIN and (
                        row[3] > top[3]):
                    return [row, *scored[:i], *scored[i + 1:]]
        if top[0].target == "sale_ok" and _TAKEN_ASKED.search(key) and _NOT_THROUGH.search(key):
            # rec36: ... and asked whether the money was taken at all ("超时了 客户手机收到扣款短信
            # 了 这钱扣没扣"): the doubt is the message, the fault that scores it (of those close, the
            # one of the category the message's words vote for)
            faults = [(i, row) for i, row in enumerate(scored[1:4], 1)
                      if row[0].kind != "intent" and row[0].category is not None and row[1] >= AMBIGUOUS]
            if faults:
                votes = self.category_vote(key)
                i, row = next(((i, row) for i, row in faults if votes and row[0].category == votes[0][0]), faults[0])
                return [row, *scored[:i], *scored[i + 1:]]
        if top[0].target == "human" and _NUMBER_ASKED.search(key):
            # the person's number asked for, the phone intent close behind explaining more
            for i, row in enumerate(scored[1:3], 1):
                if (row[0].kind == "intent" and row[0].target == "phone" and row[1] >= AMBIGUOUS
                        and row[3] > top[3]):
                    return [row, *scored[:i], *scored[i + 1:]]
        if (top[0].target == "greeting" and top[3] < INTENT_QUERY_COVER
                and self._greets_first(key) and self._complains(key)):
            # kb29: a greeting that opens a message, then the trouble ("Good day. One customer's
            # card is declined twice, the others pay"): the greeting is manners, the rest the
            # message; a fault that scores goes first
            faults = [row for row in scored if row[0].kind != "intent"]
            asked = next((row for row in scored if row[0].kind == "intent"
                          and row[0].target not in SOCIAL_INTENTS), None)
            if faults and faults[0][1] >= AMBIGUOUS and not (asked and asked[1] > faults[0][1]):
                # (an enquiry that reads better than the fault, "good day, when will yesterday's
                # money reflect? it is not showing", is left to the rules below)
                return faults
        if (top[0].target in SOCIAL_INTENTS and top[3] < POLITE_SHARE
                and self._said_whole(top[0].target, key)
                and sum(row[3] for row in scored[:4] if row[0].kind == "intent"
                        and row[0].target in SOCIAL_INTENTS and self._said_whole(row[0].target, key)) < POLITE_SHARE):
            # thanks or a greeting as a small part of a message that asks or tells something
            # else ("唔該寄多兩箱紙卷嚟": 唔該 is please; "刚试了一笔 成功了 谢谢啊": the news).
            # (Thanks and goodbye both, "谢谢啦 搞定了 拜拜", close the conversation: together
            # they are much of the message, and the success between them is what they thank for.)
            for i, row in enumerate(scored[1:4], 1):
                if (row[0].kind == "intent" and row[0].target not in SOCIAL_INTENTS
                        and row[1] >= AMBIGUOUS and row[3] > top[3]):
                    return [row, *scored[:i], *scored[i + 1:]]
        if (top[0].target == "bye" and _SINCE_THEN_SO.search(key)
                and not self._social["bye"][0].search(_SINCE_THEN_SO.sub(" ", key))):
            # dlg104: "换完就这样了", "升级以后就一直这样": it has been like this since a change - the
            # fault's story, near "就这样吧" (that's all) only in its letters; no goodbye
            scored = [row for row in scored if not (row[0].kind == "intent" and row[0].target == "bye")]
            if not scored:
                return [(top[0], 0.0, top[2], top[3])]
            top = scored[0]
            if top[0].kind != "intent":
                return scored
        if top[0].target == "bye" and top[3] < INTENT_QUERY_COVER and not self._said_whole("thanks", key):
            # rec29: "没事了" (all fine now) after the sale told through ("好了 能刷了 没事了",
            # "得咗 碌到咗 唔使理"): the news, which explains more of the message than the goodbye
            # (thanks and goodbye both close the conversation: "谢谢啦 搞定了 拜拜" stays)
            for i, row in enumerate(scored[1:4], 1):
                if (row[0].kind == "intent" and row[0].target == "sale_ok"
                        and row[1] >= AMBIGUOUS and row[3] > top[3]):
                    return [row, *scored[:i], *scored[i + 1:]]
        if self._gives_number(top[0]) and "zzdate" in key and _DETAIL_PLACEHOLDER[top[0].target] not in key:
            # rec26: the number given is a day ("那单是上周六 就是28号"), none of the phrasing's
            # kind: its phrasings that give one of their own kind are no match ("那一单是200块")
            scored = [row for row in scored if not (
                self._gives_number(row[0]) and _DETAIL_PLACEHOLDER[row[0].target] not in key)]
            if not scored:
                return [(top[0], 0.0, top[2], top[3])]
            top = scored[0]
        if top[0].target == "amount" and "zzamount" in key and _THROUGH_NOW.search(key) and not self._complains(key):
            # rec36: a sale's sum told with the news that it went through now ("又行了 刚刷了一笔
            # 九十一块的 过了", "works again, a 45 dollar sale just went through"): the news, the sum
            # its detail (the success's phrasing, however little of it the sum leaves, ranks as the sum)
            for i, row in enumerate(scored[1:], 1):
                if row[0].kind == "intent" and row[0].target == "sale_ok":
                    return [(row[0], max(row[1], top[1]), row[2], row[3]), *scored[:i], *scored[i + 1:]]
        if (top[0].target in ("date", "sale_ok") and "zzamount" in key and "zzdate" not in key
                and not _DATE_WORDS.search(key) and not self._complains(key)):
            # rec27: a sale's sum told with what it bought, no day and nothing wrong ("那笔是一千
            # 零九十八块 客人买的两个花架"): the amount given, though "那笔" is also in a phrasing
            # of a day ("1月2号那笔") and of the news ("那笔ok了")
            for i, row in enumerate(scored[1:4], 1):
                if row[0].target == "amount" and row[1] >= AMBIGUOUS:
                    return [row, *scored[:i], *scored[i + 1:]]
        if (self._gives_number(top[0]) and "zz" not in key or top[0].target == "date"
                and "zzdate" not in key and not _DATE_WORDS.search(key)):
            # "金额输错了" names the amount but gives none: not an amount said, a fault maybe
            # (a phrasing that asks about the detail, "单笔最多能刷多少", needs no number)
            scored = [row for row in scored if not self._gives_number(row[0])]
            if not scored:
                return [(top[0], 0.0, top[2], top[3])]
            top = scored[0]
            if top[0].kind != "intent":
                return scored
        if top[0].target in SOCIAL_INTENTS and not (
                self._said_whole(top[0].target, key)
                or top[2] >= 1.0 and top[3] >= INTENT_QUERY_COVER and _typed_in_pinyin(key)):
            # (in pinyin, a phrasing found whole by sound that is most of the message is said
            # whole: "ni hao zai ma"; "nihao shuaka meiyou fanying" is the complaint)
            # part of a greeting is not a greeting: "老板说明天再来看" shares 老板 with
            # "老板在吗", "还是这样" (still the same) shares 这样 with "就这样吧" (that's all);
            # a fault that scores goes first, else the message is left alone
            faults = [row for row in scored if row[0].kind != "intent"]
            rest = [row for row in scored if row[0].target not in SOCIAL_INTENTS]
            if faults and faults[0][1] >= AMBIGUOUS:
                if not (rest[0][0].kind == "intent" and rest[0][1] >= faults[0][1] + MARGIN):
                    return faults
                # ... unless another intent leads the faults clearly ("刷完了 小票也打了 就问下
                # 这样算成功了吗": 就…这样 of "that's all", then the success asked about): that
                # intent, weighed as any other against the faults below
                scored, top = rest, rest[0]
            else:
                return rest or [(top[0], 0.0, top[2], top[3])]
        if (top[0].target in SOCIAL_INTENTS and top[3] < INTENT_QUERY_COVER
                and self._reports_trouble(key) and self._vote_names_fault(key)):
            # a greeting word inside a complaint ("sign in fail every morning"): the complaint
            return [row for row in scored if row[0].kind != "intent"] or [
                (top[0], 0.0, top[2], top[3])]
        if top[0].target == "vague":
            # a number of a kind given with "please look" ("流水号 000596 帮我看看"): the detail
            for i, row in enumerate(scored[1:], 1):
                if row[0].target in DETAIL_INTENTS and _DETAIL_PLACEHOLDER[row[0].target] in key:
                    return [row, *scored[:i], *scored[i + 1:]]
        if top[3] >= INTENT_QUERY_COVER:
            return scored
        if top[0].target == "vague":
            # only faults that explain what the intent leaves unexplained
            faults = [row for row in scored if row[0].kind != "intent" and row[3] > top[3]]
        elif top[0].target in CONTEXT_INTENTS:
            if top[0].target == "sale_ok" and self._success_asks and key.endswith(self._success_asks):
                return scored  # success told, then "是成功了吧": asked to be told it went through
            # "printed the receipt" is success; "not printing receipts" the fault, said with a
            # negation beside the trouble word (rec28: not the 没 of a question asked A-not-A,
            # "客人问我扣没扣": the success told, the customer asking)
            asked = _ASKED_DONE.sub(" ", key) if "没" in key else key
            features = raw_features(_REASSURANCE.sub(" ", asked))
            if not (self._reports_trouble(asked) and (
                    "w:not" in features or not NEGATION_CHARS.isdisjoint(features)
                    or self._vote_names_fault(key))):
                return scored
            # (an approval code's wording, 交易成功, is the success again, not a fault)
            faults = [row for row in scored if row[0].kind != "intent" and row[0].category is not None]
        elif top[0].target in DETAIL_INTENTS:
            if top[0].target == "phone" and _CALL_NUMBER_ASKED.search(key):
                # rec55: a number to call asked for, the trouble that of the calling ("客服电话多少
                # 我打那个一直占线"): the question, not the terminal's phone line
                return scored
            if not self._complains(key):
                # "sale was 42 dollars": a detail, nothing wrong said; nor in a question about
                # it ("参考号 … 凭证号 … 这个怎么查", "单号… 帮我查下成功没")
                return scored
            faults = [row for row in scored if row[0].kind != "intent"]
        elif (top[0].target in _ENQUIRIES and top[3] < POLITE_SHARE and _SCREEN_SAYS.search(key)
              and self._complains(key)):
            # an enquiry's word or two in what the screen says, which it explains little of
            # ("screen says transaction failed please contact card issuer" shares "contact"
            # with "how do i contact you"): the screen's fault
            faults = [row for row in scored if row[0].kind != "intent"]
        elif (top[0].target == "supplies" and top[3] < POLITE_SHARE and self._complains(key)
              and any(row[0].kind != "intent" and row[1] >= AMBIGUOUS and row[3] >= top[3] + MARGIN
                      for row in scored[1:3])):
            # a word or two of an order for supplies or a payout question inside a complaint
            # that a fault close behind explains far more of ("机器的打印纸都潮软了 打出来的
            # 字看不清" shares 的打印纸 with an order of paper): the fault
            faults = [row for row in scored if row[0].kind != "intent"]
        elif top[0].target != "human" and self._reports_trouble(key) and self._vote_names_fault(key):
            # an enquiry's word inside a complaint whose words vote one fault ("the machine
            # very hot under sun and shutdown" shares "machine" with "how do i get a card
            # machine"): the complaint
            faults = [row for row in scored if row[0].kind != "intent"]
        else:
            return scored
        return faults if faults and faults[0][1] >= AMBIGUOUS else scored

    @staticmethod
    def _payout_time_asked(scored: list, key: str) -> list:
        """rec58: when the settlement pays out asked, to come sooner ("能不能当天结算 不想等明天",
        "结算时间能不能改成当天到账", "can settlement come same day"): the payout enquiry, though a
        settlement failure's phrasing shares the one word 结算 and scores a little more; only with
        a word of when (当天, 隔天, T+1, 秒到, same day), no word of failure, and the payout close
        behind (PAYOUT_TIME_BEHIND) explaining clearly more of the message (PAYOUT_TIME_EXPLAINS)."""
        top = scored[0]
        if (top[0].kind != "symptom" or top[0].category != "merchant" or not _PAYOUT_WHEN.search(key)
                or _SETTLE_FAILED.search(key)):
            return scored
        for i, row in enumerate(scored[1:3], 1):
            if (row[0].kind == "intent" and row[0].target == "payout" and row[1] >= AMBIGUOUS
                    and top[1] - row[1] < PAYOUT_TIME_BEHIND and row[3] >= top[3] + PAYOUT_TIME_EXPLAINS):
                return [row, *scored[:i], *scored[i + 1:]]
        return scored

    @staticmethod
    def _number_to_call(scored: list, key: str) -> list:
        """A number asked for, to call someone ("what number do i call for the acquirer",
        "收单行电话号码多少"), with the phone question close behind a code's or a fault's
        wording it shares a party or a verb with ("call acquirer security", 37): the question,
        not the screen's text (which is quoted, not asked for; its code is announced or
        typed: "screen says call acquirer" stays 37)."""
        if scored[0][0].kind == "intent" or scored[0][2] >= CODE_WORDING_COVER or not _CALL_NUMBER_ASKED.search(key):
            return scored
        for i, row in enumerate(scored[1:4], 1):
            if row[0].kind == "intent" and row[0].target == "phone" and row[1] >= AMBIGUOUS:
                return [row, *scored[:i], *scored[i + 1:]]
        return scored

    def _greets_first(self, key: str) -> bool:
        """Whether the message opens with a greeting said whole and goes on for several words
        after it ("good morning the terminal says communication failed")."""
        pattern, _ = self._social["greeting"]
        found = pattern.match(key)
        if found is None:
            return False
        rest = key[found.end():].split()
        return len(rest) >= GREETING_REST_WORDS if key.isascii() else len("".join(rest)) >= 2 * GREETING_REST_WORDS

    def _said_whole(self, intent: str, key: str) -> bool:
        """Whether one of a social intent's phrasings is in the message whole, or the whole
        message is one of them with a typo ("thnaks")."""
        pattern, phrasings = self._social[intent]
        if intent == "greeting":
            # "since morning" tells the time, greets no one; so does 早上 not followed by its
            # greeting ("早上还好好的 中午开始…": fine in the morning, 早 there is no 早!)
            key = _TIME_OF_DAY.sub(" ", key)
            if "早" in key:
                key = _ZH_TIME_OF_DAY.sub(" ", key)
        if pattern.search(key):
            return True
        # A typo changes letters, not words: a Chinese message shorter than the phrasing has
        # lost a word ("这样", "so", is not "就这样", "that's all").
        typed = [p for p in phrasings if p.isascii() or len(key) >= len(p)]
        return process.extractOne(key, typed, scorer=fuzz.ratio,
                                  score_cutoff=SOCIAL_TYPO) is not None

    def _success_as_intent(self, scored: list, key: str) -> list:
        """The wording of a code that is no fault ("approved": 00) with a non-fault intent
        close behind, or thanks said whole ("it says approved, thank you"): the merchant
        reports a success in words, not a code from the screen, so the intent goes first. A
        typed "00" is still the code."""
        top = scored[0]
        if top[0].kind != "code" or top[0].category is not None:
            return scored
        for i, row in enumerate(scored[1:4], 1):
            if row[0].kind == "intent" and (top[1] - row[1] < MARGIN or (
                    row[0].target in SOCIAL_INTENTS and self._said_whole(row[0].target, key)) or (
                    # the wording a small part of a message about the sale ("ok key 45.00
                    # properly this time, approved"): no screen read out
                    row[0].target == "sale_ok" and top[3] < VOTE_VERBATIM)):
                return [row, *scored[:i], *scored[i + 1:]]
        return scored

    def _gives_number(self, entry: _Entry) -> bool:
        """Whether a phrasing of an amount, an order or a phone number gives one (its key holds
        a placeholder): such a phrasing is no match for a message that gives none."""
        return entry.target in NUMBER_INTENTS and "zz" in self._key_of_entry[entry]

    def _success_asked(self, key: str) -> bool:
        """Whether the message ends asking to be told the sale went through ("这是好了吧", "it
        worked right") and says nothing wrong before it."""
        ask = next((a for a in self._success_asks if key.endswith(a)), None)
        return ask is not None and not self._complains(key[:-len(ask)])

    def _success_told(self, key: str) -> bool:
        """Whether a message with an approval code (00, 10, 11: no fault) also says in words
        that the sale went through, and nothing is wrong: the success intent scores as it
        would on the words alone, ahead of every fault ("显示00 但是客人说没扣钱" is one), once
        a question asking whether it went through is off its end."""
        for ask in self._success_asks:
            if key.endswith(ask):
                key = key[:-len(ask)].strip()
                break
        if not key:
            return False
        for e, s, cover, _ in _ranked(self._score(key))[:4]:
            if e.kind == "intent" and e.target == "sale_ok":
                return s >= CONFIDENT and cover >= SUCCESS_COVER
            if e.kind != "intent" and e.category is not None:
                return False
        return False

    def _prefer_code(self, scored: list) -> list:
        """A symptom on top with a code's wording close behind, meaning the same fault ("the
        terminal asks for the chip": a symptom, and code 45's "use chip card"): the code
        goes first, so the two do not tie into nothing. (rec41: not a fault that needs words
        of two groups said together, on top: the message says that conjunction, which a code's
        wording sharing its words does not mean: "asks a signature, not the PIN ... wrong
        setting?" is no "wrong PIN", code 55.)"""
        if scored[0][0].kind != "symptom" or len(self._requires.get(scored[0][0].target, ())) > 1:
            return scored
        for i, row in enumerate(scored[1:4], 1):
            entry, score = row[0], row[1]
            if (entry.kind == "code" and entry.category == scored[0][0].category
                    and scored[0][1] - score <= CODE_OVER_SYMPTOM and row[2] >= CODE_WORDING_COVER):
                return [row, *scored[:i], *scored[i + 1:]]
        return scored

    def _verbatim(self, i: int, key: str) -> float:
        """rapidfuzz's partial_ratio of entry i with the message, 0-1: 1 without asking when
        the entry is in the message whole (the best partial alignment is the entry itself)."""
        entry = self._keys[i]
        return 1.0 if entry in key else fuzz.partial_ratio(entry, key) / 100

    def _score(self, key: str) -> list[tuple[_Entry, float, float, float]]:
        """(best entry, score 0-1, share of the entry found, share of the message it
        explains) per target, best first.

        An entry scores by how much of it the message contains (IDF-weighted) and how much
        of the message it explains; rapidfuzz's partial_ratio then rewards near-verbatim
        matches of the best candidates, which n-gram overlap alone under-rates."""
        query, query_mass, guessed = self._query(key)
        if not query or query_mass <= 0:
            return []
        posted = self._postings.get
        hits = [p for f in query if (p := posted(f)) is not None]
        if not hits:
            return []
        # Each feature has one weight wherever it occurs (its IDF times a fixed multiplicity),
        # so the shared weight of query and entry is the sum of the entry's matching postings.
        size = len(self._entries)
        both = np.concatenate(hits, axis=1)
        entries = both[0].astype(np.intp)
        overlap = np.bincount(entries, both[1], size)
        cover = overlap / self._mass
        # A guess (a homophone repair, a pinyin split) that matched an entry is part of the
        # message for that entry: "jiesuan" read as 结束 must not explain all of the message.
        guesses = [p for f in guessed if (p := posted(f)) is not None]
        if guesses:
            found = np.concatenate(guesses, axis=1)
            guessed_overlap = np.bincount(found[0].astype(np.intp), found[1], size)
        else:
            guessed_overlap = 0.0
        explained = np.minimum(overlap / (query_mass + guessed_overlap), 1.0)
        scores = ENTRY_WEIGHT * cover + (1 - ENTRY_WEIGHT) * explained
        # a shared word in a long message is not a match; one shared word that is a small part
        # of the phrasing ("same deal" and "same payment went through twice") is a coincidence
        np.putmask(scores, ((explained < MIN_QUERY_COVER) & (overlap < MIN_OVERLAP))
                   | ((np.bincount(entries, minlength=size) < 2) & (cover < MIN_ENTRY_COVER)), 0.0)
        # The best SHORTLIST * 8 entries, in order, without sorting all of them; of those, the
        # first (best) entry of each target, and the best SHORTLIST targets. (Equal scores come
        # in the order numpy's selection leaves them: the same calls on the same array; the
        # callers put ties in one fixed order, _ranked.)
        keep = min(SHORTLIST * 8, size)
        negative = -scores
        top = negative.argpartition(keep - 1)[:keep]  # (the methods: np.argpartition wraps them)
        top = top[negative[top].argsort()]
        # Per target its best entry (the first SHORTLIST targets); entries of one target with
        # the same score (one shared word: "it worked" and "working again now") are all kept,
        # and the nearest to the message verbatim stands for the target, whatever order
        # numpy's selection left them in.
        best: dict[int, tuple[float, list[int]]] = {}
        slot_of = self._slot
        last, kept = 0.0, 0
        for i, score in zip(top.tolist(), scores[top].tolist()):
            if score <= 0 or (kept == SHORTLIST and score < last - TIE):
                break  # no further entry can tie a kept target
            slot = slot_of[i]
            held = best.get(slot)
            if held is None:
                if kept < SHORTLIST:
                    best[slot] = (score, [i])
                    last, kept = score, kept + 1
            elif score >= held[0] - TIE:
                held[1].append(i)
        picked, final = [], []
        keys, partial_ratio = self._keys, fuzz.partial_ratio
        for score, tied in best.values():
            if len(tied) == 1:  # (most targets: no tie to break)
                i = tied[0]
                entry = keys[i]  # (_verbatim, inline: called for every target)
                verbatim = 1.0 if entry in key else partial_ratio(entry, key) / 100
            else:
                verbatim, i = max((self._verbatim(j, key), -j) for j in tied)
                i = -i
            picked.append(i)
            final.append((1 - FUZZ_WEIGHT) * score + FUZZ_WEIGHT * verbatim)
        entries_of = self._entries  # (the picked entries' cover and share read in one call each)
        out = list(zip(map(entries_of.__getitem__, picked), final, cover[picked].tolist(),
                       explained[picked].tolist()))
        out.sort(key=itemgetter(1), reverse=True)  # (stable, as the negated key was)
        return out
