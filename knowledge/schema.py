"""Schema of the knowledge base files (knowledge/data/**/*.yaml).

The YAML is the single source of truth; these models only say what a valid entry looks like,
so that a support lead who edits a file gets an error naming the file, the entry and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CATEGORY_IDS = (
    "hardware",
    "software",
    "network",
    "card",
    "merchant",
    "host",
    "operation",
    "environment",
)
CategoryId = Literal[
    "hardware", "software", "network", "card", "merchant", "host", "operation", "environment"
]
# Who must act to clear a fault: the merchant's first question is "is it me?".
Actor = Literal["cardholder", "merchant", "acquirer", "issuer", "technician", "none"]
# How the dialog treats a recognised code or symptom.
#   explain  - one turn: meaning plus what to tell the customer (card-side declines)
#   diagnose - ask questions, then suggest fixes
#   acquirer - only the acquirer can fix it: explain, then hand off to a human
#   replace  - the terminal must be replaced (tamper): stop, hand off to a human
#   none     - nothing is wrong (approved)
Handling = Literal["explain", "diagnose", "acquirer", "replace", "none"]
Id = str


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a YAML key must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Strict):
    """A text the bot may say, in both languages."""

    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Steps(Strict):
    zh: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _same_length(self) -> "Steps":
        if len(self.zh) != len(self.en):
            raise ValueError(f"zh has {len(self.zh)} steps but en has {len(self.en)}")
        return self


class Phrasings(Strict):
    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Category(Strict):
    id: CategoryId
    name: Text
    description: Text
    # rec43: a cause of this kind leaves the terminal itself sound (the card's bank, the account,
    # the way it is used): "is it broken?" is answered "most likely not" when one leads
    terminal_sound: bool = False


class Cause(Strict):
    """A root cause the dialog can diagnose and (usually) fix."""

    id: Id
    category: CategoryId
    title: Text
    # Ordered fix ids, most likely to help first.
    fixes: list[Id] = Field(default_factory=list)
    # True when no merchant-side fix exists (acquirer, issuer or repair shop must act).
    needs_human: bool = False
    # What must be possible for the cause to be possible at all (observation ids, one of them:
    # obs_on_sim for a SIM not seated): a noted observation exclusive with every one of them
    # (observations.yaml `exclusive:`, "it's on the network cable") rules the cause out.
    requires: list[Id] = Field(default_factory=list)
    # Where the cause comes from (a public guide or manual; "inferred" when none said it), for
    # causes added after the first release: support staff can check or change it.
    source: str | None = None


class Finding(Strict):
    """What a check step can find, and what to do then ("扣了 短信都有" during "check whether
    the customer was charged": do not charge again). The merchant reports it in any words that
    state the observation."""

    observation: Id
    says: Text
    # dlg58: facts that, reported while this check is pending, are this finding: "he got the bank
    # SMS" to a check that asked to look at the bank's SMS is the debit (unasked, an SMS that only
    # arrived is no debit)
    also: list[Id] = Field(default_factory=list)

    def reported_by(self, facts) -> bool:
        """Whether these facts (observation ids) are this finding: its own, or one of `also`."""
        return self.observation in facts or not set(self.also).isdisjoint(facts)


class Fix(Strict):
    id: Id
    title: Text
    steps: Steps
    # A check's findings, each answered with its own advice while the fix is pending; then
    # "did that settle it?" as for any fix.
    findings: list[Finding] = Field(default_factory=list)
    # dlg72: facts that, reported while this fix is pending, are the fix working: a step that ends
    # in trying the sale again ("wait a few minutes and retry") is done well when they tell the
    # retry went through ("等了十分钟再刷就过了", "waited a bit, ran it again and it went"), though
    # those words are a fact's too (obs_failed_then_retried) and facts are no verdict elsewhere
    worked_when: list[Id] = Field(default_factory=list)
    # A "fix" that hands the problem to people (call the acquirer, send for repair): the
    # dialog escalates to a human instead of suggesting it and asking whether it worked.
    escalates: bool = False
    # An explanation, not a repair: nothing is broken (weekend payouts, the card fees, two
    # copies of a receipt), so the merchant taking it on board is how it went - "晓得了 那我
    # 明天再看" is its end, not a promise to try it later (dlg26: "那我下午再看看", "I'll check
    # tomorrow" is helped, not still waiting).
    explains: bool = False
    # lead28: a procedure the merchant asked how to do (void, refund, reprint): the step told
    # done ("退好了", "refund done", "reprinted it") is the task done, the case solved; there is
    # no fault left to try a sale on.
    done_is_solved: bool = False
    # Words saying the merchant already did this ("签到了也不行", "already restarted"): the bot
    # then skips it. Phrase them so they cannot occur in a plain symptom ("自己重启了" is a
    # symptom, "重启过" is not).
    tried_words: list[str] = Field(default_factory=list)
    # How much it asks of a busy shop owner: 1 a minute and harmless (restart, reseat the
    # paper), 2 some minutes or a call (settle, call the operator), 3 long or with some risk
    # (reinstall, a day drying out). Among fixes about equally likely, the easier goes first.
    effort: int = Field(default=1, ge=1, le=3)
    # Observations after which this fix cannot help whatever the cause ("move to a better
    # signal" once the merchant said the bars are full): it is then not offered.
    pointless_when: list[Id] = Field(default_factory=list)
    # dlg72: observations one of which must have been told for this fix to be offered at all
    # ("keep it on the charger for now" only once they said it works plugged in and fails on the
    # battery alone): without them it is pointless, and the cause's other fixes go on as before
    only_when: list[Id] = Field(default_factory=list)
    # What must be possible for the fix to make sense (observation ids, one of them): a noted
    # observation exclusive with every one makes it pointless, as `pointless_when` does ("move
    # for a better signal" for a terminal on the network cable).
    requires: list[Id] = Field(default_factory=list)
    # Where the steps come from (a vendor's manual, a public guide; "inferred" when none said
    # them), for fixes added after the first release.
    source: str | None = None


class Answer(Strict):
    id: Id
    label: Text
    # Causes this answer makes more likely / rules out.
    supports: list[Id] = Field(default_factory=list)
    rules_out: list[Id] = Field(default_factory=list)
    # Words that mean this answer when a merchant types instead of pressing ("it happens
    # when I turn it on" answers "at switch-on"); found inside the message, either language.
    words: list[str] = Field(default_factory=list)
    # Words that mean this answer only as the reply to this question, asked: elsewhere they
    # say something else ("没变过" / "nothing's been changed" after a fix is the fault unchanged).
    asked_words: list[str] = Field(default_factory=list)
    # The observation this answer reports (observations.yaml): choosing the answer notes it,
    # and a merchant who states the observation unasked has answered the question.
    observation: Id | None = None
    # Answers to other questions this one already gives ("q_sale_stage:reading" for "only the
    # chip fails"): those questions are then never asked. The evidence is weighed once.
    implies: list[str] = Field(default_factory=list)


class Question(Strict):
    id: Id
    text: Text
    answers: list[Answer] = Field(min_length=2)
    # How often a busy shop owner can answer it at all, by looking at the terminal or the shop
    # (0.1-1): "does every card fail or one?" 0.9; "which way of reading the card fails?"
    # 0.5 (typing merchants mostly do not know). The diagnosis weighs a question's expected
    # gain by it, and after a "not sure" asks only easy ones.
    ease: float = Field(default=0.7, ge=0.1, le=1.0)
    # How a shop owner can find the answer out, said when they ask back ("what is SIM?").
    hint: Text | None = None
    # The answers name places where something fails (steps of a sale): a negated answer word
    # says that place fails ("no receipt comes out" is the printing step), not "not that one".
    denial_names_it: bool = False
    # An open question ("did anything change before this started?"): its answers are things
    # that happened, told in the merchant's own words. Whatever fact they tell in reply is
    # their answer (weighed as that fact), so it is not asked again.
    open: bool = False
    # A question about the situation (the power source, the place, the sale's steps) that is
    # worth a turn only for a code of many causes in every category (0020000): for a named
    # fault ("settlement unbalanced") the questions about its own few causes come first.
    situation: bool = False
    # dlg59: answered from memory of what the shop does or was told (the daily sign-in and
    # settlement, a notice from the provider), not by looking at the terminal: like the open
    # question it is asked after a "not sure" too, and on a code of many causes it follows the
    # open question before the next guess (diagnosis.routine_question).
    memory: bool = False
    # What must be possible for the question to make sense (observation ids, one of them): a
    # noted observation exclusive with every one makes it moot ("how many signal bars?" on
    # the network cable).
    requires: list[Id] = Field(default_factory=list)
    # Fixes whose failure is already an answer ({fix: answer}): "signed in, still A0" answers
    # "right after a successful sign-in, still the same error?", so it is not asked.
    after_failed_fix: dict[Id, Id] = Field(default_factory=dict)
    # The answer a bare "no" gives, on a question that asks whether any of several unusual
    # things is so ("was anything dropped, moved, changed?": "没有" is "nothing"); without it
    # a "no" to a question of choices chooses nothing.
    no_means: Id | None = None
    # The answer that "still the same" gives, on a question that asks whether the fault is
    # still there after something ("right after a sign-in, still the same error?"): asked, a
    # reply that only says it still fails ("整咗 都係咁", "did it, same thing") is that answer.
    still_means: Id | None = None

    def answer_by_id(self, answer_id: str) -> Answer | None:
        """The answer with this id, or None. Answer ids reach the dialog from button payloads,
        typed readings and stored conversations, so an id may name no answer ("?" for not
        sure, a stale button, a conversation stored before the knowledge base changed): the
        callers treat that as an answer that says nothing, never as an error."""
        return next((a for a in self.answers if a.id == answer_id), None)

    @model_validator(mode="after")
    def _unique_answers(self) -> "Question":
        ids = [a.id for a in self.answers]
        if len(ids) != len(set(ids)):
            raise ValueError(f"duplicate answer ids in question {self.id}: {ids}")
        if self.no_means is not None and self.no_means not in ids:
            raise ValueError(f"question {self.id}: no_means {self.no_means!r} is not one of its answers")
        if self.still_means is not None and self.still_means not in ids:
            raise ValueError(f"question {self.id}: still_means {self.still_means!r} is not one of its answers")
        return self


# How strongly an observation bears on a cause: 1 a little, 2 clearly, 3 decisively
# (towards: nearly proves it; away: rules the cause out).
Weight = Literal[1, 2, 3]


class Observation(Strict):
    """Something a merchant may notice ("only inserting the card fails") and what it says
    about the causes. Found inside any message by its phrasings, negation-aware."""

    id: Id
    # The fact as the bot restates it ("只有插卡时报错") in confirmations and the agent's card.
    says: Text
    phrasings: Phrasings
    # Keys are cause ids, or category ids meaning every cause of that category.
    towards: dict[Id, Weight] = Field(default_factory=dict)
    away: dict[Id, Weight] = Field(default_factory=dict)
    # What "not X" means ("不是wifi" -> uses SIM data), when it means something definite.
    negated: Id | None = None
    # The fact by structure (concepts.yaml): combinations of meaning units that state it, so
    # a wording in no list is read too. A pattern is parts joined by " / ", each part met by
    # one clause of the message: concept ids that stand in that clause together, "a|b" for
    # either, ":works" / ":fails" for the outcome said of it there, ":-works" for any other.
    # "swipe:fails / chip|tap:works" is swiping fails in one clause, chip or tap works in one.
    patterns: list[str] = Field(default_factory=list)
    # Context, no trouble ("many customers are tourists"): it weighs the causes of a fault the
    # merchant tells, but starts no diagnosis by itself ("a tourist paid 300 dollars").
    context: bool = False
    # A card-side code (the cardholder or the issuer must act) said of every card is no card
    # fault: "每个客人都报05" is this symptom of the terminal or the merchant account.
    card_codes_become: Id | None = None
    # A card's refusal told in words (no code) beside this fact is this symptom: "declined, but
    # the customer's bank shows the money gone" is no card fault but a sale to check.
    card_faults_become: Id | None = None
    # The fact is that a part works ("printing fine", "满格了"): said now, during a fix for a
    # fault of that very part, it is how the fix went (it worked), not a fact beside it.
    part_works: bool = False
    # dlg83: the fact is that something else works (the shop next door on the same Wi-Fi, a phone on
    # it): its words of success or fault are of that other thing, not how the pending fix went.
    elsewhere: bool = False
    # The fact tells that this fix was done and helped only for a while ("重启一下能用一会 过一
    #阵又报" of the restart): it counts as tried, and as the pending fix's outcome, partly.
    fix_done: Id | None = None
    # dlg68: the fact tells that this fix, said done, was not really done ("pressed the side
    # button, screen went black, pressed it again": a tap of the power key, no restart): its
    # tried mark is withdrawn, so the fix, done properly, may be offered.
    fix_not_done: Id | None = None

    @model_validator(mode="after")
    def _usable(self) -> "Observation":
        if not self.phrasings.zh or not self.phrasings.en:
            raise ValueError(f"observation {self.id} needs at least one zh and one en phrasing")
        both = set(self.towards) & set(self.away)
        if both:
            raise ValueError(f"observation {self.id} points both towards and away from {sorted(both)}")
        return self


class Term(Strict):
    """A word of the trade the bot's steps use (签到, settlement, APN), explained in plain
    words when a merchant asks back about it ("签到是什么意思", "what's settlement")."""

    id: Id
    # How the term is written, by the bot and by merchants (either script; matched after the
    # usual normalisation). At least one in each language.
    words: Phrasings
    # What it is, in a shop owner's words: one or two short sentences.
    says: Text

    @model_validator(mode="after")
    def _named(self) -> "Term":
        if not self.words.zh or not self.words.en:
            raise ValueError(f"term {self.id} needs at least one zh and one en word")
        return self


class Concept(Strict):
    """A small unit of meaning merchants combine ("swipe", "others", "works"), by its words
    (written after the usual normalisation: simplified script, the words.yaml map). A word
    ending in "$" counts only at the end of its clause ("出$": "划磁条的时候出"), or just before
    the code shown; one ending in "#" only just before the code ("弹#": "就弹0020000")."""

    id: Id
    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    # An outcome said of the units of its clause (works / fails): its negation is `negated`
    # ("不可以" fails, "没报错" works). A unit that is negated otherwise is not said at all.
    outcome: bool = False
    negated: Id | None = None
    # Words that hold a shorter word of another meaning ("价格" is no signal 格, "一下午" is
    # how long, not the afternoon): they hide the shorter word, and a listed phrasing inside.
    hides: bool = False
    # Other ways of doing the same thing (chip, swipe, tap): a unit of this concept said with
    # no outcome in a message that says a rival works is the one that fails, as merchants
    # contrast them ("mostly the ones that put the card in. tappers are fine").
    rivals: list[Id] = Field(default_factory=list)
    # Words that introduce what the shop sells or its customers buy ("we sell ice and cold
    # drinks", "卖地毯的"): they hide the next `hides_after` words (Chinese: twice as many
    # characters, up to 的): goods named there are no fact of the terminal or its place.
    hides_after: int = Field(default=0, ge=0, le=6)
    # kb32: a unit that is itself a question ("到账会延迟吗", "几时到"): a clause that asks with it
    # still says its other units (not their outcomes), as "端午放假的钱会延迟吗" tells a holiday.
    asked: bool = False

    @model_validator(mode="after")
    def _usable(self) -> "Concept":
        if not self.zh and not self.en:
            raise ValueError(f"concept {self.id} has no words")
        return self


class Negations(Strict):
    """Words that turn a phrase into its opposite when they come just before it, and the
    short words that may stand between ("不是用wifi", "not on wifi")."""

    zh: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)
    zh_between: list[str] = Field(default_factory=list)
    en_between: list[str] = Field(default_factory=list)
    # A negation that denies only the trouble named right after it ("no problem", "没问题") or
    # names what was lacking ("没电"): inside a phrase's gap it does not turn the phrase round
    # ("works no problem now", "更新到一半没电关了机").
    trouble_denied: list[str] = Field(default_factory=list)


class Code(Strict):
    """A code a terminal shows: UnionPay host response code, vendor code, or 0020000."""

    code: str = Field(pattern=r"^-?[0-9A-Z]{2,8}$")
    kind: Literal["host", "vendor", "terminal"]
    vendor: str | None = None
    # Other spellings that mean the same code, e.g. "151" (100 + ISO code).
    aliases: list[str] = Field(default_factory=list)
    # None when the code alone does not decide the category (0020000).
    category: CategoryId | None
    title: Text
    meaning: Text
    # What the terminal typically shows; recognised verbatim in a merchant's message.
    shows: list[str] = Field(default_factory=list)
    # Other standard wordings that identify the code on their own (余额不足 -> 51).
    wordings: Phrasings = Field(default_factory=Phrasings)
    actor: Actor
    retry: Literal["A", "B", "C", "D", "E"] | None = None
    first_action: Text
    # For card-side declines: what the merchant tells the customer.
    tell_customer: Text | None = None
    handling: Handling
    # Candidate causes with prior weights, for handling == diagnose.
    causes: dict[Id, float] = Field(default_factory=dict)
    # dlg68: facts (observation ids) or faults (symptom ids) that are the code's own meaning told
    # in words (94, a duplicate sent: "按了两回", "charged twice?"): counted once, as the code, not
    # weighed again towards one of its causes.
    restated_by: list[Id] = Field(default_factory=list)
    # Where the meaning comes from (a public table), for codes added after the first release.
    source: str | None = None

    def screen_texts(self) -> tuple[str, ...]:
        """The texts that name the code on a screen or in a merchant's words: what it shows
        and its standard wordings, in both languages."""
        return (*self.shows, *self.wordings.zh, *self.wordings.en)

    @field_validator("code", "aliases")
    @classmethod
    def _upper(cls, v):
        return [a.upper() for a in v] if isinstance(v, list) else v.upper()

    @model_validator(mode="after")
    def _diagnose_needs_causes(self) -> "Code":
        if self.handling == "diagnose" and not self.causes:
            raise ValueError(f"code {self.code} has handling 'diagnose' but no causes")
        return self


class Symptom(Strict):
    """A fault described in words, or a terminal message without a code."""

    id: Id
    category: CategoryId
    title: Text
    # Exact texts the terminal shows for this fault (通讯失败, PAPER OUT, ...).
    display: list[str] = Field(default_factory=list)
    # How merchants describe it: colloquial, with typos. At least 5 zh and 3 en.
    phrasings: Phrasings
    handling: Handling = "diagnose"
    causes: dict[Id, float] = Field(min_length=1)
    # Words one of which a message must say to be this fault (扣, charged for a double
    # charge): phrasings share frames with other faults ("刷了两次都扣了" and "刷了两次都不
    # 行"), and the frame alone is no match. A list of such groups: one word of each (every
    # card AND declined: "declined" alone is a card's refusal, "every card" alone any fault).
    requires: Phrasings | list[Phrasings] | None = None

    @property
    def required_groups(self) -> list[Phrasings]:
        """`requires` as groups of words, a word of each of which the message must say."""
        if self.requires is None:
            return []
        return self.requires if isinstance(self.requires, list) else [self.requires]

    @model_validator(mode="after")
    def _enough_phrasings(self) -> "Symptom":
        if len(self.phrasings.zh) < 5 or len(self.phrasings.en) < 3:
            raise ValueError(
                f"symptom {self.id} needs at least 5 zh and 3 en phrasings, "
                f"has {len(self.phrasings.zh)} zh and {len(self.phrasings.en)} en"
            )
        return self


class Intent(Strict):
    """Messages that are not a fault: greetings, thanks, sales enquiries, chit-chat."""

    # vague: "机器坏了", "pos not working": a fault, but nothing to go on yet
    # supplies (paper rolls, a new terminal), payout (到账, settlement time), sale_ok (it
    # worked), amount / order_number / date / phone (a detail without a fault): not faults,
    # answered with a redirect instead of a guess.
    id: Literal["greeting", "thanks", "sales", "chitchat", "human", "bye", "vague", "supplies",
                "payout", "sale_ok", "amount", "order_number", "date", "phone"]
    phrasings: Phrasings
    # vague: the everyday faults offered as buttons when a second vague message still names
    # none ("机器有问题", then "就是不行啊"): picking is easier than describing.
    offer: list[Id] = Field(default_factory=list)
    # vague: what a complaint says beside the terminal's name ("不好使", "spoil"), compared
    # whole with a message's rest once its terminal words are off; never matched inside one.
    complaints: Phrasings | None = None
    # sale_ok: the question a merchant ends on to hear that the sale went through ("是成功了吧",
    # "没问题吧", "that's fine right"): a report of success ending in one stays the success,
    # whatever odd thing it also tells (the customer's SMS not come yet).
    asks: Phrasings | None = None
    # amount: the fact (an observation) two sums told side by side state when one is the other
    # with its zeros or its decimal point moved ("customer paid 45.50 but machine charged 4550",
    # "應該收38蚊 收咗3800"): the amount keyed wrong, not an amount given for the record (ux14).
    sums_apart: Id | None = None
    # payout: the fact (an observation) a sale's weekday and today's told side by side state
    # when today is past the next working day after the sale ("took it friday … it's
    # tuesday"): the money late, not a payout time asked. `weekdays`: each weekday's names,
    # Monday first, in either language; `today_words`: what marks the weekday said as today's.
    days_late: Id | None = None
    weekdays: list[list[str]] = Field(default_factory=list)
    today_words: list[str] = Field(default_factory=list)
    # rec32: an enquiry's own words, said of it and of no fault (payout: 到账, 秒到): a message
    # holding one, whose closest phrasing is this enquiry's though short of standing alone, and
    # whose words the category vote gives to no fault first, is this enquiry ("到账能分两张卡吗")
    own_words: Phrasings | None = None


class WordVariants(Strict):
    """Words merchants write for what the knowledge base says another way: Cantonese (冇 ->
    没有, 部机 -> 机器, 点搞 -> 怎么办), Taiwan and Hong Kong usage (逾时 -> 超时), chat
    shorthand. Messages and knowledge-base phrasings are both rewritten (after traditional ->
    simplified), longest word first, so a map entry helps every phrasing at once."""

    # What the words mean in the knowledge base's words; empty for a particle that only adds
    # tone (喎, 㗎). Ignored for kind "keep".
    means: str = ""
    said: list[str] = Field(min_length=1)
    # keep: words left exactly as written, protecting them from a shorter entry
    # (电话 keeps its 话 when 话 -> 说).
    kind: Literal["cantonese", "regional", "colloquial", "keep"] = "colloquial"


class SynonymGroup(Strict):
    """Words merchants use for one part or one circumstance of a category's faults (屏, 屏幕,
    显示屏, display...): words, not sentences. Each group votes for its category in the
    category vote (knowledge.category_vote), so a word no phrasing uses still says which
    category a message is about ("屏幕中间多了一条竖线": 竖线 is a screen's stripe)."""

    category: CategoryId
    words: list[str] = Field(min_length=2)


class KnowledgeFile(Strict):
    """One YAML file; any of the sections may be present."""

    categories: list[Category] = Field(default_factory=list)
    causes: list[Cause] = Field(default_factory=list)
    fixes: list[Fix] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    codes: list[Code] = Field(default_factory=list)
    symptoms: list[Symptom] = Field(default_factory=list)
    intents: list[Intent] = Field(default_factory=list)
    observations: list[Observation] = Field(default_factory=list)
    concepts: list[Concept] = Field(default_factory=list)
    # Words of the trade explained in plain words (glossary.yaml).
    glossary: list[Term] = Field(default_factory=list)
    # Groups of observations that cannot both hold (observations.yaml `exclusive:`).
    exclusive: list[list[Id]] = Field(default_factory=list)
    negations: Negations | None = None
    words: list[WordVariants] = Field(default_factory=list)
    # Words that say something is wrong (不, 坏, 超时, fail, broken, keeps...): a message
    # without one is not given a fault category by a loose match (knowledge.matcher).
    trouble: list[str] = Field(default_factory=list)
    synonyms: list[SynonymGroup] = Field(default_factory=list)
    # Words for the terminal as a whole (机器, 终端, terminal): the category vote leaves them out.
    generic: list[str] = Field(default_factory=list)
    # Words a forwarded bulletin names itself by (小贴士, 防骗, tips, scam alert): its "don't" and
    # "never" advise everyone, no fault of the merchant's (knowledge.matcher, rec38; data: rec39).
    bulletin: list[str] = Field(default_factory=list)
    # Words that say a message is about the terminal or a payment (机器, 刷卡, 小票, card...):
    # two weak signals agreeing on a fault count only in such a message (knowledge.matcher).
    terminal: list[str] = Field(default_factory=list)


# -- observation patterns (Observation.patterns) ----------------------------------------------

PATTERN_OUTCOMES = ("works", "fails", "-works", "-fails")


@dataclass(frozen=True)
class PatternTerm:
    """One unit a clause must hold: any of `concepts`, with `outcome` said of it (None: any;
    "-works": anything but works)."""

    concepts: frozenset[str]
    outcome: str | None = None
    # "!new_version:fails": a part that must be said in no clause (dlg27: an update put off is
    # no outdated app when pressing "update" is said to fail)
    absent: bool = False


def parse_pattern(pattern: str) -> list[list[PatternTerm]]:
    """"swipe:fails / chip|tap:works" -> parts (one clause each) of terms (all in that clause);
    a part of "!" terms ("/ !new_version:fails") is one no clause may meet; a "!" term beside
    others is one the clause meeting them must not say (dlg60)."""
    parts = []
    for part in pattern.split("/"):
        terms = []
        for token in part.split():
            absent = token.startswith("!")
            names, _, outcome = token.lstrip("!").partition(":")
            terms.append(PatternTerm(frozenset(names.split("|")), outcome or None, absent))
        parts.append(terms)
    return parts


def pattern_problems(pattern: str, concepts) -> list[str]:
    """What is wrong with a pattern: unknown concept ids or outcomes, empty parts."""
    problems = []
    for terms in parse_pattern(pattern):
        if not terms:
            problems.append("an empty part")
        for term in terms:
            problems += [f"unknown concept {c!r}" for c in sorted(term.concepts)
                         if c not in concepts]
            if term.outcome and term.outcome not in PATTERN_OUTCOMES:
                problems.append(f"unknown outcome {term.outcome!r} (one of {PATTERN_OUTCOMES})")
    return problems
