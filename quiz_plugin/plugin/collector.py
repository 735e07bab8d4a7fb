"""The garbage collector during a build: what lives as long as the build is set aside while the pages
are converted.

By the time MkDocs converts the pages, the process holds tens of thousands of objects that live until
the build ends: every module, class and function imported, the configuration, the theme, the files
and the navigation. Each full collection of the cyclic garbage collector scans them all again, and a
site with questions makes full collections more frequent (each question's model and its parts' elements
live while its page converts): at 10,000 questions, full collections cost the build about 0.7 s of
CPU time. ``gc.freeze()`` moves the objects that exist into a generation that collections leave alone;
``thaw`` puts them back once the build is over, so that a server that rebuilds the site (``mkdocs
serve``) collects any garbage that was frozen with them. A process that froze objects itself is left as
it is.
"""

from __future__ import annotations

import gc


class LongLivedObjects:
    """Freezes the objects of the process for the length of a build, once, unless someone else did."""

    def __init__(self) -> None:
        self.frozen = False

    def freeze(self) -> None:
        if not self.frozen and gc.get_freeze_count() == 0:
            gc.freeze()
            self.frozen = True

    def thaw(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
