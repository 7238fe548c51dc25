import { test, expect } from "./fixtures";

// Every exercise page shows its demonstration: a drawing with a name and a description that
// moves; with "reduce motion" it shows the start and end poses, still.

const EXERCISES = [
  "knee-rotations", "texas-twist", "pallof-hold", "pallof-press", "cable-rotation",
  "cable-low-to-high", "cable-high-to-low", "cable-kneeling", "swiss-ball-leg-rotations", "landmine-rotation",
];

for (const id of EXERCISES) {
  test(`${id}: the demonstration is drawn, named, and moves`, async ({ page }) => {
    await page.goto(`/exercises/${id}`);
    const figure = page.locator("svg.figure").first();
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAttribute("role", "img");
    // The accessible name and description come from <title> and <desc>.
    const named = await figure.evaluate((svg) => {
      const byId = (attr: string) => document.getElementById(svg.getAttribute(attr) ?? "")?.textContent ?? "";
      return { name: byId("aria-labelledby"), description: byId("aria-describedby"), paths: svg.querySelectorAll("path").length };
    });
    expect(named.name.length).toBeGreaterThan(3);
    expect(named.description.length).toBeGreaterThan(10);
    expect(named.paths).toBeGreaterThan(2);
    const first = await figure.screenshot();
    await page.waitForTimeout(1000);
    const second = await figure.screenshot();
    expect(first.equals(second), "the figure moved between two screenshots a second apart").toBe(false);
  });
}

test.describe("with reduced motion", () => {
  test.use({ contextOptions: { reducedMotion: "reduce" } });

  test("the start and end poses are shown side by side, still", async ({ page }) => {
    await page.goto("/exercises/pallof-hold");
    const stills = page.locator(".figure-stills .figure-still");
    await expect(stills).toHaveCount(2);
    await expect(stills.nth(0).locator("figcaption")).toHaveText("Start");
    await expect(stills.nth(1).locator("figcaption")).toContainText("End");
    const before = await page.locator(".figure-stills").screenshot();
    await page.waitForTimeout(1000);
    expect((await page.locator(".figure-stills").screenshot()).equals(before)).toBe(true);
  });
});
