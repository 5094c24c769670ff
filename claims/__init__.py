"""claims: a claims-consistency checker for news articles."""

__version__ = "0.1.0"
