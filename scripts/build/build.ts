import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { type AppBuild, appBuilds } from './apps.ts';

/**
 * `pnpm build`: bundles every app (or the ones named on the command line) into its `dist/` with
 * esbuild, runnable with plain `node`. Our own code, including the workspace packages (which export
 * TypeScript source), is bundled; every npm package stays external and must be one of the app's
 * `dependencies`, so `pnpm deploy --prod` installs exactly what `dist/` loads. A bare import that is
 * not listed fails the build here instead of failing `npm start` in a deployed folder.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const builtins = new Set(builtinModules);

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const ENTRY = 'altum-chat-entry';

/**
 * Each entry point is a two-line wrapper around its source: Node's compile cache on (restarts skip
 * compiling the bundle and its dependencies: https://nodejs.org/api/module.html#module-compile-cache),
 * then the real module, imported dynamically so the cache is on before anything else loads.
 */
function cachedEntries(): Plugin {
  return {
    name: ENTRY,
    setup(context) {
      context.onResolve({ filter: new RegExp(`^${ENTRY}:`) }, (args) => ({
        path: args.path.slice(ENTRY.length + 1),
        namespace: ENTRY,
      }));
      context.onLoad({ filter: /.*/, namespace: ENTRY }, (args) => ({
        contents: `import { enableCompileCache } from 'node:module';\nenableCompileCache?.();\nawait import(${JSON.stringify(args.path)});\n`,
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/** Externalises npm packages, records them, and leaves workspace packages (`@altum-chat/*`) to be bundled. */
function externals(seen: Set<string>): Plugin {
  return {
    name: 'altum-chat-externals',
    setup(context) {
      context.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || builtins.has(args.path)) return { external: true };
        if (args.path.startsWith('@altum-chat/')) return undefined;
        seen.add(packageName(args.path));
        return { external: true };
      });
    },
  };
}

async function buildApp(app: AppBuild): Promise<void> {
  const dir = join(ROOT, app.dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const seen = new Set<string>();
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: dir,
    entryPoints: Object.fromEntries(
      Object.entries(app.entries).map(([name, src]) => [name, `${ENTRY}:${join(dir, src)}`]),
    ),
    outdir: join(dir, 'dist'),
    bundle: true,
    // Shared code between entries (main, register, …) lands in chunks; dynamic imports stay lazy.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    // Marks a bundle, so code that locates files relative to its own source (DEFAULT_DATA_DIR) can tell.
    define: { 'import.meta.ALTUM_CHAT_BUNDLED': 'true' },
    plugins: [cachedEntries(), externals(seen)],
    logLevel: 'warning',
    metafile: true,
  });
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  const missing = [...seen].filter((name) => !declared.has(name)).sort();
  if (missing.length > 0) {
    throw new Error(
      `${manifest.name}: dist/ imports ${missing.join(', ')}, which ${app.dir}/package.json does not list in ` +
        'dependencies; add them (catalog:) so a deployed folder installs them',
    );
  }
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(
    `${manifest.name}: ${Object.keys(app.entries).join(', ')} → ${relative(ROOT, join(dir, 'dist'))} ` +
      `(${(bytes / 1024).toFixed(0)} KiB, externals: ${[...seen].sort().join(', ')})`,
  );
}

const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? appBuilds : appBuilds.filter((app) => wanted.includes(app.dir));
if (selected.length === 0) throw new Error(`no app named ${wanted.join(', ')}`);
for (const app of selected) await buildApp(app);
