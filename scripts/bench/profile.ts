import { readFileSync } from 'node:fs';

// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by module and by
// function, so that the bench can say which stage a run spends its time in.

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by stage: csv-parse, zod, rules, facts, ... */
  stages: { stage: string; ms: number; share: number }[];
  functions: { fn: string; ms: number; share: number }[];
}

/** The pipeline stage a source file belongs to. */
export function stageOf(url: string, fn: string): string {
  if (url.includes('/csv-parse/') || url.includes('/papaparse/')) return 'csv parser';
  if (url.includes('/zod/')) return 'parse: zod row schemas';
  if (url.includes('/src/parse/')) return 'parse: cell values';
  if (url.includes('/src/read/')) return 'read';
  if (url.includes('/src/facts/')) return 'facts';
  if (url.includes('/src/evaluate/')) return 'rules';
  if (url.includes('/src/findings/')) return 'findings';
  if (url.includes('/src/pack/') || url.includes('/yaml/')) return 'rule pack load';
  if (url.includes('/src/report/')) return 'report';
  if (fn === '(garbage collector)') return 'gc';
  if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return 'vm / idle';
  if (url.startsWith('node:') || url === '') return 'node internals';
  return 'other';
}

export function summarise(file: string, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const stages = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    const short = url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(src|dist)\//, '$1/');
    const stage = stageOf(url, functionName);
    stages.set(stage, (stages.get(stage) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    total += us;
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, us]) => ({ k, ms: Math.round(us / 1000), share: us / total }));
  return {
    totalMs: Math.round(total / 1000),
    stages: rows(stages).map((r) => ({ stage: r.k, ms: r.ms, share: r.share })),
    functions: rows(fns)
      .slice(0, top)
      .map((r) => ({ fn: r.k, ms: r.ms, share: r.share })),
  };
}

export function printSummary(s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`total sampled: ${s.totalMs} ms`, '', 'self time by stage:'];
  for (const r of s.stages)
    lines.push(`  ${pct(r.share).padStart(6)}  ${String(r.ms).padStart(6)} ms  ${r.stage}`);
  lines.push('', 'top functions (self time):');
  for (const r of s.functions)
    lines.push(`  ${pct(r.share).padStart(6)}  ${String(r.ms).padStart(6)} ms  ${r.fn}`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('profile.ts')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx scripts/bench/profile.ts FILE.cpuprofile [top]');
    process.exit(2);
  }
  console.log(printSummary(summarise(file, Number(process.argv[3] ?? 25))));
}
