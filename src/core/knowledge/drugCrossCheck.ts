import type { GuidelinesFile } from './schema';

interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/**
 * What the schema cannot say about the drugs of a guidelines file: unique ids, ingredients and
 * positions that name drugs that exist (`drugIds`: the file's and those it is laid over), a
 * principal figure that the generic has, and methadone-like bands in rising order.
 */
export function crossCheckDrugs(data: GuidelinesFile, file: string, drugIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  (data.drugs ?? []).forEach((d, i) => {
    const at = `drugs[${i}]`;
    if (seen.has(d.id)) problems.push({ file, path: `${at}.id`, message: `duplicate id "${d.id}"` });
    seen.add(d.id);
    d.ingredients?.forEach((g, k) => {
      if (!drugIds.has(g.drug)) problems.push({ file, path: `${at}.ingredients[${k}].drug`, message: `unknown drug "${g.drug}"` });
    });
    if (d.principal >= d.generic.split('/').length) problems.push({ file, path: `${at}.principal`, message: `"${d.generic}" has no figure ${d.principal + 1}` });
    const bands = d.mme?.bands ?? [];
    if (bands.some((b, k) => k > 0 && b.upToMgPerDay <= bands[k - 1].upToMgPerDay)) problems.push({ file, path: `${at}.mme.bands`, message: 'bands must rise in upToMgPerDay' });
  });
  (data.drugPositions ?? []).forEach((p, i) => {
    if (!p.drugClass && !p.drugs?.length) problems.push({ file, path: `drugPositions[${i}]`, message: 'names neither a drugClass nor drugs' });
    p.drugs?.forEach((id, k) => {
      if (!drugIds.has(id)) problems.push({ file, path: `drugPositions[${i}].drugs[${k}]`, message: `unknown drug "${id}"` });
    });
  });
  return problems;
}
