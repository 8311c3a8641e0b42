"""Batch benchmark: ``simcheck batch`` with 1 and 2 workers, and Spark local mode, on the same synthetic notes.

Run from the repository root::

    .venv/bin/python bench/bench_batch.py                          # 10,000 notes (the required size)
    .venv/bin/python bench/bench_batch.py --notes 500 --skip-spark  # a quick look

What is measured, per run, on one JSONL input of ``make_notes(n, seed)`` notes (100 to 2,000 words):

* ``local`` with ``--workers 1`` and ``--workers 2``: ``python -m simcheck batch`` in a subprocess.
  Wall time from launch to exit (imports, analyzer loads and writing included), notes/s over that
  time, and a steady-state notes/s between the first and the last output chunk (startup excluded).
  Peak RSS per process of the tree, sampled every 0.2 s with psutil (main process and each worker).
* ``spark``: ``local[2]`` in this process: the session start, then ``run_batch(engine="spark")``
  (Python workers start and load the analyzer inside it), notes/s over the batch.

Scaling efficiency = notes/s with 2 workers / (2 x notes/s with 1 worker). For scale, the same
ratio is measured for the machine itself: two independent processes that only run
``Analyzer.check_many`` on the first ``--baseline-notes`` notes, alone and side by side. The three
outputs are compared byte for byte. The load average before and after is printed: other work on the machine
changes the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

try:  # run as ``python -m bench.bench_batch``
    from bench.notes import make_notes, word_count
except ImportError:  # run as ``python bench/bench_batch.py``
    from notes import make_notes, word_count

ROOT = Path(__file__).resolve().parents[1]


def write_input(folder: Path, n: int, seed: int) -> tuple[Path, int]:
    notes = make_notes(n, seed=seed)
    path = folder / "notes.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        for index, text in enumerate(notes):
            stream.write(json.dumps({"id": f"bench-{index:05d}", "text": text}) + "\n")
    return path, sum(word_count(text) for text in notes)


def _role(member: psutil.Process, main_pid: int) -> str:
    """main, worker, or tracker (multiprocessing's resource tracker, not a worker)."""
    if member.pid == main_pid:
        return "main"
    try:
        return "tracker" if "resource_tracker" in " ".join(member.cmdline()) else "worker"
    except psutil.Error:
        return "worker"


def run_local(source: Path, output: Path, workers: int, n: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "simcheck", "batch", str(source), "-o", str(output)]
    command += ["--workers", str(workers), "--no-progress", "--overwrite"]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peaks: dict[int, tuple[str, float]] = {}
    first_chunk: tuple[float, int] | None = None
    last_chunk: tuple[float, int] = (started, 0)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            tree = []
        for member in tree:
            try:
                rss = member.memory_info().rss / 2**20
            except psutil.NoSuchProcess:
                continue
            peaks[member.pid] = (_role(member, process.pid), max(rss, peaks.get(member.pid, ("", 0.0))[1]))
        lines = output.read_bytes().count(b"\n") if output.exists() else 0
        now = time.monotonic()
        if lines and first_chunk is None:
            first_chunk = (now, lines)
        if lines != last_chunk[1]:
            last_chunk = (now, lines)
        time.sleep(0.2)
    wall = time.monotonic() - started
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"batch failed ({process.returncode}): {stderr}")
    steady = None
    if first_chunk is not None and last_chunk[1] > first_chunk[1]:
        steady = (last_chunk[1] - first_chunk[1]) / (last_chunk[0] - first_chunk[0])
    workers_rss = [rss for role, rss in peaks.values() if role == "worker"]
    return {
        "engine": "local",
        "workers": workers,
        "wall_s": round(wall, 1),
        "notes_per_s": round(n / wall, 1),
        "steady_notes_per_s": None if steady is None else round(steady, 1),
        "peak_rss_main_mb": round(peaks.get(process.pid, ("main", 0.0))[1], 1),
        "peak_rss_workers_mb": [round(rss, 1) for rss in workers_rss],
        "summary": stdout.strip().splitlines()[1:],
    }


_CHECK = """
import json, sys, time
import simcheck
analyzer = simcheck.load()
notes = [json.loads(line)["text"] for _, line in zip(range(int(sys.argv[2])), open(sys.argv[1]))]
list(analyzer.check_many(notes[:5]))
started = time.monotonic()
list(analyzer.check_many(notes))
print(len(notes) / (time.monotonic() - started))
"""


