// Builds one date formatter and ends. The browser keeps the locale data it loads for that in
// caches its page shares with this worker, so the app's own formatter, built later on the main
// thread, no longer costs a long task (src/platform/clock.rs, `prepare_formatting`).
onmessage = (event) => {
  new Intl.DateTimeFormat(event.data.locales, event.data.options).format(new Date());
  postMessage("ready");
  close();
};
