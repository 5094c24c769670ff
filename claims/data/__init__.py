"""Vocabulary data files shipped with the package."""
