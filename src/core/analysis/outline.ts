import { Determination, FIELD_KINDS, FIELD_LABELS, Item } from '../model';
import type { Range } from '../text';

export type OutlineKind = 'section' | 'item' | 'field';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

function itemSymbol(item: Item): OutlineSymbol {
  const fields = FIELD_KINDS.flatMap((k) => {
    const f = item.fields[k];
    if (!f) return [];
    const preview = f.text.length > 60 ? f.text.slice(0, 57) + '...' : f.text;
    return [{ name: FIELD_LABELS[k], detail: preview, kind: 'field' as const, range: f.range, selectionRange: f.labelRange, children: [] }];
  });
  return {
    name: item.title || `(item ${item.index + 1} without heading)`,
    detail: item.decision ?? 'no decision',
    kind: 'item',
    range: item.range,
    selectionRange: item.title ? item.titleRange : item.headingRange,
    children: fields,
  };
}

/** Sections at the top; disputed items under the issues section (or at the top without one); fields under items. */
export function documentOutline(doc: Determination): OutlineSymbol[] {
  const items = doc.items.map(itemSymbol);
  const issues = doc.sections.findIndex((s) => s.kind === 'issues');
  const out: OutlineSymbol[] = doc.sections.map((s, n) => ({
    name: s.title,
    detail: n === issues ? `${doc.items.length} item${doc.items.length === 1 ? '' : 's'}` : '',
    kind: 'section',
    range: n === issues && items.length ? extend(s.range, items[items.length - 1].range) : s.range,
    selectionRange: s.headingRange,
    children: n === issues ? items : [],
  }));
  if (issues < 0) out.push(...items);
  return out;
}

function extend(a: Range, b: Range): Range {
  const after = b.end.line > a.end.line || (b.end.line === a.end.line && b.end.character > a.end.character);
  return after ? { start: a.start, end: b.end } : a;
}

export interface FoldingSpan {
  readonly startLine: number;
  readonly endLine: number;
}

/** Folding for sections, items and fields that run over more than one line. */
export function foldingRanges(doc: Determination): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  const add = (r: Range) => {
    if (r.end.line > r.start.line) spans.push({ startLine: r.start.line, endLine: r.end.line });
  };
  for (const s of doc.sections) add(s.range);
  for (const item of doc.items) {
    add(item.range);
    for (const k of FIELD_KINDS) {
      const f = item.fields[k];
      if (f) add(f.range);
    }
  }
  return spans;
}
