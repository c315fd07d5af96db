"""newsevents.meetings."""
