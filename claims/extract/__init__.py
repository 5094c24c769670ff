"""Extractors: find quantities and temporal expressions in text.

Each extractor is a pure function over a string; offsets in what it returns are
relative to the string it was given.
"""
