// Bundles the extension (Node and browser) and the CLI with esbuild into dist/.
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from './coreBundle.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'node20',
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }),
  // The language service alone, for the benchmark and for other tools.
  esbuild.build({ ...common, ...CORE_BUNDLE, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' }),
  esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022' }),
]);
