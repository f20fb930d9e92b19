// The search page: talks to /api/search and /api/notices/{id}; builds every element with textContent,
// except snippets, which the server sends as escaped HTML with <mark> around the matched words.
"use strict";

const FACETS = [["status", "时效"], ["issuer", "发文机关"], ["year", "年份"], ["docType", "文种"], ["unit", "责任单位"]];
const state = { q: "", kind: "notices", sort: "relevance", page: 1, filters: {} };
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined) node.append(child);
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// The search's state lives in the address (?q=…&kind=…&issuer=…&page=…): a search can be bookmarked
// and shared, and the back button goes back to the search before.
function stateToQuery() {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.kind !== "notices") params.set("kind", state.kind);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", state.page);
  for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
  return params.toString();
}

function stateFromQuery(query) {
  const params = new URLSearchParams(query);
  state.q = params.get("q") || "";
  state.kind = params.get("kind") || "notices";
  state.sort = params.get("sort") || "relevance";
  state.page = Math.max(1, Number(params.get("page")) || 1);
  state.filters = {};
  for (const [name] of FACETS) if (params.get(name)) state.filters[name] = params.get(name);
  $("q").value = state.q;
  $("kind").value = state.kind;
  $("sort").value = state.sort;
  return params.toString() !== "";
}

async function search(remember = true) {
  const query = stateToQuery();
  if (remember && "?" + query !== location.search) history.pushState(null, "", query ? "?" + query : location.pathname);
  const params = new URLSearchParams({ q: state.q, kind: state.kind, sort: state.sort, page: state.page, size: 10, statusCounts: state.kind === "notices" });
  for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
  const results = $("results");
  try {
    const data = await getJson("/api/search?" + params);
    renderFacets(data.facets, data.total);
    renderResults(data);
  } catch (error) {
    results.replaceChildren(el("p", { class: "error" }, "检索失败：" + error.message));
  }
}

// Facet counts count notices; where they add up to fewer than the hits (a notice without a year or an
// issuer), a last line says how many the facet does not cover, so the numbers do not look lost.
function renderFacets(facets, total) {
  const aside = $("facets");
  aside.replaceChildren();
  const active = Object.entries(state.filters);
  if (active.length) {
    aside.append(el("div", { class: "chips" }, active.map(([name, value]) =>
      el("button", { class: "chip", title: "取消筛选", onclick: () => { delete state.filters[name]; state.page = 1; search(); } }, facetLabel(name, value) + " ×"))));
  }
  for (const [name, label] of FACETS) {
    const all = Object.entries(facets[name] || {});
    const counts = all.slice(0, 12);
    if (!counts.length) continue;
    aside.append(el("h2", {}, label));
    const items = counts.map(([value, count]) =>
      el("li", {}, el("button", {
        class: state.filters[name] === value ? "active" : "",
        onclick: () => { state.filters[name] = value; state.page = 1; search(); },
      }, el("span", {}, facetLabel(name, value)), el("span", { class: "count" }, String(count)))));
    const covered = all.reduce((sum, [, count]) => sum + count, 0);
    if (total > covered && all.length <= 12 && name !== "status")
      items.push(el("li", { class: "uncovered" }, el("span", {}, "未注明"), el("span", { class: "count" }, String(total - covered))));
    aside.append(el("ul", { "data-facet": name }, items));
  }
}

// The landing page: what the index holds, its facets, and the newest notices.
async function landing() {
  try {
    const [health, newest] = await Promise.all([
      getJson("/health"),
      getJson("/api/search?" + new URLSearchParams({ q: "", sort: "date", size: 5 })),
    ]);
    renderFacets(newest.facets, newest.total);
    renderResults(newest, `已收录 ${health.notices} 篇公文、${health.tasks} 项任务。最新的公文：`);
  } catch (error) {
    $("results").replaceChildren(el("p", { class: "error" }, "无法读取索引：" + error.message));
  }
}

