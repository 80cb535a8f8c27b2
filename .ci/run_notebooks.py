"""Execute notebooks in place with nbdev's test semantics (cells flagged with `tst_flags` skipped), storing their outputs.

Usage: python .ci/run_notebooks.py [NOTEBOOK ...] [--flags "slow"]   (default: every notebook in nbs/)
"""
import argparse
import os
from pathlib import Path

from execnb.nbio import read_nb
from execnb.shell import CaptureShell
from nbdev.config import get_config
from nbdev.process import extract_directives

ap = argparse.ArgumentParser()
ap.add_argument('notebooks', nargs='*')
ap.add_argument('--flags', default='')
args = ap.parse_args()
skip = set(get_config().tst_flags.split()) - set(args.flags.split())
nbs = [Path(p).resolve() for p in args.notebooks] or sorted((Path(__file__).resolve().parents[1] / 'nbs').glob('[!_]*.ipynb'))

def skipped(cell) -> bool:
    "Skip code cells carrying a flag from `tst_flags` (as nbdev_test does)."
    if cell.cell_type != 'code': return False
    return bool(skip & set(extract_directives(cell, remove=False)))

for nb in nbs:
    print(f'running {nb.name}', flush=True)
    cwd = os.getcwd(); os.chdir(nb.parent)
    try: CaptureShell().execute(nb, nb, exc_stop=True, preproc=skipped)
    finally: os.chdir(cwd)
