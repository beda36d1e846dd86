import { COLUMNS, type FileKind, READ_INTO } from './records.js';

// The header alias table: common Thai and English headers of payroll, HR and time-clock
// exports, per canonical column (docs/inputs.md, the alias table). Headers are compared after
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
      'ชื่อจริง',
      'นามสกุล',
      'คำนำหน้า',
      'คำนำหน้าชื่อ',
      'full name',
      'employee name',
      'name',
      'first name',
      'last name',
      'surname',
      'family name',
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
      'date of joining',
      'date of join',
      'doj',
      'วันที่เริ่มทำงาน',
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
    wage_type: ['ประเภทค่าจ้าง', 'ประเภทการจ้าง', 'รูปแบบค่าจ้าง', 'wage type', 'pay type', 'salary type'],
    wage_rate: [
      'อัตราค่าจ้าง',
      'ค่าจ้าง',
      'เงินเดือน',
      'ค่าแรง',
      'ค่าแรงต่อวัน',
      'ค่าจ้างรายวัน',
      'ค่าแรงรายวัน',
      'ค่าแรงพื้นฐาน',
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
    termination_reason: [
      'เหตุที่ออก',
      'สาเหตุที่ออก',
      'เหตุออกจากงาน',
      'สาเหตุการออก',
      'เหตุพ้นสภาพ',
      'สาเหตุพ้นสภาพ',
      'termination reason',
      'reason for leaving',
      'leaving reason',
      'separation reason',
    ],
    notice_given_on: [
      'วันที่บอกกล่าว',
      'วันบอกกล่าว',
      'วันที่แจ้งเลิกจ้าง',
      'วันแจ้งเลิกจ้าง',
      'notice date',
      'notice given on',
      'date of notice',
    ],
    annual_leave_days: [
      'วันลาพักร้อน',
      'สิทธิลาพักร้อน',
      'วันหยุดพักผ่อนประจำปี',
      'สิทธิวันหยุดพักผ่อนประจำปี',
      'annual leave days',
      'annual leave entitlement',
      'annual leave',
    ],
    leave_taken_days: [
      'ลาพักร้อนที่ใช้',
      'วันลาพักร้อนที่ใช้',
      'ใช้วันหยุดพักผ่อนแล้ว',
      'annual leave taken',
      'leave taken',
      'leave taken days',
    ],
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
    // A day's attendance status (Normal, Late, Rest, Absent, ลา, หยุด): read only to skip a row of a
    // day not worked (parse/day-status.ts). A remark column (หมายเหตุ) is free text: a profile maps it.
    status: [
      'สถานะ',
      'สถานะการทำงาน',
      'สถานะการเข้างาน',
      'สถานะวัน',
      'attendance status',
      'status',
      'day status',
      'exception',
    ],
  },
  payroll: {
    employee_id: EMPLOYEE_ID,
    period_start: ['งวดเริ่ม', 'เริ่มงวด', 'วันเริ่มงวด', 'ตั้งแต่วันที่', 'period start', 'period from', 'from'],
    period_end: ['งวดสิ้นสุด', 'สิ้นสุดงวด', 'วันสิ้นสุดงวด', 'ถึงวันที่', 'period end', 'period to', 'to'],
    // The period in one cell (a month, or two dates): read when there are no period_start and period_end.
    pay_period: [
      'งวด',
      'งวดการจ่าย',
      'งวดเงินเดือน',
      'งวดค่าจ้าง',
      'ประจำงวด',
      'ประจำเดือน',
      'เดือน',
      'รอบการจ่าย',
      'pay period',
      'period',
      'payroll period',
      'month',
      'pay month',
      'payroll month',
    ],
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
      // A column for salaried and daily staff alike, headed with both words either way round.
      'เงินเดือน/ค่าแรง',
      'ค่าจ้าง/เงินเดือน',
      'ค่าแรง/เงินเดือน',
      'ค่าแรงพื้นฐาน',
      'เงินเดือนพื้นฐาน',
      'base pay',
      'basic pay',
      'basic salary',
      'salary',
      'wages',
    ],
    // A fixed position allowance (ค่าตำแหน่ง) is wages, as in the severance worked example of
    // source S80 (rules/th-lpa/sources.yaml): salary 50,000 + position allowance 10,000.
    other_wages: [
      'ค่าจ้างอื่น',
      'เงินเพิ่มประจำ',
      'ค่าตอบแทนประจำ',
      'ค่าตำแหน่ง',
      'เงินประจำตำแหน่ง',
      'other wages',
      'fixed allowance',
      'allowance',
      'position allowance',
    ],
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
    severance_pay: ['ค่าชดเชย', 'เงินชดเชย', 'ค่าชดเชยการเลิกจ้าง', 'severance', 'severance pay', 'compensation'],
    notice_pay: [
      'ค่าจ้างแทนการบอกกล่าวล่วงหน้า',
      'ค่าบอกกล่าวล่วงหน้า',
      'สินจ้างแทนการบอกกล่าวล่วงหน้า',
      'pay in lieu of notice',
      'notice pay',
    ],
    leave_pay: [
      'ค่าจ้างวันหยุดพักผ่อนที่ไม่ได้ใช้',
      'ค่าพักร้อน',
      'เงินค่าพักร้อน',
      'ค่าวันหยุดพักผ่อนประจำปี',
      'unused leave pay',
      'leave pay',
    ],
  },
  holidays: {
    date: ['วันที่', 'วันหยุด', 'วันที่หยุด', 'date', 'holiday date'],
    name: ['ชื่อวันหยุด', 'วันสำคัญ', 'รายการ', 'holiday', 'holiday name', 'name', 'description'],
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

/**
 * Clock columns an export writes twice (ZKBio Time transactions): the punch state as its code
 * (punch_state: 0 check-in, 1 check-out) and as that code's text in the interface's language
 * (punch_state_display: Check In), the terminal as its serial number and as the name it was
 * given (terminal_alias). Either alone is its column; beside the other, the second is the same
 * field again, not a rival reading of it, and gives way: the code is what the device recorded,
 * and the serial number names one terminal where names may repeat. Normalised header of the
 * second -> the first's and how the second relates to it.
 */
export const CLOCK_SECOND_FORMS: ReadonlyMap<string, { of: string; is: string }> = new Map(
  [
    ['punch state display', 'punch state', 'the text of'],
    ['terminal alias', 'terminal sn', 'the name of'],
  ].map(([second, first, is]) => [normaliseHeader(second), { of: normaliseHeader(first), is }]),
);

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
    piecework: 'piece',
    พนักงานรายวัน: 'daily',
    ลูกจ้างรายวัน: 'daily',
    พนักงานรายเดือน: 'monthly',
    ลูกจ้างรายเดือน: 'monthly',
    พนักงานรายชั่วโมง: 'hourly',
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
  sector: {
    โรงแรม: 'hotel',
    กิจการโรงแรม: 'hotel',
    hotels: 'hotel',
    สถานบันเทิง: 'entertainment',
    สถานบริการ: 'entertainment',
    ขนส่ง: 'transport',
    กิจการขนส่ง: 'transport',
    ประมงทะเล: 'sea_fishing',
    งานประมงทะเล: 'sea_fishing',
    seafishing: 'sea_fishing',
    เกษตรกรรม: 'agriculture',
    งานเกษตรกรรม: 'agriculture',
    งานบ้าน: 'domestic',
    ลูกจ้างทำงานบ้าน: 'domestic',
    domesticwork: 'domestic',
    hotel4star50plus: 'hotel_4star_50plus',
  },
  termination_reason: {
    เลิกจ้าง: 'dismissed',
    ถูกเลิกจ้าง: 'dismissed',
    ให้ออก: 'dismissed',
    dismissal: 'dismissed',
    laidoff: 'dismissed',
    layoff: 'dismissed',
    ลาออก: 'resigned',
    resign: 'resigned',
    resignation: 'resigned',
    เกษียณ: 'retired',
    เกษียณอายุ: 'retired',
    retirement: 'retired',
    ครบสัญญา: 'contract_end',
    สิ้นสุดสัญญา: 'contract_end',
    หมดสัญญา: 'contract_end',
    contractend: 'contract_end',
    ไล่ออก: 'misconduct',
    ทุจริต: 'misconduct',
    กระทำผิด: 'misconduct',
    ปิดกิจการ: 'closure',
    เลิกกิจการ: 'closure',
    ปิดโรงงาน: 'closure',
    เสียชีวิต: 'died',
    ถึงแก่กรรม: 'died',
    death: 'died',
    deceased: 'died',
  },
  // Compared after `normaliseValue` (dots and spaces dropped): น.ส. is นส, ด.ช. is ดช.
  sex: {
    ชาย: 'M',
    หญิง: 'F',
    ช: 'M',
    ญ: 'F',
    male: 'M',
    female: 'F',
    m: 'M',
    f: 'F',
    นาย: 'M',
    นาง: 'F',
    นางสาว: 'F',
    นส: 'F',
    เด็กชาย: 'M',
    เด็กหญิง: 'F',
    ดช: 'M',
    ดญ: 'F',
  },
};

