"""The fixed probe sets of :class:`~tb_transfer.TransferCallback`: selection, loading and thumbnails.

A probe set is a seeded, class-stratified subset of a user's dataset (or of a DataLoader's dataset), loaded once into
a CPU tensor so that every step sees exactly the same images, whatever random transforms the dataset applies later.
Each instance is read with the global RNGs seeded from the seed and that instance alone, so a random transform draws
the same for it at every restart, whatever was read before.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import math
import random
from typing import Any, Sequence

import numpy as np
import torch

# An iterable dataset is read up to this many probe sizes before selecting from what was read.
_ITERABLE_CAP = 50
# Instances read twice more (with other seeds) to tell whether the pipeline is random.
_RANDOM_CHECK = 4


@dataclasses.dataclass
class ProbeSet:
    """One domain's probe instances: ``images`` [n, ...] on CPU (the dtype the user's pipeline yields), ``labels`` int64 [n], ``index`` int64 [n]
    (positions in the user's dataset, or in iteration order for iterable datasets)."""

    images: torch.Tensor
    labels: np.ndarray
    index: np.ndarray
    random: bool | None = None  # reading the same instances again gave other images (None: not checked)

    def __len__(self) -> int:
        return len(self.labels)


def _dataset_of(data: Any) -> Any:
    return data.dataset if isinstance(data, torch.utils.data.DataLoader) else data


def _is_map_style(dataset: Any) -> bool:
    return hasattr(dataset, "__getitem__") and hasattr(dataset, "__len__") and not isinstance(
        dataset, torch.utils.data.IterableDataset)


def _as_label(value: Any, what: str) -> int:
    if isinstance(value, torch.Tensor):
        if value.numel() != 1:
            raise ValueError(f"{what}: labels must be class indices (scalars), got a tensor of shape "
                             f"{tuple(value.shape)}")
        value = value.item()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise ValueError(f"{what}: labels must be integer class indices, got {value!r}")
    return int(value)


def _as_image(value: Any, what: str) -> torch.Tensor:
    """One input as the model will get it: a CPU tensor of the dtype the pipeline produced (integer pixels stay
    integer: the probe passes hand the model exactly what training hands it)."""
    if isinstance(value, np.ndarray):
        value = torch.from_numpy(np.ascontiguousarray(value))
    if not isinstance(value, torch.Tensor):
        kind = "a PIL image" if type(value).__module__.startswith("PIL") else type(value).__name__
        raise TypeError(f"{what}: images must reach the model as tensors (or numpy arrays), got {kind}; give the "
                        "dataset a transform such as torchvision.transforms.ToTensor() (plus the normalisation the "
                        "model expects), or a DataLoader whose collate_fn makes tensors")
    if value.is_complex() or value.dtype == torch.bool:
        raise TypeError(f"{what}: images of dtype {value.dtype} cannot be model inputs")
    return value.detach().cpu()


IMAGE_KEYS = ("image", "images", "pixel_values", "img", "input", "inputs", "x")
LABEL_KEYS = ("label", "labels", "target", "targets", "y")


def pair(item: Any, what: str) -> tuple[Any, Any]:
    """``(inputs, labels)`` of one sample or batch: an ``(image, label, ...)`` tuple/list, or a dict with an image key
    (:data:`IMAGE_KEYS`) and a label key (:data:`LABEL_KEYS`). Raises TypeError with what was found otherwise."""
    if isinstance(item, dict):
        image = next((k for k in IMAGE_KEYS if k in item), None)
        label = next((k for k in LABEL_KEYS if k in item), None)
        if image is None or label is None:
            raise TypeError(f"{what}: dict samples need an image key (one of {', '.join(IMAGE_KEYS)}) and a label "
                            f"key (one of {', '.join(LABEL_KEYS)}); got keys {sorted(map(str, item))[:10]}")
        return item[image], item[label]
    if not isinstance(item, (tuple, list)) or len(item) < 2:
        raise TypeError(f"{what}: items must be (image, label) pairs or dicts with image and label keys, got "
                        f"{type(item).__name__}")
    return item[0], item[1]



def _known_labels(dataset: Any) -> np.ndarray | None:
    """All labels of a map-style dataset without loading its images, when the dataset says them (and does not
    remap them with a ``target_transform``)."""
    try:
        if getattr(dataset, "target_transform", None) is not None:
            return None  # .targets are the labels before the transform: read the items instead
        if isinstance(dataset, torch.utils.data.TensorDataset) and len(dataset.tensors) >= 2:
            labels = dataset.tensors[1]
        elif isinstance(dataset, torch.utils.data.Subset):
            parent = _known_labels(dataset.dataset)
            return None if parent is None else parent[np.asarray(dataset.indices, dtype=np.int64)]
        elif hasattr(dataset, "targets"):  # torchvision's ImageFolder, MNIST, CIFAR, ...
            labels = dataset.targets
        else:
            return None
        labels = np.asarray(labels.cpu() if isinstance(labels, torch.Tensor) else labels)
        if labels.ndim != 1 or len(labels) != len(dataset) or not np.issubdtype(labels.dtype, np.integer):
            return None
        return labels.astype(np.int64)
    except Exception:  # an unusual dataset: fall back to reading labels item by item
        return None


def stratified_indices(labels: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """Up to ``size`` positions into ``labels``, as balanced over classes as the data allow, sorted.

    Classes are visited round-robin in a seeded order, each drawing from its own seeded permutation, so every class
    gets ``size // n_classes`` instances (or all it has) and the leftovers go to the classes with more data.
    """
    labels = np.asarray(labels)
    if len(labels) <= size:
        return np.arange(len(labels), dtype=np.int64)
    classes = np.unique(labels)
    pools = [rng.permutation(np.flatnonzero(labels == c)) for c in classes[rng.permutation(len(classes))]]
    chosen: list[int] = []
    depth = 0
    while len(chosen) < size:
        for pool in pools:
            if depth < len(pool):
                chosen.append(int(pool[depth]))
                if len(chosen) == size:
                    break
        depth += 1
    return np.sort(np.asarray(chosen, dtype=np.int64))


def _unbatch(batch: Any, batched: bool, what: str) -> list[tuple[Any, Any]]:
    """Per-sample ``(input, label)`` of one loader output (a collated batch when ``batched``)."""
    x, y = pair(batch, what)
    if not batched:
        return [(x, y)]
    if not isinstance(x, (torch.Tensor, np.ndarray)) or x.ndim < 1:
        raise TypeError(f"{what}: the DataLoader's batches must hold a tensor of inputs [batch, ...], got "
                        f"{type(x).__name__}")
    ys = y.reshape(-1) if isinstance(y, (torch.Tensor, np.ndarray)) else list(y)
    if len(ys) != len(x):
        raise ValueError(f"{what}: a batch has {len(x)} inputs but {len(ys)} labels")
    return list(zip(x, ys))


def instance_seed(seed: int, stream: int, index: int, draw: int = 0) -> int:
    """The seed an instance is read with: a 64-bit function of the probe ``seed``, the ``stream`` (0 source, 1
    target), the instance's ``index`` and the ``draw`` (0 for the probe images, others for the randomness check)."""
    key = f"{seed},{stream},{index},{draw}".encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")


def reseed(seed: int) -> None:
    """Seed the global RNGs a data pipeline draws from: torch's CPU generator (torchvision's transforms), numpy's
    legacy one and Python's ``random``. The caller saves and restores them (see ``TransferCallback._isolated``)."""
    torch.default_generator.manual_seed(seed)
    np.random.seed(seed % 2 ** 32)
    random.seed(seed)


class _Seeded(torch.utils.data.Dataset):
    """Items ``indices`` of a map-style ``dataset``, each read right after :func:`reseed` with its own seed."""

    def __init__(self, dataset: Any, indices: Sequence[int], seeds: Sequence[int]):
        self.dataset, self.indices, self.seeds = dataset, [int(i) for i in indices], list(seeds)

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, k: int) -> Any:
        reseed(self.seeds[k])
        return self.dataset[self.indices[k]]


def _pipeline(loader: torch.utils.data.DataLoader, dataset: Any, what: str) -> list[tuple[Any, Any]]:
    """The samples of ``dataset`` (the loader's map-style dataset, or a view of it) through the loader's own
    pipeline: the dataset's transforms and the loader's ``collate_fn``, batched as the loader batches (in order, no
    shuffling, in this process)."""
    batched = loader.batch_sampler is not None  # automatic batching; off when batch_size=None
    batch_size = (loader.batch_size or 64) if batched else None
    own = torch.utils.data.DataLoader(dataset, batch_size=batch_size, shuffle=False, collate_fn=loader.collate_fn,
                                      num_workers=0)
    items: list[tuple[Any, Any]] = []
    for batch in own:
        items.extend(_unbatch(batch, batched, what))
    return items


def _read(data: Any, indices: np.ndarray, seed: int, stream: int, draw: int, what: str) -> list[tuple[Any, Any]]:
    """Items ``indices`` of a map-style Dataset (or a DataLoader's), each read under :func:`instance_seed`."""
    dataset = _dataset_of(data)
    view = _Seeded(dataset, indices, [instance_seed(seed, stream, int(i), draw) for i in indices])
    if isinstance(data, torch.utils.data.DataLoader):
        return _pipeline(data, view, what)
    return [pair(view[k], what) for k in range(len(view))]


def _differ(a: list[tuple[Any, Any]], b: list[tuple[Any, Any]], what: str) -> bool:
    """Whether two reads of the same instances gave other images."""
    return len(a) != len(b) or any(not torch.equal(_as_image(x, what), _as_image(y, what))
                                   for (x, _), (y, _) in zip(a, b))


def select(data: Any, size: int, rng: np.random.Generator, what: str,
           indices: Sequence[int] | None = None, *, seed: int = 0, stream: int = 0, check: bool = True) -> ProbeSet:
    """Select and load a probe set from a Dataset or DataLoader of ``(image, label)`` pairs (or dicts with image and
    label keys).

    The images are what the model gets in training: with a DataLoader over a map-style dataset the chosen samples
    go through the loader's own ``collate_fn`` (and the dataset's transforms). ``rng`` draws the selection;
    ``indices`` (from a saved state) selects exactly those instances instead. Each instance of a map-style dataset
    is read right after :func:`reseed` with ``instance_seed(seed, stream, index)``, so a random transform gives an
    instance the same image whether it was selected now or restored from ``indices`` (an iterable dataset is read
    in order after one reseed). This changes the global RNGs: call it with their states saved and restored.
    ``check``: read the first few instances twice more with other seeds and set ``random`` to whether they came
    back different (random transforms); ``None`` when unchecked or when an iterable dataset cannot be read again.
    """
    if data is None:
        raise ValueError(f"{what}: a probe set is required (a Dataset or DataLoader of (image, label))")
    dataset = _dataset_of(data)
    loader = data if isinstance(data, torch.utils.data.DataLoader) else None
    if _is_map_style(dataset):
        n = len(dataset)
        if n == 0:
            raise ValueError(f"{what}: the probe set is empty")
        if indices is None:
            labels = _known_labels(dataset)
            if labels is None:
                samples = _pipeline(loader, dataset, what) if loader is not None else (
                    pair(dataset[i], what) for i in range(n))
                labels = np.array([_as_label(y, what) for _, y in samples], np.int64)
            indices = stratified_indices(labels, size, rng)
        indices = np.asarray(indices, dtype=np.int64)
        if len(indices) == 0 or indices.min() < 0 or indices.max() >= n:
            raise ValueError(f"{what}: probe indices out of range for a dataset of {n} items")
        items = _read(data, indices, seed, stream, 0, what)
        random_ = None
        if check:
            few = indices[:_RANDOM_CHECK]
            random_ = _differ(_read(data, few, seed, stream, 1, what), _read(data, few, seed, stream, 2, what), what)
    else:  # iterable: read (up to a cap) in iteration order, then select
        cap = max(size, 1) * _ITERABLE_CAP
        batched = loader is not None and loader.batch_sampler is not None

        def stream_of(draw: int, limit: int) -> list[tuple[Any, Any]]:
            reseed(instance_seed(seed, stream, 0, draw))
            read: list[tuple[Any, Any]] = []
            for batch in (loader if loader is not None else iter(dataset)):
                read.extend(_unbatch(batch, batched, what))
                if len(read) >= limit:
                    break
            return read

        items = stream_of(0, cap)
        if not items:
            raise ValueError(f"{what}: the probe set is empty")
        random_ = None
        if check:  # the first few items read again (a stream that cannot be read again stays unchecked)
            again = stream_of(1, _RANDOM_CHECK)[:_RANDOM_CHECK]
            random_ = _differ(items[:len(again)], again, what) if again else None
        if indices is None:
            labels = np.array([_as_label(y, what) for _, y in items], np.int64)
            indices = stratified_indices(labels, size, rng)
        indices = np.asarray(indices, dtype=np.int64)
        if len(indices) == 0 or indices.max() >= len(items):
            raise ValueError(f"{what}: probe indices out of range for the {len(items)} items read")
        items = [items[int(i)] for i in indices]
    images = [_as_image(x, what) for x, _ in items]
    kinds = {(tuple(im.shape), im.dtype) for im in images}
    if len(kinds) > 1:
        raise ValueError(f"{what}: probe images must all have the same shape and dtype, got "
                         f"{sorted(map(str, kinds))[:4]}")
    labels = np.array([_as_label(y, what) for _, y in items], dtype=np.int64)
    stacked = torch.stack(images)
    if stacked.is_floating_point():
        bad = ~torch.isfinite(stacked.reshape(len(stacked), -1)).all(dim=1)
        if bad.any():  # one such image makes every measure on the domain NaN, silently as far as the user can see
            raise ValueError(f"{what}: {int(bad.sum())} probe images contain NaN or infinite values (dataset indices "
                             f"{indices[bad.numpy()][:10].tolist()}{' …' if int(bad.sum()) > 10 else ''}): every "
                             "measure on this domain would be NaN. Fix or leave out those samples (e.g. pass a "
                             "torch.utils.data.Subset without them)")
    return ProbeSet(images=stacked, labels=labels, index=indices, random=random_)


def digest(probe_images: torch.Tensor, labels: np.ndarray) -> str:
    """A fingerprint of a loaded probe set (labels and image bytes), to tell whether a restart loaded the same."""
    h = hashlib.sha1(np.ascontiguousarray(labels, np.int64).tobytes())
    h.update(str(probe_images.dtype).encode() + str(tuple(probe_images.shape)).encode())
    h.update(probe_images.detach().cpu().contiguous().flatten().view(torch.uint8).numpy().tobytes())
    return h.hexdigest()


def _to_rgb_uint8(image: torch.Tensor) -> np.ndarray:
    """One image [C, H, W] (or [H, W]) → uint8 [H, W, 3], de-normalised by its own min and max."""
    a = image.detach().float().cpu().numpy()
    if a.ndim == 2:
        a = a[None]
    elif a.ndim > 3:
        a = a.reshape((-1,) + a.shape[-2:])
    if a.shape[0] >= 3:
        a = a[:3]
    else:  # grayscale (or two channels): show the first channel as grey
        a = np.repeat(a[:1], 3, axis=0)
    a = np.nan_to_num(a, nan=0.0, posinf=0.0, neginf=0.0)
    lo, hi = float(a.min()), float(a.max())
    a = (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)
    return (np.transpose(a, (1, 2, 0)) * 255.0 + 0.5).astype(np.uint8)


def sprite(images: torch.Tensor, size: int) -> tuple[bytes, int]:
    """A PNG sprite sheet of ``images`` [N, C, H, W], row-major, each fitted into ``size`` × ``size`` pixels
    (aspect kept, centred on black). Returns the PNG bytes and the number of columns."""
    from PIL import Image

    n = len(images)
    columns = max(1, math.ceil(math.sqrt(n)))
    rows = max(1, math.ceil(n / columns))
    sheet = Image.new("RGB", (columns * size, rows * size))
    for i in range(n):
        tile = Image.fromarray(_to_rgb_uint8(images[i]))
        w, h = tile.size
        scale = size / max(w, h)
        tile = tile.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.BILINEAR)
        x0 = (i % columns) * size + (size - tile.size[0]) // 2
        y0 = (i // columns) * size + (size - tile.size[1]) // 2
        sheet.paste(tile, (x0, y0))
    buf = io.BytesIO()
    sheet.save(buf, format="PNG", optimize=False)
    return buf.getvalue(), columns
