"""A fault that needs words of two groups said together (Symptom.requires as a list): every card
AND refused is the merchant-side "every card declined"; either alone is not. Its phrasings are
no evidence word by word either: the category vote has them only for a message that says the
conjunction. Sentences written for this file."""

import pytest

from knowledge.schema import Phrasings, Symptom


@pytest.mark.parametrize("text", [
    "the machine say declined but customer say got money inside one",
    "customer card got declined but she got money inside",
    "her visa declined but she got money inside",
    "客人的卡被拒了 客人说卡里有钱",
    "客人的卡老是被拒 别的客人都正常",
])
def test_one_card_refused_is_the_card(recogniser, text):
    got = recogniser.recognise(text)
    assert got.category == "card" and got.symptom != "s_all_declined", got


@pytest.mark.parametrize("text", ["每张卡插进去都没反应", "all cards cannot read, chip also cannot",
                                  "every card timeout then back to main screen", "不管什么卡 插进去都读不了"])
def test_every_card_failing_another_way_is_not_every_card_declined(recogniser, text):
    got = recogniser.recognise(text)
    assert got.category != "merchant" and got.symptom != "s_all_declined", got


@pytest.mark.parametrize("text", ["今天所有的卡都被拒绝", "no matter what card it say declined",
                                  "whatever card also declined since lunch", "每张卡都说交易拒绝"])
def test_every_card_refused_is_every_card_declined(recogniser, text):
    got = recogniser.recognise(text)
    assert (got.category, got.symptom) == ("merchant", "s_all_declined"), got


def test_requires_takes_one_group_or_several():
    base = dict(id="s_x", category="card", title={"zh": "x", "en": "x"},
                phrasings={"zh": ["一", "二", "三", "四", "五"], "en": ["a", "b", "c"]}, causes={"c": 1.0})
    assert Symptom(**base).required_groups == []
    one = Symptom(**base, requires={"zh": ["扣"], "en": ["charge"]})
    assert one.required_groups == [Phrasings(zh=["扣"], en=["charge"])]
    two = Symptom(**base, requires=[{"zh": ["所有"], "en": ["every"]}, {"zh": ["拒"], "en": ["declin"]}])
    assert [g.en for g in two.required_groups] == [["every"], ["declin"]]


@pytest.mark.parametrize("text, category", [
    ("昨晚打雷停电了 现在开机很慢", "environment"),   # what came first, before a clause opening with 现在
    ("升级到一半断电了 现在开不起来", "software"),
])
def test_what_came_first_is_read_when_clauses_are_parted_by_a_space(recogniser, text, category):
    assert recogniser.recognise(text).category == category
