import type { FileKind } from './records.js';

// The header alias table: common Thai and English headers of payroll, HR and time-clock
// exports, per canonical column (formats.md A2.3, A1.4, A1.5). Headers are compared after
// `normaliseHeader` (case, spaces, dots, punctuation and Thai tone marks ignored), first as
// written, then without a bracketed unit such as "(บาท)". A column's own canonical name
// always matches. docs/inputs.md prints this table (scripts/alias-table.ts).

export type AliasTable = Record<string, readonly string[]>;

const EMPLOYEE_ID = [
  'รหัสพนักงาน',
  'รหัสลูกจ้าง',
  'รหัส',
  'เลขที่พนักงาน',
  'เลขประจำตัวพนักงาน',
  'employee id',
  'employee code',
  'employee no',
  'emp id',
  'emp code',
  'emp no',
  'staff id',
  'staff no',
  'worker id',
  'id',
];

export const ALIASES: Record<FileKind, AliasTable> = {
  employees: {
    employee_id: EMPLOYEE_ID,
    name: [
      'ชื่อ-นามสกุล',
      'ชื่อ-สกุล',
      'ชื่อ นามสกุล',
      'ชื่อสกุล',
      'ชื่อพนักงาน',
      'ชื่อลูกจ้าง',
      'ชื่อ',
      'full name',
      'employee name',
      'name',
    ],
    national_id: [
      'เลขประจำตัวประชาชน',
      'เลขบัตรประชาชน',
      'เลขที่บัตรประชาชน',
      'บัตรประชาชน',
      'เลขประจำตัวผู้เสียภาษี',
      'national id',
      'id card',
      'id card no',
      'citizen id',
      'thai id',
    ],
    birth_date: [
      'วันเกิด',
      'วันเดือนปีเกิด',
      'ว/ด/ป เกิด',
      'วันที่เกิด',
      'date of birth',
      'dob',
      'birthday',
      'birth date',
    ],
    hire_date: [
      'วันเริ่มงาน',
      'วันที่เริ่มงาน',
      'วันเข้างาน',
      'วันที่เข้างาน',
      'วันบรรจุ',
      'วันที่บรรจุ',
      'hire date',
      'start date',
      'date joined',
      'join date',
      'joining date',
    ],
    termination_date: [
      'วันลาออก',
      'วันที่ลาออก',
      'วันพ้นสภาพ',
      'วันที่พ้นสภาพ',
      'วันเลิกจ้าง',
      'วันที่เลิกจ้าง',
      'วันสิ้นสุดการจ้าง',
      'termination date',
      'resign date',
      'resignation date',
      'last working day',
      'end date',
    ],
    province: ['จังหวัด', 'จังหวัดที่ทำงาน', 'จังหวัดสถานที่ทำงาน', 'workplace province', 'province'],
    district: ['อำเภอ', 'เขต', 'อำเภอ/เขต', 'district'],
    sector: ['ประเภทกิจการ', 'กิจการ', 'sector', 'industry'],
    job_title: ['ตำแหน่ง', 'ตำแหน่งงาน', 'position', 'job title', 'job'],
    wage_type: [
      'ประเภทค่าจ้าง',
      'ประเภทการจ้าง',
      'รูปแบบค่าจ้าง',
      'ประเภทพนักงาน',
      'wage type',
      'pay type',
      'salary type',
      'employment type',
    ],
    wage_rate: [
      'อัตราค่าจ้าง',
      'ค่าจ้าง',
      'เงินเดือน',
      'ค่าแรง',
      'ค่าแรงต่อวัน',
      'ค่าจ้างรายวัน',
      'wage rate',
      'wage',
      'rate',
      'salary',
      'daily rate',
      'pay rate',
    ],
    normal_hours_per_day: [
      'ชั่วโมงทำงานปกติ',
      'ชั่วโมงทำงานต่อวัน',
      'เวลาทำงานปกติ',
      'normal hours',
      'hours per day',
      'working hours per day',
    ],
    hazardous: ['งานอันตราย', 'hazardous', 'hazardous work'],
    sex: ['เพศ', 'sex', 'gender'],
    pregnant_from: ['ตั้งครรภ์ตั้งแต่', 'ตั้งครรภ์เริ่ม', 'pregnant from', 'pregnancy start'],
    pregnant_to: ['ตั้งครรภ์ถึง', 'ตั้งครรภ์สิ้นสุด', 'pregnant to', 'pregnancy end'],
    work_categories: ['ลักษณะงาน', 'ประเภทงาน', 'work categories', 'work category'],
    night_work_permit: ['ใบอนุญาตทำงานกลางคืน', 'อนุญาตทำงานกลางคืน', 'night work permit', 'night permit'],
    position_class: ['ประเภทตำแหน่ง', 'position class'],
  },
  hours: {
    employee_id: EMPLOYEE_ID,
    date: ['วันที่', 'วันที่ทำงาน', 'วัน', 'date', 'work date', 'day'],
    start: [
      'เวลาเข้า',
      'เวลาเข้างาน',
      'เข้างาน',
      'เข้า',
      'เวลาเริ่ม',
      'เริ่มงาน',
      'start',
      'start time',
      'time in',
      'in',
      'clock in',
      'check in',
    ],
    end: [
      'เวลาออก',
      'เวลาออกงาน',
      'ออกงาน',
      'ออก',
      'เวลาเลิก',
      'เลิกงาน',
      'end',
      'end time',
      'time out',
      'out',
      'clock out',
      'check out',
    ],
    break_minutes: [
      'พัก',
      'เวลาพัก',
      'นาทีพัก',
      'พักนาที',
      'พัก (นาที)',
      'break',
      'break minutes',
      'break mins',
      'break min',
    ],
    day_type: ['ประเภทวัน', 'ชนิดวัน', 'day type'],
  },
  payroll: {
    employee_id: EMPLOYEE_ID,
    period_start: ['งวดเริ่ม', 'เริ่มงวด', 'วันเริ่มงวด', 'ตั้งแต่วันที่', 'period start', 'period from', 'from'],
    period_end: ['งวดสิ้นสุด', 'สิ้นสุดงวด', 'วันสิ้นสุดงวด', 'ถึงวันที่', 'period end', 'period to', 'to'],
    pay_date: [
      'วันที่จ่าย',
      'วันจ่าย',
      'วันที่จ่ายเงิน',
      'วันจ่ายเงินเดือน',
      'วันที่โอน',
      'pay date',
      'payment date',
      'paid on',
      'date paid',
    ],
    days_worked: ['จำนวนวันทำงาน', 'วันทำงาน', 'จำนวนวัน', 'days worked', 'working days', 'days'],
    base_pay: [
      'เงินเดือน',
      'ค่าจ้าง',
      'ค่าแรง',
      'ค่าจ้างปกติ',
      'เงินเดือน/ค่าจ้าง',
      'base pay',
      'basic pay',
      'basic salary',
      'salary',
      'wages',
    ],
    other_wages: ['ค่าจ้างอื่น', 'เงินเพิ่มประจำ', 'ค่าตอบแทนประจำ', 'other wages', 'fixed allowance', 'allowance'],
    ot_pay: ['ค่าล่วงเวลา', 'โอที', 'ค่าโอที', 'เงินโอที', 'ot', 'ot pay', 'overtime', 'overtime pay'],
    holiday_pay: ['ค่าทำงานในวันหยุด', 'ค่าทำงานวันหยุด', 'ค่าจ้างวันหยุด', 'holiday pay', 'holiday work pay'],
    holiday_ot_pay: [
      'ค่าล่วงเวลาในวันหยุด',
      'ค่าล่วงเวลาวันหยุด',
      'โอทีวันหยุด',
      'holiday ot pay',
      'holiday overtime pay',
    ],
    ot_hours: ['ชั่วโมงโอที', 'ชั่วโมงล่วงเวลา', 'ชม.โอที', 'ot hours', 'overtime hours'],
    holiday_hours: ['ชั่วโมงทำงานวันหยุด', 'holiday hours'],
    holiday_ot_hours: ['ชั่วโมงโอทีวันหยุด', 'ชั่วโมงล่วงเวลาวันหยุด', 'holiday ot hours'],
    deduction_statutory: [
      'ประกันสังคม',
      'หักประกันสังคม',
      'เงินสมทบประกันสังคม',
      'ภาษี',
      'หักภาษี',
      'ภาษีหัก ณ ที่จ่าย',
      'ภาษีเงินได้',
      'social security',
      'sso',
      'tax',
      'withholding tax',
      'statutory deductions',
    ],
    deduction_union: ['ค่าบำรุงสหภาพ', 'สหภาพแรงงาน', 'union dues', 'union'],
    deduction_coop: ['สหกรณ์', 'หักสหกรณ์', 'สหกรณ์ออมทรัพย์', 'coop', 'cooperative'],
    deduction_provident: ['กองทุนสำรองเลี้ยงชีพ', 'กองทุนสำรองฯ', 'provident fund', 'pvd'],
    deduction_deposit: ['เงินประกัน', 'เงินประกันการทำงาน', 'หักเงินประกัน', 'deposit', 'security deposit'],
    deduction_damages: ['ค่าเสียหาย', 'หักค่าเสียหาย', 'damages'],
    deduction_other: ['หักอื่นๆ', 'หักอื่น', 'รายการหักอื่น', 'เงินหักอื่นๆ', 'other deductions', 'deductions other'],
    deduction_consent: ['ความยินยอม', 'ยินยอม', 'หนังสือยินยอม', 'consent'],
    net_pay: ['รับสุทธิ', 'เงินได้สุทธิ', 'ยอดสุทธิ', 'จ่ายสุทธิ', 'เงินเดือนสุทธิ', 'สุทธิ', 'net pay', 'net'],
  },
};

