"""The prepared-tables cache (knowledge/cache.py, dialogs/prepared.py): built on the first start,
loaded at the next; rebuilt when any data file or the code changes, when the file is damaged or
foreign, and when two processes start at once each gets a whole engine. A cached engine answers
exactly as a freshly built one and applies what leads teach at once."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.learned import forget, teach
from bot.service import Service
from bot.store import Store
from dialogs.engine import Engine
from dialogs.messages import Incoming
from dialogs.prepared import ROOTS, prepared_engine
from dialogs.typed_simulate import simulate_typed
from knowledge import cache
from knowledge.evaluation import CHATSTYLE_SETS, DEFAULT_SET, load_labelled

ROOT = Path(__file__).resolve().parents[1]
# In a merchant's words, not in the knowledge base (as tests/test_teach.py's CHIRPING).
UNKNOWN = "那个小灰盒子一直滴滴滴叫个不停"


class Builds:
    """A build that counts how often it ran."""

    def __init__(self, value):
        self.value = value
        self.count = 0

    def __call__(self):
        self.count += 1
        return self.value


@pytest.fixture
def sources(tmp_path):
    root = tmp_path / "src"
    (root / "data").mkdir(parents=True)
    (root / "data" / "codes.yaml").write_text("codes: [A0]\n", encoding="utf-8")
    (root / "reader.py").write_text("X = 1\n", encoding="utf-8")
    return root


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def test_built_once_then_loaded(tmp_path, sources):
    build = Builds({"table": [1, 2, 3], "f": lambda x: x + 1})
    first = cache.cached("t", build, [sources], directory=tmp_path / "c")
    again = cache.cached("t", build, [sources], directory=tmp_path / "c")
    assert build.count == 1
    assert again["table"] == [1, 2, 3] and again["f"](1) == 2 and first is build.value
    assert len(kept_files(tmp_path / "c")) == 1
    assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700
    assert kept_files(tmp_path / "c")[0].stat().st_mode & 0o777 == 0o600


def test_the_cycle_collector_runs_again_after_a_build_or_a_load_even_a_failed_one(tmp_path, sources):
    import gc

    def failing():
        raise RuntimeError("no knowledge base")
    with pytest.raises(RuntimeError):
        cache.cached("t", failing, [sources], directory=tmp_path / "c")
    assert gc.isenabled()
    cache.cached("t", Builds([1]), [sources], directory=tmp_path / "c")
    cache.cached("t", Builds([2]), [sources], directory=tmp_path / "c")
    assert gc.isenabled()


def test_any_change_of_a_source_file_rebuilds_and_content_not_time_decides(tmp_path, sources):
    build = Builds([1])
    folder = tmp_path / "c"
    cache.cached("t", build, [sources], directory=folder)
    os.utime(sources / "data" / "codes.yaml", (1, 1))  # touched, same bytes: still current
    cache.cached("t", build, [sources], directory=folder)
    assert build.count == 1
    for change in (lambda: (sources / "data" / "codes.yaml").write_text("codes: [A0, A7]\n"),
                   lambda: (sources / "reader.py").write_text("X = 2\n"),
                   lambda: (sources / "data" / "concepts.yaml").write_text("new: file\n")):
        change()
        cache.cached("t", build, [sources], directory=folder)
    assert build.count == 4
    (sources / "data" / "concepts.yaml").unlink()  # back to a version seen before: found by content
    cache.cached("t", build, [sources], directory=folder)
    assert build.count == 4
    # Bytecode and evaluation sets are not what a build reads.
    (sources / "__pycache__").mkdir()
    (sources / "__pycache__" / "reader.cpython-311.pyc").write_bytes(b"\0")
    (sources / "eval").mkdir()
    (sources / "eval" / "dev.jsonl").write_text("{}\n")
    cache.cached("t", build, [sources], directory=folder)
    assert build.count == 4
    assert len(kept_files(folder)) == cache.KEEP  # older versions pruned


def test_fingerprint_covers_the_real_knowledge_base_and_dialog_files(tmp_path):
    copies = []
    for root in ROOTS:
        copies.append(shutil.copytree(root, tmp_path / root.name, ignore=shutil.ignore_patterns("__pycache__")))
    before = cache.fingerprint(copies)
    named = {name for name, _ in cache.source_files(copies)}
    assert {"knowledge/data/observations.yaml", "knowledge/matcher.py", "dialogs/readings.yaml",
            "dialogs/interpret.py"} <= named
    assert not any(name.startswith("knowledge/eval/") for name in named)
    symptoms = next((tmp_path / "knowledge" / "data" / "symptoms").glob("*.yaml"))
    symptoms.write_text(symptoms.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cache.fingerprint(copies) != before


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_file_is_rebuilt_never_trusted(tmp_path, sources, damage, caplog):
    build = Builds({"answer": 42})
    folder = tmp_path / "c"
    cache.cached("t", build, [sources], directory=folder)
    path = kept_files(folder)[0]
    blob = bytearray(path.read_bytes())
    if damage == "flip":
        blob[-5] ^= 0xFF
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "garbage":
        blob = bytearray(b"cos\nsystem\n(S'echo pwned'\ntR.")  # a pickle that would run a command
    else:
        blob = bytearray()
    path.write_bytes(bytes(blob))
    with caplog.at_level(logging.WARNING, logger="posbot.cache"):
        assert cache.cached("t", build, [sources], directory=folder) == {"answer": 42}
    assert build.count == 2
    assert "rebuilding" in caplog.text
    assert cache.loads(path.read_bytes()) == {"answer": 42}  # replaced by a whole, valid file


def test_a_file_others_may_write_is_not_loaded(tmp_path, sources, caplog):
    build = Builds([7])
    folder = tmp_path / "c"
    cache.cached("t", build, [sources], directory=folder)
    kept_files(folder)[0].chmod(0o666)
    with caplog.at_level(logging.WARNING, logger="posbot.cache"):
        cache.cached("t", build, [sources], directory=folder)
    assert build.count == 2 and "writable by others" in caplog.text


def test_an_unwritable_folder_or_caching_off_only_costs_the_build(tmp_path, sources, caplog):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    build = Builds([1])
    with caplog.at_level(logging.WARNING, logger="posbot.cache"):
        assert cache.cached("t", build, [sources], directory=blocked / "c") == [1]
        assert cache.cached("t", build, [sources], directory=None) == [1]
    assert build.count == 2 and "not kept" in caplog.text
    assert cache.cache_dir({"POSBOT_CACHE_DIR": "off"}) is None
    assert cache.cache_dir({"POSBOT_CACHE_DIR": "/srv/x"}) == Path("/srv/x")
    assert cache.cache_dir({"XDG_CACHE_HOME": "/var/c"}) == Path("/var/c/posbot")


RACER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from knowledge import cache
go = Path({go!r})
while not go.exists():
    time.sleep(0.005)
def build():
    time.sleep(0.3)  # both processes are inside the build at once
    return {{"who": sys.argv[1], "big": list(range(200000))}}
value = cache.cached("race", build, [Path({src!r})], directory=Path({folder!r}))
assert value["big"][-1] == 199999
print(value["who"])
"""


