import { UserError } from '../errors.js';
import { baht } from '../findings/money.js';
import { dropQuoted } from '../findings/redact.js';
import type { RulePack } from '../pack/load.js';
import { columnAt } from '../parse/aliases.js';
import type { RawTable } from '../read/table.js';
import { type Account, type AnswerContext, accountSchema, FIELD_IDS } from './account.js';
import type { Messages, ScreenData } from './data.js';
import { buildPacket, type Packet } from './packet.js';
import { escapeHtml, htmlBody, htmlPage, type PacketFormat, renderPacket } from './render.js';
import { type Screen, screenAccount } from './screen.js';

// A caseload: one account per CSV row (columns are the account's fields; deductions as
// "2000 recruitment_fee; 500 housing", rest days as "saturday;sunday"). Each row is screened
// on its own; a row whose answers do not pass the schema is listed, not screened.

export interface BatchRow {
  row: number;
  account: Account;
  screen: Screen;
  packet: Packet;
}
export interface Batch {
  rows: BatchRow[];
  rejected: { row: number; field: string; reason: string }[];
}

/**
 * An invalid answer as one line in the chosen language. With `dropAnswer` the answer it quotes
 * (`value`: what the worker or caseworker wrote) is said as "…", as --redact drops a cell.
 */
export function issueText(
  issue: { path: PropertyKey[]; message: string; params?: unknown },
  m: Messages,
  o: { dropAnswer?: boolean } = {},
): { field: string; reason: string } {
  const field = issue.path.map(String).join('.') || '(row)';
  const key = /^[a-z_]+$/.test(issue.message) ? issue.message : '';
  const params = (issue.params ?? {}) as Record<string, string | number>;
  const reason = key
    ? m.t(`invalid.${key}`, o.dropAnswer && 'value' in params ? { ...params, value: '…' } : params)
    : issue.message;
  return { field, reason };
}

export function screenBatch(
  table: Pick<RawTable, 'file' | 'header' | 'rows'>,
  pack: RulePack,
  data: ScreenData,
  m: Messages,
  ctx: AnswerContext,
  o: { asOf?: string; redact: boolean },
): Batch {
  const header = table.header.map((h) => h.trim().toLowerCase());
  // Redacted, by position as a check names a header (`column 3`): a caseload without its header
  // row has a worker's name there.
  const unknown = header.flatMap((h, i) =>
    h !== '' && !(FIELD_IDS as string[]).includes(h) ? [o.redact ? columnAt(i) : h] : [],
  );
  if (unknown.length) {
    throw new UserError(
      `${table.file}: unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (columns are the account fields: ${FIELD_IDS.join(', ')})`,
    );
  }
  const schema = accountSchema(ctx);
  const batch: Batch = { rows: [], rejected: [] };
  // A reference is the case: a row repeating one already screened (a row pasted twice, two
  // exports merged) is an input error, listed like an invalid answer, and the worker is counted
  // once. Said by the first row's number, not by the reference, which may be a worker's name.
  const screenedRow = new Map<string, number>();
  for (const r of table.rows) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const obj: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h) obj[h] = r.cells[i] ?? '';
    });
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const t = issueText(issue, m, { dropAnswer: o.redact });
        // A refused answer is quoted in its reason: a packet that is redacted drops it (and any
        // other quoted text a message of the schema might carry).
        batch.rejected.push({
          row: r.line,
          field: t.field,
          reason: o.redact ? dropQuoted(t.reason) : t.reason,
        });
      }
      continue;
    }
    const ref = parsed.data.reference?.normalize('NFC').trim().toLowerCase();
    const first = ref ? screenedRow.get(ref) : undefined;
    if (first !== undefined) {
      batch.rejected.push({
        row: r.line,
        field: 'reference',
        reason: m.t('invalid.duplicate_reference', { row: first }),
      });
      continue;
    }
    if (ref) screenedRow.set(ref, r.line);
    const screen = screenAccount(parsed.data, pack, data, { asOf: o.asOf });
    batch.rows.push({
      row: r.line,
      account: parsed.data,
      screen,
      packet: buildPacket(screen, pack, data, m, { redact: o.redact }),
    });
  }
  return batch;
}

