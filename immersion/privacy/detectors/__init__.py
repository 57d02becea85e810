"""Detectors: one module per kind of personal data, each returning candidate spans."""
