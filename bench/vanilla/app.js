// The practical floor for the explorer's search: the same data, filtered and rendered the
// same way (folded text, every word must match, first 50 rows, live count, headline
// counts), in hand-written JavaScript with no framework. Used only by the benchmark.
const PAGE = 50;
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "USD", currencyDisplay: "code", maximumFractionDigits: 0 });
const number = new Intl.NumberFormat("en-GB");

const data = await (await fetch("data/fund.json")).json();
const programmes = data.programmes;
const hay = programmes.map((p) => [p.id, p.title ?? "", ...(p.countries ?? []), ...(p.un_entities ?? [])].map(fold).join("\u001f"));
const totalFunded = programmes.filter((p) => p.status === "funded").length;
const totalPipeline = programmes.length - totalFunded;

const el = (id) => document.getElementById(id);
const setText = (node, text) => {
  if (node.textContent !== text) node.textContent = text;
};
const cell = (tag, text, cls) => {
  const c = document.createElement(tag);
  if (cls) c.className = cls;
  c.textContent = text;
  return c;
};
const list = (items) => (items && items.length ? items.join(", ") : "not published");

function render(query) {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const hits = [];
  let funded = 0;
  for (let i = 0; i < programmes.length; i++) {
    const h = hay[i];
    if (terms.every((t) => h.includes(t))) {
      hits.push(i);
      if (programmes[i].status === "funded") funded++;
    }
  }
  setText(el("count"), hits.length === 0 ? "No programmes match" : `${number.format(hits.length)} programme${hits.length === 1 ? " matches" : "s match"}`);
  setText(el("funded"), `${number.format(funded)} of ${number.format(totalFunded)} funded programmes match`);
  setText(el("pipeline"), `${number.format(hits.length - funded)} of ${number.format(totalPipeline)} pipeline programmes match`);
  setText(el("caption"), `Showing 1–${Math.min(PAGE, hits.length)} of ${number.format(hits.length)}`);
  // Touch the table only when the rows shown change (a framework's keyed diff does the same).
  const shown = hits.slice(0, PAGE);
  if (shown.length !== lastShown.length || shown.some((v, k) => v !== lastShown[k])) {
    const frag = document.createDocumentFragment();
    for (const i of shown) frag.append(row(i));
    el("rows").replaceChildren(frag);
    lastShown = shown;
  }
}
let lastShown = [];

// Rows are built once and reused, as a keyed list in a framework would.
const rowCache = new Map();
function row(i) {
  let tr = rowCache.get(i);
  if (!tr) {
    tr = build(programmes[i]);
    rowCache.set(i, tr);
  }
  return tr;
}

function build(p) {
  {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    const a = document.createElement("a");
    a.href = `/programmes/${encodeURIComponent(p.id)}`;
    a.textContent = p.title ?? `Programme ${p.id} (details not published)`;
    th.append(a);
    const status = document.createElement("td");
    status.append(cell("span", p.status === "funded" ? "Funded" : "In the pipeline", `status status-${p.status}`));
    tr.append(th, status, cell("td", list(p.countries)), cell("td", p.region ?? "not published"), cell("td", list(p.un_entities)),
      cell("td", p.budget != null ? money.format(p.budget) : "not published", "num"), cell("td", list(p.gcm_objectives)));
    return tr;
  }
}

el("search").addEventListener("input", (e) => render(e.target.value));
render("");
document.body.dataset.ready = "true";
