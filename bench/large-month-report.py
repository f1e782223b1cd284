#!/usr/bin/env python3
"""The large-month benchmark's table and checks (called by bench/large-month.sh, not by hand).

Reads the product's timestamped output (WORK/run.log: "<epoch seconds>\\t<line>"), its exit code,
peak RSS and output folder, DuckDB's result, and the generator's manifest; prints the table as
Markdown and writes it to --result. Then checks, and exits 1 on any failure:
  - every service's counted downtime in October UTC: the product's (verified_downtime_minutes of
    the bench-utc contract's AUTO-<contract>-2026-10 decision) == DuckDB's == the generator's
    (a service DuckDB does not list has 0);
  - every claim decided as the generator built it (claim-kinds.csv), every outcome of files.md
    present, one automatic decision per bench-utc, iot-cloud-2022 and plm-2022 contract, nothing
    pending, no rejected input row;
  - evidence.csv (issue 20): every verified decision's OUTAGE minutes add up to its
    verified_downtime_minutes and its EXCUSED minutes to its excused_minutes, no unverified claim has
    evidence, each run's minutes are its span, and rows are in the file's order (claim, start, kind).
"""
import argparse
import csv
import json
import os
import re
import sys

STEP = re.compile(r"step (\w+)\s+(\w+) read ([\d,]+), written ([\d,]+), rejected ([\d,]+) in ([\d.]+) s")
KIND_REASONS = {  # claim kind (generate-large-month.py) -> the (outcome, reason) pairs it may get
    "verified": {("REJECTED", "NO_CREDIT_DUE"), ("CREDIT", "TIER"), ("CREDIT", "MATERIAL_BREACH"),
                 ("TERMINATION_REFUND", "MATERIAL_BREACH")},
    "not_in_writing": {("REJECTED", "NOT_IN_WRITING")}, "late": {("REJECTED", "LATE")},
    "unknown_contract": {("REJECTED", "UNKNOWN_CONTRACT")}, "automatic": {("REJECTED", "AUTOMATIC")},
    "wrong_period": {("REJECTED", "WRONG_PERIOD")}, "not_covered": {("REJECTED", "NOT_COVERED")},
    "duplicate": {("REJECTED", "DUPLICATE")},
}
REQUIRED_OUTCOMES = [("CREDIT", "TIER"), ("CREDIT", "MATERIAL_BREACH"), ("TERMINATION_REFUND", "MATERIAL_BREACH"),
                     ("REJECTED", "NO_CREDIT_DUE"), ("REJECTED", "UNKNOWN_CONTRACT"), ("REJECTED", "AUTOMATIC"),
                     ("REJECTED", "NOT_IN_WRITING"), ("REJECTED", "WRONG_PERIOD"), ("REJECTED", "LATE"),
                     ("REJECTED", "NOT_COVERED"), ("REJECTED", "DUPLICATE"), ("COMPLIANCE", "MET"),
                     ("COMPLIANCE", "MISSED")]
TARGETS = {"h2": 60, "mysql": 75}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(s):
    return int(s.replace(",", ""))


def fmt(x, digits=1):
    return "n/a" if x is None else f"{x:,.{digits}f}"


def check_evidence(path, decisions):
    """evidence.csv against decisions.csv: (failures, rows, verified claims), streaming the file."""
    from datetime import datetime
    if not os.path.exists(path):
        return ["evidence.csv is missing"], 0, 0
    sums, failures, rows, last = {}, [], 0, None
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows += 1
            key = (r["claim_id"], r["starts_at"], r["kind"])
            if last is not None and key < last and len(failures) < 10:
                failures.append(f"row {rows} {key} comes after {last}")
            last = key
            minutes = int(r["minutes"])
            span = (datetime.fromisoformat(r["ends_at"].replace("Z", "+00:00"))
                    - datetime.fromisoformat(r["starts_at"].replace("Z", "+00:00"))).total_seconds() / 60
            if span != minutes and len(failures) < 10:
                failures.append(f"row {rows}: {minutes} minutes from {r['starts_at']} to {r['ends_at']}")
            s = sums.setdefault(r["claim_id"], [0, 0])
            if r["kind"] == "OUTAGE":
                s[0] += minutes
            elif r["kind"] == "EXCUSED":
                s[1] += minutes
            elif r["kind"] != "NO_DATA":
                failures.append(f"row {rows}: unknown kind {r['kind']}")
    verified = 0
    for claim, d in decisions.items():
        if d["verified_downtime_minutes"] == "":
            if claim in sums:
                failures.append(f"{claim} has evidence but was not verified")
            continue
        verified += 1
        want = [int(d["verified_downtime_minutes"]), int(d["excused_minutes"])]
        got = sums.get(claim, [0, 0])
        if got != want:
            failures.append(f"{claim}: OUTAGE {got[0]} / EXCUSED {got[1]} minutes, decisions.csv {want[0]} / {want[1]}")
    failures += [f"{c} has evidence but no decision" for c in sums if c not in decisions]
    return failures, rows, verified