function renderResults(data, heading) {
  const results = $("results");
  results.replaceChildren(el("p", { class: "summary" }, heading ?? `共 ${data.total} 条结果`));
  if (!data.hits.length) results.append(el("p", { class: "empty" }, "没有找到匹配的结果，换个关键词试试。"));
  for (const hit of data.hits) {
    const snippets = hit.snippets.map((html) => { const p = el("p", { class: "snippet" }); p.innerHTML = html; return p; });
    const task = hit.task && el("div", { class: "task" },
      el("div", {}, hit.task.content),
      el("div", { class: "meta" },
        unitsText(hit.task) && el("span", {}, "责任单位：" + unitsText(hit.task)),
        hit.task.deadline && el("span", {}, "时限：" + deadlineText(hit.task.deadline))));
    results.append(el("div", { class: "hit" },
      el("h3", {}, el("a", { href: "#notice/" + hit.noticeId, onclick: (e) => { e.preventDefault(); openNotice(hit.noticeId); } }, hit.title || "（无标题）")),
      el("div", { class: "meta" },
        hit.docNumber && el("span", {}, hit.docNumber),
        hit.issuers.length > 0 && el("span", {}, hit.issuers.join("、")),
        hit.signDate && el("span", {}, hit.signDate),
        hit.formats && hit.formats.length > 1 && el("span", { class: "formats" }, hit.formats.map((f) => f.toUpperCase()).join(" · "))),
      task, snippets));
  }
  if (state.kind === "tasks" && heading === undefined && data.total > 0) {
    // The tasks found, all of them, as a ledger: the same search (its filters, not its page) as a file.
    const params = new URLSearchParams({ q: state.q, ...state.filters });
    results.append(el("p", { class: "ledger" }, "导出任务台账：",
      [["xlsx", "Excel"], ["csv", "CSV"], ["ics", "日历"]].map(([format, label]) =>
        el("a", { href: "/api/tasks/export?" + params + "&format=" + format, download: "" }, label))));
  }
  const pages = Math.ceil(Math.min(data.total, 1000) / 10);
  if (pages > 1 && heading === undefined) {
    results.append(el("div", { class: "pager" },
      el("button", { onclick: () => { state.page--; search(); }, ...(state.page <= 1 ? { disabled: "" } : {}) }, "上一页"),
      el("span", {}, `${state.page} / ${pages}`),
      el("button", { onclick: () => { state.page++; search(); }, ...(state.page >= pages ? { disabled: "" } : {}) }, "下一页")));
  }
}

const unitsText = (task) => [...task.leadUnits, ...task.responsibleUnits].join("、");
const deadlineText = (d) => d.ongoing ? (d.text || "长期") : (d.date || d.text || "");

async function openNotice(id) {
  const view = $("notice");
  try {
    renderNotice(await getJson("/api/notices/" + encodeURIComponent(id)));
    view.hidden = false;
    document.querySelector("main").classList.add("reading");
    view.scrollIntoView({ block: "start" });
  } catch (error) {
    view.replaceChildren(el("p", { class: "error" }, "无法打开公文：" + error.message));
    view.hidden = false;
  }
}

function closeNotice() {
  $("notice").hidden = true;
  document.querySelector("main").classList.remove("reading");
}

function renderNotice(n) {
  const fields = [
    ["文号", n.docNumber && n.docNumber.text], ["发文机关", n.issuers.join("、")], ["文种", n.docType],
    ["成文日期", n.signDate], ["主送", n.addressees.join("、")], ["公开属性", n.publishAttribute],
    ["抄送", n.cc.join("、")], ["附件", n.attachments.map((a) => a.title).join("；")],
    ["施行", n.validity && n.validity.effectiveText && [n.validity.effective, n.validity.effectiveText].filter(Boolean).join(" · ")],
    ["有效期", n.validity && n.validity.expiresText && [n.validity.expires && "至 " + n.validity.expires, n.validity.expiresText].filter(Boolean).join(" · ")],
  ].filter(([, value]) => value);
  const files = n.files || [];
  const status = STATUS[n.status];
  $("notice").replaceChildren(
    el("button", { class: "close", onclick: closeNotice }, "关闭"),
    el("h2", {}, n.title || n.innerTitle || "（无标题）"),
    status && el("p", { class: "status " + n.status }, status),
    files.length > 0 && el("p", { class: "files" }, "原文件：", files.map((f) =>
      el("a", { href: f.href, target: "_blank", rel: "noopener" }, f.format.toUpperCase()))),
    el("dl", {}, fields.map(([label, value]) => [el("dt", {}, label), el("dd", {}, value)])),
    n.sections.length > 0 && el("h3", {}, "结构"),
    n.sections.length > 0 && el("ul", { class: "outline" }, outline(n.sections, "s")),
    el("h3", {}, "正文"),
    el("div", { class: "fulltext" }, paragraphs(n.preamble), fullText(n.sections, "s")),
    n.tasks.length > 0 && el("h3", {}, `任务分解（${n.tasks.length} 项）`),
    n.tasks.length > 0 && taskTable(n.tasks),
    linkList("废止本文件", n.repealedBy), linkList("修改本文件", n.amendedBy),
    linkList("本文件废止", n.repeals), linkList("本文件修改", n.amends), n.chain && n.chain.length > 1 && linkList("转发链", n.chain, true),
    linkList("被以下文件转发", n.forwardedBy), linkList("引用文件", n.cites), linkList("被以下文件引用", n.citedBy));
}

