"""MODEL_CARD.md for a trained model version, written from its manifest (numbers are never typed by hand)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ERROR_ANALYSIS = "ERROR_ANALYSIS.md"
_ELEMENTS = ("rationale", "treatment_areas", "complexity", "imaging")


def _f(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _summary_rows(metrics: dict[str, Any]) -> list[str]:
    calibration = metrics.get("calibration", {})
    review = metrics.get("review", {})
    values = [
        *(metrics["elements"][name]["f1"] for name in _ELEMENTS),
        metrics["treatment_areas_exact"],
        metrics["supported_accuracy"],
        metrics["false_supported_rate"],
        metrics["level_accuracy"],
        calibration.get("brier"),
        calibration.get("ece"),
        review.get("review_rate"),
    ]
    return [_f(v) for v in values]


def _ablation(metrics: dict[str, Any], split: str) -> str:
    header = (
        "| | rationale F1 | areas F1 | complexity F1 | imaging F1 | areas exact | supported acc | false-supported"
        " | level acc | Brier | ECE | review rate |\n|---|" + "---|" * 11
    )
    rows = [f"| rules only | {' | '.join(_summary_rows(metrics[f'{split}_rules_only']))} |"]
    if f"{split}_sentences_only" in metrics:
        only = metrics[f"{split}_sentences_only"]
        rows.append(f"| rules + sentence classifier | {' | '.join(_summary_rows(only))} |")
    rows.append(f"| rules + classifiers | {' | '.join(_summary_rows(metrics[split]))} |")
    return "\n".join([header, *rows])


def _by_site(metrics: dict[str, Any]) -> str:
    sites = metrics.get("by", {}).get("site", {})
    if not sites:
        return "The notes carry no site metadata."
    header = "| site | notes | supported acc | " + " | ".join(f"{e} F1" for e in _ELEMENTS) + " |"
    lines = [header, "|---" * (3 + len(_ELEMENTS)) + "|"]
    for name, part in sites.items():
        f1 = " | ".join(_f(part["element_f1"][e]) for e in _ELEMENTS)
        lines.append(f"| {name} | {part['notes']} | {_f(part['supported_accuracy'])} | {f1} |")
    return "\n".join(lines)


def _reliability(metrics: dict[str, Any]) -> str:
    lines = ["| bin | notes | mean P | observed supported |", "|---|---|---|---|"]
    for row in metrics.get("calibration", {}).get("bins", []):
        lines.append(
            f"| {row['low']:.1f}-{row['high']:.1f} | {row['notes']} | {row['mean_probability']:.3f}"
            f" | {row['observed']:.3f} |"
        )
    return "\n".join(lines)


def _mistakes(metrics: dict[str, Any]) -> str:
    mistakes = metrics.get("mistakes", [])
    if not mistakes:
        return "No dev note had a wrong supported decision or level."
    lines = [
        "| note | site | note type | traps | gold | predicted | wrong elements | P(supported) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for m in mistakes:
        gold = f"{m['gold_level']} {'S' if m['gold_supported'] else 'NS'}"
        predicted = f"{m['level']} {'S' if m['supported'] else 'NS'}"
        lines.append(
            f"| {m['id']} | {m.get('site', '')} | {m.get('note_type', '')} | {', '.join(m.get('traps', []))}"
            f" | {gold} | {predicted}"
            f" | {', '.join(m['wrong_elements'])} | {_f(m.get('confidence'))} |"
        )
    return "\n".join(lines)


def _mention_model(manifest: dict[str, Any]) -> str:
    if "mentions" not in manifest:
        return ""
    data = manifest["training_data"].get("mentions", {})
    return f"""- **Mention model** (`mentions.skops`): hashed TF-IDF of word 1-3-grams and character 3-4-grams over the
  clause around each feature, scan and counted-site mention (the mention replaced by its label, and for
  features and scans its value; the section id in front), logistic regression (balanced classes).
  Trained on {data.get("train", "n/a")} train mentions ({data.get("counted", "n/a")} overlap a gold span; a feature or
  scan whose value the note's labels lack, or a site in a note whose spanned sites do not hold its words, is a
  negative; the rest are ambiguous and left out). An affirmed mention scoring below
  **{manifest["mentions"]["threshold"]}** is withdrawn, with its `score` and the cue `mention model: ...`: a feature or
  scan becomes `hypothetical` (the words around it say it was not done for this simulation in a way no
  rule holds), a site stops counting as a treatment area. It never counts a mention the rules excluded, and from
  2026.12.7 on it does not judge numbered targets ("Isocenter 2: ...", "Area 3: ..."), which enumerate areas outright.
  The threshold was chosen for features and scans on writers E and F before any tuning on them (see
  the error analysis); sites were added later with the same threshold, checked on dev.
"""


def _site_tagger(manifest: dict[str, Any]) -> str:
    if "sites" not in manifest:
        return ""
    data = manifest["training_data"].get("site_tokens", {})
    return f"""- **Site tagger** (`sites.skops`): logistic regression over hashed token features (word, affixes,
  shape, two words either side, section, rule matches on and beside the token), trained on the
  {data.get("train", "n/a")} tokens of train simulation notes that span their sites
  ({data.get("in_site", "n/a")} inside a gold TREATMENT_SITE span). A run of tokens scoring at or above
  **{manifest["sites"]["threshold"]}** that no rule mention touches becomes a treatment site
  (`rule_id: model.site.token`); sections, ConText and the treatment-sentence test then judge it like a
  site from the word lists. "rules + sentence classifier" in the tables below is the same model without
  the mention model and the site tagger.
