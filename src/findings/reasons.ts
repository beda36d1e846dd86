// Why a check could not be run, or a row not used: a message id with its values, rendered in
// the report's language at the edge. The English text is kept beside it in the result for JSON
// readers; the human formats render the id. A value `x` may carry its Thai form as `x_th`.

export type ReasonLang = 'en' | 'th';

export interface Reason {
  id: string;
  params?: Record<string, string | number>;
  /** The pay period the reason holds for, shown in front of it. */
  period?: { start: string; end: string };
}

/**
 * Where a reason's value came from, when it came from a cell of the input: `text`, the cell as
 * written, which may be anything a person typed (a province or district that is a name, a title
 * row, a value that could not be read, a birth date); `id`, an employee id; `header`, header
 * cells (a list), which may be a name too (a sheet of one employee's times, a data row taken for
 * the header). `--redact` replaces a `text` value with "…", an `id` with its pseudonym, and a
 * `header` value with "…" unless it is all the tool's own words (findings/redact.ts), in the
 * params and so in every language rendered from them: a run under --redact writes headers by
 * position (`column 7`) or by the column they were read as (parse/grid.ts). Every other value is
 * the tool's own: its words, counts, row and line numbers, dates of work, canonical column names.
 */
export type CellKind = 'text' | 'id' | 'header';

interface ReasonText {
  en: string;
  th: string;
  /**
   * The values copied from a cell, by param name (its `_th` form is the same cell's). A `text`
   * value is written in quotes in both languages, so that a reason said inside another one
   * (`nested`, `said`: its words, not its params) loses it with the quoted span under --redact.
   */
  cells?: Record<string, CellKind>;
}

/** The one cell a rejected row's reason quotes. */
const VALUE: Record<string, CellKind> = { value: 'text' };

