import { parentPort, workerData } from 'node:worker_threads';
import { Evaluator } from '../evaluate/engine.js';
import { employeeFacts, type FactOptions } from '../facts/employee.js';
import { loadPack } from '../pack/load.js';
import { assessmentPacker, unpackStretches } from './handover.js';
import type { Reply, Task, WorkerSetup } from './jobs.js';
import { encodeFindings } from './spool.js';

// One evaluation worker of `--jobs N` (run/jobs.ts): facts and rules for the employees it is
// sent, each assessment posted back in the order received (packed: run/handover.ts), its findings
// as the spool's lines when the run spools them. A failure is posted as a reply
// naming the error's kind only: its message may quote an input cell.

const setup = workerData as WorkerSetup;
const posted = new Int32Array(setup.posted);

const reply = (r: Reply) => {
  setup.results.postMessage(r, 'encoded' in r && r.encoded ? [r.encoded.lines.buffer] : []);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
};

const failure = (e: unknown) => {
  const name = e instanceof Error ? e.name : typeof e;
  return { failed: `an evaluation worker failed (${name})` };
};

let ready: { evaluator: Evaluator; facts: FactOptions } | { failed: string };
try {
  const pack = loadPack(setup.rules);
  ready = {
    evaluator: new Evaluator(setup.input, pack, setup.options),
    facts: { params: pack.params, wages: pack.wages, weekStart: setup.weekStart },
  };
} catch (e) {
  ready = failure(e);
}

const packAssessment = assessmentPacker();
const peers = new Map(setup.input.employees.map((e) => [e.employee_id, e]));

parentPort!.on('message', (task: Task) => {
  if ('failed' in ready) return reply(ready);
  try {
    for (const p of task.newPeers) {
      setup.input.employees.push(p);
      peers.set(p.employee_id, p);
    }
    const facts = employeeFacts(
      peers.get(task.employeeId)!,
      unpackStretches(task.stretches),
      task.payroll,
      ready.facts,
    );
    const a = ready.evaluator.assess(facts);
    if (setup.encode && a.findings.length > 0)
      reply({ assessment: packAssessment({ ...a, findings: [] }), encoded: encodeFindings(a.findings) });
    else reply({ assessment: packAssessment(a) });
  } catch (e) {
    reply(failure(e));
  }
});
