"""The `newsevents` command: extract, evaluate, schema, show, report, export."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

EXIT_INTERRUPTED = 130
INTERRUPTED = "newsevents: interrupted"

try:  # a Ctrl-C while the command starts: a message, no traceback (spaCy is imported later, by the commands)
    import click

    from newsevents.batch.reader import DEFAULT_MAX_ARTICLE_BYTES
except KeyboardInterrupt:
    print(INTERRUPTED, file=sys.stderr)
    raise SystemExit(EXIT_INTERRUPTED) from None

if TYPE_CHECKING:
    from newsevents.batch.executors import Executor
    from newsevents.batch.run import Summary

DEFAULT_OUTPUT = Path("outputs/events.jsonl")
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopped like Ctrl-C: the partial output is kept for --resume."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


class ProgressBar:
    """A tqdm bar on stderr: articles done out of the inputs counted first, with rate and ETA.

    It appears at once (while the inputs are counted) and is cleared at the end, leaving the one summary line."""

    def __init__(self) -> None:
        self._bar: Any = None

    def open(self) -> None:
        """Show the bar at once, while the inputs are being counted."""
        from tqdm import tqdm

        self._bar = tqdm(
            total=None,
            desc="counting",
            unit="article",
            file=sys.stderr,
            leave=False,
            ncols=max(40, shutil.get_terminal_size().columns - 3),  # room for the "^C" a terminal echoes
            mininterval=0.2,
            smoothing=0.1,
        )

    def start(self, summary: Summary, executor: Executor) -> None:
        if self._bar is not None:
            self._bar.reset(total=summary.total)
            self._bar.set_description_str("", refresh=True)

    def update(self, summary: Summary) -> None:
        if self._bar is not None:
            self._bar.update(summary.done - self._bar.n)
            self._bar.set_postfix_str(f"{summary.record_count} records, {summary.errors} errors", refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _refuse(message: str) -> None:
    click.echo(f"newsevents: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _interrupted_at_exit(signum: int, frame: object) -> None:
    """SIGINT once the command is done (interpreter shutdown: worker joins, spaCy's objects freed)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    os.write(2, f"{INTERRUPTED} while exiting (the command had finished)\n".encode())
    os._exit(EXIT_INTERRUPTED)


class Commands(click.Group):
    """The command group: a Ctrl-C anywhere in a command ends it with a message and exit code 130, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # click would print "Aborted!" and exit 1
            click.echo(INTERRUPTED, err=True)
            ctx.exit(EXIT_INTERRUPTED)

    def main(self, args: Any = None, *rest: Any, **options: Any) -> Any:
        if args is not None:  # called from code with its own arguments (tests): the caller owns the process
            return super().main(args, *rest, **options)
        try:
            return super().main(args, *rest, **options)
        finally:  # the process's own command line, done: a Ctrl-C during shutdown ends it quietly
            signal.signal(signal.SIGINT, _interrupted_at_exit)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def main() -> None:
    """Turn news articles into person, organization, money, percentage and meeting records (JSON Lines)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o", "--output", default=str(DEFAULT_OUTPUT), show_default=True, help="Output JSONL file, or - for stdout."
)
@click.option(
    "--errors",
    "errors_file",
    type=click.Path(path_type=Path),
    help="Where read and pipeline errors go [default: errors.jsonl beside the output].",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="all cores",
    help="Worker processes (at most the cores and the chunks of 64 articles).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Write what a fresh run writes, reusing the records of articles an earlier run on this output already did (same id and content).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask distributed scheduler (e.g. tcp://host:8786); start its workers with --nthreads 1.",
)
@click.option(
    "--connect-timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for the Dask scheduler.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_ARTICLE_BYTES,
    show_default=True,
    help="Skip (and report) articles larger than this.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr [default: when stderr is a terminal]."
)
def extract(
    paths: tuple[Path, ...],
    output: str,
    errors_file: Path | None,
    jobs: int,
    resume: bool,
    scheduler: str | None,
    connect_timeout: float,
    max_bytes: int,
    progress: bool | None,
) -> None:
    """Extract records from article files or folders (.txt, .md, .json, .jsonl)."""
    bar = ProgressBar() if (sys.stderr.isatty() if progress is None else progress) else None
    if bar:
        bar.open()  # before the pipeline's imports and the count, so that something shows at once
    to_stdout = output == "-"
    if to_stdout and resume:
        raise click.UsageError("--resume needs an output file, not stdout")
    if not output.strip() or output.endswith(("/", os.sep)) or (not to_stdout and Path(output).is_dir()):
        raise click.UsageError(f"-o {output!r} must name a file (or - for stdout), not a folder or nothing")
    output_path = None if to_stdout else Path(output)
    errors_path = errors_file or (DEFAULT_OUTPUT.parent if to_stdout else Path(output).parent) / "errors.jsonl"

    def started(summary: Summary, executor: Executor) -> None:
        if executor.notice:
            click.echo(f"newsevents: {executor.notice}", err=True)
        if bar:
            bar.start(summary, executor)

    previous_sigterm = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        from newsevents.batch.executors import SchedulerUnreachable  # spaCy's import: a second or so
        from newsevents.batch.run import RunRefused, run_extraction

        try:
            summary = run_extraction(
                paths,
                output=output_path,
                errors_path=errors_path,
                jobs=jobs,
                resume=resume,
                scheduler=scheduler,
                connect_timeout=connect_timeout,
                max_article_bytes=max_bytes,
                on_start=started,
                on_progress=bar.update if bar else None,
            )
        except (RunRefused, SchedulerUnreachable) as error:
            if bar:
                bar.close()
            _refuse(str(error))
        if bar:
            bar.close()
    except KeyboardInterrupt as stop:
        if bar:
            bar.close()
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        click.echo(f"newsevents: {how}{_resume_hint(output_path)}", err=True)
        sys.exit(EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous_sigterm)
    where = "stdout" if to_stdout else str(output_path)
    resumed = summary.resume_line()
    if resumed:
        click.echo(f"newsevents: {resumed}", err=True)
    click.echo(f"newsevents: {summary.line()} -> {where}", err=True)
    if summary.errors:
        click.echo(f"newsevents: see {errors_path} for what was skipped", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _resume_hint(output: Path | None) -> str:
    """How to go on after a stop: from the partial output when the run left one (it leaves none before its first article)."""
    if output is None:
        return ""
    for kept in (output.with_name(output.name + ".partial"), output.with_name(output.name + ".resume")):
        if kept.exists():
            return f"; rerun with --resume to continue from {kept}"
    return ""


@main.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when the micro F1 is below this.")
def evaluate(gold: Path, pred: Path, as_json: bool, min_f1: float | None) -> None:
    """Score predicted records (PRED) against gold annotations (GOLD): files or folders of JSONL."""
    from newsevents.evaluation.scoring import load_records, score

    try:
        gold_records, predictions = load_records([gold]), load_records([pred], predictions=True)
    except (ValueError, OSError) as error:
        raise click.ClickException(str(error)) from error
    if not gold_records:
        raise click.ClickException(f"no gold records under {gold}: nothing to score (is it the gold folder?)")
    if not set(gold_records) & set(predictions):
        click.echo(
            f"newsevents: warning: the predictions in {pred} share no article_id with the gold in {gold}", err=True
        )
    report = score(gold_records, predictions)
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.format())
    if min_f1 is not None and report.micro_f1 < min_f1:
        click.echo(f"micro F1 {report.micro_f1:.4f} is below --min-f1 {min_f1}", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    from newsevents.models import record_json_schema

    click.echo(json.dumps(record_json_schema(), indent=2))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--article", "article_id", metavar="ID", help="The article's id, when PATH holds several.")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML page to write."
)
def show(paths: tuple[Path, ...], article_id: str | None, output: Path) -> None:
    """Run the pipeline on one article and write an HTML page with everything found marked in its text."""
    from newsevents.analysis.show import ArticleNotFound, show_article

    try:
        page = show_article(paths, article_id)
    except (ArticleNotFound, RuntimeError) as error:
        raise click.ClickException(str(error)) from error
    _write_page(output, page)


