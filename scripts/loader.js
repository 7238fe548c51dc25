// Browser-side app loader, shipped as dist/loader.js (Trunk.toml `pattern_script` points here).
// Why not Trunk's default inline module: the CSP allows no inline script. Why the delay: the
// static shell in index.html is the first (and largest) paint; fetching the wasm only after that
// frame keeps it off the critical path, which is what Lighthouse's LCP measures on a phone.
(function () {
  "use strict";
  var me = document.currentScript; // non-null only for classic scripts, hence no type=module
  var js = me.dataset.js;
  var wasm = me.dataset.wasm;
  function fail(err) {
    console.error("Rotation Rehab failed to start:", err);
    var status = document.querySelector("#shell [role=status]");
    if (status) status.textContent = "Could not start the app. Please reload the page.";
  }
  function start() {
    import(js)
      .then(function (glue) {
        return glue.default({ module_or_path: wasm });
      })
      .then(function (instance) {
        // Same event as Trunk's own loader, for anything that waits on it.
        dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));
      }, fail);
  }
  // A Rust panic aborts the wasm instance (Cargo.toml: panic = "abort"), and every later call
  // into it traps: the screen would stay up but ignore every tap, in the middle of a workout
  // perhaps. Say so, and offer the reload, which resumes from what is stored (the workout is
  // saved after every step).
  var crashed = false;
  function crash(error) {
    if (crashed || !(error instanceof WebAssembly.RuntimeError)) return;
    crashed = true;
    var box = document.createElement("div");
    box.className = "notice crash";
    box.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = "Something went wrong and the app stopped. Your history and your workout so far are kept: reload to carry on.";
    var reload = document.createElement("button");
    reload.type = "button";
    reload.className = "button primary";
    reload.textContent = "Reload";
    reload.addEventListener("click", function () {
      location.reload();
    });
    box.append(text, reload);
    document.body.prepend(box);
    reload.focus();
  }
  addEventListener("error", function (event) {
    crash(event.error);
  });
  addEventListener("unhandledrejection", function (event) {
    crash(event.reason);
  });
  // The static shell stays up until the app's first screen is in the page (every screen is a
  // <main id="main">), not just until the app starts: on a deep link the screen's code may
  // still be downloading then, and the page would go blank in between. The observer's callback
  // runs before the next paint, so the two never show together.
  var shellWatch = new MutationObserver(function () {
    if (!document.getElementById("main")) return;
    shellWatch.disconnect();
    var shell = document.getElementById("shell");
    if (shell) shell.remove();
  });
  shellWatch.observe(document.body, { childList: true, subtree: true });
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})();
