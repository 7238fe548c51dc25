#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]]): turn the copied assets/sw.js template into the
// service worker of this build. Trunk runs it after writing index.html into its staging folder
// ($TRUNK_STAGING_DIR), before moving that folder to dist/.
//
// Release builds ($TRUNK_PROFILE = "release"):
//   - every file of the build goes into the worker's PRECACHE list, as [path relative to the
//     worker, revision] (index.html as "./", since navigations are answered with it);
//   - VERSION is a hash of the file names and contents, so any change makes a new worker;
//   - index.html gets <meta name="sw-version" content="VERSION">: the app registers the worker
//     only when it is there, and shows the version in Settings.
// Debug builds (`trunk serve`): sw.js is removed, nothing is registered during development.
//
// SW_VERSION_SUFFIX (optional) is appended to the version, to tell two otherwise identical
// builds apart (a test of the update flow).
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) {
  console.error("scripts/precache.mjs is a Trunk post_build hook: TRUNK_STAGING_DIR and TRUNK_PROFILE must be set");
  process.exit(2);
}
const WORKER = "sw.js";
const INDEX = "index.html";
const workerPath = join(staging, WORKER);

if (profile !== "release") {
  await rm(workerPath, { force: true });
  console.log("precache: debug build, no service worker");
  process.exit(0);
}

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue; // Trunk's own scratch files
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const toUrlPath = (path) => relative(staging, path).split(sep).join("/");

const paths = (await filesUnder(staging)).map(toUrlPath).filter((p) => p !== WORKER).sort();
if (!paths.includes(INDEX)) throw new Error(`precache: no ${INDEX} in ${staging}`);

const contents = new Map();
for (const p of paths) contents.set(p, await readFile(join(staging, p)));

// The version: the names and contents of every file, before the version itself goes into index.html.
const version =
  sha256(paths.map((p) => `${p}\0${sha256(contents.get(p))}\n`).join("")).slice(0, 16) +
  (process.env.SW_VERSION_SUFFIX ?? "");
if (!/^[\w.-]+$/.test(version)) throw new Error(`precache: SW_VERSION_SUFFIX may hold only letters, digits, ".", "_" and "-"`);

const html = contents.get(INDEX).toString("utf8");
if (html.includes('name="sw-version"')) throw new Error(`precache: ${INDEX} already has a sw-version meta`);
const head = html.indexOf("</head>");
if (head < 0) throw new Error(`precache: no </head> in ${INDEX}`);
const stamped = `${html.slice(0, head)}<meta name="sw-version" content="${version}" />${html.slice(head)}`;
contents.set(INDEX, Buffer.from(stamped, "utf8"));
await writeFile(join(staging, INDEX), stamped);

const entries = paths.map((p) => [p === INDEX ? "./" : p, sha256(contents.get(p)).slice(0, 16)]);

let worker;
try {
  worker = await readFile(workerPath, "utf8");
} catch {
  throw new Error(`precache: no ${WORKER} in the build; index.html must copy it (<link data-trunk rel="copy-file" href="assets/sw.js" />)`);
}
/** Replace the one line `const NAME = ...;` of the template. */
function fill(source, name, value) {
  const line = new RegExp(`^const ${name} = .*;.*$`, "m");
  const found = source.match(new RegExp(line, "gm"));
  if (found?.length !== 1) throw new Error(`precache: ${WORKER} must have exactly one line "const ${name} = ...;"`);
  return source.replace(line, `const ${name} = ${JSON.stringify(value)};`);
}
worker = fill(worker, "VERSION", version);
worker = fill(worker, "PRECACHE", entries);
await writeFile(workerPath, worker);

const bytes = [...contents.values()].reduce((sum, c) => sum + c.length, 0);
console.log(`precache: ${WORKER} version ${version}, ${entries.length} files, ${(bytes / 1024).toFixed(0)} KB`);
