"""dlg48: a reply's clause that nothing read, in words no phrasing lists, is read as the fact
whose phrasings it is clearly nearest (Interpreter.nearest_facts), noted at an ordinary weight
(never decisive), and shown on the agent's card with the words it was read from. Sentences of
our own in zh, zh-hant and en (none from an eval file); near-misses that must admit nothing:
small talk, thanks, a question back, a denial, a clause already read, someone else's words
quoted, what the merchant is busy with now."""

import pytest

from dialogs import diagnosis
from dialogs.engine import summary
from knowledge.observations import cause_factors
from tests.conversation import converse
from tests.tables import events

# A fact said in other words than every phrasing, but with most of one phrasing's words: the
# nearest observation, clearly ahead of the runner-up. (Each is first checked to be unread by
# the phrasings: otherwise it would test the phrase finder, not the nearness.)
NEAR = [
    ("网络是从那个底座过来的", "obs_base_link_flaky"),
    # (merge of round eighteen: "我们从来没去点过那个结算", a settlement *pressed* or not, is now
    # as near dlg49's "pressed settlement instead of sign-in" too, and the margin declines it,
    # as it should; never *doing* it is the settlement's alone)
    ("我们从来没做过那个结算", "obs_not_settled"),
    ("網路是從那個小底座接過來", "obs_base_link_flaky"),
    ("我哋從來冇撳過嗰個結算", "obs_not_settled"),
    ("the internet comes to it through its little charging stand", "obs_base_link_flaky"),
    ("never in my life pressed settle on that box", "obs_not_settled"),
]


@pytest.mark.parametrize("text,obs", NEAR)
def test_unread_fact_read_by_nearness(engine, text, obs):
    reader = engine.interpreter
    assert not reader.observed(reader.plain(text)), "read by a phrasing: not a nearness case"
    assert [o for o, _, _ in reader.nearest_facts(text, "diagnosing")] == [obs]


# None of these may admit a fact, whatever its words are near: each is read as what it is, or
# says no fact of the terminal.
NEAR_MISSES = [
    "谢谢你啊 辛苦了",                                   # thanks
    "thanks a lot mate, appreciate it",
    "今天生意还行吧 下雨人少",                             # small talk
    "網絡係唔係由底座嚟㗎？",                               # a question back
    "does the internet come through the stand?",
    "不是底座的问题",                                      # a denial
    "唔關底座事",
    "it's not the base, nothing to do with the base",
    "网线插在底座上",                                      # already read (a phrasing)
    "客人说网络是从那个底座过来的",                          # someone else's words
    "the customer said the internet comes through the little stand",
    "等下 我在收钱",                                        # busy now
    "稍等 正在招呼客人",
    "hang on, serving a customer right now",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_admit_nothing(engine, text):
    assert engine.interpreter.nearest_facts(text, "diagnosing") == []


@pytest.mark.parametrize("text", [
    "客人说网络是从那个底座过来的", "等下 我在收钱", "不是底座的问题", "thanks a lot mate, appreciate it",
    "does the internet come through the stand?"])
def test_near_misses_are_not_unread(engine, text):
    """The filters themselves, not only the threshold, keep these out: no clause is compared."""
    assert engine.interpreter.unread_clauses(text) == []


def test_near_fact_in_a_conversation(engine):
    """Asked where 0020000 comes, the merchant tells instead where the network comes from, in
    words no phrasing lists: the fact is noted (event near_observation), shown on the agent's
    card with the words it was read from, and the cause it points to decisively is weighed as
    a clear fact's would be, not proved."""
    for lang, lines, marker in [
        ("zh-hans", ["刷卡报0020000", "网络是从那个底座过来的"], "网络是从那个底座过来的"),
        ("zh-hant", ["刷卡報0020000", "網路是從那個小底座接過來"], "网络是从那个小底座接过来"),
        ("en", ["card machine shows 0020000 on every sale", "the internet comes to it through its little charging stand"],
         "internet comes to it through its little charging stand"),
    ]:
        results = converse(engine, lines, lang)
        near = events(results, "near_observation")
        assert [e["observation"] for e in near] == ["obs_base_link_flaky"], (lang, near)
        session = results[-1].session
        assert session["facts"]["near"][0][0] == "obs_base_link_flaky"
        card = summary(engine.kb, session, "en" if lang == "en" else "zh")
        assert any(marker in k for k in card["known"]), card["known"]
        # not decisive: the cause it names is not certain, and nothing is ruled out by it
        assert session["facts"]["candidates"].get("hw_cradle_contacts", 0) < 0.7
        assert not events(results[-1:], "observation")  # (no full-weight fact, no question answered)


def test_near_fact_weight_capped(kb):
    """A fact admitted by nearness counts as "clearly" at most: decisive weights (3, or -3 that
    would rule a cause out) are weighed as 2."""
    obs = "obs_not_settled"
    factors = cause_factors(kb, obs)
    assert max(factors.values()) == 3 and min(factors.values()) == -3
    candidates = {c: 1 / 3 for c in ("mer_batch_full", "card_expired", "net_wifi_down")}
    full, ruled_full = diagnosis.observe(kb, candidates, obs)
    capped, ruled_capped = diagnosis.observe(kb, candidates, obs, cap=2)
    assert "card_expired" in ruled_full and not ruled_capped
    assert capped["mer_batch_full"] < full["mer_batch_full"]


def test_only_unread_replies_are_compared(engine):
    """A reply read as an answer whole (no clause left unread) is never compared: the cost of
    the nearness reading falls on unread clauses only."""
    reader = engine.interpreter
    reader.trace = []
    try:
        converse(engine, ["刷卡报0020000", "插卡的时候报"], "zh-hans")
        assert reader.trace == []
    finally:
        reader.trace = None


def test_fact_read_in_the_same_message_keeps_its_weight(engine):
    """A fact a phrasing reads in the message is not guessed again from another clause of it:
    the guess would be noted first, at the lower weight, and the phrasing's reading dropped as
    said already ("never heard of settlement" read, "nobody told us either" near the same)."""
    for lang, lines in [
        ("zh-hans", ["一早开始就0020000", "结算从来没做过 也没人跟我们讲过要做"]),
        ("en", ["0020000 for every customer since opening", "honestly never heard of settlement, nobody told us about it"]),
    ]:
        results = converse(engine, lines, lang)
        assert "obs_not_settled" in [e["observation"] for e in events(results, "observation")], lang
        assert "obs_not_settled" not in [e["observation"] for e in events(results, "near_observation")]


def test_guessed_fact_told_plainly_later_counts_in_full(engine):
    """A fact guessed from one reply and told plainly in a later one is then a stated fact
    (full weight, its question answered), not "I have that already"."""
    for lang, lines in [
        ("zh-hans", ["刷卡报0020000", "网络是从那个底座过来的", "网线插在底座上"]),
        ("en", ["card machine shows 0020000 on every sale",
                "the internet comes to it through its little charging stand", "the network comes from the base"]),
    ]:
        results = converse(engine, lines, lang)
        assert "obs_base_link_flaky" in [e["observation"] for e in events(results[2:], "observation")], lang
        assert "obs_base_link_flaky" not in [n[0] for n in results[-1].session["facts"].get("near", [])]
