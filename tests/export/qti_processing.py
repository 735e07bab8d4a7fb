"""A small QTI 2.1 response processor, for the tests: what a learning platform computes from an answer.

It runs an item's ``responseProcessing`` as the QTI 2.1 specification defines the rules and expressions
the export writes (conditions, ``setOutcomeValue``, ``match``, ``member``, ``stringMatch``, ``equal``
exact or with an absolute tolerance, ordered responses,
``or``, ``and``, ``not``, ``isNull``, ``multiple``, ``variable``, ``correct``, ``baseValue``), with NULL for a
missing value as the specification says, and tells the score and which ``modalFeedback`` is shown.
Anything else in an item is an error here, not silently skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree

NS = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


@dataclass(frozen=True)
class Outcome:
    score: float
    feedback: tuple[str, ...]  # the identifiers of the modalFeedback shown, in document order


def local(element: Any) -> str:
    return str(element.tag).removeprefix(NS)


def typed(base_type: str | None, text: str) -> Any:
    """A value of a base type from its text (None where the text is not one: QTI's NULL)."""
    if base_type == "float":
        try:
            return float(text)
        except ValueError:
            return None
    if base_type == "integer":
        return int(text)
    if base_type == "boolean":
        return text.strip() == "true"
    return text


class Item:
    def __init__(self, root: Any) -> None:
        self.root = root
        self.declarations = {
            d.get("identifier"): d for d in root.iter(f"{NS}responseDeclaration", f"{NS}outcomeDeclaration")
        }

    def respond(self, response: str | Iterable[str] | None) -> Outcome:
        """Process a response: a choice's identifier, a set of them, a sequence of them (an ordering), a
        typed text, or None (no answer)."""
        declaration = self.declarations["RESPONSE"]
        if response is None:
            value: Any = None
        elif declaration.get("cardinality") == "multiple":
            value = sorted(response) or None  # an empty container is NULL
        elif declaration.get("cardinality") == "ordered":
            value = list(response) or None  # the order is the answer
        else:
            assert isinstance(response, str)
            value = typed(declaration.get("baseType"), response)
        variables: dict[str, Any] = {"RESPONSE": value}
        for identifier, outcome in self.declarations.items():
            if outcome.tag == f"{NS}outcomeDeclaration":
                default = outcome.find(f"{NS}defaultValue")
                variables[identifier] = self._values(outcome, default) if default is not None else None
        processing = self.root.find(f"{NS}responseProcessing")
        self._rules(processing, variables)
        feedback = variables["FEEDBACK"] or []
        shown = tuple(
            f.get("identifier")
            for f in self.root.iter(f"{NS}modalFeedback")
            if (f.get("identifier") in feedback) == (f.get("showHide") == "show")
        )
        return Outcome(float(variables["SCORE"]), shown)

    def _values(self, declaration: Any, holder: Any) -> Any:
        values = [typed(declaration.get("baseType"), v.text or "") for v in holder.iter(f"{NS}value")]
        cardinality = declaration.get("cardinality")
        return sorted(values) if cardinality == "multiple" else values if cardinality == "ordered" else values[0]

    def _rules(self, parent: Any, variables: dict[str, Any]) -> None:
        for rule in parent:
            kind = local(rule)
            if kind == "setOutcomeValue":
                variables[rule.get("identifier")] = self._expression(rule[0], variables)
            elif kind == "responseCondition":
                for branch in rule:
                    if local(branch) == "responseElse":
                        self._rules(branch, variables)
                        break
                    if self._expression(branch[0], variables) is True:
                        self._rules(branch[1:], variables)
                        break
            else:
                raise AssertionError(f"unexpected response rule {kind}")

    def _expression(self, element: Any, variables: dict[str, Any]) -> Any:
        kind = local(element)
        operands = [self._expression(child, variables) for child in element]
        if kind == "baseValue":
            return typed(element.get("baseType"), element.text or "")
        if kind == "variable":
            return variables[element.get("identifier")]
        if kind == "correct":
            declaration = self.declarations[element.get("identifier")]
            return self._values(declaration, declaration.find(f"{NS}correctResponse"))
        if kind == "multiple":
            values: list[Any] = []
            for operand in operands:
                if operand is None:
                    continue  # NULL sub-expressions are ignored
                values += operand if isinstance(operand, list) else [operand]
            return sorted(values) or None
        if kind == "isNull":
            return operands[0] is None
        if None in operands:
            return None
        if kind == "not":
            return not operands[0]
        if kind == "or":
            return any(operands)
        if kind == "and":
            return all(operands)
        first, second = operands
        if kind == "match":
            return first == second
        if kind == "member":
            return first in second
        if kind == "stringMatch":
            if element.get("caseSensitive") == "false":
                first, second = first.lower(), second.lower()
            return first == second if element.get("substring") != "true" else second in first
        if kind == "equal":
            mode = element.get("toleranceMode")
            if mode == "exact":
                return float(first) == float(second)
            assert mode == "absolute", mode  # the only other mode the export writes
            below, above = (float(t) for t in element.get("tolerance", "0 0").split())
            low_ok = (
                first >= second - below
                if element.get("includeLowerBound", "true") == "true"
                else first > second - below
            )
            high_ok = (
                first <= second + above
                if element.get("includeUpperBound", "true") == "true"
                else first < second + above
            )
            return low_ok and high_ok
        raise AssertionError(f"unexpected expression {kind}")


def parse(document: bytes) -> Any:
    return etree.fromstring(document)
