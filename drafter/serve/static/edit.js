// drafter serve: the facts form. Plain JavaScript, no build step, nothing fetched from elsewhere.
// The form's HTML comes from the server (made from the templates' JSON Schema); this script
// reads it back into JSON, asks the server to check it and to render the outline, keeps unsaved
// work in the browser, and saves and builds.
"use strict";

const page = document.getElementById("page");
const formRoot = document.getElementById("form");
const file = page.dataset.file;
let version = page.dataset.version;
const storeKey = "drafter:" + location.pathname + ":" + file;
let dirty = false;
let checkTimer = null;
let checkSeq = 0;
let currentTab = 0;
let lastDrafts = [];
const lastGood = {};
window.drafterTimings = {check: [], build: [], lastCheck: null};
// for the browser tests: whether a check is waiting to be sent or answered
let pending = 0;
window.checkPending = () => checkTimer !== null || pending > 0 ||
  !window.drafterTimings.lastCheck || window.drafterTimings.lastCheck.seq !== checkSeq;

// ---- reading the form ---------------------------------------------------------------------
function fieldsOf(container) { return [...container.querySelectorAll(":scope > .f")]; }
function valueOf(f) {
  const kind = f.dataset.kind;
  if (kind === "object") return objectOf(f.querySelector(":scope > .body"));
  if (kind === "list") return [...f.querySelectorAll(":scope > .items > .item")].map(itemValue);
  return scalarOf(f);
}
function scalarOf(el) {
  const input = el.querySelector(":scope > .ctl > [data-input]");
  return input ? input.value : "";
}
function itemValue(item) {
  if (item.dataset.scalar) return scalarOf(item);
  const shown = objectOf(item.querySelector(":scope > .body"));
  return item.dataset.rest ? merged(JSON.parse(item.dataset.rest), shown) : shown;
}
function objectOf(body) {
  const out = {};
  if (!body) return out;
  for (const f of fieldsOf(body)) out[f.dataset.key] = valueOf(f);
  return out;
}
function collect() { return objectOf(formRoot); }
function genres() {
  return [...document.querySelectorAll("#genres input:checked")].map((i) => i.value);
}

