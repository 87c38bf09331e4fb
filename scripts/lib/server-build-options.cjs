// The esbuild options of the real server build (dist/Code.js), shared by scripts/build.mjs (which
// re-exports them), the benchmark's bundle breakdown and the mutation proofs, so that every measure and
// every mutant is built exactly as the shipped bundle is. CommonJS, so TypeScript tools and Jest can
// require it as plainly as the ES module build script imports it.
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, required by TypeScript tools and Jest */
const path = require('node:path');
const vm = require('node:vm');

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
 * twitter-text's URL extractor, from the package's own ES-module copy (dist/esm, the same release built
 * from the same source; without a CommonJS wrapper per module the bundle is ≈ 6 KB smaller; Jest, which
 * does not transform node_modules, keeps the CommonJS module the source names,
 * src/domain/counting/find-urls.ts), and its top-level-domain lists (≈ 10 KB) from dist/UrlTlds.html
 * instead of code, like the rules table: the source's import of the extractor gets a stub that requires
 * the package's module on the first call (esbuild then defers evaluating it and everything it imports), and
 * the package's validGTLD and validCCTLD modules become readers of that file
 * (src/sheets/url-tlds-file.ts). An execution that looks for no URL never reads the file nor builds the
 * package's regular expressions. Pages and Jest keep the package as it is.
 */
function lazyUrlExtractor(root) {
  const tldFile = path.join(root, 'src/sheets/url-tlds-file.ts');
  return {
    name: 'lazy-url-extractor',
    setup(builder) {
      builder.onResolve({ filter: /^twitter-text\/dist\/extractUrlsWithIndices$/ }, (args) => ({
        path: require.resolve('twitter-text/dist/esm/extractUrlsWithIndices.js', { paths: [args.resolveDir] }),
        namespace: 'lazy-url-extractor',
      }));
      builder.onLoad({ filter: /.*/, namespace: 'lazy-url-extractor' }, (args) => ({
        contents: `let extract;export default function(text,options){extract||=require(${JSON.stringify(args.path)}).default;return extract(text,options)}`,
        loader: 'js',
        resolveDir: root,
      }));
      builder.onLoad({ filter: /twitter-text\/dist\/esm\/regexp\/valid(GTLD|CCTLD)\.js$/ }, (args) => ({
        contents: `import{urlTldPattern}from${JSON.stringify(tldFile)};export default urlTldPattern(${JSON.stringify(path.basename(args.path, '.js'))})`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * Where message catalogues come from in each bundle: the server reads them from dist/Messages.html on
 * first use (no strings evaluated on every trigger); pages bundle the form and server catalogues only.
 */
function catalogueSource(root, replacement) {
  return {
    name: 'catalogue-source',
    setup(builder) {
      builder.onResolve({ filter: /\/catalogue-source$/ }, () => ({ path: path.join(root, replacement) }));
    },
  };
}

/**
 * The built-in tables the server bundle reads from project files on first use instead of carrying
 * them as code (each `*-source` module of src/domain → its reader in src/sheets): the platform rules
 * (dist/Rules.html) and the audience defaults (dist/AudienceDefaults.html). Pages and tests keep the
 * tables as code.
 */
const DATA_FILE_READERS = {
  'rules-source': 'src/sheets/rules-file.ts',
  'audience-defaults-source': 'src/sheets/audience-defaults-file.ts',
};

function dataFileSources(root) {
  return {
    name: 'data-file-sources',
    setup(builder) {
      builder.onResolve({ filter: /\/(rules-source|audience-defaults-source)$/ }, (args) => ({
        path: path.join(root, DATA_FILE_READERS[path.basename(args.path)]),
      }));
    },
  };
}

/**
 * The options scripts/build.mjs bundles src/index.ts with for Apps Script's V8 (write: false; the
 * caller appends the function stubs, see withStubs). `extraPlugins` run before the real ones (a
 * mutation's onLoad), never instead of them.
 */
function serverBuildOptions(root, extraPlugins = []) {
  return {
    entryPoints: [path.join(root, 'src/index.ts')],
    absWorkingDir: root,
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
    plugins: [...extraPlugins, dropCoreJsPolyfills, lazyUrlExtractor(root), catalogueSource(root, 'src/sheets/message-file.ts'), dataFileSources(root)],
  };
}

/**
 * The names the entry file assigns to globalThis, found by evaluating the bundle in a bare context
 * (ECMAScript built-ins only, as in Apps Script). The stub list is generated from them, so the two
 * cannot drift apart.
 */
function publicFunctionNames(code) {
  const sandbox = vm.createContext({});
  const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', sandbox)));
  vm.runInContext(code, sandbox, { filename: 'Code.js' });
  const global = vm.runInContext('globalThis', sandbox);
  return Object.getOwnPropertyNames(global).filter((name) => !before.has(name) && typeof global[name] === 'function');
}

/** The bundle with a `function name() {}` stub per public function appended (what Apps Script lists and runs); also the names. */
function withStubs(code) {
  const names = publicFunctionNames(code);
  if (names.length === 0) throw new Error('build: src/index.ts exposes no functions on globalThis.');
  const stubs = names.map((name) => `function ${name}(){}`).join('\n');
  return { code: `${code}${stubs}\n`, names };
}

module.exports = { serverBuildOptions, dropCoreJsPolyfills, lazyUrlExtractor, catalogueSource, publicFunctionNames, withStubs };
