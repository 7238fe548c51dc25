import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { KEYS, NOW, expectScreen, seedProfile, startSeededWorkout, storedData } from "./helpers/app";

// Issue 3: the guided workout on Playwright's controlled clock. The plan is the seeded
// beginner's: knee rotations 2 x 8 reps (3 s each way, rest 30 s), then the Pallof hold
// 3 x 10 s each side (rest 30 s), with a 5 s get-ready before every work block:
//
//   knee, each set:   get ready 5, reps 8 x 6 = 48, rest 30                       = 83 s, x 2
//   Pallof, each set: get ready 5, hold 10 (left), get ready 5, hold 10 (right), rest 30
//                     (no rest after the very last set)                    = 60 + 60 + 30 s
//
// so 0-5 get ready, 5-53 reps, 53-83 rest, 83-88 get ready, 88-136 reps, 136-166 rest,
// 166-171 get ready (left), 171-181 hold, 181-186 get ready (right), 186-196 hold,
// 196-226 rest, set 2 at 226, set 3 at 286, the last hold 306-316: 316 s in all.

const KNEE = "Knee rotations on the floor";
const HOLD = "Pallof press hold";
const KNEE_SET_S = 5 + 8 * 2 * 3 + 30;
const HOLD_SET_S = 5 + 10 + 5 + 10 + 30;
const TOTAL_S = 2 * KNEE_SET_S + 3 * HOLD_SET_S - 30;

/** Where the workout starts: ten minutes after the clock was installed, exactly. */
const T0 = NOW + 10 * 60 * 1000;

/** Seconds since the start of the workout, moved only by the test. */
class Timeline {
  t = 0;
  constructor(private page: Page) {}

  /** Runs the clock (every 100 ms tick fires) until `seconds` into the workout. */
  async to(seconds: number) {
    const ms = Math.round((seconds - this.t) * 1000);
    expect(ms, "the timeline only moves forward").toBeGreaterThanOrEqual(0);
    if (ms > 0) await this.page.clock.runFor(ms);
    this.t = seconds;
  }

  /** Jumps to `seconds` the way a hidden page or a locked phone does: timers fire once. */
  async jump(seconds: number) {
    const ms = Math.round((seconds - this.t) * 1000);
    await this.page.clock.fastForward(ms);
    this.t = seconds;
  }
}

/** A seeded beginner starts the workout with this pain score at T0, on a paused clock. */
async function startWorkout(page: Page, pain = 2): Promise<Timeline> {
  await startSeededWorkout(page, T0, pain);
  return new Timeline(page);
}

type Screen = {
  name?: string;
  /** "Set 1 of 3 · Left side", "Set 1 of 3 done" (resting) */
  where?: string;
  /** "Get ready", "Hold", "Go", "Rest", "Paused" */
  phase?: string;
  seconds?: number;
  /** "3 / 8" */
  reps?: string;
  next?: string;
};

/** What the running workout shows now. */
async function expectWorkout(page: Page, s: Screen) {
  const main = page.getByRole("main");
  const now = page.getByRole("region", { name: "Now" });
  if (s.name !== undefined) await expect(main.getByRole("heading", { level: 1 })).toHaveText(s.name);
  if (s.where !== undefined) await expect(main.getByText(/^Set \d+ of \d+( · | done$)/)).toHaveText(s.where);
  if (s.phase !== undefined) await expect(now.getByRole("paragraph").first()).toHaveText(s.phase);
  if (s.seconds !== undefined) await expect(page.getByTestId("seconds-left")).toHaveText(String(s.seconds));
  if (s.reps !== undefined) await expect(page.getByTestId("reps")).toHaveText(s.reps);
  if (s.next !== undefined) await expect(now.getByText(/^(Next: |Then: |Last one)/)).toHaveText(s.next);
}

/** Reloads on the paused clock; the loader waits for a frame and a timer, so give it 0.1 s. */
async function reload(page: Page, clock: Timeline) {
  await page.reload();
  await clock.to(clock.t + 0.1);
}

/** The lines of an exercise's card on the summary. */
function summarySets(page: Page, exercise: string) {
  return page.getByRole("region", { name: exercise }).getByRole("listitem");
}

