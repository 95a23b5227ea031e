"""Instructor-side tooling: authoring sync, release generation, grading checks.

Students never need this package; it does not ship in the student edition.
"""
