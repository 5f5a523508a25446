"""Pure-Python domain rules of a meeting. No Qt and no SQLAlchemy here (a test enforces it)."""
