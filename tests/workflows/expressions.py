"""GitHub Actions expressions (`${{ ... }}`): the part of the language these workflows use.

Known: context lookups (`steps.python.outputs.python-path`), string, number, boolean and null literals,
`!`, `&&`, `||`, `==`, `!=`, parentheses, and the status functions `success()`, `failure()`,
`always()` and `cancelled()`. Anything else raises ExpressionError: a workflow that uses more of the
language fails the suite until this evaluator learns it, instead of being misread in silence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

HERE = "tests/workflows/expressions.py"


class ExpressionError(Exception):
    """An expression this evaluator does not know, or a value the local run cannot give."""


@dataclass(frozen=True)
class Status:
    """What the status functions see: whether an earlier step (for a job: a needed job) failed."""

    failed: bool = False
    cancelled: bool = False

    @property
    def success(self) -> bool:
        return not self.failed and not self.cancelled


class Produced(dict[str, str]):
    """The outputs a step or a job produced. Reading one it did not produce is an error here, where GitHub
    would give an empty string: a local equivalent that lacks an output a workflow reads must say so."""

    def __init__(self, owner: str, values: Mapping[str, str] | None = None) -> None:
        super().__init__(values or {})
        self.owner = owner

    def __missing__(self, key: str) -> NoReturn:
        produced = ", ".join(sorted(self)) or "none"
        raise ExpressionError(f"{self.owner} has no output `{key}` here (it produced: {produced})")


@dataclass(frozen=True)
class Literal:
    value: Any


@dataclass(frozen=True)
class Lookup:
    path: tuple[str, ...]


@dataclass(frozen=True)
class Call:
    name: str


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class Binary:
    operator: str  # &&, ||, ==, !=
    left: Node
    right: Node


Node = Literal | Lookup | Call | Not | Binary

STATUS_FUNCTIONS = ("success", "failure", "always", "cancelled")
KEYWORDS: dict[str, Any] = {"true": True, "false": False, "null": None}
TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>'(?:[^']|'')*')
    | (?P<number>\d+(?:\.\d+)?)
    | (?P<operator>&&|\|\||==|!=|!|\(|\))
    | (?P<function>[A-Za-z_][A-Za-z0-9_]*)\s*\(
    | (?P<name>[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)
    )""",
    re.X,
)
PLACEHOLDER = re.compile(r"\$\{\{(.*?)\}\}", re.S)


def parse(source: str) -> Node:
    return _Parser(source).parse()