// ---- paths: 条线[2].任务.标题, as drafter check names fields ---------------------------------
// One walk over the form names every field, group and input; an empty group is left out of
// the facts, so it is not counted (the server numbers the groups the same way).
let paths = new Map();
function blank(item) {
  return [...item.querySelectorAll("[data-input]")].every((i) => !i.value.trim());
}
function nameInputs(input, path) {
  if (!input) return;
  input.dataset.path = path;
  input.setAttribute("aria-label", path);
}
function walkBody(body, prefix) {
  if (!body) return;
  for (const f of fieldsOf(body)) walkField(f, prefix ? prefix + "." + f.dataset.key : f.dataset.key);
}
function walkField(f, path) {
  paths.set(path, f);
  f.dataset.p = path;
  if (f.dataset.kind === "object") { walkBody(f.querySelector(":scope > .body"), path); return; }
  if (f.dataset.kind !== "list") { nameInputs(f.querySelector(":scope > .ctl > [data-input]"), path); return; }
  let filled = 0;
  f.querySelectorAll(":scope > .items > .item").forEach((item, i) => {
    const empty = blank(item);
    const here = path + "[" + (filled + 1) + "]";
    if (!empty) filled++;
    if (!empty || !paths.has(here)) paths.set(here, item);
    item.dataset.p = here;
    const name = item.querySelector(":scope > .body > .f[data-key='名称'] [data-input]");
    item.querySelector(":scope > .tools > .num").textContent =
      "第 " + (i + 1) + " 项" + (name && name.value ? "：" + name.value : "");
    if (item.dataset.scalar) nameInputs(item.querySelector(":scope > .ctl > [data-input]"), here);
    else walkBody(item.querySelector(":scope > .body"), here);
  });
}
function renumber() {
  paths = new Map();
  walkBody(formRoot, "");
}
function nearest(path) {
  let p = path;
  while (p) {
    if (paths.has(p)) return paths.get(p);
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return null;
}

// ---- lists: add, remove, reorder (buttons and dragging) -----------------------------------
let dragged = null;
formRoot.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.classList.contains("add")) {
    const list = button.closest(".f.list");
    const fresh = list.querySelector(":scope > template").content.firstElementChild.cloneNode(true);
    list.querySelector(":scope > .items").appendChild(fresh);
    const first = fresh.querySelector("[data-input]");
    if (first) first.focus();
  } else {
    const item = button.closest(".item");
    if (!item) return;
    if (button.classList.contains("remove")) item.remove();
    else if (button.classList.contains("up") && item.previousElementSibling)
      item.parentElement.insertBefore(item, item.previousElementSibling);
    else if (button.classList.contains("down") && item.nextElementSibling)
      item.parentElement.insertBefore(item.nextElementSibling, item);
    else return;
  }
  changed();
});
formRoot.addEventListener("dragstart", (event) => {
  const grip = event.target.closest && event.target.closest(".grip");
  if (!grip) return;
  dragged = grip.closest(".item");
  event.dataTransfer.effectAllowed = "move";
  event.dataTransfer.setData("text/plain", "");
  dragged.classList.add("dragging");
});
formRoot.addEventListener("dragover", (event) => {
  if (!dragged) return;
  const over = event.target.closest(".item");
  if (!over || over === dragged || over.parentElement !== dragged.parentElement) return;
  event.preventDefault();
  const box = over.getBoundingClientRect();
  const after = event.clientY > box.top + box.height / 2;
  over.parentElement.insertBefore(dragged, after ? over.nextElementSibling : over);
});
formRoot.addEventListener("dragend", () => {
  if (!dragged) return;
  dragged.classList.remove("dragging");
  dragged = null;
  changed();
});

// dates: the text is what counts (a writer may type 2023年2月20日); the picker fills it in.
formRoot.addEventListener("change", (event) => {
  if (event.target.classList.contains("picker")) {
    const text = event.target.parentElement.querySelector("[data-input]");
    text.value = event.target.value;
    changed();
  }
});
formRoot.addEventListener("input", (event) => {
  if (!event.target.matches("[data-input]")) return;
  const picker = event.target.parentElement.querySelector(".picker");
  if (picker) picker.value = /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : "";
  changed();
});

// ---- keeping work: the browser holds unsaved changes until they are saved -------------------
function changed() {
  dirty = true;
  setStatus("有未保存的修改", "warn");
  renumber();
  localStorage.setItem(storeKey, JSON.stringify({data: merged(known, collect()), genres: genres(), version,
                                                 at: new Date().toISOString()}));
  scheduleCheck();
}
window.addEventListener("beforeunload", (event) => {
  if (dirty) { event.preventDefault(); event.returnValue = ""; }
});
function setStatus(text, kind) {
  const el = document.getElementById("status");
  el.textContent = text;
  el.className = "status " + (kind || "");
}

async function post(url, body) {
  const reply = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"},
                                  body: JSON.stringify(body)});
  let json = {};
  try { json = await reply.json(); } catch (e) { json = {error: await reply.text()}; }
  return {ok: reply.ok, status: reply.status, body: json};
}

// Everything the page has seen: a field hidden by unticking a genre comes back with its value
// when the genre is ticked again (and the file keeps it meanwhile: the page writes only the
// fields it shows).
let known = JSON.parse(document.getElementById("initial").textContent);
function merged(old, now) {
  if (old && now && typeof old === "object" && typeof now === "object" &&
      !Array.isArray(old) && !Array.isArray(now)) {
    const out = {...old};
    for (const [k, v] of Object.entries(now)) out[k] = merged(old[k], v);
    return out;
  }
  return now === undefined ? old : now;
}
async function reform(data) {
  known = merged(known, data);
  const reply = await fetch("api/form", {method: "POST", headers: {"Content-Type": "application/json"},
                                         body: JSON.stringify({data: known, genres: genres()})});
  formRoot.innerHTML = await reply.text();
  renumber();
}
document.getElementById("genres").addEventListener("change", async () => {
  if (!genres().length) { setStatus("请至少选择一种文稿", "bad"); return; }
  await reform(collect());
  changed();
});

