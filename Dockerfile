# Lotsa as a container: the API server with the built web client, for a PostgreSQL server (DATABASE_URL).
# docker build -t lotsa . ; see compose.yaml for two instances and a database, and README "Operating Lotsa".
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOTSA_DEMO=off \
    LOTSA_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# /ready is 200 when the database answers and 503 while the instance stops (SIGTERM: requests under way
# finish, then the database closes; LOTSA_SHUTDOWN_SECONDS, default 25, within the runtime's stop timeout).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["npm", "run", "--workspace", "@lotsa/server", "start"]
