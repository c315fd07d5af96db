"""newsevents.amounts."""
