#!/usr/bin/env python3
"""Generates the large-month benchmark's input folder (bench/large-month.sh), deterministically
from a seed: the same seed and size always give byte-identical files.

    generate-large-month.py --seed S --services N --out DIR

For N services (1,000 in the full benchmark) it writes, under DIR/input/:

  probes-01..04.csv  one probe per service per minute for all of October 2026 UTC (N x 44,640 rows:
                     44.6 M rows, ~1.5 GB for N = 1,000), four consecutive time ranges, every service
                     in every minute (the monitoring system's export order), random outages of 2 to
                     300 minutes; nothing outside October UTC
  contracts.csv      10 N contracts on ~5 N customers: exactly one per service on the benchmark pack
                     bench-utc (bench/policies/), the rest over standard-2024 (every edition),
                     iot-cloud-2022, cpaas-2024 (VOICE on a group a|b) and plm-2022 (guarantee_pct)
  invoices.csv       2026 invoices (annual or quarterly) of the covered standard-2024 contracts
  windows.csv        max(12, N / 5) excused windows of every cause, maintenance announced in time
                     and late, one on a VOICE group
  claims.csv         20 N claims on the standard-2024 contracts, built so that every outcome of
                     files.md occurs (see CLAIM KINDS)
  tickets.csv        1,000 N support tickets (1,000,000 for N = 1,000) reported over the two years
                     November 2024 to October 2026 on the contracts of every pack but bench-utc, each
                     within its contract's coverage, with a priority of its pack: answered 0-48 h
                     later, resolved 0-120 h after that, 10 % unanswered and 10 % unresolved
  ticket-pauses.csv  one pause on 20 % of the resolved tickets, and a second, overlapping one on a
                     quarter of those

and beside it DIR/expected-downtime.csv (the generator's own counted downtime per service, runs of
>= 5 DOWN minutes, over October UTC), DIR/claim-kinds.csv (what each claim was built to be decided
as) and DIR/manifest.json (counts), which the benchmark compares with the product's decisions.

Probe files are streamed minute by minute: one minute of all services is a single
bytes.join over per-service pieces that only change when a service goes down or comes back, so
Python writes the 1.5 GB in about 6 s on the 2-core benchmark machine and holds no more than one minute of rows.
"""
import argparse
import json
import os
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

MONTH_START = datetime(2026, 10, 1, tzinfo=timezone.utc)
MINUTES = 31 * 24 * 60  # 44,640: October 2026, UTC
PROBE_FILES = 4
MIN_OUTAGE = 5  # the bench pack's minOutageMinutes, as in DuckDB's query
CET = timezone(timedelta(hours=1))   # Amsterdam from 2026-10-25 03:00 local
CEST = timezone(timedelta(hours=2))  # Amsterdam before

STANDARD_EDITIONS = ["STARTER", "ESSENTIAL", "GROWTH", "ENTERPRISE", "CUSTOM"]
IOT_EDITIONS = ["ENTERPRISE_DASHBOARD", "HOME_APP", "BACKEND_API"]
CPAAS_EDITIONS = ["BUSINESS_MESSAGING", "VOICE", "SERVICE_CLOUD", "MARKETING_CLOUD", "CONVERSATIONAL_AI"]
PLM_GUARANTEES = ["99.5", "99.9", "99.95", "99.0"]
NAME_STEMS = ["Gouda Bikes", "Hokuto Trading", "Ijssel Insurance", "Varna Smart Homes", "Lisbon Call Centers",
              "Malmö Service Desk", "Namur Machine Works", "Oostende Yachts", "Zürich Logistik", "Łódź Textiles",
              "Crème Brûlée Bakeries", "Århus Wind", "Sevilla Cerámica", "Kraków Robotics", "Porto Vinhos",
              "Núremberg Toys", "Acme Logistics", "Helsinki Saunas", "Brno Breweries", "Ghent Chocolatiers"]
NAME_SUFFIXES = ["B.V.", "K.K.", "N.V.", "AD", "Lda", "AB", "SA", "NV", "GmbH", "Sp. z o.o.", "SARL", "A/S",
                 "S.L.", "Ltd", "LLC"]

