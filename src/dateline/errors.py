"""Errors that are the user's to fix: the CLI prints them as one line, never a traceback."""


class UserError(Exception):
    """A problem with what the user gave: a missing file, a malformed option or data file."""
