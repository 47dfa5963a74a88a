"""A complaint that names only the terminal and that it is broken ("my edc machine not working
lah", "部機壞咗", "终端罢工了") is vague, whatever name the merchant gives the terminal: never a
fault whose phrasing happens to name the same device ("wifi not working on pos" made "pos not
working" a Wi-Fi fault). A second vague message gets the everyday faults as buttons."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from dialogs.messages import Incoming

# kb and recogniser: the session fixtures of tests/conftest.py


# Written for this test: device names crossed with complaints, as merchants type them.
VAGUE = [
    "pos not working", "my pos machine not working lah", "card machine spoil", "the edc is down",
    "credit card machine having problem", "terminal playing up again", "our pos got problem pls",
    "部機壞咗", "终端罢工了", "刷卡机不好使啊", "我的pos机又出毛病了", "这个收款机不能用了",
]
# A fault said beside the complaint is that fault, not vague.
NOT_VAGUE = [
    ("pos not printing", "hardware"), ("机器坏了 打不出小票", "hardware"),
    ("刷卡机不能用 提示通讯失败", "network"), ("wifi not working on pos", "network"),
]


@pytest.mark.parametrize("text", VAGUE)
def test_device_and_complaint_only_is_vague(recogniser, text):
    result = recogniser.recognise(text)
    assert result.intent == "vague", (text, result)
    assert result.symptom is None and result.code is None


@pytest.mark.parametrize("text,category", NOT_VAGUE)
def test_a_named_fault_beside_the_complaint_is_that_fault(recogniser, text, category):
    result = recogniser.recognise(text)
    assert result.intent is None and result.category == category, (text, result)


def test_offer_names_known_symptoms(kb):
    assert kb.intents["vague"].offer and all(s in kb.symptoms for s in kb.intents["vague"].offer)


@pytest.mark.parametrize("first,second,lang", [
    ("机器有问题", "就是不行啊", "zh"), ("pos not working", "it just dont work lah", "en")])
def test_second_vague_message_offers_everyday_faults(kb, first, second, lang):
    engine = Engine(kb)
    session = engine.handle(None, Incoming(text=first)).session
    result = engine.handle(session, Incoming(text=second))
    assert result.session["state"] == "clarifying"
    labels = [b.label for m in result.replies for b in (m.buttons or [])]
    titles = [getattr(kb.symptoms[s].title, lang) for s in kb.intents["vague"].offer]
    assert all(t in labels for t in titles), labels
    # picking one starts that fault
    picked = engine.handle(result.session, Incoming(button="pick:2"))
    assert any(e.name == "problem" and e.data["symptom"] == kb.intents["vague"].offer[2]
               for e in picked.events)
