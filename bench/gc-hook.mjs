// Loaded by `scripts/bench.mjs` into the server process it measures for memory, with
// `node --expose-gc --import ./bench/gc-hook.mjs dist/server.js`. Never used in production.
// On SIGUSR2: two full garbage collections, then one line with process.memoryUsage() on stderr,
// so RSS and heap are read after the garbage is gone, not while it happens to be around.
process.on('SIGUSR2', () => {
  globalThis.gc?.()
  globalThis.gc?.()
  process.stderr.write(`BENCH_MEM ${JSON.stringify(process.memoryUsage())}\n`)
})
