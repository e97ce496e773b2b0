/**
 * Every money or count field of every tool, on the Chinese pages: an entry typed with a
 * Chinese input method in full-width mode is saved as the number it means, the same in
 * every tool, and a negative gets the field's message beside it and changes nothing saved.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

interface NumberFieldCase {
  tool: string;
  page: string;
  label: string;
  /** Typed in full-width mode, and the number saved. */
  typed: string;
  saved: number;
  /** The field's message for text it refuses. */
  refused: string;
  /** Where the tool writes the figure back: every tool writes 万元 figures alike, without grouping. */
  echo?: string;
}

const MONEY = '１，２００万';
const CASES: NumberFieldCase[] = [
  {
    tool: 'qualification',
    page: '/process/prospecting/',
    label: '人员规模',
    typed: '３００',
    saved: 300,
    refused: '请输入 0 或更大的整数。',
  },
  {
    tool: 'qualification',
    page: '/process/prospecting/',
    label: '上一年度销售额',
    typed: MONEY,
    saved: 1200,
    refused: '请输入 0 或更大的数字。',
    echo: '上一年度销售额 1200 万元',
  },
  {
    tool: 'qualification',
    page: '/process/prospecting/',
    label: '年毛利',
    typed: MONEY,
    saved: 1200,
    refused: '请输入 0 或更大的数字。',
  },
  {
    tool: 'validation',
    page: '/process/validation/',
    label: '项目预算（万元）',
    typed: MONEY,
    saved: 1200,
    refused: '请输入数字，单位万元，例如 12.5。',
  },
  {
    tool: 'validation',
    page: '/process/validation/',
    label: '我们的预期成交价格（万元）',
    typed: MONEY,
    saved: 1200,
    refused: '请输入数字，单位万元，例如 12.5。',
  },
  {
    tool: 'demo',
    page: '/process/demo/',
    label: 'A）省钱：每年金额（万元）',
    typed: MONEY,
    saved: 1200,
    refused: '请填写数字，例如 7.5。',
    echo: '合计每年约 1200 万元',
  },
  {
    tool: 'demo',
    page: '/process/demo/',
    label: 'B）挣钱：每年金额（万元）',
    typed: MONEY,
    saved: 1200,
    refused: '请填写数字，例如 7.5。',
  },
];

/** Creates a deal through the tool's deal bar. */
async function createDeal(tool: Locator): Promise<void> {
  await tool.getByRole('button', { name: '新建交易' }).click();
  await tool.getByLabel('交易名称', { exact: true }).fill('全角数字');
  await tool.getByLabel('客户名称', { exact: true }).fill('某公司');
  await tool.getByRole('button', { name: '创建', exact: true }).click();
  await expect(tool.getByLabel('当前交易').locator('option:checked')).toHaveText('全角数字 · 某公司');
}

/** The saved answer of the one stored deal. */
const savedAnswer = (page: Page, tool: string, item: string) =>
  page.evaluate(
    ([tool, item]) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('playbook:deal:'));
      const record = key
        ? (JSON.parse(localStorage.getItem(key)!) as {
            deal: { answers: Record<string, Record<string, unknown>> };
          })
        : null;
      return record?.deal.answers[tool!]?.[item!] ?? null;
    },
    [tool, item],
  );

for (const entry of CASES) {
  test(`${entry.tool}: “${entry.label}” saves ${entry.typed} as ${entry.saved} and refuses a negative`, async ({
    page,
  }) => {
    await page.goto(entry.page);
    const tool = page.locator(`[data-tool="${entry.tool}"]`);
    await createDeal(tool);
    const field = tool.getByLabel(entry.label, { exact: true });
    const item = (await field.getAttribute('id'))!.replace(`${entry.tool}-`, '');

    await field.fill(entry.typed);
    await expect.poll(() => savedAnswer(page, entry.tool, item)).toBe(entry.saved);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await field.blur();
    await expect(field).toHaveValue(String(entry.saved));
    if (entry.echo) await expect(tool.getByText(entry.echo).first()).toBeVisible();

    await field.fill('－５');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const message = tool.locator(`#${await field.getAttribute('id')}-invalid`);
    await expect(message).toHaveText(entry.refused);
    await expect(field).toHaveAttribute(
      'aria-describedby',
      new RegExp(`${await field.getAttribute('id')}-invalid`),
    );

    await page.reload();
    await expect(tool.getByLabel(entry.label, { exact: true })).toHaveValue(String(entry.saved));
    expect(await savedAnswer(page, entry.tool, item)).toBe(entry.saved);
  });
}
