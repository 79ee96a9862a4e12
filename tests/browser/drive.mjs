// Drives Debian's Chromium (puppeteer-core) for the Rust tests, which make every assertion:
// this script only acts and reports what the browser shows, as JSON on stdout.
//
//   node tests/browser/drive.mjs JOB.json
//
// JOB is { "chromium": path, "tasks": [task, ...] }; each task is one of
//   { "kind": "layout", "url", "width" }
//       the page's scroll width, client width and height, and the elements sticking out;
//   { "kind": "axe", "url", "width" }
//       axe-core's violations;
//   { "kind": "form", "url", "width", "fill": {id: value}, "click": [id, ...], "print": path,
//     "javascript": bool }
//       types the values, clicks the radio buttons in order, then reports which radio
//       buttons are checked, whether each "authorizes" box shows ticked, what the form's
//       buttons are, the URL the Send button navigates to, the values after a reload, and
//       prints the page to `print` (A4, as the browser's Print does);
//   { "kind": "screenshot", "url", "width", "height", "path" }
//       a screenshot, after the page (a PDF in Chromium's viewer, say) has settled, and how
//       many of its pixels have the light blue shade the viewer gives form fields.
import fs from "node:fs";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const browser = await puppeteer.launch({
  executablePath: job.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--hide-scrollbars", "--font-render-hinting=none"],
});

async function open(task) {
  const page = await browser.newPage();
  await page.setViewport({ width: task.width, height: task.height || 900 });
  await page.setJavaScriptEnabled(task.javascript !== false);
  const cdp = await page.createCDPSession();
  await cdp.send("Page.enable");
  const navigations = [];
  cdp.on("Page.frameRequestedNavigation", (e) => navigations.push(e.url));
  await page.goto(task.url, { waitUntil: "load" });
  return { page, navigations };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function layout(task) {
  const { page } = await open(task);
  const r = await page.evaluate(() => {
    const de = document.documentElement;
    const width = de.clientWidth;
    const overflow = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const b = e.getBoundingClientRect();
        return b.width > 0 && (b.right > width + 1 || b.left < -1) && !e.closest(".visually-hidden, thead");
      })
      .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + e.className : ""))
      .slice(0, 10);
    return { scrollWidth: de.scrollWidth, clientWidth: width, height: de.scrollHeight, overflow };
  });
  await page.close();
  return r;
}

async function axe(task) {
  const { page } = await open(task);
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // WCAG 2.2 target size (24 px) too, which axe leaves out by default.
    const r = await window.axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  await page.close();
  return { violations: result };
}

async function state(page) {
  return page.evaluate(() => {
    const form = document.querySelector("form.reply");
    const values = {};
    for (const c of form.querySelectorAll("input, textarea")) {
      if (c.type !== "radio") values[c.id] = c.value;
    }
    const groups = {};
    for (const r of form.querySelectorAll('input[type="radio"]')) {
      (groups[r.name] = groups[r.name] || []).push(r.id);
    }
    const boxes = [...form.querySelectorAll(".authorize > .box")].map(
      (b) => getComputedStyle(b, "::after").content !== "none",
    );
    const visible = (sel) => {
      const e = form.querySelector(sel);
      return !!e && e.getClientRects().length > 0;
    };
    return {
      values,
      checked: [...form.querySelectorAll('input[type="radio"]:checked')].map((r) => r.id),
      groups: Object.values(groups),
      boxes,
      buttons: { send: visible("button.send"), print: visible("button.print"), clear: visible('button[type="reset"]') },
      mailLinks: [...form.querySelectorAll(".form-actions a[href^='mailto:']")].map((a) => a.href),
      dir: Object.fromEntries([...form.querySelectorAll("input, textarea")].map((c) => [c.id, getComputedStyle(c).direction])),
      names: Object.fromEntries(
        [...form.querySelectorAll("input, textarea")].map((c) => [c.id, [...(c.labels || [])].map((l) => l.textContent).join(" ")]),
      ),
    };
  });
}

async function formTask(task) {
  const { page, navigations } = await open(task);
  for (const [id, value] of Object.entries(task.fill)) {
    const sel = "#" + id;
    if (await page.$eval(sel, (e) => e.type === "date")) {
      // A date picker takes its value from the keyboard in the browser's own order; set it.
      await page.$eval(sel, (e, v) => {
        e.value = v;
        e.dispatchEvent(new Event("input", { bubbles: true }));
      }, value);
    } else {
      await page.type(sel, value);
    }
  }
  for (const id of task.click) {
    await page.click("#" + id);
  }
  const before = await state(page);
  let mailto = null;
  if (before.buttons.send) {
    await page.click("button.send");
    await sleep(300);
    mailto = navigations.find((u) => u.startsWith("mailto:")) || null;
  }
  if (task.javascript !== false) {
    // The script has stored the values (at each input, and on Send) before the page goes.
    await page.waitForFunction(
      () => !!localStorage.getItem(document.querySelector("form.reply").getAttribute("data-store")),
      { timeout: 5000 },
    );
  }
  await page.reload({ waitUntil: "load" });
  const after = await state(page);
  if (task.print) {
    // What the browser's Print (or Save as PDF) gives, with the values restored.
    await page.goto(task.url, { waitUntil: "load" });
    if (!task.javascript) {
      // Without script nothing is restored: fill in again.
      for (const [id, value] of Object.entries(task.fill)) {
        await page.$eval("#" + id, (e, v) => (e.value = v), value);
      }
      for (const id of task.click) await page.click("#" + id);
    }
    await page.pdf({ path: task.print, format: "A4", preferCSSPageSize: true });
  }
  await page.close();
  return { before, mailto, after };
}

async function screenshot(task) {
  const { page } = await open(task);
  await sleep(task.settle || 1500);
  const png = await page.screenshot({ path: task.path, encoding: "base64" });
  await page.close();
  const canvas = await browser.newPage();
  const shaded = await canvas.evaluate(async (data) => {
    const img = new Image();
    img.src = "data:image/png;base64," + data;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
      const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
      if (b > 230 && b - r > 12 && b - g > 6 && r > 170) n++;
    }
    return n;
  }, png);
  await canvas.close();
  return { path: task.path, shaded };
}

const out = [];
try {
  for (const task of job.tasks) {
    const run = { layout, axe, form: formTask, screenshot }[task.kind];
    if (!run) throw new Error("unknown task " + task.kind);
    out.push(await run(task));
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
