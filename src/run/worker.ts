import { parentPort, workerData } from 'node:worker_threads';
import { type EvaluationInput, Evaluator } from '../evaluate/engine.js';
import { employeeFacts, type FactOptions } from '../facts/employee.js';
import { loadPack, type RulePack } from '../pack/load.js';
import type { Employee } from '../parse/records.js';
import { assessmentPacker, unpackStretches } from './handover.js';
import type { Begin, Reply, Task, WorkerSetup } from './jobs.js';
import { encodeFindings } from './spool.js';

// One evaluation worker of `--jobs N` (run/jobs.ts): facts and rules for the employees it is
// sent, each assessment posted back in the order received (packed: run/handover.ts), its findings
// as the spool's lines when the run spools them. A failure is posted as a reply
// naming the error's kind only: its message may quote an input cell.

const setup = workerData as WorkerSetup;
const posted = new Int32Array(setup.posted);

// Results wait until the tasks queued for this worker are done (setImmediate runs after the
// messages already received), then go back as one message: one post, not one per employee.
// When the reading thread is waiting for a result, they go at once.
const pending: Reply[] = [];
const transfers: ArrayBuffer[] = [];
const post = () => {
  if (pending.length === 0) return;
  setup.results.postMessage(pending.splice(0), transfers.splice(0));
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
};
const reply = (r: Reply) => {
  if (pending.length === 0) setImmediate(post);
  pending.push(r);
  if ('encoded' in r && r.encoded) transfers.push(r.encoded.lines.buffer as ArrayBuffer);
  if (Atomics.load(posted, 1) === 1) post();
};

const failure = (e: unknown) => {
  const name = e instanceof Error ? e.name : typeof e;
  return { failed: `an evaluation worker failed (${name})` };
};

// The rule pack loads while the reading thread reads the employees and payroll; the engine is
// made when they come (the first message).
let pack: RulePack | { failed: string };
try {
  pack = loadPack(setup.rules);
} catch (e) {
  pack = failure(e);
}

let ready:
  | { evaluator: Evaluator; facts: FactOptions; peers: Map<string, Employee>; input: EvaluationInput }
  | {
      failed: string;
    };

const begin = ({ input }: Begin): typeof ready => {
  if ('failed' in pack) return pack;
  try {
    return {
      evaluator: new Evaluator(input, pack, setup.options),
      facts: { params: pack.params, wages: pack.wages, weekStart: setup.weekStart },
      peers: new Map(input.employees.map((e) => [e.employee_id, e])),
      input,
    };
  } catch (e) {
    return failure(e);
  }
};

const packAssessment = assessmentPacker();

parentPort!.on('message', (message: Task | Begin) => {
  if ('input' in message) {
    ready = begin(message);
    return;
  }
  const task = message;
  if ('failed' in ready) return reply(ready);
  try {
    for (const p of task.newPeers) {
      ready.input.employees.push(p);
      ready.peers.set(p.employee_id, p);
    }
    const facts = employeeFacts(
      ready.peers.get(task.employeeId)!,
      unpackStretches(task.stretches),
      task.payroll,
      ready.facts,
      task.lost,
      task.undated,
      task.lostPay,
      task.notWorked,
    );
    const a = ready.evaluator.assess(facts);
    if (setup.encode && a.findings.length > 0)
      reply({ assessment: packAssessment({ ...a, findings: [] }), encoded: encodeFindings(a.findings) });
    else reply({ assessment: packAssessment(a) });
  } catch (e) {
    reply(failure(e));
  }
});