// 时效性 on today, as the service works it out; nothing is shown when the text states no dates.
const STATUS = { inForce: "现行有效", notYetInForce: "尚未施行", expired: "已失效", repealed: "已废止" };
const facetLabel = (name, value) => name === "status" ? (STATUS[value] || "未注明时效") : value;

// Other notices: those the index holds open in this view, the others are named as cited.
// A chain is numbered from the first notice forwarded down to this one.
function linkList(heading, links, ordered = false) {
  if (!links || links.length === 0) return null;
  return [el("h3", {}, `${heading}（${links.length}）`), el(ordered ? "ol" : "ul", { class: "links" }, links.map((l) => {
    const label = [l.title && "《" + l.title + "》", l.docNumber].filter(Boolean).join(" ");
    return el("li", {}, l.id ? el("a", { href: "#notice/" + l.id, onclick: (e) => { e.preventDefault(); openNotice(l.id); } }, label) : label);
  }))];
}

const paragraphs = (text) => (text || "").split("\n").filter((line) => line.trim()).map((line) => el("p", {}, line));

// Every section written out, each under its heading; a section without one (an article, a numbered
// sentence) begins its first paragraph with its marker. Each has an id the outline scrolls to.
function fullText(sections, path) {
  return sections.map((s, i) => {
    const id = `${path}-${i + 1}`;
    const body = paragraphs(s.text);
    const headed = s.kind === "attachment" || s.heading;
    if (!headed && s.marker) {
      if (body.length) body[0].prepend(el("b", {}, s.marker));
      else body.push(el("p", {}, el("b", {}, s.marker)));
    }
    return el("section", { id, class: "level-" + (s.level || 1) },
      headed && el("h4", {}, sectionLabel(s)), body, fullText(s.children, id));
  });
}
// A section without a heading is shown by the start of its text: up to the last clause end within
// 40 characters (or all 40 when there is none early enough), and "…" when the text goes on.
function excerpt(text, limit = 40) {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  const head = chars.slice(0, limit).join("");
  const end = Math.max(head.lastIndexOf("。"), head.lastIndexOf("；"), head.lastIndexOf("，"), head.lastIndexOf("、"));
  return (end >= limit / 4 ? head.slice(0, end) : head) + "…";
}

// An attached document (kind "attachment") shows its label apart from its title: "附件2 某某清单".
const sectionLabel = (s) => s.kind === "attachment" ? [s.marker, s.heading].filter(Boolean).join(" ") : (s.marker || "") + (s.heading || "");

// The outline: one line per section, each going to its place in the full text.
function outline(sections, path) {
  return sections.map((s, i) => {
    const id = `${path}-${i + 1}`;
    const label = s.kind === "attachment" || s.heading ? sectionLabel(s) : (s.marker || "") + excerpt(s.text);
    return el("li", {}, el("a", { href: "#" + id, onclick: (e) => { e.preventDefault(); document.getElementById(id).scrollIntoView({ block: "start" }); } }, label),
      s.children.length > 0 ? el("ul", {}, outline(s.children, id)) : null);
  });
}

function taskTable(tasks) {
  let ascending = true;
  const body = el("tbody");
  const deadlineKey = (t) => (t.deadline && t.deadline.date) || (t.deadline && t.deadline.ongoing ? "9998" : "9999");
  const fill = () => {
    const rows = [...tasks].sort((a, b) => (deadlineKey(a) < deadlineKey(b) ? -1 : deadlineKey(a) > deadlineKey(b) ? 1 : 0) * (ascending ? 1 : -1));
    body.replaceChildren(...rows.map((t, i) => el("tr", {},
      el("td", {}, String(i + 1)), el("td", {}, t.category || ""), el("td", {}, t.content),
      el("td", {}, t.leadUnits.join("、")), el("td", {}, t.responsibleUnits.join("、")),
      el("td", {}, t.deadline ? deadlineText(t.deadline) : ""))));
  };
  const sorter = el("th", { class: "sortable", title: "按时限排序", onclick: () => { ascending = !ascending; sorter.textContent = "完成时限 " + (ascending ? "▲" : "▼"); fill(); } }, "完成时限 ▲");
  fill();
  return el("table", { class: "tasks" },
    el("thead", {}, el("tr", {}, el("th", {}, "序号"), el("th", {}, "类别"), el("th", {}, "任务"), el("th", {}, "牵头单位"), el("th", {}, "责任单位"), sorter)),
    body);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    state.q = $("q").value.trim();
    state.kind = $("kind").value;
    state.sort = $("sort").value;
    state.page = 1;
    closeNotice();
    search();
  });
  window.addEventListener("popstate", () => {
    closeNotice();
    if (stateFromQuery(location.search)) search(false);
    else landing();
  });
  if (stateFromQuery(location.search)) search(false);
  else landing();
  if (location.hash.startsWith("#notice/")) openNotice(location.hash.slice(8));
});
