#!/usr/bin/env node
// Rasterise assets/icon.svg into the PNG icons the web app manifest and iOS need, in
// assets/icons/. The PNGs are committed, so a build needs no browser: run this only after
// changing the SVG (`node scripts/icons.mjs`; needs Debian's chromium, see scripts/setup --browser).
//
//   icon-192.png, icon-512.png   "any" purpose: the SVG as drawn (rounded square, transparent corners)
//   icon-maskable-512.png        "maskable": full-bleed background, so the launcher may crop it to
//                                any shape; the figure stays inside the central 80 % safe zone
//   apple-touch-icon.png         180 x 180, full-bleed: iOS rounds the corners itself and would
//                                show transparent corners as black
import { chromium } from "@playwright/test";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = await readFile(join(root, "assets/icon.svg"), "utf8");
const out = join(root, "assets/icons");

// The artwork is everything after the background rect; the background colour is the rect's fill.
const background = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/.exec(svg);
if (!background) throw new Error("assets/icon.svg: expected a background <rect fill=...> first");
const artwork = svg.slice(background.index + background[0].length).replace(/<\/svg>\s*$/, "");
const fill = background[1];

/** A square SVG with a full-bleed background and the artwork scaled by `scale` about the centre. */
function fullBleed(scale) {
  const shift = (512 * (1 - scale)) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" fill="${fill}"/>` +
    `<g transform="translate(${shift} ${shift}) scale(${scale})">${artwork}</g></svg>`
  );
}

const icons = [
  { file: "icon-192.png", size: 192, svg },
  { file: "icon-512.png", size: 512, svg },
  // The artwork's corners reach 185 of 256 px from the centre; the safe zone is a circle of
  // radius 204.8 (40 %). 0.9 leaves a margin for launchers that crop a little more.
  { file: "icon-maskable-512.png", size: 512, svg: fullBleed(0.9) },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed(1) },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const html =
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>` +
      icon.svg;
    await page.setContent(html);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await writeFile(join(out, icon.file), png);
    await page.close();
    console.log(`assets/icons/${icon.file} ${icon.size}x${icon.size} ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
