"""Errors people can act on: each names the input, the problem and the fix."""

from __future__ import annotations


class FramingError(ValueError):
    """Base class for every error framing raises on bad input or configuration."""


class InputError(FramingError):
    """A corpus file, row or record that cannot be read as an article."""


class ConfigError(FramingError):
    """A data file (lexicon, actor list, rule table) or option that is invalid."""
