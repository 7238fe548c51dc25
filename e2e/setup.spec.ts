import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { KEYS, expectScreen, makeSessions, profileDocument, seedProfile, seedStorage, storedData } from "./helpers/app";

// Issue 2: the first visit (safety check, level, equipment, plan), the plan following the
// equipment, the catalog's deep links and filters, and accessibility of every screen.

const KNEE = "Knee rotations on the floor";
const HOLD = "Pallof press hold";

/** The exercise names on the plan or the list (the headings of its items), in order. */
function cardNames(page: Page) {
  return page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 });
}

async function passSafetyCheck(page: Page) {
  await page.goto("/");
  await expectScreen(page, "Rotation Rehab");
  await page.getByRole("link", { name: "Get started" }).click();
  await expectScreen(page, "Before you start");
  await page.getByRole("button", { name: "None of these apply to me" }).click();
  await expectScreen(page, "Where are you starting?");
}

test("a new user sets up a plan, lands on Today, and finds it again after a reload", async ({ page }) => {
  await passSafetyCheck(page);

  const next = page.getByRole("button", { name: "Next: equipment" });
  await expect(next).toBeDisabled();
  await expect(page.getByText("Pick a level to go on.")).toBeVisible();
  // Still in the Tab order, it says why in its description, and a press goes to the choices.
  await expect(next).toHaveAccessibleDescription("Pick a level to go on.");
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("radio", { name: /^Beginner/ })).toBeFocused();
  await expectScreen(page, "Where are you starting?");
  // Back to the step before, and forward again.
  await page.getByRole("link", { name: "Back: safety check" }).click();
  await expectScreen(page, "Before you start");
  await page.getByRole("button", { name: "None of these apply to me" }).click();
  await expectScreen(page, "Where are you starting?");
  await page.getByRole("radio", { name: /^Beginner/ }).check();
  await expect(next).toBeEnabled();
  await expect(page.getByText("Pick a level to go on.")).toHaveCount(0);
  await next.click();

  await expectScreen(page, "What do you have?");
  // One step back and forth, by the screen's own link.
  await page.getByRole("link", { name: "Back: your level" }).click();
  await expectScreen(page, "Where are you starting?");
  await expect(page.getByRole("radio", { name: /^Beginner/ })).toBeChecked();
  await next.click();
  await expectScreen(page, "What do you have?");
  const toPlan = page.getByRole("button", { name: "Next: your plan" });
  await expect(toPlan).toBeDisabled();
  await expect(page.getByText("Tick what you have, or “No equipment”, to go on.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Resistance band" }).check();
  await expect(page.getByText("Tick what you have, or “No equipment”, to go on.")).toHaveCount(0);
  // Unticked again, the question is open again: "No equipment" is not ticked for the person.
  await page.getByRole("checkbox", { name: "Resistance band" }).uncheck();
  await expect(page.getByRole("checkbox", { name: /^No equipment/ })).not.toBeChecked();
  await expect(page.getByText("Tick what you have, or “No equipment”, to go on.")).toBeVisible();
  await expect(toPlan).toBeDisabled();
  await page.getByRole("checkbox", { name: "Resistance band" }).check();
  await expect(page.getByRole("checkbox", { name: /^No equipment/ })).not.toBeChecked();
  await toPlan.click();

  await expectScreen(page, "Your plan");
  const knee = page.getByRole("checkbox", { name: new RegExp(`^${KNEE}`) });
  const hold = page.getByRole("checkbox", { name: new RegExp(`^${HOLD}`) });
  await expect(knee).toBeChecked();
  await expect(hold).toBeChecked();
  // The two recommended exercises say why they were picked.
  const kneeChoice = page.locator("label.choice", { has: knee });
  const holdChoice = page.locator("label.choice", { has: hold });
  await expect(kneeChoice).toContainText("Recommended");
  await expect(kneeChoice).toContainText(
    "Made for your level (beginner), and needs no equipment. Good for gentle turning.",
  );
  await expect(holdChoice).toContainText("Recommended");
  await expect(holdChoice).toContainText(
    "Starts at your level and goes up to intermediate, and uses your resistance band. " +
      "Good for holding steady against a twist, which the other exercise does not train.",
  );
  // The others that fit are offered, not picked.
  await expect(page.getByRole("checkbox", { name: /^Texas twist/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Pallof press(?! hold)/ })).not.toBeChecked();
  await expect(page.locator("label.choice", { hasText: "Texas twist" })).not.toContainText("Recommended");

  await page.getByRole("button", { name: "Save my plan" }).click();

  await expectScreen(page, "Today");
  await expect(page).toHaveURL(/\/$/);
  await expect(cardNames(page)).toHaveText([KNEE, HOLD]);
  await expect(page.getByText("2 sets of 8 reps, each rep both ways")).toBeVisible();
  await expect(page.getByText("3 sets of a 10 s hold, each side")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start workout" })).toBeVisible();

  await page.reload();
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([KNEE, HOLD]);
  await expect(page.getByText("Your plan, 2 training days a week. Both sides get the same work.")).toBeVisible();
});

