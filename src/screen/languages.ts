import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { bundledRulesDir } from '../pack/load.js';

// The languages of the screen's message catalogue, apart from the catalogue itself: every
// command's --lang option lists them, so this is loaded on every start of the CLI.

/**
 * The languages of the message catalogue: one per message file in rules/screen/lang, English
 * first. `check --lang`, `rules --lang` and `screen --lang` all take this one list.
 */
export function catalogueLanguages(rulesDir: string = bundledRulesDir()): string[] {
  const dir = join(rulesDir, 'screen', 'lang');
  const codes = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length))
    : [];
  return ['en', ...codes.filter((c) => c !== 'en').sort()];
}

/** A --lang value: a language of the catalogue, or a one-line error listing them. */
export function catalogueLanguage(lang: string): string {
  const all = catalogueLanguages();
  if (!all.includes(lang))
    throw new UserError(
      `--lang ${lang}: no "${lang}" wording in the message catalogue (languages: ${all.join(', ')})`,
    );
  return lang;
}
