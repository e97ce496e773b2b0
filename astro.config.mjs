// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import remarkStableAnchors from './src/markdown/remark-stable-anchors.ts';
import rehypeTaskListLabels from './src/markdown/rehype-task-list-labels.ts';
import workshop from './src/workshop/integration.ts';
import pwa from './src/pwa/build/integration.ts';
import stages from './content/stages.json' with { type: 'json' };

export default defineConfig({
  // Content lives in the top-level content/ folder (content/docs for Starlight),
  // code in src/. srcDir '.' keeps every Starlight feature working with that layout.
  srcDir: '.',
  site: 'https://playbook.example.com',
  // MDX has no {#id} heading syntax: see src/markdown/remark-stable-anchors.ts.
  markdown: {
    processor: unified({ remarkPlugins: [remarkStableAnchors], rehypePlugins: [rehypeTaskListLabels] }),
  },
  // The copy-link script (src/components/SectionLinks.astro) stays a file of its own, never
  // inlined, so the page-weight gate finds it by name; everything else keeps Vite's default.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.includes('SectionLinks.astro') ? false : undefined),
      // The deal model and storage that every tool island loads go into one chunk. Left to the
      // default, other islands (board, team view, calendar) that import parts of it cut it into
      // small files, and their per-file overhead pushed tool pages past their 20 KB budget.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // What the home page's quiz badges share with the tools stays apart: the storage keys and
              // nanostores (the deal store's group would otherwise take them in as its dependencies).
              {
                name: 'store-base',
                test: /[\\/]src[\\/]storage[\\/]keys\.|[\\/]node_modules[\\/]nanostores[\\/]/,
                priority: 2,
              },
              // What every tool's island shares (deal bar, save status, checklist item…): one chunk, not
              // several small ones. The undo line stays apart: only two tools use it.
              {
                name: 'tool-frame',
                test: /[\\/]src[\\/]tools[\\/]shared[\\/](?!Undo)\w+\.tsx?$/,
              },
              {
                name: 'deal-store',
                priority: 1,
                test: /[\\/]src[\\/](?:i18n[\\/]lang|deals[\\/](?:id|forbidden-keys|operations|guard|constants|answers)|storage[\\/](?:migrations|codec|engine|merge|snapshot|workspace|workspace-state|problems|writes|sync|actions|index|client)|tools[\\/]shared[\\/]StorageNotices)\./,
              },
            ],
          },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: { 'zh-CN': '软件销售流程', en: 'Software Sales Playbook' },
      description: '面向中小企业管理软件销售的七步销售流程与实战工具。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css', './src/styles/touch.css'],
      // Starlight's theme scripts read localStorage unguarded and throw where site data
      // is blocked; these copies guard every access (src/components/overrides/).
      components: {
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Search: './src/components/overrides/Search.astro',
        // Web app manifest, home-screen icon and the service-worker registration (src/pwa/).
        Head: './src/components/overrides/Head.astro',
        // The copy-link controls, arrival highlight and language switch keeping the anchor.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Starlight's footer plus the offline status line (src/pwa/OfflineStatus.astro).
        Footer: './src/components/overrides/Footer.astro',
        // A shorter title on phones where the English one would be cut off.
        SiteTitle: './src/components/overrides/SiteTitle.astro',
      },
      // The home page keeps the header menu on a phone (src/components/overrides/route-data.ts).
      routeMiddleware: './src/components/overrides/route-data.ts',
      lastUpdated: false,
      sidebar: [
        {
          label: '销售流程',
          translations: { en: 'The sales process' },
          // Each stage by its one short name from the registry (a page's title may add to it).
          items: stages.stages.map((stage) => ({
            slug: `process/${stage.id}`,
            label: stage.zh.title,
            translations: { en: stage.en.title },
          })),
        },
        {
          label: '工作区',
          translations: { en: 'Workspace' },
          items: ['deals', 'team'],
        },
        {
          label: '参考',
          translations: { en: 'Reference' },
          items: ['glossary'],
        },
      ],
      // The workshop view's pages are not Starlight pages (src/workshop/); tests/site/links.test.ts checks them.
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true, exclude: ['/workshop/*/', '/en/workshop/*/'] }),
      ],
    }),
    mdx(),
    preact(),
    // The workshop view: /workshop/<stage>/ and /en/workshop/<stage>/ (src/workshop/).
    workshop(),
    // Last, after Starlight's Pagefind step: each page's CSP and the service worker (src/pwa/build/).
    pwa(),
  ],
});
