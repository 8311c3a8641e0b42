"""Service benchmark: latency and throughput of ``POST /v1/check`` against the real server.

Run from the repository root::

    .venv/bin/python bench/bench_service.py                        # 5 s a cell, default workers
    .venv/bin/python bench/bench_service.py --seconds 10 --json bench/service_results.json

It starts ``python -m simcheck serve`` (uvicorn plus its analysis worker processes) on a free loopback
port, then for a 300-word and a 2,000-word synthetic note (``bench/notes.py``; 16 different notes of
each size, cycled) and for 1, 8 and 32 concurrent clients (async httpx, one single-connection client
per virtual client, all in one event loop) it runs a warm-up and then a bounded measurement: each
client posts, waits for the answer and posts again until ``--seconds`` have passed. It reports
p50/p95/p99 latency, requests per second and errors per cell, and the load average around each cell
(other work on the machine skews the numbers).

The client runs on the same machine as the server and takes CPU from it; the numbers are for the
whole loopback system, not the server alone. CPU time per request of the server process, its
workers and the client is reported too: unlike latency, it hardly depends on what else the machine runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import psutil

from simcheck.service.testing import ServerProcess

try:  # run as ``python -m bench.bench_service``
    from bench.notes import make_note, word_count
except ImportError:  # run as ``python bench/bench_service.py`` (bench/ is sys.path[0])
    from notes import make_note, word_count

SIZES = (300, 2000)
CONCURRENCY = (1, 8, 32)
NOTES_PER_SIZE = 16
TARGET = {"words": 300, "clients": 8, "p99_ms": 100.0}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (0 < q <= 100)."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU time used so far by the server process, its worker processes and this client process."""

    def used(process: psutil.Process) -> float:
        times = process.cpu_times()
        return times.user + times.system

    server = psutil.Process(server_pid)
    return {
        "server": used(server),
        "workers": sum(used(child) for child in server.children(recursive=True)),
        "client": used(psutil.Process()),
    }


async def run_cell(
    url: str, server_pid: int, notes: list[str], clients: int, seconds: float, warmup: float
) -> dict[str, Any]:
    """Post notes from ``clients`` concurrent clients for ``warmup`` then ``seconds``; measure the second part."""
    latencies: list[float] = []
    errors = 0
    # One single-connection client per virtual client: a shared httpx pool with 32 requests in flight
    # spends more CPU on its own bookkeeping (and serves them unfairly) than the server spends on HTTP.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    pool = [httpx.AsyncClient(base_url=url, timeout=60, limits=limits) for _ in range(clients)]

    async def one_client(index: int, until: float, record: bool) -> None:
        nonlocal errors
        sent = 0
        while time.perf_counter() < until:
            text = notes[(index + sent * clients) % len(notes)]
            started = time.perf_counter()
            response = await pool[index].post("/v1/check", json={"text": text, "note_id": f"b{index}-{sent}"})
            elapsed = time.perf_counter() - started
            sent += 1
            if not record:
                continue
            if response.status_code == 200:
                latencies.append(elapsed)
            else:
                errors += 1

    try:
        await asyncio.gather(*(one_client(i, time.perf_counter() + warmup, False) for i in range(clients)))
        load_before = os.getloadavg()[0]
        cpu_before = cpu_seconds(server_pid)
        started = time.perf_counter()
        await asyncio.gather(*(one_client(i, started + seconds, True) for i in range(clients)))
        wall = time.perf_counter() - started
        cpu_after = cpu_seconds(server_pid)
    finally:
        await asyncio.gather(*(client.aclose() for client in pool))
    ms = [latency * 1000 for latency in latencies]
    cpu_ms = {k: round((cpu_after[k] - cpu_before[k]) * 1000 / max(len(ms), 1), 2) for k in cpu_after}
    return {
        "clients": clients,
        "requests": len(ms),
        "errors": errors,
        "seconds": round(wall, 2),
        "req_per_s": round(len(ms) / wall, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "cpu_ms_per_request": cpu_ms,
        "load_1min_before": round(load_before, 2),
        "load_1min_after": round(os.getloadavg()[0], 2),
    }


def busy_processes(server_pid: int) -> list[str]:
    """Other processes using CPU right now (sampled over 1 s): the load the benchmark competes with."""
    ours = {os.getpid(), server_pid, *(p.pid for p in psutil.Process(server_pid).children(recursive=True))}
    procs = [p for p in psutil.process_iter(["pid", "name"]) if p.pid not in ours]
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.cpu_percent(None)
    time.sleep(1.0)
    busy = []
    for proc in procs:
        try:
            share = proc.cpu_percent(None)
        except psutil.Error:
            continue
        if share >= 5.0:
            busy.append(f"{proc.info['name']} {share:.0f}%")
    return busy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measured seconds per cell (default 5)")
    parser.add_argument("--warmup", type=float, default=1.0, help="unmeasured seconds before each cell")
    parser.add_argument("--workers", type=int, help="SIMCHECK_WORKERS for the server (default: the cores)")
    parser.add_argument("--json", type=Path, default=Path("bench/service_results.json"), help="result file")
    args = parser.parse_args()

    env = {"SIMCHECK_LOG_LEVEL": "warning"}
    if args.workers is not None:
        env["SIMCHECK_WORKERS"] = str(args.workers)
    notes = {size: [make_note(size, seed) for seed in range(NOTES_PER_SIZE)] for size in SIZES}
    cells: list[dict[str, Any]] = []
    with ServerProcess(env) as server:
        workers = httpx.get(server.url + "/healthz").json()["workers"]
        versions = httpx.get(server.url + "/v1/version").json()
        competing = busy_processes(server.pid)
        print(f"server {server.url}: {workers} workers; other busy processes: {', '.join(competing) or 'none'}")
        print(
            f"{'words':>6} {'clients':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6} "
            "cpu ms/req server+workers+client  load"
        )
        for size in SIZES:
            for clients in CONCURRENCY:
                cell = asyncio.run(run_cell(server.url, server.pid, notes[size], clients, args.seconds, args.warmup))
                cell["words"] = statistics.median(word_count(n) for n in notes[size])
                cells.append(cell)
                cpu = cell["cpu_ms_per_request"]
                print(
                    f"{size:>6} {clients:>7} {cell['req_per_s']:>7} {cell['p50_ms']:>7} {cell['p95_ms']:>7} "
                    f"{cell['p99_ms']:>7} {cell['errors']:>6} {cpu['server']:>8}+{cpu['workers']}+{cpu['client']}"
                    f"  {cell['load_1min_before']}->{cell['load_1min_after']}"
                )
    target = next(c for c in cells if c["words"] == TARGET["words"] and c["clients"] == TARGET["clients"])
    passed = target["p99_ms"] < TARGET["p99_ms"]
    print(
        f"target: p99 < {TARGET['p99_ms']:.0f} ms for {TARGET['words']} words at {TARGET['clients']} clients: "
        f"{target['p99_ms']} ms, {'pass' if passed else 'FAIL'}"
    )
    result = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": {
            "cpu": platform.processor() or platform.machine(),
            "cores": psutil.cpu_count(logical=True),
            "usable_cores": len(os.sched_getaffinity(0)),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "packages": {p: metadata.version(p) for p in ("simcheck", "fastapi", "uvicorn", "httpx", "spacy")},
        "server": {"workers": workers, "versions": versions},
        "other_busy_processes": competing,
        "seconds_per_cell": args.seconds,
        "warmup_per_cell": args.warmup,
        "cells": cells,
        "target": {**TARGET, "measured_p99_ms": target["p99_ms"], "pass": passed},
    }
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