def _write_page(output: Path, page: str) -> None:
    """Write an HTML page (show, report) and say where it went and how large it is."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    click.echo(f"newsevents: {output} ({len(page.encode('utf-8')):,} bytes)", err=True)


@main.command()
@click.argument("events", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML report to write."
)
def report(events: Path, output: Path) -> None:
    """Write a self-contained HTML report of a JSONL output: counts, most mentioned, who met whom, money."""
    from newsevents.analysis.report import render_report

    page = render_report(events)
    _write_page(output, page)


@main.command()
@click.argument("events", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "csv"]),
    default="parquet",
    show_default=True,
    help="Table file format.",
)
@click.option(
    "-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the tables."
)
def export(events: Path, fmt: str, output: Path) -> None:
    """Write one typed table per kind (articles, people, organizations, mentions, money, percentages, meetings, meeting_participants)."""
    from newsevents.analysis.export import export as write_tables

    try:
        counts = write_tables(events, output, "csv" if fmt == "csv" else "parquet")
    except ModuleNotFoundError as error:
        raise click.ClickException(f"export needs pyarrow ({error}): pip install 'newsevents[export]'") from error
    rows = ", ".join(f"{n} {table}" for table, n in counts.items())
    click.echo(f"newsevents: {rows} -> {output}/*.{fmt}", err=True)


if __name__ == "__main__":
    main()
