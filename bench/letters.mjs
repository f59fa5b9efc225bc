// Synthetic letters for the benchmark, built from real ones: the sections of the first letter, then
// disputed items taken in turn from every letter until the size is reached.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The real letters: the bundled samples, and those of ../shared when present. */
export function seedLetters() {
  const dirs = [path.join(root, 'samples'), path.resolve(root, '..', 'shared', 'samples'), path.resolve(root, '..', 'shared', 'corpus')];
  const out = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (/\.(imr|txt)$/.test(f)) out.push({ name: path.relative(root, path.join(d, f)), text: fs.readFileSync(path.join(d, f), 'utf8') });
  }
  return out;
}

const ISSUES = /^\s*IMR ISSUES,? DECISIONS AND RATIONALES\s*$/m;

/** Splits a letter into its preamble (up to the items' intro) and its item blocks, cut at decision lines. */
function split(text) {
  const m = ISSUES.exec(text);
  if (!m) return null;
  const lines = text.slice(m.index).split('\n');
  const intro = lines.findIndex((l) => /set forth below/i.test(l));
  const body = lines.slice(intro + 1);
  const blocks = [];
  let current = [];
  for (const l of body) {
    if (/:\s*(Upheld|Overturned)\s*$/.test(l) && current.some((x) => /Decision rationale:/.test(x))) {
      blocks.push(current.join('\n'));
      current = [];
    }
    current.push(l);
  }
  if (current.length) blocks.push(current.join('\n'));
  return { preamble: text.slice(0, m.index) + lines.slice(0, intro + 1).join('\n') + '\n', blocks };
}

/** A letter of about `bytes` characters with many items. */
export function syntheticLetter(bytes, seeds = seedLetters()) {
  const parts = seeds.map((s) => split(s.text)).filter(Boolean);
  const pieces = [parts[0].preamble];
  let size = pieces[0].length;
  for (let i = 0; size < bytes; i++) {
    const p = parts[i % parts.length];
    const block = p.blocks[Math.floor(i / parts.length) % p.blocks.length] + '\n';
    pieces.push(block);
    size += block.length;
  }
  // Cut to size before joining: the join then gives one flat string, as reading a file or the
  // editor's getText() does. (A slice of the joined text would be a view into it, which makes
  // every character read slower and would time the string's representation, not the analysis.)
  const last = pieces.length - 1;
  pieces[last] = pieces[last].slice(0, Math.max(0, pieces[last].length - (size - bytes)));
  return pieces.join('');
}
