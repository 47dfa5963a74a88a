"""The `posbot` command line: one entry point for every job, each in its own module."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from knowledge.loader import KnowledgeError, load_kb


def _recogniser():
    from knowledge.matcher import Recogniser

    return Recogniser(load_kb())


def cmd_kb_check(args) -> int:
    try:
        kb = load_kb(args.data)
    except KnowledgeError as exc:
        print(f"knowledge base INVALID:\n{exc}", file=sys.stderr)
        return 1
    print("knowledge base OK")
    for name, count in kb.counts().items():
        print(f"  {name:24} {count}")
    return 0


def cmd_kb_export_learned(args) -> int:
    from bot.learned import load_lessons
    from knowledge.learned import LearnedPhrasings

    kb = load_kb()
    with _open_store(args.db) as store:
        lessons = load_lessons(store, kb)
    sys.stdout.write(LearnedPhrasings(kb, lessons).to_yaml())
    return 0


def _print_readable(rec) -> None:
    if rec.code:
        print(f"code      {rec.code}")
    if rec.symptom:
        print(f"symptom   {rec.symptom}")
    if rec.intent:
        print(f"intent    {rec.intent}")
    if rec.shared:
        print(f"shared    {' '.join(rec.shared)} (a screen text these codes share)")
    print(f"category  {rec.category or '-'}")
    print(f"decision  {rec.decision} (confidence {rec.confidence:.2f})")
    for c in rec.candidates[:5]:
        print(f"  {c.score:.2f}  {c.kind:7} {c.id:24} {c.category or '-':12} «{c.matched}»")


def _match_images(recogniser, paths: list[str]) -> int:
    """One JSON line per image: the recogniser's fields for what the photo says, plus the
    text read (`text`), the lines that named a fault (`matched_text`) and the reading time."""
    from bot.photos import Vocabulary, read_local, understand
    from knowledge.matcher import Recognition

    vocabulary = Vocabulary.of(recogniser.kb)
    failed = 0
    for path in paths:
        photo = read_local(path)
        if photo.reading is None:
            failed += 1
            print(json.dumps({"image": path, "error": photo.status}), flush=True)
            continue
        seen = understand(photo.reading, recogniser, vocabulary)
        rec = recogniser.recognise(seen.relevant) if seen.relevant else Recognition(text="")
        line = {**rec.to_json(), "text": seen.read, "matched_text": seen.relevant,
                "image": path, "ms": round(photo.reading.ms)}
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def cmd_match(args) -> int:
    recogniser = _recogniser()
    if args.image:
        return _match_images(recogniser, args.image)
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                text = json.loads(line).get("text", "")
                if not isinstance(text, str):
                    raise ValueError("text must be a string")
            except (ValueError, AttributeError) as exc:
                print(json.dumps({"error": f"bad input line: {exc}"}), flush=True)
                continue
            rec = recogniser.recognise(text)
            print(json.dumps(rec.to_json(), ensure_ascii=False), flush=True)
        return 0
    if not args.text:
        print("usage: posbot match TEXT  (or --jsonl with lines {\"text\": ...} on stdin)")
        return 2
    rec = recogniser.recognise(" ".join(args.text))
    _print_readable(rec)
    return 0


def cmd_eval(args) -> int:
    from knowledge.evaluation import (CHATSTYLE_DEV2, CHATSTYLE_DEV3, CHATSTYLE_DEV4,
                                      CHATSTYLE_DEV5, CHATSTYLE_DEV6, CHATSTYLE_DEV7,
                                      CHATSTYLE_DEV8, CHATSTYLE_DEV9, CHATSTYLE_DEV10,
                                      CHATSTYLE_DEV11, CHATSTYLE_DEV12, CHATSTYLE_DEV13, CHATSTYLE_DEV14,
                                      CHATSTYLE_DEV15, CHATSTYLE_DEV16, CHATSTYLE_DEV17,
                                      CHATSTYLE_HOLDOUT2,
                                      CHATSTYLE_HOLDOUT3, CHATSTYLE_HOLDOUT4, CHATSTYLE_HOLDOUT5,
                                      CHATSTYLE_HOLDOUT6, CHATSTYLE_HOLDOUT7, CHATSTYLE_HOLDOUT8,
                                      CHATSTYLE_HOLDOUT9, CHATSTYLE_HOLDOUT10, CHATSTYLE_HOLDOUT11,
                                      CHATSTYLE_HOLDOUT12, CHATSTYLE_HOLDOUT13, CHATSTYLE_HOLDOUT14,
                                      CHATSTYLE_HOLDOUT15, CHATSTYLE_HOLDOUT16,
                                      CHATSTYLE_HOLDOUT17, CHATSTYLE_HOLDOUT18, CHATSTYLE_HOLDOUT19,
                                      CHATSTYLE_HOLDOUT20, CHATSTYLE_HOLDOUT21,
                                      CHATSTYLE_HOLDOUT22, CHATSTYLE_HOLDOUT23,
                                      CHATSTYLE_HOLDOUT24, CHATSTYLE_HOLDOUT25, CHATSTYLE_HOLDOUT26,
                                      CHATSTYLE_HOLDOUT27, CHATSTYLE_HOLDOUT28, CHATSTYLE_HOLDOUT29,
                                      CHATSTYLE_HOLDOUT30, CHATSTYLE_HOLDOUT31, CHATSTYLE_HOLDOUT32,
                                      CHATSTYLE_HOLDOUT33, CHATSTYLE_HOLDOUT34, CHATSTYLE_HOLDOUT35,
                                      CHATSTYLE_SETS,
                                      DEFAULT_SET, evaluate, load_labelled)

    recogniser = _recogniser()
    if args.file:
        if not os.path.isfile(args.file):
            from bot.faults import Fatal

            raise Fatal(f"{args.file}: no such file (a JSONL file of labelled messages)")
        sets = {args.file: args.file}
    else:
        # Both sets side by side: the original one and the chat-style one of issue 11.
        sets = {"labelled": DEFAULT_SET, "chatstyle": CHATSTYLE_SETS, "chatstyle2": CHATSTYLE_DEV2,
                "chatstyle dev3": CHATSTYLE_DEV3, "chatstyle dev4": CHATSTYLE_DEV4,
                "chatstyle dev5": CHATSTYLE_DEV5, "chatstyle dev6": CHATSTYLE_DEV6,
                "chatstyle dev7": CHATSTYLE_DEV7, "chatstyle dev8": CHATSTYLE_DEV8,
                "chatstyle dev9": CHATSTYLE_DEV9, "chatstyle dev10": CHATSTYLE_DEV10,
                "chatstyle dev11": CHATSTYLE_DEV11, "chatstyle dev12": CHATSTYLE_DEV12,
                "chatstyle dev13": CHATSTYLE_DEV13, "chatstyle dev14": CHATSTYLE_DEV14,
                "chatstyle dev15": CHATSTYLE_DEV15, "chatstyle dev16": CHATSTYLE_DEV16,
                "chatstyle dev17": CHATSTYLE_DEV17,
                "chatstyle holdout2": CHATSTYLE_HOLDOUT2, "chatstyle holdout3": CHATSTYLE_HOLDOUT3,
                "chatstyle holdout4": CHATSTYLE_HOLDOUT4, "chatstyle holdout5": CHATSTYLE_HOLDOUT5,
                "chatstyle holdout6": CHATSTYLE_HOLDOUT6, "chatstyle holdout7": CHATSTYLE_HOLDOUT7,
                "chatstyle holdout8": CHATSTYLE_HOLDOUT8,
                "chatstyle holdout9": CHATSTYLE_HOLDOUT9,
                "chatstyle holdout10": CHATSTYLE_HOLDOUT10,
                "chatstyle holdout11": CHATSTYLE_HOLDOUT11,
                "chatstyle holdout12": CHATSTYLE_HOLDOUT12,
                "chatstyle holdout13": CHATSTYLE_HOLDOUT13,
                "chatstyle holdout14": CHATSTYLE_HOLDOUT14,
                "chatstyle holdout15": CHATSTYLE_HOLDOUT15,
                "chatstyle holdout16": CHATSTYLE_HOLDOUT16,
                "chatstyle holdout17": CHATSTYLE_HOLDOUT17,
                "chatstyle holdout18": CHATSTYLE_HOLDOUT18,
                "chatstyle holdout19": CHATSTYLE_HOLDOUT19,
                "chatstyle holdout20": CHATSTYLE_HOLDOUT20,
                "chatstyle holdout21": CHATSTYLE_HOLDOUT21,
                "chatstyle holdout22": CHATSTYLE_HOLDOUT22,
                "chatstyle holdout23": CHATSTYLE_HOLDOUT23,
                "chatstyle holdout24": CHATSTYLE_HOLDOUT24,
                "chatstyle holdout25": CHATSTYLE_HOLDOUT25,
                "chatstyle holdout26": CHATSTYLE_HOLDOUT26,
                "chatstyle holdout27": CHATSTYLE_HOLDOUT27,
                "chatstyle holdout28": CHATSTYLE_HOLDOUT28,
                "chatstyle holdout29": CHATSTYLE_HOLDOUT29,
                "chatstyle holdout30": CHATSTYLE_HOLDOUT30,
                "chatstyle holdout31": CHATSTYLE_HOLDOUT31,
                "chatstyle holdout32": CHATSTYLE_HOLDOUT32,
                "chatstyle holdout33": CHATSTYLE_HOLDOUT33,
                "chatstyle holdout34": CHATSTYLE_HOLDOUT34,
                "chatstyle holdout35": CHATSTYLE_HOLDOUT35}
    splits = ["dev", "holdout"] if args.split == "each" else [args.split]
    for name, path in sets.items():
        for split in splits:
            dev_only = name == "chatstyle2" or name.startswith("chatstyle dev")
            if dev_only and split == "holdout":
                continue  # dev only: their held-out counterpart is the chat-style holdout
            if name.startswith("chatstyle holdout") and split == "dev":
                continue  # held out as a whole: no dev part (not even opened for a dev run)
            report = evaluate(recogniser, load_labelled(path, split))
            label = split if len(sets) == 1 else name if (" dev" in name or "holdout2" in name) \
                else f"{name} {split}"
            print(f"[{label}] " + json.dumps(report.summary(), ensure_ascii=False))
            if args.misses:
                for miss in report.misses:
                    print("  MISS " + json.dumps(miss, ensure_ascii=False))
    return 0


def _engine():
    from dialogs.prepared import prepared_engine

    return prepared_engine()


def _open_store(path: str | None):
    from bot.config import default_db_path
    from bot.store import Store

    return Store(path or default_db_path())


def _existing_db(path: str | None) -> str:
    """For commands that read a database: a path that does not exist is a mistake (a typo,
    the wrong directory), not a wish for a new empty database."""
    from pathlib import Path

    from bot.config import default_db_path
    from bot.faults import Fatal

    path = path or default_db_path()
    if not Path(path).is_file():
        raise Fatal(f"{path}: no such database (set POSBOT_DB or --db to the bot's file)")
    return path


def cmd_chat(args) -> int:
    from bot.service import Service
    from bot.terminal import chat

    with _open_store(args.db) as store:
        return chat(Service(store, _engine(), channel="terminal"), args.lang)


TYPED_DEV = Path(__file__).resolve().parent.parent / "knowledge" / "eval" / "typed_merchants_dev.yaml"


def _simulate_typed(args) -> int:
    """posbot simulate --typed [FILE]: the figures; transcripts only on request."""
    import yaml

    from dialogs.typed_simulate import simulate_typed

    path = Path(args.typed)
    try:
        merchants = yaml.safe_load(path.read_text(encoding="utf-8"))["merchants"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as problem:
        print(f"posbot simulate: cannot read merchants from {path}: {problem}", file=sys.stderr)
        return 2
    figures, played = simulate_typed(_engine(), merchants)
    if args.show:
        if "holdout" in path.name:
            print("refusing to print held-out transcripts", file=sys.stderr)
            return 2
        for p in played:
            print(f"== {p.id} resolved={p.resolved} turns={p.turns} fixes={p.fixes} "
                  f"reasks={p.reasks} repeated={p.repeated} wrong_script={p.wrong_script}")
            print("\n".join(p.transcript))
    print(json.dumps({"file": str(path), **figures}, ensure_ascii=False, indent=None if args.show else 2))
    return 0


def cmd_simulate(args) -> int:
    if args.typed:
        return _simulate_typed(args)
    from dialogs.simulate import simulate

    table = simulate(_engine())
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
        return 0
    cols = ["merchants", "resolved_by_bot", "diagnosed_correctly", "mean_turns", "p90_turns",
            "baseline_mean_turns", "baseline_p90_turns"]
    print(f"{'category':12} " + " ".join(f"{c:>20}" for c in cols))
    for category, row in table.items():
        print(f"{category:12} " + " ".join(f"{str(row[c]):>20}" for c in cols))
    return 0


def cmd_diagram(args) -> int:
    from dialogs.flow import diagram_markdown

    text = diagram_markdown()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        print(text)
    return 0


def cmd_run(args) -> int:
    import asyncio

    from bot.config import Settings
    from bot.faults import Fatal
    from bot.logredact import setup_logging

    settings = Settings.from_env()
    if args.webhook and not settings.webhook_url:
        raise Fatal("POSBOT_WEBHOOK_URL: required with --webhook (the public https URL Telegram posts to)")
    setup_logging(settings)
    from bot.runner import run_forever

    try:
        asyncio.run(run_forever(settings, webhook=True if args.webhook else None))
    except KeyboardInterrupt:
        pass
    return 0


def cmd_backup(args) -> int:
    from pathlib import Path

    from bot.faults import Fatal

    source = _existing_db(args.db)
    target = Path(args.path)
    if not target.parent.is_dir():
        raise Fatal(f"backup: directory {target.parent} does not exist (create it first)")
    if target.exists() and target.resolve() == Path(source).resolve():
        raise Fatal(f"backup: {target} is the database itself; choose another file")
    with _open_store(source) as store:
        store.backup(target)
    print(f"backup written to {args.path}")
    return 0


def cmd_health(args) -> int:
    """One line, exit 0 when healthy: for Docker's HEALTHCHECK, monitoring, and people."""
    from bot import health

    with _open_store(_existing_db(args.db)) as store:
        ok, line = health.check(store)
    print(line)
    return 0 if ok else 1


