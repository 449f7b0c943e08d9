#!/usr/bin/env bash
# The main job: train the offline example runs (source pretraining + 3 fine-tuning runs, under 3 minutes on
# 2 idle CPU cores; the pretrained source model is cached for reruns), then serve them in TensorBoard with the Transfer
# tab. Usage: scripts/demo.sh [LOGDIR] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
logdir="${1:-runs}"
port="${2:-6006}"
.venv/bin/python examples/demo.py --logdir "$logdir"
echo "Open http://localhost:${port}/#tb_transfer"
exec .venv/bin/tensorboard --logdir "$logdir" --port "$port" --bind_all
