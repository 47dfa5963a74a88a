"""Which words of the trade (glossary.yaml) a message names: "签到是什么意思" names sign-in,
"what's settlement" settlement. The dialog then says what they mean in plain words."""

from __future__ import annotations

from knowledge.loader import KnowledgeBase
from knowledge.observations import Negation, PhraseFinder


def _finder(kb: KnowledgeBase) -> PhraseFinder[str]:
    finder = kb.__dict__.get("_glossary_finder")
    if finder is None:
        finder = PhraseFinder(((w, t.id) for t in kb.glossary.values()
                               for w in (*t.words.zh, *t.words.en)), Negation(kb.negations))
        kb.__dict__["_glossary_finder"] = finder
    return finder


def terms_named(kb: KnowledgeBase, text: str) -> list[str]:
    """Glossary term ids the text names, in the order named, each once ("签到是什么" ->
    term_sign_in). Negation does not matter: "不是签到吗？" asks about sign-in too."""
    return list(dict.fromkeys(hit.target for hit in _finder(kb).find(text)))