# CLAIM KINDS: what each generated claim is built to be decided as (rules of credit-rules.md §7 and
# policy-packs.md §6, in their order). "verified" claims pass every rule and are decided on the
# records: NO_CREDIT_DUE, TIER, MATERIAL_BREACH or TERMINATION_REFUND, by the service's downtime.
CLAIM_SHARES = {  # of 20 N claims; "verified" is one per covered standard contract, "duplicate" the rest
    "not_in_writing": 0.15,
    "late": 0.15,
    "unknown_contract": 0.05,
    "automatic": 0.05,
    "wrong_period": 0.035,
}


def fee(rng, currency):
    if currency == "JPY":
        return Decimal(rng.randrange(100_000, 5_000_000))
    return Decimal(rng.randrange(120_000, 12_000_000)) / 100


def money(amount, currency):
    return str(amount.quantize(Decimal("1") if currency == "JPY" else Decimal("0.01"), rounding=ROUND_HALF_UP))


def instant(dt, rng):
    """An instant written with one of the offsets a real export uses."""
    r = rng.random()
    if r < 0.4:
        return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    local = dt.astimezone(CEST if dt < datetime(2026, 10, 25, 1, tzinfo=timezone.utc) else CET)
    return local.isoformat(timespec="seconds")


def merge(intervals):
    """Maximal DOWN runs [start, end) from possibly overlapping or touching outages."""
    runs = []
    for s, e in sorted(intervals):
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    return runs


def counted(runs):
    return sum(e - s for s, e in runs if e - s >= MIN_OUTAGE)


def outages(rng, profile):
    """Outages of one service: intervals of minutes of October UTC, each 2 to 300 minutes long."""
    def one(lo=2, hi=300):
        n = rng.randint(lo, hi)
        s = rng.randrange(0, MINUTES - n + 1)
        return (s, s + n)
    iv = []
    if profile == "heavy":      # a material breach under every standard-2024 edition, windows or not
        target = rng.randint(2300, 4500)
        while counted(merge(iv)) < target:
            iv.append(one())
    elif profile == "moderate":  # mostly inside the credit tiers
        target = rng.randint(50, 1300)
        while counted(merge(iv)) < target:
            iv.append(one())
    elif profile == "blips":     # only outages too short to count
        for _ in range(rng.randint(1, 4)):
            iv.append(one(2, 4))
    elif profile == "light":
        for _ in range(rng.randint(0, 3)):
            iv.append(one())
    return merge(iv)


def profile_of(i):
    return {0: "heavy", 1: "moderate", 2: "moderate", 3: "none", 4: "blips"}.get(i % 10, "light")