const T: Record<string, ReasonText> = {
  // Undetermined checks.
  no_file: { en: 'no {files} file', th: 'ไม่มีไฟล์{files}' },
  no_birth_date: { en: 'no birth date', th: 'ไม่มีวันเกิด' },
  birth_date_unreadable: {
    en: "birth date unknown: the employee's birth date cell could not be read as a date (see the warnings)",
    th: 'ไม่ทราบวันเกิด: อ่านช่องวันเกิดของลูกจ้างเป็นวันที่ไม่ได้ (ดูคำเตือน)',
  },
  employed_from_unknown: {
    en: 'no hire_date and no day worked: employment before the {age}th birthday is unknown in pay periods {periods}',
    th: 'ไม่มี hire_date และไม่มีวันทำงาน: ไม่ทราบว่าอยู่ในการจ้างก่อนวันเกิดครบ {age} ปีหรือไม่ ในงวดค่าจ้าง {periods}',
  },
  break_position_unknown: {
    en: 'break position unknown (break_minutes only) on {dates}',
    th: 'ไม่ทราบช่วงเวลาพัก (มีเพียง break_minutes) วันที่ {dates}',
  },
  breaks_unrecorded: {
    en: 'breaks not recorded on {dates}: the record is one span from first in to last out, so the break inside it is not known',
    th: 'ไม่มีบันทึกเวลาพักวันที่ {dates}: บันทึกเป็นช่วงเดียวตั้งแต่เข้างานจนออกงาน จึงไม่ทราบเวลาพักในช่วงนั้น',
  },
  days_paid_not_worked: {
    en: 'the payroll gives a monthly wage {days} days: the days of the month paid, not days worked',
    th: 'บัญชีค่าจ้างระบุค่าจ้างรายเดือน {days} วัน ซึ่งเป็นจำนวนวันของเดือนที่จ่าย ไม่ใช่วันทำงาน',
  },
  wage_type_doubt_high: {
    en: 'the wage, {wage} baht {per}, is more than {times} times the minimum wage for {per} ({minimum}): {hint}; the estimate takes the wage as given',
    th: 'ค่าจ้าง {wage} บาทต่อ{unit_th} สูงกว่าค่าจ้างขั้นต่ำต่อ{unit_th} ({minimum}) เกิน {times} เท่า: {hint_th} การประมาณใช้ค่าจ้างตามที่ให้มา',
  },
  wage_type_doubt_low: {
    en: 'the wage, {wage} baht {per}, is less than 1/{share} of the minimum wage for {per} ({minimum}): {hint}; the estimate takes the wage as given',
    th: 'ค่าจ้าง {wage} บาทต่อ{unit_th} ต่ำกว่า 1 ใน {share} ของค่าจ้างขั้นต่ำต่อ{unit_th} ({minimum}): {hint_th} การประมาณใช้ค่าจ้างตามที่ให้มา',
  },
  holiday_pay_no_holiday: {
    en: 'the payroll pays {amount} baht for holiday work in this period, but no day of its hours is a holiday (day_type): a day counted here as a work day may be a holiday worked and paid as holiday pay, so the wages for the work days are not known',
    th: 'บัญชีค่าจ้างจ่ายค่าทำงานในวันหยุด {amount} บาทในงวดนี้ แต่ไม่มีวันใดในบันทึกเวลาทำงานที่เป็นวันหยุด (day_type): วันที่นับเป็นวันทำงานอาจเป็นวันหยุดที่ทำงานและได้รับค่าทำงานในวันหยุดแล้ว จึงไม่ทราบค่าจ้างของวันทำงาน',
  },
  days_paid_zero: {
    en: 'the payroll gives 0 days worked for a period it pays wages for: its days column is left at zero (a monthly wage, days not counted), not a count of days paid',
    th: 'บัญชีค่าจ้างระบุวันทำงาน 0 วัน ในงวดที่จ่ายค่าจ้าง: ช่องจำนวนวันเว้นไว้เป็นศูนย์ (ค่าจ้างรายเดือน ไม่ได้นับวัน) ไม่ใช่จำนวนวันที่จ่าย',
  },
  hours_rows_rejected: {
    en: 'hours rows of these days were rejected, so the days and hours worked are not all known: {dates}',
    th: 'บันทึกเวลาทำงานของวันเหล่านี้ถูกปฏิเสธ จึงไม่ทราบจำนวนวันและชั่วโมงทำงานทั้งหมด: {dates}',
  },
  days_marked_not_worked: {
    en: 'the hours file marks these days as not worked (leave, a holiday, a day off or an absence), and a day not worked may still be paid, so the days worked are not all the days paid: {dates}',
    th: 'ไฟล์เวลาทำงานระบุว่าวันเหล่านี้ไม่ได้ทำงาน (ลา วันหยุด หรือขาดงาน) ซึ่งอาจเป็นวันที่ได้รับค่าจ้าง จำนวนวันทำงานจึงไม่ใช่วันที่จ่ายค่าจ้างทั้งหมด: {dates}',
  },
  days_holiday_work: {
    en: 'the hours show work on holidays ({dates}), which a payroll may pay as holiday work rather than count among the days worked: the days paid are the other days worked',
    th: 'บันทึกเวลาแสดงการทำงานในวันหยุด ({dates_th}) ซึ่งบัญชีค่าจ้างอาจจ่ายเป็นค่าทำงานในวันหยุดโดยไม่นับเป็นวันทำงาน: จำนวนวันที่จ่ายตรงกับวันทำงานอื่น',
  },
  hours_rows_undated: {
    en: 'hours rows of the employee were rejected without a date that could be read ({rows}): they may hold work on any day, so the days and hours worked are not all known',
    th: 'แถวบันทึกเวลาทำงานของลูกจ้างถูกปฏิเสธโดยอ่านวันที่ไม่ได้ ({rows_th}): อาจเป็นการทำงานในวันใดก็ได้ จึงไม่ทราบจำนวนวันและชั่วโมงทำงานทั้งหมด',
  },
  hours_day_incomplete: {
    en: 'not checked on {days}: a punch or hours row of the day was rejected or is in doubt (dated out of the file order, or a time read 12 hours wrong), so its work is not known in full',
    th: 'ไม่ได้ตรวจวันที่ {days_th}: บันทึกเวลาหรือแถวชั่วโมงทำงานของวันนั้นถูกปฏิเสธหรือน่าสงสัย (ลงวันที่ผิดลำดับ หรืออ่านเวลาผิดไป 12 ชั่วโมง) จึงไม่ทราบเวลาทำงานครบถ้วน',
  },
  hours_day_uncounted: {
    en: 'not counted on {days}: a punch or hours row of the day was rejected or is in doubt (dated out of the file order, or a time read 12 hours wrong), so its work is not known in full (a total without it is a lower bound)',
    th: 'ไม่ได้นับวันที่ {days_th}: บันทึกเวลาหรือแถวชั่วโมงทำงานของวันนั้นถูกปฏิเสธหรือน่าสงสัย (ลงวันที่ผิดลำดับ หรืออ่านเวลาผิดไป 12 ชั่วโมง) จึงไม่ทราบเวลาทำงานครบถ้วน (ยอดรวมที่ไม่นับวันดังกล่าวเป็นค่าต่ำสุด)',
  },
  hours_span_uncounted: {
    en: 'not known on {dates}: the record is one span from first in to last out, so the hours worked may be up to {minutes} min a day more than counted',
    th: 'ไม่ทราบผลวันที่ {dates}: บันทึกเป็นช่วงเดียวตั้งแต่เข้างานจนออกงาน จึงอาจทำงานมากกว่าที่นับได้อีกไม่เกินวันละ {minutes} นาที',
  },
  hours_gap_uncounted: {
    en: 'not known on {dates}: two stretches of the date are further apart than a break within one shift, so the gap may be a break, whose time beyond the s.27 limit counts as work, or the time between two shifts; the hours worked may be up to {minutes} min a day more than counted',
    th: 'ไม่ทราบผลวันที่ {dates_th}: ช่วงทำงานสองช่วงของวันนั้นห่างกันเกินเวลาพักภายในกะเดียว ช่วงว่างจึงอาจเป็นเวลาพัก ซึ่งส่วนที่เกินเกณฑ์ตามมาตรา 27 นับเป็นเวลาทำงาน หรือเป็นเวลาระหว่างสองกะ จึงอาจทำงานมากกว่าที่นับได้อีกไม่เกินวันละ {minutes} นาที',
  },
  shift_gap_unknown: {
    en: 'not known on {dates}: two stretches of the date are further apart than a break within one shift, so whether they are one shift with a break (its time beyond the s.27 limit work, and where the overtime starts) or two shifts is not known',
    th: 'ไม่ทราบผลวันที่ {dates_th}: ช่วงทำงานสองช่วงของวันนั้นห่างกันเกินเวลาพักภายในกะเดียว จึงไม่ทราบว่าเป็นกะเดียวที่มีเวลาพัก (ส่วนที่เกินเกณฑ์ตามมาตรา 27 นับเป็นเวลาทำงาน และเวลาทำงานล่วงเวลาเริ่มเมื่อใด) หรือเป็นสองกะ',
  },
  young_only_at_hire: {
    en: 'under 18 only on the hire date {date}, before every date of the records: work_categories say what the work is in the records, not what it was when the employee was hired',
    th: 'อายุต่ำกว่า 18 ปีเฉพาะวันเริ่มงาน {date} ซึ่งอยู่ก่อนทุกวันในบันทึก: work_categories บอกลักษณะงานในช่วงที่บันทึก ไม่ใช่งานในวันที่เริ่มจ้าง',
  },
  no_job_title: { en: 'no job_title to compare with', th: 'ไม่มี job_title ที่จะใช้เปรียบเทียบ' },
  pay_period_overlaps: {
    en: 'the pay period overlaps another pay period of the payroll ({rows}) without being the same: what was paid for each is unknown',
    th: 'งวดค่าจ้างนี้ทับซ้อนกับงวดอื่นในบัญชีค่าจ้าง (แถว {rows_th}) โดยไม่ใช่งวดเดียวกัน: ไม่ทราบว่าจ่ายสำหรับแต่ละงวดเท่าใด',
  },
  pay_period_repeated: {
    en: 'payroll rows {rows} of the pay period are identical in every cell: one row exported twice or two equal payments, which is not known',
    th: 'แถวบัญชีค่าจ้าง {rows_th} ของงวดนี้เหมือนกันทุกช่อง: อาจเป็นแถวเดียวที่ส่งออกซ้ำ หรือการจ่ายสองครั้งเท่ากัน ซึ่งไม่ทราบว่าเป็นกรณีใด',
  },
  long_period_overlaps: {
    en: 'the pay period is longer than a month but overlaps another pay period of the payroll ({rows}): a bonus or correction row over several months, or a date typed wrong, it is not known to be a pay period of its own',
    th: 'งวดค่าจ้างนี้ยาวเกินหนึ่งเดือนแต่ทับซ้อนกับงวดอื่นในบัญชีค่าจ้าง (แถว {rows_th}): อาจเป็นแถวโบนัสหรือแถวปรับปรุงที่ครอบคลุมหลายเดือน หรือพิมพ์วันที่ผิด จึงไม่ทราบว่าเป็นงวดค่าจ้างจริง',
  },
  pay_rows_rejected: {
    en: '{n_rows} of the employee rejected ({rows}): what was paid for the period is not known in full',
    th: 'แถวบัญชีค่าจ้างของลูกจ้างถูกปฏิเสธ {n_rows_th} แถว ({rows_th}): จึงไม่ทราบค่าจ้างที่จ่ายสำหรับงวดนี้ครบถ้วน',
  },
  pay_rows_rejected_undated: {
    en: '{n_rows} of the employee rejected without a pay period that could be read ({rows}): pay for a period not known, so what was paid for any period is not known in full',
    th: 'แถวบัญชีค่าจ้างของลูกจ้างถูกปฏิเสธ {n_rows_th} แถวโดยอ่านงวดค่าจ้างไม่ได้ ({rows_th}): เป็นค่าจ้างของงวดที่ไม่ทราบ จึงไม่ทราบค่าจ้างที่จ่ายของงวดใดครบถ้วน',
  },
  pay_period_after_as_of: {
    en: 'the pay period ends after the as-of date {as_of}: its work after that date is outside the audit (its hours rows are rejected), so what it pays is not set against what was due',
    th: 'งวดค่าจ้างสิ้นสุดหลังวันที่ตรวจสอบ {as_of}: งานหลังวันนั้นอยู่นอกช่วงการตรวจ (แถวบันทึกเวลาถูกปฏิเสธ) จึงไม่นำค่าจ้างของงวดไปเทียบกับค่าจ้างที่ต้องจ่าย',
  },
  split_pay_dates: {
    en: 'the rows of this pay period (rows {rows}) were paid on different dates ({dates}): whether all of it was paid in time is not judged',
    th: 'แถวของงวดค่าจ้างนี้ (แถว {rows}) จ่ายคนละวัน ({dates}): ไม่ได้ตัดสินว่าจ่ายครบตามกำหนดเวลาหรือไม่',
  },
  split_count_unknown: {
    en: '{column} is given on several rows of this pay period (rows {rows}): not added (a split payment may repeat it), so it is unknown',
    th: '{column} ระบุไว้ในหลายแถวของงวดค่าจ้างนี้ (แถว {rows}): ไม่ได้นำมารวมกัน (การแบ่งจ่ายอาจระบุซ้ำ) จึงไม่ทราบค่า',
  },
  termination_pay_not_in_payroll: {
    en: 'no pay period of the employee in the payroll reaches the termination date {date}: what was paid on leaving is not in it',
    th: 'ไม่มีงวดค่าจ้างของลูกจ้างในบัญชีค่าจ้างที่ถึงวันที่พ้นสภาพลูกจ้าง {date}: จึงไม่มีข้อมูลเงินที่จ่ายเมื่อออกจากงาน',
  },
  no_period_for_termination: {
    en: 'no pay period contains the termination date {date}',
    th: 'ไม่มีงวดค่าจ้างที่ครอบคลุมวันที่พ้นสภาพลูกจ้าง {date}',
  },
  holidays_rows_rejected: {
    en: 'rows of the holidays file rejected ({rows}): the days they announce are not known, so how many traditional holidays the employer announced in a year, and whether 1 May is among them, is not known',
    th: 'แถวในไฟล์วันหยุดถูกปฏิเสธ ({rows_th}): ไม่ทราบวันหยุดที่แถวเหล่านั้นประกาศ จึงไม่ทราบว่านายจ้างประกาศวันหยุดตามประเพณีในแต่ละปีกี่วัน และมีวันที่ 1 พฤษภาคมหรือไม่',
  },
  holidays_stray_dates: {
    en: 'holidays.csv has {dates} in years it only touches, on days of the year {year} lacks: they may be days of {year} with the year typed wrong, so its count and 1 May are not known',
    th: 'holidays.csv มีวันที่ {dates} ในปีที่ไฟล์มีเพียงบางส่วน ตรงกับวันที่ที่ปี {year} ไม่มี: อาจเป็นวันของปี {year} ที่พิมพ์ปีผิด จึงไม่ทราบจำนวนวันหยุดและวันที่ 1 พฤษภาคมของปีนั้น',
  },
  holidays_year_partial: {
    en: 'the holidays file holds only part of {year} ({first} to {last} of it, and no date on or before {start_by} or none on or after {end_from}): it may be cut at an audit window, so how many traditional holidays the employer announced for {year}, and whether 1 May is among them, is not known',
    th: 'ไฟล์วันหยุดมีข้อมูลเพียงบางส่วนของปี {year} ({first} ถึง {last} ของปีนั้น และไม่มีวันที่ในหรือก่อน {start_by} หรือไม่มีวันที่ในหรือหลัง {end_from}): ไฟล์อาจถูกตัดตามช่วงการตรวจ จึงไม่ทราบว่านายจ้างประกาศวันหยุดตามประเพณีปี {year} กี่วัน และมีวันที่ 1 พฤษภาคมหรือไม่',
  },
  accumulated_holidays_short: {
    en: 'weekly holidays may be accumulated in this sector; fewer than {window} days of records',
    th: 'กิจการนี้สะสมวันหยุดประจำสัปดาห์ได้ แต่มีข้อมูลน้อยกว่า {window} วัน',
  },
  no_minimum_wage_table: {
    en: 'the rule pack has no minimum wage table',
    th: 'ชุดกฎไม่มีตารางค่าจ้างขั้นต่ำ',
  },
  no_wage_type: {
    en: 'no wage type (employees file missing)',
    th: 'ไม่มีประเภทค่าจ้าง (ไม่มีไฟล์ลูกจ้าง)',
  },
  piece_rate_hourly: {
    en: 'piece-rate wages: the hourly rate needs the per-unit rate and output',
    th: 'ค่าจ้างตามผลงาน: ต้องมีอัตราต่อหน่วยและจำนวนผลงานจึงคำนวณค่าจ้างต่อชั่วโมงได้',
  },
  no_province: { en: 'no workplace province', th: 'ไม่มีจังหวัดของสถานที่ทำงาน' },
  unknown_province: {
    en: 'province "{province}" is not a Thai province name or code',
    th: '"{province}" ไม่ใช่ชื่อหรือรหัสจังหวัดของไทย',
    cells: { province: 'text' },
  },
  no_minimum_wage_on: {
    en: 'no minimum wage in force in {province} on {date} (the table starts {first})',
    th: 'ไม่มีค่าจ้างขั้นต่ำที่มีผลใน{province} วันที่ {date} (ตารางเริ่ม {first})',
  },
  no_monthly_divisor: {
    en: 'no monthly wage divisor in force',
    th: 'ไม่มีตัวหารค่าจ้างรายเดือนที่มีผล',
  },
  hourly_no_hours: {
    en: 'hourly-paid: no hours file',
    th: 'ลูกจ้างรายชั่วโมง: ไม่มีไฟล์เวลาทำงาน',
  },
  no_hours_no_days_worked: {
    en: 'no hours file and no days_worked for this period',
    th: 'ไม่มีไฟล์เวลาทำงานและไม่มี days_worked',
  },
  ot_pooled: {
    en: 'overtime pay is pooled in ot_pay but another premium is undetermined',
    th: 'ค่าล่วงเวลารวมอยู่ใน ot_pay แต่ค่าตอบแทนอีกรายการหนึ่งตรวจไม่ได้',
  },
  no_hours_no_ot_hours: {
    en: 'no hours file and no ot_hours on the payroll',
    th: 'ไม่มีไฟล์เวลาทำงานและไม่มี ot_hours ในบัญชีค่าจ้าง',
  },
  holiday_hours_unknown: {
    en: 'holiday_hours without hours.csv: weekly or public holiday unknown for a non-monthly wage',
    th: 'มี holiday_hours แต่ไม่มี hours.csv: ไม่ทราบว่าเป็นวันหยุดประจำสัปดาห์หรือวันหยุดตามประเพณี สำหรับลูกจ้างที่ไม่ใช่รายเดือน',
  },
  param_not_defined: {
    en: 'rule parameter "{name}" is not defined',
    th: 'ไม่ได้กำหนดพารามิเตอร์ "{name}" ของกฎ',
  },
  param_no_value: {
    en: 'no value of {name} in force on {date}',
    th: 'ไม่มีค่า {name} ที่มีผลในวันที่ {date}',
  },
  param_not_number: {
    en: 'parameter {name} is not a number',
    th: 'พารามิเตอร์ {name} ไม่ใช่ตัวเลข',
  },
  column_absent: { en: 'column {column} not in {file}', th: 'ไม่มีคอลัมน์ {column} ใน {file}' },
  province_unknown: {
    en: 'column {column} not in {file}: the workplace province is unknown',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: ไม่ทราบจังหวัดของสถานที่ทำงาน',
  },
  no_hours_column_absent: {
    en: 'no hours file and column {column} not in {file}',
    th: 'ไม่มีไฟล์เวลาทำงาน และไม่มีคอลัมน์ {column} ใน {file}',
  },
  piece_days_unknown: {
    en: 'piece-paid: days worked unknown for {start}..{end}',
    th: 'ค่าจ้างตามผลงาน: ไม่ทราบจำนวนวันทำงานในงวด {start}..{end}',
  },
  piece_no_days: {
    en: 'piece-paid: no days worked before the termination date',
    th: 'ค่าจ้างตามผลงาน: ไม่มีวันทำงานก่อนวันเลิกจ้าง',
  },
  final_paid_unknown: {
    en: 'column {column} not in {file}: the day the final wages were paid is unknown',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: ไม่ทราบวันที่จ่ายค่าจ้างครั้งสุดท้าย',
  },
  pay_dates_unknown: {
    en: 'column {column} not in {file}: pay dates unknown (gaps between pay dates and unpaid wages not checked)',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: ไม่ทราบวันจ่ายค่าจ้าง (ไม่ได้ตรวจระยะห่างระหว่างวันจ่ายและค่าจ้างค้างจ่าย)',
  },
  hazardous_unknown: {
    en: 'column {column} not in {file}: overtime or holiday work, hazardous work unknown',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: มีการทำงานล่วงเวลาหรือทำงานในวันหยุด แต่ไม่ทราบว่าเป็นงานอันตรายหรือไม่',
  },
  deposit_unknown: {
    en: 'column {column} not in {file}: a deposit taken from an under-18 is unknown',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: ไม่ทราบว่ามีการเรียกเงินประกันจากลูกจ้างอายุต่ำกว่า 18 ปีหรือไม่',
  },
  no_sex: {
    en: 'no sex given for the employee: pay cannot be compared between the sexes',
    th: 'ไม่ระบุเพศของลูกจ้าง: เปรียบเทียบค่าจ้างระหว่างเพศไม่ได้',
  },
  pay_date_year_typed: {
    en: 'the pay date {date} is far from its pay period {start}..{end} (more than a month before it began, or a year or more after it where the same day of another year falls in it): a date typed wrong is likely, so the time between payments is not judged',
    th: 'วันจ่าย {date} ห่างจากงวดค่าจ้าง {start}..{end} มาก (ก่อนเริ่มงวดเกินหนึ่งเดือน หรือหลังงวดตั้งแต่หนึ่งปีขึ้นไปโดยวันเดียวกันของปีอื่นอยู่ในงวดนั้น) น่าจะพิมพ์วันที่ผิด จึงไม่ตัดสินระยะห่างระหว่างการจ่าย',
  },
  final_pay_date_year_typed: {
    en: 'the final wages are dated {date}, a year or more after the termination on {termination}, and the same day of an earlier year falls by the deadline {deadline}: a year typed wrong is likely, so their timing is not judged',
    th: 'ค่าจ้างงวดสุดท้ายลงวันที่จ่าย {date} หลังวันสิ้นสุดการจ้าง {termination} ตั้งแต่หนึ่งปีขึ้นไป และวันเดียวกันของปีก่อนอยู่ภายในกำหนด {deadline} น่าจะพิมพ์ปีผิด จึงไม่ตัดสินเรื่องเวลาจ่าย',
  },
  net_pay_above_amounts: {
    en: 'net pay {net} is more than the wages less deductions of the row ({expected}): an amount of it is typed wrong or a pay column was not exported, so what was paid is not known',
    th: 'เงินได้สุทธิ {net} สูงกว่าค่าจ้างหักรายการหักของแถว ({expected}) อาจพิมพ์จำนวนเงินผิดหรือไม่ได้ส่งออกคอลัมน์ค่าจ้างบางรายการ จึงไม่ทราบยอดที่จ่ายจริง',
  },
  equal_pay_rate_implausible: {
    en: 'a rate of the other sex in the same job is more than {ratio} times this one ({other_rate} against {rate}): a figure typed wrong is likely, so pay is not compared',
    th: 'อัตราค่าจ้างของลูกจ้างต่างเพศในตำแหน่งเดียวกันสูงกว่าอัตรานี้เกิน {ratio} เท่า ({other_rate} เทียบกับ {rate}) น่าจะพิมพ์ตัวเลขผิด จึงไม่เปรียบเทียบค่าจ้าง',
  },
  sex_unreadable: {
    en: "sex unknown: the employee's sex cell is neither male nor female (see the warnings), so pay cannot be compared between the sexes",
    th: 'ไม่ทราบเพศ: ช่องเพศของลูกจ้างไม่ใช่ชายหรือหญิง (ดูคำเตือน) จึงเปรียบเทียบค่าจ้างระหว่างเพศไม่ได้',
  },
  sex_unknown: {
    en: 'column {column} not in {file}: pay cannot be compared between the sexes',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: เปรียบเทียบค่าจ้างระหว่างเพศไม่ได้',
  },
  paid_unknown: {
    en: 'column {column} not in {file}: what was paid for it is unknown',
    th: 'ไม่มีคอลัมน์ {column} ใน {file}: ไม่ทราบจำนวนที่จ่ายสำหรับรายการนี้',
  },
  no_pregnancy_columns: {
    en: 'no pregnancy columns (pregnant_from, pregnant_to) in the employees file',
    th: 'ไม่มีคอลัมน์การตั้งครรภ์ (pregnant_from, pregnant_to) ในไฟล์ลูกจ้าง',
  },
  pregnancy_open: {
    en: 'pregnant_to empty: the pregnancy from "{from}" is taken to end by "{end}" ({days} days), and days worked after it ({date} ...) are not checked: when it ended is unknown',
    th: 'ไม่ได้ระบุ pregnant_to: ถือว่าการตั้งครรภ์ตั้งแต่ "{from}" สิ้นสุดไม่เกิน "{end}" ({days} วัน) วันที่ทำงานหลังจากนั้น ({date} ...) ตรวจไม่ได้ เพราะไม่ทราบว่าสิ้นสุดเมื่อใด',
    // A pregnancy's dates are personal: said only inside quotes, dropped under --redact.
    cells: { from: 'text', end: 'text' },
  },
  pregnancy_no_start: {
    en: 'pregnant_to "{to}" without pregnant_from: the days worked while pregnant are unknown',
    th: 'มี pregnant_to "{to}" แต่ไม่มี pregnant_from: ไม่ทราบวันที่ทำงานระหว่างตั้งครรภ์',
    cells: { to: 'text' },
  },
  pregnant_no_hours: {
    en: 'no hours file: the days worked while pregnant are unknown',
    th: 'ไม่มีไฟล์เวลาทำงาน: ไม่ทราบวันที่ทำงานระหว่างตั้งครรภ์',
  },
  ot_pay_not_stated: {
    en: 'ot_pay not stated for the periods with overtime',
    th: 'ไม่ได้ระบุ ot_pay สำหรับงวดที่มีการทำงานล่วงเวลา',
  },
  deductions_unknown: {
    en: 'columns {columns} not in the payroll file: deductions unknown',
    th: 'ไม่มีคอลัมน์ {columns} ในไฟล์บัญชีค่าจ้าง: ไม่ทราบรายการหักค่าจ้าง',
  },
  net_pay_column_absent: {
    en: 'net pay differs from the amounts given, but column {columns} not in the payroll file',
    th: 'ค่าจ้างสุทธิไม่ตรงกับจำนวนที่ระบุ แต่ไม่มีคอลัมน์ {columns} ในไฟล์บัญชีค่าจ้าง',
  },
  net_pay_columns_absent: {
    en: 'net pay differs from the amounts given, but columns {columns} not in the payroll file',
    th: 'ค่าจ้างสุทธิไม่ตรงกับจำนวนที่ระบุ แต่ไม่มีคอลัมน์ {columns} ในไฟล์บัญชีค่าจ้าง',
  },
  wage_rate_not_in_period: {
    en: 'base_pay {base_pay} is below the wage_rate of the employees file ({wage_rate}) over the period ({contract}): the rate in force for the period is not known to be wage_rate (a raise since the period?); at the rate the pay shows ({shown}) nothing is owed',
    th: 'base_pay {base_pay} ต่ำกว่าอัตราค่าจ้าง wage_rate ในไฟล์ลูกจ้าง ({wage_rate}) ตลอดงวด ({contract}): ไม่ทราบว่าอัตราที่ใช้ในงวดนั้นคือ wage_rate หรือไม่ (อาจมีการขึ้นค่าจ้างหลังงวดนั้น) ตามอัตราที่จ่ายจริง ({shown}) ไม่มียอดค้างจ่าย',
  },
  holiday_pay_absent: {
    en: 'column holiday_pay not in the payroll file',
    th: 'ไม่มีคอลัมน์ holiday_pay ในไฟล์บัญชีค่าจ้าง',
  },
  normal_hours_unknown: { en: 'normal hours a day unknown', th: 'ไม่ทราบเวลาทำงานปกติต่อวัน' },
  holiday_workday_unknown: {
    en: "whether the holiday of {dates} fell on a working day of the employee is not known: not worked, and the weeks around it do not show that weekday worked or rested (a holiday on the weekly rest day owes no day's wage; its substitute day does)",
    th: 'ไม่ทราบว่าวันหยุดวันที่ {dates} ตรงกับวันทำงานปกติของลูกจ้างหรือไม่: ไม่ได้ทำงานในวันนั้น และสัปดาห์ก่อนและหลังไม่แสดงว่าวันในสัปดาห์นั้นเป็นวันทำงานหรือวันหยุด (วันหยุดที่ตรงกับวันหยุดประจำสัปดาห์ไม่ต้องจ่ายค่าจ้างวันนั้น แต่จ่ายวันหยุดชดเชย)',
  },
  piece_no_days_in_period: {
    en: 'piece-paid: no days worked in the period',
    th: 'ค่าจ้างตามผลงาน: ไม่มีวันทำงานในงวด',
  },
  s62_undetermined: {
    en: 's.62 pay for holiday work undetermined: {reason}',
    th: 'ค่าทำงานในวันหยุดตาม ม.62 ตรวจไม่ได้: {reason}',
  },
  termination_reason_empty: {
    en: 'terminated {date} without a termination_reason',
    th: 'พ้นสภาพลูกจ้างวันที่ {date} โดยไม่มี termination_reason',
  },
  column_not_in_kind: {
    en: 'column {column} not in the {kind} file',
    th: 'ไม่มีคอลัมน์ {column} ในไฟล์{kind}',
  },
  notice_given_empty: {
    en: 'notice_given_on is empty: when notice was given is unknown',
    th: 'notice_given_on ว่าง: ไม่ทราบวันที่บอกกล่าวล่วงหน้า',
  },
  leave_days_empty: {
    en: 'annual_leave_days or leave_taken_days is empty',
    th: 'annual_leave_days หรือ leave_taken_days ว่าง',
  },
  leave_first_year: {
    en: 'terminated {end}, before {years} year(s) of service from hire_date: s.30 gives annual leave after a year of service, and whether leave of a shorter service is owed on termination (s.67) is not confirmed (the employer may have granted it)',
    th: 'สิ้นสุดการจ้าง {end} ทำงานยังไม่ครบ {years} ปีนับจาก hire_date: มาตรา 30 ให้สิทธิวันหยุดพักผ่อนประจำปีเมื่อทำงานครบหนึ่งปี ยังไม่ยืนยันว่าต้องจ่ายค่าจ้างวันหยุดพักผ่อนตามส่วนเมื่อเลิกจ้าง (มาตรา 67) สำหรับผู้ที่ทำงานไม่ถึงหนึ่งปี (นายจ้างอาจให้สิทธิไว้)',
  },
  no_hire_date_service: { en: 'no hire_date: service length unknown', th: 'ไม่มี hire_date: ไม่ทราบอายุงาน' },
  tiers_malformed: {
    en: 'the tiers parameter is not a list of "<n>d:<days>" / "<n>y:<days>"',
    th: 'พารามิเตอร์ tiers ไม่ใช่รายการรูปแบบ "<n>d:<days>" / "<n>y:<days>"',
  },
  /** A reason whose words come with it in both languages (the pack's sector scope, reasons joined). */
  said: { en: '{reason}', th: '{reason}' },
  no_such_trigger: { en: 'no such trigger: {trigger}', th: 'ไม่มีตัวอ่านสัญญาณ {trigger}' },
  rule_not_in_pack: { en: 'rule {rule} is not in the rule pack', th: 'ไม่มีกฎ {rule} ในชุดกฎ' },
  rule_undetermined: { en: '{rule}: {reason}', th: '{rule}: {reason}' },
  no_age_rules: {
    en: 'none of the age rules is in the rule pack',
    th: 'ไม่มีกฎเรื่องอายุลูกจ้างข้อใดในชุดกฎ',
  },
  signal_pay_rows_rejected: {
    en: 'payroll rows of {file} rejected ({rows}) and none read: column {columns} is not known (the rows may hold it), not absent',
    th: 'แถวบัญชีค่าจ้างใน {file} ถูกปฏิเสธ ({rows_th}) และไม่มีแถวที่อ่านได้: ไม่ทราบคอลัมน์ {columns_th} (แถวเหล่านั้นอาจมี) ไม่ใช่ว่าไม่มีคอลัมน์นี้',
  },
  signal_columns_absent: { en: 'column {columns} not in {file}', th: 'ไม่มีคอลัมน์ {columns} ใน {file}' },
  day_not_checked: { en: 'work on {date} not checked: {reason}', th: 'ไม่ได้ตรวจการทำงานวันที่ {date}: {reason}' },
  days_not_checked: {
    en: 'work on {date} and {others} other day(s) not checked: {reason}',
    th: 'ไม่ได้ตรวจการทำงานวันที่ {date} และอีก {others} วัน: {reason}',
  },
  // Rows not used.
  same_start_end: {
    en: 'start and end are the same time: a punch missing (one time written in both cells) or 24 hours of work, which the row does not say; not counted as work',
    th: 'เวลาเริ่มและเวลาสิ้นสุดเป็นเวลาเดียวกัน: อาจเป็นการสแกนไม่ครบ (เวลาเดียวเขียนทั้งสองช่อง) หรือทำงาน 24 ชั่วโมง ซึ่งแถวนี้ไม่ได้บอก จึงไม่นับเป็นเวลาทำงาน',
  },
  missing_in_punch: {
    en: 'missing in-punch ("{value}"): an unpaired punch, the stretch\'s hours are unknown; not counted as work',
    th: 'ไม่มีการสแกนเข้า ("{value}"): การสแกนไม่ครบคู่ ไม่ทราบชั่วโมงของช่วงนี้ จึงไม่นับเป็นเวลาทำงาน',
    cells: VALUE,
  },
  missing_out_punch: {
    en: 'missing out-punch ("{value}"): an unpaired punch, the stretch\'s hours are unknown; not counted as work',
    th: 'ไม่มีการสแกนออก ("{value}"): การสแกนไม่ครบคู่ ไม่ทราบชั่วโมงของช่วงนี้ จึงไม่นับเป็นเวลาทำงาน',
    cells: VALUE,
  },
  absence_mark: {
    en: 'a leave or absence mark ("{value}") where a time of work would be: no hours that day; not counted as work',
    th: 'เครื่องหมายการลาหรือขาดงาน ("{value}") แทนเวลาทำงาน ไม่มีชั่วโมงทำงานในวันนั้น จึงไม่นับเป็นเวลาทำงาน',
    cells: VALUE,
  },
  missing_punch: {
    en: 'missing punch ("{value}"): an unpaired punch; not counted as work',
    th: 'ไม่มีการสแกน ("{value}"): การสแกนไม่ครบคู่ จึงไม่นับเป็นเวลาทำงาน',
    cells: VALUE,
  },
  missing_punch_on: {
    en: 'missing punch on {date} ("{value}"): an unpaired punch; not counted as work',
    th: 'ไม่มีการสแกนวันที่ {date} ("{value}"): การสแกนไม่ครบคู่ จึงไม่นับเป็นเวลาทำงาน',
    cells: VALUE,
  },
  // A time clock's punches.
  clock_unpaired: {
    en: 'unpaired punch ({at}): {cause}; not counted as work',
    th: 'การสแกนไม่ครบคู่ ({at}): {cause}; ไม่นับเป็นเวลาทำงาน',
  },
  clock_unpaired_reread: {
    en: 'unpaired punch ({at}): {cause}; not counted as work (re-read of line {line})',
    th: 'การสแกนไม่ครบคู่ ({at}): {cause}; ไม่นับเป็นเวลาทำงาน (สแกนซ้ำของบรรทัด {line})',
  },
  clock_no_state: { en: 'the device recorded no in/out state', th: 'เครื่องไม่ได้บันทึกสถานะเข้า/ออก' },
  clock_in_before_in: {
    en: 'an in-punch with no out-punch before the next in-punch ({next})',
    th: 'สแกนเข้าโดยไม่มีสแกนออกก่อนการสแกนเข้าครั้งถัดไป ({next})',
  },
  clock_in_may_be_out: {
    en: 'an in-punch within a shift of an in-punch with no out ({before}): it may be that out, its state recorded wrong, and as an in it would start {span} of work, more than the other reading; neither is counted',
    th: 'สแกนเข้าภายในหนึ่งกะหลังการสแกนเข้าที่ไม่มีสแกนออก ({before}): อาจเป็นการสแกนออกที่บันทึกสถานะผิด และหากเป็นสแกนเข้าจะนับเวลาทำงาน {span_th} มากกว่าอีกแบบ; ไม่นับทั้งสองแบบ',
  },
  clock_out_of_doubtful_in: {
    en: 'an out-punch whose in-punch ({in}) may be an out recorded wrong',
    th: 'สแกนออกที่สแกนเข้าคู่กัน ({in}) อาจเป็นการสแกนออกที่บันทึกสถานะผิด',
  },
  clock_out_without_in: {
    en: 'an out-punch with no in-punch before it',
    th: 'สแกนออกโดยไม่มีสแกนเข้าก่อนหน้า',
  },
  clock_no_out_within: { en: 'no out-punch within {hours} h', th: 'ไม่มีสแกนออกภายใน {hours} ชม.' },
  clock_no_in_within: {
    en: 'no in-punch within {hours} h before it',
    th: 'ไม่มีสแกนเข้าภายใน {hours} ชม. ก่อนหน้า',
  },
  clock_in_without_out: {
    en: 'an in-punch with no out-punch after it',
    th: 'สแกนเข้าโดยไม่มีสแกนออกตามมา',
  },
  clock_same_minute: { en: 'an in and an out in the same minute', th: 'สแกนเข้าและออกในนาทีเดียวกัน' },
  clock_only_punch: {
    en: 'the only punch of its work day (in or out unknown)',
    th: 'เป็นการสแกนครั้งเดียวของวันทำงาน (ไม่ทราบว่าเข้าหรือออก)',
  },
  clock_span_too_long: {
    en: "its work day's punches span {span}, more than {hours} h: which are in and which out is unknown",
    th: 'การสแกนของวันทำงานนี้ครอบคลุม {span} เกิน {hours} ชม.: ไม่ทราบว่าครั้งใดเข้าครั้งใดออก',
  },
  clock_odd_punches: {
    en: 'an odd number of punches in its work day: left out as the punch whose removal leaves the least time worked',
    th: 'จำนวนการสแกนในวันทำงานเป็นเลขคี่: ตัดการสแกนนี้ออกเพราะทำให้เวลาทำงานน้อยที่สุด',
  },
  clock_reset_punch: {
    en: "implausible date: clock reset ({at}, {years} years {side} the log's dates {range}); not counted as work",
    th: 'วันที่เป็นไปไม่ได้: นาฬิกาถูกรีเซ็ต ({at} ห่าง {years} ปี {side}ช่วงวันที่ของบันทึก {range}); ไม่นับเป็นเวลาทำงาน',
  },
  clock_resets: {
    en: "{punches} dated far outside the log's dates ({range}): {dates}; a clock reset: rejected, not counted as work",
    th: '{punches} มีวันที่อยู่นอกช่วงวันที่ของบันทึก ({range}) มาก: {dates}; นาฬิกาถูกรีเซ็ต: ปฏิเสธ ไม่นับเป็นเวลาทำงาน',
  },
  clock_states_unreliable: {
    en: 'in/out states do not pair ({each}): direction inferred instead for {share} of the punches ({affected} of {all}); findings on them say so',
    th: 'สถานะเข้า/ออกไม่เข้าคู่กัน ({each}): จึงอนุมานเข้า/ออกแทนสำหรับ {share} ของการสแกน ({affected} จาก {all}); ข้อพบที่อาศัยการสแกนเหล่านี้ระบุไว้',
  },
  clock_shift_undatable: {
    en: "its shift ({span}) would share its date with another work day's ({next}), and no other date is free for it: which work day it belongs to is unknown",
    th: 'กะนี้ ({span}) จะมีวันที่เดียวกับวันทำงานอื่น ({next}) และไม่มีวันอื่นที่ว่างให้: ไม่ทราบว่าเป็นของวันทำงานใด',
  },
  clock_pairing_ambiguous: {
    en: "its run of punches ({from} to {to}) pairs one way read as work days from {cuts}, each way leaving as many punches unpaired, and this employee's work days start at different times in different weeks (a rotating roster): which punches are in and which out is unknown",
    th: 'ช่วงการสแกน ({from} ถึง {to}) จับคู่ได้ต่างกันเมื่ออ่านวันทำงานโดยเริ่มเวลา {cuts_th} โดยเหลือการสแกนที่ไม่ครบคู่เท่ากัน และวันทำงานของลูกจ้างคนนี้เริ่มต่างเวลากันในแต่ละสัปดาห์ (ตารางกะหมุนเวียน): ไม่ทราบว่าครั้งใดเข้าครั้งใดออก',
  },
  clock_day_starts_misfit: {
    en: 'work days cut at {at} (--day-starts) leave more punches alone or unpaired in {runs} (of {employees}) than another time of day would: a rotating roster? Those runs may pair a rest as work; without --day-starts each run takes the time that fits it',
    th: 'การตัดวันทำงานที่เวลาเริ่มวันทำงานที่กำหนด {at} ทำให้มีการสแกนที่ไม่ครบคู่ใน {runs_th} (ของ{employees_th}) มากกว่าการตัดที่เวลาอื่น: เป็นตารางกะหมุนเวียนหรือไม่? ช่วงวันเหล่านั้นอาจนับเวลาพักเป็นเวลาทำงาน; หากไม่กำหนดเวลาเริ่มวันทำงาน แต่ละช่วงวันจะใช้เวลาที่เหมาะกับช่วงนั้น',
  },
  clock_missing_punch_day: {
    en: "missing punch on {date} ({lines}): the day's other punches are paired without it",
    th: 'ไม่มีการสแกนวันที่ {date} ({lines}): จับคู่การสแกนอื่นของวันนั้นโดยไม่มีการสแกนนี้',
  },
  // Work dates that cannot be days of work.
  // The birthday is said only inside the quotes: it gives the birth date, which is personal.
  before_min_work_age: {
    en: 'work date {date} is before the employee\'s {age}th birthday ("{birthday}"): implausible (a clock reset or a wrong birth date)',
    th: 'วันทำงาน {date} อยู่ก่อนวันเกิดครบ {age} ปีของลูกจ้าง ("{birthday}"): เป็นไปไม่ได้ (นาฬิกาถูกรีเซ็ตหรือวันเกิดผิด)',
    cells: { birthday: 'text' },
  },
  implausible_birth_date: {
    en: 'birth date "{birth_date}" is implausible (a wrong birth date): {date}, a date of the employee\'s records, is before their {age}th birthday ("{birthday}"); dates before it are not judged by age',
    th: 'วันเกิด "{birth_date}" เป็นไปไม่ได้ (วันเกิดผิด): วันที่ {date} ในข้อมูลของลูกจ้างอยู่ก่อนวันเกิดครบ {age} ปี ("{birthday}") จึงไม่ประเมินอายุในวันที่ก่อนวันนั้น',
    // The birth date is personal: said only inside quotes, dropped under --redact.
    cells: { birth_date: 'text', birthday: 'text' },
  },
  hire_before_work_age: {
    en: 'hire date "{hire}" is before the employee\'s {age}th birthday ("{birthday}"): implausible (a year typed wrong in the hire or the birth date); the length of service is not known',
    th: 'วันเริ่มงาน "{hire}" อยู่ก่อนวันเกิดครบ {age} ปีของลูกจ้าง ("{birthday}"): เป็นไปไม่ได้ (พิมพ์ปีผิดในวันเริ่มงานหรือวันเกิด) จึงไม่ทราบอายุงาน',
    // A hire and a birth date are personal: said only inside quotes, dropped under --redact.
    cells: { hire: 'text', birthday: 'text' },
  },
  termination_before_hire: {
    en: 'termination date "{termination}" is before the hire date "{hire}": implausible (a year typed wrong); the length of service and what is owed on termination are not known',
    th: 'วันสิ้นสุดการจ้าง "{termination}" อยู่ก่อนวันเริ่มงาน "{hire}": เป็นไปไม่ได้ (พิมพ์ปีผิด) จึงไม่ทราบอายุงานและสิ่งที่ต้องจ่ายเมื่อเลิกจ้าง',
    cells: { termination: 'text', hire: 'text' },
  },
  notice_after_as_of: {
    en: 'notice given on "{notice}", after the termination date "{termination}" and the as-of date {as_of}: implausible (a year typed wrong); the days of notice are not known',
    th: 'บอกกล่าวล่วงหน้าวันที่ "{notice}" หลังวันสิ้นสุดการจ้าง "{termination}" และหลังวันที่ตรวจสอบ {as_of}: เป็นไปไม่ได้ (พิมพ์ปีผิด) จึงไม่ทราบจำนวนวันที่บอกกล่าวล่วงหน้า',
    cells: { notice: 'text', termination: 'text' },
  },
  records_after_termination: {
    en: 'termination date "{termination}" is before the records of the employee\'s work or pay ({date}): implausible (a year typed wrong); what is owed on termination is not known',
    th: 'วันสิ้นสุดการจ้าง "{termination}" อยู่ก่อนข้อมูลการทำงานหรือค่าจ้างของลูกจ้าง ({date}): เป็นไปไม่ได้ (พิมพ์ปีผิด) จึงไม่ทราบสิ่งที่ต้องจ่ายเมื่อเลิกจ้าง',
    cells: { termination: 'text' },
  },
  hire_after_as_of: {
    en: 'hire date "{hire}" is after the as-of date {as_of}: implausible (a year typed wrong); days worked before it are not judged against it',
    th: 'วันเริ่มงาน "{hire}" อยู่หลังวันที่ตรวจสอบ {as_of}: เป็นไปไม่ได้ (พิมพ์ปีผิด) จึงไม่ประเมินวันทำงานก่อนวันนั้นเทียบกับวันเริ่มงาน',
    cells: { hire: 'text' },
  },
  year_before_file: {
    en: "work date {date} is more than a year before the file's dates ({span}): implausible (a clock reset)",
    th: 'วันทำงาน {date} อยู่ก่อนช่วงวันที่ของไฟล์ ({span}) เกินหนึ่งปี: เป็นไปไม่ได้ (นาฬิกาถูกรีเซ็ต)',
  },
  stretches_long_before: {
    en: '{stretches} dated {dates}, more than a year before the rest of the file ({span}): rejected as implausible (a clock reset)',
    th: '{stretches} ลงวันที่ {dates} ก่อนข้อมูลส่วนที่เหลือของไฟล์ ({span}) เกินหนึ่งปี: ปฏิเสธเพราะเป็นไปไม่ได้ (นาฬิกาถูกรีเซ็ต)',
  },
  stretches_long_after: {
    en: '{stretches} dated {dates}, more than a year after the rest of the file ({span}): check the clock',
    th: '{stretches} ลงวันที่ {dates} หลังข้อมูลส่วนที่เหลือของไฟล์ ({span}) เกินหนึ่งปี: ตรวจสอบนาฬิกา',
  },
  date_after_as_of: {
    en: 'work date {date} is after the as-of date {as_of}: implausible (a misread date or a clock set wrong); not counted as work',
    th: 'วันทำงาน {date} อยู่หลังวันที่ตรวจสอบ ({as_of}): เป็นไปไม่ได้ (อ่านวันที่ผิดหรือตั้งนาฬิกาผิด) ไม่นับเป็นเวลาทำงาน',
  },
  rows_after_as_of: {
    en: '{n_rows} dated after the as-of date {as_of} ({dates}; the first on row {row}): rejected as implausible, not counted as work (a misread date, a clock set wrong, or an --as-of before the records end)',
    th: '{n_rows_th} แถวลงวันที่หลังวันที่ตรวจสอบ {as_of} ({dates}; แถวแรกคือแถว {row}): ปฏิเสธเพราะเป็นไปไม่ได้ ไม่นับเป็นเวลาทำงาน (อ่านวันที่ผิด ตั้งนาฬิกาผิด หรือ --as-of อยู่ก่อนวันสุดท้ายของบันทึก)',
  },
  pay_period_starts_after_as_of: {
    en: 'the pay period begins on {date}, after the as-of date {as_of}: outside the audit, it pays for none of the work audited',
    th: 'งวดค่าจ้างเริ่มวันที่ {date} หลังวันที่ตรวจสอบ {as_of}: อยู่นอกช่วงการตรวจ ไม่ได้จ่ายสำหรับงานที่ตรวจ',
  },
  termination_after_as_of: {
    en: 'employment ends on {date}, after the as-of date {as_of}: what is owed on termination is not yet due',
    th: 'การจ้างสิ้นสุดวันที่ {date} หลังวันที่ตรวจสอบ {as_of}: เงินที่ต้องจ่ายเมื่อเลิกจ้างยังไม่ถึงกำหนด',
  },
  pay_rows_after_as_of: {
    en: '{n_rows} of pay periods that begin after the as-of date {as_of} ({dates}; the first on row {row}): rejected, outside the audit (a misread date, or an --as-of before the records end)',
    th: '{n_rows_th} แถวเป็นงวดค่าจ้างที่เริ่มหลังวันที่ตรวจสอบ {as_of} ({dates}; แถวแรกคือแถว {row}): ปฏิเสธเพราะอยู่นอกช่วงการตรวจ (อ่านวันที่ผิด หรือ --as-of อยู่ก่อนวันสุดท้ายของบันทึก)',
  },
  spans_without_breaks: {
    en: 'the hours are spans from first in to last out with no break recorded: a span over {after} min is taken to hold a break of up to {break} min (s.27 para 3: a longer break counts as work), so the hours and overtime found are the least the records can mean, and whether the daily break (s.27) was given is not known on those days',
    th: 'บันทึกเวลาทำงานเป็นช่วงตั้งแต่เข้างานจนออกงานโดยไม่มีบันทึกเวลาพัก: ช่วงที่ยาวเกิน {after} นาทีถือว่ามีเวลาพักไม่เกิน {break} นาที (มาตรา 27 วรรคสาม: เวลาพักที่เกินนับเป็นเวลาทำงาน) ชั่วโมงทำงานและชั่วโมงทำงานล่วงเวลาที่พบจึงเป็นค่าต่ำสุดที่บันทึกอาจหมายถึง และไม่ทราบว่าวันเหล่านั้นได้รับเวลาพักประจำวัน (มาตรา 27) หรือไม่',
  },
  profile_constant: { en: 'profile constant: {reason}', th: 'ค่าคงที่ในโปรไฟล์: {reason}' },
  not_a_real_date: {
    en: '"{value}" is not a real calendar date',
    th: '"{value}" ไม่ใช่วันที่ที่มีอยู่จริง',
    cells: VALUE,
  },
  not_a_pay_period: {
    en: '"{value}" is not a pay period (expected a month, such as ส.ค. 2568 or 08/2025, or two dates, such as 01/08/2568 - 31/08/2568)',
    th: '"{value}" ไม่ใช่งวดค่าจ้าง (ต้องเป็นเดือน เช่น ส.ค. 2568 หรือ 08/2025 หรือช่วงวันที่ เช่น 01/08/2568 - 31/08/2568)',
    cells: VALUE,
  },
  not_a_date: {
    en: '"{value}" is not a date (expected YYYY-MM-DD, DD/MM/YYYY or 31 ก.ค. 2568)',
    th: '"{value}" ไม่ใช่วันที่ (ต้องเป็น YYYY-MM-DD, DD/MM/YYYY หรือ 31 ก.ค. 2568)',
    cells: VALUE,
  },
  // The date is said only inside the quotes: a redacted report drops them (a birth date is personal).
  weekday_not_date: {
    en: '"{value}" is not a {written}: that date is a {actual}; the date or its weekday is mistyped',
    th: '"{value}" ไม่ใช่วัน{written_th}: วันที่นั้นเป็นวัน{actual_th} วันที่หรือวันในสัปดาห์พิมพ์ผิด',
    cells: VALUE,
  },
  implausible_year: {
    en: '"{value}" has an implausible year ({year} C.E.)',
    th: '"{value}" มีปีที่เป็นไปไม่ได้ (ค.ศ. {year})',
    cells: VALUE,
  },
  not_a_time: {
    en: '"{value}" is not a time (expected HH:MM)',
    th: '"{value}" ไม่ใช่เวลา (ต้องเป็น HH:MM)',
    cells: VALUE,
  },
  not_a_time_of_day: { en: '"{value}" is not a time of day', th: '"{value}" ไม่ใช่เวลาของวัน', cells: VALUE },
  not_money: { en: '"{value}" is not an amount of baht', th: '"{value}" ไม่ใช่จำนวนเงินบาท', cells: VALUE },
  negative: { en: '"{value}" is negative', th: '"{value}" ติดลบ', cells: VALUE },
  not_a_number: {
    en: '"{value}" is not a non-negative number',
    th: '"{value}" ไม่ใช่ตัวเลขที่ไม่ติดลบ',
    cells: VALUE,
  },
  not_yes_no: { en: '"{value}" is not yes or no', th: '"{value}" ไม่ใช่ใช่หรือไม่ใช่', cells: VALUE },
  no_month_mdy: {
    en: '"{value}" has no month {month}: this file was read month-first',
    th: '"{value}" ไม่มีเดือน {month}: ไฟล์นี้อ่านแบบเดือนก่อนวัน',
    cells: VALUE,
  },
  no_month_dmy: {
    en: '"{value}" has no month {month}: dates are read day-first',
    th: '"{value}" ไม่มีเดือน {month}: วันที่อ่านแบบวันก่อนเดือน',
    cells: VALUE,
  },
  contradicts_dmy: {
    en: '"{value}" can only be month-first, but this file\'s dates are read day-first, as the date on line {line} can only be: the file contradicts itself, and this date is not guessed',
    th: '"{value}" อ่านได้เฉพาะแบบเดือนก่อนวัน แต่วันที่ในไฟล์นี้อ่านแบบวันก่อนเดือน ตามวันที่บรรทัด {line} ซึ่งอ่านได้แบบนั้นเท่านั้น: ไฟล์ขัดแย้งกันเอง จึงไม่เดาวันที่นี้',
    cells: VALUE,
  },
  contradicts_mdy: {
    en: '"{value}" can only be day-first, but this file\'s dates are read month-first, as the date on line {line} can only be: the file contradicts itself, and this date is not guessed',
    th: '"{value}" อ่านได้เฉพาะแบบวันก่อนเดือน แต่วันที่ในไฟล์นี้อ่านแบบเดือนก่อนวัน ตามวันที่บรรทัด {line} ซึ่งอ่านได้แบบนั้นเท่านั้น: ไฟล์ขัดแย้งกันเอง จึงไม่เดาวันที่นี้',
    cells: VALUE,
  },
  date_order_contradicted: {
    en: 'the file contradicts itself: {n_dates} can only be {other} (the first on line {line}) and {m} only {order} (the first on line {first}); its dates are read {order}, and the rows of those that can only be {other} are rejected',
    th: 'ไฟล์ขัดแย้งกันเอง: วันที่ {n_dates_th} รายการอ่านได้เฉพาะแบบ{other_th} (รายการแรกที่บรรทัด {line}) และ {m} รายการอ่านได้เฉพาะแบบ{order_th} (รายการแรกที่บรรทัด {first}); จึงอ่านวันที่แบบ{order_th} และปฏิเสธแถวที่อ่านได้เฉพาะแบบ{other_th}',
  },
  date_order_guessed: {
    en: 'dates read day-first (the Thai norm), but nothing in the file says so, and {n_dates} of it can be read either way (the first "{value}" on line {line}); if the file is month-first (US), say so in a mapping profile (date_order: month-first)',
    th: 'อ่านวันที่แบบวันก่อนเดือน (ตามแบบไทย) แต่ไม่มีข้อมูลในไฟล์ยืนยัน: วันที่ {n_dates_th} รายการอ่านได้ทั้งสองแบบ (รายการแรก "{value}" ที่บรรทัด {line}); หากไฟล์เป็นแบบเดือนก่อนวัน (สหรัฐฯ) ให้ระบุในโปรไฟล์ (date_order: month-first)',
    cells: VALUE,
  },
  id_scientific: {
    en: '"{value}" is in Excel\'s scientific notation: the digits are lost; format the column as text',
    th: '"{value}" อยู่ในรูปแบบวิทยาศาสตร์ของ Excel: ตัวเลขสูญหาย ให้จัดรูปแบบคอลัมน์เป็นข้อความ',
    cells: VALUE,
  },
  id_12_digits: {
    en: '"{value}" has 12 digits, not 13 (a leading 0 may have been dropped by Excel: format the column as text)',
    th: '"{value}" มี 12 หลัก ไม่ใช่ 13 (Excel อาจตัดเลข 0 นำหน้า: ให้จัดรูปแบบคอลัมน์เป็นข้อความ)',
    cells: VALUE,
  },
  id_13_digits: {
    en: '"{value}": a national ID has 13 digits',
    th: '"{value}": เลขประจำตัวประชาชนมี 13 หลัก',
    cells: VALUE,
  },
  not_a_datetime: {
    en: '"{value}" is not a date and time (expected YYYY-MM-DD HH:MM:SS)',
    th: '"{value}" ไม่ใช่วันที่และเวลา (ต้องเป็น YYYY-MM-DD HH:MM:SS)',
    cells: VALUE,
  },
  start_without_date: {
    en: '"{value}" has no date, and the file has no date column (give each start as a date and time, or add a date column)',
    th: '"{value}" ไม่มีวันที่ และไฟล์ไม่มีคอลัมน์วันที่ (ให้ระบุเวลาเริ่มพร้อมวันที่ หรือเพิ่มคอลัมน์วันที่)',
    cells: VALUE,
  },
  end_not_after_start: {
    en: '"{value}" is not after the start "{start}"',
    th: '"{value}" ไม่ได้อยู่หลังเวลาเริ่ม "{start}"',
    cells: { value: 'text', start: 'text' },
  },
  stretch_too_long: {
    en: 'from {start} to this end, read past midnight (an end before the start), is {span}, longer than one shift can be ({hours} h, as a time-clock log caps a shift): a time typed wrong, not counted as work',
    th: 'ตั้งแต่ {start} ถึงเวลาสิ้นสุดนี้ยาว {span_th} เกินกว่าที่กะเดียวจะเป็นได้ ({hours} ชั่วโมง เช่นเดียวกับที่บันทึกเวลาจำกัดกะหนึ่ง): อาจพิมพ์เวลาผิด (เวลาสิ้นสุดก่อนเวลาเริ่มถูกอ่านว่าเลยเที่ยงคืน) จึงไม่นับเป็นเวลาทำงาน',
  },
  stretch_a_day_or_more: {
    en: 'from "{start}" to "{value}" is a day or more: not one stretch of work',
    th: 'ตั้งแต่ "{start}" ถึง "{value}" ยาวตั้งแต่หนึ่งวันขึ้นไป ไม่ใช่ช่วงการทำงานต่อเนื่องช่วงเดียว',
    cells: { value: 'text', start: 'text' },
  },
  no_time_of_day: {
    en: '"{value}" has no valid time of day',
    th: '"{value}" ไม่มีเวลาของวันที่ถูกต้อง',
    cells: VALUE,
  },
  required_missing: { en: 'required value is missing', th: 'ไม่มีค่าที่จำเป็น' },
  quoted: { en: '"{value}": {reason}', th: '"{value}": {reason}', cells: VALUE },
  and_also: { en: '{reason} (also: {columns})', th: '{reason} (และ: {columns})' },
  two_digit_year: {
    en: '"{value}" has a two-digit year: say whether it is Buddhist era or C.E. (--two-digit-years be|ce)',
    th: '"{value}" มีปีสองหลัก: ให้ระบุว่าเป็น พ.ศ. หรือ ค.ศ. (--two-digit-years be|ce)',
    cells: VALUE,
  },
  period_implausible: {
    en: 'the pay period {start}..{end} is more than a year long: a year typed wrong in one of its dates, not a period; what was paid, and for which days, is not known',
    th: 'งวดค่าจ้าง {start}..{end} ยาวเกินหนึ่งปี: น่าจะพิมพ์ปีผิดในวันที่ของงวด ไม่ใช่งวดจริง จึงไม่ทราบว่าจ่ายเท่าใดและสำหรับวันใด',
  },
  pay_date_implausible: {
    en: 'the pay date is more than a year from its pay period {start}..{end}: a year typed wrong, not a payment; what was paid for the period, and when, is not known',
    th: 'วันจ่ายห่างจากงวดค่าจ้าง {start}..{end} เกินหนึ่งปี: น่าจะพิมพ์ปีผิด ไม่ใช่การจ่ายจริง จึงไม่ทราบว่าจ่ายค่าจ้างงวดนี้เท่าใดและเมื่อใด',
  },
  period_backwards: { en: 'period ends before it starts', th: 'งวดสิ้นสุดก่อนวันเริ่มงวด' },
  expected_one_of: { en: 'expected one of {values}', th: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {values}' },
  extra_cells: {
    en: '{cells} cells but the header has {width} columns',
    th: 'มี {cells} ช่อง แต่หัวตารางมี {width} คอลัมน์',
  },
  duplicate_employee: {
    en: 'duplicate employee_id {id} (first on row {row})',
    th: 'employee_id {id} ซ้ำ (พบครั้งแรกที่แถว {row})',
    cells: { id: 'id' },
  },
  unknown_employee: {
    en: 'employee {id} is not in {file}',
    th: 'ไม่มีลูกจ้าง {id} ใน {file}',
    cells: { id: 'id' },
  },
  overlapping_stretch: {
    en: 'overlaps the stretch on row {row}',
    th: 'ช่วงเวลาทับกับช่วงเวลาในแถว {row}',
  },
  // Warnings.
  unknown_district: {
    en: 'district "{district}" is not one the tool knows in {province}: its rate is taken as the province\'s ({employees})',
    th: 'ไม่รู้จักอำเภอ "{district}" ใน{province}: ใช้อัตราของจังหวัด ({employees})',
    cells: { district: 'text' },
  },
  period_from_title: {
    en: 'no period columns: the pay period {start}..{end} is taken from the title row on line {line} ("{text}")',
    th: 'ไม่มีคอลัมน์งวด: งวดค่าจ้าง {start}..{end} อ่านจากแถวชื่อตารางที่บรรทัด {line} ("{text}")',
    cells: { text: 'text' },
  },
  not_worked_skipped_one: {
    en: '1 hours row whose status says the day was not worked (leave, a holiday, a day off or an absence) and whose times are blank skipped as a day not worked (line {lines}): no work is counted on it, and it is not read as unpaid',
    th: 'ข้ามแถวเวลาทำงาน 1 แถวที่สถานะระบุว่าไม่ได้ทำงาน (ลา วันหยุด หรือขาดงาน) และไม่มีเวลา (บรรทัด {lines}): ไม่นับเป็นวันทำงาน และไม่ถือว่าเป็นวันที่ไม่ได้รับค่าจ้าง',
  },
  not_worked_skipped: {
    en: '{n} hours rows whose status says the day was not worked (leave, a holiday, a day off or an absence) and whose times are blank skipped as days not worked (lines {lines}): no work is counted on them, and they are not read as unpaid',
    th: 'ข้ามแถวเวลาทำงาน {n} แถวที่สถานะระบุว่าไม่ได้ทำงาน (ลา วันหยุด หรือขาดงาน) และไม่มีเวลา (บรรทัด {lines}): ไม่นับเป็นวันทำงาน และไม่ถือว่าเป็นวันที่ไม่ได้รับค่าจ้าง',
  },
  period_month_from_title: {
    en: 'no period columns: the pay period {start}..{end} is the month the title row on line {line} names, from its first day to its last{era}',
    th: 'ไม่มีคอลัมน์งวด: งวดค่าจ้าง {start}..{end} คือเดือนที่ระบุในแถวชื่อตารางที่บรรทัด {line} ตั้งแต่วันแรกถึงวันสุดท้ายของเดือน{era}',
  },
  footer_skipped_one: {
    en: '1 footer or totals row under the table skipped (line {lines})',
    th: 'ข้ามแถวท้ายตารางหรือแถวยอดรวม 1 แถว (บรรทัด {lines})',
  },
  footer_skipped: {
    en: '{n} footer or totals rows under the table skipped (lines {lines})',
    th: 'ข้ามแถวท้ายตารางหรือแถวยอดรวม {n} แถว (บรรทัด {lines})',
  },
  headings_skipped_one: {
    en: '1 heading row among the rows skipped (line {lines}): one cell of text naming a group (a department, a branch), not a row of data',
    th: 'ข้ามแถวหัวข้อกลุ่ม 1 แถว (บรรทัด {lines}): มีข้อความช่องเดียวระบุกลุ่ม (แผนก สาขา) ไม่ใช่แถวข้อมูล',
  },
  headings_skipped: {
    en: '{n} heading rows among the rows skipped (lines {lines}): one cell of text naming a group (a department, a branch), not rows of data',
    th: 'ข้ามแถวหัวข้อกลุ่ม {n} แถว (บรรทัด {lines}): มีข้อความช่องเดียวระบุกลุ่ม (แผนก สาขา) ไม่ใช่แถวข้อมูล',
  },
  template_rows_skipped_one: {
    en: '1 unused template row skipped (line {lines}): no employee id or name, and nothing but zeros or empty cells (formulas of a template no one was entered in)',
    th: 'ข้ามแถวแบบฟอร์มที่ไม่ได้ใช้ 1 แถว (บรรทัด {lines}): ไม่มีรหัสหรือชื่อลูกจ้าง มีเพียงศูนย์หรือช่องว่าง (สูตรของแบบฟอร์มที่ยังไม่ได้กรอก)',
  },
  template_rows_skipped: {
    en: '{n} unused template rows skipped (lines {lines}): no employee id or name, and nothing but zeros or empty cells (formulas of a template no one was entered in)',
    th: 'ข้ามแถวแบบฟอร์มที่ไม่ได้ใช้ {n} แถว (บรรทัด {lines}): ไม่มีรหัสหรือชื่อลูกจ้าง มีเพียงศูนย์หรือช่องว่าง (สูตรของแบบฟอร์มที่ยังไม่ได้กรอก)',
  },
  pay_period_rows_added: {
    en: '{n} payroll rows of employee {id} for the pay period {start}..{end} (rows {rows}) are taken as one pay period (a split payment or an adjustment run): their amounts are added{notes}',
    th: 'บัญชีค่าจ้าง {n} แถวของลูกจ้าง {id} สำหรับงวด {start}..{end} (แถว {rows}) ถือเป็นงวดค่าจ้างเดียวกัน (การแบ่งจ่ายหรือการจ่ายปรับปรุง): นำจำนวนเงินมารวมกัน{notes}',
    cells: { id: 'id' },
  },
  pay_period_rows_repeated: {
    en: '{n} payroll rows of employee {id} for the pay period {start}..{end} (rows {rows}) are taken as one pay period, and rows {repeated} are identical in every cell: one row exported twice or two equal payments, which is not known; their pay is added and their deductions counted once (the least owed){notes}',
    th: 'บัญชีค่าจ้าง {n} แถวของลูกจ้าง {id} สำหรับงวด {start}..{end} (แถว {rows}) ถือเป็นงวดค่าจ้างเดียวกัน และแถว {repeated} เหมือนกันทุกช่อง: อาจเป็นแถวเดียวที่ส่งออกซ้ำ หรือการจ่ายสองครั้งเท่ากัน ซึ่งไม่ทราบว่าเป็นกรณีใด: นำค่าจ้างมารวมกัน และนับเงินที่หักเพียงครั้งเดียว (ยอดค้างจ่ายที่น้อยที่สุด){notes}',
    cells: { id: 'id' },
  },
  pay_periods_overlap: {
    en: 'payroll rows {rows} of employee {id} give pay periods that overlap without being the same ({periods}): what was paid for each is unknown, and the checks that set pay against what was due for a period are undetermined for them',
    th: 'บัญชีค่าจ้างแถว {rows} ของลูกจ้าง {id} มีงวดค่าจ้างที่ทับซ้อนกันโดยไม่ใช่งวดเดียวกัน ({periods}): ไม่ทราบว่าจ่ายสำหรับแต่ละงวดเท่าใด การตรวจที่เทียบค่าจ้างที่จ่ายกับที่ต้องจ่ายของงวดจึงไม่ได้ตัดสินสำหรับงวดเหล่านี้',
    cells: { id: 'id' },
  },
  wage_type_values_from_header: {
    en: 'the values of "{columns}" are not wage types (such as "{example}"): every employee read as {type}-paid from the wage column\'s header "{header}"',
    th: 'ค่าในคอลัมน์ "{columns}" ไม่ใช่ประเภทค่าจ้าง (เช่น "{example}"): อ่านลูกจ้างทุกคนเป็นลูกจ้าง{type}ตามหัวคอลัมน์ค่าจ้าง "{header}"',
    cells: { example: 'text', columns: 'header', header: 'header' },
  },
  wage_type_column_empty_from_header: {
    en: 'the column "{columns}" holds no wage type: every employee read as {type}-paid from the wage column\'s header "{header}"',
    th: 'คอลัมน์ "{columns}" ไม่มีประเภทค่าจ้าง: อ่านลูกจ้างทุกคนเป็นลูกจ้าง{type}ตามหัวคอลัมน์ค่าจ้าง "{header}"',
    cells: { columns: 'header', header: 'header' },
  },
  wage_type_from_header: {
    en: 'no wage type column: every employee read as {type}-paid from the wage column\'s header "{header}"',
    th: 'ไม่มีคอลัมน์ประเภทค่าจ้าง: อ่านลูกจ้างทุกคนเป็นลูกจ้าง{type}ตามหัวคอลัมน์ค่าจ้าง "{header}"',
    cells: { header: 'header' },
  },
  // The cell is quoted inside the parse's own reason, which says why it is no date.
  birth_date_unreadable_cell: {
    en: 'birth date {reason}: the employee is kept with the birth date unknown, and the checks that need the age are undetermined for them',
    th: 'วันเกิด {reason}: ยังใช้ข้อมูลลูกจ้างโดยถือว่าไม่ทราบวันเกิด และการตรวจที่ต้องใช้อายุไม่ได้ตัดสินสำหรับลูกจ้างนี้',
  },
  sex_unreadable_cell: {
    en: 'sex "{value}" is neither male nor female (M, F, ชาย, หญิง, ช, ญ): the employee is kept with the sex unknown, and equal pay (s.53) is undetermined for them',
    th: 'เพศ "{value}" ไม่ใช่ชายหรือหญิง (M, F, ชาย, หญิง, ช, ญ): ยังใช้ข้อมูลลูกจ้างโดยถือว่าไม่ทราบเพศ และการตรวจค่าจ้างเท่าเทียม (มาตรา 53) ไม่ได้ตัดสินสำหรับลูกจ้างนี้',
    cells: VALUE,
  },
  unknown_sector_one: {
    en: 'sector "{sector}" is not one the tool knows ({sectors}): no sector rate or scope applied (row {rows})',
    th: 'ไม่รู้จักประเภทกิจการ "{sector}" ({sectors}): ไม่ใช้อัตราหรือขอบเขตตามประเภทกิจการ (แถว {rows})',
    cells: { sector: 'text' },
  },
  unknown_sector: {
    en: 'sector "{sector}" is not one the tool knows ({sectors}): no sector rate or scope applied (rows {rows})',
    th: 'ไม่รู้จักประเภทกิจการ "{sector}" ({sectors}): ไม่ใช้อัตราหรือขอบเขตตามประเภทกิจการ (แถว {rows})',
    cells: { sector: 'text' },
  },
  ignored_columns: {
    en: 'ignored columns: {columns}',
    th: 'คอลัมน์ที่ไม่ได้ใช้: {columns}',
    cells: { columns: 'header' },
  },
  stale_minimum_wage: {
    en: 'as-of {as_of} is more than 12 months after the latest minimum wage notification the rule pack knows ({key}, in force {effective}): a newer notification may exist',
    th: 'วันที่ตรวจ {as_of} ห่างจากประกาศค่าจ้างขั้นต่ำฉบับล่าสุดที่ชุดกฎรู้จัก ({key} มีผล {effective}) เกิน 12 เดือน: อาจมีประกาศฉบับใหม่กว่า',
  },
};

/** The payroll rows `rows` of the employee's other pay periods, said in a reason. */
export const overlapsParams = (rows: readonly number[]) => ({
  rows: `${rows.length > 1 ? 'rows' : 'row'} ${rows.join(', ')}`,
  rows_th: rows.join(', '),
});

/** A pay period overlapping the payroll rows `rows` of the employee's other pay periods (parse/pay-periods.ts). */
export const overlapsReason = (rows: readonly number[]): Reason =>
  reason('pay_period_overlaps', overlapsParams(rows));

/** A pay period whose payroll rows `rows` are identical in every cell (parse/pay-periods.ts). */
export const repeatedReason = (rows: readonly number[]): Reason =>
  reason('pay_period_repeated', { rows: rows.join(', '), rows_th: rows.join(', ') });

/** A column's absence said with what it leaves unknown: the same column and file, another message. */
export const because = (absent: Reason, id: string): Reason => reason(id, absent.params);

/** A reason said inside another one (its `{reason}`), in both languages. */
export const nested = (id: string, inner: Reason): Reason =>
  reason(id, { reason: reasonText(inner), reason_th: reasonText(inner, 'th') });

/** Words given in both languages, as one reason. */
export const said = (en: string, th: string): Reason => reason('said', { reason: en, reason_th: th });

export const reason = (id: string, params?: Reason['params']): Reason => {
  if (!T[id]) throw new Error(`no reason text "${id}"`);
  return params ? { id, params } : { id };
};

/** The same reason, said to hold for one pay period. */
export const inPeriod = (p: { start: string; end: string }, r: Reason): Reason => ({
  ...r,
  period: { start: p.start, end: p.end },
});

export const hasReason = (id: string): boolean => id in T;

/** Whether a reason's param holds a cell of the input, and of which kind (`x_th` is `x`'s cell). */
export function cellKind(id: string, param: string): CellKind | undefined {
  const cells = T[id]?.cells;
  if (!cells) return undefined;
  return cells[param] ?? (param.endsWith('_th') ? cells[param.slice(0, -3)] : undefined);
}

/** Whether a reason says header cells (`header` params): its words do not quote them. */
export const saysHeaders = (id: string): boolean => Object.values(T[id]?.cells ?? {}).includes('header');

/** Every reason id with its words and the params it copies from cells (for the tests). */
export const reasonTexts = (): Readonly<Record<string, Readonly<ReasonText>>> => T;

/** The reason in words; dates in it pass through `date` (B.E. display), other values as given. */
export function reasonText(
  r: Reason,
  lang: ReasonLang = 'en',
  date: (iso: string) => string = (d) => d,
): string {
  const t = T[r.id];
  const p = r.params ?? {};
  const text = (t ? t[lang] : r.id).replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = lang === 'th' && `${k}_th` in p ? p[`${k}_th`] : p[k];
    return v === undefined ? m : String(v);
  });
  return r.period ? `${date(r.period.start)}..${date(r.period.end)}: ${text}` : text;
}

