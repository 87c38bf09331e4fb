// Builds the add-on into dist/: Code.js (the server bundle), one self-contained HTML file per page, the manifest.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Writes a file atomically (temp file + rename), so a test reading dist/ never sees half a build. */
async function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

/**
 * The names the entry file assigns to globalThis, found by evaluating the bundle in a bare context
 * (ECMAScript built-ins only, as in Apps Script). The stub list is generated from them, so the two
 * cannot drift apart.
 */
export function publicFunctionNames(code) {
  const sandbox = vm.createContext({});
  const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', sandbox)));
  vm.runInContext(code, sandbox, { filename: 'Code.js' });
  const global = vm.runInContext('globalThis', sandbox);
  return Object.getOwnPropertyNames(global).filter((name) => !before.has(name) && typeof global[name] === 'function');
}

/**
 * twitter-text ships core-js 2 polyfills (`core-js/modules/*`, side-effect imports only). Apps Script's
 * V8 has every ES2015-2020 built-in they patch, so they are replaced by an empty module (≈15 KB saved).
 */
const dropCoreJsPolyfills = {
  name: 'drop-core-js-polyfills',
  setup(builder) {
    builder.onResolve({ filter: /^core-js\/modules\// }, (args) => ({ path: args.path, namespace: 'empty-polyfill' }));
    builder.onLoad({ filter: /.*/, namespace: 'empty-polyfill' }, () => ({ contents: '', loader: 'js' }));
  },
};

/**
 * Where message catalogues come from in each bundle: the server reads them from dist/Messages.html on
 * first use (no strings evaluated on every trigger); pages bundle the form and server catalogues only.
 */
function catalogueSource(replacement) {
  return {
    name: 'catalogue-source',
    setup(builder) {
      builder.onResolve({ filter: /\/catalogue-source$/ }, () => ({ path: path.join(root, replacement) }));
    },
  };
}

/** Writes dist/Messages.html: every catalogue as JSON inside one script element, read by src/sheets/message-file.ts. */
async function buildMessages() {
  const result = await build({
    entryPoints: [path.join(root, 'src/domain/i18n/catalogue-source.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const json = JSON.stringify(module.exports.loadCatalogues()).replace(/</g, '\\u003c');
  await writeAtomically(
    path.join(dist, 'Messages.html'),
    `<!DOCTYPE html>\n<script type="application/json" id="messages">${json}</script>\n`,
  );
  return 'Messages.html';
}

/** Bundles src/index.ts for Apps Script's V8 and appends a `function name() {}` stub per public function. */
async function buildServer() {
  const result = await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    // Non-ASCII text (Polish letters, ✖, emoji) as UTF-8 rather than \uXXXX escapes: Apps Script reads UTF-8 source.
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
    plugins: [dropCoreJsPolyfills, catalogueSource('src/sheets/message-file.ts')],
  });
  const code = result.outputFiles[0].text;
  const names = publicFunctionNames(code);
  if (names.length === 0) throw new Error('build: src/index.ts exposes no functions on globalThis.');
  const stubs = names.map((name) => `function ${name}(){}`).join('\n');
  await writeAtomically(path.join(dist, 'Code.js'), `${code}${stubs}\n`);
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

await mkdir(dist, { recursive: true });
const names = await buildServer();
const pages = [...(await buildPages()), await buildMessages()];
await writeAtomically(path.join(dist, 'appsscript.json'), await readFile(path.join(root, 'appsscript.json')));
// Remove what an earlier build left that this one did not make (a renamed page), so clasp pushes only current files.
const made = new Set(['Code.js', 'appsscript.json', ...pages]);
for (const file of await readdir(dist)) if (!made.has(file) && !file.endsWith('.tmp')) await rm(path.join(dist, file), { force: true });
console.log(`build: dist/Code.js (${names.length} public functions), ${pages.map((p) => `dist/${p}`).join(', ') || 'no pages'}, dist/appsscript.json`);
