"""The expression evaluator of the workflow runner: what it computes, and that it refuses what it does not
know instead of guessing."""

from __future__ import annotations

from typing import Any

import pytest

from workflows.expressions import ExpressionError, Produced, Status, condition, interpolate

CONTEXT: dict[str, Any] = {
    "github": {
        "event_name": "pull_request",
        "ref": "refs/pull/1/merge",
        "event": {"pull_request": {"number": 7}, "repository": {"fork": False, "private": False}},
    },
    "matrix": {"python": "3.12"},
    "steps": {"python": {"outputs": Produced("step `python`", {"python-path": "/usr/bin/python3.12"})}},
}
FAILED = Status(failed=True)


def test_matrix_values_step_outputs_and_github_values_are_substituted_into_text() -> None:
    text = "CPython ${{ matrix.python }} at ${{ steps.python.outputs.python-path }} for ${{ github.event_name }}"
    assert interpolate(text, CONTEXT) == "CPython 3.12 at /usr/bin/python3.12 for pull_request"


def test_or_gives_the_first_truthy_operand_as_github_does() -> None:
    assert interpolate("${{ github.event.pull_request.number || github.ref }}", CONTEXT) == "7"
    assert interpolate("${{ github.event.merge_group.number || github.ref }}", CONTEXT) == "refs/pull/1/merge"


def test_values_are_written_as_github_writes_them() -> None:
    assert interpolate("${{ github.event.repository.fork }}|${{ github.nothing }}|${{ 3 }}", CONTEXT) == "false||3"
    assert interpolate(14, CONTEXT) == "14" and interpolate(True, CONTEXT) == "true"


def test_the_status_functions_follow_the_steps_before() -> None:
    assert condition("failure()", CONTEXT, FAILED) and not condition("failure()", CONTEXT)
    assert condition("success()", CONTEXT) and not condition("success()", CONTEXT, FAILED)
    assert condition("${{ always() }}", CONTEXT, FAILED)
    assert not condition("cancelled()", CONTEXT, FAILED)


def test_a_condition_without_a_status_function_also_needs_every_step_before_to_have_succeeded() -> None:
    assert condition("${{ matrix.python == '3.12' }}", CONTEXT)
    assert not condition("${{ matrix.python == '3.12' }}", CONTEXT, FAILED)
    assert condition("failure() && matrix.python == '3.12'", CONTEXT, FAILED)


def test_no_condition_means_success() -> None:
    assert condition(None, CONTEXT) and not condition(None, CONTEXT, FAILED)


def test_not_and_or_and_parentheses() -> None:
    repository = "github.event.repository"
    assert condition(f"${{{{ !{repository}.fork && !{repository}.private }}}}", CONTEXT)
    assert not condition(f"!({repository}.fork || !{repository}.private)", CONTEXT)
    assert condition("!github.missing && (false || 'text')", CONTEXT)


def test_comparisons_ignore_the_case_of_strings_and_compare_other_types_as_numbers() -> None:
    assert condition("github.event_name == 'PULL_REQUEST'", CONTEXT)
    assert condition("matrix.python != '3.13'", CONTEXT)
    assert condition("github.event.pull_request.number == '7'", CONTEXT)
    assert condition("github.event.repository.fork == 0", CONTEXT)
    assert not condition("github.event.repository.fork == 'false'", CONTEXT)  # 'false' is no number


def test_yaml_booleans_are_conditions_too() -> None:
    assert condition(True, CONTEXT) and not condition(False, CONTEXT)


def test_a_missing_property_is_null_but_an_unknown_context_is_an_error() -> None:
    assert interpolate("${{ github.event.nothing.deeper }}", CONTEXT) == ""
    with pytest.raises(ExpressionError, match="no context `secrets`.*teach it in tests/workflows/expressions.py"):
        interpolate("${{ secrets.TOKEN }}", CONTEXT)


@pytest.mark.parametrize(
    ("expression", "unknown"),
    [
        ("contains(github.ref, 'main')", "the function `contains()`"),
        ("hashFiles('requirements.txt')", "the function `hashFiles()`"),
        ("success('x')", "arguments to `success()`"),
        ("github.run_number > 3", "`> 3`"),
        ("matrix['python']", "`['python']`"),
        ("matrix.python ==", "an expression that ends too early"),
        ("(matrix.python", "a missing `)`"),
        ("matrix.python matrix.python", "`matrix.python` after a complete expression"),
    ],
)
def test_an_expression_the_evaluator_does_not_know_is_an_error_that_names_it(expression: str, unknown: str) -> None:
    with pytest.raises(ExpressionError) as error:
        condition(f"${{{{ {expression} }}}}", CONTEXT)
    assert f"does not know {unknown} in `${{{{ {expression} }}}}`" in str(error.value)


def test_reading_an_output_that_a_step_did_not_produce_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(
        ExpressionError, match=r"step `python` has no output `cache-hit` here \(it produced: python-path\)"
    ):
        interpolate("${{ steps.python.outputs.cache-hit }}", CONTEXT)
