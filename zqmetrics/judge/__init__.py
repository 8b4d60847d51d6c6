"""Judge stage: each target against the pace expected at its date, each task's status."""
