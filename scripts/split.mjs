#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]], before scripts/precache.mjs): split the app's
// wasm by route, so the first load carries only what the first screen needs.
//
// Why a hook: the screens other than Today are lazy-loaded (Leptos `#[lazy]`, built on
// wasm_split_helpers). Their code must be cut out of the module by `wasm-split-cli` (crate
// wasm_split_cli_support), which reads the linker's relocations (`--emit-relocs` in
// .cargo/config.toml), so it runs on cargo's own output, before wasm-bindgen. Trunk has no step
// there (only `cargo leptos --split` does this), so this hook redoes Trunk's last two steps on
// the split module and puts the results in place of Trunk's:
//   1. wasm-split-cli: cargo's .wasm → the main module, one module per split point, shared
//      chunks, and __wasm_split.js, which fetches and links them on demand;
//   2. wasm-bindgen --keep-lld-exports (the split loader needs the function table exported)
//      on the main module; its glue and .wasm overwrite Trunk's (same hashed names, so
//      index.html and loader.js stay as Trunk wrote them);
//   3. release builds only: wasm-opt -Oz (twice) on every module (with SPLIT_KEEP_NAMES=1 in the
//      environment it keeps the function names, for CPU profiles of a release build);
//   4. every split file gets a content hash in its name (a static host may cache them; a new
//      main module must never meet an old chunk) and the references are rewritten.
// A build without this step does not start: the lazy screens import __wasm_split.js.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) {
  console.error("scripts/split.mjs is a Trunk post_build hook: TRUNK_STAGING_DIR and TRUNK_PROFILE must be set");
  process.exit(2);
}
const NAME = "rotation-rehab";
const root = resolve(process.env.TRUNK_SOURCE_DIR ?? ".");
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? "target");
const input = join(targetDir, "wasm32-unknown-unknown", profile, `${NAME}.wasm`);
if (!existsSync(input)) {
  console.error(`split: ${input} is missing (cargo's output for this build)`);
  process.exit(1);
}
// Tools come from PATH (scripts/env.sh puts cargo's bin and node_modules/.bin there).
const run = (tool, args) => execFileSync(tool, args, { stdio: ["ignore", "ignore", "inherit"] });
const FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const work = await mkdtemp(join(tmpdir(), "rr-split-"));
try {
  const split = join(work, "split");
  const bound = join(work, "bound");
  run("wasm-split-cli", ["--target", "web", "--out-name", NAME, input, split]);
  run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", bound, join(split, `${NAME}.wasm`)]);

  // Trunk's files, whose names index.html and loader.js already use.
  const staged = await readdir(staging);
  const glueName = staged.find((f) => f.startsWith(`${NAME}-`) && f.endsWith(".js"));
  const wasmName = staged.find((f) => f.startsWith(`${NAME}-`) && f.endsWith("_bg.wasm"));
  if (!glueName || !wasmName) throw new Error(`Trunk's ${NAME}-*.js / *_bg.wasm not found in ${staging}`);

  const optimize = async (from, to) => {
    if (profile !== "release") return readFile(from);
    const names = process.env.SPLIT_KEEP_NAMES === "1" ? ["-g"] : [];
    // -Oz twice: the second pass still finds about 0.2 KB gzip in the main module. The two
    // custom sections are for tools (wasm-opt reads target_features), not for browsers.
    // --low-memory-unused lets wasm-opt fold a constant added to a pointer into the load's
    // offset (1 KB gzip off the main module). It holds for what wasm-ld lays out: data never
    // starts below 1024, and Rust's 1 MB stack, placed first, grows down towards 0, so the
    // lowest 1 KB is touched only by a stack that is all but overflowing. Emscripten turns it
    // on for the same reason.
    const passes = ["--low-memory-unused", "-Oz", "-Oz", "--strip-producers", "--strip-target-features"];
    await promisify(execFile)("wasm-opt", [...FEATURES, ...passes, ...names, from, "-o", to]);
    return readFile(to);
  };
  const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

  // The modules the split loader fetches, renamed with their content hash.
  let loader = await readFile(join(split, "__wasm_split.js"), "utf8");
  let total = 0;
  const parts = (await readdir(split)).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`);
  const optimized = new Map();
  // Two at a time: one wasm-opt per core of a small machine.
  const queue = [...parts];
  await Promise.all(
    [0, 1].map(async () => {
      for (let part; (part = queue.shift()); ) optimized.set(part, await optimize(join(split, part), join(work, part)));
    }),
  );
  for (const part of parts) {
    const bytes = optimized.get(part);
    const named = `${part.slice(0, -".wasm".length).slice(0, 40)}-${hash(bytes)}.wasm`;
    if (!loader.includes(`"./${part}"`)) throw new Error(`__wasm_split.js does not name ${part}`);
    loader = loader.replaceAll(`"./${part}"`, `"./${named}"`);
    await writeFile(join(staging, named), bytes);
    total += bytes.length;
  }
  // A group's parts are fetched one task apart: seven fetch() and instantiateStreaming() calls
  // in one go made one long task (50–80 ms at Lighthouse's 4x CPU slowdown). MessageChannel, not
  // setTimeout: see src/platform/tasks.rs.
  const eager = "const parallelStuff = deps.map(d => d());";
  if (!loader.includes(eager)) throw new Error("__wasm_split.js: the loader's fetch of a group's parts has changed");
  loader = loader.replace(eager, "const parallelStuff = [];\n        for (const d of deps) { parallelStuff.push(d()); await nextTask(); }");
  loader += `
function nextTask() {
    return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            channel.port1.onmessage = null;
            resolve();
        };
        channel.port2.postMessage(null);
    });
}
`;
  // The split loader imports the glue by its plain name; Trunk's glue has a hash in it.
  if (!loader.includes(`from "./${NAME}.js"`)) throw new Error(`__wasm_split.js does not import ./${NAME}.js`);
  loader = loader.replaceAll(`from "./${NAME}.js"`, `from "./${glueName}"`);
  const loaderName = `__wasm_split-${hash(loader)}.js`;
  await writeFile(join(staging, loaderName), loader);

  let glue = await readFile(join(bound, `${NAME}.js`), "utf8");
  if (!glue.includes('from "./__wasm_split.js"')) throw new Error("the glue does not import __wasm_split.js");
  // Only the import statements: the import object's keys must keep the module name the wasm
  // itself asks for.
  glue = glue.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`);
  await writeFile(join(staging, glueName), glue);
  const main = await optimize(join(bound, `${NAME}_bg.wasm`), join(work, "main.wasm"));
  await writeFile(join(staging, wasmName), main);

  console.log(
    `split: main ${(main.length / 1000).toFixed(0)} KB, ${parts.length} parts loaded on demand ${(total / 1000).toFixed(0)} KB (${profile})`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
