import { DRUG_CLASS_NAMES } from '../knowledge/drugClassNames';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Item } from '../model';
import type { Position } from '../text';
import type { Completion } from './completionItem';

const MAX = 60;
const WORD_BEFORE = /[A-Za-z][A-Za-z-]*$/;

/**
 * Drug names (generic and brand) for the word being typed in an item heading, before its decision;
 * null elsewhere. Each with its generic, class and usual strengths.
 */
export function drugCompletionsAt(kb: KnowledgeBase, item: Item | undefined, p: Position, before: string, explicit: boolean): Completion[] | null {
  if (!item || p.line < item.headingRange.start.line || p.line > item.headingRange.end.line) return null;
  if (item.decisionRange && p.line === item.decisionRange.start.line && p.character > item.decisionRange.start.character) return null;
  const typed = WORD_BEFORE.exec(before)?.[0] ?? '';
  if (typed.length < (explicit ? 1 : 2)) return null;
  const lower = typed.toLowerCase();
  const range = { start: { line: p.line, character: p.character - typed.length }, end: p };
  const out: Completion[] = [];
  for (const n of kb.drugLexicon.names) {
    if (!n.name.toLowerCase().startsWith(lower)) continue;
    const d = n.drug;
    const strengths = d.strengths.length ? `; ${d.strengths.slice(0, 4).join(', ')}` : '';
    out.push({
      label: n.name,
      kind: 'drug',
      insertText: n.name,
      snippet: false,
      detail: `${n.brand ? `${d.generic}, ` : ''}${DRUG_CLASS_NAMES[d.drugClass]}${strengths}`,
      // Generics first, then brands; shorter names first.
      sortText: `${n.brand ? 1 : 0}-${String(n.name.length).padStart(2, '0')}-${n.name.toLowerCase()}`,
      range,
    });
    if (out.length >= MAX) break;
  }
  return out.length ? out : null;
}
