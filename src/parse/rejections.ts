import { type Reason, reason, reasonText } from '../findings/reasons.js';
import type { LostDay, Rejection } from './dataset.js';
import type { Mapping } from './header.js';
import { cleanCell } from './values.js';

// Rejection bookkeeping: how a rejected row or a warning says why (in English and as a message
// id), names its lines and its column, and quotes the value.

export const EN_PLURAL = new Intl.PluralRules('en');

/** A rejection's reason as the arguments of `reject`: the English text, then the id. */
export const saidArgs = (id: string, params: Record<string, string | number>): [string, Reason] => {
  const why = reason(id, params);
  return [reasonText(why), why];
};

/** A rejection's reason in English and as a message id. */
export const said = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { reason: reasonText(why), why };
};

/** A warning's message in English and as a message id. */
export const warned = (id: string, params: Record<string, string | number>) => {
  const why = reason(id, params);
  return { message: reasonText(why), why };
};

export interface RowsResult {
  records: unknown[];
  rejected: Rejection[];
  /** Hours files: the employee and date of rejected rows where both could be read. */
  lost?: LostDay[];
  used: number;
  /** Canonical columns with a value in at least one row. */
  columns: Set<string>;
}

/** "3-5, 9" for lines 3, 4, 5, 9. */
export function lineList(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function problemColumn(header: string[], mapping: Mapping, cell: number | undefined): string {
  if (cell === undefined) return '';
  for (const [c, idx] of mapping.byColumn) if (idx.includes(cell)) return c;
  return header[cell]?.trim() || `column ${cell + 1}`;
}

/** A cell as a missing-punch reason quotes it: cleaned, at most 40 characters, quotes doubled. */
export const quoted = (raw: string) => cleanCell(raw).slice(0, 40).replaceAll('"', '""');

/**
 * Lost days in one list per employee: each employee's dates in order, once each. An hours file
 * rejects few rows, so this is small beside the rejections themselves.
 */
export function lostByEmployee(lost: Iterable<LostDay>): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const l of lost) {
    const set = sets.get(l.employee_id);
    if (set) set.add(l.date);
    else sets.set(l.employee_id, new Set([l.date]));
  }
  return new Map([...sets].map(([id, dates]) => [id, [...dates].sort()]));
}