def test_two_processes_starting_at_once_each_get_a_whole_value(tmp_path, sources):
    folder, go = tmp_path / "c", tmp_path / "go"
    script = RACER.format(root=str(ROOT), go=str(go), src=str(sources), folder=str(folder))
    racers = [subprocess.Popen([sys.executable, "-c", script, name], stdout=subprocess.PIPE, text=True)
              for name in ("a", "b")]
    go.touch()
    outputs = [racer.communicate(timeout=120)[0].strip() for racer in racers]
    assert [racer.returncode for racer in racers] == [0, 0]
    assert outputs == ["a", "b"]  # each built its own (neither found a half-written file)
    [kept] = kept_files(folder)
    assert cache.loads(kept.read_bytes())["who"] in ("a", "b")
    assert not list(folder.glob(".tmp-*"))  # no temporary file left behind
    build = Builds(None)
    assert cache.cached("race", build, [sources], directory=folder)["who"] in ("a", "b")
    assert build.count == 0


# -- the engine ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cached_engine(tmp_path_factory):
    """An engine whose tables were written by one prepared_engine() and read by another."""
    folder = tmp_path_factory.mktemp("prepared")
    prepared_engine(folder)
    assert len(kept_files(folder)) == 1
    return prepared_engine(folder)


def test_a_cached_engine_is_loaded_not_built(tmp_path, monkeypatch):
    prepared_engine(tmp_path)
    import dialogs.prepared

    monkeypatch.setattr(dialogs.prepared, "build_tables", lambda: pytest.fail("built again"))
    assert prepared_engine(tmp_path).recogniser.learned is None  # nothing taught baked in


def test_a_cached_recogniser_recognises_exactly_as_a_fresh_one(cached_engine, recogniser):
    rows = load_labelled(DEFAULT_SET, "dev") + load_labelled(CHATSTYLE_SETS[0], "dev")
    assert len(rows) > 300
    for row in rows:
        assert cached_engine.recogniser.recognise(row["text"]) == recogniser.recognise(row["text"]), row["text"]


def test_a_cached_engine_holds_the_same_conversations_as_a_fresh_one(cached_engine, kb):
    merchants = yaml.safe_load((ROOT / "knowledge" / "eval" / "typed_merchants_dev.yaml")
                               .read_text(encoding="utf-8"))["merchants"]
    fresh_figures, fresh = simulate_typed(Engine(kb), merchants)
    cached_figures, cached = simulate_typed(cached_engine, merchants)
    assert [p.transcript for p in cached] == [p.transcript for p in fresh]
    assert cached_figures == fresh_figures


def test_a_cached_engine_applies_a_lesson_at_once_and_drops_it_when_withdrawn(tmp_path, kb):
    prepared_engine(tmp_path / "c")
    engine = prepared_engine(tmp_path / "c")
    db = tmp_path / "bot.db"
    with Store(db) as bot_store, Store(db) as dashboard_store:  # the bot and the dashboard
        service = Service(bot_store, engine, channel="telegram")

        def events(chat: str) -> dict:
            return {e.name: e.data for e in service.handle(chat, Incoming(text=UNKNOWN)).result.events}
        assert "not_understood" in events("m1")
        lesson = teach(dashboard_store, kb, UNKNOWN, "symptom", "s_tamper")
        assert events("m2")["problem"]["symptom"] == "s_tamper"
        forget(dashboard_store, lesson)
        assert "not_understood" in events("m3")
