"""Engine benchmark: spaCy tokenizer vs medspaCy vs simcheck on one synthetic note set.

Run from the repository root::

    .venv/bin/python bench/bench_engine.py                 # 200 notes, all pipelines
    .venv/bin/python bench/bench_engine.py --notes 500 --json bench.json
    .venv/bin/python bench/bench_engine.py --only tokenizer,medspacy

Pipelines (each measured in its own fresh interpreter, one after the other, so
load time and peak RSS are per pipeline):

``tokenizer``
    ``spacy.blank("en")``; ``nlp.pipe`` with no components (tokenization only).
``medspacy``
    ``medspacy.load()`` (PyRuSH sentences, target matcher, ConText) plus the
    simcheck target rules (``simcheck.rules.load_bundle().span_patterns()``)
    converted to ``TargetRule``; falls back to a small built-in rule list, with
    a warning, while ``simcheck.rules`` cannot be imported.
``simcheck_rules``
    ``simcheck.load(model=None)``: the rule engine alone, to price the classifier.
``simcheck``
    ``simcheck.load()`` (rules plus the committed model) then
    ``list(analyzer.check_many(notes))``; skipped with "simcheck not installed"
    when the package is absent.

Per pipeline: import time, load time (constructing the pipeline, after the
imports; simcheck imports its engine lazily, so its import step imports
``simcheck.analyzer`` and, for the model, skops and scikit-learn, as the medspaCy
step imports medspaCy; the cold start, import + load, is printed too),
throughput (notes/s and words/s over all notes, after one warm-up
note; best of ``--repeat`` passes) and peak RSS of the process (``VmHWM`` from
/proc/self/status, else ``ru_maxrss``).  PyRuSH 1.0.x logs every sentence
decision at DEBUG level through loguru; that output is disabled for the
medspacy pipeline (as any deployment would) unless ``--pyrush-logging``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

try:  # run as ``python -m bench.bench_engine``
    from bench.notes import make_notes, word_count
except ImportError:  # run as ``python bench/bench_engine.py`` (bench/ is sys.path[0])
    from notes import make_notes, word_count

PIPELINES: tuple[str, ...] = ("tokenizer", "medspacy", "simcheck_rules", "simcheck")

TARGET_SPEEDUP_VS_MEDSPACY = 10.0  # simcheck notes/s / medspacy notes/s >=
TARGET_RATIO_VS_TOKENIZER = 0.4  # simcheck notes/s / tokenizer notes/s >=
TARGET_LOAD_S = 3.0  # simcheck load seconds <
TARGET_PEAK_RSS_MB = 400.0  # simcheck peak RSS MB <

_RESULT_MARKER = "BENCH_ENGINE_RESULT "

# Stand-in for ``simcheck.rules.load_bundle().span_patterns()`` while simcheck
# is not importable: SpanRuler-style dicts, used only with a printed warning.
FALLBACK_SPAN_PATTERNS: tuple[dict[str, Any], ...] = (
    {"label": "SIMULATION", "pattern": "CT simulation", "id": "ct_simulation"},
    {
        "label": "SIMULATION",
        "id": "ct_sim_token",
        "pattern": [{"LOWER": "ct"}, {"LOWER": {"IN": ["sim", "simulation", "simulated"]}}],
    },
    {"label": "CONTRAST_IV", "pattern": "IV contrast", "id": "iv_contrast"},
    {"label": "CONTRAST_IV", "pattern": "intravenous contrast", "id": "iv_contrast_long"},
    {"label": "CONTRAST_ORAL", "pattern": "oral contrast", "id": "oral_contrast"},
    {
        "label": "CONTRAST_NONE",
        "id": "no_contrast",
        "pattern": [
            {"LOWER": {"IN": ["no", "without", "non"]}},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": "contrast"},
        ],
    },
    {
        "label": "IMMOBILIZATION",
        "id": "vac_lok",
        "pattern": [{"LOWER": "vac"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "lok"}],
    },
    {
        "label": "IMMOBILIZATION",
        "id": "mask",
        "pattern": [{"LOWER": {"IN": ["aquaplast", "thermoplastic", "srs"]}}, {"LOWER": "mask"}],
    },
    {"label": "IMMOBILIZATION", "pattern": "breast board", "id": "breast_board"},
    {"label": "IMMOBILIZATION", "pattern": "wing board", "id": "wing_board"},
    {"label": "IMMOBILIZATION", "pattern": "knee sweep", "id": "knee_sweep"},
    {"label": "IMMOBILIZATION", "pattern": "bite block", "id": "bite_block"},
    {
        "label": "FUSION_MRI",
        "id": "mri_fusion",
        "pattern": [{"LOWER": "mri"}, {"LOWER": {"IN": ["fusion", "fused"]}}],
    },
    {"label": "FUSION_PET", "pattern": "PET/CT", "id": "pet_ct"},
    {"label": "MOTION", "pattern": "4D CT", "id": "four_d_ct"},
    {
        "label": "PRIOR_IMAGING",
        "id": "mri_date_showed",
        "pattern": [
            {"LOWER": "mri"},
            {"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}(/\d{2,4})?$"}},
            {"LOWER": {"IN": ["showed", "demonstrated"]}},
        ],
    },
    {
        "label": "AREA_COUNT",
        "id": "n_treatment_areas",
        "pattern": [
            {"LOWER": {"IN": ["one", "two", "three", "four", "five", "1", "2", "3"]}},
            {"LOWER": "treatment"},
            {"LOWER": {"IN": ["area", "areas", "site", "sites"]}},
        ],
    },
    {
        "label": "SITE",
        "id": "breast_side",
        "pattern": [{"LOWER": {"IN": ["left", "right"]}}, {"LOWER": "breast"}],
    },
    {"label": "SITE", "pattern": "supraclavicular", "id": "supraclavicular"},
    {"label": "SITE", "pattern": "axilla", "id": "axilla"},
    {"label": "SITE", "pattern": "chest wall", "id": "chest_wall"},
    {"label": "BLOCKS", "pattern": "custom blocks", "id": "custom_blocks"},
    {"label": "BOLUS", "pattern": "bolus", "id": "bolus"},
    {
        "label": "CHECKBOX",
        "id": "checkbox",
        "pattern": [{"ORTH": "["}, {"LOWER": "x", "OP": "?"}, {"ORTH": "]"}],
    },
)


class SkipPipelineError(Exception):
    """Raised by a pipeline that cannot run here (e.g. its package is not installed)."""


# --------------------------------------------------------------------------
# Pipelines (run inside the worker subprocess)
# --------------------------------------------------------------------------


class _Pipeline:
    """One benchmarked pipeline: import its libraries, build it, process notes."""

    name = ""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.info: dict[str, Any] = {}

    def import_libs(self) -> None:
        """Import the libraries the pipeline needs (timed as ``import_s``)."""
        raise NotImplementedError

    def build(self) -> None:
        """Construct the pipeline (timed as ``load_s``)."""
        raise NotImplementedError

    def run(self, notes: Sequence[str]) -> dict[str, int]:
        """Process ``notes`` completely; return a few output counts as a sanity check."""
        raise NotImplementedError


class _TokenizerPipeline(_Pipeline):
    """``spacy.blank("en")`` with no components: tokenization only."""

    name = "tokenizer"

    def import_libs(self) -> None:
        self.spacy = importlib.import_module("spacy")

    def build(self) -> None:
        self.nlp = self.spacy.blank("en")
        self.info["pipe_names"] = list(self.nlp.pipe_names)

    def run(self, notes: Sequence[str]) -> dict[str, int]:
        return {"tokens": sum(len(doc) for doc in self.nlp.pipe(notes))}


class _MedspacyPipeline(_Pipeline):
    """``medspacy.load()`` default pipeline plus the simcheck target rules."""

    name = "medspacy"

    def __init__(self, pyrush_logging: bool = False, fallback_rules: bool = False) -> None:
        super().__init__()
        self.pyrush_logging = pyrush_logging
        self.fallback_rules = fallback_rules

    def import_libs(self) -> None:
        self.medspacy = importlib.import_module("medspacy")
        self.target_rule = importlib.import_module("medspacy.target_matcher").TargetRule
        self.info["pyrush_logging"] = self.pyrush_logging
        if not self.pyrush_logging:
            try:
                from loguru import logger
            except ImportError:  # PyRuSH versions without loguru
                return
            logger.disable("PyRuSH")

    def _span_patterns(self) -> list[dict[str, Any]]:
        """simcheck's SpanRuler-style target patterns, or the built-in fallback."""
        reason = "--fallback-rules given"
        if not self.fallback_rules:
            try:
                from simcheck.rules import load_bundle
            except ImportError as exc:
                reason = f"simcheck.rules not importable: {exc}"
            else:
                self.info["rules_source"] = "simcheck.rules"
                return list(load_bundle().span_patterns())
        self.warnings.append(
            f"medspacy pipeline is using {len(FALLBACK_SPAN_PATTERNS)} built-in FALLBACK target "
            f"rules, not the simcheck rule bundle ({reason})"
        )
        self.info["rules_source"] = "fallback"
        return [dict(p) for p in FALLBACK_SPAN_PATTERNS]

    def build(self) -> None:
        self.nlp = self.medspacy.load()
        rules = []
        for spec in self._span_patterns():
            label, pattern = spec["label"], spec["pattern"]
            rule_id = spec.get("id") or label
            if isinstance(pattern, str):
                rules.append(self.target_rule(literal=pattern, category=label, metadata={"id": rule_id}))
            else:
                rules.append(
                    self.target_rule(literal=rule_id, category=label, pattern=list(pattern), metadata={"id": rule_id})
                )
        self.nlp.get_pipe("medspacy_target_matcher").add(rules)
        self.info["pipe_names"] = list(self.nlp.pipe_names)
        self.info["target_rules"] = len(rules)

    def run(self, notes: Sequence[str]) -> dict[str, int]:
        entities = negated = 0
        for doc in self.nlp.pipe(notes):
            entities += len(doc.ents)
            negated += sum(1 for ent in doc.ents if ent._.is_negated)
        return {"entities": entities, "negated": negated}


