"use strict";
// The table, its sorting, filters and full-text search, the evidence pane and the report view.
// edit.js holds the corrections (validation, reviewed state, the log); export.js the downloads.
const DATA = JSON.parse(document.getElementById("data").textContent);
const FLAG_COLUMN = DATA.flags_column;
const SPECS = DATA.specs;
const NO_ROW = new Set(DATA.no_row || []);
const STATUSES = ["affirmed", "negated", "hypothetical", "other_patient", "historical"];
let visible = [], selected = 0, sortColumn = "", sortDir = "asc";
// Rows are put in the table a batch at a time, the next batch when the reader scrolls near the end:
// a page of thousands of reports opens, sorts and re-renders after an edit without laying out every row.
const BATCH = 300;
let rendered = 0, hits = {};
const reportCache = {}, textCache = {};

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
function kindOf(column) { return (SPECS[column] || {}).kind || "text"; }
function itemsOf(value) { return value.split(";").map(s => s.trim()).filter(Boolean); }
function items(value) { return itemsOf(value).map(s => s.toLowerCase()).sort().join("; "); }
function same(column, a, b) {
  a = (a || "").trim(); b = (b || "").trim();
  if (kindOf(column) === "list") return items(a) === items(b);
  if (a !== "" && b !== "" && !isNaN(Number(a)) && !isNaN(Number(b))) return Number(a) === Number(b);
  return a.toLowerCase() === b.toLowerCase();
}
function report(index) {  // parsed on first use: the page opens at once whatever the number of reports
  if (!(index in reportCache)) reportCache[index] = JSON.parse(document.getElementById("report-" + index).textContent);
  return reportCache[index];
}
function reportText(index) {  // the search keeps only the lower-cased text, not the parsed mentions
  if (!(index in textCache)) textCache[index] = (reportCache[index] || JSON.parse(document.getElementById("report-" + index).textContent)).text.toLowerCase();
  return textCache[index];
}

function buildFilters() {
  const flags = new Set();
  DATA.rows.forEach(r => (r[FLAG_COLUMN] || "").split("; ").filter(Boolean).forEach(f => flags.add(f)));
  const flag = document.getElementById("flag");
  [...flags].sort().forEach(f => flag.appendChild(el("option", {value: f}, f)));
  const field = document.getElementById("field");
  DATA.columns.filter(c => c !== "report_id" && c !== FLAG_COLUMN).forEach(c => field.appendChild(el("option", {value: c}, c + " has a value")));
}
function buildLegend() {
  const legend = document.getElementById("legend");
  STATUSES.forEach(s => { const span = el("span"); span.appendChild(el("mark", {class: "m", "data-status": s}, s)); legend.appendChild(span); });
  const kept = el("span"); kept.appendChild(el("mark", {class: "m", "data-status": "affirmed", "data-kept": "yes"}, "kept (thick underline)"));
  legend.appendChild(kept);
}

function sortKey(index, column) {
  const value = cell(index, column), kind = kindOf(column);
  if (value === "") return null;
  if (kind === "number") return Number(value);
  if (kind === "size") return Math.max(...value.split(" x ").map(Number));
  if (kind === "category" && SPECS[column].categories.includes(value)) return SPECS[column].categories.indexOf(value);
  return value.toLowerCase();
}
function sorted(indices) {
  if (!sortColumn) return indices;
  const sign = sortDir === "asc" ? 1 : -1;
  return indices.map(i => [i, sortKey(i, sortColumn)]).sort((a, b) => {
    if (a[1] === null || b[1] === null) return (a[1] === null) - (b[1] === null);  // empty cells last
    return (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) * sign;
  }).map(p => p[0]);
}
function matches(index, search) {
  if (DATA.columns.some(c => cell(index, c).toLowerCase().includes(search))) return "cell";
  if ((DATA.problems[DATA.rows[index].report_id] || "").toLowerCase().includes(search)) return "cell";
  return reportText(index).includes(search) ? "text" : "";
}
function keep(index, filters) {
  const rid = DATA.rows[index].report_id;
  if (filters.flag && !(cell(index, FLAG_COLUMN).split("; ").includes(filters.flag))) return false;
  if (filters.field && !cell(index, filters.field)) return false;
  if (filters.reviewed && (filters.reviewed === "yes") !== rowReviewed(rid)) return false;
  return true;
}