test("the urgent answer shows emergency advice and offers only the way back to the list", async ({ page }) => {
  await page.goto("/start");
  await expectScreen(page, "Before you start");
  await page.getByRole("button", { name: "Something in the first list applies" }).click();

  const advice = page.getByRole("alert").filter({ hasText: "Please get medical help now" });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText("Call your emergency number");
  await expect(advice).toContainText("Do not start these exercises.");

  // No way forward: one button, back to the list, no links, no navigation.
  const main = page.getByRole("main");
  await expect(main.getByRole("button")).toHaveText(["Back to the list"]);
  await expect(main.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);

  // Nor through the address bar: the next step sends people back to the check.
  await page.goto("/start/level");
  await expectScreen(page, "Before you start");
  await expect(page).toHaveURL(/\/start$/);

  await page.getByRole("button", { name: "Something in the first list applies" }).click();
  await page.getByRole("button", { name: "Back to the list" }).click();
  await expect(page.getByRole("button", { name: "None of these apply to me" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Get emergency care now if you have back pain and:" })).toBeVisible();
});

test("a plan without the safety check (an imported profile) sends the workout to the check first", async ({ page }) => {
  const profile = JSON.parse(profileDocument());
  delete profile.data.safety_ok_at;
  await seedStorage(page, { [KEYS.profile]: JSON.stringify(profile) });
  await page.goto("/workout");
  await expectScreen(page, "A safety check first");
  await page.getByRole("link", { name: "Go to the safety check" }).click();
  await expectScreen(page, "Before you start");
});

test("changing the plan keeps the dose an exercise has progressed to", async ({ page }) => {
  // Progression raised the hold from the catalog's 3 sets of 10 s to 4 sets of 20 s.
  const profile = JSON.parse(profileDocument());
  profile.data.plan = [
    { exercise: "pallof-hold", prescription: { sets: 4, dose: { kind: "hold", seconds: 20 }, sides: "each-side", rest_seconds: 30 } },
  ];
  await seedStorage(page, { [KEYS.profile]: JSON.stringify(profile) });
  await page.goto("/");
  await expectScreen(page, "Today");
  await expect(page.getByRole("main")).toContainText("4 sets of a 20 s hold");

  // Adding a second exercise, and saving.
  await page.getByRole("link", { name: "Choose other exercises" }).click();
  await expectScreen(page, "Your plan");
  // Leaving it as it is, without a browser's Back (an installed app has none).
  await page.getByRole("checkbox", { name: new RegExp(KNEE) }).check();
  await page.getByRole("link", { name: "Keep my plan as it is" }).click();
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([HOLD]);

  await page.getByRole("link", { name: "Choose other exercises" }).click();
  await expectScreen(page, "Your plan");
  await expect(page.getByRole("checkbox", { name: new RegExp(HOLD) })).toBeChecked();
  await page.getByRole("checkbox", { name: new RegExp(KNEE) }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([HOLD, KNEE]);
  await expect(page.getByRole("main")).toContainText("4 sets of a 20 s hold");
  expect((await storedData(page, KEYS.profile)).plan[0].prescription).toEqual(profile.data.plan[0].prescription);
});

test("changing equipment in Settings makes the plan follow", async ({ page }) => {
  await seedProfile(page);
  await page.goto("/");
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([KNEE, HOLD]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expectScreen(page, "Settings");
  const band = page.getByRole("checkbox", { name: "Resistance band" });
  const none = page.getByRole("checkbox", { name: /^No equipment/ });
  await expect(band).toBeChecked();
  await expect(none).not.toBeChecked();

  await band.uncheck();
  // No equipment is an answer too: with the band gone, it is what is ticked.
  await expect(none).toBeChecked();
  await none.check();
  await expect(none).toBeChecked();
  await expect(band).not.toBeChecked();
  const planSection = page.getByRole("region", { name: "Your plan" });
  await expect(planSection).toContainText(KNEE);
  await expect(planSection).not.toContainText(HOLD);
  // Said where it happened, not found later on Today.
  const told = page.getByRole("main").getByRole("status").filter({ hasText: "Your plan changed" });
  await expect(told).toHaveText(`Your plan changed: ${HOLD} left it.Undo`);

  // A level that leaves nothing of the plan, and back with "Undo".
  await page.getByRole("radio", { name: "Advanced" }).check();
  await expect(told).toContainText(`${KNEE} left it.`);
  await expect(told).toContainText("Nothing at this level fits your equipment, so it holds the nearest easier work.");
  await told.getByRole("button", { name: "Undo" }).click();
  await expect(told).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Beginner" })).toBeChecked();
  // The button went with the notice: the focus is on the level it put back.
  await expect(page.getByRole("radio", { name: "Beginner" })).toBeFocused();
  await expect(planSection).toContainText(KNEE);
  expect((await storedData(page, KEYS.profile)).level).toBe("beginner");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([KNEE]);
  await page.reload();
  await expectScreen(page, "Today");
  await expect(cardNames(page)).toHaveText([KNEE]);
});

test("advanced with no equipment says nothing fits, and what would", async ({ page }) => {
  await passSafetyCheck(page);
  await page.getByRole("radio", { name: /^Advanced/ }).check();
  await page.getByRole("button", { name: "Next: equipment" }).click();
  await expectScreen(page, "What do you have?");
  // "No equipment" and a piece of equipment exclude each other.
  const band = page.getByRole("checkbox", { name: "Resistance band" });
  await band.check();
  await page.getByRole("checkbox", { name: /^No equipment/ }).check();
  await expect(band).not.toBeChecked();
  await page.getByRole("button", { name: "Next: your plan" }).click();

  await expectScreen(page, "Your plan");
  const status = page.getByRole("status").filter({ hasText: "Nothing in this programme" });
  await expect(status.getByRole("heading")).toHaveText(
    "Nothing in this programme is at advanced level with your equipment",
  );
  await expect(status.getByRole("listitem")).toHaveText([
    "With a landmine or barbell you could do Landmine rotations.",
    "At intermediate level, Texas twist would suit you.",
  ]);
  await expect(status).toContainText("Meanwhile, these easier ones suit what you have:");
  // The easier exercise is offered, with why.
  const twist = page.getByRole("checkbox", { name: /^Texas twist/ });
  await expect(twist).toBeChecked();
  await expect(page.getByRole("main").getByRole("checkbox")).toHaveCount(1);
  await expect(page.locator("label.choice", { has: twist })).toContainText(
    "Below your level (it suits beginner to intermediate), but it needs no equipment and still trains gentle turning.",
  );
});

test.describe("catalog deep links", () => {
  test("an exercise page opens directly, and after a reload", async ({ page }) => {
    await page.goto("/exercises/pallof-hold");
    await expectScreen(page, HOLD);
    await expect(page.getByRole("heading", { name: "How to do it" })).toBeVisible();
    await page.reload();
    await expectScreen(page, HOLD);
    await expect(page).toHaveTitle(`${HOLD} · Rotation Rehab`);
  });

  test("an unknown exercise says so", async ({ page }) => {
    await page.goto("/exercises/no-such-thing");
    await expectScreen(page, "Exercise not found");
    await page.getByRole("link", { name: "See every exercise" }).click();
    await expectScreen(page, "Exercises");
  });

  test("an unknown filter value is reported and left out", async ({ page }) => {
    await page.goto("/exercises?level=expert");
    await expectScreen(page, "Exercises");
    await expect(page.getByRole("status").filter({ hasText: "filter" })).toHaveText(
      "This link asked for a filter the app does not know (expert), so it was left out.",
    );
    // Left out: every exercise is listed.
    await expect(cardNames(page)).toHaveCount(10);
    await expect(page.getByLabel("Level")).toHaveValue("");
  });

  test("filters narrow the list, live in the URL, and survive the back button", async ({ page }) => {
    await page.goto("/exercises");
    await expectScreen(page, "Exercises");
    await expect(cardNames(page)).toHaveCount(10);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("All 10 shown.");

    await page.getByLabel("Level").focus();
    await page.getByLabel("Level").selectOption("advanced");
    await expect(page).toHaveURL(/\/exercises\?level=advanced$/);
    await expect(cardNames(page)).toHaveText(["Landmine rotations"]);
    // What the choice did, in a status a screen reader says.
    await expect(page.getByRole("main").getByRole("status")).toHaveText("1 of 10 shown.");
    // A new address, the same screen: the focus stays on the filter (a new screen takes it).
    await page.waitForTimeout(300);
    await expect(page.getByLabel("Level")).toBeFocused();

    await page.getByLabel("Equipment").selectOption("none");
    await expect(page).toHaveURL(/\/exercises\?level=advanced&equipment=none$/);
    await expect(cardNames(page)).toHaveCount(0);
    await expect(page.getByText("No exercise matches both filters.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("0 of 10 shown.");

    await page.getByLabel("Level").selectOption("intermediate");
    await expect(cardNames(page)).toHaveText(["Texas twist"]);

    await page.getByLabel("Level").selectOption("beginner");
    await page.getByLabel("Equipment").selectOption("band");
    await expect(page).toHaveURL(/\/exercises\?level=beginner&equipment=band$/);
    await expect(cardNames(page)).toHaveText([HOLD, "Pallof press"]);

    // A filtered link, reloaded, is the same list.
    await page.reload();
    await expectScreen(page, "Exercises");
    await expect(cardNames(page)).toHaveText([HOLD, "Pallof press"]);

    await page.getByRole("link", { name: "Pallof press", exact: true }).click();
    await expectScreen(page, "Pallof press");
    await page.goBack();
    await expectScreen(page, "Exercises");
    await expect(page).toHaveURL(/\/exercises\?level=beginner&equipment=band$/);
    await expect(page.getByLabel("Level")).toHaveValue("beginner");
    await expect(page.getByLabel("Equipment")).toHaveValue("band");
    await expect(cardNames(page)).toHaveText([HOLD, "Pallof press"]);
  });
});

// Accessibility: axe-core on every screen, serious and critical findings only.
test.describe("an exercise's page and the plan", () => {
  test("a full plan offers each exercise to make room; the other keeps its dose", async ({ page }) => {
    await seedProfile(page);
    await page.goto("/exercises/texas-twist");
    await expectScreen(page, "Texas twist");
    const plan = page.getByRole("region", { name: "Your plan" });
    await expect(plan).toContainText("Your plan has two exercises already");
    await expect(plan.getByRole("button")).toHaveText(["Instead of Knee rotations on the floor", `Instead of ${HOLD}`]);
    await expect(plan.getByRole("button").first()).toHaveAccessibleName("Put Texas twist in place of Knee rotations on the floor");
    const holdBefore = (await storedData(page, KEYS.profile)).plan[1];

    await plan.getByRole("button", { name: "Put Texas twist in place of Knee rotations on the floor" }).click();
    await expect(plan.getByText("This exercise is in your plan, in place of Knee rotations on the floor.")).toBeFocused();
    await expect(plan.getByRole("button")).toHaveCount(0);
    const stored = (await storedData(page, KEYS.profile)).plan;
    expect(stored.map((i: { exercise: string }) => i.exercise)).toEqual(["texas-twist", "pallof-hold"]);
    expect(stored[1]).toEqual(holdBefore);

    // Still so after a reload, and Today trains it.
    await page.reload();
    await expect(page.getByRole("region", { name: "Your plan" })).toContainText("This exercise is in your plan.");
    await page.getByRole("link", { name: "Start it from Today" }).click();
    await expectScreen(page, "Today");
    await expect(page.getByRole("main")).toContainText("Texas twist");
    await expect(page.getByRole("main")).not.toContainText("Knee rotations on the floor");
  });

  test("a plan with room takes the exercise at its catalog dose", async ({ page }) => {
    const profile = JSON.parse(profileDocument());
    profile.data.plan = profile.data.plan.slice(0, 1);
    await seedStorage(page, { [KEYS.profile]: JSON.stringify(profile) });
    await page.goto(`/exercises/pallof-hold`);
    await expectScreen(page, HOLD);
    const plan = page.getByRole("region", { name: "Your plan" });
    await expect(plan).toContainText("It suits your level and your equipment.");
    await plan.getByRole("button", { name: "Add to my plan" }).click();
    await expect(plan.getByText("This exercise is in your plan.")).toBeFocused();
    const stored = (await storedData(page, KEYS.profile)).plan;
    expect(stored.map((i: { exercise: string }) => i.exercise)).toEqual(["knee-rotations", "pallof-hold"]);
    expect(stored[1].prescription.sets).toBe(3);
  });

  test("says why an exercise cannot join, and where to change that", async ({ page }) => {
    await seedProfile(page);
    await page.goto("/exercises/cable-rotation");
    await expectScreen(page, "Cable rotations");
    const plan = page.getByRole("region", { name: "Your plan" });
    await expect(plan).toContainText("This one is for intermediate level; you chose beginner.");
    await expect(plan.getByRole("button")).toHaveCount(0);
    await plan.getByRole("link", { name: "Change it in Settings" }).click();
    await expectScreen(page, "Settings");

    await page.goto("/exercises/swiss-ball-leg-rotations");
    await expectScreen(page, "Swiss ball leg rotations");
    await page.getByRole("region", { name: "Your plan" }).getByRole("link", { name: "Change it in Settings" }).click();
    await expectScreen(page, "Settings");
    await page.getByRole("radio", { name: "Intermediate" }).check();
    await page.goto("/exercises/swiss-ball-leg-rotations");
    await expect(page.getByRole("region", { name: "Your plan" })).toContainText(
      "It needs a swiss ball, which is not in your equipment.",
    );
  });

  test("before the set-up, the page points to it", async ({ page }) => {
    await page.goto("/exercises/knee-rotations");
    await expectScreen(page, "Knee rotations on the floor");
    const plan = page.getByRole("region", { name: "Your plan" });
    await expect(plan.getByRole("button")).toHaveCount(0);
    await plan.getByRole("link", { name: "Set up my plan" }).click();
    await expect(page).toHaveURL(/\/start/);
  });
});

test.describe("accessibility", () => {
  type Finding = { screen: string; id: string; impact: string; help: string; targets: string[] };

  async function audit(page: Page, screen: string, findings: Finding[]) {
    // Let the screen settle (the heading is there) before auditing it.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length, `axe checked nothing on ${screen}`).toBeGreaterThan(0);
    for (const v of results.violations) {
      if (v.impact === "serious" || v.impact === "critical") {
        findings.push({
          screen,
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")),
        });
      }
    }
  }

  function report(findings: Finding[]) {
    expect(findings, `axe violations:\n${JSON.stringify(findings, null, 2)}`).toEqual([]);
  }

  test("the set-up screens have no serious violations", async ({ page }) => {
    test.setTimeout(120_000);
    const findings: Finding[] = [];
    await page.goto("/");
    await expectScreen(page, "Rotation Rehab");
    await audit(page, "welcome", findings);
    await page.getByRole("link", { name: "Get started" }).click();
    await expectScreen(page, "Before you start");
    await audit(page, "safety check", findings);
    await page.getByRole("button", { name: "Something in the first list applies" }).click();
    await audit(page, "safety check: urgent", findings);
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.getByRole("button", { name: "None of these apply to me" }).click();
    await expectScreen(page, "Where are you starting?");
    await audit(page, "level", findings);
    await page.getByRole("radio", { name: /^Beginner/ }).check();
    await page.getByRole("button", { name: "Next: equipment" }).click();
    await expectScreen(page, "What do you have?");
    await audit(page, "equipment", findings);
    await page.getByRole("checkbox", { name: "Resistance band" }).check();
    await page.getByRole("button", { name: "Next: your plan" }).click();
    await expectScreen(page, "Your plan");
    await audit(page, "plan", findings);
    report(findings);
  });

  // Real time on these screens (axe runs on timers of its own); the history ends today.
  test("the everyday screens have no serious violations", async ({ page }) => {
    test.setTimeout(120_000);
    const findings: Finding[] = [];
    await seedProfile(page, makeSessions({ weeks: 12, now: Date.now() }));
    const screens: [string, string, string][] = [
      ["today", "/", "Today"],
      ["exercises", "/exercises", "Exercises"],
      ["exercise page", "/exercises/pallof-hold", HOLD],
      ["settings", "/settings", "Settings"],
      ["history", "/history", "History"],
      ["progress", "/progress", "Progress"],
      ["calendar", "/history/calendar", "Calendar"],
    ];
    for (const [screen, path, heading] of screens) {
      await page.goto(path);
      await expectScreen(page, heading);
      if (screen === "progress") {
        // The charts' tables count too.
        for (const numbers of await page.getByText("The numbers").all()) await numbers.click();
      }
      await audit(page, screen, findings);
    }
    report(findings);
  });

  test("the workout screens have no serious violations", async ({ page }) => {
    test.setTimeout(120_000);
    const findings: Finding[] = [];
    await seedProfile(page);
    await page.goto("/workout");
    await expectScreen(page, "Ready?");
    await audit(page, "workout check-in", findings);
    // The answer starts the workout at once: the options are buttons.
    await page.getByRole("button", { name: "2", exact: true }).click();
    await expectScreen(page, "Knee rotations on the floor");
    await audit(page, "running workout", findings);
    await page.reload();
    const sheet = page.getByRole("dialog", { name: "Your workout is still going" });
    await expect(sheet).toBeVisible();
    await audit(page, "running workout: resumed", findings);
    await sheet.getByRole("button", { name: "Stop here and save what I did" }).click();
    await expectScreen(page, "Workout ended");
    await audit(page, "summary", findings);
    report(findings);
  });

  test("the workout's sheets have no serious violations", async ({ page }) => {
    test.setTimeout(120_000);
    const findings: Finding[] = [];
    await seedProfile(page);
    await page.goto("/workout");
    await page.getByRole("button", { name: "2", exact: true }).click();
    await expectScreen(page, "Knee rotations on the floor");
    await page.getByRole("button", { name: "This hurts" }).click();
    await expect(page.getByRole("dialog", { name: "What is happening?" })).toBeVisible();
    await audit(page, "running workout: this hurts", findings);
    await page.getByRole("button", { name: "A mild ache that stays the same: carry on" }).click();
    await page.getByRole("button", { name: "End workout" }).click();
    await expect(page.getByRole("dialog", { name: "End the workout now?" })).toBeVisible();
    await audit(page, "running workout: end", findings);
    report(findings);
  });
});
