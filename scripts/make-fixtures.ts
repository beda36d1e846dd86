// Writes the input-format fixtures under test/fixtures/inputs/: one employer's data as
// canonical UTF-8 CSV, as windows-874 CSV with Thai headers and Buddhist-era dates, as .xlsx
// workbooks, and its hours as a ZKTeco attlog (with and without in/out states) and a
// Hikvision export. Run: npx tsx scripts/make-fixtures.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { THAI_MONTHS } from '../src/base/calendar.js';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'inputs');

interface Emp {
  id: string;
  name: string;
  nationalId: string;
  birth: string;
  hire: string;
  province: string;
  provinceTh: string;
  sex: 'M' | 'F';
  wageType: 'monthly' | 'daily';
  wageRate: number;
}
interface Work {
  id: string;
  date: string;
  start: string;
  end: string;
}
interface Pay {
  id: string;
  start: string;
  end: string;
  payDate: string;
  base: number;
  ot: number;
  sso: number;
  tax: number;
  other: number;
  net: number;
}

const EMPLOYEES: Emp[] = [
  {
    id: 'E01',
    name: 'สมชาย ใจดี',
    nationalId: '3100600445635',
    birth: '1990-05-01',
    hire: '2020-01-15',
    province: 'Bangkok',
    provinceTh: 'กรุงเทพมหานคร',
    sex: 'M',
    wageType: 'monthly',
    wageRate: 15000,
  },
  {
    id: 'E02',
    name: 'มาลี ศรีสุข',
    nationalId: '1209900000010',
    birth: '2009-03-10',
    hire: '2025-06-01',
    province: 'Chon Buri',
    provinceTh: 'ชลบุรี',
    sex: 'F',
    wageType: 'daily',
    wageRate: 300,
  },
  {
    id: 'E03',
    name: 'Aung Min',
    nationalId: '0089912345673',
    birth: '1995-12-31',
    hire: '2024-11-01',
    province: 'Samut Sakhon',
    provinceTh: 'สมุทรสาคร',
    sex: 'M',
    wageType: 'daily',
    wageRate: 372,
  },
];

const WEEK = ['2025-08-04', '2025-08-05', '2025-08-06', '2025-08-07', '2025-08-08', '2025-08-09'];
const HOURS: Work[] = [];
for (const d of WEEK) {
  // E01: office hours with a lunch break; Saturday mornings; unpaid overtime on Wednesday.
  if (d === '2025-08-09') HOURS.push({ id: 'E01', date: d, start: '08:00', end: '12:00' });
  else {
    HOURS.push(
      { id: 'E01', date: d, start: '08:00', end: '12:00' },
      { id: 'E01', date: d, start: '13:00', end: '17:00' },
    );
    if (d === '2025-08-06') HOURS.push({ id: 'E01', date: d, start: '17:30', end: '20:30' });
  }
  // E02 (16 years old): six days, and an evening stretch past 22:00 on Tuesday.
  HOURS.push(
    { id: 'E02', date: d, start: '08:00', end: '12:00' },
    { id: 'E02', date: d, start: '13:00', end: '17:00' },
  );
  if (d === '2025-08-05') HOURS.push({ id: 'E02', date: d, start: '18:00', end: '23:00' });
  // E03: night shifts across midnight, nine hours without a break.
  HOURS.push({ id: 'E03', date: d, start: '20:00', end: '05:00' });
}

const PAYROLL: Pay[] = [
  {
    id: 'E01',
    start: '2025-08-01',
    end: '2025-08-31',
    payDate: '2025-08-31',
    base: 15000,
    ot: 0,
    sso: 750,
    tax: 120.5,
    other: 500,
    net: 13629.5,
  },
  {
    id: 'E02',
    start: '2025-08-01',
    end: '2025-08-31',
    payDate: '2025-09-01',
    base: 7800,
    ot: 0,
    sso: 390,
    tax: 0,
    other: 0,
    net: 7410,
  },
  {
    id: 'E03',
    start: '2025-08-01',
    end: '2025-08-31',
    payDate: '2025-08-31',
    base: 9672,
    ot: 0,
    sso: 483.6,
    tax: 0,
    other: 300,
    net: 8000,
  },
];

const thaiDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
/** The Thai forms an export might use, rotating so that every form is exercised. */
function thaiDate(iso: string, k: number): string {
  const [y, m, d] = parts(iso);
  const be = y + 543;
  switch (k % 4) {
    case 0:
      return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${be}`;
    case 1:
      return `${d} ${THAI_MONTHS[m - 1].abbr} ${be}`;
    case 2:
      return thaiDigits(`${d} ${THAI_MONTHS[m - 1].full} พ.ศ. ${be}`);
    default:
      return `${d}/${m}/${be}`;
  }
}
const thaiTime = (t: string, k: number) => (k % 2 ? `${t.replace(':', '.')} น.` : t.replace(':', '.'));
const baht = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const idDashed = (id: string) =>
  `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
const csv = (rows: (string | number)[][]) =>
  `${rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n')}\r\n`;

function write(dir: string, name: string, content: string | Uint8Array): void {
  mkdirSync(join(ROOT, dir), { recursive: true });
  writeFileSync(join(ROOT, dir, name), content);
}

function canonical(): void {
  write(
    'canonical',
    'employees.csv',
    csv([
      [
        'employee_id',
        'name',
        'national_id',
        'birth_date',
        'hire_date',
        'province',
        'sex',
        'wage_type',
        'wage_rate',
      ],
      ...EMPLOYEES.map((e) => [
        e.id,
        e.name,
        e.nationalId,
        e.birth,
        e.hire,
        e.province,
        e.sex,
        e.wageType,
        e.wageRate,
      ]),
    ]),
  );
  write(
    'canonical',
    'hours.csv',
    csv([['employee_id', 'date', 'start', 'end'], ...HOURS.map((h) => [h.id, h.date, h.start, h.end])]),
  );
  write(
    'canonical',
    'payroll.csv',
    csv([
      [
        'employee_id',
        'period_start',
        'period_end',
        'pay_date',
        'base_pay',
        'ot_pay',
        'deduction_statutory',
        'deduction_other',
        'net_pay',
      ],
      ...PAYROLL.map((p) => [
        p.id,
        p.start,
        p.end,
        p.payDate,
        p.base,
        p.ot,
        round2(p.sso + p.tax),
        p.other,
        p.net,
      ]),
    ]),
  );
}
const round2 = (n: number) => Math.round(n * 100) / 100;

function thai874(): void {
  const enc = (s: string) => iconv.encode(s, 'windows-874');
  write(
    'thai-874',
    'employees.csv',
    enc(
      `ทะเบียนลูกจ้าง บริษัท ตัวอย่าง จำกัด\r\n${csv([
        [
          'ลำดับ',
          'รหัสพนักงาน',
          'ชื่อ-นามสกุล',
          'เลขประจำตัวประชาชน',
          'วันเกิด',
          'วันเริ่มงาน',
          'จังหวัด',
          'เพศ',
          'ประเภทค่าจ้าง',
          'อัตราค่าจ้าง (บาท)',
        ],
        ...EMPLOYEES.map((e, i) => [
          i + 1,
          e.id,
          e.name,
          idDashed(e.nationalId),
          thaiDate(e.birth, i),
          thaiDate(e.hire, i + 1),
          e.provinceTh,
          e.sex === 'M' ? 'ชาย' : 'หญิง',
          e.wageType === 'monthly' ? 'รายเดือน' : 'รายวัน',
          baht(e.wageRate),
        ]),
      ])}`,
    ),
  );
  write(
    'thai-874',
    'hours.csv',
    enc(
      csv([
        ['รหัสพนักงาน', 'วันที่', 'เวลาเข้า', 'เวลาออก', 'หมายเหตุ'],
        ...HOURS.map((h, i) => [h.id, thaiDate(h.date, i), thaiTime(h.start, i), thaiTime(h.end, i + 1), '']),
      ]),
    ),
  );
  write(
    'thai-874',
    'payroll.csv',
    enc(
      `รายงานเงินเดือน ประจำเดือน สิงหาคม 2568\r\nบริษัท ตัวอย่าง จำกัด\r\n${csv([
        [
          'รหัสพนักงาน',
          'งวดเริ่ม',
          'งวดสิ้นสุด',
          'วันที่จ่าย',
          'เงินเดือน',
          'ค่าล่วงเวลา',
          'ประกันสังคม',
          'ภาษีหัก ณ ที่จ่าย',
          'หักอื่นๆ',
          'รับสุทธิ',
        ],
        ...PAYROLL.map((p, i) => [
          p.id,
          thaiDate(p.start, i),
          thaiDate(p.end, i + 1),
          thaiDate(p.payDate, i + 2),
          `${baht(p.base)} บาท`,
          p.ot ? baht(p.ot) : '-',
          baht(p.sso),
          p.tax ? baht(p.tax) : '-',
          p.other ? thaiDigits(baht(p.other)) : '',
          baht(p.net),
        ]),
      ])}`,
    ),
  );
}

const excelDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
};
const excelTime = (t: string) => {
  const [h, m] = t.split(':').map(Number);
  return new Date(Date.UTC(1899, 11, 30, h, m));
};

async function workbook(
  name: string,
  sheets: { name: string; rows: unknown[][]; dateCols?: number[]; timeCols?: number[] }[],
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'labour-check fixtures';
  wb.created = new Date(Date.UTC(2025, 8, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const c of s.dateCols ?? []) ws.getColumn(c).numFmt = 'dd/mm/yyyy';
    for (const c of s.timeCols ?? []) ws.getColumn(c).numFmt = 'hh:mm';
  }
  write('xlsx', name, new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function xlsx(): Promise<void> {
  await workbook('employees.xlsx', [
    {
      name: 'Staff',
      rows: [
        ['Employee register'],
        [],
        [
          'Emp Code',
          'Full name',
          'ID card no',
          'Date of birth',
          'Hire date',
          'Province',
          'Gender',
          'Pay type',
          'Wage rate',
        ],
        // The ID as a number, as Excel keeps it when the column is not text (a leading 0 is lost
        // for E03's, so that one is typed as text).
        ...EMPLOYEES.map((e) => [
          e.id,
          e.name,
          e.nationalId.startsWith('0') ? e.nationalId : Number(e.nationalId),
          excelDate(e.birth),
          excelDate(e.hire),
          e.province,
          e.sex === 'M' ? 'male' : 'female',
          e.wageType,
          e.wageRate,
        ]),
      ],
      dateCols: [4, 5],
    },
  ]);
  await workbook('hours.xlsx', [
    {
      name: 'Hours',
      rows: [
        ['employee_id', 'date', 'start', 'end'],
        // Dates as plain serial numbers in one row out of three (a column left "General").
        ...HOURS.map((h, i) => [
          h.id,
          i % 3 === 0 ? serial(h.date) : excelDate(h.date),
          excelTime(h.start),
          excelTime(h.end),
        ]),
      ],
      dateCols: [2],
      timeCols: [3, 4],
    },
  ]);
  await workbook('payroll.xlsx', [
    {
      name: 'Payroll',
      rows: [
        ['รายงานเงินเดือน ประจำเดือน สิงหาคม 2568'],
        ['รหัสพนักงาน', 'งวดเริ่ม', 'งวดสิ้นสุด', 'วันที่จ่าย', 'เงินเดือน', 'โอที', 'ประกันสังคม', 'ภาษี', 'หักอื่นๆ', 'รับสุทธิ'],
        ...PAYROLL.map((p, i) => {
          const row = i + 3;
          return [
            p.id,
            excelDate(p.start),
            excelDate(p.end),
            excelDate(p.payDate),
            p.base,
            p.ot,
            p.sso,
            p.tax,
            p.other,
            // Net pay as a formula with its cached result, as Excel saves it.
            { formula: `E${row}+F${row}-G${row}-H${row}-I${row}`, result: p.net },
          ];
        }),
      ],
      dateCols: [2, 3, 4],
    },
    { name: 'Notes', rows: [['prepared by HR']] },
  ]);
}
const serial = (iso: string) => (excelDate(iso).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Punches for the canonical stretches: in at the start, out at the end, a few re-reads, seconds. */
function punches(): { pin: string; at: string; state: 0 | 1 }[] {
  const out: { pin: string; at: string; state: 0 | 1 }[] = [];
  HOURS.forEach((h, i) => {
    const [hh, mm] = h.end.split(':').map(Number);
    const endDate = h.end <= h.start ? addDay(h.date) : h.date;
    const sec = String((i * 7) % 60).padStart(2, '0');
    out.push({ pin: h.id.slice(1), at: `${h.date} ${h.start}:${sec}`, state: 0 });
    // A finger pressed twice: a re-read a minute later.
    if (i % 5 === 0)
      out.push({
        pin: h.id.slice(1),
        at: `${h.date} ${h.start.slice(0, 3)}${String(Number(h.start.slice(3)) + 1).padStart(2, '0')}:03`,
        state: 0,
      });
    out.push({
      pin: h.id.slice(1),
      at: `${endDate} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${sec}`,
      state: 1,
    });
  });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
function addDay(iso: string): string {
  const d = excelDate(iso);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function attlog(): void {
  // PINs are the employee numbers without the letter; the employees file says which is which.
  const emp = (prefix: string) =>
    csv([
      [
        'employee_id',
        'name',
        'national_id',
        'birth_date',
        'hire_date',
        'province',
        'sex',
        'wage_type',
        'wage_rate',
      ],
      ...EMPLOYEES.map((e) => [
        `${prefix}${e.id.slice(1)}`,
        e.name,
        e.nationalId,
        e.birth,
        e.hire,
        e.province,
        e.sex,
        e.wageType,
        e.wageRate,
      ]),
    ]);
  const pay = csv([
    [
      'employee_id',
      'period_start',
      'period_end',
      'pay_date',
      'base_pay',
      'ot_pay',
      'deduction_statutory',
      'deduction_other',
      'net_pay',
    ],
    ...PAYROLL.map((p) => [
      p.id.slice(1),
      p.start,
      p.end,
      p.payDate,
      p.base,
      p.ot,
      round2(p.sso + p.tax),
      p.other,
      p.net,
    ]),
  ]);
  const line = (p: { pin: string; at: string; state: number }) =>
    `${p.pin.padStart(9, ' ')}\t${p.at}\t1\t${p.state}\t1\t0`;
  for (const [dir, states] of [
    ['attlog', true],
    ['attlog-255', false],
  ] as const) {
    write(dir, 'employees.csv', emp(''));
    write(dir, 'payroll.csv', pay);
    write(
      dir,
      '1_attlog.dat',
      `${punches()
        .map((p) => line(states ? p : { ...p, state: 255 }))
        .join('\r\n')}\r\n`,
    );
  }
  // The canonical set with the same PINs, to compare against.
  write('attlog-canonical', 'employees.csv', emp(''));
  write('attlog-canonical', 'payroll.csv', pay);
  write(
    'attlog-canonical',
    'hours.csv',
    csv([
      ['employee_id', 'date', 'start', 'end'],
      ...HOURS.map((h) => [h.id.slice(1), h.date, h.start, h.end]),
    ]),
  );
  // Hikvision iVMS-4200 export: title rows, 'Person ID with Excel's apostrophe, dd/mm/yyyy times.
  const hik = [
    ['Attendance Record'],
    ['Export Time: 01/09/2025 10:00'],
    [
      'Person ID',
      'Name',
      'Department',
      'Time',
      'Attendance Status',
      'Attendance Check Point',
      'Custom Name',
      'Data Source',
      'Handling Type',
      'Temperature',
      'Abnormal',
    ],
    ...punches().map((p) => {
      const [d, t] = p.at.split(' ');
      const [y, m, dd] = d.split('-');
      return [
        `'${p.pin}`,
        '',
        'Factory',
        `${dd}/${m}/${y} ${t.slice(0, 5)}`,
        p.state ? 'Check-out' : 'Check-in',
        'Site_Door1_Entrance Card Reader1',
        '',
        'Original Records',
        '--',
        '--',
        'No',
      ];
    }),
  ];
  write('hikvision', 'employees.csv', emp(''));
  write('hikvision', 'payroll.csv', pay);
  write('hikvision', 'hours.csv', csv(hik));
}

// ---- the malformed and hostile corpus: test/fixtures/malformed/, expectations in expected.json ----

const BAD = join(import.meta.dirname, '..', 'test', 'fixtures', 'malformed');
const cat = (...parts: (string | Uint8Array | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p as Uint8Array))),
  );
const EMP = 'employee_id,name,birth_date,province,wage_type,wage_rate\n';
const HRS = 'employee_id,date,start,end\n';
const PAY = 'employee_id,period_start,period_end,pay_date,base_pay,net_pay\n';

async function malformed(): Promise<void> {
  mkdirSync(BAD, { recursive: true });
  for (const f of readdirSync(BAD)) if (f !== 'expected.json') rmSync(join(BAD, f));
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(BAD, name), content);
  // Quoting and shape
  put(
    'unclosed-quote.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,12000,12000\nA2,2025-08-01,"2025-08-31,2025-08-31,12000,12000\nA3,2025-08-01,2025-08-31,2025-08-31,12000,12000\n`,
  );
  put('unclosed-quote-at-end.hours.csv', `${HRS}A1,2025-08-04,08:00,17:00\nA1,2025-08-05,08:00,"17:00\n`);
  put(
    'text-after-quote.employees.csv',
    `${EMP}A1,"Somchai" Jaidee,1990-01-01,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,15000\n`,
  );
  put(
    'quoted-newline.employees.csv',
    `${EMP}A1,"Somchai\nJaidee",1990-01-01,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,abc\n`,
  );
  put('ragged-short.hours.csv', `${HRS}A1,2025-08-04,08:00\nA1,2025-08-05\nA1,2025-08-06,08:00,17:00\n`);
  put(
    'ragged-long.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,12000,12000,,,\nA2,2025-08-01,2025-08-31,2025-08-31,12000,12000,extra,cells\n`,
  );
  put(
    'very-wide-row.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,12000,12000${',x'.repeat(5000)}\n`,
  );
  put('blank-rows.hours.csv', `${HRS},,,\n\nA1,2025-08-04,08:00,17:00\n,,,\n , , , \n`);
  put(
    'lone-cr-line-ends.hours.csv',
    HRS.replace('\n', '\r') + 'A1,2025-08-04,08:00,17:00\rA1,2025-08-05,25:00,17:00\r',
  );
  put(
    'semicolons.payroll.csv',
    `${PAY.replace(/,/g, ';')}A1;2025-08-01;2025-08-31;2025-08-31;12000,50;12000,50\n`,
  );
  put(
    'title-rows.payroll.csv',
    `Payroll August 2025,,,,,\nPrinted 01/09/2025,,,,,\n${PAY}A1,2025-08-01,2025-08-31,2025-08-31,12000,12000\n`,
  );
  put('no-header.hours.csv', 'A1,2025-08-04,08:00,17:00\nA1,2025-08-05,08:00,17:00\n');
  put('missing-required.payroll.csv', 'employee_id,period_start,pay_date\nA1,2025-08-01,2025-08-31\n');
  put(
    'duplicate-headers.employees.csv',
    'employee_id,wage_type,wage_rate,wage_rate\nA1,monthly,15000,16000\n',
  );
  put(
    'duplicate-alias-headers.hours.csv',
    'รหัสพนักงาน,วันที่,เวลาเข้า,เข้างาน,เวลาออก\nA1,2025-08-04,08:00,08:00,17:00\n',
  );
  put(
    'summed-alias-headers.payroll.csv',
    'รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,เงินเดือน,ประกันสังคม,ภาษี\nA1,1/8/2568,31/8/2568,"15,000",750,abc\nA2,1/8/2568,31/8/2568,"15,000",750,100\n',
  );
  put('empty-header-cells.hours.csv', 'employee_id,,date,start,end,\nA1,note,2025-08-04,08:00,17:00,x\n');
  // Empty files
  put('empty.employees.csv', '');
  put('whitespace-only.hours.csv', '  \n\n \t \n');
  put('bom-only.employees.csv', cat([0xef, 0xbb, 0xbf]));
  put('header-only.payroll.csv', PAY);
  // Bytes and encodings
  put(
    'nul-in-cell.employees.csv',
    cat(
      EMP,
      'A1,Som',
      [0],
      'chai,1990-01-01,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,15000\n',
    ),
  );
  put(
    'nul-in-header.employees.csv',
    cat('employee_id,na', [0], 'me,wage_type,wage_rate\nA1,x,monthly,15000\n'),
  );
  put(
    'huge-cell.employees.csv',
    `${EMP}A1,${'ก'.repeat(1024 * 1024)},1990-01-01,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,15000\n`,
  );
  put(
    'mixed-encodings.employees.csv',
    cat(
      EMP,
      'A1,สมชาย,1990-01-01,กรุงเทพมหานคร,monthly,15000\n',
      iconv.encode('A2,มาลี,1991-01-01,ชลบุรี,monthly,15000\n', 'windows-874'),
      'A3,สมหญิง,1992-01-01,ชลบุรี,monthly,15000\n',
    ),
  );
  put(
    'undefined-874-bytes.employees.csv',
    cat(
      iconv.encode(`${EMP}A1,สมชาย,1990-01-01,ชลบุรี,monthly,15000\nA2,`, 'windows-874'),
      [0xdb, 0xfc],
      iconv.encode(',1991-01-01,ชลบุรี,monthly,15000\n', 'windows-874'),
    ),
  );
  put(
    'c1-controls.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,12000\u0085,12000\nA2,2025-08-01,2025-08-31,2025-08-31,12000,12000\n`,
  );
  // Read with --encoding windows-874 (expected.json says so): UTF-8 Thai turns into mojibake with C1 controls.
  put(
    'utf8-forced-874.employees.csv',
    `${EMP}A1,สมชาย,1990-01-01,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,15000\n`,
  );
  put(
    'utf16le-no-bom.hours.txt',
    iconv.encode(`${HRS.replace(/,/g, '\t')}A1\t2025-08-04\t08:00\t17:00\n`, 'utf16le'),
  );
  put(
    'utf16le-bom-tabs.hours.txt',
    cat(
      [0xff, 0xfe],
      iconv.encode(
        `รหัสพนักงาน\tวันที่\tเวลาเข้า\tเวลาออก\nA1\t04/08/2568\t08.00 น.\t17.00 น.\nA1\t05/08/2568\t8:00\t7pm\n`,
        'utf16le',
      ),
    ),
  );
  put(
    'png-named-csv.employees.csv',
    cat(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
      'employee_id,wage_type\n',
    ),
  );
  put('pdf-named-csv.payroll.csv', '%PDF-1.7\n1 0 obj\n');
  put('old-excel.payroll.xls', cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(56)));
  put('corrupt.payroll.xlsx', cat('PK', [3, 4], 'this is not really a zip'));
  // Values
  put(
    'impossible-dates.hours.csv',
    `${HRS}A1,31/02/2568,08:00,17:00\nA1,2025-02-29,08:00,17:00\nA1,29/02/2567,08:00,17:00\nA1,2025-13-01,08:00,17:00\n`,
  );
  put(
    'impossible-times.hours.csv',
    `${HRS}A1,2025-08-04,25:00,17:00\nA1,2025-08-05,08:60,17:00\nA1,2025-08-06,08:00,24:30\nA1,2025-08-07,8 โมง,17:00\nA1,2025-08-08,08.00 น.,17.00 น.\n`,
  );
  put(
    'negative-money.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,-500,0\nA2,2025-08-01,2025-08-31,2025-08-31,(500.00),0\nA3,2025-08-01,2025-08-31,2025-08-31,"1,500.-",-\n`,
  );
  put(
    'money-garbage.payroll.csv',
    `${PAY}A1,2025-08-01,2025-08-31,2025-08-31,20OOO,0\nA2,2025-08-01,2025-08-31,2025-08-31,1.234,0\nA3,2025-08-01,2025-08-31,2025-08-31,99999999999999999999,0\nA4,2025-08-01,2025-08-31,2025-08-31,๑๒,๓๔๕.๖๗,0\nA5,2025-08-01,2025-08-31,2025-08-31,"๑๒,๓๔๕.๖๗ บาท",0\n`,
  );
  put(
    'formula-text.employees.csv',
    `${EMP}A1,"=HYPERLINK(""http://x"",""click"")",1990-01-01,Bangkok,monthly,15000\nA2,"=cmd|' /C calc'!A0",1991-01-01,Bangkok,monthly,=1+1\n`,
  );
  put(
    'two-digit-years.employees.csv',
    `${EMP}A1,Somchai,15/03/33,Bangkok,monthly,15000\nA2,Malee,1991-01-01,Bangkok,monthly,15000\n`,
  );
  put(
    'implausible-years.employees.csv',
    `${EMP}A1,Somchai,15/03/2300,Bangkok,monthly,15000\nA2,Malee,15/03/1850,Bangkok,monthly,15000\nA3,Dang,15/03/2533,Bangkok,monthly,15000\n`,
  );
  put(
    'mixed-date-order.hours.csv',
    `${HRS}A1,13/08/2025,08:00,17:00\nA1,08/14/2025,08:00,17:00\nA1,08/09/2025,08:00,17:00\n`,
  );
  put(
    'month-first.hours.csv',
    `${HRS}A1,08/13/2025,08:00,17:00\nA1,08/14/2025,08:00,17:00\nA1,8/4/2025,08:00,17:00\n`,
  );
  put(
    'thai-month-typos.employees.csv',
    `${EMP}A1,Somchai,15 มกรา 2533,Bangkok,monthly,15000\nA2,Malee,15 มกร 2533,Bangkok,monthly,15000\nA3,Dang,15 Jan 1990,Bangkok,monthly,15000\n`,
  );
  put(
    'bad-enums.employees.csv',
    'employee_id,wage_type,wage_rate,sector,hazardous,sex\nA1,weekly,15000,,,\nA2,รายเดือน,15000,bakery,,\nA3,monthly,15000,,maybe,\nA4,daily,400,hotel,ใช่,หญิง\n',
  );
  put(
    'bad-national-ids.employees.csv',
    'employee_id,national_id,wage_type,wage_rate\nA1,310060044563,monthly,15000\nA2,3.1006E+12,monthly,15000\nA3,3-1006-00445-63-5,monthly,15000\nA4,3100600445636,monthly,15000\nA5,๓๑๐๐๖๐๐๔๔๕๖๓๕,monthly,15000\n',
  );
  put(
    'duplicate-employee.employees.csv',
    `${EMP}A1,Somchai,1990-01-01,Bangkok,monthly,15000\nA1,Somchai again,1990-01-01,Bangkok,monthly,16000\n`,
  );
  put(
    'overlapping-stretches.hours.csv',
    `${HRS}A1,2025-08-04,08:00,17:00\nA1,2025-08-04,16:00,20:00\nA1,2025-08-05,22:00,06:00\nA1,2025-08-06,05:00,09:00\n`,
  );
  put('period-backwards.payroll.csv', `${PAY}A1,2025-08-31,2025-08-01,2025-08-31,12000,12000\n`);
  put(
    'break-too-long.hours.csv',
    'employee_id,date,start,end,break_minutes\nA1,2025-08-04,08:00,09:00,60\nA1,2025-08-05,08:00,17:00,1.5\nA1,2025-08-06,08:00,17:00,60\n',
  );
  put(
    'excel-serials.hours.csv',
    `${HRS}A1,45873,0.3333333333,0.7083333333\nA1,45874,8.3,17.3\nA1,4587,08:00,17:00\n`,
  );
  put(
    'missing-ids.payroll.csv',
    `${PAY},2025-08-01,2025-08-31,2025-08-31,12000,12000\nรวม,,,,12000,12000\n'A3,2025-08-01,2025-08-31,2025-08-31,12000,12000\n`,
  );
  // Clock logs
  put(
    'garbage-lines.attlog.dat',
    '        7\t2025-08-04 07:58:12\t1\t0\t1\t0\nthis line is garbage\n        7\t2025-08-04 17:31:40\t1\t1\t1\t0\n        7\t2025-08-04 25:31:40\t1\t1\t1\t0\n',
  );
  put(
    'unpaired-punches.attlog.dat',
    [
      '    7\t2025-08-04 08:00:00\t1\t0\t1\t0',
      '    7\t2025-08-04 17:00:00\t1\t1\t1\t0',
      '    7\t2025-08-05 08:00:00\t1\t0\t1\t0',
      '    7\t2025-08-06 08:00:00\t1\t0\t1\t0',
      '    7\t2025-08-06 17:00:00\t1\t1\t1\t0',
      '    7\t2025-08-07 17:00:00\t1\t1\t1\t0',
      '',
    ].join('\n'),
  );
  put(
    'serial-and-checksum.attlog.dat',
    'BJ2C191160123\r\n    HO033\t2025-08-04 07:59:02\t1\t255\t15\t0\r\n    HO033\t2025-08-04 08:00:30\t1\t255\t15\t0\r\n    HO033\t2025-08-04 16:02:11\t1\t255\t15\t0\r\nA1B2\r\n',
  );
  put(
    'space-separated.attlog.dat',
    '7 2025-08-04 22:00:01 1 255 1 0\n7 2025-08-05 06:00:59 1 255 1 0\n7 2025-08-05 22:01:00 1 255 1 0\n7 2025-08-06 02:00:00 1 255 1 0\n7 2025-08-06 02:45:00 1 255 1 0\n7 2025-08-06 03:00:00 1 255 1 0\n7 2025-08-06 06:00:00 1 255 1 0\n',
  );
  put(
    'hikvision-undefined.hours.csv',
    `Person ID,Name,Department,Time,Attendance Status,Attendance Check Point\n'0012,A,F,04/08/2025 08:00,Undefined,Door1_Entrance Card Reader1\n'0012,A,F,04/08/2025 08:01,Undefined,Door1_Entrance Card Reader1\n'0012,A,F,04/08/2025 17:00,Undefined,Door1_Exit Card Reader2\n'0012,A,F,05/08/2025 08:00,Undefined,Door1_Entrance Card Reader1\n'0012,A,F,31/02/2025 17:00,Undefined,Door1_Exit Card Reader2\n`,
  );
  put(
    'zkbio-month-first.hours.csv',
    `emp_code,first_name,punch_time,punch_state,terminal_sn\n7,A,8/13/2025 8:00,0,CQZ7\n7,A,8/13/2025 17:00,1,CQZ7\n7,A,8/14/2025 8:00,0,CQZ7\n7,A,8/14/2025 8:02,0,CQZ7\n7,A,8/14/2025 17:00,1,CQZ7\n7,A,8/15/2025 17:00,1,CQZ7\n`,
  );
  // Workbooks
  const book = async (name: string, rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    wb.created = new Date(Date.UTC(2025, 8, 1));
    wb.modified = wb.created;
    const ws = wb.addWorksheet('Sheet1');
    for (const r of rows) ws.addRow(r);
    put(name, new Uint8Array(await wb.xlsx.writeBuffer()));
  };
  await book('formula-cells.payroll.xlsx', [
    ['employee_id', 'period_start', 'period_end', 'base_pay', 'net_pay'],
    ['A1', excelDate('2025-08-01'), excelDate('2025-08-31'), 12000, { formula: 'D2-100', result: 11900 }],
    ['A2', excelDate('2025-08-01'), excelDate('2025-08-31'), 12000, { formula: 'D3-100' }],
    ['A3', excelDate('2025-08-01'), excelDate('2025-08-31'), { error: '#DIV/0!' }, 0],
    ['A4', excelDate('2025-08-01'), excelDate('2025-08-31'), 10000 / 3, { formula: 'D5', result: 10000 / 3 }],
  ]);
  await book('be-typed-dates.employees.xlsx', [
    ['employee_id', 'birth_date', 'wage_type', 'wage_rate'],
    ['A1', excelDate('2533-03-15'), 'monthly', 15000],
    ['A2', excelDate('1990-03-15'), 'monthly', 15000],
  ]);
  await book('empty-sheet.hours.xlsx', []);
}

rmSync(ROOT, { recursive: true, force: true });
canonical();
thai874();
await xlsx();
attlog();
await malformed();
console.log(`fixtures written to ${ROOT} and ${BAD}`);
