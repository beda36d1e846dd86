import { runRuleCases } from '../src/evaluate/cases.js';
import { loadPack } from '../src/pack/load.js';

const r = runRuleCases(loadPack());
for (const x of r) if (!x.ok) console.log(x.rule, x.kind, x.name, x.problems);
console.log(r.filter((x) => x.ok).length, '/', r.length);
