"""Built-in extractors.

Every public module of this package is a default plugin: it implements the
``register_extractors`` hook, and :mod:`newsfacts.plugins` registers it the same
way as a third-party plugin.  Adding an extractor means adding a module here.
"""
