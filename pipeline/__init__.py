"""newsevents: a rule-based spaCy pipeline that turns news articles into event records."""

__version__ = "0.1.0"
