"""Shared pytest configuration. Keep fixtures that only one test module needs in that module."""
import os

# Torch and BLAS on a 2-core machine: keep test processes from oversubscribing.
os.environ.setdefault("OMP_NUM_THREADS", "2")
