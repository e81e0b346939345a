// Builds the server (and, once it exists, the widget) into dist/ with esbuild.
import { existsSync } from 'node:fs'
import { build } from 'esbuild'

await build({
  entryPoints: ['server/index.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})

if (existsSync('widget/index.tsx')) {
  await build({
    entryPoints: ['widget/index.tsx'],
    outfile: 'dist/widget.js',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  })
}
