"""Shared code for the Mathematics for AI/ML/DL course.

Lessons keep their mathematics in the notebook, where students read it; this package holds only
what every lab needs and nobody needs to read: widget guards and plotting plumbing.
"""

__version__ = "0.1.0"
