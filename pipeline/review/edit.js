// Corrections: one log of entries (see pipeline/review/corrections.py for its layout and the replay
// rules, which `replay` below follows); the corrected cells and the reviewed marks derive from it.
const ROW_INDEX = {};
DATA.rows.forEach((r, i) => { ROW_INDEX[r.report_id] = i; });
let LOG = [], STALE = [], state = {edits: {}, cells: {}, rows: {}};
let unsaved = false;

function predicted(rid, column) { return DATA.rows[ROW_INDEX[rid]][column] || ""; }
function cell(index, column) {
  const rid = DATA.rows[index].report_id;
  const edits = state.edits[rid];
  return edits && column in edits ? edits[column] : DATA.rows[index][column] || "";
}
function isEdited(rid, column) { return !!(state.edits[rid] && column in state.edits[rid] && !same(column, state.edits[rid][column], predicted(rid, column))); }
function cellReviewed(rid, column) { return !!(state.cells[rid] && state.cells[rid][column]); }
function rowReviewed(rid) { return !!state.rows[rid]; }

// Applies one entry to `st`; returns why it no longer applies ('' when it does).
function applyEntry(st, e) {
  const rid = e.report_id, column = e.column;
  if (!(rid in ROW_INDEX) || NO_ROW.has(rid)) return "the report is no longer in the output";
  const now = c => (st.edits[rid] && c in st.edits[rid]) ? st.edits[rid][c] : predicted(rid, c);
  if (e.action === "reviewed") {
    const changed = Object.keys(e.values || {}).find(c => !same(c, now(c), e.values[c]));
    if (changed) return `the row changed since it was reviewed (${changed} was '${e.values[changed]}', now '${now(changed)}')`;
    st.rows[rid] = true;
    return "";
  }
  if (e.action === "unreviewed") { st.rows[rid] = false; return ""; }
  if (!["edit", "accept", "reject", "confirm"].includes(e.action)) return "";
  if (!same(column, now(column), e.old) && !same(column, now(column), e.new)) return `${column} is now '${now(column)}', not '${e.old}' as when it was corrected`;
  (st.edits[rid] = st.edits[rid] || {})[column] = e.new;
  (st.cells[rid] = st.cells[rid] || {})[column] = true;
  return "";
}
function replay(entries) {
  const st = {edits: {}, cells: {}, rows: {}}, applied = [], stale = [];
  entries.forEach(e => { const reason = applyEntry(st, e); if (reason) stale.push({entry: e, reason}); else applied.push(e); });
  return {state: st, applied, stale};
}
function loadEntries(entries, source) {
  const result = replay(entries);
  LOG = result.applied; state = result.state; STALE = result.stale;
  showStale(source);
}
function showStale(source) {
  const box = document.getElementById("stale");
  box.textContent = "";
  if (!STALE.length) return;
  box.appendChild(el("b", {}, STALE.length + " correction(s) from " + source + " no longer apply:"));
  const list = el("ul");
  STALE.forEach(s => list.appendChild(el("li", {}, s.entry.report_id + " · " + (s.entry.column || "row") + ": " + s.reason)));
  box.appendChild(list);
}
function persist() {
  localStorage.setItem(DATA.store_key, JSON.stringify({entries: LOG, unsaved}));
  document.getElementById("unsaved").hidden = !unsaved;
}
function record(entry) {
  entry.reviewer = document.getElementById("reviewer").value.trim();
  entry.time = new Date().toISOString();
  applyEntry(state, entry);
  LOG.push(entry);
  unsaved = true;
  persist();
  renderTable();
}
function rowValues(rid) {
  const values = {};
  DATA.gold_columns.filter(c => c !== "report_id").forEach(c => { values[c] = cell(ROW_INDEX[rid], c); });
  return values;
}
function setRowReviewed(rid, on) {
  record(on ? {action: "reviewed", report_id: rid, column: "", values: rowValues(rid)} : {action: "unreviewed", report_id: rid, column: ""});
}

