/**
 * An item's title as it reads after "the request for": its closing punctuation dropped and, when
 * it names a common treatment (`commonNoun`), a capitalised first word in lower case ("Massage
 * therapy 2x6" -> "massage therapy 2x6"). A title in capitals, an acronym ("MRI", "TENS") or a
 * name (a medication's brand) is kept as written.
 */
export function requestPhrase(title: string, commonNoun: boolean): string {
  const t = title.replace(/[\s.:;,]+$/, '');
  if (!commonNoun) return t;
  return /^[A-Z][a-z]+(?:-[a-z]+)*\b/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}