/**
 * The wage type a wage column's header implies ("เงินเดือน" is a monthly salary, "ค่าแรงรายวัน"
 * a daily wage): used when a file's wage-type values are not wage types (an employment-type
 * column such as ประจำ / ชั่วคราว) or the file has none. Compared after `normaliseHeader`.
 */
export const WAGE_TYPE_OF_HEADER: Record<string, readonly string[]> = {
  monthly: ['เงินเดือน', 'อัตราเงินเดือน', 'ค่าจ้างรายเดือน', 'salary', 'monthly salary', 'monthly wage'],
  daily: ['ค่าแรงรายวัน', 'ค่าจ้างรายวัน', 'ค่าแรงต่อวัน', 'ค่าจ้างต่อวัน', 'daily rate', 'daily wage'],
  hourly: ['ค่าจ้างรายชั่วโมง', 'ค่าแรงรายชั่วโมง', 'hourly rate', 'hourly wage'],
};

/** The wage type a header implies, with the name of the table it matched (the tool's words, not the file's). */
export function wageTypeOfHeader(header: string): { type: string; alias: string } | undefined {
  for (const h of [normaliseHeader(header), normaliseHeader(withoutUnit(header))]) {
    for (const [type, names] of Object.entries(WAGE_TYPE_OF_HEADER)) {
      const alias = names.find((n) => normaliseHeader(n) === h);
      if (alias !== undefined) return { type, alias };
    }
  }
  return undefined;
}

