import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/*
 * Which Chromium the browser tests drive (docs/decisions/0007-npm-only-test-dependencies.md):
 *   1. `CHROMIUM_PATH`, when set;
 *   2. the machine's own, `/usr/bin/chromium` (Debian's), when there;
 *   3. else the headless Chromium inside the npm package `@sparticuz/chromium` (a devDependency of e2e):
 *      its brotli-packed binary, the few libraries it needs beyond glibc (NSS, NSPR, expat) and a
 *      font are unpacked once into node_modules/.cache/lotsa-chromium/<version>/.
 * So a machine with only Node.js and `npm install` runs the e2e tests.
 */

export interface ChromiumToUse {
  executablePath: string;
  /** Extra environment for the browser process (library and font paths of the npm build). */
  env: Record<string, string>;
  /** Where it came from, for the log. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** How the tests start it (a launch or a shared browser server): headless, and off the (closed) network. */
export function launchOptions(use: ChromiumToUse = findChromium()) {
  return {
    executablePath: use.executablePath,
    env: { ...process.env, ...use.env } as Record<string, string>,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  };
}

export function findChromium(): ChromiumToUse {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, env: {}, source: 'CHROMIUM_PATH' };
  if (process.env.LOTSA_CHROMIUM !== 'npm' && existsSync(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, env: {}, source: 'system' };
  return npmChromium();
}

/** The npm package's Chromium, unpacked once per version (a half-unpacked folder is never used). */
export function npmChromium(): ChromiumToUse {
  const require = createRequire(import.meta.url);
  let pkgRoot: string;
  try {
    // The package exports only its entry (build/cjs/index.cjs for require): its root is two folders up.
    pkgRoot = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  } catch {
    throw new Error(
      `No Chromium: ${SYSTEM_CHROMIUM} is missing and the npm package @sparticuz/chromium is not installed (run npm install), or set CHROMIUM_PATH.`,
    );
  }
  const version = JSON.parse(readFileSync(path.join(pkgRoot, 'package.json'), 'utf8')).version as string;
  const cache = path.resolve(import.meta.dirname, '../node_modules/.cache/lotsa-chromium');
  const dir = path.join(cache, version);
  const executablePath = path.join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    const bin = path.join(pkgRoot, 'bin');
    const work = `${dir}.partial-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(
      path.join(work, 'chromium'),
      brotliDecompressSync(readFileSync(path.join(bin, 'chromium.br'))),
    );
    chmodSync(path.join(work, 'chromium'), 0o755);
    for (const tarball of ['al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br'])
      untar(brotliDecompressSync(readFileSync(path.join(bin, tarball))), work);
    // The package's fonts.conf names AWS Lambda's folders; this one names ours.
    writeFileSync(
      path.join(work, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(work, dir);
    } catch (err) {
      // Another process unpacked it first: use theirs.
      rmSync(work, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw err;
    }
  }
  return {
    executablePath,
    env: {
      LD_LIBRARY_PATH: [path.join(dir, 'lib'), dir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: dir,
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
    source: 'npm',
  };
}

/** Unpacks a plain (ustar) tar archive of files and folders, which is what the package ships. */
function untar(tar: Buffer, into: string) {
  const text = (from: number, len: number) => {
    const raw = tar.subarray(from, from + len);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? len : end).toString('utf8');
  };
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, 100);
    if (!name) break; // two zero blocks end the archive
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    const mode = Number.parseInt(text(at + 100, 8).trim() || '644', 8);
    const type = String.fromCharCode(tar[at + 156] ?? 0);
    const prefix = text(at + 345, 155);
    const rel = path.normalize(prefix ? `${prefix}/${name}` : name);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`unsafe path in archive: ${rel}`);
    const target = path.join(into, rel);
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, tar.subarray(at + 512, at + 512 + size), { mode: mode & 0o777 });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}
