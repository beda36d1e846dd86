import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckOptions, check, checkData, readDataSet, resolveInputs } from '../../src/api.js';
import { publish } from '../../src/findings/redact.js';
import { loadPack } from '../../src/pack/load.js';
import { json } from '../../src/report/json.js';

// Hours files shaped like real exports, generated at random (seeded, so a failure replays):
// dates ISO, day-first, month-first, in B.E. and in Thai digits, mixed in one file; night
// shifts; blank and broken cells; Thai day types; a clock reset's 2000 dates; a totals row;
// rows grouped by employee or not; an employees file or none, with birth dates in either
// order, wage types and rates in English and Thai, a duplicate employee; a payroll file or
// none, with amounts as Thai exports write them and periods in either order. Streamed in batches of 1, 3 and 7 rows, each must give the report the file gives
// read whole. Before the date order, the clock reset's dates and the dominant range were
// decided over the whole file when streamed, most of these cases differed.

const pack = loadPack();
const tmp = mkdtempSync(join(tmpdir(), 'labour-check-stream-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function generator(seed: number) {
  let a = seed;
  const rnd = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return { rnd, pick };
}

const thaiDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const p2 = (n: number) => String(n).padStart(2, '0');

function folder(seed: number): string {
  const { rnd, pick } = generator(seed);
  const dateCell = (y: number, m: number, d: number) => {
    switch (pick(['iso', 'iso', 'dmy', 'be', 'mdy', 'thai'] as const)) {
      case 'iso':
        return `${y}-${p2(m)}-${p2(d)}`;
      case 'dmy':
        return `${p2(d)}/${p2(m)}/${y}`;
      case 'be':
        return `${d}/${m}/${y + 543}`;
      case 'mdy':
        return `${p2(m)}/${p2(d)}/${y}`;
      case 'thai':
        return thaiDigits(`${d}/${m}/${y + 543}`);
    }
  };
  const dir = join(tmp, String(seed));
  mkdirSync(dir, { recursive: true });
  const employees = 1 + Math.floor(rnd() * 5);
  const rows: string[] = [];
  for (let e = 1; e <= employees; e++) {
    for (let i = Math.floor(rnd() * 30); i > 0; i--) {
      const y = rnd() < 0.05 ? 2000 : 2025;
      const date =
        rnd() < 0.03 ? 'not a date' : dateCell(y, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
      const start = pick(['08:00', '8.00', '22:00', '07:30', '๐๘:๐๐', '', '25:00', '13:00']);
      const end = pick(['17:00', '06:00', '20:30', '12:00', '', '17.00 น.', '24:00']);
      const pause = pick(['60', '0', '', '30', 'x', '๖๐']);
      const type = pick(['work', 'work', 'rest', 'public_holiday', 'วันทำงาน', '']);
      rows.push(`${rnd() < 0.03 ? '' : `E${e}`},${date},${start},${end},${pause},${type}`);
    }
  }
  if (rnd() < 0.4) rows.sort(() => rnd() - 0.5);
  if (rnd() < 0.3) rows.push(pick(['รวม,,,,,', 'Total,,,,480,', ',,,,,']));
  writeFileSync(
    join(dir, 'hours.csv'),
    `employee_id,date,start,end,break_minutes,day_type\n${rows.join('\n')}\n`,
  );
  if (rnd() < 0.7) {
    const people = Array.from({ length: employees }, (_, i) => {
      const birth = pick(['1990-05-05', '2011-01-01', '05/13/1990', '13/05/1990', '']);
      const place = pick(['Bangkok', 'กรุงเทพมหานคร', 'เชียงใหม่', 'Chon Buri', 'Atlantis']);
      const type = pick(['daily', 'monthly', 'รายวัน', 'รายเดือน', 'permanent']);
      const rate = pick(['400', '15,000.00', '฿372', '๔๐๐', '', 'abc']);
      return `E${i + 1},Worker ${i + 1},${birth},2020-01-01,"${place}",${type},"${rate}"`;
    });
    if (rnd() < 0.2) people.push(people[0]);
    writeFileSync(
      join(dir, 'employees.csv'),
      `employee_id,name,birth_date,hire_date,province,wage_type,wage_rate\n${people.join('\n')}\n`,
    );
  }
  if (rnd() < 0.6) {
    const money = () =>
      pick(['15,000.00', '฿1,234.5', '1,500.-', '-', '', '๑๒,๐๐๐', '(500.00)', 'abc', '9000']);
    const pay: string[] = [];
    for (let e = 1; e <= employees; e++) {
      for (let m = 1 + Math.floor(rnd() * 4); m <= 12; m += 1 + Math.floor(rnd() * 4)) {
        const last = new Date(Date.UTC(2025, m, 0)).getUTCDate();
        const start = pick([`2025-${p2(m)}-01`, `01/${p2(m)}/2568`, `${p2(m)}/01/2025`]);
        const end = pick([`2025-${p2(m)}-${last}`, `${last}/${p2(m)}/2568`, `${p2(m)}/${last}/2025`]);
        const paid = m === 12 ? '2026-01-01' : `2025-${p2(m + 1)}-01`;
        pay.push(`E${e},${start},${end},${paid},"${money()}","${money()}","${money()}","${money()}"`);
      }
    }
    if (rnd() < 0.4) pay.sort(() => rnd() - 0.5);
    if (rnd() < 0.3) pay.push(pick(['รวม,,,,"45,000.00",,,', 'Total,,,,,,,']));
    writeFileSync(
      join(dir, 'payroll.csv'),
      `employee_id,period_start,period_end,pay_date,base_pay,ot_pay,deduction_other,net_pay\n${pay.join('\n')}\n`,
    );
  }
  return dir;
}

const report = (f: () => ReturnType<typeof check>) => {
  try {
    return json(publish(f()));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
};

describe('streamed hours files give what they give read whole (seeded random exports)', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => 1000 + i);
  it.each(seeds)('seed %i', (seed) => {
    const o: CheckOptions = { dir: folder(seed), asOf: '2025-12-31' };
    const whole = report(() => checkData(readDataSet(resolveInputs(o)), pack, o));
    for (const batchRows of [1, 3, 7]) {
      const streamed = report(() => check(o, { minBytes: 0, batchRows, chunkBytes: 61, spillBytes: 200 }));
      expect(streamed, `batches of ${batchRows}`).toBe(whole);
    }
  });
});
