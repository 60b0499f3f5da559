# An image of the command line `iov` for clusters (docs/sweeps.md): a slim Node image with the
# prebuilt CLI, `iov` as its entry point.
#   docker build -t iov-studio/iov .
#   docker run --rm -v "$PWD:/work" iov-studio/iov sweep design.json --vary hba=1..4 --out sweep.jsonl
# The CLI bundle comes from `npm run build:cli` (esbuild): dist-cli/iov.mjs, and dist-cli/runThread.mjs,
# the entry of its worker threads (src/cli/threadPool.ts looks for it beside the bundle).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build:cli

FROM node:20-bookworm-slim
ENV NODE_ENV=production NO_COLOR=1
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist-cli/ ./dist-cli/
# `iov export --format png`: the rasterizer is a native addon, kept out of the bundle (its package and
# this platform's binary), and it draws with the bundled font, read from its package at run time.
COPY --from=build /app/node_modules/@resvg/ ./node_modules/@resvg/
COPY --from=build /app/node_modules/@fontsource/inter/ ./node_modules/@fontsource/inter/
# `iov` on the PATH too, for a shell in the image (Kubernetes and Slurm scripts call it by name).
RUN printf '#!/bin/sh\nexec node /app/dist-cli/iov.mjs "$@"\n' > /usr/local/bin/iov && chmod 755 /usr/local/bin/iov
USER node
WORKDIR /work
ENTRYPOINT ["iov"]
CMD ["--help"]
