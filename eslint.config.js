// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'shots/'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  astro.configs.recommended,
  // The TypeScript project does not see .astro files, the scripts inside them, or dot files.
  {
    files: ['**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts', '.dependency-cruiser.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Preact components and hook modules follow the rules of hooks.
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts', 'tests/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
