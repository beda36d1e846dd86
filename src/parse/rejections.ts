import type { Rejection } from './dataset.js';
import type { Mapping } from './header.js';
import { cleanCell } from './values.js';

// Rejection bookkeeping: how a rejected row names its lines, its column and the value quoted.

export interface RowsResult {
  records: unknown[];
  rejected: Rejection[];
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

/** A cell as quoted in a reason (its own quotes doubled, so that redaction drops it whole). */
export const quoteValue = (raw: string) => `"${cleanCell(raw).slice(0, 40).replaceAll('"', '""')}"`;
