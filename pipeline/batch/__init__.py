"""newsevents.batch."""
