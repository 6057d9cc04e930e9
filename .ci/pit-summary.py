#!/usr/bin/env python3
"""Per-package PIT summary from a module's target/pit-reports/mutations.xml.

Usage: python3 .ci/pit-summary.py [MODULE_DIR_OR_MUTATIONS_XML ...] [--survivors]

For each module (default: the current directory) prints one row per package:
killed, survived, no coverage, timed out and other statuses, the mutation score
(detected / all) and the test strength (detected / covered), as PIT reports them.
"Detected" is KILLED + TIMED_OUT + MEMORY_ERROR + RUN_ERROR, as in PIT's own totals.
With --survivors, also lists every surviving and uncovered mutant (class:line mutator).
"""
import os
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def report_path(arg):
    if arg.endswith(".xml"):
        return arg
    return os.path.join(arg, "target", "pit-reports", "mutations.xml")


def pct(num, den):
    return f"{100.0 * num / den:5.1f}%" if den else "   n/a"


def summarise(path, show_survivors):
    root = ET.parse(path).getroot()
    rows = defaultdict(lambda: defaultdict(int))
    survivors = []
    for m in root.iter("mutation"):
        status = m.get("status")
        cls = m.findtext("mutatedClass")
        pkg = cls.rsplit(".", 1)[0]
        rows[pkg][status] += 1
        if status in ("SURVIVED", "NO_COVERAGE"):
            mutator = m.findtext("mutator").rsplit(".", 1)[-1]
            survivors.append(
                (cls, int(m.findtext("lineNumber")), m.findtext("mutatedMethod"), mutator, status,
                 m.findtext("description")))
    print(path)
    header = f"{'package':<45} {'killed':>6} {'surv':>5} {'nocov':>5} {'other':>5} {'total':>6} {'score':>7} {'strength':>8}"
    print(header)
    print("-" * len(header))
    total = defaultdict(int)
    for pkg in sorted(rows):
        r = rows[pkg]
        for k, v in r.items():
            total[k] += v
        print_row(pkg, r)
    print("-" * len(header))
    print_row("TOTAL", total)
    if show_survivors:
        for cls, line, method, mutator, status, desc in sorted(survivors):
            print(f"  {status:<11} {cls}:{line} {method} {mutator}: {desc}")
    print()


def print_row(name, r):
    all_ = sum(r.values())
    detected = sum(v for k, v in r.items() if k in DETECTED)
    covered = all_ - r.get("NO_COVERAGE", 0)
    other = all_ - r.get("KILLED", 0) - r.get("SURVIVED", 0) - r.get("NO_COVERAGE", 0)
    print(f"{name:<45} {r.get('KILLED', 0):>6} {r.get('SURVIVED', 0):>5} {r.get('NO_COVERAGE', 0):>5} "
          f"{other:>5} {all_:>6} {pct(detected, all_):>7} {pct(detected, covered):>8}")


def main(argv):
    show = "--survivors" in argv
    args = [a for a in argv if a != "--survivors"] or ["."]
    status = 0
    for a in args:
        path = report_path(a)
        if not os.path.exists(path):
            print(f"{path}: not found (run mvn verify -Pmutation first)", file=sys.stderr)
            status = 1
            continue
        summarise(path, show)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
