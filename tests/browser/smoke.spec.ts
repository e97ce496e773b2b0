import { expect, test } from '../support/fixtures.ts';

const PAGES = [
  { path: '/', lang: 'zh-CN', title: /软件销售流程/ },
  { path: '/process/prospecting/', lang: 'zh-CN', title: /目标客户挖掘/ },
  { path: '/en/', lang: 'en', title: /Software Sales Playbook/ },
  { path: '/en/process/prospecting/', lang: 'en', title: /Prospecting/ },
];

for (const { path, lang, title } of PAGES) {
  test(`${path} has its title, lang="${lang}" and no console errors`, async ({ page, pageErrors }) => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(pageErrors).toEqual([]);
  });
}

test.describe('language picker', () => {
  for (const [from, value, to] of [
    ['/process/validation/', 'en', '/en/process/validation/'],
    ['/en/process/validation/', 'root', '/process/validation/'],
  ] as const) {
    test(`on ${from}, choosing ${value} lands on ${to}`, async ({ page }) => {
      await page.goto(from);
      const picker = page.locator('starlight-lang-select select').first();
      const target = await picker
        .locator('option')
        .evaluateAll(
          (options, v) =>
            options
              .map((o) => (o as HTMLOptionElement).value)
              .find((u) => (v === 'en' ? u.startsWith('/en/') : !u.startsWith('/en/'))),
          value,
        );
      await picker.selectOption(target!);
      await expect(page).toHaveURL(to);
    });
  }
});

test.describe('home page process map', () => {
  for (const [path, firstLabel] of [
    ['/', '第 1 阶段'],
    ['/en/', 'Stage 1'],
  ] as const) {
    test(`on ${path} lists the seven stages in order, each a link to its page`, async ({ page }) => {
      await page.goto(path);
      const links = page.locator('.process-map ol > li a');
      await expect(links).toHaveCount(7);
      await expect(links.first()).toContainText(firstLabel);
      const prefix = path === '/' ? '/process/' : '/en/process/';
      const stages = [
        'prospecting',
        'compelling-events',
        'validation',
        'demo',
        'negotiation',
        'close-readiness',
        'implementation',
      ];
      for (const [i, stage] of stages.entries())
        await expect(links.nth(i)).toHaveAttribute('href', `${prefix}${stage}/`);
    });
  }
});
