# The GraphQL server. Workspace packages export TypeScript sources, run with tsx.
FROM node:20-bookworm-slim
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0
RUN corepack enable
# Noto Sans CJK for the agreement PDF (PARLEY_PDF_FONT defaults to its NotoSansCJK-Regular.ttc).
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc tsconfig.base.json schema.graphql ./
COPY packages/engine packages/engine
COPY packages/embedded-db packages/embedded-db
COPY packages/server packages/server
# The admin's persisted-query manifest, for PARLEY_PERSISTED_QUERIES=allow-list.
COPY packages/admin/src/generated/persisted-documents.json packages/admin/src/generated/persisted-documents.json
RUN pnpm install --frozen-lockfile --filter @parley/server... --filter parley
USER node
EXPOSE 4000
# Run with node directly: signals reach the server (pnpm does not forward SIGTERM), and no package
# manager is needed at run time.
CMD ["node", "--import", "tsx", "packages/server/src/main.ts"]
