/**
 * The layers of src/, checked by `npm run lint` (dependency-cruiser). Lower layers never
 * import higher ones: deals/ and storage/ (the model and the only code touching
 * localStorage) know nothing of tools, the board or pages; a tool knows nothing of the
 * board; site-wide helpers know nothing of either. Astro components are not read (the
 * checker reads JavaScript and TypeScript), but everything they import is.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the order of module start-up matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-stays-low',
      severity: 'error',
      comment: 'deals/ and storage/ import no tool, board, quiz, share, workshop or component code.',
      from: { path: '^src/(deals|storage)/' },
      to: { path: '^src/(tools|board|components|quiz|share|workshop|links|pwa)/' },
    },
    {
      name: 'tools-not-board',
      severity: 'error',
      comment: 'The board reads the tools; a tool never reads the board.',
      from: { path: '^src/tools/' },
      to: { path: '^src/board/' },
    },
    {
      name: 'helpers-stay-low',
      severity: 'error',
      comment: 'Site-wide helpers (shared/, i18n/, links/, markdown/) import no feature.',
      from: { path: '^src/(shared|i18n|links|markdown)/' },
      to: { path: '^src/(tools|board|deals|storage|components|quiz|share|workshop|pwa)/' },
    },
    {
      name: 'browser-not-build',
      severity: 'error',
      comment: 'Code that runs only at build time (src/pwa/build/) never ships to the browser.',
      from: { path: '^src/', pathNot: '^src/pwa/build/' },
      to: { path: '^src/pwa/build/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: "Every import resolves (but Starlight's virtual modules, which exist only in its build).",
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:starlight/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.astro$' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['types', 'import', 'default'] },
  },
};
