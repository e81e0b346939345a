# Werkwijzer as one container image. Build: docker build -t werkwijzer .   (or buildah bud, podman build)
# Run:   docker run -p 8787:8787 -e GEMEENTE=assen -e REDIS_URL=redis://valkey:6379 werkwijzer
# See "In productie" in README.md. test/runtime.test.ts rebuilds the runtime stage below in a temporary
# folder (the same COPY lines, then the deps stage's own npm ci) and checks that it serves without dev
# dependencies.
#
# Build arguments, all optional:
#   NPM_REGISTRY  a mirror of the npm registry (Nexus, Artifactory, Verdaccio); the lockfile's packages
#                 and their hashes stay the same, only where npm fetches them changes.
#   CA_BUNDLE     extra CA certificates in PEM, as text, for a TLS-inspecting proxy or an internal mirror:
#                 docker build --build-arg "CA_BUNDLE=$(cat bedrijfs-ca.pem)" .
#   VERSION, REVISION, CREATED   for the OCI labels (the version, the git commit, the build time).
#   NODE_IMAGE    the base image, for a mirror of Docker Hub or a hardened base.

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NPM_REGISTRY=https://registry.npmjs.org/
ARG CA_BUNDLE=""

# 1. build: all dependencies (esbuild, TypeScript types), then the server and widget into dist/, and the
#    SBOM of what the runtime stage will hold (dist/sbom.cdx.json).
FROM ${NODE_IMAGE} AS build
ARG NPM_REGISTRY
ARG CA_BUNDLE
WORKDIR /app
# better-sqlite3 compiles its addon when no prebuilt one fits; only this stage has the tools for it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN if [ -n "$CA_BUNDLE" ]; then printf '%s\n' "$CA_BUNDLE" > /tmp/ca.pem; export NODE_EXTRA_CA_CERTS=/tmp/ca.pem; fi \
 && npm ci --registry="$NPM_REGISTRY" --no-audit --no-fund \
 && rm -f /tmp/ca.pem
COPY . .
RUN npm run build && npm run sbom

# 2. deps: production dependencies only, compiled here so the runtime stage needs no build tools.
#    No TypeScript: the project installs it under another name (typescript-dev in package.json), so it is
#    not also the optional peer of i18next that npm kept under --omit=dev (23 MB).
FROM ${NODE_IMAGE} AS deps
ARG NPM_REGISTRY
ARG CA_BUNDLE
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN if [ -n "$CA_BUNDLE" ]; then printf '%s\n' "$CA_BUNDLE" > /tmp/ca.pem; export NODE_EXTRA_CA_CERTS=/tmp/ca.pem; fi \
 && npm ci --omit=dev --registry="$NPM_REGISTRY" --no-audit --no-fund \
 && rm -f /tmp/ca.pem \
 && npm cache clean --force

# 3. runtime: dist/ (with the SBOM), production node_modules, texts and gemeente profiles. No npm run, no
#    compiler, no CA bundle or registry from the build.
FROM ${NODE_IMAGE} AS runtime
ARG VERSION=1.0.0
ARG REVISION=""
ARG CREATED=""
LABEL org.opencontainers.image.title="Werkwijzer" \
      org.opencontainers.image.description="Gespreksassistent in eenvoudig Nederlands over re-integratievoorzieningen (Participatiewet)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.licenses="EUPL-1.2" \
      org.opencontainers.image.source="https://example.org/werkwijzer.git" \
      org.opencontainers.image.documentation="https://example.org/werkwijzer.git#readme" \
      org.opencontainers.image.base.name="node:20-bookworm-slim"
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
# node itself is PID 1 (no npm, no shell): SIGTERM reaches the server, which drains and exits (0, or 1 when
# it had to cut running requests).
CMD ["node", "dist/server.js"]
