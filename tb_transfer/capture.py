"""Hooks and probe passes for :class:`~tb_transfer.TransferCallback` (torch only, no measures, no I/O).

Everything here leaves the model as it found it: hooks are registered for one pass and removed, train/eval mode is
restored module by module, and gradients are taken with :func:`torch.autograd.grad` on captured activations, so
parameters' ``.grad`` are never touched.
"""
from __future__ import annotations

import contextlib
import dataclasses
from typing import Any, Iterable, Iterator, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

TRACKABLE = (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Linear)
BATCHNORM = nn.modules.batchnorm._BatchNorm
TOKEN_POOLING = ("mean", "cls")


def unwrap(model: nn.Module) -> nn.Module:
    """The module inside (Distributed)DataParallel wrappers."""
    while isinstance(model, (nn.DataParallel, nn.parallel.DistributedDataParallel)):
        model = model.module
    return model


def trackable(model: nn.Module) -> dict[str, nn.Module]:
    """Conv and Linear modules by module path, in registration order."""
    return {name: m for name, m in model.named_modules() if name and isinstance(m, TRACKABLE)}


def _is_attention(module: nn.Module) -> bool:
    return isinstance(module, nn.MultiheadAttention) or "attention" in type(module).__name__.lower()


def transformer_blocks(model: nn.Module) -> dict[str, nn.Module]:
    """Transformer blocks by module path, in registration order: the outermost modules with an attention module
    (``nn.MultiheadAttention``, or a class whose name contains "Attention": timm's ``Block``, Hugging Face's
    ``ViTLayer``, torchvision's ``EncoderBlock``) among their direct children. Their outputs are the residual stream."""
    blocks: dict[str, nn.Module] = {}
    for name, m in model.named_modules():
        if name and not any(name.startswith(b + ".") for b in blocks) \
                and any(_is_attention(child) for child in m.children()):
            blocks[name] = m
    return blocks


def is_conv(module: nn.Module) -> bool:
    """Conv layers have channels-first outputs [B, K, *space]; every other tracked layer [B, *, K]."""
    return isinstance(module, nn.modules.conv._ConvNd)


def batchnorms(model: nn.Module) -> dict[str, nn.Module]:
    return {name: m for name, m in model.named_modules() if name and isinstance(m, BATCHNORM)}


def _reduce(t: torch.Tensor, module: nn.Module, how: str) -> torch.Tensor:
    """[B, K] per-instance channel values of a layer output: conv [B, K, *space]; any other layer (Linear, a
    transformer block, attention) [B, *, K], e.g. tokens [B, T, K]."""
    op = torch.mean if how == "mean" else torch.sum
    if not is_conv(module):
        return t if t.dim() == 2 else op(t.flatten(1, -2), dim=1)
    return t if t.dim() == 2 else op(t.flatten(2), dim=2)


def pool(t: torch.Tensor, module: nn.Module, tokens: str = "mean") -> torch.Tensor:
    """[B, K]: global average pooling over space (conv [B, K, *space]) or over leading positions (others,
    [B, *, K]). A token sequence [B, T, K] of a non-conv layer is pooled by ``tokens``: ``"mean"`` over its T tokens,
    or ``"cls"``, the class token ``t[:, 0]`` (for models that prepend one, as ViT does)."""
    if tokens == "cls" and t.dim() == 3 and not is_conv(module):
        return t[:, 0]
    return _reduce(t, module, "mean")


def _first_tensor(output: Any) -> torch.Tensor | None:
    """A module's output tensor: the output itself, or the first element of a tuple / list (Hugging Face layers)."""
    if isinstance(output, torch.Tensor):
        return output
    if isinstance(output, (tuple, list)) and output and isinstance(output[0], torch.Tensor):
        return output[0]
    return None


def _replace_first(output: Any, t: torch.Tensor) -> Any:
    return t if isinstance(output, torch.Tensor) else type(output)([t, *output[1:]])


def _pool_input(t: torch.Tensor) -> torch.Tensor:
    """The last Linear's input [B, *, D] → [B, D]."""
    return t if t.dim() == 2 else t.flatten(1, -2).mean(1)


def model_output(out: Any) -> torch.Tensor:
    """The logits of a model's output: a tensor, the first element of a tuple, or ``.logits`` / ``["logits"]``."""
    if isinstance(out, torch.Tensor):
        return out
    if hasattr(out, "logits") and isinstance(out.logits, torch.Tensor):
        return out.logits
    if isinstance(out, dict):
        return model_output(out["logits"] if "logits" in out else next(iter(out.values())))
    if isinstance(out, (tuple, list)) and out:
        return model_output(out[0])
    raise TypeError(f"cannot find logits in a model output of type {type(out).__name__}")


