"""newsevents.evaluation."""
