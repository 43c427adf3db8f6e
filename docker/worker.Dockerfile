# syntax=docker/dockerfile:1
# Concordia worker (BullMQ job processors). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t concordia/worker .

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Every npm workspace (libs/*) must be listed here for `npm ci` to link it.
COPY libs/contracts/package.json libs/contracts/
COPY libs/dal/package.json libs/dal/
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS prod-deps
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY tsconfig.base.json tsconfig.json ./
COPY libs libs
COPY apps/worker apps/worker
RUN npx tsc -b apps/worker

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
COPY --from=prod-deps /app/package.json /app/package-lock.json ./
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/libs/contracts/package.json libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/dal/package.json libs/dal/package.json
COPY --from=build /app/libs/dal/dist libs/dal/dist
COPY --from=build /app/apps/worker/dist apps/worker/dist
USER node
# SIGTERM stops fetching jobs and lets running ones finish before exiting 0; give it time with
# the orchestrator's grace period (compose: stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "apps/worker/dist/main.js"]
