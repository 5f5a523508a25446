"""What can go wrong when opening or writing a session file, as typed errors.

Each error names the file and carries what the UI needs to say it in the
user's language; ``str(error)`` is a one-line English message for the CLI.
"""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """Base: a session file could not be opened or used."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        return f"{self.path}: {self.detail}"


class DocumentNotFound(DocumentError):
    def message(self) -> str:
        return f"{self.path}: no such file"


class NotASessionFile(DocumentError):
    """The file is readable but is not a Facilitator session (another database, a text file ...)."""

    def message(self) -> str:
        return f"{self.path}: not a Facilitator session file ({self.detail})"


class DamagedFile(DocumentError):
    """The file is a session file but SQLite reports it damaged."""

    def message(self) -> str:
        return f"{self.path}: the file is damaged ({self.detail})"


class BadValues(DamagedFile):
    """The file is sound to SQLite, but rows hold values of the wrong kind (names table, row and column)."""

    def message(self) -> str:
        return f"{self.path}: the file holds values this app cannot read ({self.detail})"


class NewerSchema(DocumentError):
    """The file was written by a newer Facilitator; opening it here could lose data."""

    def __init__(self, path: Path | str, file_version: int, app_version: int) -> None:
        self.file_version = file_version
        self.app_version = app_version
        super().__init__(path, f"schema {file_version} > {app_version}")

    def message(self) -> str:
        return (
            f"{self.path}: made by a newer version of Facilitator (file schema {self.file_version}, "
            f"this app reads up to {self.app_version}); update the app to open it"
        )


class ReadOnlyDocument(DocumentError):
    """A write was attempted on a document opened read-only."""

    def message(self) -> str:
        return f"{self.path}: opened read-only ({self.detail})"


class StaleEdit(DocumentError):
    """An undo or redo step points at records that are gone meanwhile (deleted with their agenda item)."""

    def message(self) -> str:
        return f"{self.path}: that step no longer applies ({self.detail})"