/**
 * A header cell by its position, as --redact says a header the tool did not recognise: a header
 * may be a person's name (a sheet of one employee's times, or a data row taken for the header).
 */
export const columnAt = (i: number): string => `column ${i + 1}`;

/** A header said by `columnAt`. */
const COLUMN_AT = /^column \d+$/;

/** Every column name and alias of the tables above: the tool's own words for a header. */
const TOOL_HEADER_WORDS: ReadonlySet<string> = new Set([
  ...[...Object.values(ALIASES), CLOCK_ALIASES].flatMap((table) =>
    Object.entries(table).flatMap(([column, aliases]) => [column, ...aliases]),
  ),
  ...Object.values(COLUMNS).flatMap((c) => [...c.required, ...c.optional]),
  ...Object.values(READ_INTO).flat(),
  ...Object.values(WAGE_TYPE_OF_HEADER).flat(),
]);

/**
 * Whether words that stand for header cells (a list, ", " between them) are all the tool's own: a
 * position (`column 7`), a column name or an alias of its tables. Anything else is a header as the
 * file wrote it, which --redact drops (findings/redact.ts).
 */
export function isToolsHeaderWords(s: string): boolean {
  return s.split(', ').every((w) => COLUMN_AT.test(w) || TOOL_HEADER_WORDS.has(w));
}

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

// A file repeats a few values (states, day types, wage types) row after row: each distinct text
// is normalised once. Bounded, so that a file of distinct values cannot grow it.
const normalised = new Map<string, string>();
const NORMALISED_MAX = 4096;

/** Normalised cell value as looked up in a value map. */
export function normaliseValue(v: string): string {
  let n = normalised.get(v);
  if (n === undefined) {
    n = v
      .normalize('NFC')
      .trim()
      .toLowerCase()
      .replace(/[\s._-]+/g, '');
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(v, n);
  }
  return n;
}
