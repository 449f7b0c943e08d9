#!/usr/bin/env bash
# Creates .venv with everything tb-transfer needs (idempotent). Sourced by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c "import torch, torchvision" 2>/dev/null; then
  .venv/bin/pip install -q --upgrade pip
  # The torch and torchvision pair that import together (see README: other pairs break torchvision's ops).
  .venv/bin/pip install -q "torch==2.14.1" "torchvision==0.29.1"
fi
.venv/bin/pip install -q -e ".[torch]" tqdm
