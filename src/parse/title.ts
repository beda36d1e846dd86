import type { RawRow } from '../read/table.js';
import { parseDate } from './values.js';

// Thai payroll exports often give the pay period once, in a title row above the table
// ("ช่วงเวลา: 1 สิงหาคม 2568 - 31 สิงหาคม 2568", "งวดวันที่ 01/08/2568 ถึง 31/08/2568",
// "Period: 2025-08-01 to 2025-08-31"), and not on each row.

export interface TitlePeriod {
  start: string;
  end: string;
  /** The title row's line and text, for the warning. */
  line: number;
  text: string;
}

const LABEL = /(ช่วงเวลา|งวด(?:วันที่|ประจำ)?|ประจำงวด|รอบ(?:วันที่)?|period|pay period|from)\s*[:：]?\s*/i;
const SEPARATOR = /\s+(?:-|–|ถึง|to|until)\s+|\s*(?:–|ถึง)\s*/i;

/** The first title row (above the header) that names a period of two dates, start before end. */
export function periodInTitle(rows: RawRow[]): TitlePeriod | undefined {
  for (const row of rows) {
    const text = row.cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' ');
    const label = LABEL.exec(text);
    if (!label) continue;
    const rest = text.slice(label.index + label[0].length).replace(/^(?:วันที่|ตั้งแต่(?:วันที่)?)\s*/, '');
    const parts = rest.split(SEPARATOR);
    if (parts.length !== 2) continue;
    const start = parseDate(parts[0].trim());
    const end = parseDate(parts[1].replace(/^วันที่\s*/, '').trim());
    if (!start.ok || !end.ok || end.value < start.value) continue;
    return { start: start.value, end: end.value, line: row.line, text };
  }
  return undefined;
}
