"""Thin adapters of :class:`~tb_transfer.TransferCallback` to trainer frameworks, each an optional extra:

* :mod:`tb_transfer.integrations.lightning` - ``TransferLightningCallback`` (``pip install "tb-transfer[lightning]"``)
* :mod:`tb_transfer.integrations.hf` - ``TransferTrainerCallback`` for ``transformers.Trainer`` (``[hf]``)

Nothing here is imported by ``tb_transfer`` itself: import the module of the framework you use.
"""