const H = 0x68; // "16 h"
const N = 0x6e; // "2 h 30 min"

/** Thai words for a value a check wrote with `hoursText` ("16 h", "2 h 30 min"). */
export function thaiHours(v: string): string {
  // Most values are not hours (dates, amounts, names): one that does not end as hours do is
  // passed on without the pattern (a message is rendered for every finding).
  const last = v.charCodeAt(v.length - 1);
  if (last !== H && last !== N) return v;
  const m = /^(\d+) h(?: (\d+) min)?$/.exec(v);
  if (!m) return v;
  return m[2] ? `${m[1]} ชม. ${m[2]} นาที` : `${m[1]} ชม.`;
}

/** The Thai names of the input kinds, for "no X file". */
export const KIND_TH: Record<string, string> = {
  employees: 'ลูกจ้าง',
  hours: 'เวลาทำงาน',
  payroll: 'บัญชีค่าจ้าง',
  holidays: 'วันหยุดตามประเพณี',
};

/** "no hours or payroll file" with its Thai form. */
export function noFile(kinds: readonly string[]): Reason {
  return reason('no_file', {
    files: kinds.join(' or '),
    files_th: kinds.map((k) => KIND_TH[k] ?? k).join('หรือไฟล์'),
  });
}

/** The Thai words of the termination reasons (employees.csv `termination_reason`). */
export const TERMINATION_REASON_TH: Record<string, string> = {
  dismissed: 'เลิกจ้าง',
  resigned: 'ลาออก',
  retired: 'เกษียณอายุ',
  contract_end: 'สิ้นสุดสัญญาจ้าง',
  misconduct: 'กระทำผิดร้ายแรง',
  closure: 'ปิดกิจการ',
  died: 'ถึงแก่ความตาย',
};

/** The Thai words of the wage types (employees.csv `wage_type`). */
export const WAGE_TYPE_TH: Record<string, string> = {
  monthly: 'รายเดือน',
  daily: 'รายวัน',
  hourly: 'รายชั่วโมง',
  piece: 'ตามผลงาน',
};

const EN_PLURAL = new Intl.PluralRules('en');
/** "1 day", "12 days" (or "12.5 days" from a payroll's days_worked). */
export const daysText = (n: number): string => `${n} ${EN_PLURAL.select(n) === 'one' ? 'day' : 'days'}`;
