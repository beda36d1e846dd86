// Writes the input-format fixtures under test/fixtures/inputs/: one employer's data as
// canonical UTF-8 CSV, as windows-874 CSV with Thai headers and Buddhist-era dates, as .xlsx
// workbooks, and its hours as a ZKTeco attlog (with and without in/out states) and a
// Hikvision export. Run: npx tsx scripts/make-fixtures.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

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

const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
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
      return `${d} ${THAI_MONTHS_SHORT[m - 1]} ${be}`;
    case 2:
      return thaiDigits(`${d} ${THAI_MONTHS[m - 1]} พ.ศ. ${be}`);
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

rmSync(ROOT, { recursive: true, force: true });
canonical();
thai874();
await xlsx();
attlog();
console.log(`fixtures written to ${ROOT}`);
