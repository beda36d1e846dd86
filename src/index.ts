export { type CheckOptions, check, checkData, readDataSet } from './api.js';
export { UserError } from './errors.js';
export type { Finding, Undetermined } from './findings/finding.js';
export { type Result, ResultSchema } from './findings/result.js';
export { loadPack, type RulePack } from './pack/load.js';
