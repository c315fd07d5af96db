"""Reading newsevents output as an analyst would: one article's page, a corpus report, typed tables."""
