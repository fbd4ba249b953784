"""Runs QualCoder's own REFI-QDA import (../shared/qualcoder/harness.py or harness_qdc.py, unmodified) on a file and
prints what QualCoder stored as JSON, so a test can compare it with what MoDomain exported.

    python3 qualcoder_rows.py dump HARNESS_DIR FILE.qdpx|FILE.qdc
        JSON: raised (the import raised), output (the harness's own report), messages, sources, codes, categories,
        codings (source, pos0, pos1, code, owner, memo).
    python3 qualcoder_rows.py check-project HARNESS_DIR FILE.qdpx CODINGS.csv
    python3 qualcoder_rows.py check-codebook HARNESS_DIR FILE.qdc CODES.csv
        For CI: compares QualCoder's rows with the CSV that `modomain corpus export --format csv` (one row per coding)
        or `modomain codebook export --format csv` (one row per code) wrote for the same data; prints each mismatch
        and exits 1 on any mismatch or exception.

Standard library only.
"""
import collections
import contextlib
import csv
import io
import json
import os
import runpy
import sys


def dump(harness_dir, path):
    codebook = path.lower().endswith(".qdc")
    script = os.path.join(harness_dir, "harness_qdc.py" if codebook else "harness.py")
    out = io.StringIO()
    raised = None
    old_argv = sys.argv
    sys.argv = [script, path]
    g = {}
    try:
        with contextlib.redirect_stdout(out):
            g = runpy.run_path(script, run_name="__main__")
    except BaseException as ex:  # the qdc harness does not catch the import's exceptions itself
        raised = f"{type(ex).__name__}: {ex}"
    finally:
        sys.argv = old_argv
    text = out.getvalue()
    if "IMPORT RAISED" in text and raised is None:
        raised = text[text.index("IMPORT RAISED"):].split("--- log")[0].strip()
    result = {"raised": raised, "output": text}
    app = g.get("app")
    if app is None:
        return result
    helpers = sys.modules.get("qualcoder.helpers")
    result["messages"] = [str(m) for m in getattr(helpers, "MESSAGES", [])]
    q = lambda sql: [list(r) for r in app.conn.execute(sql).fetchall()]
    result["categories"] = q("select name, ifnull(memo,''), (select name from code_cat p where p.catid = c.supercatid) from code_cat c order by catid")
    result["codes"] = q("select c.name, ifnull(c.memo,''), (select name from code_cat k where k.catid = c.catid), (select name from code_name p where p.cid = c.supercid) from code_name c order by cid")
    if not codebook:
        result["sources"] = q("select name, fulltext, ifnull(memo,'') from source order by id")
        result["codings"] = q("select s.name, ct.pos0, ct.pos1, cn.name, ct.owner, ifnull(ct.memo,'') from code_text ct join source s on s.id = ct.fid left join code_name cn on cn.cid = ct.cid order by s.name, ct.pos0, ct.pos1, ct.owner, cn.name")
    return result


def check_project(harness_dir, qdpx, codings_csv):
    rows = dump(harness_dir, qdpx)
    problems = []
    if rows["raised"]:
        problems.append("QualCoder's import raised: " + rows["raised"])
    with open(codings_csv, encoding="utf-8", newline="") as f:
        expected = collections.Counter(
            (r["document"], r["code_label_de"], r["coder"], r["memo"]) for r in csv.DictReader(f))
    stored = collections.Counter((c[0], c[3], c[4], c[5]) for c in rows.get("codings", []))
    for key in sorted((expected - stored).keys()):
        problems.append(f"exported but not stored by QualCoder: {key} x{(expected - stored)[key]}")
    for key in sorted((stored - expected).keys()):
        problems.append(f"stored by QualCoder but not exported: {key} x{(stored - expected)[key]}")
    documents = sorted({k[0] for k in expected})
    sources = sorted(s[0] for s in rows.get("sources", []))
    if not set(documents) <= set(sources):
        problems.append(f"sources differ: exported {documents}, QualCoder has {sources}")
    return report(problems, f"{sum(stored.values())} codings by {len({k[2] for k in stored})} coders in {len(sources)} sources")


def check_codebook(harness_dir, qdc, codes_csv):
    rows = dump(harness_dir, qdc)
    problems = []
    if rows["raised"]:
        problems.append("QualCoder's import raised: " + rows["raised"])
    with open(codes_csv, encoding="utf-8", newline="") as f:
        codes = list(csv.DictReader(f))
    codable = sorted(r["label_de"] for r in codes if r["codable"] == "yes")
    groups = sorted(r["label_de"] for r in codes if r["codable"] != "yes")
    stored_codes = sorted(c[0] for c in rows.get("codes", []))
    stored_groups = sorted(c[0] for c in rows.get("categories", []))
    if codable != stored_codes:
        problems.append(f"codes differ: missing {sorted(set(codable) - set(stored_codes))}, extra {sorted(set(stored_codes) - set(codable))}")
    if groups != stored_groups:
        problems.append(f"categories differ: missing {sorted(set(groups) - set(stored_groups))}, extra {sorted(set(stored_groups) - set(groups))}")
    memos = {c[0]: c[1] for c in rows.get("codes", []) + rows.get("categories", [])}
    for r in codes:
        # The memo is the description, followed by the coding guideline's paragraphs when the code has one.
        memo = memos.get(r["label_de"]) or ""
        if r["description"] and memo != r["description"] and not memo.startswith(r["description"] + "\n\n"):
            problems.append(f"description of '{r['label_de']}' not kept as its memo")
    return report(problems, f"{len(stored_codes)} codes and {len(stored_groups)} categories")


def report(problems, summary):
    for p in problems:
        print("MISMATCH: " + p)
    print(("FAILED: " if problems else "OK: ") + summary)
    return 1 if problems else 0


if __name__ == "__main__":
    mode, harness = sys.argv[1], sys.argv[2]
    if mode == "dump":
        result = dump(harness, sys.argv[3])
        sys.stdout.write(json.dumps(result, ensure_ascii=False))
    elif mode == "check-project":
        sys.exit(check_project(harness, sys.argv[3], sys.argv[4]))
    elif mode == "check-codebook":
        sys.exit(check_codebook(harness, sys.argv[3], sys.argv[4]))
    else:
        sys.exit(f"unknown mode {mode}")
