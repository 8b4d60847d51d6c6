"""Text stage: normalisation, numerals, units, the quantity finder, the lexicons and their cues.

Imports nothing of the later stages (read, extract, judge, deliver).
"""
