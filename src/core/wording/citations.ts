import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Field } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import { citesGuideline, citesNothing } from './language';
import { fillPlaceholders, hasPlaceholder } from './placeholders';

/**
 * The citation a guideline field rests on, without "Decision based on" and the closing period, its
 * placeholders filled as their fixes fill them; null when one holds no value.
 */
export function citationOf(field: Field | undefined): string | null {
  const text = field?.text ? fillPlaceholders(field.text, true) : null;
  if (!text || citesNothing(text) || !citesGuideline(text) || hasPlaceholder(text)) return null;
  return text
    .replace(/^(?:The (?:Claims Administrator|Expert Reviewer) (?:did not base|based) [^.]*\.\s*)?/i, '')
    .replace(/^Decision based on\s+/i, '')
    .replace(/\.\s*$/, '')
    .trim();
}

/** Candidate citations for an item's treatment from the guidelines data, preferred first. */
export function candidateCitations(request: ItemRequest, kb: KnowledgeBase): string[] {
  if (!request.treatment) return [];
  const list = [...kb.guidelinesFor(request.treatment.id)].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return [...new Set(list.map((g) => g.citation))];
}

/** "Decision based on X." with the Non-MTUS preamble MAXIMUS letters use for other sources. */
export function decisionBasedOn(citation: string, who: 'Expert Reviewer' | 'Claims Administrator'): string {
  const body = citation.replace(/\.\s*$/, '');
  if (/^Non-MTUS/i.test(body)) return `The ${who} did not base their decision on the MTUS. Decision based on ${body}.`;
  return `Decision based on ${body}.`;
}
