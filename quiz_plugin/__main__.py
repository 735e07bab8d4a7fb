"""``python -m quiz_plugin lint|export``: see ``quiz_plugin.cli``."""

import sys

from .cli import main

sys.exit(main())