class _Parser:
    """Recursive descent, lowest precedence first: `||`, `&&`, `==`/`!=`, `!`, then a primary."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = self._tokenize(source)
        self.position = 0

    def _tokenize(self, source: str) -> list[tuple[str, str]]:
        tokens = []
        offset = 0
        while source[offset:].strip():
            match = TOKEN.match(source, offset)
            if match is None or match.lastgroup is None:
                self._unknown(f"`{source[offset:].strip()[:20]}`")
            kind, text = match.lastgroup, match[match.lastgroup]
            if kind == "function" and text not in STATUS_FUNCTIONS:
                self._unknown(f"the function `{text}()`")
            tokens.append((kind, text))
            offset = match.end()
        return tokens

    def _unknown(self, what: str) -> NoReturn:
        raise ExpressionError(
            f"the workflow runner does not know {what} in `${{{{ {self.source.strip()} }}}}`: teach it in {HERE}"
        )

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        if token is None:
            self._unknown("an expression that ends too early")
        self.position += 1
        return token

    def _expect(self, text: str) -> None:
        if self._peek() != ("operator", text):
            self._unknown(f"a missing `{text}`")
        self.position += 1

    def parse(self) -> Node:
        node = self._binary(0)
        extra = self._peek()
        if extra is not None:
            self._unknown(f"`{extra[1]}` after a complete expression")
        return node

    LEVELS = (("||",), ("&&",), ("==", "!="))

    def _binary(self, level: int) -> Node:
        if level == len(self.LEVELS):
            return self._unary()
        node = self._binary(level + 1)
        while (token := self._peek()) is not None and token[0] == "operator" and token[1] in self.LEVELS[level]:
            self.position += 1
            node = Binary(token[1], node, self._binary(level + 1))
        return node

    def _unary(self) -> Node:
        if self._peek() == ("operator", "!"):
            self.position += 1
            return Not(self._unary())
        return self._primary()

    def _primary(self) -> Node:
        kind, text = self._take()
        if kind == "operator" and text == "(":
            node = self._binary(0)
            self._expect(")")
            return node
        if kind == "string":
            return Literal(text[1:-1].replace("''", "'"))
        if kind == "number":
            return Literal(float(text) if "." in text else int(text))
        if kind == "function":
            if self._peek() != ("operator", ")"):
                self._unknown(f"arguments to `{text}()`")
            self.position += 1
            return Call(text)
        if kind == "name":
            if text in KEYWORDS:
                return Literal(KEYWORDS[text])
            return Lookup(tuple(text.split(".")))
        self._unknown(f"`{text}` where a value should be")


def uses_status(node: Node) -> bool:
    if isinstance(node, Call):
        return True
    if isinstance(node, Not):
        return uses_status(node.operand)
    if isinstance(node, Binary):
        return uses_status(node.left) or uses_status(node.right)
    return False


def evaluate(node: Node, context: Mapping[str, Any], status: Status = Status()) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Lookup):
        return lookup(context, node.path)
    if isinstance(node, Call):
        return {
            "success": status.success,
            "failure": status.failed,
            "always": True,
            "cancelled": status.cancelled,
        }[node.name]
    if isinstance(node, Not):
        return not truthy(evaluate(node.operand, context, status))
    left = evaluate(node.left, context, status)
    if node.operator == "&&":
        return evaluate(node.right, context, status) if truthy(left) else left
    if node.operator == "||":
        return left if truthy(left) else evaluate(node.right, context, status)
    same = equals(left, evaluate(node.right, context, status))
    return same if node.operator == "==" else not same


def lookup(context: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """A context property; a missing property is null, as on GitHub, but a missing context is an error."""
    if path[0] not in context:
        known = ", ".join(context)
        raise ExpressionError(f"the workflow runner has no context `{path[0]}` (it has: {known}): teach it in {HERE}")
    value: Any = context[path[0]]
    for part in path[1:]:
        if isinstance(value, Produced):
            value = value[part]
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def truthy(value: Any) -> bool:
    if isinstance(value, float) and math.isnan(value):
        return False
    return value not in (None, False, 0, "")


def equals(left: Any, right: Any) -> bool:
    """GitHub's `==`: strings ignore case; values of different types are compared as numbers."""
    if isinstance(left, str) and isinstance(right, str):
        return left.casefold() == right.casefold()
    if isinstance(left, Mapping | list) or isinstance(right, Mapping | list):
        return left is right
    if type(left) is type(right):
        return bool(left == right)
    return _number(left) == _number(right)


def _number(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, bool | int | float):
        return float(value)
    text = str(value).strip()
    if not text:
        return 0.0
    try:
        return float(int(text, 16)) if text.lower().startswith("0x") else float(text)
    except ValueError:
        return math.nan


def as_text(value: Any) -> str:
    """A value as GitHub writes it into text: null is empty, booleans are lower-case, objects are JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Mapping | list):
        return json.dumps(value, indent=2)
    return str(value)


def interpolate(value: Any, context: Mapping[str, Any], status: Status = Status()) -> str:
    """A YAML scalar as text, with every `${{ ... }}` replaced by its value."""
    if not isinstance(value, str):
        return as_text(value)
    return PLACEHOLDER.sub(lambda match: as_text(evaluate(parse(match[1]), context, status)), value)


def condition(value: Any, context: Mapping[str, Any], status: Status = Status()) -> bool:
    """An `if:`. Without a status function it also needs success(), as on GitHub; no `if:` is success()."""
    if value is None:
        return status.success
    source = as_text(value).strip()
    if source.startswith("${{") and source.endswith("}}"):
        source = source[3:-2]
    node = parse(source)
    holds = truthy(evaluate(node, context, status))
    return holds if uses_status(node) else status.success and holds
