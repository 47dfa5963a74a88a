"""Load and validate the knowledge base from YAML files.

Every file under the data folder is validated on its own (so an error names the file and
the entry), then the files are merged and cross-references are checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge.text import normalise

from knowledge.schema import (
    CATEGORY_IDS,
    Category,
    Cause,
    Code,
    Concept,
    Fix,
    Intent,
    KnowledgeFile,
    Negations,
    Observation,
    pattern_problems,
    Question,
    Symptom,
    Term,
)

DATA_DIR = Path(__file__).parent / "data"
# libyaml's parser when PyYAML was built with it: the pure-Python one spent ~1 s of start-up
# parsing the knowledge base.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):
    """That loader, refusing a key said twice in one mapping: YAML keeps the last silently, and two
    word lists under one name lost the first (readings.yaml `other_card`, round ten)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen and key != "<<":
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


_YAML_LOADER = _UniqueKeyLoader
# Sets of noted observations whose moot questions are remembered (KnowledgeBase.moot_questions).
MOOT_MEMO = 4096


def read_yaml(path: Path):
    """A YAML data file, parsed with libyaml when present (the dialog's texts and word lists
    as well as the knowledge base: start-up counts)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


class KnowledgeError(ValueError):
    """The knowledge base is invalid; the message names file, entry and problem."""


@dataclass
class KnowledgeBase:
    categories: dict[str, Category] = field(default_factory=dict)
    causes: dict[str, Cause] = field(default_factory=dict)
    fixes: dict[str, Fix] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    codes: dict[str, Code] = field(default_factory=dict)
    symptoms: dict[str, Symptom] = field(default_factory=dict)
    intents: dict[str, Intent] = field(default_factory=dict)
    observations: dict[str, Observation] = field(default_factory=dict)
    # Meaning units that observations' patterns combine (concepts.yaml).
    concepts: dict[str, Concept] = field(default_factory=dict)
    # Words of the trade and what they mean in plain words (glossary.yaml).
    glossary: dict[str, Term] = field(default_factory=dict)
    # Groups of observations that cannot both hold.
    exclusive: list[list[str]] = field(default_factory=list)
    negations: Negations | None = None
    # Word variants: what a merchant writes -> what the knowledge base says (schema.WordVariants).
    words: dict[str, str] = field(default_factory=dict)
    # Words that say something is wrong (schema.KnowledgeFile.trouble), normalised.
    trouble: list[str] = field(default_factory=list)
    # Words for the terminal as a whole, normalised (schema.KnowledgeFile.generic).
    generic: list[str] = field(default_factory=list)
    # Words a forwarded bulletin names itself by, normalised (schema.KnowledgeFile.bulletin).
    bulletin: list[str] = field(default_factory=list)
    # Words that say a message is about the terminal or a payment, normalised.
    terminal: list[str] = field(default_factory=list)
    # Merchants' words by category (schema.SynonymGroup): (category, words normalised).
    synonyms: list[tuple[str, list[str]]] = field(default_factory=list)
    # Where each entry came from, for error messages: (section, id) -> file.
    origin: dict[tuple[str, str], str] = field(default_factory=dict)

    def code(self, code: str) -> Code | None:
        """Look a code up by its canonical form or an alias."""
        return self._code_index().get(code.upper())

    def _code_index(self) -> dict[str, Code]:
        index = getattr(self, "_code_idx", None)
        if index is None:
            index = {}
            for c in self.codes.values():
                index[c.code] = c
                for alias in c.aliases:
                    index[alias] = c
            self._code_idx = index
        return index

    def exclusive_with(self, observation_id: str) -> set[str]:
        """Observations that cannot hold together with this one (the `exclusive:` groups)."""
        return set(self._exclusive_index().get(observation_id, ()))

    def _exclusive_index(self) -> dict[str, frozenset[str]]:
        """exclusive_with of every observation in a group, built once (the dialog asks at every
        step, for every question's requirements: a scan of the groups each time)."""
        index = getattr(self, "_exclusive_idx", None)
        if index is None:
            found: dict[str, set[str]] = {}
            for group in self.exclusive:
                for observation_id in group:
                    found.setdefault(observation_id, set()).update(o for o in group if o != observation_id)
            index = self._exclusive_idx = {o: frozenset(others) for o, others in found.items()}
        return index

    def contradicts(self, observation_id: str, required: list[str]) -> bool:
        """Whether noting the observation says a requirement (`requires:` of a cause, fix or
        question: one of these observations must be possible) cannot hold: it is exclusive
        with every one of them ("on the cable" with "on its SIM or a phone's hotspot")."""
        index = self._exclusive_index()
        return bool(required) and all(observation_id in index.get(r, ()) for r in required)

    def pointless_after(self) -> dict[str, set[str]]:
        """observation id -> the fixes it makes useless: their `pointless_when`, and those
        whose `requires` it contradicts ("move for a better signal" on the network cable)."""
        after: dict[str, set[str]] = {}
        for fix in self.fixes.values():
            for observation in fix.pointless_when:
                after.setdefault(observation, set()).add(fix.id)
            for observation in self.observations:
                if fix.requires and self.contradicts(observation, fix.requires):
                    after.setdefault(observation, set()).add(fix.id)
        return after

    def unfounded_fixes(self, noted) -> list[str]:
        """Fixes offered only once one of their `only_when` facts is told, none of them noted
        yet ("keep it on the charger for now" before "fine plugged in, fails on the battery")."""
        index = getattr(self, "_only_when_idx", None)
        if index is None:
            index = self._only_when_idx = {f.id: frozenset(f.only_when) for f in self.fixes.values()
                                           if f.only_when}
        noted = set(noted)
        return [f for f, need in index.items() if not need & noted]

    def moot_questions(self, noted) -> list[str]:
        """Questions whose `requires` a noted observation contradicts ("how many signal bars?"
        to a terminal on the network cable): never asked. (Remembered per set of noted
        observations: asked at every step of a diagnosis, mostly with none or the same few.)"""
        memo = self.__dict__.setdefault("_moot", {})
        key = frozenset(noted)
        found = memo.get(key)
        if found is None:
            if len(memo) >= MOOT_MEMO:
                memo.clear()
            found = memo[key] = tuple(
                q.id for q in self.questions.values()
                if q.requires and any(self.contradicts(o, q.requires) for o in key))
        return list(found)

    def causes_mended_by(self, fix_id: str) -> frozenset[str]:
        """The causes that list the fix among their `fixes` (built once: the dialog asks while
        a fix is pending, at every turn)."""
        index = getattr(self, "_mended_idx", None)
        if index is None:
            found: dict[str, set[str]] = {}
            for cause in self.causes.values():
                for fix in cause.fixes:
                    found.setdefault(fix, set()).add(cause.id)
            index = self._mended_idx = {f: frozenset(c) for f, c in found.items()}
        return index.get(fix_id, frozenset())

    def causes_of_category(self, category: str) -> list[str]:
        return [c.id for c in self.causes.values() if c.category == category]

    def counts(self) -> dict[str, int]:
        return {
            "categories": len(self.categories),
            "codes": len(self.codes),
            "host codes": sum(1 for c in self.codes.values() if c.kind == "host"),
            "symptoms": len(self.symptoms),
            "symptom phrasings (zh)": sum(len(s.phrasings.zh) for s in self.symptoms.values()),
            "symptom phrasings (en)": sum(len(s.phrasings.en) for s in self.symptoms.values()),
            "causes": len(self.causes),
            "fixes": len(self.fixes),
            "questions": len(self.questions),
            "intents": len(self.intents),
            "observations": len(self.observations),
            "observation phrasings": sum(len(o.phrasings.zh) + len(o.phrasings.en)
                                         for o in self.observations.values()),
            "observation patterns": sum(len(o.patterns) for o in self.observations.values()),
            "concepts": len(self.concepts),
            "glossary terms": len(self.glossary),
        }


def _describe(path: Path, raw: dict, err: dict) -> str:
    loc = list(err["loc"])
    where = ".".join(str(p) for p in loc)
    # Name the entry by its id or code, which a support lead can search for.
    if len(loc) >= 2 and isinstance(loc[1], int):
        try:
            entry = raw[loc[0]][loc[1]]
            name = entry.get("id") or entry.get("code")
            if name:
                rest = ".".join(str(p) for p in loc[2:]) or "(entry)"
                where = f"{loc[0]}[{loc[1]}] ({name}): {rest}"
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
    return f"{path}: {where}: {err['msg']}"


def load_file(path: Path) -> KnowledgeFile:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: top level must be a mapping of sections")
    try:
        return KnowledgeFile.model_validate(raw)
    except ValidationError as exc:
        lines = [_describe(path, raw, e) for e in exc.errors()]
        raise KnowledgeError("\n".join(lines)) from None


SECTIONS = ("categories", "causes", "fixes", "questions", "codes", "symptoms", "intents",
            "observations", "concepts", "glossary")


def _key(section: str, entry) -> str:
    return entry.code if section == "codes" else entry.id


def load_kb(data_dir: Path | str | None = None) -> KnowledgeBase:
    """Load every *.yaml under data_dir (default: the packaged knowledge base)."""
    root = Path(data_dir) if data_dir else DATA_DIR
    files = sorted(root.rglob("*.yaml"))
    if not files:
        raise KnowledgeError(f"{root}: no knowledge base files (*.yaml) found")
    kb = KnowledgeBase()
    for path in files:
        parsed = load_file(path)
        for variants in parsed.words:
            for said in variants.said:
                key = normalise(said)  # written in either script, matched after OpenCC
                if not key or key in kb.words:
                    raise KnowledgeError(f"{path}: words: {said!r} is empty or listed twice")
                kb.words[key] = key if variants.kind == "keep" else normalise(variants.means)
        for section in SECTIONS:
            target = getattr(kb, section)
            for entry in getattr(parsed, section):
                key = _key(section, entry)
                if key in target:
                    first = kb.origin[(section, key)]
                    raise KnowledgeError(
                        f"{path}: {section} entry {key!r} is already defined in {first}"
                    )
                target[key] = entry
                kb.origin[(section, key)] = str(path)
        kb.exclusive += parsed.exclusive
        kb.trouble += [normalise(word) for word in parsed.trouble if normalise(word)]
        kb.generic += [normalise(word) for word in parsed.generic if normalise(word)]
        kb.bulletin += [normalise(word) for word in parsed.bulletin if normalise(word)]
        kb.terminal += [normalise(word) for word in parsed.terminal if normalise(word)]
        kb.synonyms += [(group.category, [normalise(w) for w in group.words if normalise(w)])
                        for group in parsed.synonyms]
        if parsed.negations is not None:
            if kb.negations is not None:
                raise KnowledgeError(f"{path}: negations are already defined in another file")
            kb.negations = parsed.negations
    _check_references(kb)
    return kb


def _check_references(kb: KnowledgeBase) -> None:
    problems: list[str] = []

    def where(section: str, key: str) -> str:
        return f"{kb.origin[(section, key)]}: {section} {key!r}"

    missing_categories = set(CATEGORY_IDS) - set(kb.categories)
    if missing_categories:
        problems.append(f"categories missing: {sorted(missing_categories)}")
    aliases: dict[str, str] = {}
    for code in kb.codes.values():
        for alias in code.aliases:
            if alias in kb.codes or alias in aliases:
                problems.append(f"{where('codes', code.code)}: alias {alias} is used twice")
            aliases[alias] = code.code
        for cause in code.causes:
            if cause not in kb.causes:
                problems.append(f"{where('codes', code.code)}: unknown cause {cause!r}")
    for cause in kb.causes.values():
        for fix in cause.fixes:
            if fix not in kb.fixes:
                problems.append(f"{where('causes', cause.id)}: unknown fix {fix!r}")
        if not cause.fixes and not cause.needs_human:
            problems.append(f"{where('causes', cause.id)}: no fixes and not needs_human")
    for symptom in kb.symptoms.values():
        for cause in symptom.causes:
            if cause not in kb.causes:
                problems.append(f"{where('symptoms', symptom.id)}: unknown cause {cause!r}")
        for group in symptom.required_groups:
            # a phrasing without any required word could never be matched
            needed = [w.lower() for w in (*group.zh, *group.en)]
            for text in (*symptom.phrasings.zh, *symptom.phrasings.en, *symptom.display):
                if not any(w in text.lower() for w in needed):
                    problems.append(f"{where('symptoms', symptom.id)}: phrasing {text!r} "
                                    f"says none of its required words {needed[:3]}...")
    for intent in kb.intents.values():
        problems += [f"{where('intents', intent.id)}: offers unknown symptom {symptom!r}"
                     for symptom in intent.offer if symptom not in kb.symptoms]
        if intent.sums_apart and intent.sums_apart not in kb.observations:
            problems.append(f"{where('intents', intent.id)}: sums_apart names unknown observation {intent.sums_apart!r}")
        if intent.days_late and intent.days_late not in kb.observations:
            problems.append(f"{where('intents', intent.id)}: days_late names unknown observation {intent.days_late!r}")
        if intent.days_late and (len(intent.weekdays) != 7 or not intent.today_words):
            problems.append(f"{where('intents', intent.id)}: days_late needs the seven weekdays' names, Monday "
                            "first, and today_words")
    for code in kb.codes.values():
        for obs_id in code.restated_by:
            if obs_id not in kb.observations and obs_id not in kb.symptoms:
                problems.append(f"code {code.code}: restated_by names unknown observation or symptom {obs_id!r}")
    for obs in kb.observations.values():
        if obs.fix_done and obs.fix_done not in kb.fixes:
            problems.append(f"{where('observations', obs.id)}: fix_done names unknown fix {obs.fix_done!r}")
        if obs.fix_not_done and obs.fix_not_done not in kb.fixes:
            problems.append(f"{where('observations', obs.id)}: fix_not_done names unknown fix {obs.fix_not_done!r}")
        if obs.card_faults_become and obs.card_faults_become not in kb.symptoms:
            problems.append(f"{where('observations', obs.id)}: card_faults_become names unknown "
                            f"symptom {obs.card_faults_become!r}")
        if obs.card_codes_become and obs.card_codes_become not in kb.symptoms:
            problems.append(f"{where('observations', obs.id)}: card_codes_become names unknown "
                            f"symptom {obs.card_codes_become!r}")
    for question in kb.questions.values():
        for answer in question.answers:
            for cause in [*answer.supports, *answer.rules_out]:
                if cause not in kb.causes:
                    problems.append(
                        f"{where('questions', question.id)}: answer {answer.id!r} "
                        f"names unknown cause {cause!r}"
                    )
            for implied in answer.implies:
                other, _, other_answer = implied.partition(":")
                if other not in kb.questions or other_answer not in {
                        a.id for a in kb.questions[other].answers}:
                    problems.append(f"{where('questions', question.id)}: answer {answer.id!r} "
                                    f"implies unknown answer {implied!r} (question:answer)")
        for fix_id, answer_id in question.after_failed_fix.items():
            if fix_id not in kb.fixes or question.answer_by_id(answer_id) is None:
                problems.append(f"{where('questions', question.id)}: after_failed_fix names unknown "
                                f"fix {fix_id!r} or answer {answer_id!r}")
    problems += _check_observations(kb, where)
    problems += _check_requirements(kb, where)
    problems += _check_glossary(kb, where)
    if problems:
        raise KnowledgeError("\n".join(problems))


def _check_observations(kb: KnowledgeBase, where) -> list[str]:
    """Observations name real causes; answers name real observations; a code that leaves the
    category open (0020000) has, for each of its causes, an observation pointing to it."""
    problems = []
    if kb.observations and kb.negations is None:
        problems.append("observations need a `negations:` section (words like 不是, not)")
    required = {r for e in (*kb.causes.values(), *kb.fixes.values(), *kb.questions.values())
                for r in e.requires}
    for obs in kb.observations.values():
        if not obs.towards and not obs.away and not any(
                obs.id in kb.exclusive_with(r) for r in required):
            # (one that contradicts a `requires:` rules causes out through it: "on the cable")
            problems.append(f"{where('observations', obs.id)}: names no cause (towards / away)")
        for cause in [*obs.towards, *obs.away]:
            if cause not in kb.causes and cause not in CATEGORY_IDS:
                problems.append(f"{where('observations', obs.id)}: unknown cause {cause!r}")
        if obs.negated and obs.negated not in kb.observations:
            problems.append(f"{where('observations', obs.id)}: negated names unknown observation "
                            f"{obs.negated!r}")
        for pattern in obs.patterns:
            problems += [f"{where('observations', obs.id)}: pattern {pattern!r}: {p}"
                         for p in pattern_problems(pattern, kb.concepts)]
    for group in kb.exclusive:
        problems += [f"exclusive group {group}: unknown observation {o!r}" for o in group
                     if o not in kb.observations]
    for concept in kb.concepts.values():
        if concept.negated and concept.negated not in kb.concepts:
            problems.append(f"{where('concepts', concept.id)}: negated names unknown concept "
                            f"{concept.negated!r}")
    for question in kb.questions.values():
        for answer in question.answers:
            if answer.observation and answer.observation not in kb.observations:
                problems.append(f"{where('questions', question.id)}: answer {answer.id!r} names "
                                f"unknown observation {answer.observation!r}")
    for fix in kb.fixes.values():
        problems += [f"{where('fixes', fix.id)}: finding names unknown observation {f.observation!r}"
                     for f in fix.findings if f.observation not in kb.observations]
        for obs_id in fix.pointless_when:
            if obs_id not in kb.observations:
                problems.append(f"{where('fixes', fix.id)}: pointless_when names unknown "
                                f"observation {obs_id!r}")
        problems += [f"{where('fixes', fix.id)}: worked_when names unknown observation {o!r}"
                     for o in fix.worked_when if o not in kb.observations]
        problems += [f"{where('fixes', fix.id)}: only_when names unknown observation {o!r}"
                     for o in fix.only_when if o not in kb.observations]
    told_apart = {c for o in kb.observations.values() for c in o.towards if c in kb.causes}
    for code in kb.codes.values():
        if code.category is None and code.handling == "diagnose":
            for cause in code.causes:
                if cause in kb.causes and cause not in told_apart:
                    problems.append(f"{where('codes', code.code)}: no observation points towards "
                                    f"its cause {cause!r} (add one in observations.yaml)")
    return problems


def _check_requirements(kb: KnowledgeBase, where) -> list[str]:
    """`requires:` of causes, fixes and questions names observations that some other one can
    contradict (else it never rules anything out), and no fact or answer that contradicts a
    cause's requirement points towards that cause (a terminal on the cable with a weak
    mobile signal)."""
    problems = []
    entries = [("causes", c) for c in kb.causes.values()] + [
        ("fixes", f) for f in kb.fixes.values()] + [("questions", q) for q in kb.questions.values()]
    for section, entry in entries:
        for required in entry.requires:
            if required not in kb.observations:
                problems.append(f"{where(section, entry.id)}: requires unknown observation {required!r}")
            elif not kb.exclusive_with(required):
                problems.append(f"{where(section, entry.id)}: requires {required!r}, which is in no "
                                f"`exclusive:` group, so nothing can rule it out")
    for cause in kb.causes.values():
        if not cause.requires:
            continue
        for obs in kb.observations.values():
            if not kb.contradicts(obs.id, cause.requires):
                continue
            if cause.id in obs.towards or cause.category in obs.towards:
                problems.append(f"{where('observations', obs.id)}: points towards {cause.id!r}, "
                                f"which requires {cause.requires} that it contradicts")
        for question in kb.questions.values():
            for answer in question.answers:
                if cause.id in answer.supports and answer.observation and kb.contradicts(
                        answer.observation, cause.requires):
                    problems.append(f"{where('questions', question.id)}: answer {answer.id!r} "
                                    f"supports {cause.id!r} but contradicts what it requires")
    return problems


def _check_glossary(kb: KnowledgeBase, where) -> list[str]:
    """A word names one term only: asked "what is X?", the bot must know which X."""
    problems = []
    owner: dict[str, str] = {}
    for term in kb.glossary.values():
        for word in (*term.words.zh, *term.words.en):
            key = normalise(word)
            if not key:
                problems.append(f"{where('glossary', term.id)}: an empty word")
            elif key in owner and owner[key] != term.id:
                problems.append(f"{where('glossary', term.id)}: word {word!r} also names "
                                f"{owner[key]!r}")
            owner.setdefault(key, term.id)
    return problems
