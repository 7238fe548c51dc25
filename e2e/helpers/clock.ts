import type { Page } from "@playwright/test";

/**
 * `page.clock.install`, plus a shim that keeps timer ids small.
 *
 * Playwright's fake clock numbers its timers from 1e12. The app clears intervals through
 * web-sys, which holds a timer id in an i32, so under the fake clock `clearInterval` gets a
 * truncated id and clears nothing: every interval the app ever started keeps firing. Browsers
 * hand out small ids, so this only happens in tests; the shim gives the app small ids that map
 * to the clock's own, and changes nothing else. (Added after the clock's own init script, so
 * it wraps the fake functions, on every navigation.)
 */
export async function installClock(page: Page, time: number): Promise<void> {
  await page.clock.install({ time });
  await page.addInitScript(() => {
    const ids = new Map<number, unknown>();
    let next = 1;
    const pairs = [
      ["setInterval", "clearInterval"],
      ["setTimeout", "clearTimeout"],
    ] as const;
    for (const [set, clear] of pairs) {
      const realSet = window[set] as (...args: unknown[]) => unknown;
      const realClear = window[clear] as (id: unknown) => void;
      (window as any)[set] = function (...args: unknown[]) {
        const id = next++;
        ids.set(id, realSet.apply(window, args));
        return id;
      };
      (window as any)[clear] = function (id: number) {
        const real = ids.get(id);
        ids.delete(id);
        if (real !== undefined) realClear.call(window, real);
      };
    }
  });
}
