/**
 * Issue 17, "Search answers questions as people type them": twenty questions in each
 * language, worded as a rep would ask them (none of them appears in the pages), each
 * with the stage page that answers it. At least 18 of 20 find that page in the top three.
 */
import { expect, test } from '@playwright/test';
import { ask, openSearch } from './search-support';

const QUESTIONS = {
  zh: [
    ['怎么判断一个客户值不值得跟进', 'prospecting'],
    ['第一次联系客户老板该说些什么', 'prospecting'],
    ['怎样才能约到客户见面', 'prospecting'],
    ['客户为什么偏偏现在要买软件', 'compelling-events'],
    ['厂家的优惠快结束了怎么利用', 'compelling-events'],
    ['客户嫌旧软件服务太差', 'compelling-events'],
    ['怎么知道客户有没有预算', 'validation'],
    ['客户的预算比我们的价格低怎么办', 'validation'],
    ['项目是谁发起的', 'validation'],
    ['客户的利润一直在下滑还值得卖吗', 'validation'],
    ['演示之前要准备哪些东西', 'demo'],
    ['演示时怎样避开产品的弱项', 'demo'],
    ['演示结束时怎么收尾', 'demo'],
    ['对手报价比我们低怎么办', 'negotiation'],
    ['客户要改合同条款怎么处理', 'negotiation'],
    ['付款方式怎么谈', 'negotiation'],
    ['什么时候签试用协议', 'negotiation'],
    ['怎么确定客户已经准备好成交', 'close-readiness'],
    ['签约前哪些人必须都支持', 'close-readiness'],
    ['客户一直不付尾款怎么办', 'implementation'],
  ],
  en: [
    ['how do I tell if a company is worth pursuing', 'prospecting'],
    ['who should I talk to first at a new company', 'prospecting'],
    ['how can I get a meeting with the owner', 'prospecting'],
    ['why would a company buy software right now', 'compelling-events'],
    ['their current software vendor gives poor service', 'compelling-events'],
    ['what if a discount offer is about to expire', 'compelling-events'],
    ['how do I check the customer has money for this', 'validation'],
    ['what if the budget is lower than our price', 'validation'],
    ['who started the project on the client side', 'validation'],
    ['is the customer making a profit', 'validation'],
    ['what should I prepare before showing the software', 'demo'],
    ['how do I steer away from weak points during a demo', 'demo'],
    ['how should a demo end', 'demo'],
    ['the competitor is cheaper, what now', 'negotiation'],
    ['customer wants changes to the contract', 'negotiation'],
    ['how do we agree on payment terms', 'negotiation'],
    ['when do we sign a trial agreement', 'negotiation'],
    ['how do I know the deal is ready to close', 'close-readiness'],
    ['does everyone involved support buying', 'close-readiness'],
    ['how do I collect the last payment after go-live', 'implementation'],
  ],
} as const;

const NEEDED = 18;

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: at least ${NEEDED} of 20 questions find their stage in the top three`, async ({ page }) => {
    test.setTimeout(180_000);
    const prefix = lang === 'en' ? '/en' : '';
    await page.goto(`${prefix}/glossary/`);
    await openSearch(page);
    const misses: string[] = [];
    for (const [question, stage] of QUESTIONS[lang]) {
      const top = (await ask(page, question)).slice(0, 3);
      if (!top.includes(`${prefix}/process/${stage}/`)) misses.push(`${question} → ${top.join(', ')}`);
    }
    const score = QUESTIONS[lang].length - misses.length;
    test.info().annotations.push({ type: 'score', description: `${score} of 20` });
    for (const miss of misses) test.info().annotations.push({ type: 'miss', description: miss });
    expect(score, misses.join('\n')).toBeGreaterThanOrEqual(NEEDED);
  });
}
