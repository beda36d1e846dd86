import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { Assessment, EvaluateOptions, EvaluationInput } from '../evaluate/engine.js';
import type { LostDate, LostPay } from '../parse/ingest.js';
import type { Employee, PayrollRow, Stretch } from '../parse/records.js';
import {
  assessmentUnpacker,
  type PackedAssessment,
  type PackedStretches,
  packStretches,
} from './handover.js';
import type { EncodedFindings } from './spool.js';

// `--jobs N` (N threads in all): N - 1 worker threads derive each employee's facts and run the
// rules over them while this thread reads and parses the hours file. An employee's stretches
// go packed (run/handover.ts). Employees go out in the order they are read and
// their assessments are counted back in that same order (`Evaluator.record`), so the result is
// the one a single thread gives, byte for byte. The run is synchronous (the file is read in a
// loop), so results are taken with `receiveMessageOnPort`, waiting on a shared counter that a
// worker bumps after each result it posts.

/** What every worker needs to start: the rule pack's folder and the run's options. */
export interface WorkerStart {
  rules: string;
  options: EvaluateOptions;
  weekStart: number;
  /**
   * The findings go to a spool: the worker hands over their lines (`encodeFindings`) in place of
   * the findings themselves.
   */
  encode?: boolean;
}

export interface WorkerSetup extends WorkerStart {
  /** Shared: [0] messages of results posted so far, by all workers; [1] 1 while this thread waits for one. */
  posted: SharedArrayBuffer;
  results: MessagePort;
}

/** A worker's first message, once the other files are read: what the engine sees of the data. */
export interface Begin {
  input: EvaluationInput;
}

/** One employee as this thread has it: its id among the peers, its stretches and payroll rows. */
export interface EmployeeTask {
  employeeId: string;
  stretches: Stretch[];
  payroll: PayrollRow[];
  /** Dates of the employee's rejected hours rows, with their lines (`EmployeeFacts.lost`), when there are any. */
  lost?: readonly LostDate[];
  /** Lines of the employee's rejected hours rows without a readable date (`EmployeeFacts.undatedRows`), when there are any. */
  undated?: readonly number[];
  /** The employee's rejected payroll rows by pay period (`EmployeeFacts.lostPay`), when there are any. */
  lostPay?: readonly LostPay[];
  /** Dates the employee's hours rows say were not worked (`EmployeeFacts.notWorkedDays`), when there are any. */
  notWorked?: readonly string[];
}

/** One employee to evaluate, with the employees (stubs) that joined the peers since the worker's last task. */
export interface Task {
  /** One of the peers: the worker evaluates its own copy, the one its checks compare. */
  employeeId: string;
  stretches: PackedStretches;
  payroll: PayrollRow[];
  lost?: readonly LostDate[];
  undated?: readonly number[];
  lostPay?: readonly LostPay[];
  notWorked?: readonly string[];
  newPeers: Employee[];
}

export type Reply = { assessment: PackedAssessment; encoded?: EncodedFindings } | { failed: string };

// A worker posts its results in batches: those of every task it had queued, at once, when it
// runs out of tasks. One message per result cost the worker more than packing them
// (docs/speed.md, Worker results in batches).

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
  /** Results received before their turn to be counted, oldest first (from `next` on). */
  inbox: Reply[];
  next: number;
  unpack: (p: PackedAssessment) => Assessment;
}

// Employees out at once per worker: enough that a worker is not idle while this thread parses
// the next batch of rows (4,096 rows, about 8 employees), few enough that what waits to be
// counted stays small. Beyond that this thread waits: evaluating the employee here instead cost
// more CPU in all (the rules compiled on two threads) and made this, the busier thread, busier
// still (docs/speed.md, Worker threads for one check).
const IN_FLIGHT = 16;
const WORKER_YOUNG_MB = 16;
const WORKER_OLD_MB = 1024;

// The workers start before the employees and payroll are read: loading the modules and the rule
// pack in a new thread takes about as long as reading those files, and the first employees
// waited for it (docs/speed.md, Seventh pass).
export class EvaluationPool {
  private readonly slots: Slot[] = [];
  /** The worker of each task out, in the order they were sent: each is counted in that order. */
  private readonly queue: number[] = [];
  private head = 0;
  private readonly posted: Int32Array;
  /** Employees handed to the workers. */
  sent = 0;

