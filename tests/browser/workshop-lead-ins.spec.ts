// Over the built workshop pages: no slide ends with a sub-heading or a lead-in
// ("How to do it.", "Overview:", 做法：); its text is on the same slide.
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { introducesNext } from '../../src/workshop/slides.ts';

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
      const endings = await page
        .locator('.pb-ws-slide')
        .evaluateAll((slides) => slides.map((s) => s.lastElementChild?.outerHTML ?? ''));
      expect(endings.length).toBeGreaterThan(1);
      const { document } = new JSDOM('').window;
      const offending = endings.filter((html) => {
        const box = document.createElement('div');
        box.innerHTML = html;
        return introducesNext(box.firstElementChild);
      });
      expect(offending).toEqual([]);
      await context.close();
    });
  }
}
