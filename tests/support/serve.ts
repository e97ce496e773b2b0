/** Serves the built site (dist/, or DIST_DIR) with gzip, as a production host would, for Playwright's webServer. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST } from './dist.ts';
import { serveStatic } from './static-server.ts';

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`${DIST}/ is missing: run \`npm run build\` before the browser tests.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4329);
const { url } = await serveStatic(resolve(DIST), port, { compress: true });
console.log(`Serving ${DIST}/ at ${url}`);
