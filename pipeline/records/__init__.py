"""newsevents.records."""