class _SimcheckPipeline(_Pipeline):
    """``simcheck.load()`` and ``analyzer.check_many(notes)``."""

    name = "simcheck"

    def import_libs(self) -> None:
        if importlib.util.find_spec("simcheck") is None:
            raise SkipPipelineError("simcheck not installed")
        self.simcheck = importlib.import_module("simcheck")
        # simcheck imports its engine lazily; import the libraries here, as the other pipelines do
        for module in ("simcheck.analyzer", *self.model_modules):
            importlib.import_module(module)

    model_modules: tuple[str, ...] = ("skops.io", "sklearn.pipeline")
    """What loading the committed model imports (scikit-learn through skops)."""

    def build(self) -> None:
        self.analyzer = self.simcheck.load()

    def run(self, notes: Sequence[str]) -> dict[str, int]:
        return {"results": len(list(self.analyzer.check_many(notes)))}


class _SimcheckRulesPipeline(_SimcheckPipeline):
    """``simcheck.load(model=None)``: the rule engine without the trained classifier and note model."""

    name = "simcheck_rules"
    model_modules = ()

    def build(self) -> None:
        self.analyzer = self.simcheck.load(model=None)


def _make_pipeline(name: str, pyrush_logging: bool = False, fallback_rules: bool = False) -> _Pipeline:
    """Instantiate the pipeline called ``name``."""
    if name == "tokenizer":
        return _TokenizerPipeline()
    if name == "medspacy":
        return _MedspacyPipeline(pyrush_logging=pyrush_logging, fallback_rules=fallback_rules)
    if name == "simcheck":
        return _SimcheckPipeline()
    if name == "simcheck_rules":
        return _SimcheckRulesPipeline()
    raise ValueError(f"unknown pipeline {name!r}")


