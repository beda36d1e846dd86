import { defineConfig } from 'vitest/config';

// The test set Stryker runs (npm run mutate): the in-process tests only. Tests that spawn the
// built CLI run an unmutated child process, so they cannot kill a mutant and only slow each run.
// MUTATE_TESTS narrows it further (comma-separated globs) for a quick run on one file.
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only?.length ? only : ['test/**/*.test.ts'],
    exclude: [
      'test/cli.test.ts',
      'test/cli/**',
      'test/docs/**',
      'test/install.test.ts',
      'test/speed/**',
      'test/report/**',
      'test/robust/**',
      'test/inputs/cli.test.ts',
      'test/inputs/malformed.test.ts',
      'test/inputs/sniff.test.ts',
      'test/inputs/field.test.ts',
      'test/screen/cli.test.ts',
    ],
    setupFiles: ['test/schemas-setup.ts'],
    testTimeout: 30_000,
  },
});
