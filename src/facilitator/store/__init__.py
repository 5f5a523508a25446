"""The session document: SQLAlchemy models, the file's life cycle, migrations and backups. No Qt."""
