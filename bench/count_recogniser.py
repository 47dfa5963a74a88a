"""The recogniser's work on the dev messages counted in instructions, which the machine's load
does not move (a shared machine's timings move by 2x from minute to minute): the messages of
`bench/bench_recogniser.py --dev-only`, each recognised once as new (after 50 to warm up), in
one `itertools.starmap` that callgrind counts alone:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python bench/count_recogniser.py

("Collected" in its output, divided by the 545 messages, is instructions per message;
`callgrind_annotate /tmp/cg.out` says where they go.) Run it in another tree the same way
(with that tree on PYTHONPATH) to compare two versions.
"""

from __future__ import annotations

import itertools

from knowledge.evaluation import CHATSTYLE_SETS, DEFAULT_SET, load_labelled
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser
from knowledge.text import fuzzy_key

recogniser = Recogniser(load_kb())
texts = [row["text"] for row in load_labelled(DEFAULT_SET, "dev")]
texts += [row["text"] for row in load_labelled(CHATSTYLE_SETS[0])]
for text in texts[:50]:  # warm the way a running bot is warm
    recogniser.recognise(text)


def one(text: str) -> None:
    fuzzy_key.cache_clear()  # every message is new to the bot
    recogniser.recognise(text)


list(itertools.starmap(one, [(text,) for text in texts]))
print(len(texts), "messages")
