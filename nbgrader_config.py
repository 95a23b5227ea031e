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

# Hardened grading (`course.py grade`, coursetools/sandbox.py): each student's kernel runs under a
# uid of its own, in namespaces where the course, /tmp and the network do not exist, limited to:
c.Sandbox.notebook_timeout = 600  # seconds for a whole notebook (cells not run then score zero)
c.Sandbox.memory_mb = 4096        # address space of the kernel (RLIMIT_AS)
c.Sandbox.max_processes = 64      # RLIMIT_NPROC of the kernel's uid
c.Sandbox.max_file_mb = 64        # largest file the kernel may write (RLIMIT_FSIZE)

# Feedback shows no hidden test: their code and tracebacks become the asserts' messages
# (coursetools/feedback.py), for `course.py feedback` and `nbgrader generate_feedback` alike.
if os.path.isdir(os.path.join(here, "coursetools")):
    import sys

    sys.path.insert(0, here)
    c.GenerateFeedback.preprocessors = ["nbgrader.preprocessors.GetGrades",
                                        "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
                                        "coursetools.feedback.HideHiddenTests"]
