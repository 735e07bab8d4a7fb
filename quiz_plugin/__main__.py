"""``python -m quiz_plugin lint|export``: see ``quiz_plugin.cli``."""

import sys

from .cli.main import main

sys.exit(main())
