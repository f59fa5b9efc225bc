/**
 * A snippet as VS Code inserts it: placeholders give their default text (nested ones too), a
 * choice gives the option `pick` chooses, tab stops give nothing, escapes are undone.
 */
export function expandSnippet(body: string, pick: (options: string[]) => string = (o) => o[0]): string {
  let out = '';
  let i = 0;
  const readUntil = (stop: string | null): string => {
    let s = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        s += body[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (stop !== null && c === stop) return s;
      if (c === '$') {
        const m = /^\$(\d+)|^\$\{(\d+)(:|\||\})/.exec(body.slice(i));
        if (!m) throw new Error(`bad "$" at ${i}`);
        i += m[0].length;
        if (m[1] !== undefined || m[3] === '}') continue;
        if (m[3] === ':') {
          s += readUntil('}');
          i++;
          continue;
        }
        const end = body.indexOf('|}', i);
        s += pick(body.slice(i, end).split(','));
        i = end + 2;
        continue;
      }
      s += c;
      i++;
    }
    return s;
  };
  out = readUntil(null);
  return out;
}
