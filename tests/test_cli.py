from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT, SEEDS


def run(*args: str, stdin: str | bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", *args], input=data, capture_output=True, cwd=cwd
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


ARTICLE = "Talks resume in Geneva\n\nDiplomats met on Monday to discuss the ceasefire, officials said.\n"


def test_extract_seeds_prints_metadata_for_all_five():
    proc = run("extract", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    recs = records(proc.stdout)
    assert [r["id"] for r in recs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert recs[1]["article"]["title"].startswith("Russia ready to work with France")
    assert recs[1]["article"]["published"] == "2015-11-27"
    for r in recs:
        assert {
            "id",
            "article",
            "quotes",
            "dates",
            "casualties",
            "organizations",
            "incidents",
            "errors",
        } <= set(r)
        assert "timings" not in r


def test_table_and_json_formats(tmp_path):
    table = run("extract", str(SEEDS / "001_73f91dd4694867d8.txt"), "--format", "table")
    assert table.returncode == 0
    assert "published  2015-11-27" in table.stdout
    js = run("extract", str(SEEDS), "--format", "json")
    assert len(json.loads(js.stdout)) == 5
    out = tmp_path / "out.jsonl"
    assert run("extract", str(SEEDS), "-o", str(out), "--timings").returncode == 0
    assert all("timings" in r for r in records(out.read_text()))


def test_jsonl_input_with_ids_and_published(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2015-11-20"})
        + "\n"
        + json.dumps({"id": "a2", "text": ARTICLE})
        + "\n"
    )
    recs = records(run("extract", str(src)).stdout)
    assert [(r["id"], r["article"]["published"]) for r in recs] == [("a1", "2015-11-20"), ("a2", None)]


def test_a_jsonl_record_whose_text_misses_the_story_is_read_from_its_title(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        {"id": "h1", "text": "", "title": "Two killed in Larkmoor crash", "published": "2026-01-02"},
        {"id": "h2", "text": ARTICLE, "title": "Geneva talks go on"},
        {"id": "h3", "text": " ", "title": " "},
        {
            "id": "h4",
            "text": "Already a subscriber?\n\nLog in to keep reading.",
            "title": "Three hurt in Oakvale fire",
        },
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines))
    proc = run("extract", str(src))
    recs = {r["id"]: r for r in records(proc.stdout)}
    assert set(recs) == {"h1", "h2", "h4"}
    headline = recs["h1"]["article"]["text"]
    assert headline == "Two killed in Larkmoor crash"
    [count] = recs["h1"]["casualties"]
    assert (count["count"], count["category"]) == (2, "killed")
    assert headline[count["span"]["start"] : count["span"]["end"]] == count["text"]
    assert recs["h2"]["article"]["text"] == ARTICLE  # a body that tells the title's story is read
    assert recs["h4"]["article"]["text"] == "Three hurt in Oakvale fire"  # a login wall is not
    assert [(c["count"], c["category"]) for c in recs["h4"]["casualties"]] == [(3, "injured")]
    assert f"{src}:3: empty article" in proc.stderr


def test_stdin_text_and_jsonl():
    assert records(run("extract", "-", stdin=ARTICLE).stdout)[0]["id"] == "stdin"
    line = json.dumps({"id": "s1", "text": ARTICLE})
    assert records(run("extract", "-", stdin=line + "\n").stdout)[0]["id"] == "s1"


def test_published_option_overrides_every_article():
    recs = records(run("extract", str(SEEDS), "--published", "2020-02-02").stdout)
    assert {r["article"]["published"] for r in recs} == {"2020-02-02"}


def test_bad_inputs_each_get_one_line_and_the_rest_is_processed(tmp_path):
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ")
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text(
        '{"id": "ok", "text": "Officials said so."}\nnot json\n{"id": "np", "text": "x", '
        '"published": "someday"}\n'
    )
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    proc = run(
        "extract",
        str(tmp_path / "missing.txt"),
        str(empty_dir),
        str(latin1),
        str(blank),
        str(bad_jsonl),
        str(good),
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newsfacts: error:")]
    assert len(errors) == 6, proc.stderr
    joined = "\n".join(errors)
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in joined
    assert f"{empty_dir}: directory has no articles" in joined
    assert f"{latin1}: not UTF-8 text" in joined
    assert f"{blank}: empty article" in joined
    assert f"{bad_jsonl}:2: invalid JSON" in joined
    assert f"{bad_jsonl}:3: invalid publication date" in joined
    assert [r["id"] for r in records(proc.stdout)] == ["ok", "good"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "not-a-date"], "invalid publication date"),
        (["--only", "weather"], "unknown fact kind"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(args, message):
    proc = run("extract", str(SEEDS), *args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""


def test_no_arguments_is_a_usage_error():
    assert run().returncode == 2
    assert run("extract").returncode == 2


def test_jobs_keeps_input_order():
    one = records(run("extract", str(SEEDS)).stdout)
    two = records(run("extract", str(SEEDS), "--jobs", "2").stdout)
    assert one == two


def test_only_limits_output_kinds():
    recs = records(run("extract", str(SEEDS), "--only", "dates").stdout)
    assert all(not r["quotes"] and not r["organizations"] for r in recs)


def test_schema_command_writes_and_checks(tmp_path):
    assert run("schema", "--out", str(tmp_path)).returncode == 0
    assert json.loads((tmp_path / "article_facts.schema.json").read_text())["title"] == "ArticleFacts"
    assert run("schema", "--out", str(tmp_path), "--check").returncode == 0
    (tmp_path / "article_facts.schema.json").write_text("{}")
    assert run("schema", "--out", str(tmp_path), "--check").returncode == 1


def test_console_script_matches_module():
    proc = subprocess.run(
        [Path(sys.executable).parent / "newsfacts", "--version"], capture_output=True, text=True
    )
    if proc.returncode != 0:
        pytest.skip("console script not installed in this environment")
    assert proc.stdout.startswith("newsfacts ")


def test_incidents_reports_a_bad_input_and_merges_the_rest(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    proc = run("incidents", str(SEEDS), str(tmp_path / "missing.txt"), str(empty), "--format", "csv")
    assert proc.returncode == 1
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2, errors
    assert "missing.txt" in errors[0]
    assert "empty.txt" in errors[1]
    rows = proc.stdout.strip().splitlines()
    assert rows[0].startswith("id,date,country")
    assert len(rows) == 4  # the header and the seeds' three events


def test_plugins_lists_hooks_of_a_plugin_without_extractors():
    proc = run("plugins")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    at = lines.index(next(ln for ln in lines if ln.startswith("newsfacts.conflicts ")))
    assert lines[at + 1].strip() == "hooks: resolve_conflicts"
