"""nbgrader configuration for the course. The course root is the folder holding this file."""
import os

c = get_config()  # noqa: F821 (provided by nbgrader)

here = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "mathml"
c.CourseDirectory.root = here
# Embedded SQLite gradebook in the course root (gitignored: it holds student data).
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(here, "gradebook.db")
# Authoring files stay out of releases: each lesson's jupytext twin (*.md) holds its solutions.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*.md"]

# A cell that runs longer than this is stopped and the notebook graded as far as it got.
c.Execute.timeout = 30
# A student who deletes a test cell gets it back (and graded), not a free pass.
c.OverwriteCells.add_missing_cells = True

c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
