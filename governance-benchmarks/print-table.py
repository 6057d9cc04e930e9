#!/usr/bin/env python3
"""Prints the JMH results of run-benchmarks.sh as a Markdown table with the ratios issue 5 targets.

usage: print-table.py target/jmh-results.json [target/jmh-console.txt]
"""
import json
import re
import sys

results = json.load(open(sys.argv[1]))
console = open(sys.argv[2]).read() if len(sys.argv) > 2 else ""

rows = {}
print("| benchmark | params | score | unit | alloc B/op |")
print("|---|---|---:|---|---:|")
for r in results:
    name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
    params = r.get("params", {})
    p = ", ".join(f"{k}={v}" for k, v in params.items() if k != "droolsMode") or "-"
    score = r["primaryMetric"]["score"]
    unit = r["primaryMetric"]["scoreUnit"]
    sec = r.get("secondaryMetrics", {})
    alloc = sec.get("gc.alloc.rate.norm", {}).get("score")
    rows[(name, tuple(sorted(params.items())))] = (score, unit, alloc, sec)
    print(f"| {name} | {p} | {score:,.1f} | {unit} | {'' if alloc is None else f'{alloc:,.0f}'} |")


def get(name, **params):
    for (n, ps), v in rows.items():
        d = dict(ps)
        if n == name and all(d.get(k) == str(val) for k, val in params.items()):
            return v
    return None


def ratio(a, b):
    return None if a is None or b is None else a[0] / b[0]


checks = []


def check(label, value, target, ok):
    if value is None:
        checks.append((label, "not run", target, "-"))
    else:
        checks.append((label, f"{value:,.2f}", target, "-" if ok is None else "met" if ok(value) else "MISSED"))


for fixture in ("settled", "raw"):
    for cases in (10000, 1000000):
        h = get("EscalationBenchmark.hewei", cases=cases, fixture=fixture)
        d = get("EscalationBenchmark.drools", cases=cases, fixture=fixture)
        w = get("EscalationBenchmark.handWritten", cases=cases, fixture=fixture)
        what = f"escalation {fixture} {cases:,}"
        at_target = cases == 1000000  # the issue sets the escalation targets at 1,000,000 cases

        def target(text, test):
            return (text, test) if at_target else (f"({text} at 1M)", None)

        check(f"{what}: drools time / hewei time", ratio(d, h), *target("≥ 30", lambda v: v >= 30))
        check(f"{what}: drools time / handWritten time (the ceiling's own ratio)", ratio(d, w), "(for scale)", None)
        check(f"{what}: hewei time / handWritten time", ratio(h, w), *target("≤ 1.5", lambda v: v <= 1.5))
        if h is not None:
            factor = {"ms/op": 1e6, "us/op": 1e3, "ns/op": 1.0, "s/op": 1e9}[h[1]]
            check(f"{what}: hewei ns per case", h[0] * factor / cases, "(for scale)", None)
            m = re.search(r"# agreed over %d %s cases: (\d+) decisions, (\d+) B of decisions" % (cases, fixture), console)
            if h[2] is not None:
                check(f"{what}: hewei alloc B per case", h[2] / cases, "(for scale)", None)
            if h[2] is not None and m:
                dec_bytes = int(m.group(2))
                # strictly: everything allocated against the decisions retained (a fixed per-call scratch
                # block of about 6 KB counts too); per case: what is allocated beyond the decisions
                check(f"{what}: hewei alloc B/op / bytes of the decisions returned", h[2] / dec_bytes,
                      "(for scale: includes the fixed per-call scratch)", None)
                check(f"{what}: hewei alloc beyond the decisions, B per case", (h[2] - dec_bytes) / cases,
                      *target("< 0.1 (no object per case: one would add ≥ 16)", lambda v: v < 0.1))
check("deadline: hewei(365) / hewei(5)", ratio(get("DeadlineBenchmark.hewei", days=365), get("DeadlineBenchmark.hewei", days=5)),
      "≤ 1.2", lambda v: v <= 1.2)
check("deadline: naiveLoop(60) / hewei(60)", ratio(get("DeadlineBenchmark.naiveLoop", days=60), get("DeadlineBenchmark.hewei", days=60)),
      "≥ 10", lambda v: v >= 10)
check("jurisdiction: subtreeHewei GRID / TOWNSHIP (depth 7 vs 4)",
      ratio(get("JurisdictionBenchmark.subtreeHewei", nodeLevel="GRID"), get("JurisdictionBenchmark.subtreeHewei", nodeLevel="TOWNSHIP")),
      "≈ 1 (constant in depth)", lambda v: v <= 1.5)
check("jurisdiction: parentWalk GRID / TOWNSHIP (for contrast)",
      ratio(get("JurisdictionBenchmark.subtreeParentWalk", nodeLevel="GRID"), get("JurisdictionBenchmark.subtreeParentWalk", nodeLevel="TOWNSHIP")),
      "grows with depth", None)
check("jurisdiction: pointScan / pointHewei", ratio(get("JurisdictionBenchmark.pointScan", nodeLevel="GRID"), get("JurisdictionBenchmark.pointHewei", nodeLevel="GRID")),
      "≥ 100", lambda v: v >= 100)
check("replay: hewei / handWritten", ratio(get("ReplayBenchmark.hewei"), get("ReplayBenchmark.handWritten")), "≤ 3", lambda v: v <= 3)
check("store: queryScan / queryHewei", ratio(get("StoreBenchmark.queryScan"), get("StoreBenchmark.queryHewei")), "≥ 100", lambda v: v >= 100)
m = re.search(r"# retained per state (\d+) B \(petition excluded\); per petition (\d+) B", console)
if m:  # the setup's own line (the aux counters are summed over iterations in the JSON)
    check("memory: retained B per open state (petition excluded)", int(m.group(1)), "≤ 400", lambda v: v <= 400)
    check("memory: retained B per petition (for scale)", int(m.group(2)), "-", None)
else:
    check("memory: retained B per open state (petition excluded)", None, "≤ 400", lambda v: v <= 400)

print()
print("| ratio | measured | target | |")
print("|---|---:|---|---|")
for label, value, target, verdict in checks:
    print(f"| {label} | {value} | {target} | {verdict} |")
