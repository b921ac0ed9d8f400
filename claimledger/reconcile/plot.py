"""Each source's figure against its publication date, so drift and disagreement are seen at a glance.

Ranges and bounds are drawn as bars (open bounds as an arrow); documents without a date stand in a separate
"undated" lane on the right. Every point carries the SVG id `point-N`, one per statement.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from claimledger.reconcile.questions import Statement  # noqa: E402
from claimledger.reconcile.verdicts import Verdict  # noqa: E402

FORMATS = (".png", ".svg")


def parse_date(text: str | None) -> date | None:
    """An ISO date, or its year or month alone (placed on its first day)."""
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _draw(ax: Axes, x: float, statement: Statement, color: str, index: int, rotation: float = 0) -> None:
    y = statement.point
    if y is None:
        return
    low, high = statement.lower, statement.high
    if statement.qualifier in ("at_least", "more_than") or (statement.value is None and high is None):
        ax.annotate("", xy=(x, y * 1.25 if y else 1), xytext=(x, y), arrowprops={"arrowstyle": "->", "color": color})
    elif low is not None and high is not None and low != high:
        ax.vlines(x, low, high, colors=color, linewidth=3, alpha=0.5)
    (marker,) = ax.plot([x], [y], "o", color=color, markersize=7)
    marker.set_gid(f"point-{index}")
    label = " ".join(statement.speaker.split())[:28].replace("$", r"\$")  # a "$" in a name is not mathtext
    ax.annotate(label, (x, y), textcoords="offset points", xytext=(4, 4), fontsize=6, rotation=rotation)


def plot(verdicts: Sequence[Verdict], path: str | Path, title: str | None = None) -> int:
    """Draw the statements of `verdicts` (one question each) to `path` (.png or .svg); the number of points."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise ValueError(f"{target}: the plot is written as .png or .svg")
    statements = [s for v in verdicts for f in v.figures for s in f.statements]
    undated_count = sum(1 for s in statements if parse_date(s.date) is None)
    lane = max(1.0, min(4.0, undated_count / 6))  # the undated lane widens with its points
    fig, (dated_ax, undated_ax) = plt.subplots(1, 2, sharey=True, figsize=(11 + lane, 6),
                                               gridspec_kw={"width_ratios": [5, lane]})
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    index = 0
    undated = 0
    for n, verdict in enumerate(verdicts):
        color = colors[n % len(colors)]
        legend = f"{verdict.question.label} — {verdict.status}".replace("$", r"\$")
        dated_ax.plot([], [], "o", color=color, label=legend)
        for figure in verdict.figures:
            for statement in figure.statements:
                when = parse_date(statement.date)
                if when is None:
                    undated += 1
                    _draw(undated_ax, undated, statement, color, index, rotation=40)
                else:
                    _draw(dated_ax, mdates.date2num(when), statement, color, index)
                index += 1
    dated_ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    dated_ax.set_xlabel("publication date")
    dated_ax.set_ylabel("figure as stated")
    undated_ax.set_xlim(0, undated + 1)
    undated_ax.set_xticks([])
    undated_ax.set_xlabel("undated")
    dated_ax.legend(fontsize=7, loc="upper left")
    fig.suptitle(title or "Figures by source and date (each figure is its source's claim)")
    fig.autofmt_xdate()
    fig.savefig(target)
    plt.close(fig)
    return index
