import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { NOW, expectScreen, makeSessions, seedProfile } from "./helpers/app";
import { installClock } from "./helpers/clock";

// Moving between screens: Back and Forward land where the person left off (the app restores
// the position itself, once a lazily loaded screen is in the page: src/platform/navigation.rs),
// and a new screen takes the keyboard focus, so a screen reader starts reading it.

test.use({ timezoneId: "UTC" });

const long = makeSessions({ weeks: 40, now: NOW }); // 79 sessions: three pages of the list

function sessionRows(page: Page) {
  return page.getByRole("main").getByRole("list").last().getByRole("listitem");
}

const top = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().top);

/** Where `l` is once the page is still: cards drawn as they come near the viewport
 * (content-visibility) take their real height a frame or two after a scroll. */
async function settledTop(l: Locator): Promise<number> {
  let last = await top(l);
  for (let i = 0; i < 20; i++) {
    await l.page().waitForTimeout(100);
    const now = await top(l);
    if (Math.abs(now - last) < 0.5) return now;
    last = now;
  }
  throw new Error("the page never settled");
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

test("Back from an older session returns to it in the list, with the focus on its link", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, long);
  await page.goto("/history");
  await expectScreen(page, "History");
  await page.getByRole("button", { name: /^Show older sessions/ }).click();
  await expect(sessionRows(page)).toHaveCount(60);
  const link = sessionRows(page).nth(44).getByRole("link");
  await link.scrollIntoViewIfNeeded();
  const href = await link.getAttribute("href");
  const when = (await link.textContent())!.trim(); // the session's heading too
  const before = await settledTop(link);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(3000);

  await link.click();
  await expectScreen(page, when);
  // A new screen starts at its top, with the focus on it.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect.poll(() => focusedId(page)).toBe("main");
  // What a screen reader announces with the focus: the screen's name.
  await expect(page.locator("#main")).toHaveAccessibleName(when);

  await page.goBack();
  await expectScreen(page, "History");
  // The same list (older pages still shown), the same link at the same height on screen.
  await expect(sessionRows(page)).toHaveCount(60);
  const back = page.locator(`main a[href="${href}"]`);
  await expect(back).toBeFocused();
  await expect(back).toBeInViewport();
  expect(Math.abs((await settledTop(back)) - before)).toBeLessThan(2);

  // Forward: the session again, at its top.
  await page.goForward();
  await expectScreen(page, when);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test("Back to the catalog returns to the exercise that was opened", async ({ page }) => {
  await seedProfile(page);
  await page.goto("/exercises");
  await expectScreen(page, "Exercises");
  const link = page.getByRole("main").getByRole("link").filter({ hasText: /./ }).last();
  await link.scrollIntoViewIfNeeded();
  const name = (await link.textContent())!.trim();
  const before = await settledTop(link);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(200);
  await link.click();
  await expectScreen(page, name);
  await page.goBack();
  await expectScreen(page, "Exercises");
  const back = page.getByRole("main").getByRole("link", { name, exact: true });
  await expect(back).toBeFocused();
  expect(Math.abs((await settledTop(back)) - before)).toBeLessThan(2);
});

test("Back from one exercise to another returns to the link that was followed", async ({ page }) => {
  // The page's how-to, and its links to the easier and harder steps, are built a task after
  // the rest: Back must still find the link, not stop at a shorter page.
  await seedProfile(page);
  await page.goto("/exercises/pallof-hold");
  await expectScreen(page, "Pallof press hold");
  // Its next step and its variation both: one link, listed once.
  const path = page.getByRole("main").getByRole("region", { name: "On the path" });
  await expect(path.getByRole("listitem")).toHaveText(["Next step: Pallof press"]);
  const next = path.getByRole("link", { name: "Pallof press", exact: true });
  await next.scrollIntoViewIfNeeded();
  const before = await settledTop(next);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(600);
  await next.click();
  await expectScreen(page, "Pallof press");
  // The same route with another exercise: still a new screen, at its top, with the focus.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect.poll(() => focusedId(page)).toBe("main");
  await page.goBack();
  await expectScreen(page, "Pallof press hold");
  await expect(next).toBeFocused();
  expect(Math.abs((await settledTop(next)) - before)).toBeLessThan(2);
});

test("a reload keeps the place in a long list; a spoilt place is ignored", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, long);
  await page.goto("/history");
  await expectScreen(page, "History");
  const link = sessionRows(page).nth(20).getByRole("link");
  await link.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const before = await settledTop(link); // the place is written as the scroll ends
  const href = await link.getAttribute("href");

  await page.reload();
  await expectScreen(page, "History");
  const again = page.locator(`main a[href="${href}"]`);
  await expect(again).toBeInViewport();
  expect(Math.abs((await settledTop(again)) - before)).toBeLessThan(2);
  // The first screen after a load keeps the focus where the browser puts it.
  expect(await focusedId(page)).not.toBe("main");

  // Whatever the entry's state holds, a load still works, and starts at the top when the
  // place does not read as one.
  await page.evaluate(() => history.replaceState({ rrY: "far", rrLink: 5, rrTop: null }, ""));
  await page.reload();
  await expectScreen(page, "History");
  await expect(sessionRows(page)).toHaveCount(30);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test("the tab bar marks the tab of the screen's section, and only that one", async ({ page }) => {
  await installClock(page, NOW);
  await seedProfile(page, makeSessions({ weeks: 2, now: NOW }));
  const tabs = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const current = () => page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]');
  for (const [path, heading, tab] of [
    ["/", "Today", "Today"],
    ["/exercises", "Exercises", "Exercises"],
    ["/exercises/pallof-press", /Pallof/, "Exercises"],
    ["/history", "History", "History"],
    ["/history/calendar", "Calendar", "History"],
    ["/progress", "Progress", "History"],
    ["/settings", "Settings", "Settings"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(current()).toHaveCount(1);
    await expect(current()).toHaveText(tab);
  }
  // In-app navigation moves the mark without a reload.
  await tabs.filter({ hasText: "History" }).click();
  await expectScreen(page, "History");
  await expect(current()).toHaveText("History");
  await page.getByRole("link", { name: "Calendar" }).click();
  await expect(current()).toHaveText("History");
  await tabs.filter({ hasText: "Today" }).click();
  await expect(current()).toHaveText("Today");
});

test("the app opened by its file name shows Today, not 'Page not found'", async ({ page }) => {
  await seedProfile(page);
  await page.goto("/index.html");
  await expectScreen(page, "Today");
});

test("a workout stage that replaces the one whose button was pressed takes the focus", async ({ page }) => {
  // The check-in, the exercise and the summary share the address /workout: no move to another
  // page, but the button that started the workout goes with the check-in, and the focus must
  // not fall back to the document (a screen reader would start again from its top).
  // A short screen, so that the answer is reached by scrolling.
  await page.setViewportSize({ width: 320, height: 420 });
  await seedProfile(page);
  await page.goto("/workout");
  await expectScreen(page, "Ready?");
  const answer = page
    .getByRole("group", { name: "How does your back feel right now?" })
    .getByRole("button", { name: "9", exact: true });
  await answer.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await answer.click();
  // 9 is above the pain limit: the app says so, and its note takes the focus.
  await expect(page.getByRole("heading", { name: "Your back is very sore right now" })).toBeFocused();
  await page.getByRole("button", { name: "Start gently" }).click();
  await expectScreen(page, "Knee rotations on the floor");
  await expect.poll(() => focusedId(page)).toBe("main");
  // It starts at its top, like any new screen, not at the check-in's offset.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page.locator("#main")).toHaveAccessibleName("Knee rotations on the floor");
});
