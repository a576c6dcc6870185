/* praktiki search page: progressive enhancement only.
 *
 * The page works fully without this file (plain GET form, real checkboxes, links).  With
 * it: suggestions under the search box from /api/v1/suggest (a WAI-ARIA combobox with
 * keyboard navigation), a facet tick or a sort change submits at once, and empty fields
 * are left out of the URL so shared links stay short.  No framework, no inline code
 * (the CSP forbids it).
 */
(function () {
  "use strict";

  var form = document.getElementById("search");
  if (!form) { return; }
  var input = document.getElementById("q");
  var list = document.getElementById("q-suggestions");
  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;

  /* ---- submit: leave empty fields out of the URL --------------------------------- */

  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && !field.disabled && field.type !== "checkbox" && field.value.trim() === "") {
        field.disabled = true;  /* disabled fields are not submitted */
      }
    });
    if (form.elements.sort && form.elements.sort.value === "relevance") {
      form.elements.sort.disabled = true;  /* the default needs no parameter */
    }
    /* Re-enable after the browser has read the form (back button restores the page). */
    window.setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
    }, 0);
  });

  function submitForm() {
    if (typeof form.requestSubmit === "function") { form.requestSubmit(); }
    else { form.submit(); }
  }

  /* ---- auto-submit: facets and sort ---------------------------------------------- */

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.hasAttribute && target.hasAttribute("data-autosubmit")) { submitForm(); }
  });

  /* ---- suggestions (combobox) ---------------------------------------------------- */

  if (!input || !list || !window.fetch) { return; }

  var suggestUrl = form.getAttribute("data-suggest-url");
  var practiceUrl = form.getAttribute("data-practice-url");
  var items = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var lang = document.documentElement.lang === "en" ? "en" : "bg";
  var KIND_LABELS = {
    bg: { title: "практика", term: "дума" },
    en: { title: "practice", term: "term" }
  };

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function render(suggestions) {
    list.textContent = "";
    items = suggestions.slice(0, 10);
    active = -1;
    if (!items.length) { close(); return; }
    items.forEach(function (suggestion, index) {
      var option = document.createElement("li");
      option.id = "q-suggestion-" + index;
      option.className = "suggestion";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var text = document.createElement("span");
      text.className = "suggestion__text";
      text.textContent = suggestion.text;  /* textContent: suggestion text is never HTML */
      var kind = document.createElement("span");
      kind.className = "suggestion__kind";
      kind.textContent = (KIND_LABELS[lang][suggestion.kind] || "");
      option.appendChild(text);
      option.appendChild(kind);
      /* mousedown, not click: it fires before the input loses focus and closes the list */
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(index);
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function highlight(index) {
    var options = list.querySelectorAll(".suggestion");
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    Array.prototype.forEach.call(options, function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function practiceHref(id) {
    /* ids are paths ("2016/burgas-comm"): encode each segment, keep the slashes */
    var path = id.split("/").map(encodeURIComponent).join("/");
    var href = practiceUrl.replace("__ID__", path);
    return lang === "en" ? href + "?lang=en" : href;
  }

  function choose(index) {
    var suggestion = items[index];
    if (!suggestion) { return; }
    close();
    if (suggestion.kind === "title" && suggestion.id && practiceUrl) {
      window.location.href = practiceHref(suggestion.id);
      return;
    }
    input.value = suggestion.text;
    submitForm();
  }

  function fetchSuggestions() {
    var prefix = input.value.trim();
    if (prefix.length < MIN_CHARS) { close(); return; }
    if (pending) { pending.abort(); }  /* only the latest keystroke's answer matters */
    pending = new AbortController();
    var url = suggestUrl + "?q=" + encodeURIComponent(prefix) + "&lang=" + lang;
    fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (body) {
        if (input.value.trim() !== prefix || document.activeElement !== input) { return; }
        render(body.suggestions || []);
      })
      .catch(function () { /* aborted or offline: the plain form still works */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && items.length > 0;
    switch (event.key) {
      case "ArrowDown":
        if (open) { event.preventDefault(); highlight(active + 1); }
        else if (input.value.trim().length >= MIN_CHARS) { fetchSuggestions(); }
        break;
      case "ArrowUp":
        if (open) { event.preventDefault(); highlight(active - 1); }
        break;
      case "Enter":
        if (open && active >= 0) { event.preventDefault(); choose(active); }
        break;
      case "Escape":
        if (open) { event.preventDefault(); close(); }
        break;
      case "Tab":
        close();
        break;
    }
  });

  input.addEventListener("blur", function () { window.setTimeout(close, 100); });
})();
