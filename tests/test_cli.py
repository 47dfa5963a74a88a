"""The command line as a newcomer uses it: `posbot chat` (and resuming it), backup, stats."""

import json
import subprocess
import sys

from tests.home import warmed_home


def posbot(*args, stdin="", env_db=None, timeout=120):
    env = {"PATH": "/usr/bin:/bin", "HOME": warmed_home()}
    if env_db:
        env["POSBOT_DB"] = str(env_db)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_chat_walks_a_problem_and_resumes(tmp_path):
    db = tmp_path / "chat.db"
    first = posbot("chat", stdin="机器一直报0020000\n", env_db=db)
    assert first.returncode == 0, first.stderr
    assert "0020000" in first.stdout and "[1] 跳过" in first.stdout
    # a new process on the same database continues the same conversation
    second = posbot("chat", stdin="1\n", env_db=db)
    assert "resuming" in second.stdout
    assert "[1]" in second.stdout and "不确定" in second.stdout  # a diagnostic question


def test_chat_in_english_with_numbered_buttons(tmp_path):
    out = posbot("chat", "--lang", "en", stdin="customer card shows 51\n1\n5\n", env_db=tmp_path / "c.db").stdout
    assert "Insufficient funds" in out and "Please rate" in out and "Thank you for rating" in out


def test_chat_says_why_it_is_silent_during_a_handoff(tmp_path):
    out = posbot("chat", "--lang", "en", stdin="human\nhello?\n", env_db=tmp_path / "h.db").stdout
    assert "no agents in the terminal" in out and out.rstrip().endswith("start over.)")
    # no agent stands behind a terminal: the handoff must not promise one
    assert "An agent will reply right here" not in out and "no person is available right now" in out


def test_backup_and_stats(tmp_path):
    db = tmp_path / "live.db"
    posbot("chat", stdin="51\n1\n4\n", env_db=db)
    backup = posbot("backup", str(tmp_path / "copy.db"), env_db=db)
    assert backup.returncode == 0 and (tmp_path / "copy.db").exists()
    stats = posbot("stats", "--since", "7d", "--json", env_db=tmp_path / "copy.db")
    report = json.loads(stats.stdout)
    assert report["conversations"] == 1 and report["bot_resolved"] == 1
    assert report["rating"]["average"] == 4
    bad = posbot("stats", "--since", "forever", env_db=db)
    assert bad.returncode == 2 and "7d" in bad.stderr
    days = posbot("stats", "--since", "7d", "--csv", env_db=db)
    lines = days.stdout.strip().splitlines()
    assert days.returncode == 0 and lines[0] == "day,conversations,with_problem,bot_resolved,handed_off,abandoned,ended,in_progress,partial"
    assert len(lines) == 8 and lines[-1].endswith(",1,1,1,0,0,0,0,1")  # seven calendar days; today partial
    assert all(line.endswith(",0,0,0,0,0,0,0,0") for line in lines[1:-1])  # the empty days are there


def test_missing_database_directory_is_created_but_unusable_path_fails(tmp_path):
    out = posbot("chat", stdin="51\n", env_db=tmp_path / "new" / "dir" / "x.db")
    assert out.returncode == 0
    bad = posbot("chat", stdin="51\n", env_db="/proc/nope/x.db")
    assert bad.returncode == 2 and bad.stderr.startswith("posbot: /proc/nope/x.db")
    assert "Traceback" not in bad.stderr


def test_simulate_with_a_missing_merchants_file_is_one_line(tmp_path):
    out = posbot("simulate", "--typed", str(tmp_path / "nope.yaml"))
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "cannot read merchants" in out.stderr
    assert "Traceback" not in out.stderr