/**
 * Columns of a time-clock export (one row per punch), onto which ZKTeco, ZKBio Time and
 * Hikvision headers map. `datetime` or `date` + `time` is needed; `state` says in or out.
 */
export const CLOCK_COLUMNS = ['employee_id', 'datetime', 'date', 'time', 'state', 'device'] as const;
export type ClockColumn = (typeof CLOCK_COLUMNS)[number];

export const CLOCK_ALIASES: AliasTable = {
  employee_id: [
    ...EMPLOYEE_ID,
    'person id',
    'pin',
    'user id',
    'userid',
    'badgenumber',
    'ac-no',
    'no',
    'enroll number',
    'sjobno',
  ],
  // A lone "Time" column (Hikvision) holds date and time: see `clockColumns` in ingest.
  datetime: [
    'วันเวลา',
    'วันที่เวลา',
    'วันที่และเวลา',
    'datetime',
    'date time',
    'date/time',
    'punch time',
    'checktime',
    'check time',
  ],
  date: ['วันที่', 'date'],
  time: ['เวลา', 'เวลาสแกน', 'time'],
  state: [
    'สถานะ',
    'ประเภทการสแกน',
    'attendance status',
    'punch state',
    'punch state display',
    'status',
    'state',
    'checktype',
    'in/out',
  ],
  device: [
    'เครื่อง',
    'เครื่องสแกน',
    'attendance check point',
    'terminal sn',
    'terminal alias',
    'device',
    'device name',
    'location id',
    'sensorid',
    'clockstation',
  ],
};

