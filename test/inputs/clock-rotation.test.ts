import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/findings/reasons.js';
import { CLOCK_DEFAULTS, type Punch, pairPunches } from '../../src/parse/clock.js';
import { cli, tempFolders } from '../helpers.js';

// A factory on a 2x12-hour rotating roster (test/fixtures/rotation, from
// scripts/make-rotation-fixture.ts): six weeks from Mon 1 Sep 2025 of a ZKBio Time transactions
// export, three employees each working two weeks of day shifts (about 07:00-19:00) and a week
// of nights (about 19:00-07:00 the next morning), Monday to Saturday, in and out punched a few
// minutes either side of the hour and no break punched; shifts.csv is the same shifts as an
// hours file. No single day start fits both: read from 01:00 the night weeks paired each
// morning's out with that evening's in (07:03-18:55), the hours at home counted as a shift,
// and made s.27 findings on them; read from 13:00 the day weeks did the same. The clock log
// must give exactly the findings of the shifts it records, with or without its state column:
// the shifts as spans from in to out (`asSpans`), since a clock does not record the break taken
// inside a shift punched only in and out (docs/inputs.md, Spans from first in to last out).

const DIR = join(import.meta.dirname, '..', 'fixtures', 'rotation');
const AS_OF = '2025-12-31';
const folder = tempFolders();
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');

interface Finding {
  rule: string;
  employee_id: string;
  date?: string;
  message: string;
  severity: string;
  owed_satang?: number;
}

/** The CLI's findings on an hours file (as text), the employees and the payroll of the fixture. */
function check(hours: string, name: string, ...flags: string[]) {
  const dir = folder({ [name]: hours });
  const r = cli([
    'check',
    '--employees',
    join(DIR, 'employees.csv'),
    '--payroll',
    join(DIR, 'payroll.csv'),
    '--hours',
    join(dir, name),
    '--as-of',
    AS_OF,
    '--format',
    'json',
    ...flags,
  ]);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { findings: Finding[]; rejected: unknown[]; warnings: unknown[] };
  return { code: r.code, ...json };
}

/** A finding as the shifts would give it: without the note that the punches' direction was inferred. */
const said = (f: Finding) =>
  `${f.rule} ${f.employee_id} ${f.date ?? ''} ${f.message.replace(/ \(the clock recorded no in\/out: punch direction inferred\)$/, '')}`;

const VARIANTS = [
  ['with its punch_state column', 'states/transactions.csv'],
  ['without a state column (direction inferred)', 'no-states/transactions.csv'],
] as const;

/**
 * The shifts as a clock records them: each a span from its in to its out punch, with the break
 * inside it not recorded (docs/inputs.md, Spans from first in to last out). Read from the same
 * times under arrival and departure headers, as an attendance summary prints them.
 */
const asSpans = (hours: string) =>
  hours.replace(/^employee_id,date,start,end/, 'employee_id,date,check in,check out');

