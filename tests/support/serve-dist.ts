/** Serves the built site for the "site" test project and hands its address to the tests. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST } from './dist.ts';
import { serveStatic } from './static-server.ts';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`${DIST}/ is missing: run \`npm run build\` before the site tests.`);
  const { server, url } = await serveStatic(resolve(DIST));
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
