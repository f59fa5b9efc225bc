// How the language service alone is bundled (dist/core.js): by the build, and by bench/ab.mjs for
// a revision's sources, so that both compare the same kind of bundle.
export const CORE_BUNDLE = { bundle: true, platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'], target: 'node20' };
