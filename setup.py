"""tb-transfer: a TensorBoard plugin and PyTorch callback that explain and diagnose transfer learning."""
from pathlib import Path

from setuptools import find_namespace_packages, setup

setup(
    name="tb-transfer",
    version="0.1.0",
    description="Explain and diagnose transfer learning in TensorBoard: one PyTorch callback, one 'Transfer' tab.",
    long_description=Path(__file__).with_name("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    # tb_transfer.static (the built tab) is a data-only package: listed, so that setuptools installs it quietly.
    packages=find_namespace_packages(include=["tb_transfer", "tb_transfer.*"]),
    package_data={"tb_transfer.static": ["*", "**/*"], "tb_transfer.proto": ["*.proto"]},
    install_requires=[
        "tensorboard>=2.21,<3",
        "protobuf>=6.31.1,<8",
        "numpy>=1.24",
        "werkzeug>=1.0.1",
        "scikit-learn>=1.3",
        "scipy>=1.10",
        "openTSNE>=1.0",
        "google-crc32c>=1.5",  # event files checksummed in C when written and read (TensorBoard's are pure Python)
    ],
    extras_require={
        # The callback and the examples need torch; TensorBoard's side does not.
        "torch": ["torch>=2.1", "torchvision>=0.16", "pillow>=9"],
        # Trainer integrations (tb_transfer.integrations.*) and timm models; the core needs none of them.
        "lightning": ["lightning>=2.2"],
        "hf": ["transformers>=4.40", "accelerate>=0.26"],
        "timm": ["timm>=1.0"],
    },
    entry_points={"tensorboard_plugins": ["tb_transfer = tb_transfer.loader:TransferLoader"]},
)
