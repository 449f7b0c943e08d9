"""TensorBoard entry point of tb_transfer (``tensorboard_plugins: tb_transfer = tb_transfer.loader:TransferLoader``).

TensorBoard imports this module while it starts, unguarded: an ImportError here would crash the whole process. So it
imports only the standard library and ``tensorboard.plugins.base_plugin``; the plugin (numpy, protobuf, ...) is
imported in :meth:`TransferLoader.load`.
"""
from __future__ import annotations

import argparse

from tensorboard.plugins import base_plugin

PLUGIN_NAME = "tb_transfer"  # == contract.PLUGIN_NAME (not imported: contract pulls in numpy)
SAMPLES_FLAG = "tb_transfer_samples"


class TransferLoader(base_plugin.TBLoader):
    """Defines ``--tb_transfer_samples``, makes every logged step visible by default, and loads the plugin lazily."""

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
        except argparse.ArgumentError:
            pass  # defined twice (two loaders, or a re-configured TensorBoard): keep the first definition

    def fix_flags(self, flags):
        value = getattr(flags, SAMPLES_FLAG, 0)
        if value is None:
            value = 0
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise base_plugin.FlagsError(f"--{SAMPLES_FLAG} must be a non-negative integer, got {value!r}")
        samples = getattr(flags, "samples_per_plugin", None)
        # samples_per_plugin is a dict after argparse; a caller of configure(samples_per_plugin=...) may pass
        # something else, which we leave alone. setdefault never overrides --samples_per_plugin=tb_transfer=N.
        # Loading keeps every step (TensorBoard's reservoir sampling would drop step 0 at random); the plugin applies
        # --tb_transfer_samples when it reads (reader.keep_ends).
        if isinstance(samples, dict):
            samples.setdefault(PLUGIN_NAME, 0)

    def load(self, context):
        from tb_transfer.plugin import TransferPlugin

        return TransferPlugin(context)
