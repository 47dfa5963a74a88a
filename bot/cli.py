"""The `posbot` command line: one entry point for every job, each in its own module."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

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


def _print_readable(rec) -> None:
    if rec.code:
        print(f"code      {rec.code}")
    if rec.symptom:
        print(f"symptom   {rec.symptom}")
    if rec.intent:
        print(f"intent    {rec.intent}")
    print(f"category  {rec.category or '-'}")
    print(f"decision  {rec.decision} (confidence {rec.confidence:.2f})")
    for c in rec.candidates[:5]:
        print(f"  {c.score:.2f}  {c.kind:7} {c.id:24} {c.category or '-':12} «{c.matched}»")


def cmd_match(args) -> int:
    recogniser = _recogniser()
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
    from knowledge.evaluation import DEFAULT_SET, evaluate, load_labelled

    recogniser = _recogniser()
    path = args.file or DEFAULT_SET
    splits = ["dev", "holdout", "all"] if args.split == "each" else [args.split]
    for split in splits:
        report = evaluate(recogniser, load_labelled(path, split))
        print(f"[{split}] " + json.dumps(report.summary(), ensure_ascii=False))
        if args.misses and split == splits[-1]:
            for miss in report.misses:
                print("  MISS " + json.dumps(miss, ensure_ascii=False))
    return 0


def _engine():
    from dialogs.engine import Engine

    return Engine(load_kb())


def _open_store(path: str | None):
    from bot.config import default_db_path
    from bot.store import Store

    return Store(path or default_db_path())


def cmd_chat(args) -> int:
    from bot.service import Service
    from bot.terminal import chat

    with _open_store(args.db) as store:
        return chat(Service(store, _engine(), channel="terminal"), args.lang)


def cmd_simulate(args) -> int:
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


class _RedactSecrets(logging.Filter):
    """The bot token appears in Bot API URLs; never let it reach a log line."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, "<redacted>")
        record.msg, record.args = message, None
        return True


def setup_logging(settings) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(_RedactSecrets([settings.token, settings.webhook_secret or "",
                                      settings.dashboard_token or ""]))
    logging.basicConfig(level=logging.INFO, handlers=[handler],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # logs every URL, token included
    # transitions logs three INFO lines per dialog turn: noise, and CPU on the hot path. The
    # dialog's story is in the transcript and events.
    logging.getLogger("transitions").setLevel(logging.WARNING)


def cmd_run(args) -> int:
    import asyncio

    from bot.config import Settings, SettingsError
    from bot.runner import run_forever

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"posbot: cannot start: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings)
    asyncio.run(run_forever(settings, webhook=True if args.webhook else None))
    return 0


def cmd_backup(args) -> int:
    with _open_store(args.db) as store:
        store.backup(args.path)
    print(f"backup written to {args.path}")
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
    with _open_store(args.db) as store:
        report = compute(store, since, tz=tz)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=["day", "conversations", "bot_resolved", "handoffs"])
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

    match = sub.add_parser("match", help="recognise codes and symptoms in a message")
    match.add_argument("text", nargs="*")
    match.add_argument("--jsonl", action="store_true", help='read {"text": ...} lines on stdin')
    match.set_defaults(func=cmd_match)

    ev = sub.add_parser("eval", help="accuracy of the recogniser on a labelled JSONL file")
    ev.add_argument("file", nargs="?", help="labelled JSONL (default: the project's set)")
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

    chat_p = sub.add_parser("chat", help="talk to the bot in this terminal (same engine and store)")
    chat_p.add_argument("--db", help="SQLite file (default: $POSBOT_DB or ./posbot.db)")
    chat_p.add_argument("--lang", choices=["zh", "en"], help="language hint for a new conversation")
    chat_p.set_defaults(func=cmd_chat)

    sim = sub.add_parser("simulate", help="scripted merchants vs the dialog, and a fixed-order baseline")
    sim.add_argument("--json", action="store_true")
    sim.set_defaults(func=cmd_simulate)

    dia = sub.add_parser("diagram", help="Mermaid diagram of the dialog state machine")
    dia.add_argument("--output", "-o", help="write to this file (docs/dialog.md)")
    dia.set_defaults(func=cmd_diagram)
    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub) -> None:
    """The dashboard and demo-data commands live with their features."""
    from bot import dashboard, demo

    dashboard.add_commands(sub)
    demo.add_commands(sub)


def main(argv: list[str] | None = None) -> int:
    from bot.store import StoreError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except StoreError as exc:  # one clear line, never a silent in-memory fallback
        print(f"posbot: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `posbot stats | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
