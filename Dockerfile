# syntax=docker/dockerfile:1
# Upptäck web server and indexer (one image, two commands). Meilisearch runs as its own container (docker-compose.yml).
# Node 24 LTS, the version CI also tests on (.ci/run): Node 20 is end-of-life. TypeScript runs through tsx (a runtime
# dependency); there is no build step.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Not --omit=optional: esbuild (under tsx) gets its platform binary as an optional dependency. Only the bundled
# Meilisearch binary (131 MB) is dropped; the image always talks to an external Meilisearch via MEILI_URL.
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@gaubee \
 && npm cache clean --force

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY config ./config
COPY src ./src
COPY indexer ./indexer
COPY views ./views
# /data holds indexer-state.json, shared by the web and indexer containers. The image's `node` user (uid 1000).
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# Liveness only (/healthz); readiness (/readyz, Meilisearch reachable) is checked by docker-compose.yml.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node --import tsx (not the tsx CLI): one process, which receives SIGTERM itself and shuts down cleanly.
CMD ["node", "--import", "tsx", "src/main.ts"]
