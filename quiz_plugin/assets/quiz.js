/* quiz_plugin: makes the /// quiz blocks of a page interactive.
 * Everything a reader can see (answers, feedback, explanations) is already in the page, rendered at
 * build time; this script only adds buttons, checks answers, shows and hides, and remembers progress.
 * It never parses text as HTML. */
(() => {
  "use strict";
  if (window.quizPlugin) {
    // Material's instant navigation runs the page's scripts again: set up the new page only.
    window.quizPlugin.init();
    return;
  }
  const STRINGS = /*STRINGS*/{};
  const text = (key, values = {}) =>
    (STRINGS[key] || key).replace(/\{(\w+)\}/g, (all, name) => (name in values ? values[name] : all));

  // Progress is kept per site: sites that share an origin (user.github.io/a/ and /b/) stay apart.
  const script = document.currentScript;
  const scope = script ? new URL(script.src).pathname.replace(/assets\/quiz\/[^/]*$/, "") : "/";
  const storageKey = (id) => `quiz:${scope}${id}`;
  const store = {
    read(id) {
      try {
        const value = JSON.parse(window.localStorage.getItem(storageKey(id)));
        return value && typeof value === "object" ? value : null;
      } catch {
        return null; // unavailable, blocked or corrupt: start afresh
      }
    },
    write(id, value) {
      try {
        window.localStorage.setItem(storageKey(id), JSON.stringify(value));
      } catch {
        // full or unavailable: the quiz still works, it just forgets
      }
    },
    remove(id) {
      try {
        window.localStorage.removeItem(storageKey(id));
      } catch {
        // nothing to do
      }
    },
  };

  // Short answers: the same rules as quiz_plugin/answers.py.
  const normalise = (value) => value.trim().split(/\s+/).join(" ").toLowerCase();
  const DECIMAL = /^(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:e[+-]?\d+(?:_\d+)*)?$/;
  const RADIX = /^0(?:(x[0-9a-f]+(?:_[0-9a-f]+)*)|(o[0-7]+(?:_[0-7]+)*)|(b[01]+(?:_[01]+)*))$/;
  const parseNumber = (value) => {
    let literal = normalise(value).replace(/ /g, "");
    let sign = 1;
    if (literal[0] === "+" || literal[0] === "-") {
      sign = literal[0] === "-" ? -1 : 1;
      literal = literal.slice(1);
    }
    const radix = RADIX.exec(literal);
    if (radix) return sign * parseInt(literal.slice(2).replace(/_/g, ""), radix[1] ? 16 : radix[2] ? 8 : 2);
    return DECIMAL.test(literal) ? sign * Number(literal.replace(/_/g, "")) : null;
  };
  const matches = (given, accepted, numeric) => {
    if (!numeric) return normalise(given) === normalise(accepted);
    const number = parseNumber(given);
    return number !== null && number === parseNumber(accepted);
  };

  const make = (tag, className, content) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (content) element.textContent = content;
    return element;
  };
  const button = (action, hidden) => {
    const element = make("button", `quiz-${action}`, text(action));
    element.type = "button";
    element.dataset.quizAction = action;
    element.hidden = hidden;
    return element;
  };

  const choicesOf = (quiz) => [...quiz.querySelectorAll("fieldset > .quiz-choices > li")];
  const inputsOf = (quiz) => [...quiz.querySelectorAll("fieldset input")];
  const textInput = (quiz) => quiz.querySelector(".quiz-field input");
  const isShort = (quiz) => quiz.dataset.quizType === "short";
  const idOf = (quiz) => quiz.id.slice("quiz-".length); // progress is kept under the author's id
  const isEmpty = (answer) => (typeof answer === "string" ? !answer.trim() : !answer.length);

  function setUp(quiz) {
    quiz.dataset.quizReady = "";
    quiz.classList.add("quiz--js");
    const actions = make("div", "quiz-actions");
    actions.append(button("check", false), button("retry", true), button("show", false));
    const status = make("p", "quiz-status");
    status.setAttribute("role", "status");
    quiz.querySelector("fieldset").after(actions, status);
    restore(quiz);
  }

  // Whatever is stored may be stale, edited by hand or written by another version: check it all.
  function restore(quiz) {
    const saved = store.read(idOf(quiz));
    if (!saved || saved.h !== quiz.dataset.quizHash) return; // absent, or saved for other content
    const shown = saved.r === "shown";
    if (!shown && (saved.r !== "right" && saved.r !== "wrong" || isEmpty(saved.a || ""))) return;
    if (isShort(quiz)) {
      if (typeof saved.a !== "string") return;
      textInput(quiz).value = saved.a;
    } else {
      const inputs = inputsOf(quiz);
      if (!Array.isArray(saved.a) || !saved.a.every((i) => Number.isInteger(i) && inputs[i])) return;
      saved.a.forEach((i) => (inputs[i].checked = true));
    }
    if (shown) reveal(quiz, true);
    else check(quiz, true);
  }

  function answerOf(quiz) {
    if (isShort(quiz)) return textInput(quiz).value;
    return inputsOf(quiz).flatMap((input, index) => (input.checked ? [index] : []));
  }

  function say(quiz, message) {
    quiz.querySelector(".quiz-status").textContent = message;
  }

  // The verdict goes after the answer's own text and before its feedback.
  function markChoice(item, verdict) {
    if (item.classList.contains("quiz-marked")) return;
    item.classList.add("quiz-marked", verdict ? "quiz-right" : "quiz-wrong");
    const label = make("strong", "quiz-verdict", text(verdict ? "right" : "wrong"));
    const feedback = item.querySelector(":scope > p, :scope > .quiz-feedback");
    if (feedback) feedback.before(label);
    else item.append(label);
  }

  // Marks the reader's own answers; tells whether the answer is right and whether a right one is missing.
  function grade(quiz, answer) {
    if (isShort(quiz)) {
      const numeric = quiz.hasAttribute("data-quiz-numeric");
      for (const item of quiz.querySelectorAll(".quiz-answer .quiz-choices > li")) {
        if (matches(answer, item.querySelector("code").textContent, numeric)) {
          markChoice(item, item.hasAttribute("data-correct"));
        }
      }
      const right = [...quiz.querySelectorAll(".quiz-key code")].some((code) => matches(answer, code.textContent, numeric));
      return { right, missed: false };
    }
    const chosen = new Set(answer);
    let right = true;
    let missed = false;
    choicesOf(quiz).forEach((item, index) => {
      const correct = item.hasAttribute("data-correct");
      if (chosen.has(index)) markChoice(item, correct);
      if (chosen.has(index) !== correct) right = false;
      if (correct && !chosen.has(index)) missed = true;
    });
    return { right, missed };
  }

  function check(quiz, restoring = false) {
    const answer = answerOf(quiz);
    if (isEmpty(answer)) {
      say(quiz, text("empty"));
      return;
    }
    const { right, missed } = grade(quiz, answer);
    const message = right ? text("correct") : missed && quiz.dataset.quizType === "multiple"
      ? `${text("incorrect")} ${text("missed")}` : text("incorrect");
    finish(quiz, right ? "right" : "wrong", answer, message, restoring);
  }

  // Also after a wrong answer: the reader's marks stay, the right answers are added.
  function reveal(quiz, restoring = false) {
    const answer = answerOf(quiz);
    if (!quiz.dataset.quizState && !isEmpty(answer)) grade(quiz, answer);
    for (const item of choicesOf(quiz)) {
      if (item.hasAttribute("data-correct")) markChoice(item, true);
    }
    finish(quiz, "shown", answer, text("shown"), restoring);
  }

  function finish(quiz, result, answer, message, restoring) {
    quiz.dataset.quizState = result;
    for (const input of inputsOf(quiz)) input.disabled = true;
    quiz.querySelector(".quiz-answer").open = true;
    quiz.querySelector(".quiz-check").hidden = true;
    quiz.querySelector(".quiz-show").hidden = result !== "wrong";
    const retry = quiz.querySelector(".quiz-retry");
    retry.hidden = false;
    say(quiz, message);
    updateScore();
    if (restoring) return;
    store.write(idOf(quiz), { h: quiz.dataset.quizHash, r: result, a: answer });
    document.querySelector(".quiz-score-status").textContent = "";
    // The Check button the reader pressed is gone: Try again takes its place.
    retry.focus();
    quiz.dispatchEvent(
      new CustomEvent("quiz:answer", { bubbles: true, detail: { id: idOf(quiz), result, answer } })
    );
  }

  function retry(quiz, focus = true) {
    delete quiz.dataset.quizState;
    for (const element of quiz.querySelectorAll(".quiz-verdict")) element.remove();
    for (const item of quiz.querySelectorAll(".quiz-marked")) item.classList.remove("quiz-marked", "quiz-right", "quiz-wrong");
    const inputs = inputsOf(quiz);
    for (const input of inputs) {
      input.disabled = false;
      if (input.type === "text") input.value = "";
      else input.checked = false;
    }
    quiz.querySelector(".quiz-answer").open = false;
    quiz.querySelector(".quiz-check").hidden = false;
    quiz.querySelector(".quiz-show").hidden = false;
    quiz.querySelector(".quiz-retry").hidden = true;
    say(quiz, "");
    store.remove(idOf(quiz));
    updateScore();
    if (focus && inputs[0]) inputs[0].focus();
  }

  // One score per page, after its last question.
  function updateScore() {
    const quizzes = [...document.querySelectorAll(".quiz[data-quiz-ready]")];
    let score = document.querySelector(".quiz-score");
    if (!quizzes.length) return;
    if (!score) {
      score = make("div", "quiz-score");
      const reset = make("button", "quiz-reset", text("reset"));
      reset.type = "button";
      reset.dataset.quizAction = "reset";
      const announcement = make("span", "quiz-score-status");
      announcement.setAttribute("role", "status");
      score.append(make("p", "quiz-score-text"), reset, announcement);
      quizzes[quizzes.length - 1].after(score);
    }
    const states = quizzes.map((quiz) => quiz.dataset.quizState);
    score.querySelector(".quiz-score-text").textContent = text("score", {
      correct: states.filter((state) => state === "right").length,
      answered: states.filter(Boolean).length,
      total: quizzes.length,
    });
  }

  function resetPage() {
    for (const quiz of document.querySelectorAll(".quiz[data-quiz-ready]")) retry(quiz, false);
    document.querySelector(".quiz-score-status").textContent = text("cleared");
  }

  const actions = { check, show: reveal, retry };
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element)) return;
    // An answer made of a code block cannot sit in its <label>: a click on it chooses it all the same
    // (unless the reader is selecting text, following a link or copying the code).
    const body = event.target.closest(".quiz--js .quiz-choice-body");
    if (body && !event.target.closest("a, button") && !String(window.getSelection())) {
      body.parentElement.querySelector("label input:not(:disabled)")?.click();
      return;
    }
    const target = event.target.closest("[data-quiz-action]");
    if (!target) return;
    if (target.dataset.quizAction === "reset") return resetPage();
    const quiz = target.closest(".quiz");
    const action = actions[target.dataset.quizAction];
    if (quiz && action) action(quiz);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing || !(event.target instanceof Element)) return;
    if (!event.target.matches(".quiz--js .quiz-field input:not(:disabled)")) return;
    event.preventDefault();
    check(event.target.closest(".quiz"));
  });

  // Printing shows every answer, even those the reader has not opened.
  const opened = [];
  window.addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll(".quiz details:not([open])")) {
      details.open = true;
      opened.push(details);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened.splice(0)) details.open = false;
  });

  function init() {
    for (const quiz of document.querySelectorAll(".quiz[data-quiz-hash]:not([data-quiz-ready])")) setUp(quiz);
    updateScore();
  }

  window.quizPlugin = { init, matches, parseNumber };
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
