import type { Analysis } from './analyze';
import type { Guideline } from '../knowledge/schema';
import { visitLimit } from '../request/itemRequest';
import { medicationHoverLines } from './medicationHover';
import { Position, rangeContains } from '../text';
import { statementHoverAt } from './statementHover';
import type { HoverInfo } from './hoverInfo';

export type { HoverInfo } from './hoverInfo';

const STATUS_NOTE: Readonly<Record<Guideline['status'], string>> = {
  verified: '',
  'verified-secondary': ' _(as quoted in IMR letters; the guideline text itself not seen)_',
  'partly-verified': ' _(partly verified: check the figures against the guideline)_',
  unverified: ' _(unverified: check the figures against the guideline before relying on them)_',
};

function describeGuideline(g: Guideline): string {
  const l = g.limit;
  const figures = l
    ? [l.trialVisits ? `initial trial ${l.trialVisits} visits` : null, l.maxVisits ? `up to ${l.maxVisits} visits` : null, l.perWeek ? `${l.perWeek} a week at most` : null, l.weeks ? `over ${l.weeks} weeks` : null]
        .filter(Boolean)
        .join(', ')
    : 'no visit count: criteria apply';
  return `**${g.guideline}**${g.section ? ` (${g.section})` : ''}${g.condition ? `, ${g.condition}` : ''}: ${figures}.${STATUS_NOTE[g.status]}\n\n${g.summary}\n\nCite as: \`${g.citation}\``;
}

/** What to show when hovering an item heading (the request and its limit) or a guideline field. */
export function hoverAt(a: Analysis, p: Position): HoverInfo | null {
  const kb = a.kb;
  for (const item of a.doc.items) {
    if (!rangeContains(item.range, p)) continue;
    const request = a.requests[item.index];
    if (rangeContains(item.headingRange, p)) {
      const lines: string[] = [`**Disputed item:** ${item.title || '(no heading)'} — **${item.decision ?? 'no decision'}**`];
      const t = request.treatment;
      lines.push(`**Treatment:** ${t ? t.name : 'not recognised'}`);
      lines.push(...medicationHoverLines(request.medication, kb));
      if (request.text) {
        const parts = [
          request.perWeek !== null ? `${request.perWeek} a week` : null,
          request.weeks !== null ? `${request.weeks} weeks` : null,
          request.visits !== null ? `**${request.visits} visits**` : request.quantity !== null ? `quantity ${request.quantity} (${request.unit})` : null,
        ].filter(Boolean);
        lines.push(`**Requested:** "${request.text}"${request.fromRationale ? ' (from the rationale)' : ''}: ${parts.join(', ')}`);
      } else {
        lines.push('**Requested:** no quantity or duration written');
      }
      const limit = visitLimit(request, kb);
      if (limit) {
        const over = request.visits !== null && request.visits > limit.maxVisits;
        lines.push(`**Limit:** ${limit.isTrial ? 'initial trial of ' : ''}${limit.maxVisits} visits${over ? ' — **exceeded**' : ''}`);
        lines.push(describeGuideline(limit.guideline));
      } else if (t) {
        const g = kb.preferredGuideline(t.id);
        if (g) lines.push(describeGuideline(g));
      }
      return { markdown: lines.join('\n\n'), range: item.headingRange };
    }
    for (const f of [item.fields.claimsAdministrator, item.fields.maximus]) {
      if (!f || !rangeContains(f.range, p) || !request.treatment) continue;
      const all = kb.guidelinesFor(request.treatment.id);
      const cited = all.filter((g) => f.text.toUpperCase().includes(g.source === 'ODG' ? 'OFFICIAL DISABILITY' : g.source) || f.text.includes(g.source));
      const shown = cited.length ? cited : all;
      if (!shown.length) continue;
      return {
        markdown: [`**What the guidelines say about ${request.treatment.name.toLowerCase()}**`, ...shown.map(describeGuideline)].join('\n\n---\n\n'),
        range: f.range,
      };
    }
  }
  return statementHoverAt(a, p);
}
