// Downloads (gold.csv, the corrected table as CSV and .xlsx, the corrections log), loading a log,
// and the page's start-up. Everything is built in the page: no network, no server.
const DANGEROUS_START = ["=", "+", "-", "@", "\t", "\r"];  // fields.DANGEROUS_START: a spreadsheet reads these as formulas
function csvField(value) {
  if (DANGEROUS_START.includes(value.charAt(0))) value = "'" + value;  // as cases.csv; read_cell takes it off
  return /[",\n\r]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}
function exportedRows() { return DATA.rows.map((r, i) => i).filter(i => !NO_ROW.has(DATA.rows[i].report_id)); }
function tableColumns() { return DATA.gold_columns.concat([FLAG_COLUMN]); }
function csvOf(columns) {
  const lines = [columns.concat(["reviewed"]).join(",")];
  exportedRows().forEach(i => lines.push(columns.map(c => csvField(cell(i, c))).concat([rowReviewed(DATA.rows[i].report_id) ? "yes" : ""]).join(",")));
  return lines.join("\n") + "\n";
}
function goldCsv() { return csvOf(DATA.gold_columns); }
function save(name, blob) {
  const link = el("a", {download: name, href: URL.createObjectURL(blob)});
  document.body.appendChild(link);
  link.click();
  link.remove();
}

// --- A minimal .xlsx: an Office Open XML zip (stored, not deflated) with one sheet -------------------
const CRC_TABLE = Array.from({length: 256}, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(bytes) { let c = 0xFFFFFFFF; for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
function zip(files) {  // files: [[name, text]]
  const enc = new TextEncoder(), parts = [], central = [];
  let offset = 0;
  const u16 = v => [v & 0xFF, (v >>> 8) & 0xFF], u32 = v => [v & 0xFF, (v >>> 8) & 0xFF, (v >>> 16) & 0xFF, (v >>> 24) & 0xFF];
  files.forEach(([name, text]) => {
    const data = enc.encode(text), path = enc.encode(name), crc = crc32(data);
    const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(path.length), ...u16(0)];
    const local = new Uint8Array([...u32(0x04034b50), ...common]);
    parts.push(local, path, data);
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)]), path);
    offset += local.length + path.length + data.length;
  });
  const size = central.reduce((n, p) => n + p.length, 0);
  const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(size), ...u32(offset), ...u16(0)]);
  return new Blob([...parts, ...central, end], {type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"});
}
function xmlText(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ""); }
function columnLetter(n) { let s = ""; for (n++; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s; return s; }
function xlsxCell(ref, value, numeric) {
  if (value === "") return "";
  if (numeric && !isNaN(Number(value))) return `<c r="${ref}"><v>${Number(value)}</v></c>`;  // a number column is typed as numbers
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}
function xlsx() {
  const columns = tableColumns().concat(["reviewed"]);
  const value = (i, c) => c === "reviewed" ? (rowReviewed(DATA.rows[i].report_id) ? "yes" : "") : cell(i, c);
  const rows = [columns.map((c, j) => xlsxCell(columnLetter(j) + "1", c, false)).join("")];
  exportedRows().forEach((i, r) => rows.push(columns.map((c, j) => xlsxCell(columnLetter(j) + (r + 2), value(i, c), kindOf(c) === "number" && c !== "reviewed")).join("")));
  const sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows.map((cells, r) => `<row r="${r + 1}">${cells}</row>`).join("") + "</sheetData></worksheet>";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zip([
    ["[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
    ["_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="cases" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ["xl/worksheets/sheet1.xml", sheet]]);
}

function saveLog() {
  const log = {version: 1, title: DATA.title, reviewer: document.getElementById("reviewer").value.trim(),
               saved: new Date().toISOString(), entries: LOG};
  save("corrections.json", new Blob([JSON.stringify(log, null, 1)], {type: "application/json"}));
  unsaved = false;
  persist();
}
function loadLog(file) {
  file.text().then(text => {
    const data = JSON.parse(text);
    loadEntries(Array.isArray(data) ? data : data.entries || [], file.name);
    unsaved = true;  // the loaded corrections now live in this page; saving writes them back
    persist();
    renderTable();
  }).catch(e => { document.getElementById("stale").textContent = file.name + ": not a corrections file (" + e.message + ")"; });
}

// --- Start-up ----------------------------------------------------------------------------------------
let stored = null;
try { stored = JSON.parse(localStorage.getItem(DATA.store_key) || "null"); } catch (e) { stored = null; }
document.getElementById("reviewer").value = localStorage.getItem("net-review:reviewer") || "";
if (DATA.replay && !(stored && stored.entries && stored.entries.length)) {
  loadEntries(DATA.replay.entries, DATA.replay.source);
  STALE = DATA.replay.stale;  // as the command printed them
  showStale(DATA.replay.source);
} else if (stored) {
  loadEntries(stored.entries || [], "this browser");
  unsaved = !!stored.unsaved;
}
document.getElementById("unsaved").hidden = !unsaved;
document.getElementById("title").textContent = DATA.title;
buildFilters();
buildLegend();
renderTable();
["search", "flag", "field", "review-filter"].forEach(id => document.getElementById(id).addEventListener("input", () => { selected = 0; renderTable(); }));
document.getElementById("reviewer").addEventListener("input", e => localStorage.setItem("net-review:reviewer", e.target.value));
document.getElementById("download").addEventListener("click", () => save("gold.csv", new Blob([goldCsv()], {type: "text/csv"})));
document.getElementById("download-table").addEventListener("click", () => save("cases_reviewed.csv", new Blob([csvOf(tableColumns())], {type: "text/csv"})));
document.getElementById("download-xlsx").addEventListener("click", () => save("cases_reviewed.xlsx", xlsx()));
document.getElementById("save-log").addEventListener("click", saveLog);
document.getElementById("load-log").addEventListener("change", e => { if (e.target.files.length) loadLog(e.target.files[0]); e.target.value = ""; });
window.addEventListener("beforeunload", e => { if (unsaved) { e.preventDefault(); e.returnValue = ""; } });
if (Object.keys(DATA.gold).length) {
  const button = document.getElementById("show-errors");
  button.hidden = false;
  button.addEventListener("click", showErrors);
}
document.querySelector("#table thead").addEventListener("click", e => {
  const th = e.target.closest("th");
  if (!th || !th.dataset.col) return;
  sortDir = sortColumn === th.dataset.col && sortDir === "asc" ? "desc" : "asc";
  sortColumn = th.dataset.col;
  renderTable();
});
document.getElementById("table-wrap").addEventListener("scroll", e => {
  const wrap = e.target;
  if (rendered < visible.length && wrap.scrollTop + wrap.clientHeight > wrap.scrollHeight - 400) renderMore();
});
document.querySelector("#table tbody").addEventListener("change", e => {
  if (e.target.type === "checkbox") setRowReviewed(DATA.rows[Number(e.target.closest("tr").dataset.index)].report_id, e.target.checked);
});
document.querySelector("#table tbody").addEventListener("click", e => {
  const td = e.target.closest("td");
  if (!td || td.querySelector("input")) return;
  selected = visible.indexOf(Number(td.parentNode.dataset.index));
  markSelected();
  if (td.classList.contains("value")) showEvidence(Number(td.parentNode.dataset.index), td.dataset.col);
});
document.querySelector("#table tbody").addEventListener("dblclick", e => { const td = e.target.closest("td"); if (td && td.dataset.col) editCell(td); });
document.addEventListener("keydown", e => {
  if (e.target.tagName === "INPUT" || e.target.tagName === "SELECT") return;
  if (e.key === "Escape") return closeReport();
  if (e.key === "ArrowDown" || e.key === "j") { selected = Math.min(visible.length - 1, selected + 1); markSelected(); e.preventDefault(); }
  if (e.key === "ArrowUp" || e.key === "k") { selected = Math.max(0, selected - 1); markSelected(); e.preventDefault(); }
  if (e.key === "Enter" && visible.length) openReport(visible[selected]);
});