describe('a 2x12-hour rotating roster punched in and out only', () => {
  const truth = check(read('shifts.csv'), 'hours.csv');
  const spans = check(asSpans(read('shifts.csv')), 'hours.csv');

  it('the shifts themselves: 12-hour days without a recorded break are s.27 findings, each on its own date', () => {
    expect(truth.code).toBe(1);
    expect(truth.rejected).toEqual([]);
    const nights = truth.findings.filter((f) => f.rule === 'lpa-27-daily-break' && f.employee_id === '1001');
    // 1001 works nights in the third and sixth weeks: 15-20 Sep and 6-11 Oct, dated the evening.
    expect(nights.map((f) => f.date)).toContain('2025-09-15');
    expect(nights.map((f) => f.date)).toContain('2025-10-11');
    expect(nights).toHaveLength(36);
    // The overtime is paid to the satang: no money owed.
    expect(truth.findings.filter((f) => (f.owed_satang ?? 0) > 0)).toEqual([]);
  });

  it('the shifts as spans from in to out: no s.27 finding, the overtime still paid (at least 10 h a day)', () => {
    expect(spans.rejected).toEqual([]);
    expect(spans.findings.filter((f) => f.rule === 'lpa-27-daily-break')).toEqual([]);
    expect(spans.findings.filter((f) => (f.owed_satang ?? 0) > 0)).toEqual([]);
  });

  it.each(VARIANTS)(
    'the clock log %s gives exactly the findings of its shifts as spans, and rejects no punch',
    (_, file) => {
      // Its shifts punched in and out only: their breaks are not recorded, as in `asSpans`
      // (before, the log was held to the findings of shifts.csv, whose rows say they are
      // continuous work: 12-hour days without a break were s.27 findings).
      const r = check(read(file), 'transactions.csv');
      expect(r.rejected).toEqual([]);
      expect(r.code).toBe(spans.code);
      expect(r.findings.map(said).sort()).toEqual(spans.findings.map(said).sort());
    },
  );

  it.each(VARIANTS)(
    '%s: one night worked to 16 h (19:00 to 10:50) is still paired as one span, read as the shifts file reads it',
    (_, file) => {
      // 1001's night of Wed 17 Sep: its out the next morning moved to 15 h 50 min after its in.
      const row = read('shifts.csv')
        .split('\r\n')
        .find((l) => l.startsWith('1001,2025-09-17,'))!;
      const [, , start, end] = row.split(',');
      const [h, m] = start.split(':').map(Number);
      const late = h * 60 + m + 15 * 60 + 50 - 1440;
      const hhmm = `${String(Math.floor(late / 60)).padStart(2, '0')}:${String(late % 60).padStart(2, '0')}`;
      const shifts = read('shifts.csv').replace(row, `1001,2025-09-17,${start},${hhmm}`);
      const punch = new RegExp(`^(1001,.*,2025-09-18 )${end}(:\\d\\d,)`, 'm');
      expect(read(file)).toMatch(punch);
      const log = read(file).replace(punch, `$1${hhmm}$2`);

      const planted = check(asSpans(shifts), 'hours.csv');
      const r = check(log, 'transactions.csv');
      expect(r.rejected).toEqual([]);
      expect(r.findings.map(said).sort()).toEqual(planted.findings.map(said).sort());
      // Its break is not recorded: the s.27 break of the night is not known, its overtime is at
      // least 15 h 50 min less 2 h of break less 8 h.
      expect(r.findings.filter((f) => f.rule === 'lpa-27-daily-break')).toEqual([]);
      // Nor any overtime owed: the period paid 4 h of overtime a day, more than the 2 h a day of
      // overtime its 12-hour spans hold at the least; the night's 5 h 50 min does not outweigh it.
      const owed = r.findings.filter((f) => f.rule === 'lpa-61-overtime-pay' && (f.owed_satang ?? 0) > 0);
      expect(owed).toEqual([]);
    },
  );
});

// The same roster's punches straight to the pairing: what a lost punch leaves.
let row = 0;
function punches(file: string, id: string, skip: (at: string) => boolean = () => false): Punch[] {
  const out: Punch[] = [];
  for (const line of read(file).split('\r\n').slice(1)) {
    const c = line.split(',');
    if (c[0] !== id || skip(c[4])) continue;
    const [date, time] = c[4].split(' ');
    const [h, m, s] = time.split(':').map(Number);
    const direction = c.length > 6 ? (c[5] === '0' ? 'in' : 'out') : 'unknown';
    out.push({ employee_id: id, date, minute: h * 60 + m, second: s, direction, device: '1', row: ++row });
  }
  return out;
}
/** The stretches begun in the evening: the nights. */
const nights = (r: ReturnType<typeof pairPunches>) => r.stretches.filter((s) => s.start > 720);

