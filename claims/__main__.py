"""``python -m claims``: the same as the ``claims`` command."""

import sys

from claims.cli import main

sys.exit(main())
