import { loadIndicatorSchemas } from '../src/evaluate/signals/indicators.js';
import { loadRuleSchemas } from '../src/pack/load.js';
import { loadProfileSchema } from '../src/parse/profile.js';

// The zod schemas of rule files, indicators and profiles are loaded only when needed, and a
// synchronous load not preceded by its loader `require`s the built module. Tests run the
// TypeScript sources, which `require` cannot load: each test file loads them first. (The CLI
// tests run the built command, where the synchronous load is what runs.)
await loadRuleSchemas();
await loadIndicatorSchemas();
await loadProfileSchema();
