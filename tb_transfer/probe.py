"""The fixed probe sets of :class:`~tb_transfer.TransferCallback`: selection, loading and thumbnails.

A probe set is a seeded, class-stratified subset of a user's dataset (or of a DataLoader's dataset), loaded once into
a CPU tensor so that every step sees exactly the same images, whatever random transforms the dataset applies later.
"""
from __future__ import annotations

import dataclasses
import io
import math
from typing import Any, Sequence

import numpy as np
import torch

# An iterable dataset is read up to this many probe sizes before selecting from what was read.
_ITERABLE_CAP = 50


@dataclasses.dataclass
class ProbeSet:
    """One domain's probe instances: ``images`` float [n, ...] on CPU, ``labels`` int64 [n], ``index`` int64 [n]
    (positions in the user's dataset, or in iteration order for iterable datasets)."""

    images: torch.Tensor
    labels: np.ndarray
    index: np.ndarray

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
    if isinstance(value, np.ndarray):
        value = torch.from_numpy(value)
    if not isinstance(value, torch.Tensor):
        raise TypeError(f"{what}: images must be tensors (or numpy arrays), got {type(value).__name__}; "
                        "give the dataset a transform such as torchvision.transforms.ToTensor()")
    if not value.is_floating_point():
        value = value.float()
    return value.detach().cpu()


def _split_item(item: Any, what: str) -> tuple[Any, Any]:
    if not isinstance(item, (tuple, list)) or len(item) < 2:
        raise TypeError(f"{what}: items must be (image, label) pairs, got {type(item).__name__}")
    return item[0], item[1]


def _known_labels(dataset: Any) -> np.ndarray | None:
    """All labels of a map-style dataset without loading its images, when the dataset says them."""
    try:
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


def select(data: Any, size: int, rng: np.random.Generator, what: str,
           indices: Sequence[int] | None = None) -> ProbeSet:
    """Select and load a probe set from a Dataset or DataLoader of ``(image, label)``.

    ``indices`` (from a saved state) selects exactly those instances instead of drawing new ones.
    """
    if data is None:
        raise ValueError(f"{what}: a probe set is required (a Dataset or DataLoader of (image, label))")
    dataset = _dataset_of(data)
    if _is_map_style(dataset):
        n = len(dataset)
        if n == 0:
            raise ValueError(f"{what}: the probe set is empty")
        if indices is None:
            labels = _known_labels(dataset)
            if labels is None:
                labels = np.array([_as_label(_split_item(dataset[i], what)[1], what) for i in range(n)], np.int64)
            indices = stratified_indices(labels, size, rng)
        indices = np.asarray(indices, dtype=np.int64)
        if len(indices) == 0 or indices.min() < 0 or indices.max() >= n:
            raise ValueError(f"{what}: probe indices out of range for a dataset of {n} items")
        items = [_split_item(dataset[int(i)], what) for i in indices]
    else:  # iterable: read (up to a cap) in iteration order, then select
        items, cap = [], max(size, 1) * _ITERABLE_CAP
        source = data if isinstance(data, torch.utils.data.DataLoader) else iter(dataset)
        for batch in source:
            x, y = _split_item(batch, what)
            if isinstance(data, torch.utils.data.DataLoader) and isinstance(x, torch.Tensor) and x.dim() >= 1 \
                    and getattr(data, "batch_size", None) is not None:
                items.extend(zip(x, y))
            else:
                items.append((x, y))
            if len(items) >= cap:
                break
        if not items:
            raise ValueError(f"{what}: the probe set is empty")
        if indices is None:
            labels = np.array([_as_label(y, what) for _, y in items], np.int64)
            indices = stratified_indices(labels, size, rng)
        indices = np.asarray(indices, dtype=np.int64)
        if len(indices) == 0 or indices.max() >= len(items):
            raise ValueError(f"{what}: probe indices out of range for the {len(items)} items read")
        items = [items[int(i)] for i in indices]
    images = [_as_image(x, what) for x, _ in items]
    shapes = {tuple(im.shape) for im in images}
    if len(shapes) > 1:
        raise ValueError(f"{what}: probe images must all have the same shape, got {sorted(shapes)[:4]}")
    labels = np.array([_as_label(y, what) for _, y in items], dtype=np.int64)
    return ProbeSet(images=torch.stack(images), labels=labels, index=indices)


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
