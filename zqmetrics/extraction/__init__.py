"""Extract stage: targets from task text, actuals from progress text, aligned to each other."""
