// End-to-end test of the search page in a real browser. Expects `policyparse serve` on BASE_URL over
// the bundled corpus index (run.sh starts it). Types a query, applies a facet, goes back and forward,
// opens a search from its address, opens a notice, and checks what the page shows; saves a screenshot. Exits non-zero on the first failed check.
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = process.env.BASE_URL ?? "http://127.0.0.1:5080";
const shots = process.env.SCREENSHOT_DIR ?? "artifacts/e2e";
mkdirSync(shots, { recursive: true });

// A fresh profile each run; Playwright takes it as the persistent context's folder.
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "policyparse-e2e-")), {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
  viewport: { width: 1440, height: 1000 },
  locale: "zh-CN",
});
const failures = [];
const page = await browser.newPage();
page.on("pageerror", (e) => failures.push("page error: " + e.message));
page.on("console", (m) => { if (m.type() === "error") failures.push("console error: " + m.text()); });

async function check(name, body) {
  await body();
  console.log("ok - " + name);
}

try {
  await page.goto(base + "/");
  await check("the page loads with its search box", async () => {
    assert.equal(await page.title(), "政策文件检索 · PolicyParse");
    assert.equal(await page.locator("h1").textContent(), "政策文件检索");
  });

  await check("the landing page shows what is indexed and the newest notices", async () => {
    await page.waitForSelector(".summary");
    assert.match(await page.textContent(".summary"), /^已收录 \d+ 篇公文、\d+ 项任务。最新的公文：$/);
    assert.equal(await page.locator(".hit").count(), 5);
    assert.ok(await page.locator('[data-facet="issuer"] button').count() > 0, "issuers listed");
    const dates = (await page.locator(".hit .meta").allTextContents()).map((m) => m.match(/\d{4}-\d{2}-\d{2}/)?.[0]).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
  });

  await page.fill("#q", "政务公开");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => document.querySelector(".summary")?.textContent.startsWith("共")); // the search's, not the landing page's
  await page.waitForSelector(".hit");
  let total;
  await check("a query shows each notice once, with the words highlighted and its files' formats", async () => {
    total = Number((await page.textContent(".summary")).match(/\d+/)[0]);
    assert.ok(total >= 5, `expected the five seed notices at least, got ${total}`);
    const titles = await page.locator(".hit h3").allTextContents();
    assert.equal(new Set(titles).size, titles.length, `a notice shown twice: ${titles.join(" | ")}`);
    const formats = await page.locator(".hit .formats").allTextContents();
    assert.ok(formats.some((f) => /DOCX · .*PDF/.test(f)), `formats: ${formats.join(" | ")}`); // the seeds are in the corpus as TXT, DOCX, PDF, HTML and Markdown
    const marks = await page.locator(".hit mark").allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => m === "政务公开"), `marks: ${marks.slice(0, 5)}`);
  });

  const facet = page.locator('[data-facet="issuer"] button', { hasText: "青岛市市南区人民政府办公室" });
  const facetCount = Number(await facet.locator(".count").textContent());
  await facet.click();
  await page.waitForSelector(".chip");
  await check("an issuer facet narrows the hits to that issuer", async () => {
    await page.waitForFunction((n) => document.querySelector(".summary")?.textContent.includes(`共 ${n} 条`), facetCount);
    const metas = await page.locator(".hit .meta").allTextContents();
    assert.ok(metas.length === Math.min(facetCount, 10), `hits shown: ${metas.length}, facet said ${facetCount}`);
    assert.ok(metas.every((m) => m.includes("青岛市市南区人民政府办公室")), metas.join(" | "));
    assert.equal(await page.textContent(".chip"), "青岛市市南区人民政府办公室 ×");
  });

  await check("the search is in the address, and the back button returns to the one before", async () => {
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("q"), "政务公开");
    assert.equal(url.searchParams.get("issuer"), "青岛市市南区人民政府办公室");
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector(".chip"));
    assert.equal(new URL(page.url()).searchParams.get("issuer"), null);
    await page.waitForFunction((n) => document.querySelector(".summary")?.textContent.includes(`共 ${n} 条`), total);
    await page.goForward();
    await page.waitForSelector(".chip");
  });

  await check("an address with a search in it opens on that search", async () => {
    const fresh = await browser.newPage();
    await fresh.goto(base + "/?q=" + encodeURIComponent("政务公开") + "&issuer=" + encodeURIComponent("青岛市市南区人民政府办公室"));
    await fresh.waitForSelector(".chip");
    assert.equal(await fresh.inputValue("#q"), "政务公开");
    await fresh.waitForFunction((n) => document.querySelector(".summary")?.textContent.includes(`共 ${n} 条`), facetCount);
    await fresh.close();
  });

  await page.locator(".hit h3 a").first().click();
  await page.waitForSelector("#notice:not([hidden]) h2");
  await check("opening a notice shows its header, outline and task table", async () => {
    const notice = page.locator("#notice");
    assert.equal(await notice.locator("h2").textContent(), "2021年市南区政务公开工作要点");
    const header = await notice.locator("dl").textContent();
    assert.ok(header.includes("青岛市市南区人民政府办公室"), header);
    assert.ok(header.includes("2021年市南区政务公开重点任务分解落实表"), header); // the attachment
    assert.equal(await notice.locator(".outline > li").count(), 6); // five level-1 headings and the attached task table
    assert.equal(await notice.locator(".outline > li").last().textContent(), "附件 2021年市南区政务公开重点任务分解落实表");
    assert.equal(await notice.locator("table.tasks tbody tr").count(), 32);
  });

  await check("the notice view shows the full text under its headings and links to each of its files", async () => {
    const notice = page.locator("#notice");
    const text = await notice.locator(".fulltext").textContent();
    assert.ok(text.includes("一、") && text.includes("（一）"), "the numbered headings");
    assert.ok(text.length > 2000, `the whole text, not an outline: ${text.length} characters`);
    assert.equal(await notice.locator(".fulltext section.level-1 > h4").count(), 6); // as in the outline
    const links = await notice.locator(".files a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    assert.ok(links.length >= 4, `the notice's files: ${links.map(([f]) => f).join(" ")}`);
    for (const [format, href] of links) {
      const [status, type] = await page.evaluate(async (url) => { const r = await fetch(url); return [r.status, r.headers.get("content-type")]; }, href);
      assert.equal(status, 200, `${format} ${href}`);
      if (format === "PDF") assert.equal(type, "application/pdf");
    }
  });

  await check("an article without a heading is shown by its first clauses, never cut mid-word without an ellipsis", async () => {
    const law = await browser.newPage();
    await law.goto(base + "/?q=" + encodeURIComponent("自由贸易试验区条例"));
    await law.waitForSelector(".hit h3 a");
    await law.locator(".hit h3 a", { hasText: "中国（重庆）自由贸易试验区条例" }).first().click();
    await law.waitForSelector("#notice:not([hidden]) .outline");
    const articles = (await law.locator("#notice .outline ul > li").allTextContents()).filter((t) => /^第[一二三四五六七八九十百零〇]+条/.test(t));
    assert.ok(articles.length > 20, `articles: ${articles.length}`);
    const cut = articles.filter((t) => t.endsWith("…"));
    assert.ok(cut.length > 0, "some articles are longer than their outline line");
    assert.ok(cut.every((t) => Array.from(t).length <= 50 && !/[。；，、]…$/.test(t)), cut.slice(0, 3).join(" | "));
    assert.equal(await law.locator("#notice .status").textContent(), "现行有效"); // in force from its 施行 date, not repealed in the index
    const states = await law.locator('[data-facet="status"] li').allTextContents();
    assert.ok(states.some((t) => t.startsWith("现行有效")), `the 时效 facet: ${states.join(" | ")}`);
    assert.ok((await law.locator("#notice dl").textContent()).includes("施行"), "the 施行 date with its words");
    const fullText = await law.locator("#notice .fulltext").textContent();
    assert.ok(fullText.includes(cut[0].slice(0, -1)), "an article's whole text is in the full text");
    assert.ok(fullText.length > cut.reduce((sum, t) => sum + t.length, 0), "the full text holds more than the outline");
    await law.close();
  });

  await check("the task table sorts by deadline both ways", async () => {
    const deadlines = async () => (await page.locator("table.tasks tbody tr td:last-child").allTextContents());
    const dates = (texts) => texts.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t));
    const before = dates(await deadlines());
    await page.click("table.tasks th.sortable");
    const after = dates(await deadlines());
    assert.equal(before.length, 9, "the notice dates 9 of its tasks");
    assert.deepEqual(before, [...before].sort(), "ascending first");
    assert.deepEqual(after, [...before].sort().reverse(), "then descending");
  });

  await check("a task search offers its tasks as an Excel, CSV and calendar ledger", async () => {
    const tasks = await browser.newPage();
    await tasks.goto(base + "/?kind=tasks&unit=" + encodeURIComponent("区财政局"));
    await tasks.waitForSelector(".ledger a");
    const links = await tasks.locator(".ledger a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.equal(links.length, 3);
    for (const href of links) {
      const [status, type] = await tasks.evaluate(async (url) => { const r = await fetch(url); return [r.status, r.headers.get("content-type")]; }, href);
      assert.equal(status, 200, href);
      assert.ok(/spreadsheetml|text\/csv|text\/calendar/.test(type), type);
    }
    await tasks.close();
  });

  await page.screenshot({ path: join(shots, "search-page.png"), fullPage: true });
  assert.deepEqual(failures, [], failures.join("\n"));
  console.log(`screenshot: ${join(shots, "search-page.png")}`);
} finally {
  await browser.close();
}
