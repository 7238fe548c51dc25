import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { MAIN_SCREENS, NOW, expectScreen, makeSessions, seedProfile, startSeededWorkout } from "./helpers/app";
import { installClock } from "./helpers/clock";

// Issue 7: usable at 320 px wide and with text at 200 %. Nothing may need a sideways scroll:
// a page wider than the screen, or a control cut off at its right edge, is what a person with
// large text or a small phone meets first.

const sessions = makeSessions({ weeks: 12, now: NOW });

// The main screens, the set-up's choice cards, and the workout's check-in.
const SCREENS: [string, string][] = [
  ...MAIN_SCREENS,
  ["/start/level", "Where are you starting?"],
  ["/start/equipment", "What do you have?"],
  ["/start/plan", "Your plan"],
  ["/workout", "Ready?"],
];

/** Elements whose right edge is past the viewport, and the page's own overflow. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll("main *, nav *, header *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        // Inside a container that scrolls sideways on purpose (none today) is fine.
        return r.right > width + 1 || r.left < -1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    return { pageWidth: document.documentElement.scrollWidth, width, cut: cut.slice(0, 5) };
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const o = await overflow(page);
  expect(o.cut, `cut off at ${o.width} px`).toEqual([]);
  expect(o.pageWidth).toBeLessThanOrEqual(o.width);
}

for (const [label, setup] of [
  ["320 px wide", async (page: Page) => page.setViewportSize({ width: 320, height: 640 })],
  // A 390 px phone zoomed to 200 %: 195 CSS px.
  ["200 % zoom", async (page: Page) => page.setViewportSize({ width: 195, height: 422 })],
  [
    "text at 200 %",
    // The phone's font-size setting: Chromium's minimum/default font size scale every rem.
    async (page: Page) => {
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => {
          document.documentElement.style.fontSize = "200%";
        });
      });
    },
  ],
] as const) {
  test(`every screen reflows at ${label}`, async ({ page }) => {
    await setup(page);
    await installClock(page, NOW);
    await seedProfile(page, sessions);
    for (const [url, heading] of SCREENS) {
      await page.goto(url);
      await expectScreen(page, heading);
      await test.step(url, () => expectNoSidewaysScroll(page));
    }
    // The running workout, its biggest numbers included.
    await page.goto("/workout");
    await page.getByRole("button", { name: "Start without answering" }).click();
    await expect(page.getByTestId("seconds-left")).toBeVisible();
    await test.step("running workout", () => expectNoSidewaysScroll(page));
  });
}

// At 200 % zoom the tab bar no longer fits one row: a control that takes the keyboard focus
// must still be seen, not hidden under a pinned bar (WCAG 2.4.11). The browser scrolls a
// focused control into view; whatever is on top at its centre must be the control itself.
test("at 200 % zoom, no control with the focus is hidden under a pinned bar", async ({ page }) => {
  await page.setViewportSize({ width: 195, height: 422 });
  await installClock(page, NOW);
  await seedProfile(page, sessions);
  for (const [url, heading] of [...SCREENS, [`/history/${sessions.at(-1)!.id}`, /./] as [string, RegExp]]) {
    await page.goto(url);
    await expectScreen(page, heading);
    const hidden = await page.evaluate(async () => {
      const found: string[] = [];
      const controls = [...document.querySelectorAll<HTMLElement>("main a[href], main button, main input, main select, main textarea")];
      for (const el of controls) {
        const r0 = el.getBoundingClientRect();
        if (r0.width === 0 || r0.height === 0) continue;
        el.focus();
        // What lies on top of the control's centre, when that is a pinned bar (or inside one)
        // the control is not part of. A card drawn only as it comes into view may still move
        // things for a frame or two, so a second look before it counts.
        const underBar = () => {
          const r = el.getBoundingClientRect();
          let top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          for (; top && top !== document.body; top = top.parentElement) {
            const position = getComputedStyle(top).position;
            if (position === "sticky" || position === "fixed") return top.contains(el) ? null : top;
          }
          return null;
        };
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        let bar = underBar();
        if (bar) {
          await new Promise((done) => setTimeout(done, 200));
          el.focus();
          bar = underBar();
        }
        if (bar) {
          found.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 30)}" under ${bar.tagName.toLowerCase()}.${bar.className}`);
        }
      }
      return found;
    });
    await test.step(url, () => expect(hidden).toEqual([]));
  }
});

// A select shows only its chosen option: text cut at its edge ("Any equipm…", "Landmine or
// barb…") cannot be read, and does not show as overflow above.
for (const width of [320, 390, 430]) {
  test(`every select shows its options whole at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await installClock(page, NOW);
    await seedProfile(page, sessions);
    for (const [url, heading] of [["/exercises", "Exercises"], ["/settings", "Settings"]]) {
      await page.goto(url);
      await expectScreen(page, heading);
      await expect(page.locator("main select").first()).toBeVisible();
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLSelectElement>("main select")].flatMap((select) => {
          const style = getComputedStyle(select);
          const probe = document.createElement("span");
          probe.style.font = style.font;
          probe.style.position = "absolute";
          probe.style.whiteSpace = "nowrap";
          document.body.append(probe);
          // Room for the text: the inner width less the padding and the arrow (about 1.5 em).
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
          const long = [...select.options].filter((o) => {
            probe.textContent = o.text;
            return probe.getBoundingClientRect().width > room;
          });
          probe.remove();
          return long.map((o) => o.text);
        }),
      );
      expect(cut, url).toEqual([]);
    }
  });
}

// With the phone propped up two metres away, a control below the fold is out of reach: "This
// hurts" above all. On a small phone, a larger one and a phone on its side, every control of
// the running workout is on screen, in each kind of block (reps, rest, a hold). With text at
// 200 % not everything fits: the page scrolls, and the ways out stay pinned on screen.
for (const [width, height, bigText] of [
  [320, 640, false],
  [375, 667, false],
  [390, 844, false],
  [844, 390, false],
  [390, 844, true],
] as const) {
  const label = `${width}×${height}${bigText ? ", text at 200 %" : ""}`;
  const title = bigText
    ? `the workout's ways out stay on screen at ${label}, the rest scrolls`
    : `every workout control is on screen at ${label}, without scrolling`;
  test(title, async ({ page }) => {
    await page.setViewportSize({ width, height });
    if (bigText) {
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => {
          document.documentElement.style.fontSize = "200%";
        });
      });
    }
    await startSeededWorkout(page, NOW + 60_000, 2);
    const controls = bigText ? ["This hurts", "End workout"] : ["Pause", "Back", "Skip", "This hurts", "End workout"];
    // Seconds into the workout: knee rotations' reps, the rest after them, a Pallof hold.
    let t = 0;
    for (const [at, extra] of [
      [20, "Finish this set"],
      [60, "15 s more rest"],
      [175, null],
    ] as const) {
      await page.clock.runFor((at - t) * 1000);
      t = at;
      for (const name of extra && !bigText ? [...controls, extra] : controls) {
        const button = page.getByRole("button", { name, exact: true });
        await expect(button, `${name} at ${at} s`).toBeInViewport({ ratio: 1 });
        // In view is not enough: at 320 px Skip wrapped under the pinned ways out. A tap on
        // its middle must reach it.
        const reached = await button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return !!hit && b.contains(hit);
        });
        expect(reached, `${name} at ${at} s is not covered`).toBe(true);
      }
      if (!bigText) expect(await page.evaluate(() => scrollY)).toBe(0);
    }
    if (bigText) {
      // Scrolled to the count at the top, the ways out are still there.
      await page.evaluate(() => scrollTo(0, 0));
      await expect(page.getByTestId("seconds-left")).toBeInViewport();
      await expect(page.getByRole("button", { name: "This hurts", exact: true })).toBeInViewport({ ratio: 1 });
    }
  });
}