def device_dtype(module: nn.Module) -> tuple[torch.device, torch.dtype]:
    """Device of the first parameter (or buffer) and the first floating dtype among them."""
    tensors = list(module.parameters()) + list(module.buffers())
    device = tensors[0].device if tensors else torch.device("cpu")
    dtype = next((t.dtype for t in tensors if t.is_floating_point()), torch.float32)
    return device, dtype


@contextlib.contextmanager
def eval_mode(*modules: nn.Module | None) -> Iterator[None]:
    """Put ``modules`` in eval mode; restore every submodule's own ``training`` flag afterwards."""
    saved = [(m, m.training) for mod in modules if mod is not None for m in mod.modules()]
    for mod in modules:
        if mod is not None:
            mod.eval()
    try:
        yield
    finally:
        for m, flag in saved:
            m.training = flag


@contextlib.contextmanager
def full_precision() -> Iterator[None]:
    """Autocast off (CPU and CUDA) and ``torch.inference_mode`` left: the model runs in its own parameters' dtype
    and can build an autograd graph, whatever the caller's context (a bf16 autocast region, a Lightning hook)."""
    with contextlib.ExitStack() as stack:
        stack.enter_context(torch.inference_mode(False))
        stack.enter_context(torch.autocast("cpu", enabled=False))
        if torch.cuda.is_available():
            stack.enter_context(torch.autocast("cuda", enabled=False))
        yield


def numpy32(t: torch.Tensor, copy: bool = False) -> np.ndarray:
    """A float32 numpy array of ``t`` (a view for float32 CPU tensors unless ``copy``)."""
    t = t.detach().to("cpu", torch.float32)
    return t.clone().numpy() if copy else t.numpy()


def layer_weights(module: nn.Module, copy: bool = False, width: int | None = None) -> list[np.ndarray]:
    """A tracked layer's parameters as float32 arrays, per-channel weights first.

    Conv / Linear: ``[weight]`` or ``[weight, bias]`` (``weight[k]``: filter k). Any other module (a transformer
    block, attention) of output width ``width``: ``[per_channel, *rest]``, where ``per_channel`` [width, *] joins
    row k of every parameter whose leading dimension is ``width`` (what writes channel k: output projections, their
    biases, norms) and ``rest`` are the other parameters, flattened; together every parameter exactly once."""
    if isinstance(module, TRACKABLE):
        out = [numpy32(module.weight, copy)]
        if getattr(module, "bias", None) is not None:
            out.append(numpy32(module.bias, copy))
        return out
    params = [p for p in module.parameters()]
    rows = [numpy32(p, copy).reshape(width, -1) for p in params if p.dim() >= 1 and p.shape[0] == width]
    rest = [numpy32(p, copy).reshape(-1) for p in params if not (p.dim() >= 1 and p.shape[0] == width)]
    return [np.concatenate(rows, axis=1) if rows else np.zeros((width or 0, 0), np.float32), *rest]


def bn_arrays(module: nn.Module, copy: bool = False) -> list[np.ndarray | None]:
    """running_mean, running_var, weight, bias of a BatchNorm layer (statistics 0 and 1 without running stats,
    None without affine parameters)."""
    k = module.num_features
    mean, var = module.running_mean, module.running_var
    return [np.zeros(k, np.float32) if mean is None else numpy32(mean, copy),
            np.ones(k, np.float32) if var is None else numpy32(var, copy),
            None if module.weight is None else numpy32(module.weight, copy),
            None if module.bias is None else numpy32(module.bias, copy)]


@dataclasses.dataclass
class PassResult:
    """What one pass of a model over the probe set captured (rows = probe instances, source then target)."""

    pooled: dict[str, np.ndarray]       # layer → float32 [N, K] pooled outputs
    penultimate: np.ndarray | None      # float32 [N, D] input of the last Linear (pooled)
    logits: np.ndarray                  # float32 [N, C] model output
    head_logits: np.ndarray | None      # float32 [N, Cs] source head on penultimate features
    importance: dict[str, np.ndarray]   # layer → float32 [N, K] spatial sum of |dloss/dA * A|; NaN rows: not computed