def _peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (1e6 bytes).

    Prefers ``VmHWM`` (high-water mark of the current address space, reset at
    exec) because ``ru_maxrss`` of a freshly exec'd child can include the RSS
    its parent had at fork time.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 1e6 if sys.platform == "darwin" else maxrss * 1024 / 1e6


def _rss_mb() -> float:
    """Current resident set size of this process in MB."""
    return psutil.Process().memory_info().rss / 1e6


def _digest(notes: Sequence[str]) -> str:
    """Short SHA-256 of the note set, to prove every worker saw the same notes."""
    sha = hashlib.sha256()
    for note in notes:
        sha.update(note.encode("utf-8"))
        sha.update(b"\0")
    return sha.hexdigest()[:16]


def run_worker(
    name: str,
    n_notes: int,
    seed: int,
    repeat: int = 1,
    pyrush_logging: bool = False,
    fallback_rules: bool = False,
) -> dict[str, Any]:
    """Measure one pipeline in the current (fresh) process and return its results."""
    notes = make_notes(n=n_notes, seed=seed)
    words = sum(word_count(note) for note in notes)
    result: dict[str, Any] = {
        "pipeline": name,
        "digest": _digest(notes),
        "words": words,
        "rss_baseline_mb": _rss_mb(),
    }
    pipeline = _make_pipeline(name, pyrush_logging, fallback_rules)
    try:
        t0 = time.perf_counter()
        pipeline.import_libs()
        t1 = time.perf_counter()
        pipeline.build()
        t2 = time.perf_counter()
    except SkipPipelineError as exc:
        result.update(status="skipped", reason=str(exc), warnings=pipeline.warnings)
        return result
    result.update(import_s=t1 - t0, load_s=t2 - t1, rss_after_load_mb=_rss_mb())

    pipeline.run(notes[:1])  # warm-up
    passes: list[float] = []
    cpu: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        counts = pipeline.run(notes)
        passes.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    best = min(passes)
    result.update(
        status="ok",
        seconds=best,
        seconds_all=passes,
        cpu_seconds_all=cpu,
        notes_per_s=len(notes) / best,
        words_per_s=words / best,
        peak_rss_mb=_peak_rss_mb(),
        outputs=counts,
        info=pipeline.info,
        warnings=pipeline.warnings,
    )
    return result


