// The parse stage's entry points: rows of a file to typed records or located rejections, and
// the files of a data set assembled. Each responsibility is a module of its own:
// dataset.ts (what the stage hands on), header.ts (which row is the header, which column is
// which), cells.ts (a cell to its canonical text), grid.ts (a table file to records),
// clock-rows.ts (punches to stretches), rejections.ts (how a rejected row is located and
// worded), stretches.ts (order, night shifts, overlaps), assemble.ts (the files together),
// fast-rows.ts (the fast path for plain cells).

export { assemble } from './assemble.js';
export { isMissingPunch } from './clock-rows.js';
export type {
  ColumnUse,
  DataSet,
  InputOptions,
  InputStats,
  LayoutInfo,
  LostDate,
  LostDay,
  LostPay,
  LostPayRow,
  NotWorkedDay,
  Parsed,
  Rejection,
  UndatedRow,
  Warning,
} from './dataset.js';
export { DateOrderChanged, type DateOrderState } from './date-order.js';
export {
  batchDateOrderWarnings,
  batchHeader,
  notWorkedWarning,
  parseGrid,
  parseTable,
  skippedWarnings,
} from './grid.js';
export { guessKind, type HeaderInspection, inspectHeader } from './header.js';
export { undatedHours } from './rejections.js';
export { cmp, dropOverlaps, placeAfterMidnight, sortStretches, stretchOrder } from './stretches.js';
