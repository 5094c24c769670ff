"""The error hierarchy. Every error the user can cause is a ClaimsError.

The command line turns a ClaimsError into one line on stderr and exit status 2;
anything else is a bug.
"""

from __future__ import annotations


class ClaimsError(Exception):
    """Base class for errors caused by input, rules or usage."""


class InputError(ClaimsError):
    """A path given on the command line cannot be used."""


class RuleError(ClaimsError):
    """A rule file is malformed. Carries every problem found, each one line.

    Lines read ``file:line: field: message`` so editors can jump to them.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class ConfigError(ClaimsError):
    """A configuration file or option is invalid."""