def cmd_prune(args) -> int:
    from bot.faults import Fatal
    from bot.prune import prune, summary

    if args.older_than < 1:
        raise Fatal(f"prune: --older-than must be at least 1 day, got {args.older_than}")
    with _open_store(_existing_db(args.db)) as store:
        removed = prune(store, args.older_than)
    print(summary(removed, args.older_than))
    return 0


def cmd_stats(args) -> int:
    import csv

    from bot.stats import compute, period_start

    from bot.config import timezone_from_env

    try:
        tz = timezone_from_env()
        since = period_start(args.since, tz=tz)
    except ValueError as exc:  # SettingsError is one too
        print(f"posbot stats: {exc}", file=sys.stderr)
        return 2
    with _open_store(_existing_db(args.db)) as store:
        report = compute(store, since, tz=tz)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.csv:
        from bot.stats import DAILY_FIELDS

        writer = csv.DictWriter(sys.stdout, fieldnames=DAILY_FIELDS)
        writer.writeheader()
        writer.writerows(report["daily"])
    else:
        from bot.stats import summary_text

        print(summary_text(report, args.lang))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="posbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate the knowledge base and print counts")
    check.add_argument("--data", help="folder of YAML files (default: the packaged one)")
    check.set_defaults(func=cmd_kb_check)
    export = kb_sub.add_parser("export-learned", help="print the phrasings leads taught on the dashboard as knowledge-base YAML")
    export.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    export.set_defaults(func=cmd_kb_export_learned)

    match = sub.add_parser("match", help="recognise codes and symptoms in a message")
    match.add_argument("text", nargs="*")
    match.add_argument("--jsonl", action="store_true", help='read {"text": ...} lines on stdin')
    match.add_argument("--image", nargs="+", metavar="PATH",
                       help="read photos of screens or receipts (offline OCR); one JSON line each")
    match.set_defaults(func=cmd_match)

    ev = sub.add_parser("eval", help="accuracy of the recogniser on a labelled JSONL file")
    ev.add_argument("file", nargs="?",
                    help="labelled JSONL (default: knowledge/eval's labelled and chat-style sets)")
    ev.add_argument("--split", default="each", choices=["dev", "holdout", "all", "each"])
    ev.add_argument("--misses", action="store_true", help="list the misses")
    ev.set_defaults(func=cmd_eval)

    run = sub.add_parser("run", help="run the Telegram bot (long polling; --webhook or POSBOT_WEBHOOK_URL)")
    run.add_argument("--webhook", action="store_true", help="serve a webhook at POSBOT_WEBHOOK_URL")
    run.set_defaults(func=cmd_run)

    backup = sub.add_parser("backup", help="copy the SQLite database safely while the bot runs")
    backup.add_argument("path")
    backup.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    backup.set_defaults(func=cmd_backup)

    stats = sub.add_parser("stats", help="support statistics from the database")
    stats.add_argument("--since", default="7d", help="today, 7d, 30d, 12h, ...")
    stats.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    stats.add_argument("--lang", default="zh", choices=["zh", "en"])
    fmt = stats.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="every metric as JSON")
    fmt.add_argument("--csv", action="store_true", help="one row per day")
    stats.set_defaults(func=cmd_stats)

    health = sub.add_parser("health", help="is the running bot healthy? one line; exit 0 yes, 1 no")
    health.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    health.set_defaults(func=cmd_health)

    prune_p = sub.add_parser("prune", help="delete transcripts and raw updates past retention (keeps statistics)")
    prune_p.add_argument("--older-than", type=int, required=True, metavar="DAYS",
                         help="delete what is older than this many days (at least 1)")
    prune_p.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    prune_p.set_defaults(func=cmd_prune)

    chat_p = sub.add_parser("chat", help="talk to the bot in this terminal (same engine and store)")
    chat_p.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    chat_p.add_argument("--lang", choices=["zh", "en"], help="language hint for a new conversation")
    chat_p.set_defaults(func=cmd_chat)

    sim = sub.add_parser("simulate", help="scripted merchants vs the dialog, and a fixed-order baseline")
    sim.add_argument("--json", action="store_true")
    sim.add_argument("--typed", nargs="?", const=str(TYPED_DEV), metavar="FILE",
                     help="typing merchants instead (default: the dev set)")
    sim.add_argument("--show", action="store_true",
                     help="with --typed: print each merchant's transcript (never on the held-out set)")
    sim.set_defaults(func=cmd_simulate)

    dia = sub.add_parser("diagram", help="Mermaid diagram of the dialog state machine")
    dia.add_argument("--output", "-o", help="write to this file (docs/dialog.md)")
    dia.set_defaults(func=cmd_diagram)
    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub) -> None:
    """The dashboard and demo-data commands live with their features. The dashboard's module
    (aiohttp's server, python-telegram-bot through the agents' desk: ~0.3 s) is imported only
    when its command runs, so `posbot chat` and every other command start without it."""
    from bot import demo

    dash = sub.add_parser("dashboard", help="serve the managers' web dashboard")
    dash.add_argument("--listen", help="host:port (default: $POSBOT_DASHBOARD_LISTEN or 127.0.0.1:8080)")
    dash.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    dash.set_defaults(func=cmd_dashboard)
    demo.add_commands(sub)


def cmd_dashboard(args) -> int:
    from bot import dashboard

    return dashboard.serve(args)


def main(argv: list[str] | None = None) -> int:
    """Every documented failure ends here as one line on stderr and its exit status."""
    from bot.config import SettingsError
    from bot.faults import Fatal
    from bot.store import StoreError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except StoreError as exc:  # one clear line, never a silent in-memory fallback
        print(f"posbot: {exc}", file=sys.stderr)
        return 2
    except SettingsError as exc:
        print(f"posbot: cannot start: {exc}", file=sys.stderr)
        return 2
    except Fatal as exc:
        print(f"posbot: {exc.line}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:  # `posbot stats | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
