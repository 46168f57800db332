"""Exceptions raised by newsfacts."""

from __future__ import annotations

__all__ = ["ExtractorError", "InputError", "NewsfactsError", "PluginError"]


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises."""


class InputError(NewsfactsError, ValueError):
    """An input article, file or option cannot be used."""


class PluginError(NewsfactsError):
    """A plugin failed to load or registered something invalid (raised in strict mode)."""


class ExtractorError(NewsfactsError):
    """An extractor raised or returned invalid facts (raised in strict mode)."""
