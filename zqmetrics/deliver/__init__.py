"""Deliver stage: the assessed frame as the tables, files and terminal text an analyst opens."""