function renderHead() {
  const head = document.querySelector("#table thead");
  head.textContent = "";
  const tr = el("tr");
  tr.appendChild(el("th", {"data-col": "", title: "reviewed: tick a row when you have checked all of it"}, "✓"));
  DATA.columns.forEach(c => {
    const th = el("th", {"data-col": c, title: (DATA.review_group[c] || "") + " · click to sort", "data-group": DATA.review_group[c] || ""}, c);
    if (c === sortColumn) th.dataset.sort = sortDir;
    tr.appendChild(th);
  });
  head.appendChild(tr);
}
function renderRow(index, hit) {
  const row = DATA.rows[index], rid = row.report_id;
  const tr = el("tr", {"data-index": index});
  if (rowReviewed(rid)) tr.classList.add("reviewed");
  if (hit === "text") tr.classList.add("text-hit");
  const check = el("td", {class: "check"});
  if (!NO_ROW.has(rid)) {
    const box = el("input", {type: "checkbox", "aria-label": "reviewed " + rid});
    box.checked = rowReviewed(rid);
    check.appendChild(box);
  }
  if (DATA.problems[rid]) {
    tr.classList.add("problem");
    check.appendChild(el("span", {class: "problem-badge", title: DATA.problems[rid]}, " ⚠ " + DATA.problems[rid].split(":")[0]));
  }
  tr.appendChild(check);
  DATA.columns.forEach(column => {
    const td = el("td", {"data-col": column}, cell(index, column));
    if (column !== "report_id" && column !== FLAG_COLUMN) td.classList.add("value");
    const gold = DATA.gold[rid];
    if (gold && column in gold && !same(column, gold[column], cell(index, column))) {
      td.classList.add("diff");
      td.title = "gold: " + (gold[column] || "(empty)");
    }
    if (isEdited(rid, column)) td.classList.add("edited");
    if (cellReviewed(rid, column)) td.classList.add("cell-reviewed");
    tr.appendChild(td);
  });
  return tr;
}
function renderTable() {
  renderHead();
  const search = document.getElementById("search").value.trim().toLowerCase();
  const filters = {flag: document.getElementById("flag").value, field: document.getElementById("field").value,
                   reviewed: document.getElementById("review-filter").value};
  hits = {};
  visible = sorted(DATA.rows.map((_, i) => i).filter(i => keep(i, filters) && (!search || (hits[i] = matches(i, search)))));
  const before = rendered;
  document.querySelector("#table tbody").textContent = "";
  rendered = 0;
  renderMore(before);
  document.getElementById("count").textContent = visible.length + " of " + DATA.rows.length + " reports · " +
    DATA.rows.filter(r => rowReviewed(r.report_id)).length + " reviewed";
  selected = Math.min(selected, Math.max(0, visible.length - 1));
  markSelected();
}
function renderMore(upTo) {  // the next batch of rows, or up to row `upTo` of the visible ones
  const end = Math.min(visible.length, Math.max(upTo || 0, rendered + BATCH));
  const fragment = document.createDocumentFragment();
  for (let k = rendered; k < end; k++) fragment.appendChild(renderRow(visible[k], hits[visible[k]]));
  document.querySelector("#table tbody").appendChild(fragment);
  rendered = end;
}
function markSelected() {
  if (selected >= rendered) renderMore(selected + 1);
  document.querySelectorAll("#table tr.selected").forEach(r => r.classList.remove("selected"));
  const row = document.querySelector(`#table tr[data-index="${visible[selected]}"]`);
  if (row) { row.classList.add("selected"); row.scrollIntoView({block: "nearest"}); }
}

