"""Viewer inputs over files on disk, for the viewer tests and screenshots.

Thread-safety: plain functions; the loaders read their file when called.
"""

from __future__ import annotations

from pathlib import Path

from desktop.viewers.series_input import InstanceInput, SeriesInput


def series_of(paths: list[Path], title: str, modality: str, as_bytes: bool = True) -> SeriesInput:
    """SeriesInput over files; by default the loaders return bytes, as blob reads do."""
    instances = [
        InstanceInput(str(p), (lambda p=p: p.read_bytes()) if as_bytes else (lambda p=p: p))
        for p in paths
    ]
    return SeriesInput(title, modality, instances)
