// Builds one date formatter and ends. The browser keeps the locale data it loads for that in
// caches its page shares with this worker, so the app's own formatter, built later on the main
// thread, no longer costs a long task (src/platform/clock.rs, `prepare_formatting`).
// The locales are the app's (`date_locales` in clock.rs): the person's language when it is
// English, then British English.
onmessage = (event) => {
  const language = navigator.language;
  const english = language.slice(0, 2).toLowerCase() === "en" ? [language] : [];
  new Intl.DateTimeFormat([...english, "en-GB"], event.data).format(new Date());
  postMessage("ready");
  close();
};