function mentionId(rid, m) { return rid + ":" + m.field + ":" + m.start + "-" + m.end; }
function mentionsOf(index, column) {
  const field = DATA.field_of_column[column], data = report(index);
  const polarity = {markers_positive: "positive", markers_negative: "negative"}[column];
  return data.mentions.filter(m => m.field === field && (!polarity || m.normalized.endsWith(":" + polarity) || m.normalized.endsWith(":None")));
}
function showEvidence(index, column) {
  const box = document.getElementById("evidence");
  box.textContent = "";
  const rid = DATA.rows[index].report_id, editable = (SPECS[column] || {}).editable;
  box.appendChild(el("h3", {}, rid + " · " + column + ": " + (cell(index, column) || "(empty)")));
  if (editable) {
    const confirm = el("button", {class: "confirm"}, cellReviewed(rid, column) ? "reviewed ✓" : "confirm this value");
    confirm.onclick = () => { record({action: "confirm", report_id: rid, column, old: cell(index, column), new: cell(index, column)}); showEvidence(index, column); };
    box.appendChild(confirm);
  }
  const data = report(index), ofField = mentionsOf(index, column);
  const kept = ofField.filter(m => m.kept === "yes"), rejected = ofField.filter(m => m.kept !== "yes");
  if (!kept.length) box.appendChild(el("p", {}, "No mention was kept for this value."));
  kept.forEach(m => box.appendChild(evidenceBlock(data, m, editable ? actionButton("reject", index, column, m) : null)));
  box.appendChild(el("h4", {}, "Left out (" + rejected.length + ")"));
  const list = el("ul", {class: "rejected"});
  rejected.forEach(m => {
    const li = el("li", {"data-status": m.status, "data-mention": mentionId(rid, m)});
    li.appendChild(el("b", {}, m.text));
    li.appendChild(document.createTextNode(" → " + m.normalized + " "));
    li.appendChild(el("span", {class: "status"}, m.status));
    li.appendChild(el("span", {class: "reason"}, " " + (m.reason || "not chosen") + overruled(m) + " · " + m.section + " "));
    if (editable) li.appendChild(actionButton("accept", index, column, m));
    list.appendChild(li);
  });
  box.appendChild(list);
}
function actionButton(action, index, column, m) {
  const button = el("button", {class: action, "data-mention": mentionId(DATA.rows[index].report_id, m)}, action === "accept" ? "accept" : "reject");
  button.onclick = () => { (action === "accept" ? acceptMention : rejectMention)(index, column, m); showEvidence(index, column); };
  return button;
}
// The verdict a mention was made with (ConText's), when its field overruled it (mentions.csv context_status).
function overruled(m) {
  return m.context_status ? " · was: " + m.context_status + " " : "";
}
function sentenceOf(data, m) {
  return data.text ? data.text.slice(Number(m.sentence_start), Number(m.sentence_end)) : m.text;
}
function evidenceBlock(data, m, button) {
  const block = el("div", {class: "evidence-item"});
  const start = Number(m.start), end = Number(m.end), s0 = Number(m.sentence_start), s1 = Number(m.sentence_end);
  const p = el("p", {class: "evidence-sentence"});
  if (data.text) {
    p.appendChild(document.createTextNode(data.text.slice(s0, start)));
    p.appendChild(el("mark", {class: "hit"}, data.text.slice(start, end)));
    p.appendChild(document.createTextNode(data.text.slice(end, s1)));
  } else {
    p.appendChild(el("mark", {class: "hit"}, m.text));
  }
  block.appendChild(p);
  const meta = el("p", {class: "meta"}, "section: " + m.section + " · rule: " + m.rule + " · source: " + m.source +
                                        " · status: " + m.status + (m.reason ? " (" + m.reason + ") " : " ") + overruled(m));
  if (button) meta.appendChild(button);
  block.appendChild(meta);
  return block;
}

function openReport(index) {
  const data = report(index);
  const pinned = document.getElementById("pinned");
  pinned.textContent = "";
  const close = el("button", {id: "close-report"}, "close (Esc)");
  close.onclick = closeReport;
  pinned.appendChild(close);
  DATA.columns.forEach(c => { pinned.appendChild(el("b", {}, " " + c + ": ")); pinned.appendChild(document.createTextNode(cell(index, c))); });
  const box = document.getElementById("report-text");
  box.textContent = "";
  if (data.status && data.status !== "ok") {
    box.appendChild(el("p", {class: "unavailable"}, "The report text is not shown: " + data.status +
      ". Its evidence offsets would point at the wrong words; run the extraction again."));
  }
  const mentions = data.mentions.map(m => ({...m, s: Number(m.start), e: Number(m.end)})).sort((a, b) => a.s - b.s || b.e - a.e);
  const sections = data.sections.length ? data.sections : [[0, data.text.length, "text", ""]];
  let k = 0;
  sections.forEach(([start, end, label]) => {
    const band = el("div", {class: "band band-" + label, "data-section": label});
    band.appendChild(el("span", {class: "band-label"}, label));
    let pos = start;
    while (k < mentions.length && mentions[k].s < end) {
      const m = mentions[k++];
      if (m.s < pos) continue;  // overlapping a mention already shown
      band.appendChild(document.createTextNode(data.text.slice(pos, m.s)));
      band.appendChild(el("mark", {class: "m", "data-field": m.field, "data-status": m.status, "data-kept": m.kept,
                                   title: m.field + " → " + m.normalized + " · " + m.status + (m.reason ? " (" + m.reason + ")" : "")},
                          data.text.slice(m.s, Math.min(m.e, end))));
      pos = Math.min(m.e, end);
    }
    band.appendChild(document.createTextNode(data.text.slice(pos, end)));
    box.appendChild(band);
  });
  document.getElementById("report").classList.add("open");
}
function closeReport() { document.getElementById("report").classList.remove("open"); }

function showErrors() {
  const box = document.getElementById("errors");
  box.textContent = "";
  box.appendChild(el("h3", {}, "Evaluation errors (" + DATA.errors.length + ")"));
  const table = el("table");
  const cols = ["report_id", "field", "kind", "gold", "predicted", "reason"];
  const head = el("tr"); cols.forEach(c => head.appendChild(el("th", {}, c))); table.appendChild(head);
  DATA.errors.forEach(e => { const tr = el("tr"); cols.forEach(c => tr.appendChild(el("td", {}, String(e[c] ?? "")))); table.appendChild(tr); });
  box.appendChild(table);
  box.classList.toggle("open");
}
