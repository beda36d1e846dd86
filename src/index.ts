export { type CheckOptions, check, checkData, readDataSet } from './api.js';
export { UserError } from './errors.js';
export { applyBaseline, loadBaseline } from './findings/baseline.js';
export type { Finding, Undetermined } from './findings/finding.js';
export { pseudonym, redact, redactKey } from './findings/redact.js';
export { type Result, ResultSchema } from './findings/result.js';
export { applyWaivers, loadWaivers, parseWaivers } from './findings/waivers.js';
export { loadPack, type RulePack } from './pack/load.js';
export { FORMATS, type Format, type ReportOptions, render, ruleInfo } from './report/index.js';
