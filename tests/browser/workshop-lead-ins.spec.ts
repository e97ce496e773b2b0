// Over the built workshop pages: no slide ends with a sub-heading or a lead-in
// ("How to do it.", "Overview:", 做法：); its text is on the same slide.
import { expect, test } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { blockShape, leadsIn } from '../../src/workshop/slides.ts';

const pages = stagesData.stages.flatMap((stage) => [`/workshop/${stage.id}/`, `/en/workshop/${stage.id}/`]);

for (const path of pages) {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 600 },
  ]) {
    test(`${path} at ${viewport.width}×${viewport.height}: no slide ends with a lead-in`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(path);
      await page.locator('body.pb-ws-live').waitFor();
      // Each slide's last block, described by the same code the view uses (run in the page).
      const endings = page.locator('.pb-ws-slide > :last-child');
      const shapes = [];
      for (const ending of await endings.all()) shapes.push(await ending.evaluate(blockShape));
      expect(shapes.length).toBeGreaterThan(1);
      const offending = shapes.filter(leadsIn).map((shape) => shape.text);
      expect(offending).toEqual([]);
      await context.close();
    });
  }
}
