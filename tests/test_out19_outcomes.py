"""The outcome of the pending fix in any wording (issue 10 §1, out19): success told as a little
story or in dialect, with a clause about something else beside it; the fault taken to people
("那我报修", "I'll call the bank then"), which a person would agree to and hand over; and
failures in dialect that must never read as success. Sentences written for this test (not taken
from any evaluation set), in zh, traditional Chinese and English."""

from __future__ import annotations

import pytest

from dialogs.engine import Engine
from tests.conversation import reply_after as _play

PAPER_ZH = ["小票打不出来"]
PAPER_EN = ["receipts wont print"]
SIGNAL_HK = ["部機冇訊號 碌唔到咭"]
SIGN_IN_ZH = ["每天早上一刷就说请先签到"]


def _names(result) -> list[str]:
    return [e.name for e in result.events]


def _outcome(result) -> dict | None:
    return next((e.data for e in result.events if e.name == "fix_outcome"), None)


# -- success told as a story: the clause with the result decides ----------------------------

@pytest.mark.parametrize("prior, reply", [
    (PAPER_ZH, "重新开了机 再刷就通过了 那张信用卡还是刷不了"),    # another card's failure is context
    (PAPER_ZH, "照你说的弄了 今天上午一笔都没出错"),               # the time since the fix
    (SIGNAL_HK, "重新插好條線 再碌 得咗 以後唔好亂拔"),            # a rule for later is no outcome
    (SIGN_IN_ZH, "按你说的签了到 再刷就中了"),                     # Henan 中: OK
    (PAPER_EN, "tried again with the same card and same amount, went through fine"),  # "same" input
    (PAPER_EN, "restarted it, all afternoon not one error"),
    (PAPER_ZH, "装了新纸 一打就出来了 便宜的纸真是一分钱一分货"),   # a saying is an aside
])
def test_a_success_told_as_a_story_is_success(engine: Engine, prior, reply):
    session, result = _play(engine, prior, reply)
    outcome = _outcome(result)
    assert outcome is not None and outcome["worked"], [(e.name, e.data) for e in result.events]
    assert "resolved" in _names(result)


@pytest.mark.parametrize("prior, reply", [
    (PAPER_EN, "it nuh work still"),              # Jamaican nuh: not
    (PAPER_EN, "nah man it neva go through"),
    (PAPER_ZH, "刚才有黑了一下"),                  # it went black once: the fault happened
    (SIGN_IN_ZH, "按了 还是不中"),
    (PAPER_ZH, "一下就过了 后来又不行了"),          # worked, then failed: never "worked"
])
def test_a_failure_in_dialect_is_never_success(engine: Engine, prior, reply):
    session, result = _play(engine, prior, reply)
    assert "resolved" not in _names(result), [(e.name, e.data) for e in result.events]
    outcome = _outcome(result)
    assert outcome is not None and not outcome["worked"], [(e.name, e.data) for e in result.events]


def test_a_tag_question_after_the_action_is_no_verdict(engine: Engine):
    """"…会被扣两次吧" ends with "会吧", a yes word: asked, it is no result."""
    _, result = _play(engine, PAPER_ZH, "纸换好了 这样打出来的会不会是空白的 会吧")
    assert "resolved" not in _names(result), [(e.name, e.data) for e in result.events]


# -- the fault taken to people: agreed, and handed over to be arranged ----------------------

@pytest.mark.parametrize("prior, reply", [
    (PAPER_ZH, "行吧 那我明天送去维修站"),
    (PAPER_ZH, "好的 我还是报修吧 先收现金"),
    (PAPER_ZH, "那就换台机器吧 你们安排"),
    (SIGNAL_HK, "好 我聽日拎去維修"),
    (SIGNAL_HK, "明白 我打去收單問下點搞"),
    (PAPER_EN, "fine, I'll send it for repair tomorrow"),
    (PAPER_EN, "ok I'll call the bank then"),
    (PAPER_EN, "alright, get a replacement out to me please"),
])
def test_taking_the_fault_to_people_is_handed_over(engine: Engine, prior, reply):
    session, result = _play(engine, prior, reply)
    assert session["state"] == "fixing"  # a fix was pending
    assert result.session["state"] == "handoff", [(e.name, e.data) for e in result.events]
    handoff = next(e.data for e in result.events if e.name == "handoff")
    assert handoff["reason"] == "arranging"
    assert "reask" not in _names(result) and _outcome(result) is None  # not "it failed"
    said = result.replies[0].text
    assert any(w in said for w in ("工作人员", "工作人員", "staff"))  # says why a person


@pytest.mark.parametrize("prior, reply", [
    (PAPER_ZH, "不用报修了 现在好了"),
    (PAPER_EN, "no need to send it for repair, it works now"),
])
def test_no_repair_needed_is_success(engine: Engine, prior, reply):
    _, result = _play(engine, prior, reply)
    assert "resolved" in _names(result) and "handoff" not in _names(result)
