"""Keep the core suite independent of third-party plugins installed beside newsfacts.

A developer's environment may hold plugins (the examples in ``plugins/``, or
others) whose extractors would add facts to every result.  Unless
``NEWSFACTS_LOAD_PLUGINS`` is already set, the suite runs with the built-in
extractors alone; tests of discovery fake their entry points or start
subprocesses with an environment of their own.
"""

from __future__ import annotations

import os

from newsfacts.plugins import LOAD_PLUGINS_ENV

os.environ.setdefault(LOAD_PLUGINS_ENV, "")
