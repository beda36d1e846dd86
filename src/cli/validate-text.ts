import type { ValidationReport } from '../validate.js';

/** `validate` as text: one block per file, every rejection on its own line as file:row column: reason. */
export function validationText(r: ValidationReport): string {
  const out: string[] = [];
  for (const f of r.files) {
    out.push(f.file);
    if (f.kind) out.push(`  kind:      ${f.kind}${f.kind_reason ? ` (from ${f.kind_reason})` : ''}`);
    if (f.error) {
      out.push(`  error:     ${f.error}`);
      out.push('');
      continue;
    }
    const l = f.layout;
    const s = f.stats;
    if (l) {
      out.push(`  encoding:  ${l.encoding}`);
      out.push(
        `  layout:    ${l.clock ? l.clock.format : l.layout}${l.headerLine ? `, header on line ${l.headerLine}` : ''}`,
      );
      out.push(`  dates:     ${l.dateOrder}`);
      if (l.clock) {
        out.push(
          `  punches:   ${l.clock.punches} read, ${l.clock.merged} re-reads merged, ${l.clock.stretches} stretches; direction ${l.clock.direction}`,
        );
      }
      out.push('  columns:');
      for (const c of l.columns)
        out.push(`    ${c.column.padEnd(20)} <- ${c.headers.join(' + ')}  (${c.how})`);
      if (l.ignored.length) out.push(`  ignored:   ${l.ignored.join(', ')}`);
      for (const n of l.notes) out.push(`  note:      ${n}`);
    }
    if (s)
      out.push(
        `  rows:      ${s.rows_read} read, ${s.rows_used} used, ${s.rows_rejected} rejected${s.rows_skipped ? `, ${s.rows_skipped} skipped (not rows of data, or days not worked)` : ''}`,
      );
    if (f.rejected.length) {
      out.push('  rejected:');
      for (const x of f.rejected)
        out.push(`    ${x.file}:${x.row}${x.column ? ` ${x.column}` : ''}: ${x.reason}`);
    }
    // Unpaired punches are listed as rejections and ignored columns above: not twice.
    const located = f.warnings.filter(
      (w) => !w.message.startsWith('unpaired punch') && !w.message.startsWith('ignored columns'),
    );
    if (located.length) {
      out.push('  warnings:');
      for (const w of located)
        out.push(`    ${w.row ? `${w.file}:${w.row}${w.column ? ` ${w.column}` : ''}: ` : ''}${w.message}`);
    }
    out.push('');
  }
  for (const w of r.warnings) out.push(`warning: ${w.message}`);
  const n = r.files.reduce((a, f) => a + f.rejected.length, 0);
  const errors = r.files.filter((f) => f.error).length;
  out.push(
    `${r.files.length} file${r.files.length === 1 ? '' : 's'}: ${errors ? `${errors} unreadable, ` : ''}${n} row${n === 1 ? '' : 's'} rejected`,
  );
  return `${out.join('\n')}\n`;
}
