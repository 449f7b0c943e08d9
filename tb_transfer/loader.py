"""TensorBoard entry point of tb_transfer (``tensorboard_plugins: tb_transfer = tb_transfer.loader:TransferLoader``).

TensorBoard imports this module while it starts, unguarded: an ImportError here would crash the whole process. So it
imports only the standard library, ``tensorboard.plugins.base_plugin`` and :mod:`tb_transfer.checksums`; the plugin
(numpy, protobuf, ...) is imported in :meth:`TransferLoader.load`.
"""
from __future__ import annotations

import argparse

from tensorboard.plugins import base_plugin

from tb_transfer.checksums import use_fast_crc32c

PLUGIN_NAME = "tb_transfer"  # == contract.PLUGIN_NAME (not imported: contract pulls in numpy)
HEAVY_PLUGIN_NAME = "tb_transfer_heavy"  # == contract.HEAVY_PLUGIN_NAME
SAMPLES_FLAG = "tb_transfer_samples"
HEAVY_SAMPLES_FLAG = "tb_transfer_heavy_samples"
HEAVY_SAMPLES = 10  # default budget of steps kept per heavy per-layer blob series (the latest always among them)


class TransferLoader(base_plugin.TBLoader):
    """Defines ``--tb_transfer_samples`` and ``--tb_transfer_heavy_samples``: every logged step of the small series
    is kept by default, heavy per-layer blobs at a budget of steps; loads the plugin lazily.

    TensorBoard constructs its plugin loaders before it starts loading the logdir: the constructor makes its Python
    loader (``--load_fast=false``) check each record's checksum in C (:func:`tb_transfer.checksums.use_fast_crc32c`;
    same checks, a corrupted record is still rejected), which was a large part of its time reading heavy records."""

    def __init__(self):
        try:
            use_fast_crc32c()
        except Exception:  # only a speed-up: never stop TensorBoard from starting
            pass

    def define_flags(self, parser):
        try:
            group = parser.add_argument_group("tb_transfer")
            group.add_argument(
                "--" + SAMPLES_FLAG,
                type=int,
                default=0,
                metavar="N",
                help="Steps served per tb_transfer series (0 = every logged step, the default), evenly spread and "
                "always including step 0 (the pretrained model) and the latest step. Every step stays loaded. An "
                "explicit --samples_per_plugin=tb_transfer=N takes precedence (it caps memory, but may drop step 0).",
            )
            group.add_argument(
                "--" + HEAVY_SAMPLES_FLAG,
                type=int,
                default=HEAVY_SAMPLES,
                metavar="N",
                help="Steps kept in memory per heavy per-layer record of tb_transfer (per-instance activations and "
                f"embeddings; default {HEAVY_SAMPLES}, 0 = every step): a uniform sample that always holds the "
                "latest step. The pretrained model's records are kept apart. --samples_per_plugin=tb_transfer_heavy=N takes "
                "precedence.",
            )
        except argparse.ArgumentError:
            pass  # defined twice (two loaders, or a re-configured TensorBoard): keep the first definition

    def fix_flags(self, flags):
        values = {}
        for flag, plugin, default in ((SAMPLES_FLAG, PLUGIN_NAME, 0),
                                      (HEAVY_SAMPLES_FLAG, HEAVY_PLUGIN_NAME, HEAVY_SAMPLES)):
            value = getattr(flags, flag, default)
            if value is None:
                value = default
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise base_plugin.FlagsError(f"--{flag} must be a non-negative integer, got {value!r}")
            values[plugin] = value
        samples = getattr(flags, "samples_per_plugin", None)
        # samples_per_plugin is a dict after argparse; a caller of configure(samples_per_plugin=...) may pass
        # something else, which we leave alone. setdefault never overrides --samples_per_plugin=tb_transfer=N.
        # Loading keeps every step (TensorBoard's reservoir sampling would drop step 0 at random); the plugin applies
        # --tb_transfer_samples when it reads (reader.keep_ends).
        if isinstance(samples, dict):
            samples.setdefault(PLUGIN_NAME, 0)
            samples.setdefault(HEAVY_PLUGIN_NAME, values[HEAVY_PLUGIN_NAME])

    def load(self, context):
        from tb_transfer.plugin import TransferPlugin

        return TransferPlugin(context)
