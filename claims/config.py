"""Configuration: ``claims.toml`` or ``[tool.claims]`` in ``pyproject.toml``.

Found by walking up from the working folder, the way ruff and pytest find
theirs; the first folder holding either file wins (``claims.toml`` first).
Command-line flags override the file. Paths in the file are relative to it.

    [tool.claims]
    rules = ["newsroom-rules"]      # extra rule folders
    disable = ["person-age"]        # rule ids not to run
    fail-on = "warning"             # error | warning | info | never
    format = "markdown"             # markdown | json
    output = "reports/today.md"
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.errors import ConfigError


class Settings(BaseModel):
    """Effective settings of a run."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    rules: list[str] = Field(default_factory=list, description="Extra rule folders or files.")
    disable: list[str] = Field(default_factory=list, description="Rule ids not to run.")
    fail_on: Literal["error", "warning", "info", "never"] = Field("error", alias="fail-on")
    format: Literal["markdown", "json", "sarif", "github"] = "markdown"
    output: str | None = None
    default_rules: bool = Field(True, alias="default-rules")
    baseline: str | None = None
    source: str | None = Field(None, exclude=True, description="The file the settings came from.")


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``claims.toml``, or ``pyproject.toml`` with a ``[tool.claims]`` table."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        own = candidate / "claims.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            if "claims" in data.get("tool", {}):
                return pyproject
    return None


def load_settings(path: Path | None) -> Settings:
    """Read settings from ``path`` (None: defaults). ConfigError names the file and key."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    table = data.get("tool", {}).get("claims", {}) if path.name == "pyproject.toml" else data
    prefix = "tool.claims." if path.name == "pyproject.toml" else ""
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise ConfigError(f"{path}: {prefix}{field}: {error['msg']}") from None
    base = path.parent
    settings.rules = [str((base / r)) if not Path(r).is_absolute() else r for r in settings.rules]
    if settings.baseline and not Path(settings.baseline).is_absolute():
        settings.baseline = str(base / settings.baseline)
    settings.source = str(path)
    return settings