class _Hooks:
    """Forward hooks on tracked layers (pooled outputs, retained outputs for gradients) and a pre-hook on the last
    Linear (penultimate features), for one batch at a time."""

    def __init__(self, layers: dict[str, nn.Module], penultimate: nn.Module | None, tokens: str = "mean"):
        self.layers = layers
        self.tokens = tokens
        self.pooled: dict[str, torch.Tensor] = {}
        self.retained: dict[str, torch.Tensor] = {}
        self.penultimate: torch.Tensor | None = None
        self.grad = False
        self.handles = [m.register_forward_hook(self._forward(name, m)) for name, m in layers.items()]
        self.handles += [m.register_forward_pre_hook(self._graft) for m in layers.values()]
        if penultimate is not None:
            self.handles.append(penultimate.register_forward_pre_hook(self._pre))

    def _forward(self, name: str, module: nn.Module):
        def hook(_module, _inputs, output):
            t = _first_tensor(output)
            if t is None:
                return None
            self.pooled[name] = pool(t.detach(), module, self.tokens).float().clone()
            if self.grad and t.requires_grad:
                # Keep the output itself for autograd.grad and hand the rest of the network a copy, so in-place ops
                # that follow (ReLU(inplace=True)) cannot overwrite the activation A of grad x A.
                self.retained[name] = t
                return _replace_first(output, t.clone())
            return None
        return hook

    def _graft(self, _module, inputs):
        """With gradients wanted, a tracked layer whose input is cut from the graph (a frozen prefix run under
        torch.no_grad(), a .detach()) gets a leaf that requires grad, so its own output still gets a gradient."""
        if self.grad and torch.is_grad_enabled() and inputs and isinstance(inputs[0], torch.Tensor) \
                and inputs[0].is_floating_point() and not inputs[0].requires_grad:
            return (inputs[0].detach().requires_grad_(True),) + tuple(inputs[1:])
        return None

    def _pre(self, _module, inputs):
        if inputs and isinstance(inputs[0], torch.Tensor):
            self.penultimate = _pool_input(inputs[0].detach()).float().clone()

    def reset(self) -> None:
        self.pooled, self.retained, self.penultimate = {}, {}, None

    def remove(self) -> None:
        for h in self.handles:
            h.remove()


def _head_logits(head: nn.Module, features: torch.Tensor) -> torch.Tensor:
    device, dtype = device_dtype(head)
    with torch.no_grad():
        return model_output(head(features.to(device=device, dtype=dtype))).float()


def probe_pass(model: nn.Module, layers: dict[str, nn.Module], penultimate: nn.Module | None,
               images: torch.Tensor, labels: np.ndarray, grad_rows: np.ndarray, *, batch_size: int,
               head: nn.Module | None = None, tokens: str = "mean") -> PassResult:
    """Run ``model`` (in eval mode) over ``images`` batch by batch, capturing pooled layer outputs (token sequences
    pooled by ``tokens``, see :func:`pool`), penultimate features, logits, the source head's logits and, for rows
    where ``grad_rows``, the per-channel importance Σ_positions |∂CE/∂A · A| of every tracked layer (CE of the
    model's own logits against ``labels``; summed over every spatial position or token)."""
    device, dtype = device_dtype(model)
    n = len(images)
    pooled: dict[str, list[torch.Tensor]] = {name: [] for name in layers}
    importance: dict[str, np.ndarray] = {}
    logits, penult, head_out = [], [], []
    hooks = _Hooks(layers, penultimate, tokens)
    try:
        with eval_mode(model, head):
            for start in range(0, n, batch_size):
                stop = min(n, start + batch_size)
                xb = images[start:stop].to(device=device, dtype=dtype)
                if xb.is_inference():  # made under torch.inference_mode: autograd cannot take it as an input
                    xb = xb.clone()
                rows = np.flatnonzero(grad_rows[start:stop])
                hooks.reset()
                hooks.grad = len(rows) > 0 and bool(layers)
                if hooks.grad:
                    with torch.enable_grad():
                        out = model_output(model(xb.detach().requires_grad_(True))).float()
                        idx = torch.as_tensor(rows, device=out.device)
                        target = torch.as_tensor(labels[start:stop][rows], device=out.device, dtype=torch.long)
                        loss = F.cross_entropy(out[idx], target, reduction="sum")
                        names = [name for name in layers if name in hooks.retained]
                        grads = torch.autograd.grad(loss, [hooks.retained[name] for name in names],
                                                    allow_unused=True) if names else ()
                    for name, g in zip(names, grads):
                        a = hooks.retained[name]
                        gxa = (torch.zeros_like(a) if g is None else (g * a).abs()).detach()
                        value = _reduce(gxa, layers[name], "sum").float()[idx].cpu().numpy()
                        importance.setdefault(name, np.full((n, value.shape[1]), np.nan, np.float32))
                        importance[name][start + rows] = value
                    out = out.detach()
                    del loss, grads
                else:
                    with torch.no_grad():
                        out = model_output(model(xb)).float()
                for name in layers:
                    if name not in hooks.pooled:
                        raise RuntimeError(f"layer {name!r} did not run in the model's forward pass")
                    pooled[name].append(hooks.pooled[name].cpu())
                logits.append(out.cpu())
                if hooks.penultimate is not None:
                    penult.append(hooks.penultimate.cpu())
                    if head is not None:
                        head_out.append(_head_logits(head, hooks.penultimate).cpu())
                hooks.reset()
    finally:
        hooks.remove()
    pooled_np = {name: torch.cat(v).numpy() for name, v in pooled.items()}
    for name, acts in pooled_np.items():
        importance.setdefault(name, np.full((n, acts.shape[1]), np.nan, np.float32))
    return PassResult(
        pooled=pooled_np,
        penultimate=torch.cat(penult).numpy() if penult else None,
        logits=torch.cat(logits).numpy(),
        head_logits=torch.cat(head_out).numpy() if head_out else None,
        importance={name: importance[name] for name in layers},
    )