def parallel_baseline(source: Path, n: int) -> dict[str, Any]:
    """notes/s of one analyzer process alone, and of each of two run side by side (no batch code)."""

    def launch() -> subprocess.Popen[str]:
        command = [sys.executable, "-c", _CHECK, str(source), str(n)]
        return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)

    alone = float(launch().communicate()[0])
    pair = [launch(), launch()]
    together = [float(process.communicate()[0]) for process in pair]
    return {
        "notes": n,
        "alone_notes_per_s": round(alone, 1),
        "side_by_side_notes_per_s": [round(rate, 1) for rate in together],
        "machine_scaling_efficiency": round(sum(together) / (2 * alone), 2),
    }


def run_spark(source: Path, output: Path, partitions: int, n: int) -> dict[str, Any]:
    from simcheck.batch.runner import BatchOptions, run_batch
    from simcheck.spark import session

    started = time.monotonic()
    spark = session(f"local[{partitions}]")
    spark.sparkContext.setLogLevel("ERROR")
    session_s = time.monotonic() - started
    options = BatchOptions([source], output, workers=partitions, engine="spark", overwrite=True, progress=False)
    batch_started = time.monotonic()
    run_batch(options)
    batch_s = time.monotonic() - batch_started
    spark.stop()
    return {
        "engine": "spark",
        "master": f"local[{partitions}]",
        "session_start_s": round(session_s, 1),
        "batch_s": round(batch_s, 1),
        "notes_per_s": round(n / batch_s, 1),
        "notes_per_s_with_session_start": round(n / (batch_s + session_s), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--baseline-notes", type=int, default=1000, help="notes for the machine baseline (0: skip)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results_batch.json")
    args = parser.parse_args()

    conditions: dict[str, Any] = {
        "cpus": psutil.cpu_count(logical=True),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }
    with tempfile.TemporaryDirectory(prefix="simcheck-bench-") as tmp:
        folder = Path(tmp)
        source, words = write_input(folder, args.notes, args.seed)
        print(f"{args.notes:,} notes, {words:,} words, {source.stat().st_size / 2**20:.1f} MB JSONL")
        runs = [run_local(source, folder / f"local-{w}.jsonl", w, args.notes) for w in (1, 2)]
        for run in runs:
            print(json.dumps(run))
        if not args.skip_spark:
            runs.append(run_spark(source, folder / "spark.jsonl", 2, args.notes))
            print(json.dumps(runs[-1]))
        baseline = parallel_baseline(source, min(args.baseline_notes, args.notes)) if args.baseline_notes else None
        print(json.dumps(baseline))
        outputs = [
            folder / name for name in ("local-1.jsonl", "local-2.jsonl", "spark.jsonl") if (folder / name).exists()
        ]
        identical = len({path.read_bytes() for path in outputs}) == 1
    conditions["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    one, two = runs[0], runs[1]
    result = {
        "notes": args.notes,
        "words": words,
        "seed": args.seed,
        "conditions": conditions,
        "runs": runs,
        "scaling_efficiency": round(two["notes_per_s"] / (2 * one["notes_per_s"]), 2),
        "steady_scaling_efficiency": round(two["steady_notes_per_s"] / (2 * one["steady_notes_per_s"]), 2)
        if one["steady_notes_per_s"] and two["steady_notes_per_s"]
        else None,
        "outputs_identical": identical,
        "machine_baseline": baseline,
    }
    if not args.skip_spark:
        result["spark_vs_two_workers"] = round(runs[2]["notes_per_s"] / two["notes_per_s"], 2)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print()
    print("| run | wall s | notes/s | steady notes/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for run in runs[:2]:
        rss = f"main {run['peak_rss_main_mb']}" + "".join(f", worker {r}" for r in run["peak_rss_workers_mb"])
        steady = run["steady_notes_per_s"]
        print(f"| local, {run['workers']} worker(s) | {run['wall_s']} | {run['notes_per_s']} | {steady} | {rss} |")
    if not args.skip_spark:
        spark = runs[2]
        print(
            f"| spark local[2] | {spark['batch_s']} (+{spark['session_start_s']} session start) | "
            f"{spark['notes_per_s']} | | |"
        )
    print(
        f"\nscaling efficiency (2 workers): {result['scaling_efficiency']} end to end, "
        f"{result['steady_scaling_efficiency']} steady state"
    )
    if baseline:
        print(
            f"machine baseline ({baseline['notes']} notes, no batch code): one process alone "
            f"{baseline['alone_notes_per_s']} notes/s, two side by side {baseline['side_by_side_notes_per_s']}: "
            f"efficiency {baseline['machine_scaling_efficiency']}"
        )
    if not args.skip_spark:
        print(f"spark local[2] / local 2 workers: {result['spark_vs_two_workers']}")
    print(
        f"outputs identical: {identical}; load average before {conditions['load_average_before']}, "
        f"after {conditions['load_average_after']}"
    )


if __name__ == "__main__":
    main()
