#!/usr/bin/env bash
# Every test: frontend unit tests, a check that the committed bundle is what the sources build to, and the Python
# suite (measures, callback, plugin on both TensorBoard loaders, examples, headless-Chromium browser tests).
# Installs what it needs on a fresh machine: venv + pip packages, npm packages, Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
.venv/bin/pip install -q pytest pytest-timeout playwright
# The integrations' frameworks (extras [lightning], [hf], [timm]), with torch and torchvision pinned in the same
# command (the pair setup_env.sh installs), so that resolving them can never replace it; then checked.
.venv/bin/pip install -q -e ".[torch,lightning,hf,timm]" "torch==2.14.1" "torchvision==0.29.1"
.venv/bin/python -c "import torch, torchvision as tv; v = (torch.__version__.split('+')[0], tv.__version__.split('+')[0])
assert v == ('2.14.1', '0.29.1'), f'installing the extras changed torch/torchvision to {v}'"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(
  cd tb_transfer_frontend
  npm ci --no-audit --no-fund --loglevel=error
  npm test
  npm run build
)
if [ -n "$(git status --porcelain -- tb_transfer/static)" ]; then
  echo "tb_transfer/static differs from what tb_transfer_frontend builds to: run 'npm run build' there and commit." >&2
  git status --short -- tb_transfer/static >&2
  exit 1
fi
.venv/bin/python -m pytest tests -q -p no:cacheprovider --timeout=600 "$@"