describe('pairing a rotating roster', () => {
  it('each run of days between rests takes its own day start: every night paired evening to morning', () => {
    const r = pairPunches(punches('no-states/transactions.csv', '1001'), CLOCK_DEFAULTS);
    expect(r.unpaired).toEqual([]);
    // Nights are dated the evening they began and end the next morning; days end the same day.
    for (const s of r.stretches) {
      const night = s.start > 720;
      expect(s.end - s.start, `${s.date}`).toBeGreaterThan(11 * 60);
      expect(s.end > 1440, `${s.date}`).toBe(night);
    }
    expect(nights(r).map((s) => s.date)).toEqual([
      ...['15', '16', '17', '18', '19', '20'].map((d) => `2025-09-${d}`),
      ...['06', '07', '08', '09', '10', '11'].map((d) => `2025-10-${d}`),
    ]);
    expect(r.notes).toContainEqual(expect.stringContaining('1 employee on a rotating roster'));
  });

  it('a night week whose first in-punch was lost reads as nights or as days alike: none of it is paired, its dates unknown', () => {
    // 1003 works nights from Mon 1 Sep; its 18:57 in lost, the week's 11 punches pair as nights
    // (the 07:05 out alone) or as days (07:05-18:54 and on, the last 07:00 alone): the second
    // would count the rests between the nights as shifts.
    const r = pairPunches(
      punches('no-states/transactions.csv', '1003', (at) => at.startsWith('2025-09-01 18:')),
      CLOCK_DEFAULTS,
    );
    const week = r.stretches.filter((s) => s.date <= '2025-09-07');
    expect(week).toEqual([]);
    expect(r.unpaired).toHaveLength(11);
    expect(r.unpaired[0].reason).toBe(
      "unpaired punch (2025-09-02 07:05): its run of punches (2025-09-02 to 2025-09-07) pairs one way read as work days from 01:00 and another from 12:58, each way leaving as many punches unpaired, and this employee's work days start at different times in different weeks (a rotating roster): which punches are in and which out is unknown; not counted as work",
    );
    expect(reasonText(r.unpaired[0].why, 'th')).not.toMatch(/[A-Za-z]{3,}/);
    // Every date of the week is unknown: the morning punch's own and the evening's before it.
    const unknown = new Set(r.unpaired.flatMap((u) => [u.date, ...(u.also ?? [])]));
    for (const d of ['01', '02', '03', '04', '05', '06', '07']) expect(unknown).toContain(`2025-09-${d}`);
    // The other weeks are paired as before.
    expect(r.stretches).toHaveLength(36 - 6);
  });

  it('with the states the device recorded, a lost punch costs its own shift only', () => {
    const r = pairPunches(
      punches('states/transactions.csv', '1003', (at) => at.startsWith('2025-09-01 18:')),
      CLOCK_DEFAULTS,
    );
    expect(r.inferredEmployees).toEqual([]);
    expect(r.unpaired.map((u) => u.reason)).toEqual([
      'unpaired punch (2025-09-02 07:05): an out-punch with no in-punch before it; not counted as work',
    ]);
    expect(r.stretches).toHaveLength(35);
    expect(nights(r)).toHaveLength(6 + 6 - 1);
  });

  it('--day-starts keeps the time given, and warns where runs of days fit another better', () => {
    const r = pairPunches(punches('no-states/transactions.csv', '1001'), {
      ...CLOCK_DEFAULTS,
      dayStarts: 60,
    });
    expect(r.notes).toContainEqual('inferred work days start at 01:00 (--day-starts or clock.day_starts)');
    expect(r.warnings.map((w) => w.message)).toEqual([
      'work days cut at 01:00 (--day-starts) leave more punches alone or unpaired in 2 runs of days (of 1 employee) than another time of day would: a rotating roster? Those runs may pair a rest as work; without --day-starts each run takes the time that fits it',
    ]);
    expect(reasonText(r.warnings[0].why, 'th')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
