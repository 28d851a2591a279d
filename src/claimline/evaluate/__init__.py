"""Evaluation: score records against gold files and public benchmark data."""
