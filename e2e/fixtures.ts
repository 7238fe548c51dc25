import { test as base, expect } from "@playwright/test";

// Every spec imports `test` and `expect` from here instead of "@playwright/test", and so gets,
// without asking, the app's two promises checked on every page it opens:
//   - no request leaves the app's origin (no CDN, font service, analytics: the CSP forbids
//     them, and the app must work offline);
//   - no console error, uncaught exception, failed request or HTTP error response
//     (a CSP violation shows up as a console error, so this also guards the CSP).
// A spec that provokes one on purpose declares it: `test.use({ allowedConsoleErrors: [/.../] })`
// or `test.use({ allowFailedRequests: true })` (e.g. after `context.setOffline(true)`).

export type Diagnostics = {
  /** Every URL requested by any page or worker of the test's browser context, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed at the network level or got an HTTP status >= 400. */
  failedRequests: string[];
};

type Options = {
  allowedConsoleErrors: RegExp[];
  allowFailedRequests: boolean;
};

const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

export const test = base.extend<Options & { diagnostics: Diagnostics; guard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  allowFailedRequests: [false, { option: true }],

  diagnostics: async ({}, use) => {
    await use({ requests: [], errors: [], failedRequests: [] });
  },

  guard: [
    async ({ context, baseURL, diagnostics, allowedConsoleErrors, allowFailedRequests }, use) => {
      // Listen on the context, not the page, so popups and the service worker are covered too.
      context.on("request", (req) => diagnostics.requests.push(req.url()));
      context.on("console", (msg) => {
        if (msg.type() === "error") diagnostics.errors.push(`console error: ${msg.text()} (${msg.location().url})`);
      });
      context.on("weberror", (err) => diagnostics.errors.push(`uncaught exception: ${err.error().message}`));
      context.on("requestfailed", (req) => {
        const why = req.failure()?.errorText ?? "failed";
        // A navigation cancels what the previous page still had in flight: not a fault.
        if (why !== "net::ERR_ABORTED") diagnostics.failedRequests.push(`${req.url()} (${why})`);
      });
      context.on("response", (res) => {
        if (res.status() >= 400) diagnostics.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
      });

      await use();

      // One assertion listing every problem, so a failure shows all of them at once.
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const problems = [
        ...diagnostics.requests
          .filter((url) => {
            const u = new URL(url);
            return !LOCAL_SCHEMES.has(u.protocol) && u.origin !== origin;
          })
          .map((url) => `left the origin: ${url}`),
        ...diagnostics.errors.filter(
          (e) =>
            !allowedConsoleErrors.some((re) => re.test(e)) &&
            // The browser also logs each failed request as a console error.
            !(allowFailedRequests && /Failed to load resource|net::ERR_/.test(e)),
        ),
        ...(allowFailedRequests ? [] : diagnostics.failedRequests.map((r) => `failed request: ${r}`)),
      ];
      expect(problems, "foreign requests, console errors, failed requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
