# Werkwijzer as one container image. Build: docker build -t werkwijzer .
# Run:   docker run -p 8787:8787 -e REDIS_URL=redis://redis:6379 werkwijzer
# See "In productie" in README.md. test/runtime.test.ts rebuilds the runtime stage below in a temporary
# folder (the same COPY lines, then npm ci --omit=dev) and checks that it serves without dev dependencies.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. build: all dependencies (esbuild, TypeScript types), then the server and widget into dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 compiles its addon when no prebuilt one fits; only this stage has the tools for it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. deps: production dependencies only, compiled here so the runtime stage needs no build tools.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. runtime: dist/, production node_modules, texts and gemeente profiles. No npm run, no compiler.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    STATISTIEKEN_PAD=/app/data/statistieken.db
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/locales ./locales
COPY --from=build /app/gemeenten ./gemeenten
COPY --from=build /app/regels ./regels
# The only place the process writes without Redis (SQLite statistics); mount a volume here.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
# The image's own user "node" (uid 1000), never root; files stay root-owned, so the code is read-only to it.
USER 1000:1000
EXPOSE 8787
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (no npm, no shell): SIGTERM reaches the server, which drains and exits 0.
CMD ["node", "dist/server.js"]
