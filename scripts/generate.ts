/**
 * Writes what is derived from the zod schemas, so that there is one source for each:
 * - schemas/guidelines.schema.json (the JSON Schema of a workspace guidelines file),
 * - contributes.configuration in package.json (the imr.* settings: the engine's and the editor's),
 * - snippets/imr.code-snippets (the standard paragraphs, with the figures of the guidelines data),
 * - the README's table of rules (between its `rules:start` and `rules:end` markers), from the rules'
 *   metadata.
 * `--check` fails instead of writing when a file is out of date (used by the tests). Either way it
 * fails when a rule has no documentation (docs/rules/<id>.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as z from 'zod/mini';
import { GuidelinesFileSchema } from '../src/core/knowledge/schema';
import { RULES } from '../src/core/rules';
import { ExtensionSettingsSchema } from '../src/vscode/settingsSchema';
import { builtinKnowledgeBase } from '../src/core/knowledge/knowledgeBase';
import { ITEM_SNIPPET, LETTER_SNIPPET, RATIONALES, rationaleSnippet } from '../src/core/analysis/writing';
import { medicationRationales } from '../src/core/analysis/medicationRationales';

const root = path.resolve(__dirname, '..');

export function guidelinesJsonSchema(): unknown {
  const schema = z.toJSONSchema(GuidelinesFileSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'IMR guidelines file' };
}

export function settingsContribution(): unknown {
  const json = z.toJSONSchema(ExtensionSettingsSchema, { io: 'input', target: 'draft-7' }) as { properties: Record<string, Record<string, unknown>> };
  const properties: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(json.properties)) {
    const p: Record<string, unknown> = { ...prop };
    delete p.$schema;
    if (key === 'rules') {
      // Name every rule so that settings.json offers completion and documentation for each id.
      p.properties = Object.fromEntries(
        RULES.map((r) => [r.id, { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], default: r.defaultSeverity, description: r.description }]),
      );
      p.additionalProperties = false;
    }
    p.scope = key === 'guidelinesFile' ? 'resource' : 'window';
    properties[`imr.${key}`] = p;
  }
  return { title: 'IMR Determination', properties };
}

export function snippets(): Record<string, { prefix: string; description: string; body: string[] }> {
  const kb = builtinKnowledgeBase();
  const out: Record<string, { prefix: string; description: string; body: string[] }> = {
    'Disputed item': { prefix: 'item', description: 'A disputed item: heading and decision, the two guideline lines and the rationale', body: ITEM_SNIPPET.split('\n') },
    'Determination letter': { prefix: 'letter', description: 'A whole determination: the three sections and one disputed item', body: LETTER_SNIPPET.split('\n') },
  };
  for (const spec of RATIONALES) {
    const body = rationaleSnippet(spec, kb);
    if (!body) throw new Error(`no guideline ${spec.guideline} for snippet ${spec.prefix}`);
    out[`Rationale: ${spec.description}`] = { prefix: spec.prefix, description: `Standard rationale paragraph: ${spec.description}`, body: [body] };
  }
  for (const m of medicationRationales(kb)) out[`Rationale: ${m.description}`] = { prefix: m.prefix, description: `Standard rationale paragraph: ${m.description}`, body: [m.body] };
  return out;
}

const TABLE_START = '<!-- rules:start (written by npm run generate from the rules) -->';
const TABLE_END = '<!-- rules:end -->';

/** The README's table of rules. */
export function rulesTable(): string {
  // A description may hold "<Insert ...>" or a "|", which Markdown would take for HTML or a column.
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');
  return [
    '| rule | finds | default | fix | tags |',
    '|---|---|---|---|---|',
    ...RULES.map((r) => `| [\`${r.id}\`](${r.docs}) | ${cell(r.description)} | ${r.defaultSeverity} | ${r.hasFix ? 'yes' : ''} | ${r.tags.join(', ')} |`),
  ].join('\n');
}

/** The README with its table of rules written between the markers. */
function withRulesTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md: no table markers (${TABLE_START} ... ${TABLE_END})`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}

function main(): void {
  const undocumented = RULES.filter((r) => !fs.existsSync(path.join(root, r.docs)));
  if (undocumented.length) {
    console.error(`rules without documentation: ${undocumented.map((r) => r.docs).join(', ')}`);
    process.exit(1);
  }
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  const write = (file: string, content: string) => {
    const abs = path.join(root, file);
    const old = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : '';
    if (old === content) return;
    if (check) stale.push(file);
    else fs.writeFileSync(abs, content);
  };
  fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
  write('schemas/guidelines.schema.json', JSON.stringify(guidelinesJsonSchema(), null, 2) + '\n');
  write('snippets/imr.code-snippets', JSON.stringify(snippets(), null, 2) + '\n');
  const pkgText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
  const pkg = JSON.parse(pkgText) as { contributes: Record<string, unknown> };
  pkg.contributes.configuration = settingsContribution();
  write('package.json', JSON.stringify(pkg, null, 2) + '\n');
  write('README.md', withRulesTable(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
  if (stale.length) {
    console.error(`out of date (run npm run generate): ${stale.join(', ')}`);
    process.exit(1);
  }
}

if (require.main === module) main();
