#!/usr/bin/env python3
"""A claims file of N rows over the October 2026 example's contracts, a tenth of them bad.

The hostile-input case of issue 9: one month's claims arriving as a flood. Every good row is a
claim the rules decide (most as DUPLICATE, since a contract has one claim per month that counts);
every bad row fails exactly one check, so rejects.csv must hold exactly them. The script prints
the number of bad rows on stderr, and with a third argument writes their line numbers to that file,
so that the benchmark can check rejects.csv row for row.

    generate-many-claims.py [ROWS] [SEED] [BAD_LINES_FILE] > claims.csv
"""
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
bad_lines = open(sys.argv[3], "w") if len(sys.argv) > 3 else None
rng = random.Random(seed)
contracts = ["K-A1", "K-A2", "K-B1", "K-B2", "K-C1", "K-C2", "K-D1", "K-ZZ"]
channels = ["EMAIL", "PORTAL", "LETTER", "PHONE", "CHAT"]
bad_kinds = [
    lambda i: f"CL-{i:07d},K-A1,2026-10,2026-11-02T09:00:00+01:00,FAX,,",          # unknown channel
    lambda i: f"CL-{i:07d},K-A1,2026-13,2026-11-02T09:00:00+01:00,EMAIL,,",        # no such month
    lambda i: f"CL-{i:07d},K-B1,2026-10,2026-11-31T09:00:00Z,EMAIL,,",             # no such day
    lambda i: f"CL-{i:07d},K-C1,2026-10,2026-11-04T11:00:00+01:00,EMAIL,-5,",      # negative minutes
    lambda i: f"CL-{i:07d},K-C2,2026-10,2026-11-04T11:00:00+01:00,EMAIL,,maybe",   # not a boolean
    lambda i: f",K-C2,2026-10,2026-11-04T11:00:00+01:00,EMAIL,,",                  # no claim id
    lambda i: f"CL-{i:07d},K-A2,2026-10",                                          # too few columns
]
out = sys.stdout
out.write("claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate\n")
bad = 0
for i in range(rows):
    if rng.random() < 0.10:
        out.write(bad_kinds[rng.randrange(len(bad_kinds))](i) + "\n")
        bad += 1
        if bad_lines:
            bad_lines.write(f"{i + 2}\n")  # the header is line 1
        continue
    contract = contracts[rng.randrange(len(contracts))]
    month = "2026-10" if rng.random() < 0.9 else "2026-09"
    day = rng.randint(1, 30)
    hour = rng.randint(0, 23)
    minutes = rng.choice(["", str(rng.randint(0, 2000))])
    terminate = "true" if rng.random() < 0.01 else ""
    out.write(f"CL-{i:07d},{contract},{month},2026-11-{day:02d}T{hour:02d}:15:00+01:00,"
              f"{channels[rng.randrange(len(channels))]},{minutes},{terminate}\n")
if bad_lines:
    bad_lines.close()
print(bad, file=sys.stderr)
