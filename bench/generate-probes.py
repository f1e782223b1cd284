#!/usr/bin/env python3
"""Writes a probes.csv of N rows for the ingest benchmark: S services probed once a minute,
interleaved by time (the worst case for chunking: every chunk touches every service), with a
DOWN minute every so often. Usage: generate-probes.py ROWS SERVICES OUT_FILE"""
import sys
from datetime import datetime, timedelta, timezone

rows, services, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
start = datetime(2026, 10, 1, tzinfo=timezone.utc) - timedelta(hours=2)
names = [f"svc-{i:05d}" for i in range(services)]
with open(out, "w", buffering=1 << 20) as f:
    f.write("service_id,checked_at,status,latency_ms\n")
    written = 0
    minute = 0
    while written < rows:
        stamp = (start + timedelta(minutes=minute, seconds=17)).strftime("%Y-%m-%dT%H:%M:%SZ")
        for i, name in enumerate(names):
            if written == rows:
                break
            status = "DOWN" if (minute + i) % 997 < 7 else "UP"
            f.write(f"{name},{stamp},{status},{90 + (minute % 40)}\n")
            written += 1
        minute += 1
