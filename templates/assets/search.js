// Progressive enhancement for /search/: without JavaScript the page explains where to browse instead;
// with it, Pagefind (loaded from this site, no CDN) answers in place. Results are built as DOM nodes,
// never innerHTML, so a page title cannot inject markup.
const root = document.getElementById("search");
const form = root.querySelector("form");
const input = document.getElementById("q");
const typeSelect = document.getElementById("type");
const actorInput = document.getElementById("actor");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const bundle = root.dataset.bundle;
let pagefindPromise;

function loadPagefind() {
  pagefindPromise ??= import(`${bundle}pagefind.js`).then(async (pagefind) => {
    await pagefind.options({ baseUrl: bundle.replace(/pagefind\/$/, ""), bundlePath: bundle });
    return pagefind;
  });
  return pagefindPromise;
}

// An excerpt is Pagefind HTML: keep its text and its <mark>s, drop everything else.
function excerptNodes(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

// Filters: the page type, and an actor named on event pages (data-pagefind-filter="actor").
function filtersOf(type, actor) {
  const filters = {};
  if (type) filters.type = type;
  if (actor) filters.actor = actor;
  return filters;
}

async function run(query, type, actor) {
  list.replaceChildren();
  if (!query.trim()) { status.textContent = "Type a name, a place or a word."; return; }
  status.textContent = "Searching…";
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query, { filters: filtersOf(type, actor) });
    const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    status.textContent = `${search.results.length} result${search.results.length === 1 ? "" : "s"} for “${query}”.`;
    for (const r of results) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = r.url;
      a.textContent = r.meta?.title ?? r.url;
      const p = document.createElement("p");
      p.append(...excerptNodes(r.excerpt ?? ""));
      li.append(a, p);
      list.append(li);
    }
  } catch (error) {
    status.textContent = `Search is unavailable (${error instanceof Error ? error.message : String(error)}). Browse the actors or the timeline instead.`;
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
typeSelect.value = params.get("type") ?? "";
actorInput.value = params.get("actor") ?? "";
status.textContent = "";
if (input.value) run(input.value, typeSelect.value, actorInput.value.trim());

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  if (typeSelect.value) url.searchParams.set("type", typeSelect.value); else url.searchParams.delete("type");
  if (actorInput.value.trim()) url.searchParams.set("actor", actorInput.value.trim()); else url.searchParams.delete("actor");
  history.replaceState(null, "", url);
  run(input.value, typeSelect.value, actorInput.value.trim());
});
