import { GuidelinesProblem, KnowledgeBase } from './knowledgeBase';

/**
 * A workspace guidelines file, as read by the editor and by the CLI alike: its text (a byte order
 * mark allowed), parsed and laid over `base`. A file that cannot be parsed or validated leaves
 * `base` in force and says why, with the path inside the file.
 */
export function loadGuidelinesFile(base: KnowledgeBase, text: string, file: string): { kb: KnowledgeBase; problems: GuidelinesProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { kb: base, problems: [{ file, path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const { base: kb, problems } = base.withOverrides(data, file);
  return { kb, problems };
}
