import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Assessment, EvaluateOptions, EvaluationInput } from '../evaluate/engine.js';
import type { Employee, PayrollRow, Stretch } from '../parse/records.js';

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

/** One employee to evaluate, with the employees (stubs) that joined the peers since the worker's last task. */
export interface Task {
  /** One of the peers: the worker evaluates its own copy, the one its checks compare. */
  employeeId: string;
  stretches: Stretch[];
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
}

// Tasks out at once per worker: enough to keep it busy while this thread parses, few enough
// that employees waiting in queues do not add up in memory.
const IN_FLIGHT = 4;

export class EvaluationPool {
  private readonly slots: Slot[] = [];
  /** Which worker has each task out, in the order the tasks were sent. */
  private readonly queue: number[] = [];
  private readonly posted: Int32Array;
  private next = 0;

  constructor(
    jobs: number,
    setup: Omit<WorkerSetup, 'posted' | 'results'>,
    /** Counts each assessment, in the order the employees were sent. */
    private readonly record: (a: Assessment) => void,
  ) {
    const shared = new SharedArrayBuffer(4);
    this.posted = new Int32Array(shared);
    const file = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < jobs; i++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { ...setup, posted: shared, results: port2 };
      const worker = new Worker(file, { workerData: data, transferList: [port2] });
      // Errors come back as replies; a worker that dies without one is noticed by its exit code.
      worker.on('error', () => {});
      this.slots.push({ worker, results: port1, peers: setup.input.employees.length });
    }
  }

  /** Sends one employee to a worker (round robin), first counting the oldest result when enough are out. */
  send(task: Omit<Task, 'newPeers'>, peers: readonly Employee[]): void {
    if (this.queue.length >= IN_FLIGHT * this.slots.length) this.take();
    const i = this.next;
    this.next = (this.next + 1) % this.slots.length;
    const slot = this.slots[i];
    const newPeers = peers.slice(slot.peers);
    slot.peers = peers.length;
    slot.worker.postMessage({ ...task, newPeers } satisfies Task);
    this.queue.push(i);
  }

  /** Counts every result still out, then stops the workers. */
  finish(): void {
    try {
      while (this.queue.length) this.take();
    } finally {
      this.stop();
    }
  }

  stop(): void {
    for (const s of this.slots.splice(0)) {
      s.results.close();
      void s.worker.terminate();
    }
  }

  private take(): void {
    const i = this.queue.shift()!;
    const slot = this.slots[i];
    for (;;) {
      const seen = Atomics.load(this.posted, 0);
      const m = receiveMessageOnPort(slot.results);
      if (m) {
        const reply = m.message as Reply;
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
