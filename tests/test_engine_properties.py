"""Property tests: no input, in any state, crashes a turn or produces an unusable session."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.engine import Engine
from dialogs.flow import STATES
from dialogs.messages import Incoming

PAYLOADS = st.sampled_from(
    ["h", "restart", "cancel", "new", "lang:zh", "lang:en", "lang:toggle", "unhandoff", "ok", "skip",
     "retry", "pick:0", "pick:9", "pick:none", "rate:3", "rate:9", "a:nope:yes", "fix:nope:y", "cmd:start",
     "cmd:help", "cmd:unknown", "", "a:", "fix:", "zzz"]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["51", "A0", "0020000", "转人工", "English", "1", "2", "好了", "no", "打印不出来",
                     "\x00\x1b[31m", "😀" * 50, "'; drop table x; --", "a" * 10000]),
)
INCOMING = st.one_of(
    st.builds(Incoming, text=TEXTS, language_hint=st.sampled_from([None, "en", "zh-hans", "xx"])),
    st.builds(Incoming, button=PAYLOADS),
    st.builds(Incoming, kind=st.sampled_from(["photo", "sticker", "voice", "edited"])),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(INCOMING, min_size=1, max_size=12))
def test_any_sequence_of_messages_is_handled(engine: Engine, steps):
    session = None
    for incoming in steps:
        result = engine.handle(session, incoming)
        session = result.session
        assert session["state"] in STATES
        assert session["lang"] in ("zh", "en")
        json.dumps(session)  # always plain, storable data
        for reply in result.replies:
            assert reply.text.strip()
            assert all(len(b.payload.encode()) <= 64 for b in reply.buttons)
        if session["state"] not in ("handoff",) and incoming.kind == "text" and incoming.button is None:
            assert result.replies, f"no answer to {incoming!r} in {session['state']}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000))
def test_any_text_gets_a_polite_answer_from_a_fresh_start(engine: Engine, text):
    result = engine.handle(None, Incoming(text=text))
    assert result.replies and all(r.text for r in result.replies)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_information_gain_matches_its_definition(kb, data):
    """The closed form in diagnosis.information_gain equals entropy before minus the expected
    entropy after, computed the long way with normalised per-answer distributions."""
    from dialogs import diagnosis

    causes = data.draw(st.lists(st.sampled_from(sorted(kb.causes)), min_size=1, max_size=10, unique=True))
    weights = data.draw(st.lists(st.floats(0.01, 1.0), min_size=len(causes), max_size=len(causes)))
    candidates = diagnosis.normalised(dict(zip(causes, weights)))
    for question in diagnosis.relevant_questions(kb, candidates):
        expected = 0.0
        for answer in question.answers:
            joint = {c: p * diagnosis.likelihood(kb, question, answer.id, c) for c, p in candidates.items()}
            total = sum(joint.values())
            if total > 0:
                expected += total * diagnosis.entropy(diagnosis.normalised(joint))
        long_way = diagnosis.entropy(candidates) - expected
        assert abs(diagnosis.information_gain(kb, candidates, question) - long_way) < 1e-9
