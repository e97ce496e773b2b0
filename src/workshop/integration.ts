// The workshop view's routes, built at build time from the same content as the
// stage pages: /workshop/<stage>/ and /en/workshop/<stage>/.
import type { AstroIntegration } from 'astro';

export default function workshop(): AstroIntegration {
  return {
    name: 'playbook-workshop',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/workshop/[stage]', entrypoint: './src/workshop/routes/zh.astro' });
        injectRoute({ pattern: '/en/workshop/[stage]', entrypoint: './src/workshop/routes/en.astro' });
      },
    },
  };
}
