import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Assessment, EvaluateOptions, EvaluationInput } from '../evaluate/engine.js';
import type { Employee, PayrollRow, Stretch } from '../parse/records.js';
import { type PackedStretches, packStretches } from './handover.js';

// `--jobs N`: N worker threads derive each employee's facts and run the rules over them while
// this thread reads and parses the hours file. Employees go out in the order they are read and
// their assessments are counted back in that same order (`Evaluator.record`), so the result is
// the one a single thread gives, byte for byte. The run is synchronous (the file is read in a
// loop), so results are taken with `receiveMessageOnPort`, waiting on a shared counter that a
// worker bumps after each result it posts.

/** What every worker needs once: the rule pack's folder and what the engine sees of the data. */
export interface WorkerSetup {
  rules: string;
  options: EvaluateOptions;
  input: EvaluationInput;
  weekStart: number;
  /** Shared: results posted so far, by all workers. */
  posted: SharedArrayBuffer;
  results: MessagePort;
}

/** One employee as this thread has it: its id among the peers, its stretches and payroll rows. */
export interface HereTask {
  employeeId: string;
  stretches: Stretch[];
  payroll: PayrollRow[];
}

/** One employee to evaluate, with the employees (stubs) that joined the peers since the worker's last task. */
export interface Task {
  /** One of the peers: the worker evaluates its own copy, the one its checks compare. */
  employeeId: string;
  stretches: PackedStretches;
  payroll: PayrollRow[];
  newPeers: Employee[];
}

export type Reply = { assessment: Assessment } | { failed: string };

/**
 * A worker that failed (a check that threw, a worker that could not start): the run cannot
 * finish, and reading the file again whole would not help. One line, naming the error's kind.
 */
export class JobFailed extends UserError {
  constructor(what: string) {
    super(`--jobs: ${what}: the input could not be processed; please report this with the command used`);
  }
}

interface Slot {
  worker: Worker;
  results: MessagePort;
  /** How many of the peers this worker has. */
  peers: number;
  /** Tasks sent to it whose results are not yet taken. */
  out: number;
  /** The result of its oldest task, received before its turn to be counted. */
  arrived?: Reply;
}

/** A task out on a worker (its slot), or one this thread evaluated itself while the workers were busy. */
type Queued = number | { assessment: Assessment };

// Employees out at once per worker: enough that a worker is not idle while this thread parses
// the next batch of rows, or is itself off its core for a while on a busy machine. Only when the
// worker it would go to has that many out does this thread evaluate an employee itself.
const IN_FLIGHT = Number(process.env.LC_IN_FLIGHT ?? 16);

export class EvaluationPool {
  private readonly slots: Slot[] = [];
  /** Tasks in the order they were sent, each counted in that order. */
  private readonly queue: Queued[] = [];
  private head = 0;
  private readonly posted: Int32Array;
  /** Employees evaluated by the workers, and on this thread. */
  readonly evaluated = { workers: 0, here: 0 };

  constructor(
    workers: number,
    setup: Omit<WorkerSetup, 'posted' | 'results'>,
    /** Counts each assessment, in the order the employees were sent. */
    private readonly record: (a: Assessment) => void,
    /** Evaluates an employee on this thread when every worker has enough out (none: wait for one). */
    private readonly here?: (task: HereTask) => Assessment,
    private readonly inFlight = IN_FLIGHT,
  ) {
    const shared = new SharedArrayBuffer(4);
    this.posted = new Int32Array(shared);
    const file = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < workers; i++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { ...setup, posted: shared, results: port2 };
      const worker = new Worker(file, { workerData: data, transferList: [port2] });
      // Errors come back as replies; a worker that dies without one is noticed by its exit code.
      worker.on('error', () => {});
      this.slots.push({ worker, results: port1, peers: setup.input.employees.length, out: 0 });
    }
  }

  /**
   * Hands one employee to the worker with the fewest tasks out, or evaluates it here when each
   * has IN_FLIGHT out; first counts what has come back, in order.
   */
  send(task: HereTask, peers: readonly Employee[]): void {
    while (this.pending() > 0 && this.ready()) this.take();
    // Those waiting to be counted hold their findings: at most twice what the workers may have out.
    if (this.pending() >= 2 * Math.max(1, this.inFlight) * this.slots.length) this.take();
    let i = 0;
    for (let k = 1; k < this.slots.length; k++) if (this.slots[k].out < this.slots[i].out) i = k;
    const slot = this.slots[i];
    if (slot.out >= this.inFlight) {
      if (this.here) {
        this.queue.push({ assessment: this.here(task) });
        this.evaluated.here++;
        return;
      }
      while (slot.out >= this.inFlight) this.take();
    }
    const newPeers = peers.slice(slot.peers);
    slot.peers = peers.length;
    const stretches = packStretches(task.stretches);
    slot.worker.postMessage({ ...task, stretches, newPeers } satisfies Task, [stretches.numbers.buffer]);
    slot.out++;
    this.evaluated.workers++;
    this.queue.push(i);
  }

  /** Counts every result still out, then stops the workers. */
  finish(): void {
    try {
      while (this.pending() > 0) this.take();
    } finally {
      this.stop();
    }
  }

  stop(): void {
    this.queue.length = 0;
    this.head = 0;
    for (const s of this.slots.splice(0)) {
      s.results.close();
      void s.worker.terminate();
    }
  }

  private pending(): number {
    return this.queue.length - this.head;
  }

  /** Whether the oldest task's result can be counted without waiting (a worker's is then received). */
  private ready(): boolean {
    const q = this.queue[this.head];
    if (typeof q !== 'number') return true;
    const slot = this.slots[q];
    slot.arrived ??= receiveMessageOnPort(slot.results)?.message as Reply | undefined;
    return slot.arrived !== undefined;
  }

  private take(): void {
    const q = this.queue[this.head];
    this.queue[this.head++] = 0;
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (typeof q !== 'number') {
      this.record(q.assessment);
      return;
    }
    const slot = this.slots[q];
    slot.out--;
    for (;;) {
      const seen = Atomics.load(this.posted, 0);
      // The slot's results come back in the order its tasks went out: the first is this one's.
      const reply = slot.arrived ?? (receiveMessageOnPort(slot.results)?.message as Reply | undefined);
      slot.arrived = undefined;
      if (reply) {
        if ('failed' in reply) throw new JobFailed(reply.failed);
        this.record(reply.assessment);
        return;
      }
      // Wakes when any worker posts; the timeout only guards against a worker that died silently.
      if (Atomics.wait(this.posted, 0, seen, 10_000) === 'timed-out' && slot.worker.threadId < 0) {
        throw new JobFailed('a worker thread stopped');
      }
    }
  }
}
