import type { Analysis } from './analyze';
import type { Item } from '../model';
import { medicationStandardRationale } from './medicationRationales';
import { rationaleFor, rationaleSnippet, StandardRationale } from './writing';

export type { StandardRationale } from './writing';


/**
 * The standard paragraph for an item, filled with its heading and its conclusion agreeing with
 * its decision: its treatment's, else its medication class's; null when neither is known.
 */
export function standardRationale(item: Item, a: Analysis): StandardRationale | null {
  const target = { title: item.title, decision: item.decision };
  const spec = rationaleFor(item, a);
  const body = spec ? rationaleSnippet(spec, a.kb, target) : null;
  if (spec && body) return { description: spec.description, body, citation: a.kb.guidelines.find((g) => g.id === spec.guideline)?.citation ?? '' };
  return medicationStandardRationale(a.requests[item.index].medication, a.kb, target);
}
