// The benchmark's baseline: a bare Starlight site, built with the project's own Astro and
// Starlight (resolved from the project's node_modules). Nothing is added to Starlight's defaults.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Bare Starlight' })],
});
