import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { KEYS, profileDocument, historyDocument, makeSessions } from "./data/make-history.mjs";

// The store never loses data: each case below ends by checking what is stored, not only
// what is shown.

const stored = (page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const allKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

/** Put documents in storage before the app starts, as a previous visit would have left them. */
async function seed(page, docs: Record<string, string>) {
  await page.goto("/exercises");
  await page.evaluate((d) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
  }, docs);
}

test("corrupt JSON is kept aside under a backup key, the user is told and can download it", async ({ page }) => {
  const broken = '{"v":1,"rev":3,"data":{"level":"beginner",';
  await seed(page, { [KEYS.profile]: broken });
  await page.goto("/");
  const notice = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(notice).toContainText("your settings and plan");
  await expect(notice.getByRole("button", { name: "Download it" })).toBeVisible();
  const backupKey = (await allKeys(page)).find((k) => k.startsWith("rotation-rehab/backup/profile/"));
  expect(backupKey, "a backup key").toBeTruthy();
  expect(await stored(page, backupKey!)).toBe(broken);
  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download it" }).click();
  const file = await (await download).path();
  expect(readFileSync(file!, "utf8")).toBe(broken);
});

test("a profile stored by schema version 1 loads", async ({ page }) => {
  const v1 = readFileSync("tests/fixtures/profile-v1.json", "utf8").trim();
  await seed(page, { [KEYS.profile]: v1 });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pallof press hold" })).toBeVisible();
  expect(await stored(page, KEYS.profile)).toBe(v1);
});

test("a history stored by schema version 1 loads", async ({ page }) => {
  const sessions = makeSessions({ weeks: 2, now: Date.now() });
  await seed(page, { [KEYS.profile]: profileDocument(), [KEYS.history]: historyDocument(sessions) });
  await page.goto("/history");
  await expect(page.locator("li.session")).toHaveCount(sessions.length);
});

test("a quota error leaves the stored value intact and says so", async ({ page }) => {
  const profile = profileDocument();
  await seed(page, { [KEYS.profile]: profile });
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  // From now on the browser refuses every write, as a full disk would.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  // The tap is refused: the screen goes back to what is stored, and says why.
  await page.getByRole("radio", { name: "3 days" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not saved" })).toContainText("storage for this app is full");
  await expect(page.getByRole("radio", { name: "3 days" })).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "2 days" })).toBeChecked();
  expect(await stored(page, KEYS.profile)).toBe(profile);
});

test.describe("with storage switched off", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  });

  test("the app runs from memory and says nothing will be kept", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("alert").filter({ hasText: "does not let the app store anything" })).toBeVisible();
    await page.getByRole("link", { name: "Get started" }).click();
    await page.getByRole("button", { name: "None of these apply to me" }).click();
    await expect(page.getByRole("heading", { name: "Where are you starting?" })).toBeVisible();
  });
});

test("two tabs: a save in one appears in the other, and neither overwrites the other's newer data", async ({ context }) => {
  const first = await context.newPage();
  await seed(first, { [KEYS.profile]: profileDocument() });
  await first.goto("/settings");
  const second = await context.newPage();
  await second.goto("/settings");
  await expect(second.getByRole("heading", { name: "Settings" })).toBeVisible();

  await first.getByRole("radio", { name: "3 days" }).check();
  // The storage event brings the change into the second tab.
  await expect(second.getByRole("radio", { name: "3 days" })).toBeChecked();
  await second.getByRole("switch", { name: /Beeps/ }).uncheck();

  const data = JSON.parse((await stored(first, KEYS.profile))!).data;
  expect(data.settings.weekly_target).toBe(3);
  expect(data.settings.sound).toBe(false);
});

test("a stale tab applies its change on top of the newer copy instead of overwriting it", async ({ context }) => {
  const first = await context.newPage();
  await seed(first, { [KEYS.profile]: profileDocument() });
  await first.goto("/settings");
  const second = await context.newPage();
  await second.goto("/settings");
  await expect(second.getByRole("heading", { name: "Settings" })).toBeVisible();
  // A write the second tab never hears about (as if its storage event were lost).
  await second.evaluate(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  await first.getByRole("radio", { name: "3 days" }).check();
  await second.getByRole("switch", { name: /Vibration/ }).uncheck();
  const data = JSON.parse((await stored(first, KEYS.profile))!).data;
  expect(data.settings.weekly_target).toBe(3);
  expect(data.settings.vibration).toBe(false);
});

const badImports: [string, string | (() => Buffer), RegExp][] = [
  ["truncated.json", "tests/fixtures/import/truncated.json", /cut short|not a backup/i],
  ["wrong-version.json", "tests/fixtures/import/wrong-version.json", /newer version/i],
  ["wrong-types.json", "tests/fixtures/import/wrong-types.json", /pain_before/],
  ["other-app.json", "tests/fixtures/import/other-app.json", /not a Rotation Rehab backup/i],
  ["other-app-array.json", "tests/fixtures/import/other-app-array.json", /not a Rotation Rehab backup/i],
  ["nested.json", "tests/fixtures/import/nested.json", /nest|deep/i],
  ["empty.json", "tests/fixtures/import/empty.json", /empty/i],
  ["duplicate-ids.json", "tests/fixtures/import/duplicate-ids.json", /twice|duplicate|same id/i],
  ["huge.json", () => Buffer.alloc(5 * 1024 * 1024, 32), /too large|too big|MB/i],
];

for (const [name, source, message] of badImports) {
  test(`a bad import file (${name}) gets its message and changes nothing`, async ({ page }) => {
    const sessions = makeSessions({ weeks: 2, now: Date.now() });
    await seed(page, { [KEYS.profile]: profileDocument(), [KEYS.history]: historyDocument(sessions) });
    await page.goto("/settings");
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const buffer = typeof source === "function" ? source() : readFileSync(source);
    await page.getByLabel("Restore from a backup file").setInputFiles({ name, mimeType: "application/json", buffer });
    const shown = page.locator(".import-message");
    await expect(shown).toContainText("Nothing was imported");
    await expect(shown).toContainText(message);
    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  });
}

test("a backup from a device whose clock ran ahead says so before importing, and keeps every session", async ({ page }) => {
  const now = Date.now();
  // Two weeks of sessions, the last three days of them dated after this device's today.
  const sessions = makeSessions({ weeks: 2, now: now + 3 * 24 * 60 * 60 * 1000 });
  const ahead = sessions.filter((s: any) => s.started_at > now).length;
  expect(ahead).toBeGreaterThan(0);
  const file = {
    format: "rotation-rehab-export",
    version: 2,
    exported_at: now,
    profile: JSON.parse(profileDocument()).data,
    history: { sessions },
  };
  await seed(page, {});
  await page.goto("/settings");
  await page.getByLabel("Restore from a backup file").setInputFiles({ name: "ahead.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText(`${ahead === 1 ? "1 session in the file is" : `${ahead} sessions in the file are`} dated after today`);
  await preview.getByRole("button", { name: "Merge" }).click();
  await expect(page.locator(".import-message")).toHaveText("Imported.");
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEYS.history))!);
  expect(stored.data.sessions).toHaveLength(sessions.length);
  // Its own page says why it is set aside, and how to be rid of it.
  await page.goto(`/history/${sessions.at(-1).id}`);
  await expect(page.getByText("This session is dated after today")).toBeVisible();
  await page.goto(`/history/${sessions[0].id}`);
  await expect(page.getByRole("button", { name: "Delete this session" })).toBeVisible();
  await expect(page.getByText("This session is dated after today")).toHaveCount(0);
});
