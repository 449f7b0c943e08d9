"""`pip install .` needs no node: the wheel carries the built tab, the proto and the entry point."""
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_contains_the_bundle_and_the_entry_point(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path)], check=True, cwd=tmp_path)
    (wheel,) = tmp_path.glob("tb_transfer-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        bundle = z.read("tb_transfer/static/index.js")
        entry_points = next(z.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    assert bundle == (REPO / "tb_transfer" / "static" / "index.js").read_bytes()
    assert b"export" in bundle and b"render" in bundle
    assert {"tb_transfer/proto/transfer_content_pb2.py", "tb_transfer/proto/transfer_content.proto",
            "tb_transfer/loader.py", "tb_transfer/plugin.py", "tb_transfer/callback.py"} <= names
    assert "[tensorboard_plugins]" in entry_points
    assert "tb_transfer = tb_transfer.loader:TransferLoader" in entry_points
    assert not any(n.startswith(("tests/", "examples/", "tb_transfer_frontend/")) for n in names)
