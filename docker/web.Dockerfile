# syntax=docker/dockerfile:1
# Concordia web client: the Vite build served by nginx, which also proxies /api and /socket.io
# to the API replicas. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t concordia/web .

ARG NODE_IMAGE=node:20-bookworm-slim
# 1.28+: `server ... resolve` in an upstream (open source since 1.27.3) follows API replicas
# being recreated with new addresses.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Every npm workspace (libs/*) must be listed here for `npm ci` to link it.
COPY libs/contracts/package.json libs/contracts/
COPY libs/dal/package.json libs/dal/
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs libs
COPY apps/web apps/web
# The build cuts each language's time zone cities from CLDR with it (apps/web/vite-plugins/exemplar-cities.ts).
COPY tools/lib/exemplar-cities.js tools/lib/
# Source maps stay out of the public site (they would publish the client's source).
RUN npx vite build --config apps/web/vite.config.ts \
 && find apps/web/dist -name '*.map' -delete

# nginx-unprivileged runs as uid 101 and listens on 8080, so no root and no capability needed.
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx-security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/nginx-health"]
