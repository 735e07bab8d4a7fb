"""Markdown question blocks that become accessible, CSP-clean client-side quizzes."""

from .extension import QuizError, QuizExtension
from .model import LocatedProblem, Problem, Question, QuestionType
from .parser import parse

__all__ = ["LocatedProblem", "Problem", "Question", "QuestionType", "QuizError", "QuizExtension", "parse"]
__version__ = "0.1.0"
