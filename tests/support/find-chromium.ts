/**
 * Finds the Chromium the browser tests drive, before any of them runs: CHROMIUM, then
 * /usr/bin/chromium, then `chromium` on the PATH. With none, installs Debian's `chromium`
 * package where that is possible (Debian or Ubuntu, as root, as .ci/run does); otherwise
 * stops at once with one line saying what to install. Prints the path it found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const DEBIAN_PATH = '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(executable);
}

/** The Chromium already on this machine, or undefined. */
export function findChromium(): string | undefined {
  const chosen = process.env.CHROMIUM;
  if (chosen) return executable(chosen) ? chosen : undefined;
  if (executable(DEBIAN_PATH)) return DEBIAN_PATH;
  return onPath('chromium');
}

const isDebianLike = (): boolean =>
  existsSync('/etc/os-release') &&
  /^(?:ID|ID_LIKE)=.*\b(?:debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8')) &&
  onPath('apt-get') !== undefined;

const isRoot = (): boolean => process.getuid?.() === 0;

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

function install(): void {
  console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0)
      fail(
        `apt-get ${args.join(' ')} failed: install Chromium (apt-get install chromium) or set CHROMIUM to a Chromium binary.`,
      );
  }
}

if (import.meta.main) {
  if (process.env.CHROMIUM && !executable(process.env.CHROMIUM))
    fail(
      `CHROMIUM=${process.env.CHROMIUM} is not an executable file: point it at a Chromium binary, or unset it.`,
    );
  let found = findChromium();
  if (!found) {
    if (!isDebianLike() || !isRoot())
      fail(
        'No Chromium for the browser tests: install Debian’s chromium package (sudo apt-get install chromium) or set CHROMIUM to a Chromium binary.',
      );
    install();
    found = findChromium();
    if (!found)
      fail('Installing chromium left no /usr/bin/chromium: install Chromium by hand or set CHROMIUM.');
  }
  console.log(
    `Chromium for the browser tests: ${found} (${execFileSync(found, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()})`,
  );
}