def _batches(data: Any, batch_size: int) -> Iterable:
    if isinstance(data, torch.utils.data.DataLoader):
        return data
    return torch.utils.data.DataLoader(data, batch_size=batch_size, shuffle=False)


def evaluate(model: nn.Module, data: Any, *, batch_size: int, penultimate: nn.Module | None = None,
             head: nn.Module | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Logits [n, C] and labels [n] of ``model`` (eval mode) over a whole Dataset / DataLoader of (image, label);
    with ``penultimate`` and ``head`` also the head's logits on the penultimate features."""
    device, dtype = device_dtype(model)
    logits, labels, head_out = [], [], []
    hooks = _Hooks({}, penultimate if head is not None else None)
    try:
        with eval_mode(model, head), torch.no_grad():
            for batch in _batches(data, batch_size):
                x, y = batch[0], batch[1]
                hooks.reset()
                logits.append(model_output(model(torch.as_tensor(x).to(device=device, dtype=dtype))).float().cpu())
                labels.append(torch.as_tensor(y).reshape(-1).long().cpu())
                if hooks.penultimate is not None:
                    head_out.append(_head_logits(head, hooks.penultimate).cpu())
    finally:
        hooks.remove()
    if not logits:
        raise ValueError("target_val is empty")
    return (torch.cat(logits).numpy(), torch.cat(labels).numpy(),
            torch.cat(head_out).numpy() if head_out else None)


def execution_order(model: nn.Module, x: torch.Tensor, modules: dict[str, nn.Module]
                    ) -> tuple[list[str], torch.Tensor, dict[str, torch.Tensor], dict[str, int]]:
    """One no-grad eval forward of ``x``: the names of ``modules`` in the order they first ran, the logits, the
    pooled input of every Linear among them (for the penultimate features), and the channel width K of each module's
    pooled output (absent for a module whose output is not a tensor of rank >= 2)."""
    order: list[str] = []
    inputs: dict[str, torch.Tensor] = {}
    widths: dict[str, int] = {}
    handles = []
    for name, m in modules.items():
        def hook(_m, inp, out, name=name):
            if name not in order:
                order.append(name)
            t = _first_tensor(out)
            if t is not None and t.dim() >= 2:
                widths[name] = int(pool(t, _m).shape[1])
            if isinstance(_m, nn.Linear) and inp and isinstance(inp[0], torch.Tensor):
                inputs[name] = _pool_input(inp[0].detach()).float().clone()
        handles.append(m.register_forward_hook(hook))
    device, dtype = device_dtype(model)
    try:
        with eval_mode(model), torch.no_grad():
            out = model_output(model(x.to(device=device, dtype=dtype))).float()
    finally:
        for h in handles:
            h.remove()
    return order, out, inputs, widths


def layer_graph(model: nn.Module, tracked: Sequence[str], bns: Sequence[str]
                ) -> tuple[dict[str, list[str]], dict[str, str | None]] | None:
    """From a ``torch.fx`` trace: for each tracked layer, the tracked layers whose outputs reach it without passing
    another tracked layer; for each BatchNorm layer, the single tracked layer feeding it (else None).
    ``None`` when the model does not trace."""
    leaves = set(tracked) | set(bns)

    class Tracer(torch.fx.Tracer):
        def is_leaf_module(self, m: nn.Module, qualname: str) -> bool:
            return qualname in leaves or super().is_leaf_module(m, qualname)

    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            graph = Tracer().trace(model)
    except Exception:
        return None
    tracked_set, order = set(tracked), {name: i for i, name in enumerate(tracked)}
    reach: dict[Any, set[str]] = {}
    inputs: dict[str, set[str]] = {name: set() for name in tracked}
    feeding: dict[str, set[str]] = {name: set() for name in bns}
    for node in graph.nodes:
        srcs: set[str] = set()
        for inp in node.all_input_nodes:
            if inp.op == "call_module" and inp.target in tracked_set:
                srcs.add(inp.target)
            else:
                srcs |= reach.get(inp, set())
        reach[node] = srcs
        if node.op == "call_module":
            if node.target in inputs:
                inputs[node.target] |= srcs
            elif node.target in feeding:
                feeding[node.target] |= srcs
    return ({name: sorted(v, key=order.__getitem__) for name, v in inputs.items()},
            {name: next(iter(v)) if len(v) == 1 else None for name, v in feeding.items()})
