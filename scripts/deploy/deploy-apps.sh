#!/usr/bin/env bash
# Builds every app and writes one deployable folder per bot into OUT (default ./deploy):
#   OUT/slack-bot and OUT/discord-bot, each with dist/, package.json and only its production
#   node_modules, started with `npm start` (plain node, no tsx, no TypeScript, no workspace package).
# The Dockerfile's build stage runs exactly this script, and CI runs it too (e2e/test/deploy), so the
# image's steps are the tested ones. Run after `pnpm install --frozen-lockfile`.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-deploy}"

pnpm build
for app in slack-bot discord-bot; do
  rm -rf "${out:?}/$app"
  pnpm --filter "@altum-chat/$app" deploy --prod "$out/$app"
done
