#!/usr/bin/env python3
"""Carries the static-data character spans of stryker-config.json across source edits.

Usage: python3 tests/MoDomain.Tests/stryker-spans.py REV
REV is the commit at which the spans were last right (StaticDataPinningTests passed). For every file with spans
that changed since REV, each span boundary is mapped through a character diff of the file at REV and in the work
tree; the config is rewritten in place. Run the pinning test afterwards: it checks every span again.
"""
import difflib, json, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[2]
config = root / "tests/MoDomain.Tests/stryker-config.json"
rev = sys.argv[1]
text = config.read_text(encoding="utf-8")
pattern = re.compile(r'"!\*\*/([^"{]+\.cs)((?:\{\d+\.\.\d+\})+)"')


def locate(rel):
    hits = [p for p in (root / "src").rglob("*.cs") if p.as_posix().endswith("/" + rel)]
    if len(hits) != 1:
        sys.exit(f"stryker-spans: {rel}: {len(hits)} matching files under src/")
    return hits[0]


def remap(match):
    rel, spans = match.group(1), match.group(2)
    path = locate(rel)
    git_path = path.relative_to(root).as_posix()
    old = subprocess.run(["git", "-C", str(root), "show", f"{rev}:{git_path}"], capture_output=True, text=True, check=True).stdout
    new = path.read_text(encoding="utf-8")
    if old == new:
        return match.group(0)
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()

    def move(p, is_end):
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= p < i2 or (is_end and i1 < p <= i2):
                if tag == "equal":
                    return j1 + (p - i1)
                return j2 if is_end else j1
        return len(new)

    out = []
    for a, b in re.findall(r"\{(\d+)\.\.(\d+)\}", spans):
        out.append("{%d..%d}" % (move(int(a), False), move(int(b), True)))
    print(f"stryker-spans: {rel} remapped")
    return f'"!**/{rel}{"".join(out)}"'


config.write_text(pattern.sub(remap, text), encoding="utf-8")
