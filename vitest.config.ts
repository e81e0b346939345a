import { defineConfig } from 'vitest/config'

export default defineConfig({
  // vitest 4 transforms with oxc: JSX for the Preact widget and its component tests.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Every process a test starts ends with the run, and the run fails if one does not (issue 32).
    globalSetup: ['test/testrun.ts'],
    setupFiles: ['test/opruimen.ts'],
  },
})
