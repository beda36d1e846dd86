#!/usr/bin/env node
// The labour-check command: a thin shim over the built CLI in dist/.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);
