# Multi-stage build: compile the SQLite driver, generate the Prisma client, compile the TypeScript
# and build the web console (all done by `npm ci`'s postinstall) in a build stage; run the
# compiled JavaScript as a non-root user with the database on a volume, production dependencies only.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATABASE_PATH=/data/misp-topcontrib.db HTTP_HOST=0.0.0.0 HTTP_PORT=4000
# A heap ceiling keeps a million-attribute day near 440 MB of RSS (README, Figures).
ENV NODE_OPTIONS=--max-old-space-size=512
RUN useradd --system --uid 10001 --home /app misp-topcontrib && mkdir /data && chown misp-topcontrib /data
WORKDIR /app
COPY --from=build --chown=misp-topcontrib /app/package.json ./
COPY --from=build --chown=misp-topcontrib /app/bin ./bin
COPY --from=build --chown=misp-topcontrib /app/dist ./dist
COPY --from=build --chown=misp-topcontrib /app/prisma ./prisma
COPY --from=build --chown=misp-topcontrib /app/assets ./assets
COPY --from=build --chown=misp-topcontrib /app/build ./build
COPY --from=build --chown=misp-topcontrib /app/node_modules ./node_modules
USER misp-topcontrib
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/misp-topcontrib.js", "serve"]
