// The CLI from dist/src's own modules rather than the bundle the bin loads (dist/cli/), for the
// bench's CPU profile: its stages are told by source file, which a bundle's chunks hide.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=50'); // as the bin sets it
const { main } = await import('../../dist/src/cli/main.js');
process.exitCode = await main(process.argv);
