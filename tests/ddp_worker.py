"""One rank of the DDP test (tests/test_distributed.py), started by ``torchrun --nproc_per_node=2``.

Trains a TinyNet under DistributedDataParallel (gloo, CPU) for 2 epochs with the TransferCallback on every rank, as a
user would. Rank 0 saves the model state at each epoch's end (before the callback probes it); each rank writes what
it saw to ``rank<r>.json``: when its callback calls began and ended and when it started each epoch's first training
step.

SyncBatchNorm: on CPU, torch refuses it in DDP ("SyncBatchNorm layers only work with GPU modules") and in training
mode, so the DDP model here has BatchNorm2d; a second callback follows a SyncBatchNorm copy of the model (converted
with ``convert_sync_batchnorm``, given the DDP model's weights at every epoch end) inside the same process group, where
an eval-mode SyncBatchNorm must not synchronise.
"""
import json
import sys
import time
from pathlib import Path

import torch
import torch.distributed as dist
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tiny_runs import CLASSES, TinyNet, make_domain  # noqa: E402

from tb_transfer import TransferCallback  # noqa: E402

PROBE = 16


def main(out: Path) -> None:
    dist.init_process_group("gloo")
    rank = dist.get_rank()
    torch.manual_seed(0)
    model = TinyNet()
    ddp = nn.parallel.DistributedDataParallel(model)
    probes = dict(source=make_domain(32, "source", 1), target=make_domain(32, "target", 2), class_names=list(CLASSES),
                  probe_size=PROBE)
    cb = TransferCallback(ddp, log_dir=str(out / "run"), **probes)
    sync = nn.SyncBatchNorm.convert_sync_batchnorm(TinyNet())
    sync.load_state_dict(model.state_dict())
    cb_sync = TransferCallback(sync, log_dir=str(out / "sync"), **probes)
    if rank == 0:
        torch.save(model.state_dict(), out / "state0.pt")
    train = make_domain(64, "target", 3)
    sampler = torch.utils.data.DistributedSampler(train, shuffle=True, seed=0)
    loader = torch.utils.data.DataLoader(train, batch_size=16, sampler=sampler)
    optimizer = torch.optim.SGD(ddp.parameters(), lr=0.05, momentum=0.9)
    log = []
    for epoch in range(2):
        sampler.set_epoch(epoch)
        ddp.train()
        for i, (x, y) in enumerate(loader):
            if i == 0:
                log.append({"event": "first_step", "epoch": epoch, "t": time.time()})
            optimizer.zero_grad()
            nn.functional.cross_entropy(ddp(x), y).backward()
            optimizer.step()
        if rank == 0:
            torch.save(model.state_dict(), out / f"state{epoch + 1}.pt")
        t0 = time.time()
        cb.on_epoch_end(epoch)
        log.append({"event": "callback", "epoch": epoch, "t": t0, "end": time.time()})
        sync.load_state_dict(model.state_dict())
        cb_sync.on_epoch_end(epoch)
    cb.close()
    cb_sync.close()
    (out / f"rank{rank}.json").write_text(json.dumps({"rank": rank, "log": log, "writes": cb._writer is not None,
                                                      "sync_bn": type(sync.features[1]).__name__}))
    dist.destroy_process_group()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
