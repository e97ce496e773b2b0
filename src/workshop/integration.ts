// The workshop view's routes, built at build time from the same content as the
// stage pages: /workshop/<stage>/ and /en/workshop/<stage>/; and the blank worksheets
// a trainer prints: /worksheets/ (all) and /worksheets/<stage>/, in both languages.
import type { AstroIntegration } from 'astro';

export default function workshop(): AstroIntegration {
  return {
    name: 'playbook-workshop',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/workshop/[stage]', entrypoint: './src/workshop/routes/zh.astro' });
        injectRoute({ pattern: '/en/workshop/[stage]', entrypoint: './src/workshop/routes/en.astro' });
        // Blank worksheets to print for a workshop: each stage's, and all seven.
        injectRoute({ pattern: '/worksheets', entrypoint: './src/workshop/routes/worksheets-zh.astro' });
        injectRoute({ pattern: '/en/worksheets', entrypoint: './src/workshop/routes/worksheets-en.astro' });
        injectRoute({
          pattern: '/worksheets/[stage]',
          entrypoint: './src/workshop/routes/worksheet-zh.astro',
        });
        injectRoute({
          pattern: '/en/worksheets/[stage]',
          entrypoint: './src/workshop/routes/worksheet-en.astro',
        });
      },
    },
  };
}