// ---- checking as the writer types ------------------------------------------------------------
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 150);
}
async function check() {
  checkTimer = null;
  const seq = ++checkSeq;
  const started = performance.now();
  pending++;
  let reply;
  try {
    reply = await post("api/check", {file, data: collect(), genres: genres()});
  } finally {
    pending--;
  }
  if (seq !== checkSeq || !reply.ok) return;
  showProblems(reply.body.problems);
  lastDrafts = reply.body.drafts;
  showPreview();
  const took = performance.now() - started;
  window.drafterTimings.check.push(took);
  window.drafterTimings.lastCheck = {ms: took, server: reply.body.ms, seq};
  document.body.dataset.checked = String(seq);
}
function showProblems(problems) {
  for (const el of formRoot.querySelectorAll(".err")) el.textContent = "";
  for (const el of formRoot.querySelectorAll(".has-error")) el.classList.remove("has-error");
  const list = document.getElementById("problems");
  list.innerHTML = "";
  for (const p of problems) {
    const target = p.field ? nearest(p.field) : null;
    const words = p.message + (p.hint ? "　" + p.hint : "");
    if (target) {
      const err = target.querySelector(":scope > .err");
      err.textContent = (err.textContent ? err.textContent + "\n" : "") +
        (target.dataset.p === p.field ? "" : p.field + "：") + words;
      target.classList.add("has-error");
    }
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = "#";
    link.textContent = (p.field ? p.field + "：" : "") + p.message;
    link.addEventListener("click", (e) => { e.preventDefault(); reveal(p.field); });
    li.appendChild(link);
    list.appendChild(li);
  }
  document.getElementById("problem-count").textContent = problems.length ? problems.length + " 个" : "没有问题";
}
function reveal(path) {
  const target = path ? nearest(path) : null;
  if (!target) return;
  target.scrollIntoView({block: "center"});
  const input = target.querySelector("[data-input]");
  if (input) input.focus();
}
function showPreview() {
  const tabs = document.getElementById("tabs");
  tabs.innerHTML = "";
  const views = [];
  for (const d of lastDrafts) {
    views.push([d.genre + "提纲", d, "outline"]);
    views.push([d.genre + "全文", d, "text"]);
  }
  if (currentTab >= views.length) currentTab = 0;
  views.forEach(([name], i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = name;
    b.className = i === currentTab ? "on" : "";
    b.addEventListener("click", () => { currentTab = i; showPreview(); });
    tabs.appendChild(b);
  });
  const box = document.getElementById("preview");
  box.innerHTML = "";
  const view = views[currentTab];
  if (!view) return;
  let [, d, which] = view;
  if (d.error) {
    // a slip the draft cannot be made with (a date that is no date): keep the last preview
    const note = document.createElement("p");
    note.className = "gaps";
    note.textContent = d.error + (lastGood[d.name] ? "\n（改正之前，下面是上一次的预览）" : "");
    box.appendChild(note);
    if (!lastGood[d.name]) return;
    d = lastGood[d.name];
  } else {
    lastGood[d.name] = d;
  }
  if (d.gaps.length) {
    const p = document.createElement("p");
    p.className = "gaps";
    p.textContent = "还缺：" + d.gaps.join("、");
    box.appendChild(p);
  }
  for (const line of d[which]) {
    const p = document.createElement("p");
    p.className = "k-" + line.kind + " lv-" + line.level;
    p.textContent = line.text;
    box.appendChild(p);
  }
  if (which === "text") {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = "全文约 " + d.length + " 字";
    box.appendChild(p);
  }
}