"""


def render_model_card(manifest: dict[str, Any], error_analysis: str = "") -> str:
    """Return the model card's Markdown for a manifest (and a hand-written error analysis, if any)."""
    metrics = manifest["metrics"]
    data = manifest["training_data"]
    low, high = manifest["note"]["band"]
    has_test = "test" in metrics
    test_section = (
        f"""## Results on the held-out test split

Scored once, after the threshold and band were fixed on dev; nothing was tuned on it.

{_ablation(metrics, "test")}

Per site (rules + classifiers):

{_by_site(metrics["test"])}

Reliability (rules + classifiers):

{_reliability(metrics["test"])}
"""
        if has_test
        else "## Results on the held-out test split\n\nNo test split was present at training time.\n"
    )
    return f"""# Model card: {manifest["name"]} {manifest["version"]}

Generated by `simcheck train` from `manifest.json`; do not edit by hand (the error analysis comes
from `{ERROR_ANALYSIS}` beside this file).

## Intended use
simcheck helps a **medical coder review** whether a radiation-oncology simulation note documents the
four elements that CPT 77290 (complex simulation) requires, as defined in the labeling guide. This model
adds four things to the rule engine: rationale sentences that the rules miss (a reason can be written a
hundred ways), treatment sites the word lists miss, a second opinion on whether each feature, scan and
site mention counts for this simulation, and a calibrated probability that the documentation supports
77290 (`confidence`), which routes doubtful notes to human review (`status: needs_review`). The verdict's `supported` is
always the guide's decision over the evidence; the model never flips it.

Not intended for: autonomous billing without coder review, clinical decisions, notes other than
radiation-oncology simulation documentation, or payer policies that differ from the default guide.

## Data
- Provenance: **synthetic** notes only (`annotations/`, generated by `annotations/generate.py`); no
  patient data was used. Real documentation is messier than any generator; see limitations.
- Trained on `train.jsonl` ({data["notes"]["train"]} notes, {data["sentences"]["train"]} candidate
  sentences of which {data["sentences"]["rationale_positive"]} overlap a gold rationale span);
  threshold and band chosen on `dev.jsonl` ({data["notes"]["dev"]} notes). The test split is never
  used for training or tuning.
- Annotations hash (train + dev): `{data["annotations_sha256"]}`; code revision `{manifest["code_revision"]}`;
  rule pack `{manifest["rulepack"]}`; seed {manifest["seed"]}.

## The models
- **Rationale sentence classifier** (`rationale.skops`): hashed TF-IDF (2**20 buckets) of word 1-2-grams and character
  3-4-grams, logistic regression (balanced classes); an n-gram seen in fewer than two training sentences gets
  no weight (models from 2026.12.2 on). Only sentences with at least four words after their field labels are scored
  (from 2026.12.7 on: "Reason for complex sim: ___" is no reason), and (from 2026.12.8 on) none whose words after the
  labels are a bare assertion ("Patient requires complex simulation."). From 2026.12.9 on it is trained on exactly
  the sentences it scores: none from notes that document no simulation or from copied-forward and history sections
  (as negatives they taught it that a reason is no reason). A sentence scoring at or above
  **{manifest["rationale"]["threshold"]}** (the highest threshold within 0.01 of the best dev rationale F1:
  the curve is flat, and a false reason can make a false supported verdict) that holds no rule-matched
  rationale becomes rationale evidence (`rule_id: model.rationale.sentence`, with its `score`).
  ConText, sections and templates then judge it like any rule mention (negated, planned, copied-forward
  sentences do not count).
{_mention_model(manifest)}{_site_tagger(manifest)}- **Note model** (`note.skops`): logistic regression over
  features of the rule evidence (element statuses, counts, excluded mentions by reason, best rationale
  sentence scores, the mention model's confidence in the best feature and scan), calibrated with sigmoid
  (Platt) scaling over 5 stratified folds, fitted on out-of-fold train evidence. From 2026.12.3 on a fold holds
  out whole writers, so the note model learns from evidence as a department the models never read would give it.
- **Review band [{low}, {high}]**: a verdict goes to `needs_review` when its probability falls inside
  the band or on the other side of 0.5 from the rule decision. The band is chosen on dev as the one
  with the least cost when a reviewed note costs 1 and a wrong verdict that skips review costs 10 (a
  coder's time is worth spending to catch a compliance error, but sending every note to review is not
  a tool). From 2026.12.5 on, each dev note is scored for this choice by the fold models that never read
  its writer, so the band is sized for a department the model has never read, not for the writers it
  learned from (with the full models, dev errors were too rare to ask for any band). A band of [0.5, 0.5]
  would mean that only disagreement between the probability and the decision was worth a review.
- Stored with skops; loading refuses any type outside simcheck's allow-list and any file whose
  content digest differs from the manifest.

{test_section}
## Results on the dev split

{_ablation(metrics, "dev")}

Per site (rules + classifiers):

{_by_site(metrics["dev"])}

## Error analysis (dev split)

Notes where the supported decision or level was wrong:

{_mistakes(metrics["dev"])}

{error_analysis.strip()}

## Reproduce
```
simcheck annotations validate annotations/*.jsonl
simcheck train --annotations annotations --output models
simcheck evaluate annotations/test.jsonl --json
simcheck evaluate annotations/test.jsonl --rules-only --json
```

## Libraries
{", ".join(f"{name} {version}" for name, version in manifest["libraries"].items())}
"""


def write_model_card(directory: Path, manifest: dict[str, Any]) -> Path:
    """Write ``MODEL_CARD.md`` into a model version folder and return its path."""
    notes = directory / ERROR_ANALYSIS
    analysis = notes.read_text(encoding="utf-8") if notes.is_file() else ""
    path = directory / "MODEL_CARD.md"
    path.write_text(render_model_card(manifest, analysis), encoding="utf-8")
    return path
