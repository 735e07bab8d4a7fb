"""Markdown question blocks that become accessible, CSP-clean client-side quizzes."""

from .core.model import LocatedProblem, Problem, Question, QuestionType
from .core.parser import parse
from .extension import QuizError, QuizExtension

__all__ = ["LocatedProblem", "Problem", "Question", "QuestionType", "QuizError", "QuizExtension", "parse"]
__version__ = "0.2.0"