/** Values of enumerated columns as written in Thai and English exports. */
export const VALUE_ALIASES: Record<string, Record<string, string>> = {
  wage_type: {
    รายเดือน: 'monthly',
    เดือน: 'monthly',
    month: 'monthly',
    salary: 'monthly',
    รายวัน: 'daily',
    วัน: 'daily',
    day: 'daily',
    รายชั่วโมง: 'hourly',
    ชั่วโมง: 'hourly',
    hour: 'hourly',
    เหมา: 'piece',
    เหมาจ่าย: 'piece',
    รายชิ้น: 'piece',
    ตามผลงาน: 'piece',
    piecerate: 'piece',
  },
  day_type: {
    วันทำงาน: 'work',
    ปกติ: 'work',
    ทำงาน: 'work',
    workday: 'work',
    normal: 'work',
    วันหยุดประจำสัปดาห์: 'weekly_holiday',
    หยุดประจำสัปดาห์: 'weekly_holiday',
    weeklyholiday: 'weekly_holiday',
    weeklyoff: 'weekly_holiday',
    วันหยุดตามประเพณี: 'public_holiday',
    วันหยุดนักขัตฤกษ์: 'public_holiday',
    นักขัตฤกษ์: 'public_holiday',
    วันหยุดราชการ: 'public_holiday',
    publicholiday: 'public_holiday',
    holiday: 'public_holiday',
  },
  sex: { ชาย: 'M', หญิง: 'F', male: 'M', female: 'F', m: 'M', f: 'F', นาย: 'M', นาง: 'F', นางสาว: 'F' },
};

/** Header text as compared: lower case, no spaces, dots, punctuation or Thai tone marks. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0e47-\u0e4b]/g, '')
    .replace(/[\s._\-/\\()[\]{}:;'"`*#,+]+|\ufeff|\u200b/g, '');
}

/** The same header without a bracketed unit: "เงินเดือน (บาท)" -> "เงินเดือน". */
export function withoutUnit(h: string): string {
  return h.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/** Normalised alias -> canonical column, for one table. */
export function aliasIndex(table: AliasTable): Map<string, string> {
  const index = new Map<string, string>();
  for (const [column, aliases] of Object.entries(table)) {
    for (const a of [column, ...aliases]) {
      const k = normaliseHeader(a);
      if (!index.has(k)) index.set(k, column);
    }
  }
  return index;
}

/** Normalised cell value as looked up in a value map. */
export function normaliseValue(v: string): string {
  return v
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}