def main():
    ap = argparse.ArgumentParser()
    for name in ["work", "data", "db", "heap", "result", "start", "end", "duckdb-wall", "env"]:
        ap.add_argument("--" + name, required=True)
    ap.add_argument("--smoke", action="store_true")
    a = ap.parse_args()
    work, data = a.work, a.data
    manifest = json.load(open(os.path.join(data, "manifest.json")))
    env = json.load(open(a.env))
    start, end = float(a.start), float(a.end)
    rc = int(open(os.path.join(work, "rc")).read().strip() or -1)

    lines = []
    for raw in open(os.path.join(work, "run.log"), encoding="utf-8", errors="replace"):
        stamp, _, text = raw.rstrip("\n").partition("\t")
        lines.append((float(stamp), text))
    steps, first_step = [], None
    for stamp, text in lines:
        m = STEP.search(text)
        if m:
            first_step = first_step or stamp
            steps.append(dict(name=m[1], status=m[2], read=num(m[3]), written=num(m[4]), rejected=num(m[5]),
                              seconds=float(m[6])))
    sec = {s["name"]: s["seconds"] for s in steps}
    by = {s["name"]: s for s in steps}
    rss_kb = None
    try:
        tail = [l for l in open(os.path.join(work, "rss")).read().split() if l.isdigit()]
        rss_kb = int(tail[-1]) if tail else None
    except FileNotFoundError:
        pass
    duck = {}
    duck_seconds = duck_rows = None
    try:
        out = open(os.path.join(work, "duckdb.out")).read()
        m = re.search(r"duckdb_seconds ([\d.]+) rows (\d+) services (\d+)", out)
        if m:
            duck_seconds, duck_rows = float(m[1]), int(m[2])
            duck = {r["service_id"]: int(r["downtime"]) for r in read_csv(os.path.join(work, "duckdb.csv"))}
    except FileNotFoundError:
        pass

    total = end - start
    rows = manifest["probe_rows"]
    ingest = sec.get("probes", 0) + sec.get("mergeProbes", 0) if "mergeProbes" in sec else None
    claims_s = (sec["claims"] + sec["decide"] + sec["postAdjustments"]) if all(
        k in sec for k in ("claims", "decide", "postAdjustments")) else None
    statements = by["statements"]["written"] if "statements" in by else None
    to_first = (first_step - start) if first_step else None

    def per_second(n, s):
        return None if n is None or not s else n / s

    md = []
    title = "Large month" + (" (smoke)" if a.smoke else "")
    md.append(f"# {title} benchmark: {a.db.upper()}, {env['date']}")
    md.append("")
    md.append(f"`{env['command']}` · jar `{env['jar']}` ({env['commit']}) · {env['java']} · -Xmx{a.heap} · "
              f"{env['database']} · {env['machine']}")
    md.append("")
    md.append(f"Data (seed {manifest['seed']}, generated in {manifest['generation_seconds']} s, probes "
              f"{manifest['probe_seconds']} s of it): {manifest['services']:,} services, {rows:,} probe rows in "
              f"{manifest['probe_files']} files ({manifest['probe_bytes'] / 1e9:.2f} GB), {manifest['outages']:,} "
              f"outages; {manifest['contracts']:,} contracts "
              f"({', '.join(f'{k} {v:,}' for k, v in manifest['contracts_by_policy'].items())}; "
              f"{manifest['voice_groups']} VOICE groups), {manifest['customers']:,} customers, "
              f"{manifest['invoices']:,} invoices, {manifest['windows']} windows, {manifest['claims']:,} claims.")
    md.append("")
    md.append("| step | status | read | written | rejected | seconds |")
    md.append("|---|---|---:|---:|---:|---:|")
    for s in steps:
        md.append(f"| {s['name']} | {s['status']} | {s['read']:,} | {s['written']:,} | {s['rejected']:,} | {s['seconds']:.1f} |")
    md.append(f"| JVM start to first step line | | | | | {fmt(to_first)} |")
    md.append(f"| rest (summary step, JVM exit; not printed as a step) | | | | | "
              f"{fmt(total - (to_first or 0) - sum(sec.values()))} |")
    md.append(f"| **total**, `java -jar` to exit (exit code {rc}) | | | | | **{total:.1f}** |")
    md.append("")
    ratio = (duck_seconds / ingest) if duck_seconds and ingest else None
    target_total = TARGETS.get(a.db)
    md.append("| measure | value | target (information) |")
    md.append("|---|---:|---|")
    md.append(f"| probe rows/s, probes step | {fmt(per_second(rows, sec.get('probes')), 0)} | |")
    md.append(f"| probe rows/s, read through to availability records stored (probes + mergeProbes, "
              f"{fmt(ingest)} s) | {fmt(per_second(rows, ingest), 0)} | |")
    md.append(f"| DuckDB, same files, same run (just before the product), 2 threads: query seconds | {fmt(duck_seconds, 2)} | |")
    md.append(f"| DuckDB process, JVM start to exit (seconds) | {fmt(float(a.duckdb_wall) if a.duckdb_wall else None)} | |")
    md.append(f"| ratio DuckDB time ÷ product (probes + mergeProbes) time | {fmt(ratio, 2)} | ≥ 2 |")
    md.append(f"| claims/s, {manifest['claims']:,} claims / (claims + decide + postAdjustments, "
              f"{fmt(claims_s)} s) | {fmt(per_second(manifest['claims'], claims_s), 0)} | "
              f"{'≤ 10 s on MySQL' if a.db == 'mysql' else '(≤ 10 s on MySQL)'} |")
    support_s = sum(sec.get(n, 0) for n in ("tickets", "ticketPauses", "measure", "writeSupport"))
    measured = by.get("writeSupport", {}).get("written")
    md.append(f"| support SLAs: {manifest.get('tickets', 0):,} tickets, {manifest.get('ticket_pauses', 0):,} pauses, "
              f"{f'{measured:,}' if measured is not None else 'n/a'} measured: tickets + ticketPauses + measure + "
              f"writeSupport (seconds) | {fmt(support_s)} | ≤ 20 |")
    md.append(f"| statements/s, {statements if statements is not None else 'n/a'} statements / statements step | "
              f"{fmt(per_second(statements, sec.get('statements')), 0)} | ≥ 200 |")
    md.append(f"| `java -jar` to first step (seconds) | {fmt(to_first)} | ≤ 3 |")
    md.append(f"| peak RSS (MB), -Xmx{a.heap} | {fmt(rss_kb / 1024, 0) if rss_kb else 'n/a'} | -Xmx1g enough |")
    md.append(f"| total (seconds) | {total:.1f} | ≤ {target_total} (full month, {a.db.upper()}) |")
    md.append("")

    failures, notes = [], []
    if rc != 0:
        failures.append(f"the product exited with {rc}")
        tail = [t for _, t in lines if t.strip() and not re.match(r"\s+(at |\.\.\. \d+ more|\.\.\. \d+ common)", t)][-15:]
        md.append("Product failed; last lines of its output:")
        md.append("")
        md.append("```")
        md.extend(tail)
        md.append("```")
        md.append("")
    missing_steps = [n for n in ("probes", "mergeProbes", "claims", "tickets", "measure", "decide", "postAdjustments",
                                 "statements")
                     if n not in sec]
    if rc == 0 and missing_steps:
        failures.append("no step line found for " + ", ".join(missing_steps)
                        + " (expected 'step NAME STATUS read N, written N, rejected N in S s': did the format change?)")
    if duck_seconds is None:
        failures.append("DuckDB did not report a result (see duckdb.out)")
    elif duck_rows != rows:
        failures.append(f"DuckDB read {duck_rows:,} probe rows, the generator wrote {rows:,}")
    if "probes" in by and by["probes"]["read"] != rows:
        failures.append(f"the probes step read {by['probes']['read']:,} rows, the generator wrote {rows:,}")

    out_dir = os.path.join(work, "out")
    decisions_path = os.path.join(out_dir, "decisions.csv")
    if rc == 0 and os.path.exists(decisions_path):
        decisions = {d["claim_id"]: d for d in read_csv(decisions_path)}
        contracts = read_csv(os.path.join(data, "input", "contracts.csv"))
        expected = {r["service_id"]: int(r["downtime"]) for r in read_csv(os.path.join(data, "expected-downtime.csv"))}
        # 1. counted downtime per service: product == DuckDB == generator
        mismatches, compared, with_downtime = [], 0, 0
        for k in contracts:
            if k["policy"] != "bench-utc":
                continue
            service, d = k["service_id"], decisions.get(f"AUTO-{k['contract_id']}-2026-10")
            product = int(d["verified_downtime_minutes"]) if d and d["verified_downtime_minutes"] else None
            ref = duck.get(service, 0)
            compared += 1
            with_downtime += ref > 0
            if product != ref or expected.get(service) != ref:
                mismatches.append(f"{service}: product {product}, DuckDB {ref}, generator {expected.get(service)}")
        extra = set(duck) - set(expected)
        if extra:
            mismatches.append(f"DuckDB lists unknown services {sorted(extra)[:5]}")
        if mismatches or compared != manifest["services"]:
            failures.append(f"counted downtime differs for {len(mismatches)} of {compared} services: "
                            + "; ".join(mismatches[:10]))
        else:
            notes.append(f"counted downtime in October UTC equal for all {compared:,} services: product (bench-utc "
                         f"decisions) = DuckDB = generator; {with_downtime:,} with counted downtime, "
                         f"{sum(duck.values()):,} minutes in all")
        # 2. every claim decided as built, every outcome present
        wrong = []
        for r in read_csv(os.path.join(data, "claim-kinds.csv")):
            d = decisions.get(r["claim_id"])
            got = (d["outcome"], d["reason"]) if d else ("not decided", "")
            if got not in KIND_REASONS[r["kind"]]:
                wrong.append(f"{r['claim_id']} ({r['kind']}): {' '.join(got)}")
        if wrong:
            failures.append(f"{len(wrong)} claims not decided as built: " + "; ".join(wrong[:10]))
        auto = [d for c, d in decisions.items() if c.startswith("AUTO-")]
        if len(auto) != manifest["automatic_decisions_expected"]:
            failures.append(f"{len(auto)} automatic decisions, expected {manifest['automatic_decisions_expected']} "
                            "(one per bench-utc, iot-cloud-2022 and plm-2022 contract for 2026-10)")
        counts = {}
        for d in decisions.values():
            counts[(d["outcome"], d["reason"])] = counts.get((d["outcome"], d["reason"]), 0) + 1
        missing = [f"{o} {r}" for o, r in REQUIRED_OUTCOMES if (o, r) not in counts]
        if missing:
            failures.append("outcomes missing from decisions.csv: " + ", ".join(missing))
        md.append("Decisions (" + f"{len(decisions):,}: {manifest['claims']:,} claims + {len(auto):,} automatic): "
                  + ", ".join(f"{o} {r} {n:,}" for (o, r), n in sorted(counts.items())) + "; terminations "
                  + ", ".join(f"{t} {sum(1 for d in decisions.values() if d['termination'] == t):,}"
                              for t in ("GRANTED", "DENIED")) + "; refunds "
                  + f"{sum(1 for d in decisions.values() if d['settlement'] == 'REFUND'):,}.")
        md.append("")
        rejects = read_csv(os.path.join(out_dir, "rejects.csv"))
        if rejects:
            failures.append(f"{len(rejects)} input rows rejected, e.g. {rejects[0]}")
        pending = next((t for _, t in lines if t.startswith("Claims still pending:")), "")
        if pending.strip() != "Claims still pending: 0":
            failures.append(f"claims left pending: '{pending.strip()}'")
        pdfs = len(os.listdir(os.path.join(out_dir, "statements")))
        if statements is not None and pdfs != statements:
            failures.append(f"{pdfs} statement files, the step wrote {statements}")
        # 3. evidence.csv adds up to every verified decision, read a row at a time
        evidence_failures, evidence_rows, evidence_claims = check_evidence(os.path.join(out_dir, "evidence.csv"),
                                                                           decisions)
        if evidence_failures:
            failures.append(f"evidence.csv does not add up for {len(evidence_failures)} claims: "
                            + "; ".join(evidence_failures[:10]))
        else:
            notes.append(f"evidence.csv adds up for all {evidence_claims:,} verified decisions: OUTAGE minutes = "
                         f"verified_downtime_minutes, EXCUSED minutes = excused_minutes ({evidence_rows:,} rows)")
        if not failures:
            notes.append(f"every claim decided as built, every outcome of files.md present, nothing pending, "
                         f"no rejected row, {pdfs:,} statements")
    for n in notes:
        md.append(f"- check passed: {n}")
    for f in failures:
        md.append(f"- **CHECK FAILED**: {f}")
    text = "\n".join(md) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(a.result)), exist_ok=True)
    with open(a.result, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    print(f"Table written to {a.result}")
    if failures:
        print("LARGE-MONTH BENCHMARK FAILED: " + " | ".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
