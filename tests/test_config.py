"""Configuration discovery and precedence."""

import json

import pytest

from claims.cli import ExitCode, main
from claims.config import find_config, load_settings
from claims.errors import ConfigError

from conftest import FIXTURES


def test_pyproject_tool_table_is_found_walking_up(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.claims]\nfail-on = "warning"\nrules = ["house-rules"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == tmp_path / "pyproject.toml"
    settings = load_settings(find_config(nested))
    assert settings.fail_on == "warning"
    assert settings.rules == [str(tmp_path / "house-rules")]


def test_claims_toml_wins_and_pyproject_without_table_is_ignored(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path
    (tmp_path / "claims.toml").write_text('disable = ["person-age"]\n')
    assert find_config(tmp_path) == tmp_path / "claims.toml"


def test_unknown_key_names_file_and_key(tmp_path):
    path = tmp_path / "claims.toml"
    path.write_text('fail_onn = "warning"\n')
    with pytest.raises(ConfigError, match=r"claims.toml: fail_onn: Extra inputs are not permitted"):
        load_settings(path)


def test_flags_override_the_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "claims.toml").write_text('fail-on = "warning"\ndisable = ["deadline"]\nformat = "json"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(FIXTURES / "corpus"), "--show-config", "--fail-on", "never"]) == ExitCode.CLEAN
    shown = json.loads(capsys.readouterr().out)
    assert shown["fail-on"] == "never" and shown["disable"] == ["deadline"] and shown["format"] == "json"
    assert shown["config_file"] == str(tmp_path / "claims.toml")


def test_config_fail_on_and_disable_apply(tmp_path, monkeypatch, capsys):
    (tmp_path / "claims.toml").write_text('fail-on = "warning"\ndisable = ["deadline"]\n')
    monkeypatch.chdir(tmp_path)
    code = main(["check", str(FIXTURES / "corpus"), "--format", "json", "-o", "-"])
    report = json.loads(capsys.readouterr().out)
    assert code == ExitCode.FINDINGS
    assert "deadline" not in {f["rule"] for f in report["findings"]}
