import type { RulePack } from '../pack/load.js';
import type { Severity } from '../pack/schema.js';

/** What a reporter shows about a rule: from the rule file, in both languages. */
export interface RuleInfo {
  id: string;
  alias?: string;
  title: { en: string; th: string };
  citation: { act: string; section: string; source: string; url?: string };
  severity: Severity;
  notes?: { en: string; th: string };
  /** Where the rule is documented: its rule file in the repository, or the pack's docs. */
  helpUri?: string;
}

/** Rule metadata for the reporters, in pack order. */
export function ruleInfo(pack: RulePack): RuleInfo[] {
  // A docs URL into a GitHub repository points each rule at its own rule file there.
  const repo = /^(https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+)\//.exec(pack.docsUrl ?? '')?.[1];
  return pack.rules.map((r) => ({
    id: r.id,
    ...(r.alias ? { alias: r.alias } : {}),
    title: r.title,
    citation: r.citation,
    severity: r.severity,
    ...(r.notes ? { notes: r.notes } : {}),
    ...(repo
      ? { helpUri: `${repo}/rules/${pack.id}/${r.id}.yaml` }
      : pack.docsUrl
        ? { helpUri: pack.docsUrl }
        : {}),
  }));
}
