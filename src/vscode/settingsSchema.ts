import * as z from 'zod/mini';
import { described, SettingsSchema } from '../core';

/**
 * The settings only the editor reads (the engine's are the core's SettingsSchema). Kept free of
 * the `vscode` module: scripts/generate.ts writes package.json's settings from it.
 */
export const EditorSettingsSchema = z.object({
  run: described(z._default(z.enum(['onType', 'onSave']), 'onType'), 'Check letters as you type, or only when they are saved.'),
  guidelinesFile: described(
    z._default(z.string(), ''),
    'A JSON file, relative to the workspace folder, that adds to or overrides the built-in guideline limits (see schemas/guidelines.schema.json).',
  ),
  detectTxtLetters: described(z._default(z.boolean(), true), 'Open plain-text files (.txt) whose first line is "HOW THE IMR FINAL DETERMINATION WAS MADE" as IMR letters.'),
  largeFileThreshold: described(z._default(z.int().check(z.minimum(0)), 5_000_000), 'Letters larger than this many characters are checked on save only.'),
});

/** Every `imr.*` setting of the extension, in the order package.json lists them. */
export const ExtensionSettingsSchema = z.object({
  rules: SettingsSchema.shape.rules,
  run: EditorSettingsSchema.shape.run,
  maxProblems: SettingsSchema.shape.maxProblems,
  guidelinesFile: EditorSettingsSchema.shape.guidelinesFile,
  detectTxtLetters: EditorSettingsSchema.shape.detectTxtLetters,
  largeFileThreshold: EditorSettingsSchema.shape.largeFileThreshold,
});

export type ExtensionSettings = z.output<typeof ExtensionSettingsSchema>;