def write_probes(out_dir, names, seconds, runs_by_service, log):
    n = len(names)
    prefix = [f"{name},".encode() for name in names]
    suffix_up = [f":{s:02d}Z,UP\n".encode() for s in seconds]
    suffix_down = [f":{s:02d}Z,DOWN\n".encode() for s in seconds]
    changes = {}  # minute -> [(service, down)]
    for k, runs in enumerate(runs_by_service):
        for s, e in runs:
            changes.setdefault(s, []).append((k, True))
            if e < MINUTES:
                changes.setdefault(e, []).append((k, False))

    def piece(k, down):  # what follows service k's timestamp: its seconds, status, and the next name
        return (suffix_down[k] if down else suffix_up[k]) + (prefix[k + 1] if k + 1 < n else b"")
    pieces = [prefix[0]] + [piece(k, False) for k in range(n)]
    per_file = MINUTES // PROBE_FILES
    written = 0
    for f_index in range(PROBE_FILES):
        path = os.path.join(out_dir, f"probes-{f_index + 1:02d}.csv")
        with open(path, "wb", buffering=1 << 22) as f:
            f.write(b"service_id,checked_at,status\n")
            for minute in range(f_index * per_file, (f_index + 1) * per_file):
                for k, down in changes.get(minute, ()):
                    pieces[k + 1] = piece(k, down)
                stamp = (MONTH_START + timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M").encode()
                f.write(stamp.join(pieces))
                written += n
        log(f"  {os.path.basename(path)}: {os.path.getsize(path) / 1e6:,.0f} MB")
    return written


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--services", type=int, default=1000)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.services < 20:
        sys.exit("--services must be at least 20, so that every kind of service and claim occurs")
    t0 = time.monotonic()
    log = lambda m: print(m, flush=True)
    input_dir = os.path.join(a.out, "input")
    os.makedirs(input_dir, exist_ok=True)
    N = a.services

    # --- services and their outages -----------------------------------------------------------
    rng = random.Random(f"{a.seed}/outages")
    names = [f"svc-{i + 1:05d}" for i in range(N)]
    profiles = [profile_of(i) for i in range(N)]
    seconds = [rng.randrange(60) for _ in range(N)]
    runs = [outages(rng, p) for p in profiles]
    with open(os.path.join(a.out, "expected-downtime.csv"), "w") as f:
        f.write("service_id,downtime\n")
        for name, r in zip(names, runs):
            f.write(f"{name},{counted(r)}\n")

    # --- customers and contracts ----------------------------------------------------------------
    rng = random.Random(f"{a.seed}/contracts")
    customers = []
    for c in range(5 * N):
        name = f"{rng.choice(NAME_STEMS)} {c + 1} {rng.choice(NAME_SUFFIXES)}"
        customers.append((f"CU-{c + 1:05d}", name, f"cu-{c + 1:05d}@example.com"))
    contracts = []  # dicts
    holders = rng.sample(customers, len(customers))  # every customer holds at least one contract

    def contract(cid, edition, service, policy, currency, start, end="", guarantee=""):
        cu = holders[len(contracts)] if len(contracts) < len(holders) else rng.choice(customers)
        k = dict(contract_id=cid, customer_id=cu[0], customer_name=cu[1], customer_email=cu[2], edition=edition,
                 service_id=service, annual_fee=fee(rng, currency), currency=currency, start_date=start,
                 end_date=end, policy=policy, guarantee_pct=guarantee)
        contracts.append(k)
        return k

    def start_date():
        return date(2022, 1, 1) + timedelta(days=rng.randrange((date(2026, 9, 1) - date(2022, 1, 1)).days + 1))

    for i, name in enumerate(names):
        contract(f"K-B-{i + 1:05d}", "MONITORED", name, "bench-utc", "EUR", date(2026, 1, 1))
    others = 9 * N
    n_std, n_iot, n_cpaas = round(0.70 * others), round(0.12 * others), round(0.10 * others)
    packs = ["standard-2024"] * n_std + ["iot-cloud-2022"] * n_iot + ["cpaas-2024"] * n_cpaas
    packs += ["plm-2022"] * (others - len(packs))
    rng.shuffle(packs)
    std_index = 0
    for j, pack in enumerate(packs):
        cid = f"K-{j + 1:06d}"
        service = rng.choice(names)
        currency = rng.choices(["EUR", "USD", "JPY"], [80, 12, 8])[0]
        if pack == "standard-2024":
            kind = {1: "future", 2: "ended", 3: "ends_in_october"}.get(std_index % 40, "open")
            std_index += 1
            edition = STANDARD_EDITIONS[std_index % 5] if std_index <= 5 else rng.choice(STANDARD_EDITIONS)
            start, end = start_date(), ""
            if kind == "future":
                start = date(2026, 11, 1)
            elif kind == "ended":
                end = date(2026, 9, 30)
            elif kind == "ends_in_october":
                end = date(2026, 10, 20)
            elif rng.random() < 0.1:
                end = date(2027, rng.randint(1, 12), 1) - timedelta(days=1)
            k = contract(cid, edition, service, "" if rng.random() < 0.3 else pack, currency, start, end)
            k["kind"] = kind
        elif pack == "iot-cloud-2022":
            contract(cid, rng.choice(IOT_EDITIONS), service, pack, currency, start_date())
        elif pack == "cpaas-2024":
            edition = rng.choice(CPAAS_EDITIONS)
            if edition == "VOICE":
                service = "|".join(rng.sample(names, 2))
            contract(cid, edition, service, pack, currency, start_date())
        else:
            contract(cid, "PLATFORM", service, pack, currency, start_date(), guarantee=rng.choice(PLM_GUARANTEES))
    with open(os.path.join(input_dir, "contracts.csv"), "w", encoding="utf-8") as f:
        cols = ["contract_id", "customer_id", "customer_name", "customer_email", "edition", "service_id",
                "annual_fee", "currency", "start_date", "end_date", "policy", "guarantee_pct"]
        f.write(",".join(cols) + "\n")
        for k in contracts:
            row = dict(k, annual_fee=money(k["annual_fee"], k["currency"]))
            f.write(",".join(str(row[c]) for c in cols) + "\n")
    standard = [k for k in contracts if k.get("kind")]
    covered = [k for k in standard if k["kind"] in ("open", "ends_in_october")]
    uncovered = [k for k in standard if k["kind"] in ("future", "ended")]

    # --- invoices: 2026, annual or quarterly, for the standard contracts running in October -----
    invoices = 0
    with open(os.path.join(input_dir, "invoices.csv"), "w") as f:
        f.write("invoice_id,contract_id,period_start,period_end,amount,currency\n")
        for k in covered:
            first = max(date(2026, 1, 1), k["start_date"])
            last = k["end_date"] or date(2026, 12, 31)
            last = min(last, date(2026, 12, 31))
            if rng.random() < 0.7:
                periods = [(first, last, k["annual_fee"] * ((last - first).days + 1) / 365, "2026")]
            else:
                periods = []
                for q in range(4):
                    qs, qe = date(2026, 3 * q + 1, 1), (date(2026, 3 * q + 4, 1) if q < 3 else date(2027, 1, 1)) - timedelta(days=1)
                    if qe >= first and qs <= last:
                        periods.append((max(qs, first), min(qe, last), k["annual_fee"] / 4, f"2026-Q{q + 1}"))
            for ps, pe, amount, label in periods:
                f.write(f"INV-{k['contract_id']}-{label},{k['contract_id']},{ps},{pe},{money(amount, k['currency'])},{k['currency']}\n")
                invoices += 1

    # --- excused windows ------------------------------------------------------------------------
    rng = random.Random(f"{a.seed}/windows")
    n_windows = max(12, N // 5)
    window_kinds = [("MAINTENANCE", "in_time"), ("MAINTENANCE", "late"), ("MAINTENANCE", "none"),
                    ("THIRD_PARTY", ""), ("FORCE_MAJEURE", ""), ("CUSTOMER", ""), ("EMERGENCY_MAINTENANCE", ""),
                    ("BETA", ""), ("MAINTENANCE", "plm_in_time"), ("THIRD_PARTY", "group"),
                    ("MAINTENANCE", "in_time"), ("THIRD_PARTY", "")]
    # Windows go on services with outages other than the heavy ones, so that every heavy service
    # stays a material breach however much its windows excuse.
    hosts = [i for i in range(N) if runs[i] and profiles[i] != "heavy"]
    groups = [k["service_id"] for k in contracts if "|" in k["service_id"]]
    with open(os.path.join(input_dir, "windows.csv"), "w") as f:
        f.write("window_id,service_id,cause,starts_at,ends_at,announced_at\n")
        for w in range(n_windows):
            cause, notice = window_kinds[w % len(window_kinds)]
            i = rng.choice(hosts)
            service = names[i]
            if notice == "group" and groups:
                service = rng.choice(groups)
                i = names.index(service.split("|")[0])
            s, e = rng.choice(runs[i]) if runs[i] else (rng.randrange(MINUTES - 300), 0)
            start = max(0, s - rng.randint(0, 30))
            end = min(MINUTES, start + rng.randint(30, 240))
            starts = MONTH_START + timedelta(minutes=start)
            announced = {"in_time": starts - timedelta(days=3, minutes=rng.randint(0, 600)),
                         "late": starts - timedelta(hours=12),
                         "plm_in_time": starts - timedelta(days=15)}.get(notice)
            f.write(f"W-{w + 1:04d},{service},{cause},{instant(starts, rng)},"
                    f"{instant(MONTH_START + timedelta(minutes=end), rng)},{instant(announced, rng) if announced else ''}\n")

    # --- claims ---------------------------------------------------------------------------------
    rng = random.Random(f"{a.seed}/claims")
    total_claims = 20 * N
    automatic = [k for k in contracts if k["policy"] in ("iot-cloud-2022", "plm-2022", "bench-utc")]
    heavy_services = {names[i] for i in range(N) if profiles[i] == "heavy"}
    claims = []  # (contract_id, service_month, period, received, channel, claimed, terminate, kind)

    def at(d0, d1):  # a local Amsterdam instant, uniformly between two local dates (d1 excluded)
        start = datetime(d0.year, d0.month, d0.day, tzinfo=CET if d0 >= date(2026, 10, 26) else CEST)
        span = (d1 - d0).days * 86400
        return start + timedelta(seconds=rng.randrange(span))

    def claimed():
        return str(rng.randint(0, 3000)) if rng.random() < 0.6 else ""

    def add(contract_id, month, received, kind, channel=None, terminate="", period=""):
        channel = channel or rng.choice(["EMAIL", "PORTAL", "LETTER"])
        claims.append((contract_id, month, period, received, channel, claimed(), terminate, kind))

    first_on_heavy = set()
    for k in covered:  # one verified claim each, received 1-3 November
        terminate = "true" if rng.random() < 0.06 else rng.choice(["", "false"])
        if k["service_id"] in heavy_services and k["service_id"] not in first_on_heavy:
            first_on_heavy.add(k["service_id"])
            terminate = "true"  # a material breach with termination elected: a termination refund
        add(k["contract_id"], "2026-10", at(date(2026, 11, 1), date(2026, 11, 4)), "verified", terminate=terminate)
    for k in uncovered:  # the contract covers no day of October
        for _ in range(2):
            add(k["contract_id"], "2026-10", at(date(2026, 11, 1), date(2026, 11, 5)), "not_covered")
    counts = {kind: round(share * total_claims) for kind, share in CLAIM_SHARES.items()}
    for _ in range(counts["not_in_writing"]):
        add(rng.choice(covered)["contract_id"], "2026-10", at(date(2026, 11, 1), date(2026, 11, 5)),
            "not_in_writing", channel=rng.choice(["PHONE", "CHAT"]), terminate=rng.choice(["", "true"]))
    for _ in range(counts["late"]):  # September after 30 October 24:00, or August after 30 September 24:00
        if rng.random() < 0.5:
            add(rng.choice(standard)["contract_id"], "2026-09", at(date(2026, 10, 31), date(2026, 11, 5)), "late")
        else:
            add(rng.choice(standard)["contract_id"], "2026-08", at(date(2026, 10, 1), date(2026, 11, 5)), "late")
    for u in range(counts["unknown_contract"]):
        add(f"K-X-{u + 1:05d}", "2026-10", at(date(2026, 11, 1), date(2026, 11, 5)), "unknown_contract")
    for _ in range(counts["automatic"]):
        add(rng.choice(automatic)["contract_id"], "2026-10", at(date(2026, 11, 1), date(2026, 11, 5)), "automatic")
    for _ in range(counts["wrong_period"]):  # a quarter for a monthly pack (Q3 has ended; Q4 would wait)
        add(rng.choice(covered)["contract_id"], "", at(date(2026, 10, 1), date(2026, 10, 26)), "wrong_period",
            period="2026-Q3")
    duplicates = total_claims - len(claims)
    if duplicates < 1:
        sys.exit("internal error: no room left for duplicate claims")
    for _ in range(duplicates):  # after every verified claim (received on 4 November)
        add(rng.choice(covered)["contract_id"], "2026-10", at(date(2026, 11, 4), date(2026, 11, 5)), "duplicate")
    rng.shuffle(claims)
    kinds = {}
    with open(os.path.join(input_dir, "claims.csv"), "w") as f, open(os.path.join(a.out, "claim-kinds.csv"), "w") as g:
        f.write("claim_id,contract_id,service_month,period,received_at,channel,claimed_downtime_minutes,terminate\n")
        g.write("claim_id,kind\n")
        for n, (cid, month, period, received, channel, claimed_min, terminate, kind) in enumerate(claims):
            f.write(f"CL-{n + 1:06d},{cid},{month},{period},{instant(received, rng)},{channel},{claimed_min},{terminate}\n")
            g.write(f"CL-{n + 1:06d},{kind}\n")
            kinds[kind] = kinds.get(kind, 0) + 1

    # --- support tickets: two years of them, within coverage --------------------------------------
    rng = random.Random(f"{a.seed}/tickets")
    priorities = {"standard-2024": ["P1", "P2", "P3", "P4"], "": ["P1", "P2", "P3", "P4"],
                  "iot-cloud-2022": ["P1", "P2", "P3", "P4"], "cpaas-2024": ["HIGH", "NORMAL"],
                  "plm-2022": ["HIGH", "MEDIUM", "LOW"]}
    span_from, span_to = date(2024, 11, 2), date(2026, 10, 30)  # a day inside either end: zones differ
    ticketed = []
    for k in contracts:
        if k["policy"] == "bench-utc":
            continue
        first = max(span_from, k["start_date"] + timedelta(days=1))
        last = min(span_to, (k["end_date"] or span_to) - timedelta(days=1))
        if first < last:
            ticketed.append((k, first, (last - first).days))
    total_tickets = 1000 * N
    with_targets = 0
    pauses = 0
    with open(os.path.join(input_dir, "tickets.csv"), "w") as f, \
            open(os.path.join(input_dir, "ticket-pauses.csv"), "w") as g:
        f.write("ticket_id,contract_id,priority,reported_at,responded_at,resolved_at\n")
        g.write("ticket_id,starts_at,ends_at\n")
        utc = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
        for n in range(total_tickets):
            k, first, days = ticketed[rng.randrange(len(ticketed))]
            reported = datetime(first.year, first.month, first.day, tzinfo=timezone.utc) + timedelta(
                seconds=rng.randrange(days * 86400))
            priority = rng.choice(priorities[k["policy"]])
            with_targets += k["policy"] in ("standard-2024", "", "cpaas-2024")
            responded = reported + timedelta(seconds=rng.randrange(48 * 3600)) if rng.random() >= 0.1 else None
            resolved = None
            if rng.random() >= 0.1:
                resolved = (responded or reported) + timedelta(seconds=rng.randrange(120 * 3600))
            tid = f"T-{n + 1:07d}"
            f.write(f"{tid},{k['contract_id']},{priority},{utc(reported)},"
                    f"{utc(responded) if responded else ''},{utc(resolved) if resolved else ''}\n")
            if resolved and rng.random() < 0.2:
                start = responded or reported
                p0 = start + timedelta(seconds=rng.randrange(max(1, int((resolved - start).total_seconds()))))
                p1 = p0 + timedelta(seconds=rng.randrange(1, 8 * 3600))
                g.write(f"{tid},{utc(p0)},{utc(p1)}\n")
                pauses += 1
                if rng.random() < 0.25:
                    g.write(f"{tid},{utc(p0 + (p1 - p0) / 2)},{utc(p1 + timedelta(hours=1))}\n")
                    pauses += 1

    # --- probes (last: the bulk of the time) -----------------------------------------------------
    t1 = time.monotonic()
    log(f"  contracts, invoices, windows, claims, tickets: {t1 - t0:.1f} s")
    rows = write_probes(input_dir, names, seconds, runs, log)
    t2 = time.monotonic()
    size = sum(os.path.getsize(os.path.join(input_dir, f"probes-{i + 1:02d}.csv")) for i in range(PROBE_FILES))
    manifest = {
        "seed": a.seed, "services": N, "probe_rows": rows, "probe_bytes": size, "probe_files": PROBE_FILES,
        "customers": len(customers), "customers_with_contracts": len({k["customer_id"] for k in contracts}),
        "contracts": len(contracts),
        "contracts_by_policy": {p: sum(1 for k in contracts if (k["policy"] or "standard-2024") == p)
                                for p in ["bench-utc", "standard-2024", "iot-cloud-2022", "cpaas-2024", "plm-2022"]},
        "voice_groups": len(groups), "invoices": invoices, "windows": n_windows, "claims": len(claims),
        "claims_by_kind": kinds, "automatic_decisions_expected": len(automatic),
        "tickets": total_tickets, "tickets_with_targets": with_targets, "ticket_pauses": pauses,
        "outages": sum(len(r) for r in runs), "heavy_services": len(heavy_services),
        "generation_seconds": round(t2 - t0, 1), "probe_seconds": round(t2 - t1, 1),
    }
    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    log(f"  {rows:,} probe rows, {size / 1e9:.2f} GB in {t2 - t1:.1f} s; {len(contracts):,} contracts, "
        f"{len(claims):,} claims, {invoices:,} invoices, {n_windows} windows; {t2 - t0:.1f} s in all")


if __name__ == "__main__":
    main()