// --- Validation by the column's spec (kind, categories, bounds, vocabulary) ------------------------
function distance(a, b) {
  const d = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]; d[0] = i;
    for (let j = 1; j <= b.length; j++) { const t = d[j]; d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)); prev = t; }
  }
  return d[b.length];
}
function suggestions(spec, item) {
  const low = item.toLowerCase();
  return spec.names.map(n => [n, n.toLowerCase().includes(low) || low.includes(n.toLowerCase()) ? 0 : distance(low, n.toLowerCase())])
    .filter(p => p[1] <= Math.max(2, low.length / 3)).sort((a, b) => a[1] - b[1]).slice(0, 5).map(p => p[0]);
}
function checkNames(spec, raw, newNames) {
  const out = [], unknown = [];
  itemsOf(raw).forEach(item => {
    const canonical = spec.synonyms[item.toLowerCase()];
    if (canonical) itemsOf(canonical).forEach(c => out.includes(c) || out.push(c));
    else if (newNames) out.push(item);
    else unknown.push(item);
  });
  if (!unknown.length) return {value: out.join("; ")};
  const hints = unknown.map(u => { const s = suggestions(spec, u); return "'" + u + "'" + (s.length ? " (did you mean " + s.join(", ") + "?)" : ""); });
  return {error: "unknown name " + hints.join("; "), unknown};
}
function checkNumber(spec, v) {
  if (!/^\d+(\.\d+)?$/.test(v)) return {error: spec.hint || "must be a number"};
  const n = Number(v);
  if ((spec.low !== null && n < spec.low) || (spec.high !== null && n > spec.high)) return {error: spec.hint || `must be from ${spec.low} to ${spec.high}`};
  return {value: v};
}
function validate(index, column, raw, newNames) {
  const spec = SPECS[column], v = raw.trim();
  if (!v) return {value: ""};
  let result = {value: v};
  if (spec.kind === "number") result = checkNumber(spec, v);
  else if (spec.kind === "size") {
    const size = v.replace(/\s*(mm)?\s*[x×*]\s*/gi, " x ").replace(/\s*mm$/i, "");
    result = /^\d+(\.\d+)?( x \d+(\.\d+)?){0,2}$/.test(size) ? {value: size} : {error: spec.hint || "must be up to three numbers joined by ' x '"};
  } else if (spec.kind === "category") {
    const match = spec.categories.find(c => c.toLowerCase() === v.toLowerCase());
    result = match ? {value: match} : {error: "must be one of " + spec.categories.join(", ") + " or empty"};
  } else if (spec.names) result = checkNames(spec, spec.kind === "list" ? v : v.replace(/;/g, ","), newNames);
  if (result.error || !spec.range) return result;
  const other = spec.range.low || spec.range.high, otherValue = cell(index, other);
  if (otherValue && (spec.range.low ? Number(otherValue) > Number(result.value) : Number(result.value) > Number(otherValue))) {
    return {error: spec.range.low ? `must not be below ${other} (${otherValue})` : `must not be above ${other} (${otherValue})`};
  }
  return result;
}

// --- The cell editor ---------------------------------------------------------------------------------
function editCell(td) {
  const index = Number(td.parentNode.dataset.index), column = td.dataset.col, spec = SPECS[column];
  if (!spec || !spec.editable || td.querySelector("input")) return;
  const rid = DATA.rows[index].report_id, old = cell(index, column);
  const input = el("input", {type: "text", value: old, "aria-label": "edit " + column});
  const options = spec.names || spec.categories;
  td.textContent = "";
  td.appendChild(input);
  if (options && options.length) {
    const list = el("datalist", {id: "choices-" + column});
    options.forEach(o => list.appendChild(el("option", {value: o})));
    td.appendChild(list);
    input.setAttribute("list", list.id);
  }
  const message = el("div", {class: "cell-error"});
  td.appendChild(message);
  input.focus();
  let closed = false;  // saved or cancelled: the blur that follows re-rendering must not save again
  const save = (newNames) => {
    if (closed) return true;
    const result = validate(index, column, input.value, newNames);
    if (result.error) {
      td.classList.add("invalid");
      message.textContent = result.error + " ";
      if (result.unknown) {
        const keepNew = el("button", {class: "new-name"}, "keep as a new name");
        keepNew.addEventListener("mousedown", e => e.preventDefault());
        keepNew.onclick = () => save(true);
        message.appendChild(keepNew);
      }
      return false;
    }
    closed = true;
    record({action: "edit", report_id: rid, column, old, new: result.value});
    return true;
  };
  input.addEventListener("keydown", e => {
    if (e.key === "Enter") save(false);
    if (e.key === "Escape") { closed = true; renderTable(); }
    e.stopPropagation();
  });
  input.addEventListener("blur", () => { if (input.value.trim() !== old.trim() && !validate(index, column, input.value, false).error) save(false); });
}

// --- One-click accept of a left-out candidate, reject of a kept value --------------------------------
function mentionValue(column, m) {  // 'CD56:positive' -> 'CD56'; a range '3-20' -> ['3', '20']
  const value = m.normalized.replace(/:(positive|negative|None)$/, "");
  const spec = SPECS[column];
  if (!spec.range) return value;
  const [low, high] = value.includes("-") ? value.split("-") : [value, value];
  return {[spec.range.low || column]: low, [spec.range.high || column]: high};
}
function changeFor(index, column, value, m, action) {
  const rid = DATA.rows[index].report_id;
  record({action, report_id: rid, column, old: cell(index, column), new: value, mention: mentionId(rid, m), evidence: sentenceOf(report(index), m)});
}
function acceptMention(index, column, m) {
  const value = mentionValue(column, m);
  if (typeof value === "object") return Object.entries(value).forEach(([c, v]) => changeFor(index, c, v, m, "accept"));
  if (kindOf(column) !== "list") return changeFor(index, column, value, m, "accept");
  const now = itemsOf(cell(index, column));
  if (!now.some(i => i.toLowerCase() === value.toLowerCase())) now.push(value);
  changeFor(index, column, now.join("; "), m, "accept");
}
function rejectMention(index, column, m) {
  const value = mentionValue(column, m);
  if (typeof value === "object") return Object.keys(value).forEach(c => changeFor(index, c, "", m, "reject"));
  if (kindOf(column) !== "list") return changeFor(index, column, "", m, "reject");
  changeFor(index, column, itemsOf(cell(index, column)).filter(i => i.toLowerCase() !== value.toLowerCase()).join("; "), m, "reject");
}
