// Renders the PNG images a static host needs beside the SVG favicon: the install icons of
// the web app manifest (192 and 512 px, and a maskable 512 with the safe zone) and the
// 1200x630 card shown when a link to the app is shared. They are committed in public/;
// run this again (with Debian's Chromium) only when the favicon or the card changes.
// Usage: node scripts/make-images.mjs
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { launchChromium } from "./lib.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const favicon = readFileSync(`${root}public/favicon.svg`, "utf8");
const mark = (size) => favicon.replace("<svg ", `<svg width="${size}" height="${size}" `);
// Full-bleed for maskable icons: launchers crop to a circle or squircle, keeping the middle 80 %.
const maskable = `<div style="width:512px;height:512px;background:#0b4f8a;display:grid;place-items:center">${mark(380).replace('rx="6"', 'rx="0"')}</div>`;
const card = `<div style="width:1200px;height:630px;background:#0b4f8a;color:#fff;font-family:'DejaVu Sans',sans-serif;
  display:flex;align-items:center;gap:56px;padding:0 88px;box-sizing:border-box">
  <div style="flex:none;border:6px solid #fff;border-radius:40px;line-height:0">${mark(220)}</div>
  <div><div style="font-size:76px;font-weight:700;line-height:1.1">M-MPTF Explorer</div>
  <div style="font-size:38px;line-height:1.3;margin-top:24px">Migration Multi-Partner Trust Fund: progress toward its target, every joint programme, and a guided IMRF pledge</div></div></div>`;

const shots = [
  ["icons/icon-192.png", mark(192), 192, 192],
  ["icons/icon-512.png", mark(512), 512, 512],
  ["icons/icon-maskable-512.png", maskable, 512, 512],
  ["social-card.png", card, 1200, 630],
];
const browser = await launchChromium();
for (const [file, html, width, height] of shots) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<body style="margin:0;background:transparent">${html}</body>`);
  await page.screenshot({ path: `${root}public/${file}`, omitBackground: true, clip: { x: 0, y: 0, width, height } });
  await page.close();
  console.log(`public/${file}: ${width}x${height}`);
}
await browser.close();
