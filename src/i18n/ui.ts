// Strings of the shared tool chrome (deal switcher, storage notices, save status).
// Each tool's own labels live with its data in content/tools/.
import type { Lang } from './lang';

const zh = {
  currentDeal: '当前交易',
  noDeals: '还没有交易',
  newDeal: '新建交易',
  dealName: '交易名称',
  customer: '客户名称',
  create: '创建',
  cancel: '取消',
  openBoard: '交易看板',
  needDeal: '先选择或新建一笔交易，这里的答案会保存到这笔交易中。',
  untitled: '（未命名交易）',
  saved: '已保存',
  savedAt: (time: string) => `已保存 ${time}`,
  notSavedQuota:
    '未保存：浏览器存储空间已满。你输入的内容仍在页面上；请到交易看板导出备份，删除不用的交易后会自动重新保存。',
  notSavedOther: '未保存：',
  retrySave: '重新保存',
  memoryMode: '浏览器禁止本网站保存数据，你的答案只在当前页面有效，关闭或刷新后不会保留。',
  loading: '正在读取交易…',
  newerVersion: '这些数据由更新版本的网站写入。为避免覆盖，本页不会保存任何改动。请刷新页面以载入新版本。',
  reload: '刷新页面',
  problemFound: (when: string) => `发现一条无法读取的已保存数据（${when}），已单独保存，其他交易不受影响。`,
  download: '下载这条数据',
  discard: '已下载，删除备份',
  conflictMerged: '另一个标签页也修改了这笔交易，两边的修改都已保留。',
  deletedElsewhereKept: '另一个标签页删除了这笔交易，但这里有未保存的修改，已重新保存。',
  clearedElsewhere: '另一个标签页清除了本网站的数据；本页上的交易仍在内存中。',
  dismiss: '知道了',
} as const;

type Strings = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

const en: Strings = {
  currentDeal: 'Current deal',
  noDeals: 'No deals yet',
  newDeal: 'New deal',
  dealName: 'Deal name',
  customer: 'Customer',
  create: 'Create',
  cancel: 'Cancel',
  openBoard: 'Deal board',
  needDeal: 'Choose or create a deal first: the answers here are saved to it.',
  untitled: '(untitled deal)',
  saved: 'Saved',
  savedAt: (time) => `Saved ${time}`,
  notSavedQuota:
    'Not saved: the browser’s storage is full. What you typed is still on the page; export a backup from the deal board, and delete deals you no longer need — saving resumes on its own.',
  notSavedOther: 'Not saved: ',
  retrySave: 'Save again',
  memoryMode:
    'Your browser does not let this site store data. Your answers work on this page only and are lost when you close or reload it.',
  loading: 'Loading deals…',
  newerVersion:
    'This data was written by a newer version of the site. To avoid overwriting it, this page saves nothing. Reload to get the new version.',
  reload: 'Reload',
  problemFound: (when) =>
    `A saved value could not be read (${when}). It has been kept aside; every other deal is intact.`,
  download: 'Download it',
  discard: 'Downloaded — delete the copy',
  conflictMerged: 'Another tab changed this deal too. Both tabs’ changes have been kept.',
  deletedElsewhereKept:
    'Another tab deleted this deal, but it had unsaved changes here, so it was saved again.',
  clearedElsewhere: 'Another tab cleared this site’s data; the deals on this page are still in memory.',
  dismiss: 'Dismiss',
};

export const UI: Record<Lang, Strings> = { zh, en };
