// Builds the server (and, once it exists, the widget) into dist/ with esbuild.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

// The server, and beside it the statistics backup (`node dist/reservekopie.js`), which runs in the same image.
await build({
  entryPoints: { server: 'server/index.ts', reservekopie: 'server/reservekopie.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})

// The widget: one file for the gemeente's site (issue 5). The server serves it with an ETag and
// under a content-hashed name; test/widget/grootte.test.ts holds it to 25 KB gzip.
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
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  })
  const kb = (gzipSync(readFileSync('dist/widget.js')).length / 1024).toFixed(1)
  console.log(`dist/widget.js: ${kb} KB gzip`)
}