// ---- saving and building -------------------------------------------------------------------
async function save(force) {
  const reply = await post("api/save", {file, data: collect(), genres: genres(), version, force: !!force});
  if (reply.status === 409) {
    if (confirm(reply.body.error + "\n\n仍要用页面上的内容覆盖吗？（选“取消”可以先去看看那边改了什么）")) {
      return save(true);
    }
    setStatus("没有保存：文件在别处被改过", "bad");
    return false;
  }
  if (!reply.ok) { setStatus(reply.body.error || "保存失败", "bad"); return false; }
  version = reply.body.version;
  dirty = false;
  localStorage.removeItem(storeKey);
  setStatus("已保存", "ok");
  return true;
}
document.getElementById("save").addEventListener("click", () => save());
document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
});
document.getElementById("build").addEventListener("click", async () => {
  const started = performance.now();
  if (dirty && !(await save())) return;
  setStatus("正在生成……", "");
  const reply = await post("api/build", {file, genres: genres()});
  const results = document.getElementById("results");
  const warnings = document.getElementById("warnings");
  results.innerHTML = "";
  warnings.innerHTML = "";
  document.getElementById("results-box").hidden = false;
  if (!reply.ok) {
    setStatus("没有生成：事实还有问题", "bad");
    if (reply.body.problems) showProblems(reply.body.problems);
    return;
  }
  for (const f of reply.body.files) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "download?f=" + encodeURIComponent(f.file);
    a.textContent = f.file.split("/").pop();
    a.className = "download";
    li.appendChild(a);
    const note = document.createElement("span");
    note.className = "muted";
    note.textContent = f.status === "beside"
      ? "　" + f.intended + " 已在 Word 里改过，为保护您的修改，新稿另存为这个文件"
      : f.status === "unchanged" ? "　（与上次相同）" : "　" + f.length + " 字";
    li.appendChild(note);
    if (page.dataset.pdf === "1") {
      const pdf = document.createElement("a");
      pdf.href = "pdf?f=" + encodeURIComponent(f.file);
      pdf.textContent = "PDF";
      pdf.className = "pdf";
      li.appendChild(pdf);
    }
    results.appendChild(li);
  }
  for (const w of reply.body.warnings) {
    const li = document.createElement("li");
    li.textContent = w.text;
    if (w.field) {
      const a = document.createElement("a");
      a.href = "#";
      a.textContent = "　→ " + w.field;
      a.addEventListener("click", (e) => { e.preventDefault(); reveal(w.field); });
      li.appendChild(a);
    }
    warnings.appendChild(li);
  }
  if (!reply.body.warnings.length) warnings.innerHTML = "<li>没有需要注意的地方。</li>";
  const took = performance.now() - started;
  window.drafterTimings.build.push({ms: took, server: reply.body.ms});
  setStatus("已生成 " + reply.body.files.length + " 份文稿", "ok");
  document.body.dataset.built = String(window.drafterTimings.build.length);
});

// ---- start: restore unsaved work kept in the browser, then check ---------------------------
(async function start() {
  const kept = localStorage.getItem(storeKey);
  if (kept) {
    const saved = JSON.parse(kept);
    for (const box of document.querySelectorAll("#genres input"))
      box.checked = saved.genres.includes(box.value);
    await reform(saved.data);
    dirty = true;
    setStatus("有未保存的修改", "warn");
    const banner = document.getElementById("restored");
    banner.hidden = false;
    document.getElementById("discard").addEventListener("click", () => {
      localStorage.removeItem(storeKey);
      dirty = false;
      location.reload();
    });
    if (saved.version !== version) {
      banner.firstChild.textContent = "已恢复上次未保存的修改（注意：文件在那之后被改过，保存时会先问您）。";
      version = saved.version;
    }
  }
  renumber();
  check();
})();
