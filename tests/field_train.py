"""A training script for the fault tests (run as a real subprocess): TinyNet fine-tuned with the callback, a
checkpoint (model, optimizer, callback state_dict) saved after every epoch, resumed from it when one exists.

Environment: LOGDIR, CKPT, EPOCHS; CRASH_AT_STEP=N kills the process (SIGKILL) half-way through writing step N's
event; KILL_AFTER_WRITE=N kills it after step N is written but before its checkpoint is saved; FSIZE_AFTER_STEP=N
then caps the file size (RLIMIT_FSIZE, as on a full disk) just above what is written after step N.
BATCH: training batch size (default 32: one optimizer step an epoch); TRAIN_STEPS=1 calls on_train_step after every
optimizer step (counted across epochs and restarts); EXIT_AT_TRAIN_STEP=N ends the process (os._exit, no close, no
checkpoint) right after train step N is written; STOP_AT_TRAIN_STEP=N closes the callback and exits cleanly there
(a run still training, as seen live); SEED seeds the training; RESTORE_RNG=0 resumes without the checkpoint's RNG
state (nondeterministic training: the resumed run computes other values than the lost process did).
"""
import os
import resource
import signal
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tiny_runs import CLASSES, TinyNet, make_domain  # noqa: E402

from tb_transfer import TransferCallback  # noqa: E402
from tb_transfer import summary as tb_summary  # noqa: E402

logdir, ckpt, epochs = os.environ["LOGDIR"], os.environ["CKPT"], int(os.environ.get("EPOCHS", "5"))
crash_at = int(os.environ.get("CRASH_AT_STEP", "-1"))
kill_after = int(os.environ.get("KILL_AFTER_WRITE", "-1"))
fsize_after = int(os.environ.get("FSIZE_AFTER_STEP", "-1"))
batch = int(os.environ.get("BATCH", "32"))
train_steps = os.environ.get("TRAIN_STEPS") == "1"
exit_at = int(os.environ.get("EXIT_AT_TRAIN_STEP", "-1"))
stop_at = int(os.environ.get("STOP_AT_TRAIN_STEP", "-1"))

if crash_at >= 0:  # torn write: the event of step crash_at is half on disk when the process dies
    from tensorboard.summary.writer import record_writer

    armed = {"on": False}
    original_write_step = tb_summary.RecordWriter._write  # every event of a step goes through it

    def write_step(self, step, values):
        armed["on"] = step == crash_at
        return original_write_step(self, step, values)

    original_write = record_writer.RecordWriter.write

    def write(self, data):
        if armed["on"]:
            import struct

            header = struct.pack("<Q", len(data))
            self._writer.write(header + struct.pack("<I", record_writer.masked_crc32c(header)) + data[: len(data) // 2])
            self._writer.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return original_write(self, data)

    tb_summary.RecordWriter._write = write_step
    record_writer.RecordWriter.write = write

torch.manual_seed(int(os.environ.get("SEED", "0")))
model = TinyNet()
source, target = make_domain(16, "source", 1), make_domain(16, "target", 2)
train = torch.utils.data.DataLoader(make_domain(32, "target", 3), batch_size=batch, shuffle=True)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
cb = TransferCallback(model, source=source, target=target, class_names=list(CLASSES), log_dir=logdir,
                      probe_size=8, layers=["features.4"])
start = k = 0
if os.path.exists(ckpt):  # the documented resume path
    state = torch.load(ckpt)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    cb.load_state_dict(state["callback"])
    start, k = state["epoch"] + 1, state.get("k", 0)
    if os.environ.get("RESTORE_RNG", "1") == "1":
        torch.set_rng_state(state["rng"])
for epoch in range(start, epochs):
    model.train()
    for x, y in train:
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        k += 1
        if train_steps:
            cb.on_train_step(k)
        if k == exit_at:
            cb.flush()
            os._exit(3)
        if k == stop_at:
            cb.close()
            print("STOPPED", flush=True)
            sys.exit(0)
    cb.on_epoch_end(epoch)
    if epoch + 1 == kill_after:
        cb.flush()  # background mode: step epoch + 1 is written once the worker has done it
        os.kill(os.getpid(), signal.SIGKILL)
    if epoch + 1 == fsize_after:
        cb.flush()  # background mode: the disk fills up after step epoch + 1 is written
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # as on a full disk: writes fail, no signal
        size = sum(os.path.getsize(os.path.join(logdir, f)) for f in os.listdir(logdir))
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + 3000, size + 3000))
    state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "callback": cb.state_dict(),
             "epoch": epoch, "rng": torch.get_rng_state(), "k": k}
    if fsize_after < 0:
        torch.save(state, ckpt + ".tmp")
        os.replace(ckpt + ".tmp", ckpt)  # atomic: a checkpoint is whole or absent
    print(f"epoch {epoch} loss {loss.item():.4f}", flush=True)
cb.close()
print("TRAINING DONE", flush=True)
