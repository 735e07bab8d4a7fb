/* quiz_plugin: makes the /// quiz blocks of a page interactive, and shows a reader their progress.
 * Everything a reader can see (answers, feedback, explanations, chapter lists) is already in the page,
 * rendered at build time; this script only adds buttons, checks answers, shows and hides, and remembers
 * progress in this browser. It never parses text as HTML. */
(() => {
  "use strict";
  if (window.quizPlugin) {
    // Material's instant navigation runs the page's scripts again: set up the new page only.
    window.quizPlugin.init();
    return;
  }
  // The site's interface strings, written in by the build: each is text, or a list of text and
  // placeholders, {v: name} or, to choose a plural form by a count, {v: name, p: {form: message}}.
  const LANGUAGE = /*LANGUAGE*/"en";
  const STRINGS = /*STRINGS*/{};
  const plurals = (() => {
    try {
      return new Intl.PluralRules(LANGUAGE);
    } catch {
      return new Intl.PluralRules("en");
    }
  })();
  const fill = (message, values) =>
    typeof message === "string" ? message : message.map((part) => {
      if (typeof part === "string") return part;
      const value = values[part.v];
      if (!part.p) return value === undefined ? `{${part.v}}` : String(value);
      return fill(part.p[`=${value}`] || part.p[plurals.select(value)] || part.p.other, values);
    }).join("");
  const text = (key, values = {}) => fill(key in STRINGS ? STRINGS[key] : key, values);

  // Progress is kept per site: sites that share an origin (user.github.io/a/ and /b/) stay apart.
  // A question's record: {h: content hash, r: right|wrong|shown, a: answer (the indexes of the chosen
  // options, or the steps in the reader's order, in the author's numbering whatever order the reader
  // sees), t: when, k: hints seen, b and d: its Leitner box and when it is due again}. Keys that are
  // not question ids start with ":".
  const script = document.currentScript;
  const scope = script ? new URL(script.src).pathname.replace(/assets\/quiz\/[^/]*$/, "") : "/";
  const PREFIX = `quiz:${scope}`;
  const ID = /^[a-z0-9-]+$/;
  const DONE = ":done"; // the pages whose every question is answered right or revealed
  const SEED = ":seed"; // the reader's own order of shuffled options and steps
  // Storage may be unavailable, blocked, full or edited by hand: every access may fail, nothing may throw.
  const attempt = (action, fallback) => {
    try {
      return action(window.localStorage);
    } catch {
      return fallback;
    }
  };
  const store = {
    read: (id) =>
      attempt((storage) => {
        const value = JSON.parse(storage.getItem(PREFIX + id));
        return value && typeof value === "object" && !Array.isArray(value) ? value : null;
      }, null),
    write: (id, value) => attempt((storage) => (storage.setItem(PREFIX + id, JSON.stringify(value)), true), false),
    remove: (id) => attempt((storage) => storage.removeItem(PREFIX + id)),
    keys: () => attempt((storage) => Object.keys(storage), []).filter((key) => key.startsWith(PREFIX)).map((key) => key.slice(PREFIX.length)),
  };
  const works = () => store.write(":test", 1) && (store.remove(":test"), true);
  const current = (record, hash) => (record && record.h === hash ? record : null);

  // Leitner boxes: a question missed or revealed goes to box 1 and comes back a day later; answered
  // right when it is due, it moves up a box (back after 3, then 7 days), and leaves the boxes after box 3.
  const DAY = 864e5;
  const WAIT = [0, 1, 3, 7];
  const due = (record) => record.b >= 1 && record.d <= Date.now();
  function schedule(old, result, time) {
    let box = [1, 2, 3].includes(old.b) && Number.isFinite(old.d) ? old.b : 0;
    let when = box ? old.d : 0;
    if (result !== "right") [box, when] = [1, time + DAY];
    else if (box && time >= when) {
      box = box < 3 ? box + 1 : 0;
      when = time + WAIT[box] * DAY;
    }
    return box ? { b: box, d: when } : {};
  }

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
  // A tolerance as the author wrote it: "0.5", or "1%" of the answer.
  const parseTolerance = (value) => {
    const written = value.replace(/\s/g, "");
    const relative = written.endsWith("%");
    const amount = parseNumber(relative ? written.slice(0, -1) : written);
    return amount === null || !Number.isFinite(amount) ? null : { amount, relative };
  };
  const SLACK = 1e-9; // a number at the very edge of the tolerance matches, whatever the rounding
  const within = (given, answer, tolerance) => {
    if (!tolerance) return given === answer;
    const width = tolerance.relative ? Math.abs(answer) * tolerance.amount / 100 : tolerance.amount;
    return Math.abs(given - answer) <= width * (1 + SLACK);
  };
  const matches = (given, accepted, numeric, tolerance = "") => {
    if (!numeric) return normalise(given) === normalise(accepted);
    const number = parseNumber(given);
    const answer = parseNumber(accepted);
    return number !== null && answer !== null && within(number, answer, tolerance ? parseTolerance(tolerance) : null);
  };

  // Each reader sees shuffled options and steps in an order of their own, the same on every visit: a
  // random seed kept with their progress, and the question's id, choose it.
  let seed = null;
  function readerSeed() {
    if (seed === null) {
      const stored = store.read(SEED);
      seed = stored && Number.isInteger(stored.s) ? stored.s : Math.floor(Math.random() * 2 ** 32);
      if (!stored) store.write(SEED, { s: seed });
    }
    return seed;
  }
  function randomFor(id) {
    let state = 2166136261 ^ readerSeed(); // FNV-1a of the id, then mulberry32
    for (const character of id) state = Math.imul(state ^ character.codePointAt(0), 16777619);
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
  }
  // The author's indexes in the order this reader sees them. No step starts in its right place (as in
  // the order the build shows without JavaScript, quiz_plugin/core/order.py).
  function readerOrder(quiz, count) {
    const random = randomFor(idOf(quiz));
    const order = [...Array(count).keys()];
    for (let tries = 0; tries < 100; tries++) {
      for (let index = count - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [order[index], order[other]] = [order[other], order[index]];
      }
      if (!isOrder(quiz) || order.every((step, place) => step !== place)) return order;
    }
    return order.map((step, place) => (place + 1) % count);
  }

  const make = (tag, className, content) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (content) element.textContent = content;
    return element;
  };
  const button = (action, label = text(action), hidden = false) => {
    const element = make("button", `quiz-${action}`, label);
    element.type = "button";
    element.dataset.quizAction = action;
    element.hidden = hidden;
    return element;
  };

  const choicesOf = (quiz) => [...quiz.querySelectorAll("fieldset > .quiz-choices > li")];
  const inputsOf = (quiz) => [...quiz.querySelectorAll("fieldset input")];
  // Everything the reader answers with: the inputs, and the buttons that move steps.
  const controlsOf = (quiz) => [...quiz.querySelectorAll("fieldset input, .quiz-move button")];
  const textInput = (quiz) => quiz.querySelector(".quiz-field input");
  const isShort = (quiz) => quiz.dataset.quizType === "short";
  const isOrder = (quiz) => quiz.dataset.quizType === "order";
  // An option's or a step's index in the author's order: a step's is in the page, an option's is noted
  // when the question is set up, before shuffling or printing may move it.
  const authorIndex = (item) => Number(item.dataset.quizStep ?? item.dataset.quizIndex);
  const hintsOf = (quiz) => [...quiz.querySelectorAll("fieldset > details")];
  const seenHints = (quiz) => hintsOf(quiz).filter((hint) => hint.classList.contains("quiz-seen")).length;
  const idOf = (quiz) => quiz.id.slice("quiz-".length); // progress is kept under the author's id
  const isEmpty = (answer) => (typeof answer === "string" ? !answer.trim() : !answer.length);
  const quizzes = () => [...document.querySelectorAll(".quiz[data-quiz-ready]")];

  function setUp(quiz) {
    quiz.dataset.quizReady = "";
    quiz.classList.add("quiz--js");
    const actions = make("div", "quiz-actions");
    actions.append(button("check"), button("retry", undefined, true), button("hint", text("next_hint"), true), button("show"));
    const status = make("p", "quiz-status");
    status.setAttribute("role", "status");
    // The result takes the focus after Check, so that a second Enter (a double press, a key held
    // down) lands on text, not on a button that would change the answer.
    status.tabIndex = -1;
    const answer = quiz.querySelector(".quiz-answer");
    quiz.querySelector("fieldset").after(status);
    answer.after(actions);
    const explanation = [...answer.children].find((child) => !child.matches("summary, .quiz-key, .quiz-choices, .quiz-order"));
    if (explanation) explanation.before(make("p", "quiz-label", text("explanation")));
    if (isOrder(quiz)) addMoves(quiz);
    if (!isOrder(quiz)) choicesOf(quiz).forEach((item, index) => (item.dataset.quizIndex = index));
    if (quiz.dataset.quizVersions) {
      quiz.prepend(versionMenu());
      follow(quiz, savedVersion() || quiz.dataset.quizVersion);
    }
    if (quiz.hasAttribute("data-quiz-shuffle") || isOrder(quiz)) arrange(quiz, readerOrder(quiz, choicesOf(quiz).length));
    restore(quiz);
  }

  // Puts the options or steps in the given order (of author's indexes), and the key's letters with them.
  function arrange(quiz, order) {
    const items = choicesOf(quiz);
    const byIndex = new Map(items.map((item) => [authorIndex(item), item]));
    const list = items[0].parentElement;
    for (const index of order) list.append(byIndex.get(index));
    const letters = quiz.querySelector(".quiz-letters");
    if (letters) letters.textContent = rightLetters(quiz).join(", ");
    if (isOrder(quiz)) updateMoves(quiz);
  }
  // The letters of the right options, in the order this reader sees them.
  const rightLetters = (quiz) =>
    choicesOf(quiz).flatMap((item, place) => (item.hasAttribute("data-correct") ? [String.fromCharCode(65 + (place % 26))] : []));
  const authorsOrder = (quiz) => choicesOf(quiz).map(authorIndex).sort((a, b) => a - b);

  // Ordering questions: each step gets "move up" and "move down" buttons, described by the step.
  function addMoves(quiz) {
    for (const item of choicesOf(quiz)) {
      let body = item.querySelector(":scope > .quiz-choice-body");
      if (!body) {
        // A one-paragraph step is inline in its item: wrap it, to describe the buttons with it.
        body = make("span", "quiz-choice-body");
        while (item.firstChild && !(item.firstChild instanceof Element && item.firstChild.matches("p, .quiz-feedback"))) body.append(item.firstChild);
        item.prepend(body);
      }
      body.id = `${quiz.id}-s${item.dataset.quizStep}`;
      const moves = make("span", "quiz-move");
      for (const [action, arrow] of [["up", "\u2191"], ["down", "\u2193"]]) {
        const control = button(action, "");
        const symbol = make("span", "", arrow);
        symbol.setAttribute("aria-hidden", "true");
        control.append(symbol, make("span", "quiz-hidden", text(`move_${action}`)));
        control.setAttribute("aria-describedby", body.id);
        moves.append(control);
      }
      item.append(moves);
    }
  }

  // A step at either end cannot move further that way: that button is out of sight (and of the Tab order).
  function updateMoves(quiz) {
    const items = choicesOf(quiz);
    items.forEach((item, place) => {
      item.querySelector(".quiz-up").classList.toggle("quiz-end", place === 0);
      item.querySelector(".quiz-down").classList.toggle("quiz-end", place === items.length - 1);
    });
  }

  // Moves a step one place, keeping the focus where it is: the neighbour moves, not the step itself.
  function move(item, delta, focused) {
    const quiz = item.closest(".quiz");
    if (quiz.dataset.quizState) return; // checked: Try again first
    const neighbour = delta < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!neighbour) return;
    if (delta < 0) item.after(neighbour);
    else item.before(neighbour);
    updateMoves(quiz);
    if (focused && focused.classList.contains("quiz-end")) item.querySelector(".quiz-move button:not(.quiz-end)").focus();
    const items = choicesOf(quiz);
    say(quiz, text("moved", { position: items.indexOf(item) + 1, count: items.length }));
  }

  // "Next hint" is there once a first hint is out, while the answer is not right and hints are left.
  function showHintButton(quiz) {
    const seen = seenHints(quiz);
    const done = ["right", "shown"].includes(quiz.dataset.quizState);
    quiz.querySelector(".quiz-hint").hidden = done || !seen || seen === hintsOf(quiz).length;
  }

  // Hints come one at a time: after each wrong answer, or on request, the next one.
  function nextHint(quiz, restoring = false) {
    const hint = hintsOf(quiz).find((details) => !details.classList.contains("quiz-seen"));
    if (!hint) return;
    hint.classList.add("quiz-seen");
    hint.open = true;
    showHintButton(quiz);
    if (restoring) return;
    const record = current(store.read(idOf(quiz)), quiz.dataset.quizHash);
    if (record) store.write(idOf(quiz), { ...record, k: seenHints(quiz) });
  }

  // Code-output questions that follow the reader's CPython (data-quiz-versions: the versions recorded,
  // newest first). The version is kept per site, picked from any such question's menu or from a
  // snippet's version tabs (a "cpython-version" event from the page's own script); each answer lists
  // the versions it is right on (data-right-on), and the key follows.
  const VERSION = ":cpython";
  const versionLabel = (version) => version.replace(/^([\d.]+t?)-(.+)$/, "$1 ($2)");
  // The reader's pick, if one is stored and well formed (storage may hold anything).
  const savedVersion = () => {
    const saved = (store.read(VERSION) || {}).v;
    return typeof saved === "string" && /^\d+\.\d+t?(-[a-z0-9]+)?$/.test(saved) ? saved : null;
  };
  function versionMenu() {
    const menu = make("p", "quiz-version-menu");
    const label = make("label", "", `${text("your_version")} `);
    const select = make("select", "quiz-version-select");
    label.append(select);
    menu.append(label);
    return menu;
  }
  function follow(quiz, version) {
    const versions = quiz.dataset.quizVersions.split(" ");
    const recorded = versions.includes(version);
    const select = quiz.querySelector(".quiz-version-select");
    select.replaceChildren(...[...(recorded ? [] : [version]), ...versions].map((name) => {
      const option = make("option", "", versionLabel(name));
      option.value = name;
      return option;
    }));
    select.value = version;
    for (const span of quiz.querySelectorAll(".quiz-version")) span.textContent = versionLabel(version);
    quiz.toggleAttribute("data-quiz-unrecorded", !recorded);
    for (const item of choicesOf(quiz)) {
      item.toggleAttribute("data-correct", recorded && (item.dataset.rightOn || "").split(" ").includes(version));
    }
    // A shuffled question's key keeps its letters in a span of their own (see arrange).
    const letters = rightLetters(quiz);
    const key = quiz.querySelector(".quiz-letters") || quiz.querySelector(".quiz-key");
    if (!key || !letters.length) return;
    if (key.matches(".quiz-letters")) key.textContent = letters.join(", ");
    else key.textContent = text("correct_answer", { count: letters.length, answers: letters.join(", ") });
  }
  function pickVersion(version, from) {
    store.write(VERSION, { v: version });
    for (const quiz of document.querySelectorAll(".quiz[data-quiz-versions][data-quiz-ready]")) {
      const answered = quiz.dataset.quizState;
      if (answered) unlock(quiz);
      follow(quiz, version);
      if (answered) restore(quiz); // the stored answer, judged on the version now picked
    }
    if (from !== "tabs") {
      document.dispatchEvent(new CustomEvent("cpython-version", { detail: { versions: [version], from: "quiz" } }));
    }
  }
  document.addEventListener("cpython-version", (event) => {
    const { versions, from } = event.detail || {};
    if (from === "quiz" || !Array.isArray(versions) || !versions.length) return;
    // A tab lists every version that printed the same: keep the reader's if it is one of them.
    const mine = savedVersion();
    pickVersion(versions.includes(mine) ? mine : versions[0], "tabs");
  });

  // Whatever is stored may be stale, edited by hand or written by another version: check it all.
  function restore(quiz) {
    const saved = current(store.read(idOf(quiz)), quiz.dataset.quizHash);
    if (!saved) return; // absent, or saved for other content
    if (due(saved)) {
      // Back for review: asked afresh; the stored answer stays until the new one replaces it.
      say(quiz, text("again"));
      return;
    }
    const shown = saved.r === "shown";
    if (!shown && ((saved.r !== "right" && saved.r !== "wrong") || isEmpty(saved.a || ""))) return;
    if (isShort(quiz)) {
      if (typeof saved.a !== "string") return;
      textInput(quiz).value = saved.a;
    } else if (isOrder(quiz)) {
      const steps = authorsOrder(quiz);
      const valid = Array.isArray(saved.a) && saved.a.every(Number.isInteger);
      if (!valid || [...saved.a].sort((a, b) => a - b).join() !== steps.join()) return;
      arrange(quiz, saved.a);
    } else {
      const items = new Map(choicesOf(quiz).map((item) => [authorIndex(item), item]));
      if (!Array.isArray(saved.a) || !saved.a.every((i) => Number.isInteger(i) && items.has(i))) return;
      saved.a.forEach((i) => (items.get(i).querySelector("input").checked = true));
    }
    if (shown) reveal(quiz, true);
    else check(quiz, true);
    while (Number.isInteger(saved.k) && seenHints(quiz) < Math.min(saved.k, hintsOf(quiz).length)) nextHint(quiz, true);
  }

  function answerOf(quiz) {
    if (isShort(quiz)) return textInput(quiz).value;
    if (isOrder(quiz)) return choicesOf(quiz).map(authorIndex);
    return choicesOf(quiz).flatMap((item) => (item.querySelector("input").checked ? [authorIndex(item)] : [])).sort((a, b) => a - b);
  }

  function say(quiz, message) {
    quiz.querySelector(".quiz-status").textContent = message;
  }

  // The verdict goes after the answer's own text and before its feedback (and a step's buttons).
  function markChoice(item, verdict, words = ["right", "wrong"]) {
    if (item.classList.contains("quiz-marked")) return;
    item.classList.add("quiz-marked", verdict ? "quiz-right" : "quiz-wrong");
    const label = make("strong", "quiz-verdict", text(verdict ? words[0] : words[1]));
    const feedback = item.querySelector(":scope > p, :scope > .quiz-feedback, :scope > .quiz-move");
    if (feedback) feedback.before(label);
    else item.append(label);
  }

  // Marks the reader's own answers; tells whether the answer is right and whether a right one is missing.
  function grade(quiz, answer) {
    if (isShort(quiz)) {
      const numeric = quiz.hasAttribute("data-quiz-numeric");
      const tolerance = quiz.dataset.quizTolerance || "";
      for (const item of quiz.querySelectorAll(".quiz-answer .quiz-choices > li")) {
        if (matches(answer, item.querySelector("code").textContent, numeric, tolerance)) {
          markChoice(item, item.hasAttribute("data-correct"));
        }
      }
      const right = [...quiz.querySelectorAll(".quiz-key code")].some((code) => matches(answer, code.textContent, numeric, tolerance));
      return { right, missed: false };
    }
    if (isOrder(quiz)) {
      // Partial feedback: which steps are in their right place.
      const places = choicesOf(quiz).map((item, place) => {
        const inPlace = authorIndex(item) === place;
        markChoice(item, inPlace, ["place_right", "place_wrong"]);
        return inPlace;
      });
      const count = places.filter(Boolean).length;
      return { right: count === places.length, missed: false, inPlace: text("in_place", { count, total: places.length }) };
    }
    const chosen = new Set(answer);
    let right = true;
    let missed = false;
    choicesOf(quiz).forEach((item) => {
      const index = authorIndex(item);
      const correct = item.hasAttribute("data-correct");
      if (chosen.has(index)) markChoice(item, correct);
      if (chosen.has(index) !== correct) right = false;
      if (correct && !chosen.has(index)) missed = true;
    });
    return { right, missed };
  }

  const unrecorded = (quiz) => {
    if (!quiz.hasAttribute("data-quiz-unrecorded")) return false;
    say(quiz, text("unrecorded", { version: versionLabel(quiz.querySelector(".quiz-version-select").value) }));
    return true;
  };

  function check(quiz, restoring = false) {
    if (unrecorded(quiz)) return;
    const answer = answerOf(quiz);
    if (isEmpty(answer)) {
      say(quiz, text("empty"));
      return;
    }
    const { right, missed, inPlace } = grade(quiz, answer);
    let message = right ? text("correct") : text("incorrect");
    if (!right && missed && quiz.dataset.quizType === "multiple") message += ` ${text("missed")}`;
    if (!right && inPlace) message += ` ${inPlace}`;
    // A wrong answer gets its feedback and the next hint, never the key or the explanation: the reader
    // tries again first (the stylesheet hides those until the answer is right or revealed).
    if (!right) nextHint(quiz, true);
    finish(quiz, right ? "right" : "wrong", answer, message, restoring);
  }

  // Also after a wrong answer: the reader's marks stay, the right answers are added.
  function reveal(quiz, restoring = false) {
    if (unrecorded(quiz)) return;
    const answer = answerOf(quiz);
    if (!quiz.dataset.quizState && !isEmpty(answer)) grade(quiz, answer);
    for (const item of choicesOf(quiz)) {
      if (item.hasAttribute("data-correct")) markChoice(item, true);
    }
    finish(quiz, "shown", answer, text("shown"), restoring);
  }

  function finish(quiz, result, answer, message, restoring) {
    quiz.dataset.quizState = result;
    for (const control of controlsOf(quiz)) control.disabled = true;
    showHintButton(quiz);
    quiz.querySelector(".quiz-answer").open = true;
    quiz.querySelector(".quiz-check").hidden = true;
    quiz.querySelector(".quiz-show").hidden = result !== "wrong";
    quiz.querySelector(".quiz-retry").hidden = false;
    say(quiz, message);
    updateScore();
    if (restoring) return;
    const id = idOf(quiz);
    const hash = quiz.dataset.quizHash;
    const time = Date.now();
    const old = current(store.read(id), hash) || {};
    const hints = seenHints(quiz);
    store.write(id, { h: hash, r: result, a: answer, t: time, ...(hints ? { k: hints } : {}), ...schedule(old, result, time) });
    document.querySelector(".quiz-score-status").textContent = "";
    quiz.querySelector(".quiz-status").focus();
    pageDone();
    quiz.dispatchEvent(
      new CustomEvent("quiz:answer", { bubbles: true, detail: { id, result, answer, hints } })
    );
  }

  // Unlocks the question for another answer. The reader's answer stays in the fields to be changed,
  // and the stored one stays until a new answer replaces it: trying again erases nothing.
  function unlock(quiz) {
    delete quiz.dataset.quizState;
    for (const element of quiz.querySelectorAll(".quiz-verdict")) element.remove();
    for (const item of quiz.querySelectorAll(".quiz-marked")) item.classList.remove("quiz-marked", "quiz-right", "quiz-wrong");
    for (const control of controlsOf(quiz)) control.disabled = false;
    quiz.querySelector(".quiz-answer").open = false;
    quiz.querySelector(".quiz-check").hidden = false;
    quiz.querySelector(".quiz-show").hidden = false;
    quiz.querySelector(".quiz-retry").hidden = true;
    showHintButton(quiz);
    say(quiz, "");
    updateScore();
  }

  function retry(quiz) {
    unlock(quiz);
    const controls = controlsOf(quiz).filter((control) => !control.classList.contains("quiz-end"));
    (controls.find((control) => control.checked) || controls[0]).focus();
  }

  function clear(quiz) {
    unlock(quiz);
    for (const input of inputsOf(quiz)) {
      if (input.type === "text") input.value = "";
      else input.checked = false;
    }
    for (const hint of hintsOf(quiz)) {
      hint.classList.remove("quiz-seen");
      hint.open = false;
    }
    showHintButton(quiz);
    if (isOrder(quiz)) arrange(quiz, readerOrder(quiz, choicesOf(quiz).length));
    store.remove(idOf(quiz));
  }

  const tally = (results) => {
    const count = (...wanted) => results.filter((result) => wanted.includes(result)).length;
    return { correct: count("right"), answered: count("right", "wrong"), revealed: count("shown"), total: results.length };
  };

  // One summary per page: where the author put `/// quiz-summary`, or after the last question. The
  // score, and a link to each question missed or revealed.
  function updateScore() {
    const all = quizzes();
    let score = document.querySelector(".quiz-score");
    if (!all.length) return;
    if (!score) {
      score = make("div", "quiz-score");
      const announcement = make("span", "quiz-score-status");
      announcement.setAttribute("role", "status");
      const missed = make("p", "quiz-missed");
      missed.hidden = true;
      score.append(make("p", "quiz-score-text"), button("reset"), announcement, missed);
      const marker = document.querySelector(".quiz-summary");
      if (marker) marker.append(score);
      else all[all.length - 1].after(score);
    }
    score.querySelector(".quiz-score-text").textContent = text("score", tally(all.map((quiz) => quiz.dataset.quizState)));
    const missed = all.filter((quiz) => ["wrong", "shown"].includes(quiz.dataset.quizState));
    const list = score.querySelector(".quiz-missed");
    list.hidden = !missed.length;
    list.replaceChildren(...(missed.length ? [text("to_review"), " "] : []));
    missed.forEach((quiz, index) => {
      const link = make("a", "", quiz.querySelector("legend").firstChild.textContent.trim());
      link.href = `#${quiz.id}`;
      list.append(...(index ? [", ", link] : [link]));
    });
  }

  // A destructive action asks first. The focus goes to "keep", so that a repeated key press keeps.
  function confirmFirst(trigger, question, action) {
    const box = make("span", "quiz-confirm");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", question);
    const yes = button("yes", text("confirm_yes"));
    const no = button("no", text("confirm_no"));
    box.append(make("span", "", question), yes, no);
    trigger.hidden = true;
    trigger.after(box);
    const close = (confirmed) => {
      box.remove();
      trigger.hidden = false;
      trigger.focus();
      if (confirmed) action();
    };
    yes.addEventListener("click", () => close(true));
    no.addEventListener("click", () => close(false));
    box.addEventListener("keydown", (event) => event.key === "Escape" && close(false));
    no.focus();
  }

  function resetPage() {
    for (const quiz of quizzes()) clear(quiz);
    pageDone();
    document.querySelector(".quiz-score-status").textContent = text("cleared");
  }

  // Finished pages, marked in the navigation: every question answered right or revealed.
  function setDone(path, finished) {
    const done = store.read(DONE) || {};
    if (!done[path] === !finished) return; // unchanged: a reader who answered nothing stores nothing
    if (finished) done[path] = 1;
    else delete done[path];
    store.write(DONE, done);
  }
  function pageDone() {
    const all = quizzes();
    if (all.length) {
      const results = all.map((quiz) => (current(store.read(idOf(quiz)), quiz.dataset.quizHash) || {}).r);
      setDone(location.pathname, results.every((result) => result === "right" || result === "shown"));
    }
    markNav();
  }
  function markNav() {
    const done = store.read(DONE) || {};
    for (const link of document.querySelectorAll("nav li > a[href]")) {
      const finished = !link.hash && done[new URL(link.href).pathname] === 1;
      const mark = link.querySelector(".quiz-done");
      if (finished && !mark) link.append(doneMark());
      else if (!finished && mark) mark.remove();
    }
  }
  function doneMark() {
    const mark = make("span", "quiz-done");
    const tick = make("span", "", "✓");
    tick.setAttribute("aria-hidden", "true");
    mark.append(tick, make("span", "quiz-hidden", text("finished")));
    return mark;
  }

  // Lists of chapters: after each chapter's link, the build wrote its questions as "id:hash id:hash".
  function chaptersIn(root) {
    return [...root.querySelectorAll(".quiz-count[data-quiz-questions]")].map((count) => {
      const link = count.previousElementSibling;
      const page = link.href.split("#")[0];
      const questions = count.dataset.quizQuestions.split(" ").map((pair, index) => {
        const [id, hash] = pair.split(":");
        return { id, number: index + 1, url: `${page}#quiz-${id}`, record: current(store.read(id), hash) };
      });
      const previews = count.dataset.quizPreviews ? new URL(count.dataset.quizPreviews, location.href).href : "";
      return { count, name: link.textContent.trim(), path: new URL(page).pathname, questions, previews };
    });
  }

  const added = (tag, className, content) => make(tag, `quiz-added ${className}`, content);

  function showChapters(root) {
    for (const old of root.querySelectorAll(".quiz-added")) old.remove();
    const chapters = chaptersIn(root);
    for (const chapter of chapters) {
      const results = chapter.questions.map((question) => (question.record || {}).r);
      const counts = tally(results);
      const finished = results.every((result) => result === "right" || result === "shown");
      setDone(chapter.path, finished);
      if (counts.answered + counts.revealed) {
        const progress = added("span", "quiz-chapter-score", text("score", counts));
        if (finished) progress.append(doneMark());
        chapter.count.after(progress);
      }
    }
    // Continue after the question answered last, with the next one not yet answered.
    const all = chapters.flatMap((chapter) => chapter.questions.map((question) => ({ ...question, chapter })));
    let last = -1;
    all.forEach((question, index) => {
      const record = question.record;
      if (record && record.r && (last < 0 || (record.t || 0) >= (all[last].record.t || 0))) last = index;
    });
    const next = last < 0 ? null : [...all.slice(last + 1), ...all.slice(0, last)].find((question) => !(question.record || {}).r);
    if (next) {
      const link = make("a", "", text("continue", { chapter: next.chapter.name, number: next.number }));
      link.href = next.url;
      const paragraph = added("p", "quiz-continue");
      paragraph.append(link);
      root.prepend(paragraph);
    }
    markNav();
    return all;
  }

  // The progress page: the chapters, the questions to review, and the reader's data.
  function showProgress(root) {
    const note = root.querySelector(".quiz-needs-js");
    if (!works()) {
      note.textContent = text("storage_off");
      return;
    }
    note.hidden = true;
    const boxed = showChapters(root).filter((question) => question.record && question.record.b >= 1);
    boxed.sort((a, b) => a.record.d - b.record.d);
    const dueNow = boxed.filter((question) => due(question.record));
    const review = added("section", "quiz-review");
    review.append(make("h2", "", text("review")), make("p", "", text(boxed.length ? "review_intro" : "review_none")));
    if (boxed.length) {
      const summary = make("p", "", text("review_due", { count: dueNow.length }));
      if (dueNow.length) {
        const start = make("a", "", text("review_start"));
        start.href = dueNow[0].url;
        summary.append(" ", start);
      }
      const list = make("ul");
      // A chapter's previews file -> the links waiting for it (id -> link).
      const links = new Map();
      for (const { id, url, record, chapter, number } of boxed) {
        // The chapter and the question's number, until the question's preview (as plain text: code in a
        // link is hard to read in some palettes) arrives from its chapter's file.
        const link = make("a", "", `${chapter.name}, ${text("question", { number })}`);
        link.href = url;
        if (chapter.previews) {
          if (!links.has(chapter.previews)) links.set(chapter.previews, new Map());
          links.get(chapter.previews).set(id, link);
        }
        const date = new Date(record.d).toLocaleDateString(plurals.resolvedOptions().locale, { month: "long", day: "numeric" });
        const when = text(due(record) ? "due_now" : "due_on", { date, box: record.b });
        const item = make("li");
        item.append(link, " ", make("span", "quiz-when", when));
        list.append(item);
      }
      review.append(summary, list);
      for (const [file, waiting] of links) showPreviews(file, waiting);
    }
    let data = root.querySelector(".quiz-data");
    if (!data) {
      // Built once: its status must stay the same element to be read out when it changes.
      data = make("section", "quiz-data");
      const file = make("input", "quiz-file");
      file.type = "file";
      file.accept = ".json,application/json";
      file.hidden = true;
      const actions = make("p", "quiz-actions");
      actions.append(button("export"), button("import"), button("forget"), file);
      const status = make("p", "quiz-data-status");
      status.setAttribute("role", "status");
      data.append(make("h2", "", text("your_data")), make("p", "", text("data_intro")), actions, status);
      root.append(data);
    }
    data.before(review);
  }

  // The previews of the questions to review, fetched once per chapter and only for the chapters that
  // have some: in the page, every question's preview made it grow with the site (1.8 MB at 10,000).
  // Without them (a file:// page, a failed request) the links keep the chapter and the number.
  // A file -> its request, made once.
  const previewFiles = new Map();
  async function showPreviews(file, links) {
    if (!previewFiles.has(file)) {
      previewFiles.set(file, fetch(file).then((response) => (response.ok ? response.json() : {})).catch(() => ({})));
    }
    const texts = (await previewFiles.get(file)) || {};
    for (const [id, link] of links) if (typeof texts[id] === "string") link.textContent = texts[id];
  }

  const progressPage = () => document.querySelector(".quiz-progress");
  function tell(message) {
    showProgress(progressPage());
    progressPage().querySelector(".quiz-data-status").textContent = message;
  }

  const FORMAT = "quiz-progress";
  function exportProgress() {
    const questions = {};
    for (const id of store.keys().filter((key) => ID.test(key))) {
      const record = store.read(id);
      if (record) questions[id] = record;
    }
    const data = JSON.stringify({ format: FORMAT, version: 1, site: scope, exported: new Date().toISOString(), questions }, null, 1);
    const link = make("a");
    link.href = URL.createObjectURL(new Blob([data], { type: "application/json" }));
    link.download = "quiz-progress.json";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    tell(text("exported", { count: Object.keys(questions).length }));
  }

  const wellFormed = (record) =>
    record && typeof record === "object" && typeof record.h === "string" &&
    [undefined, "right", "wrong", "shown"].includes(record.r) &&
    (record.k === undefined || (Number.isInteger(record.k) && record.k >= 0)) &&
    (record.a === undefined || typeof record.a === "string" || (Array.isArray(record.a) && record.a.every(Number.isInteger))) &&
    ["t", "d"].every((key) => record[key] === undefined || Number.isFinite(record[key])) &&
    [undefined, 1, 2, 3].includes(record.b);

  // All or nothing: a file that is not this site's progress, or is damaged anywhere, changes nothing.
  async function importProgress(file) {
    let data = null;
    try {
      data = JSON.parse(await file.text());
    } catch {
      // not JSON: reported below
    }
    const questions = data && data.format === FORMAT && data.version === 1 && data.questions;
    const records = questions && typeof questions === "object" && !Array.isArray(questions) ? Object.entries(questions) : [];
    if (!records.length || !records.every(([id, record]) => ID.test(id) && wellFormed(record))) return tell(text("import_bad"));
    if (data.site !== scope) return tell(text("import_foreign"));
    let count = 0;
    for (const [id, record] of records) {
      const mine = store.read(id);
      // The newer answer of each question wins: importing an old file never undoes later work.
      if (!mine || (record.t || 0) >= (mine.t || 0)) count += store.write(id, record) ? 1 : 0;
    }
    tell(text("imported", { count }));
  }

  function forgetAll() {
    for (const key of store.keys()) store.remove(key);
    tell(text("forgotten"));
  }

  const actions = {
    check: (quiz) => check(quiz),
    show: (quiz) => reveal(quiz),
    retry,
    hint: (quiz) => {
      nextHint(quiz);
      const hints = hintsOf(quiz).filter((details) => details.classList.contains("quiz-seen"));
      hints[hints.length - 1].querySelector("summary").focus();
    },
    up: (quiz, target) => move(target.closest("li"), -1, target),
    down: (quiz, target) => move(target.closest("li"), 1, target),
    reset: (quiz, target) => confirmFirst(target, text("confirm_reset"), resetPage),
    export: exportProgress,
    import: () => progressPage().querySelector(".quiz-file").click(),
    forget: (quiz, target) => confirmFirst(target, text("confirm_forget"), forgetAll),
  };
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
    const action = target && actions[target.dataset.quizAction];
    if (action) action(target.closest(".quiz"), target);
  });
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.matches(".quiz-version-select")) {
      pickVersion(event.target.value, "quiz");
      return;
    }
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches(".quiz-file") || !input.files.length) return;
    importProgress(input.files[0]);
    input.value = "";
  });
  document.addEventListener("keydown", (event) => {
    if (!(event.target instanceof Element)) return;
    // Alt+Up and Alt+Down move the step that has the focus.
    const step = event.target.closest(".quiz--js .quiz-steps > li");
    if (step && event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      move(step, event.key === "ArrowUp" ? -1 : 1, event.target);
      return;
    }
    if (event.key !== "Enter" || event.isComposing) return;
    if (!event.target.matches(".quiz--js .quiz-field input:not(:disabled)")) return;
    event.preventDefault();
    check(event.target.closest(".quiz"));
  });

  // Printing shows every answer, even those the reader has not opened, and shuffled options in the
  // author's order, which the answer key's letters follow on paper as without JavaScript.
  const opened = [];
  let focusBeforePrint = null;
  const shuffled = () => document.querySelectorAll(".quiz[data-quiz-shuffle][data-quiz-ready]");
  window.addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll(".quiz details:not([open])")) {
      details.open = true;
      opened.push(details);
    }
    focusBeforePrint = document.activeElement;
    for (const quiz of shuffled()) arrange(quiz, authorsOrder(quiz));
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened.splice(0)) details.open = false;
    for (const quiz of shuffled()) arrange(quiz, readerOrder(quiz, choicesOf(quiz).length));
    if (focusBeforePrint instanceof HTMLElement) focusBeforePrint.focus();
  });

  function init() {
    for (const quiz of document.querySelectorAll(".quiz[data-quiz-hash]:not([data-quiz-ready])")) setUp(quiz);
    updateScore();
    const progress = progressPage();
    if (progress) showProgress(progress);
    else for (const list of document.querySelectorAll(".quiz-chapters")) showChapters(list);
    pageDone();
  }

  window.quizPlugin = { init, matches, parseNumber, parseTolerance };
  // Material's instant navigation announces each new page on document$. Its script may run after this
  // one (a site that defers it, which still runs before DOMContentLoaded): look for it then.
  const followPages = () => window.document$?.subscribe?.(init);
  if (typeof window.document$?.subscribe === "function") followPages();
  else document.addEventListener("DOMContentLoaded", followPages, { once: true });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