test("a beginner completes a whole workout, checks in, and finds it in History", async ({ page }) => {
  // Every 100 ms tick of the 316 s runs (about 3,200 of them): this is the long one.
  test.setTimeout(180_000);
  expect(TOTAL_S).toBe(316);
  const clock = await startWorkout(page, 2);

  // Knee rotations, set 1.
  await expectWorkout(page, { name: KNEE, where: "Set 1 of 2 · Side to side", phase: "Get ready", seconds: 5, next: "Then: 8 reps" });
  await expect(page).toHaveTitle("Get ready: Knee rotations on the floor, side to side. Set 1 of 2. · Rotation Rehab");
  await clock.to(2.5);
  await expectWorkout(page, { phase: "Get ready", seconds: 3 });
  await clock.to(5.5);
  await expectWorkout(page, { phase: "Go", reps: "0 / 8" });
  await expect(page.getByText("Turn slowly out")).toBeVisible();
  await clock.to(5 + 4);
  await expect(page.getByText("And back to the middle")).toBeVisible();
  await clock.to(5 + 3 * 6 + 1);
  await expectWorkout(page, { phase: "Go", reps: "3 / 8" });
  await clock.to(53.5);
  await expectWorkout(page, { phase: "Rest", seconds: 30, where: "Set 1 of 2 done", next: "Next: side to side, reps" });
  await clock.to(83.5);
  await expectWorkout(page, { phase: "Get ready", where: "Set 2 of 2 · Side to side", seconds: 5 });
  await clock.to(136.5);
  await expectWorkout(page, { phase: "Rest", seconds: 30, next: `Next: ${HOLD}` });

  // The Pallof hold: left, then right, three times.
  await clock.to(166.5);
  await expectWorkout(page, { name: HOLD, where: "Set 1 of 3 · Left side", phase: "Get ready", seconds: 5, next: "Then: hold 10 s" });
  await clock.to(171.5);
  await expectWorkout(page, { where: "Set 1 of 3 · Left side", phase: "Hold", seconds: 10 });
  await expect(page).toHaveTitle("Hold. Left side. Set 1 of 3. · Rotation Rehab");
  // On a tall phone the side has a line of its own, in letters to read from a mat away.
  const side = await page.getByText("Left side", { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(side).toBeGreaterThanOrEqual(40);
  // The seconds count down.
  for (const left of [9, 8, 7, 6, 5, 4, 3, 2, 1]) {
    await clock.to(181.5 - left);
    await expectWorkout(page, { phase: "Hold", seconds: left });
  }
  await clock.to(181.5);
  await expectWorkout(page, { where: "Set 1 of 3 · Right side", phase: "Get ready", seconds: 5 });
  await clock.to(190);
  await expectWorkout(page, { where: "Set 1 of 3 · Right side", phase: "Hold", seconds: 6, next: "Next: rest" });
  await clock.to(200);
  await expectWorkout(page, { phase: "Rest", seconds: 26, where: "Set 1 of 3 done", next: "Next: left side, hold" });
  await clock.to(235);
  await expectWorkout(page, { where: "Set 2 of 3 · Left side", phase: "Hold", seconds: 6 });
  await clock.to(295);
  await expectWorkout(page, { where: "Set 3 of 3 · Left side", phase: "Hold", seconds: 6 });
  await clock.to(310);
  await expectWorkout(page, { where: "Set 3 of 3 · Right side", phase: "Hold", seconds: 6, next: "Last one" });
  await clock.to(315.5);
  await expectWorkout(page, { phase: "Hold", seconds: 1 });
  await clock.to(TOTAL_S);

  // The summary.
  await expectScreen(page, "Well done");
  await expect(summarySets(page, KNEE)).toHaveText([
    "Set 1 · Both ways: 8 reps of 8 reps",
    "Set 2 · Both ways: 8 reps of 8 reps",
  ]);
  await expect(summarySets(page, HOLD)).toHaveText(
    [1, 2, 3].flatMap((n) => [`Set ${n} · Left: 10 s of 10 s`, `Set ${n} · Right: 10 s of 10 s`]),
  );
  await page.getByRole("group", { name: "Your back now, 0 to 10" }).getByRole("radio", { name: "1", exact: true }).check();
  await page.getByRole("group", { name: "How hard did it feel?" }).getByRole("radio", { name: "About right" }).check();
  await page.getByRole("button", { name: "Save to my history" }).click();

  await expectScreen(page, "History");
  // The button pressed is gone with its screen: the focus moves to the new one, not to the page
  // (once a frame has shown it: frames run with the clock).
  await clock.to(TOTAL_S + 1);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  const row = page.getByRole("listitem").filter({ hasText: `${KNEE}, ${HOLD}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Completed · Pain 2 → 1");
  await expect(page.getByTestId("week")).toContainText("1 of 2 training days");

  await reload(page, clock);
  await expectScreen(page, "History");
  await expect(page.getByRole("listitem").filter({ hasText: `${KNEE}, ${HOLD}` })).toContainText("Completed · Pain 2 → 1");
  const history = await storedData(page, KEYS.history);
  expect(history.sessions).toHaveLength(1);
  const session = history.sessions[0];
  expect(session).toMatchObject({ started_at: T0, ended_at: T0 + TOTAL_S * 1000, pain_before: 2, pain_after: 1, effort: "about-right" });
  expect(session.outcome).toBeUndefined(); // completed, the default
  expect(session.exercises[1].sets).toHaveLength(6);
  // The workout in progress is gone: Today offers a new one.
  expect((await storedData(page, KEYS.workout))?.workout ?? null).toBeNull();
});

test("a reload in the middle of a hold resumes with the right seconds left", async ({ page }) => {
  const clock = await startWorkout(page);
  // 4 s into the first 10 s hold (left side).
  await clock.jump(170);
  await clock.to(171 + 4);
  await expectWorkout(page, { name: HOLD, where: "Set 1 of 3 · Left side", phase: "Hold", seconds: 6 });

  await reload(page, clock);
  const sheet = page.getByRole("dialog", { name: "Your workout is still going" });
  await expect(sheet).toBeVisible();
  await expectWorkout(page, { name: HOLD, where: "Set 1 of 3 · Left side", phase: "Hold", seconds: 6 });
  await sheet.getByRole("button", { name: "Carry on" }).click();
  await expect(sheet).toHaveCount(0);

  await clock.to(176.5);
  await expectWorkout(page, { phase: "Hold", seconds: 5 });
  await clock.to(181.5);
  await expectWorkout(page, { where: "Set 1 of 3 · Right side", phase: "Get ready", seconds: 5 });
});

test("after a reload, the workout can be stopped and saved as it is", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.jump(59);
  await clock.to(60);
  await reload(page, clock);
  const sheet = page.getByRole("dialog", { name: "Your workout is still going" });
  await expectWorkout(page, { name: KNEE, phase: "Rest", seconds: 23 });
  await sheet.getByRole("button", { name: "Stop here and save what I did" }).click();

  await expectScreen(page, "Workout ended");
  await expect(summarySets(page, KNEE)).toHaveText(["Set 1 · Both ways: 8 reps of 8 reps"]);
  await expect(summarySets(page, HOLD)).toHaveText(["Not started."]);
  await page.getByRole("button", { name: "Save to my history" }).click();
  await expectScreen(page, "History");
  await expect(page.getByRole("listitem").filter({ hasText: KNEE })).toContainText("Ended early · Pain before 2");
});

test("after hours away, the workout waits where it was left instead of logging sets not done", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(60);
  await expectWorkout(page, { name: KNEE, phase: "Rest", seconds: 23 });

  // The phone put down with the page open until the next morning: the clock says the workout
  // ended long ago, but nobody did the rest of it.
  await clock.jump(60 + 15 * 3600);
  await expectWorkout(page, { name: KNEE, phase: "Paused", seconds: 23 });
  await reload(page, clock);
  const sheet = page.getByRole("dialog", { name: "Your workout is still going" });
  await expect(sheet).toContainText("the workout waited where you left it");
  await sheet.getByRole("button", { name: "Carry on" }).click();
  await expect(sheet).toHaveCount(0);
  await clock.to(clock.t + 5);
  await expectWorkout(page, { name: KNEE, phase: "Rest", seconds: 18 });

  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");
  await expect(summarySets(page, KNEE)).toHaveText(["Set 1 · Both ways: 8 reps of 8 reps"]);
  await expect(summarySets(page, HOLD)).toHaveText(["Not started."]);
});

/** The page hidden or shown, as switching apps or locking the phone does. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

test("a page left hidden counts on for five minutes, then waits, though its timers still fire", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(3);
  await setHidden(page, true);
  // Twenty minutes in another app: a hidden page's timers fire about once a minute.
  for (let minute = 1; minute <= 20; minute++) await clock.jump(3 + 60 * minute);
  await setHidden(page, false);
  // Hidden at 3 s, so it waits at 303 s: the last set's get-ready before the right side.
  await expectWorkout(page, { name: HOLD, where: "Set 3 of 3 · Right side", phase: "Paused", seconds: 3 });
  await expect(page.getByRole("heading", { name: "Well done" })).toHaveCount(0);
});

test("a long hidden interval is caught up to exactly where the clock says", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(3);
  await expectWorkout(page, { name: KNEE, phase: "Get ready", seconds: 2 });

  // A minute away: through the rest of the get-ready and the whole first set of reps.
  await clock.jump(63);
  await expectWorkout(page, { name: KNEE, where: "Set 1 of 2 done", phase: "Rest", seconds: 20, next: "Next: side to side, reps" });

  // Two more minutes: the second set, its rest, and into the Pallof hold's right side.
  await clock.jump(183);
  await expectWorkout(page, { name: HOLD, where: "Set 1 of 3 · Right side", phase: "Get ready", seconds: 3, next: "Then: hold 10 s" });

  // And into the second set's left hold.
  await clock.jump(238);
  await expectWorkout(page, { name: HOLD, where: "Set 2 of 3 · Left side", phase: "Hold", seconds: 3 });

  // Everything passed while away was logged as done, in full.
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");
  await expect(summarySets(page, KNEE)).toHaveText([
    "Set 1 · Both ways: 8 reps of 8 reps",
    "Set 2 · Both ways: 8 reps of 8 reps",
  ]);
  await expect(summarySets(page, HOLD)).toHaveText([
    "Set 1 · Left: 10 s of 10 s",
    "Set 1 · Right: 10 s of 10 s",
    "Set 2 · Left: 7 s of 10 s (cut short)",
  ]);
});

test("on a 320 px screen, Pause and Resume keep one place: a second tap on the same spot resumes", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const clock = await startWorkout(page);
  await clock.to(2);
  const pause = await page.getByRole("button", { name: "Pause" }).boundingBox();
  expect(pause).not.toBeNull();
  await page.getByRole("button", { name: "Pause" }).click();
  await expectWorkout(page, { phase: "Paused", seconds: 3 });
  const resume = await page.getByRole("button", { name: "Resume" }).boundingBox();
  expect(resume).toEqual(pause);
  const x = pause!.x + pause!.width / 2;
  const y = pause!.y + pause!.height / 2;
  // The button under the same spot is the one Space works: Pause, now Resume.
  const there = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest("button")?.getAttribute("aria-keyshortcuts"),
    [x, y],
  );
  expect(there).toBe("Space");
  // Paused shows from across the room: the count sits in a frame.
  await expect(page.locator(".wk-now")).toHaveCSS("outline-style", "dashed");
});

test("keyboard: Space pauses and resumes, the arrows skip and go back", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(2);
  await expectWorkout(page, { phase: "Get ready", seconds: 3 });

  await page.keyboard.press("Space");
  await expectWorkout(page, { phase: "Paused", seconds: 3 });
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  // Paused means paused.
  await clock.to(12);
  await expectWorkout(page, { phase: "Paused", seconds: 3 });

  await page.keyboard.press("Space");
  await expectWorkout(page, { phase: "Get ready", seconds: 3 });
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await clock.to(13);
  await expectWorkout(page, { phase: "Get ready", seconds: 2 });

  // Skip the rest of the get-ready, then the set itself.
  await page.keyboard.press("ArrowRight");
  await expectWorkout(page, { phase: "Go", reps: "0 / 8", where: "Set 1 of 2 · Side to side" });
  await page.keyboard.press("ArrowRight");
  await expectWorkout(page, { phase: "Rest", seconds: 30, where: "Set 1 of 2 done" });

  // Back from a rest: the set before it, from its get-ready.
  await page.keyboard.press("ArrowLeft");
  await expectWorkout(page, { phase: "Get ready", seconds: 5, where: "Set 1 of 2 · Side to side" });
  await clock.to(13 + 5 + 6 + 1);
  await expectWorkout(page, { phase: "Go", reps: "1 / 8" });
});

test("keyboard: a control that goes with its phase hands the focus to the screen, and the arrows work from a button", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(6);
  await expectWorkout(page, { phase: "Go" });
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  // "Finish this set" by keyboard: the rest that follows has no such button.
  await page.getByRole("button", { name: "Finish this set" }).focus();
  await page.keyboard.press("Enter");
  await expectWorkout(page, { phase: "Rest" });
  await expect.poll(focused).toBe("main");
  // So Space pauses, as the screen says.
  await page.keyboard.press("Space");
  await expectWorkout(page, { phase: "Paused" });
  await page.keyboard.press("Space");
  // "15 s more rest" had the focus when the rest ran out by itself.
  await page.getByRole("button", { name: "15 s more rest" }).focus();
  await clock.to(6 + 31);
  await expectWorkout(page, { phase: "Get ready" });
  await expect.poll(focused).toBe("main");
  // From a focused button, the arrows still skip and go back (Space presses the button).
  await page.getByRole("button", { name: "Skip" }).focus();
  await page.keyboard.press("ArrowRight");
  await expectWorkout(page, { phase: "Go" });
  await page.keyboard.press("ArrowLeft");
  await expectWorkout(page, { phase: "Get ready" });
});

test("a tap that removes its own button leaves the page where it was", async ({ page }) => {
  // A short screen, scrolled to its controls: the focus goes to the screen, the page stays.
  await page.setViewportSize({ width: 320, height: 480 });
  const clock = await startWorkout(page);
  await clock.to(6);
  await expectWorkout(page, { phase: "Go" });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Finish this set" }).click();
  await expectWorkout(page, { phase: "Rest" });
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
});

// The sheets and the summary's answers are local state of the workout screen: they must live
// through the ticks and events that change the workout (until 0d66a40, every tick rebuilt the
// screen, so "What is happening?" never opened, "End the workout now?" closed within 100 ms
// and the summary's answers were reset). Time runs between the taps, as it does for a person.
test("'This hurts' → sharp pain stops the workout, advises, and saves it as stopped", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(20);
  await page.getByRole("button", { name: "This hurts" }).click();
  const sheet = page.getByRole("dialog", { name: "What is happening?" });
  await expect(sheet).toBeVisible();
  await expectWorkout(page, { phase: "Paused" });
  // A person reads the choices.
  await clock.to(22);
  await sheet.getByRole("button", { name: "Sharp pain, or pain that keeps rising" }).click();

  await expectScreen(page, "Stopped for today");
  const advice = page.getByRole("alert").filter({ hasText: "Stop for today." });
  await expect(advice.getByRole("heading")).toHaveText("Sharp pain, or pain that keeps rising");
  await expect(advice).toContainText("Next time, make the movement smaller.");
  await expect(advice).toContainText("To keep what you did in your history, tap “Save to my history” at the bottom.");
  await expect(summarySets(page, KNEE)).toHaveText(["Set 1 · Both ways: 2 reps of 8 reps (cut short)"]);

  // Stored as stopped before anything else is answered.
  await reload(page, clock);
  await expectScreen(page, "Stopped for today");
  await page.getByRole("button", { name: "Save to my history" }).click();
  await expectScreen(page, "History");
  const row = page.getByRole("listitem").filter({ hasText: KNEE });
  await expect(row).toContainText("Stopped for pain");
  const history = await storedData(page, KEYS.history);
  expect(history.sessions[0].outcome).toEqual({ stopped: "sharp-or-rising" });
});

test("after a stop for a warning sign, the next workout waits for a clinician's go-ahead", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(20);
  await page.getByRole("button", { name: "This hurts" }).click();
  await page.getByRole("dialog", { name: "What is happening?" }).getByRole("button", { name: /numbness, tingling or weakness/ }).click();
  await expectScreen(page, "Stopped for today");
  await page.getByRole("button", { name: "Save to my history" }).click();
  await expectScreen(page, "History");

  await page.goto("/workout");
  await clock.to(clock.t + 0.5);
  await expectScreen(page, "Check with a clinician first");
  await expect(page.getByRole("button", { name: "2", exact: true })).toHaveCount(0);
  // Asked again on every visit until answered.
  await reload(page, clock);
  await expectScreen(page, "Check with a clinician first");
  await page.getByRole("button", { name: "A clinician has checked me: carry on" }).click();
  await expectScreen(page, "Ready?");
  const stop = (await storedData(page, KEYS.history)).sessions.at(-1);
  expect((await storedData(page, KEYS.profile)).red_flag_cleared).toBe(stop.id);
  await reload(page, clock);
  await expectScreen(page, "Ready?");
});

test("pain above 5 at the end gets its advice before saving", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(30);
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("dialog", { name: "End the workout now?" }).getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");
  // The check-in comes before the list of sets, where a long list would hide it.
  const checkIn = await page.getByRole("heading", { name: "How was it?" }).boundingBox();
  const sets = await page.getByRole("region", { name: KNEE }).boundingBox();
  expect(checkIn!.y).toBeLessThan(sets!.y);
  const scale = page.getByRole("group", { name: "Your back now, 0 to 10" });
  // What 0 and 10 mean is said once, as the group's description.
  await expect(scale).toHaveAccessibleDescription("0 no pain 10 worst");
  const advice = page.getByText("That is more than these exercises should cause.");
  await scale.getByRole("radio", { name: "5", exact: true }).check();
  await expect(advice).toBeHidden();
  await scale.getByRole("radio", { name: "7", exact: true }).check();
  await expect(advice).toBeVisible();
  await expect(advice).toContainText("ask a doctor or physiotherapist");
});

test("a back above 5 at the check-in is told first: rest, a wrong tap taken back, or a gentle start", async ({ page }) => {
  await seedProfile(page);
  await page.goto("/workout");
  await expectScreen(page, "Ready?");
  const scale = page.getByRole("group", { name: "How does your back feel right now?" });
  const note = page.getByRole("heading", { name: "Your back is very sore right now" });
  await scale.getByRole("button", { name: "8", exact: true }).click();
  await expect(note).toBeFocused();
  await expect(page.getByText("8 out of 10 is more than these exercises are meant for: they should leave your back at 5 or below.")).toBeVisible();
  // The lead's "tapping a number starts the workout" is not true of this note: it goes.
  await expect(page.getByText("Prop your phone up")).toBeHidden();
  // Nothing started yet.
  expect((await storedData(page, KEYS.workout))?.workout ?? null).toBeNull();
  await page.getByRole("button", { name: "I tapped the wrong number" }).click();
  await expect(note).toHaveCount(0);
  await expect(scale.getByRole("button", { name: "0", exact: true })).toBeFocused();
  await scale.getByRole("button", { name: "7", exact: true }).click();
  await page.getByRole("link", { name: "Rest today" }).click();
  await expectScreen(page, "Today");
  expect((await storedData(page, KEYS.workout))?.workout ?? null).toBeNull();
  await page.goto("/workout");
  await scale.getByRole("button", { name: "9", exact: true }).click();
  await page.getByRole("button", { name: "Start gently" }).click();
  await expectScreen(page, KNEE);
  expect((await storedData(page, KEYS.workout)).workout.pain_before).toBe(9);
});

test("pain above 5 at the end, as high as before the start, is not blamed on the session", async ({ page }) => {
  const clock = await startWorkout(page, 7);
  await clock.to(30);
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("dialog", { name: "End the workout now?" }).getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");
  const scale = page.getByRole("group", { name: "Your back now, 0 to 10" });
  await scale.getByRole("radio", { name: "7", exact: true }).check();
  const advice = page.getByText("Your back was this sore before you started, too.");
  await expect(advice).toBeVisible();
  await expect(advice).toContainText("ask a doctor or physiotherapist");
  await expect(page.getByText("That is more than these exercises should cause.")).toHaveCount(0);
  await scale.getByRole("radio", { name: "9", exact: true }).check();
  await expect(page.getByText("That is more than these exercises should cause.")).toBeVisible();
});

test("End workout → End and save shows the summary of a workout ended early", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(30);
  await page.getByRole("button", { name: "End workout" }).click();
  const sheet = page.getByRole("dialog", { name: "End the workout now?" });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("The workout is paused.");
  // A person reads it and decides: that time is no exercise. Ten seconds more of running would
  // have counted a fifth rep (one every 6 s from 5 s).
  await clock.to(40);
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "End and save" }).click();

  await expectScreen(page, "Workout ended");
  await expect(summarySets(page, KNEE)).toHaveText(["Set 1 · Both ways: 4 reps of 8 reps (cut short)"]);
  // Only what applies is asked: a floor exercise has no load, one not reached has nothing.
  const knee = page.getByRole("region", { name: KNEE });
  const hold = page.getByRole("region", { name: HOLD });
  await expect(knee.getByRole("group", { name: "Range of movement" })).toBeVisible();
  await expect(knee.getByRole("combobox", { name: "Load" })).toHaveCount(0);
  await expect(summarySets(page, HOLD)).toHaveText(["Not started."]);
  await expect(hold.getByRole("combobox")).toHaveCount(0);
  await expect(hold.getByRole("radio")).toHaveCount(0);
  await page.getByRole("button", { name: "Save to my history" }).click();
  await expectScreen(page, "History");
  await expect(page.getByRole("listitem").filter({ hasText: KNEE })).toContainText("Ended early");
});

test("a workout begun by mistake can be left out of the history, after a second tap", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(8);
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("dialog", { name: "End the workout now?" }).getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");

  // The first tap only asks; "Keep it" takes the question back and nothing is lost.
  await page.getByRole("button", { name: "Don't save this workout" }).click();
  const question = page.getByRole("region", { name: "Not save this workout?" });
  await expect(question.getByRole("heading")).toBeFocused();
  await question.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("button", { name: "Don't save this workout" })).toBeFocused();
  await reload(page, clock);
  await expectScreen(page, "Workout ended");

  // A back scored above 5 afterwards is something the next advice rests on: it stays.
  const scale = page.getByRole("group", { name: "Your back now, 0 to 10" });
  await scale.getByRole("radio", { name: "7", exact: true }).check();
  await expect(page.getByRole("button", { name: "Don't save this workout" })).toHaveCount(0);
  await scale.getByRole("radio", { name: "3", exact: true }).check();

  await page.getByRole("button", { name: "Don't save this workout" }).click();
  await page.getByRole("button", { name: "Yes, don't save it" }).click();
  await expectScreen(page, "Today");
  expect((await storedData(page, KEYS.workout)).workout).toBeNull();
  expect(await storedData(page, KEYS.history)).toBeNull();
  await page.goto("/workout");
  await clock.to(clock.t + 0.5);
  await expectScreen(page, "Ready?");
});

test("a workout stopped because it hurt cannot be left out of the history", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(20);
  await page.getByRole("button", { name: "This hurts" }).click();
  await page.getByRole("dialog", { name: "What is happening?" }).getByRole("button", { name: "Sharp pain, or pain that keeps rising" }).click();
  await expectScreen(page, "Stopped for today");
  await expect(page.getByRole("button", { name: "Save to my history" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Don't save this workout" })).toHaveCount(0);
});

test("End workout → Keep going carries on where the workout was, and a paused one stays paused", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(30);
  await expectWorkout(page, { phase: "Go", reps: "4 / 8" });
  await page.getByRole("button", { name: "End workout" }).click();
  const sheet = page.getByRole("dialog", { name: "End the workout now?" });
  await clock.to(45);
  await sheet.getByRole("button", { name: "Keep going" }).click();
  await expect(sheet).toBeHidden();
  // Running again from where it was: the fifth rep (due at 35 s) comes 5 s after, not at once.
  await clock.to(49.5);
  await expectWorkout(page, { phase: "Go", reps: "4 / 8" });
  await clock.to(50.5);
  await expectWorkout(page, { phase: "Go", reps: "5 / 8" });

  // Paused first: the sheet leaves it paused, whichever way it is closed.
  await page.getByRole("button", { name: "Pause" }).click();
  await expectWorkout(page, { phase: "Paused" });
  await page.getByRole("button", { name: "End workout" }).click();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await clock.to(70);
  await expectWorkout(page, { phase: "Paused", reps: "5 / 8" });
});

// Found as a rare "unreachable" in the axe run: the extra tick at a second boundary is a
// timeout, and one that fired after the running screen had gone read its disposed signals.
// A pause of 30 ms shifts the countdown off the 100 ms ticks, so at 2 s the tick schedules
// a boundary tick 30 ms later; the workout ends before it fires. The fixture fails the test on
// the uncaught exception.
test("a tick still pending when the workout ends does no harm", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(1);
  await page.keyboard.press("Space");
  await expectWorkout(page, { phase: "Paused" });
  await page.clock.runFor(30);
  await page.keyboard.press("Space");
  await page.clock.runFor(970);
  await expectWorkout(page, { phase: "Get ready", seconds: 4 });
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("dialog", { name: "End the workout now?" }).getByRole("button", { name: "End and save" }).click();
  await expectScreen(page, "Workout ended");
  await page.clock.runFor(500);
  await expect(page.getByRole("button", { name: "Save to my history" })).toBeEnabled();
});

test("the summary keeps the check-in answers while the range is recorded, and across a reload", async ({ page }) => {
  const clock = await startWorkout(page);
  // To the end in two jumps: a single one of over five minutes would leave the workout
  // waiting where it was left (the time away is not counted as exercise).
  await clock.jump(TOTAL_S / 2);
  await clock.jump(TOTAL_S - 1);
  await clock.to(TOTAL_S);
  await expectScreen(page, "Well done");
  const pain = page.getByRole("group", { name: "Your back now, 0 to 10" }).getByRole("radio", { name: "1", exact: true });
  const effort = page.getByRole("group", { name: "How hard did it feel?" }).getByRole("radio", { name: "About right" });
  await pain.check();
  await effort.check();
  await page.getByRole("region", { name: HOLD }).getByRole("radio", { name: "Medium" }).check();
  await expect(pain).toBeChecked();
  await expect(effort).toBeChecked();
  const note = page.getByLabel("A note for yourself (optional)");
  await note.fill("Left side tight");
  await note.blur();
  // The page reloaded (or dropped by the phone) before saving: nothing answered is lost.
  await reload(page, clock);
  await expectScreen(page, "Well done");
  await expect(pain).toBeChecked();
  await expect(effort).toBeChecked();
  await expect(note).toHaveValue("Left side tight");
  await page.getByRole("button", { name: "Save to my history" }).click();
  await expectScreen(page, "History");
  const session = (await storedData(page, KEYS.history)).sessions[0];
  expect(session).toMatchObject({ pain_after: 1, effort: "about-right", note: "Left side tight" });
  expect(session.exercises[1].range).toBe("medium");
});

test("a workout left running waits on Today, with one way back into it", async ({ page }) => {
  const clock = await startWorkout(page);
  await clock.to(3);
  await page.goto("/");
  await clock.to(3.1);
  await expectScreen(page, "Today");
  const waiting = page.getByRole("status").filter({ hasText: "A workout is waiting" });
  await expect(waiting).toContainText("It is still running.");
  // Not "Start workout" as well: both led to the same running workout.
  await expect(page.getByRole("link", { name: "Start workout" })).toHaveCount(0);
  await waiting.getByRole("link", { name: "Open the workout" }).click();
  await clock.to(3.2);
  await expect(page.getByRole("button", { name: "This hurts" })).toBeVisible();
});
