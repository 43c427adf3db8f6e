# syntax=docker/dockerfile:1
# Concordia API (NestJS + socket.io). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t concordia/api .

ARG NODE_IMAGE=node:20-bookworm-slim

# --- dependencies: install from the lockfile only, so this layer is cached until it changes ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Every npm workspace (libs/*) must be listed here for `npm ci` to link it.
COPY libs/contracts/package.json libs/contracts/
COPY libs/dal/package.json libs/dal/
# No dependency install scripts (telemetry, optional downloads), as on the development machines.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS prod-deps
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# --- build: TypeScript project references compile the libraries the API depends on ---
FROM deps AS build
COPY tsconfig.base.json tsconfig.json ./
COPY libs libs
COPY apps/api apps/api
RUN npx tsc -b apps/api

# --- runtime: production dependencies and compiled output only, as the unprivileged node user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    API_HOST=0.0.0.0 \
    API_PORT=3000
WORKDIR /app
COPY --from=prod-deps /app/package.json /app/package-lock.json ./
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/libs/contracts/package.json libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/dal/package.json libs/dal/package.json
COPY --from=build /app/libs/dal/dist libs/dal/dist
COPY --from=build /app/apps/api/dist apps/api/dist
# Fail the image build, not the first login, if the native password hasher cannot load.
RUN node -e "require('@node-rs/argon2').hashSync('probe')"
USER node
EXPOSE 3000
# Ready = MongoDB and Redis answer; the slim image has no curl, Node's fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
