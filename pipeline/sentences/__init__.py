"""newsevents.sentences."""