  /** Counts each assessment, in the order the employees were sent (with its findings' lines when `encode`). */
  private record?: (a: Assessment, encoded?: EncodedFindings) => void;

  constructor(
    workers: number,
    setup: WorkerStart,
    private readonly inFlight = IN_FLIGHT,
  ) {
    const shared = new SharedArrayBuffer(8);
    this.posted = new Int32Array(shared);
    const file = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < workers; i++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { ...setup, posted: shared, results: port2 };
      const worker = new Worker(file, {
        workerData: data,
        transferList: [port2],
        // A worker keeps the employees and one employee's facts at a time, yet its heap grew well
        // beyond that: with these limits the 1M checks peaked 17-19 MB lower and the 10M one
        // 18 MB lower, CPU within the runs' spread (docs/speed.md). The old generation's is a
        // ceiling far above what a worker keeps.
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
      });
      // Errors come back as replies; a worker that dies without one is noticed by its exit code.
      worker.on('error', () => {});
      this.slots.push({
        worker,
        results: port1,
        peers: 0,
        out: 0,
        inbox: [],
        next: 0,
        unpack: assessmentUnpacker(),
      });
    }
  }

  /** Hands every worker what the engine sees of the data; then employees can be sent. */
  begin(input: EvaluationInput, record: (a: Assessment, encoded?: EncodedFindings) => void): void {
    this.record = record;
    for (const slot of this.slots) {
      slot.worker.postMessage({ input } satisfies Begin);
      slot.peers = input.employees.length;
    }
  }

  /**
   * Hands one employee to the worker with the fewest out, first counting the results that have
   * come back (in order), and waiting for one when that worker has `inFlight` out.
   */
  send(task: EmployeeTask, peers: readonly Employee[]): void {
    while (this.head < this.queue.length && this.ready()) this.take();
    let i = 0;
    for (let k = 1; k < this.slots.length; k++) if (this.slots[k].out < this.slots[i].out) i = k;
    const slot = this.slots[i];
    while (slot.out >= Math.max(1, this.inFlight)) this.take();
    const newPeers = peers.slice(slot.peers);
    slot.peers = peers.length;
    const stretches = packStretches(task.stretches);
    slot.worker.postMessage({ ...task, stretches, newPeers } satisfies Task, [stretches.numbers.buffer]);
    slot.out++;
    this.sent++;
    this.queue.push(i);
  }

  /** Counts every result still out, then stops the workers. */
  finish(): void {
    try {
      while (this.head < this.queue.length) this.take();
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

  /** Whether the oldest task's result can be counted without waiting (a worker's is then received). */
  private ready(): boolean {
    const slot = this.slots[this.queue[this.head]];
    return slot.next < slot.inbox.length || receive(slot);
  }

  private take(): void {
    const slot = this.slots[this.queue[this.head++]];
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    slot.out--;
    for (;;) {
      const seen = Atomics.load(this.posted, 0);
      // The slot's results come back in the order its tasks went out: the first is this one's.
      const reply = slot.next < slot.inbox.length || receive(slot) ? slot.inbox[slot.next++] : undefined;
      if (reply) {
        if ('failed' in reply) throw new JobFailed(reply.failed);
        this.record!(slot.unpack(reply.assessment), reply.encoded);
        return;
      }
      // Wakes when any worker posts; the timeout only guards against a worker that died silently.
      // A worker that sees this thread waiting posts what it has at once, not at its batch's end.
      Atomics.store(this.posted, 1, 1);
      const waited = Atomics.wait(this.posted, 0, seen, 10_000);
      Atomics.store(this.posted, 1, 0);
      if (waited === 'timed-out' && slot.worker.threadId < 0) {
        throw new JobFailed('a worker thread stopped');
      }
    }
  }
}

/** Takes the worker's next message (its results since its last, in order) into the slot's inbox, if one has come. */
function receive(slot: Slot): boolean {
  const replies = receiveMessageOnPort(slot.results)?.message as Reply[] | undefined;
  if (!replies) return false;
  slot.inbox = replies;
  slot.next = 0;
  return true;
}
