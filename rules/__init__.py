"""The default rule pack: one YAML file per claim type.

This folder is installed as the package ``claims.default_rules`` so that an
installed ``claims`` finds it; the Python file only marks it as a package.
"""
