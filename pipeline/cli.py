"""The `newsevents` command: extract, evaluate, schema."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from newsevents.models import record_json_schema
from newsevents.batch.reader import DEFAULT_MAX_ARTICLE_BYTES

DEFAULT_OUTPUT = Path("outputs/events.jsonl")
EXIT_SOME_FAILED = 1


def _progress_printer(enabled: bool):
    if not enabled:
        return None

    def show(summary) -> None:
        records = sum(summary.records.values())
        click.echo(f"\r{summary.articles} articles, {records} records, {summary.errors} errors", nl=False, err=True)

    return show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn news articles into person, organization, money, percentage and meeting records (JSON Lines)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", default=str(DEFAULT_OUTPUT), show_default=True, help="Output JSONL file, or - for stdout.")
@click.option("--errors", "errors_file", type=click.Path(path_type=Path), help="Where read and pipeline errors go [default: errors.jsonl beside the output].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="all cores", help="Worker processes.")
@click.option("--resume", is_flag=True, help="Skip articles whose records the output already holds (same id and text).")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask distributed scheduler (e.g. tcp://host:8786).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_ARTICLE_BYTES, show_default=True, help="Skip (and report) articles larger than this.")
@click.option("--progress/--no-progress", default=None, help="Progress on stderr [default: when stderr is a terminal].")
def extract(paths: tuple[Path, ...], output: str, errors_file: Path | None, jobs: int, resume: bool, scheduler: str | None, max_bytes: int, progress: bool | None) -> None:
    """Extract records from article files or folders (.txt, .md, .json, .jsonl)."""
    from newsevents.batch.run import run_extraction

    to_stdout = output == "-"
    if to_stdout and resume:
        raise click.UsageError("--resume needs an output file, not stdout")
    output_path = None if to_stdout else Path(output)
    errors_path = errors_file or (DEFAULT_OUTPUT.parent if to_stdout else Path(output).parent) / "errors.jsonl"
    show = _progress_printer(sys.stderr.isatty() if progress is None else progress)
    summary = run_extraction(
        paths,
        output=output_path,
        errors_path=errors_path,
        jobs=jobs,
        resume=resume,
        scheduler=scheduler,
        max_article_bytes=max_bytes,
        on_progress=show,
    )
    if show:
        click.echo("", err=True)
    where = "stdout" if to_stdout else str(output_path)
    click.echo(f"newsevents: {summary.line()} -> {where}", err=True)
    if summary.errors:
        click.echo(f"newsevents: see {errors_path} for what was skipped", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when the micro F1 is below this.")
def evaluate(gold: Path, pred: Path, as_json: bool, min_f1: float | None) -> None:
    """Score predicted records (PRED) against gold annotations (GOLD): files or folders of JSONL."""
    from newsevents.evaluation.scoring import load_records, score

    try:
        report = score(load_records([gold]), load_records([pred]))
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.format())
    if min_f1 is not None and report.micro_f1 < min_f1:
        click.echo(f"micro F1 {report.micro_f1:.4f} is below --min-f1 {min_f1}", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    click.echo(json.dumps(record_json_schema(), indent=2))


if __name__ == "__main__":
    main()