# --------------------------------------------------------------------------
# Orchestration (parent process)
# --------------------------------------------------------------------------


def _version(dist: str) -> str | None:
    """Installed version of distribution ``dist`` without importing it."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def describe_machine() -> dict[str, Any]:
    """CPU model, core counts, RAM and library versions of this machine."""
    cpu_model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_model": cpu_model,
        "logical_cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "usable_cores": usable,
        "ram_gb": round(psutil.virtual_memory().total / 1e9, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "medspacy": _version("medspacy"),
        "pyrush": _version("PyRuSH"),
        "simcheck": _version("simcheck"),
    }


def _machine_line(m: dict[str, Any]) -> str:
    """One-line human description of :func:`describe_machine` output."""
    return (
        f"machine: {m['cpu_model']}, {m['physical_cores']} physical / "
        f"{m['logical_cores']} logical cores ({m['usable_cores']} usable), "
        f"{m['ram_gb']} GB RAM, {m['os']}; python {m['python']}, spacy {m['spacy']}, "
        f"medspacy {m['medspacy']}, PyRuSH {m['pyrush']}, "
        f"simcheck {m['simcheck'] or 'not installed'}"
    )


def _spawn(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one pipeline in a fresh interpreter and return its parsed result."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--notes",
        str(args.notes),
        "--seed",
        str(args.seed),
        "--repeat",
        str(args.repeat),
    ]
    if args.pyrush_logging:
        cmd.append("--pyrush-logging")
    if args.fallback_rules:
        cmd.append("--fallback-rules")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(_RESULT_MARKER):
            return json.loads(line[len(_RESULT_MARKER) :])
    return {
        "pipeline": name,
        "status": "error",
        "reason": f"worker exited with code {proc.returncode} (traceback above)",
    }


def _ratio(num: dict[str, Any], den: dict[str, Any]) -> float | None:
    """notes/s of ``num`` divided by that of ``den``; None unless both ran."""
    if num.get("status") == "ok" and den.get("status") == "ok":
        return num["notes_per_s"] / den["notes_per_s"]
    return None


def evaluate(results: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Compute the simcheck ratios and check the performance targets."""
    none: dict[str, Any] = {}
    sim = results.get("simcheck", none)
    ratios = {
        "simcheck_over_medspacy": _ratio(sim, results.get("medspacy", none)),
        "simcheck_over_tokenizer": _ratio(sim, results.get("tokenizer", none)),
        "simcheck_over_simcheck_rules": _ratio(sim, results.get("simcheck_rules", none)),
    }
    ran = sim.get("status") == "ok"

    def target(value: float | None, op: str, threshold: float) -> dict[str, Any]:
        passed = None if value is None else (value >= threshold if op == ">=" else value < threshold)
        return {"value": value, "op": op, "threshold": threshold, "pass": passed}

    targets = {
        "c/b notes/s >= 10": target(ratios["simcheck_over_medspacy"], ">=", TARGET_SPEEDUP_VS_MEDSPACY),
        "c/a notes/s >= 0.4": target(ratios["simcheck_over_tokenizer"], ">=", TARGET_RATIO_VS_TOKENIZER),
        "simcheck load < 3 s": target(sim["load_s"] if ran else None, "<", TARGET_LOAD_S),
        "simcheck peak RSS < 400 MB": target(sim["peak_rss_mb"] if ran else None, "<", TARGET_PEAK_RSS_MB),
    }
    return ratios, targets


def _fmt(value: float | None, spec: str, width: int = 0) -> str:
    """Format ``value`` with ``spec`` (``-`` when missing), right-aligned to ``width``."""
    return ("-" if value is None else format(value, spec)).rjust(width)


