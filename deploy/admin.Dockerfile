# The admin SPA: built with Vite, served by nginx, which proxies /graphql to the server.
FROM node:20-bookworm-slim AS build
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0
RUN corepack enable
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json schema.graphql ./
COPY packages/engine packages/engine
COPY packages/admin packages/admin
RUN pnpm install --frozen-lockfile --filter @parley/admin... --filter parley
RUN pnpm --filter @parley/admin build

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/packages/admin/dist /usr/share/nginx/html
