"""The DrafterError tree: every error a writer can act on, with where it is and how to fix it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in an input file, located as precisely as we can.

    The text form is ``file:line:col: field.path: what is wrong`` followed by an
    optional ``提示：`` line telling the writer how to fix it.
    """

    path: str | None
    """Input file the problem is in (None when it has no file)."""
    line: int | None
    """1-based line, or None."""
    column: int | None
    """1-based column, or None."""
    field: str
    """Field path such as ``条线[2].任务.要点``; empty when not about a field."""
    message: str
    """What is wrong and what was expected, in Chinese."""
    hint: str = ""
    """How to fix it, in Chinese; empty when the message says it all."""

    def __str__(self) -> str:
        where = _display_path(self.path) if self.path else ""
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        head = ": ".join(part for part in (where, self.field, self.message) if part)
        return f"{head}\n  提示：{self.hint}" if self.hint else head


def _display_path(path: str) -> str:
    """Show paths relative to the working directory when they are below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


class DrafterError(Exception):
    """Raised for anything a writer can fix; the CLI prints it and exits 1."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(None, None, None, "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __reduce__(self) -> tuple[type[DrafterError], tuple[list[Problem]]]:
        # Pickled with its problems (a budgeted build sends its error from a child process).
        return type(self), (self.problems,)


class FactsError(DrafterError, ValueError):
    """Raised when a facts file cannot be read or does not fit the template's schema."""


class TemplateNotFoundError(DrafterError, LookupError):
    """Raised when a template or layout profile name is not in any library."""


class TemplateError(DrafterError):
    """Raised when a template folder is malformed (manifest, schema, profile)."""


class RenderError(DrafterError):
    """Raised when a template fails to render or its output markup is malformed."""


class BudgetError(DrafterError):
    """Raised when a build, lint or mine run takes more time or memory than its budget."""


class OutputError(DrafterError, OSError):
    """Raised when the document cannot be written where asked."""


def problem_at(path: Path | str | None, message: str, hint: str = "", *, line: int | None = None,
               column: int | None = None, field: str = "") -> Problem:
    """Shorthand for a Problem; paths may be Path objects."""
    return Problem(str(path) if path is not None else None, line, column, field, message, hint)
