"""The ``drafter`` command's entry point: a plain ``drafter build FILE`` without click.

click's import is a sixth of a cold build. The command line a writer types most,
``drafter build 事实.yaml`` with at most -t/--template, -o/--output, -L/--library, --draft,
--force and --pdf, is parsed here and built at once; every other command line (help,
other commands and options, several files or a folder, anything this parser is unsure
of, an -o naming the facts file) goes to drafter.cli unchanged, so its messages and
exit codes (usage errors 2, a DrafterError 1 without traceback) are click's own. The
build itself is drafter.command's, as in drafter.cli.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from drafter import command

_VALUES = {"-t": "templates", "--template": "templates", "-o": "output", "--output": "output",
           "-L": "libraries", "--library": "libraries"}
_FLAGS = {"--draft", "--force", "--pdf"}


@dataclass
class Plain:
    """A plain build's command line."""

    facts: Path
    templates: list[str] = field(default_factory=list)
    output: str | None = None
    libraries: list[Path] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)


def plain_build(args: list[str]) -> Plain | None:
    """The plain build ``args`` ask for, or None when drafter.cli should read them."""
    if len(args) < 2 or args[0] != "build":
        return None
    facts: list[str] = []
    values: dict[str, list[str]] = {"templates": [], "output": [], "libraries": []}
    flags: set[str] = set()
    rest = iter(args[1:])
    for token in rest:
        name, eq, value = token.partition("=")
        if token in _FLAGS:
            flags.add(token)
        elif name in _VALUES and (eq or token in _VALUES):
            if not eq:
                value = next(rest, "")
            if not value or value.startswith("-"):
                return None
            values[_VALUES[name]].append(value)
        elif token and not token.startswith("-"):
            facts.append(token)
        else:
            return None
    if len(facts) != 1 or len(values["output"]) > 1 or os.path.isdir(facts[0]):
        return None
    return Plain(Path(facts[0]), values["templates"], (values["output"] or [None])[0],
                 [Path(v) for v in values["libraries"]], flags)


def run(argv: list[str] | None = None) -> None:
    """Build a plain command line here, hand any other to drafter.cli."""
    args = sys.argv[1:] if argv is None else list(argv)
    plain = plain_build(args)
    if plain is not None:
        if argv is None:
            command.collect_later()
        command.stop_cleanly_on_sigterm()
        try:
            if _build(plain):
                return
        finally:
            command.modules_loaded()
    from drafter.cli import run as full

    full(argv)


def _build(plain: Plain) -> bool:
    """Build; False (nothing done) when drafter.cli must say what is wrong instead."""
    from drafter import budget, fonts, pipeline, provenance, writer  # noqa: F401 (all a build needs)
    from drafter.errors import DrafterError

    command.modules_loaded()
    if plain.output is not None and pipeline.same_file(plain.output, plain.facts):
        return False  # a usage error: click's words and exit code 2
    try:
        from drafter.library import Library

        families = fonts.families_later()
        try:
            command.build_files((plain.facts,), tuple(plain.templates), plain.output,
                                draft="--draft" in plain.flags, force="--force" in plain.flags,
                                pdf="--pdf" in plain.flags, library=Library(plain.libraries),
                                limits=budget.Limits.from_environment(None, None),
                                families=families)
        finally:
            families()
    except (DrafterError, OSError) as e:
        message = command.failure(e)
        if message is None:
            raise
        command.echo(message, err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        command.echo("", err=True)
        command.echo("已取消。", err=True)
        sys.exit(1)
    return True