interface SummaryRow {
  row: number;
  reference: string;
  sections: string[];
  likely_owed_satang: number;
  minimum_owed_satang: number;
  signals: string[];
}

function summaryRows(b: Batch): SummaryRow[] {
  return b.rows.map((r) => ({
    row: r.row,
    reference: r.packet.reference,
    sections: r.packet.violations.map((v) => v.section),
    likely_owed_satang: r.packet.totals.likely.owed_satang,
    minimum_owed_satang: r.packet.totals.minimum.owed_satang,
    signals: r.packet.signals.map((s) => s.title),
  }));
}

/** The caseload summary: one line per worker screened, then the rows not screened. */
export function renderSummary(b: Batch, m: Messages, format: PacketFormat): string {
  const rows = summaryRows(b);
  const total = (k: 'likely_owed_satang' | 'minimum_owed_satang') => rows.reduce((s, r) => s + r[k], 0);
  if (format === 'json') {
    return `${JSON.stringify({ workers: rows, totals: { likely_owed_satang: total('likely_owed_satang'), minimum_owed_satang: total('minimum_owed_satang') }, rejected: b.rejected }, null, 2)}\n`;
  }
  const t = (k: string) => m.t(`batch.${k}`);
  const head = [t('row'), t('worker'), t('violations'), t('likely_owed'), t('minimum_owed'), t('signals')];
  const cells = rows.map((r) => [
    String(r.row),
    r.reference,
    r.sections.join(', '),
    baht(r.likely_owed_satang),
    baht(r.minimum_owed_satang),
    r.signals.join(', '),
  ]);
  const totals = [
    '',
    t('total'),
    '',
    baht(total('likely_owed_satang')),
    baht(total('minimum_owed_satang')),
    '',
  ];
  if (format === 'html') {
    const e = escapeHtml;
    const tr = (c: string[], tag = 'td') => `<tr>${c.map((x) => `<${tag}>${e(x)}</${tag}>`).join('')}</tr>`;
    const rejected = b.rejected.length
      ? `<h2>${e(t('rejected'))}</h2><ul>${b.rejected.map((x) => `<li>${e(`${t('row')} ${x.row}, ${x.field}: ${x.reason}`)}</li>`).join('')}</ul>`
      : '';
    return `<h1>${e(t('title'))}</h1>\n<p>${e(m.t('batch.workers', { count: rows.length }))}</p>\n<table>${tr(head, 'th')}${cells.map((c) => tr(c)).join('')}${tr(totals, 'th')}</table>\n${rejected}\n`;
  }
  const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
  const line = (c: string[]) => `| ${c.map(md).join(' | ')} |`;
  const out = [
    `# ${md(t('title'))}`,
    '',
    md(m.t('batch.workers', { count: rows.length })),
    '',
    line(head),
    `|${head.map(() => '---').join('|')}|`,
    ...cells.map(line),
    line(totals),
  ];
  if (b.rejected.length) {
    out.push(
      '',
      `## ${md(t('rejected'))}`,
      '',
      ...b.rejected.map((x) => `- ${md(`${t('row')} ${x.row}, ${x.field}: ${x.reason}`)}`),
    );
  }
  return `${out.join('\n')}\n`;
}

/** Everything in one document: the summary, then each worker's packet. */
export function renderBatch(b: Batch, m: Messages, format: PacketFormat): string {
  if (format === 'json') {
    return `${JSON.stringify({ summary: JSON.parse(renderSummary(b, m, 'json')), packets: b.rows.map((r) => r.packet) }, null, 2)}\n`;
  }
  if (format === 'html') {
    const body = [renderSummary(b, m, 'html'), ...b.rows.map((r) => `<hr>\n${htmlBody(r.packet)}`)].join(
      '\n',
    );
    return htmlPage(m.code, m.t('batch.title'), body);
  }
  return [renderSummary(b, m, 'md'), ...b.rows.map((r) => renderPacket(r.packet, 'md'))].join('\n---\n\n');
}

/** A file name for a worker's packet: the row number, then the reference where it is safe to use. */
export function packetFileName(r: BatchRow, format: PacketFormat): string {
  const ref = (r.account.reference ?? '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return `row-${String(r.row).padStart(4, '0')}${ref ? `-${ref}` : ''}.${format}`;
}
