# One image for every bot; the command picks the app (see compose.yaml and the README's Deploy section).
# No container runtime exists on the CI machines, so this file is not built there. Its build stage runs
# exactly the commands CI runs and tests: .ci/run installs with `pnpm install --frozen-lockfile`, and
# e2e/test/deploy.test.ts runs scripts/deploy/deploy-apps.sh and drives both deployed folders.

# --- build: install, bundle (esbuild), `pnpm deploy --prod` one folder per bot ---
FROM node:24-bookworm AS build
WORKDIR /src
COPY package.json ./
RUN npm install -g "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1]")"
COPY . .
RUN pnpm install --frozen-lockfile
RUN bash scripts/deploy/deploy-apps.sh /deploy

# --- runtime: plain node on the bundles, production dependencies only, non-root ---
FROM node:24-bookworm-slim
# Charts draw their text with DejaVu Sans (resvg reads system fonts).
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /data \
  && chown node:node /data
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /deploy /app
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# slack-bot/dist/main.js (default), discord-bot/dist/main.js, discord-bot/dist/register.js, */dist/rotate-master-key.js
CMD ["node", "slack-bot/dist/main.js"]
