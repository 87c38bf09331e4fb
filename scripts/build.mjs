// Builds the add-on into dist/: Code.js (the server bundle), one self-contained HTML file per page, the manifest.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Writes a file atomically (temp file + rename), so a test reading dist/ never sees half a build. */
async function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

/** The server build's options and helpers live in a CommonJS module the benchmark and mutation proofs share. */
const require = createRequire(import.meta.url);
const { serverBuildOptions, dropCoreJsPolyfills, catalogueSource: catalogueSourceAt, publicFunctionNames, withStubs } = require('./lib/server-build-options.cjs');
export { serverBuildOptions, publicFunctionNames };

/** A page bundle's catalogue source (see scripts/lib/server-build-options.cjs). */
function catalogueSource(replacement) {
  return catalogueSourceAt(root, replacement);
}

/**
 * Writes dist/<file>: what `entry`'s export `loader` returns, as JSON inside one script element with
 * `id` (read by src/sheets/project-json-file.ts). Returns the file name.
 */
async function buildJsonFile(entry, loader, file, id) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const json = JSON.stringify(module.exports[loader]()).replace(/</g, '\\u003c');
  await writeAtomically(
    path.join(dist, file),
    `<!DOCTYPE html>\n<script type="application/json" id="${id}">${json}</script>\n`,
  );
  return file;
}

/** Writes dist/Messages.html: every catalogue, read by src/sheets/message-file.ts. */
function buildMessages() {
  return buildJsonFile('src/domain/i18n/catalogue-source.ts', 'loadCatalogues', 'Messages.html', 'messages');
}

/** Writes dist/Rules.html: the built-in platform rules, read by src/sheets/rules-file.ts. */
function buildRules() {
  return buildJsonFile('src/domain/rules/rules-source.ts', 'loadBuiltInRules', 'Rules.html', 'rules');
}

/** Writes dist/AudienceDefaults.html: the studies' activity windows, read by src/sheets/audience-defaults-file.ts. */
function buildAudienceDefaults() {
  return buildJsonFile('src/domain/planning/audience-defaults-source.ts', 'loadAudienceDefaults', 'AudienceDefaults.html', 'audience-defaults');
}

/** Writes dist/UrlTlds.html: twitter-text's top-level-domain patterns, read by src/sheets/url-tlds-file.ts. */
function buildUrlTlds() {
  return buildJsonFile('scripts/lib/url-tlds-table.cjs', 'loadUrlTlds', 'UrlTlds.html', 'url-tlds');
}

/** Bundles src/index.ts for Apps Script's V8 (serverBuildOptions) and appends a `function name() {}` stub per public function. */
async function buildServer() {
  const result = await build(serverBuildOptions(root));
  const { code, names } = withStubs(result.outputFiles[0].text);
  await writeAtomically(path.join(dist, 'Code.js'), code);
  return names;
}

/** `export-dialog` → `ExportDialog`. */
function pascalCase(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

/**
 * Builds every page src/sidebar/<name>.html (+ <name>.ts, optional <name>.css) into one self-contained
 * dist/<Name>.html: Apps Script serves no separate files, so JS and CSS are inlined.
 */
async function buildPages() {
  const dir = path.join(root, 'src/sidebar');
  if (!existsSync(dir)) return [];
  const pages = (await readdir(dir)).filter((file) => file.endsWith('.html'));
  const built = [];
  for (const page of pages) {
    const name = page.slice(0, -'.html'.length);
    let html = await readFile(path.join(dir, page), 'utf8');
    const entry = path.join(dir, `${name}.ts`);
    let js = '';
    if (existsSync(entry)) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        platform: 'browser',
        minify: true,
        charset: 'utf8',
        plugins: [dropCoreJsPolyfills, catalogueSource('src/domain/i18n/catalogue-source-core.ts')],
        legalComments: 'none',
        write: false,
        logLevel: 'warning',
      });
      // An inline script ends at the first `</script`, whatever the JS means there.
      js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
    }
    const cssFile = path.join(dir, `${name}.css`);
    let css = '';
    if (existsSync(cssFile)) {
      // Bundled, so a page's `@import './lib/base.css'` (the shared look) is inlined too.
      const result = await build({ entryPoints: [cssFile], bundle: true, minify: true, write: false, logLevel: 'warning' });
      css = result.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
    }
    html = html.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => js);
    const out = `${pascalCase(name)}.html`;
    await writeAtomically(path.join(dist, out), html);
    built.push(out);
  }
  return built;
}

/** The whole build: Code.js, the pages, Messages.html, the manifest; stale files removed. */
async function main() {
  await mkdir(dist, { recursive: true });
  const names = await buildServer();
  const pages = [...(await buildPages()), await buildMessages(), await buildRules(), await buildAudienceDefaults(), await buildUrlTlds()];
  await writeAtomically(path.join(dist, 'appsscript.json'), await readFile(path.join(root, 'appsscript.json')));
  // Remove what an earlier build left that this one did not make (a renamed page), so clasp pushes only current files.
  const made = new Set(['Code.js', 'appsscript.json', ...pages]);
  for (const file of await readdir(dist)) if (!made.has(file) && !file.endsWith('.tmp')) await rm(path.join(dist, file), { force: true });
  console.log(`build: dist/Code.js (${names.length} public functions), ${pages.map((p) => `dist/${p}`).join(', ') || 'no pages'}, dist/appsscript.json`);
}

// Imported (for serverBuildOptions) it builds nothing; run as a script it builds.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
