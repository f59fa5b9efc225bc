import type { KnowledgeBase } from '../guidelines/knowledgeBase';
import type { Field } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import { citesGuideline, citesNothing } from './language';
import { hasPlaceholder } from './unfilledPlaceholder';

/** The citation a guideline field rests on, without "Decision based on" and the closing period. */
export function citationOf(field: Field | undefined): string | null {
  if (!field || !field.text || citesNothing(field.text) || !citesGuideline(field.text) || hasPlaceholder(field.text)) return null;
  return field.text
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
