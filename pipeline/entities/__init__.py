"""newsevents.entities."""
