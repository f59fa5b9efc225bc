import type { SectionKind } from '../model';
import { insertAt } from '../wording/edits';
import { defineRule } from './types';
import { pos } from '../text';

const REQUIRED: ReadonlyArray<{ kind: SectionKind; title: string }> = [
  { kind: 'howMade', title: 'HOW THE IMR FINAL DETERMINATION WAS MADE' },
  { kind: 'caseSummary', title: 'CLINICAL CASE SUMMARY' },
  { kind: 'issues', title: 'IMR ISSUES, DECISIONS AND RATIONALES' },
];

export const missingSection = defineRule({
  id: 'missing-section',
  description: 'One of the three sections (HOW THE IMR FINAL DETERMINATION WAS MADE, CLINICAL CASE SUMMARY, IMR ISSUES, DECISIONS AND RATIONALES) is absent or out of order.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['structure'],
  check({ doc, eol }, report) {
    if (!doc.isDetermination) return;
    // The 2013 layout has its own headings; it is recognised, not held to the later template.
    if (doc.sections.some((s) => s.kind === 'notice' || s.kind === 'qualifications')) return;
    const present = doc.sections.filter((s) => REQUIRED.some((r) => r.kind === s.kind));
    const firstOf = (kind: SectionKind) => present.find((s) => s.kind === kind);
    REQUIRED.forEach((req, n) => {
      if (firstOf(req.kind)) return;
      // Insert before the next required section present, or at the end of the letter.
      const next = REQUIRED.slice(n + 1).map((r) => firstOf(r.kind)).find(Boolean);
      const end = doc.index.endPosition();
      const at = next ? pos(next.headingRange.start.line, 0) : end;
      const text = next ? `${req.title}${eol}${eol}` : `${end.character > 0 ? eol : ''}${eol}${req.title}${eol}`;
      const where = doc.sections.length ? (next ? next.headingRange : doc.sections[doc.sections.length - 1].headingRange) : { start: pos(0, 0), end: pos(0, doc.index.lineLength(0)) };
      report({
        range: where,
        message: `The letter has no "${req.title}" section: add it${next ? ` before "${next.title}"` : ''}.`,
        fixes: [{ title: `Add the "${req.title}" heading`, edits: [insertAt(at, text)], safe: false }],
      });
    });
    // Order: each required section after the one before it.
    let lastLine = -1;
    let lastTitle = '';
    for (const req of REQUIRED) {
      const s = firstOf(req.kind);
      if (!s) continue;
      if (s.headingRange.start.line < lastLine) {
        report({ range: s.headingRange, message: `"${s.title}" comes before "${lastTitle}": the sections run in the order How the determination was made, Clinical case summary, IMR issues.` });
      }
      lastLine = s.headingRange.start.line;
      lastTitle = s.title;
    }
  },
});