def print_report(results: dict[str, dict[str, Any]], ratios: dict[str, Any], targets: dict[str, Any]) -> None:
    """Print the results table, the simcheck ratios and the target checks."""
    header = (
        f"{'pipeline':<10} {'import s':>8} {'load s':>7} {'notes/s':>9} {'words/s':>10} {'peak RSS MB':>11}  status"
    )
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        ok = r.get("status") == "ok"
        print(
            f"{name:<10} {_fmt(r.get('import_s'), '.2f', 8)} {_fmt(r.get('load_s'), '.2f', 7)} "
            f"{_fmt(r.get('notes_per_s') if ok else None, '.1f', 9)} "
            f"{_fmt(r.get('words_per_s') if ok else None, ',.0f', 10)} "
            f"{_fmt(r.get('peak_rss_mb') if ok else None, '.1f', 11)}  "
            f"{r.get('status')}{'' if ok else ': ' + str(r.get('reason', ''))}"
        )
    print()
    print(f"ratio c/b (simcheck / medspacy notes/s):  {_fmt(ratios['simcheck_over_medspacy'], '.2f')}")
    print(f"ratio c/a (simcheck / tokenizer notes/s): {_fmt(ratios['simcheck_over_tokenizer'], '.2f')}")
    print("targets:")
    for label, t in targets.items():
        verdict = {True: "PASS", False: "FAIL", None: "n/a (simcheck not measured)"}[t["pass"]]
        print(f"  {label:<28} {_fmt(t['value'], '.2f', 8)}  {verdict}")
    sim = results.get("simcheck", {})
    if sim.get("status") == "ok":
        print(f"  (simcheck cold start, import + load: {sim['import_s'] + sim['load_s']:.2f} s)")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(
        description="Compare tokenizer / medspaCy / simcheck load time, throughput and "
        "peak RSS on one synthetic note set."
    )
    parser.add_argument("--notes", type=int, default=200, help="number of notes (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="note generator seed (default 0)")
    parser.add_argument("--only", default=",".join(PIPELINES), help="comma-separated pipelines to run (default: all)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="timed passes per pipeline; the fastest is reported (default 1)"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write results as JSON")
    parser.add_argument(
        "--pyrush-logging",
        action="store_true",
        help="keep PyRuSH's loguru DEBUG logging on (stock medspacy behaviour)",
    )
    parser.add_argument(
        "--fallback-rules",
        action="store_true",
        help="give medspacy the built-in fallback rules even if simcheck.rules is importable",
    )
    parser.add_argument("--strict", action="store_true", help="exit with status 3 unless every simcheck target passes")
    parser.add_argument("--worker", choices=PIPELINES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.notes < 1 or args.repeat < 1:
        parser.error("--notes and --repeat must be >= 1")

    if args.worker:
        result = run_worker(args.worker, args.notes, args.seed, args.repeat, args.pyrush_logging, args.fallback_rules)
        print(_RESULT_MARKER + json.dumps(result), flush=True)
        return 0

    selected = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(selected) - set(PIPELINES))
    if unknown:
        parser.error(f"unknown pipeline(s) {unknown}; choose from {list(PIPELINES)}")

    machine = describe_machine()
    notes = make_notes(n=args.notes, seed=args.seed)
    digest = _digest(notes)
    total_words = sum(word_count(note) for note in notes)
    print(_machine_line(machine))
    print(
        f"notes: {len(notes)} synthetic notes (seed {args.seed}), {total_words:,} words, "
        f"digest {digest}; best of {args.repeat} pass(es) after 1 warm-up note"
    )
    print()

    results: dict[str, dict[str, Any]] = {}
    failed = False
    for name in PIPELINES:
        if name not in selected:
            continue
        print(f"running {name} ...", flush=True)
        result = _spawn(name, args)
        if result.get("status") == "ok" and result.get("digest") != digest:
            result.update(status="error", reason="worker generated a different note set")
        if result.get("status") == "skipped":
            print(result["reason"])
        failed |= result.get("status") == "error"
        for warning in result.get("warnings", []):
            print(f"WARNING: {warning}")
        results[name] = result
    print()

    ratios, targets = evaluate(results)
    print_report(results, ratios, targets)

    if args.json:
        payload = {
            "machine": machine,
            "config": {
                "notes": len(notes),
                "seed": args.seed,
                "words": total_words,
                "digest": digest,
                "repeat": args.repeat,
                "pyrush_logging": args.pyrush_logging,
                "fallback_rules": args.fallback_rules,
            },
            "results": results,
            "ratios": ratios,
            "targets": targets,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")

    if failed:
        return 1
    if args.strict and not all(t["pass"] for t in targets.values()):
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
