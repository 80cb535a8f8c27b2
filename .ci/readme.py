"""README.md from nbs/index.ipynb with nbconvert (nbdev_readme needs Quarto, which cannot be installed here).

Figures (PNG outputs) go to nbs/images/readme/, linked from the README.

Cells marked `#| hide` are dropped; cells marked `#| echo: false` show their output only; other directives are removed.
"""
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import MarkdownExporter
from traitlets.config import Config

root = Path(__file__).resolve().parents[1]
nb = nbformat.read(root / 'nbs' / 'index.ipynb', as_version=4)
cells = []
for c in nb.cells:
    directives = re.findall(r'^#\|\s*(.+)$', c.source, flags=re.M) if c.cell_type == 'code' else []
    if any(d.strip() == 'hide' for d in directives): continue
    if any(d.replace(' ', '') == 'echo:false' for d in directives): c.metadata.setdefault('tags', []).append('remove_input')
    c.source = re.sub(r'^#\|.*\n?', '', c.source, flags=re.M)
    cells.append(c)
nb.cells = cells
cfg = Config()
cfg.TagRemovePreprocessor.remove_input_tags = ('remove_input',)
cfg.TagRemovePreprocessor.enabled = True
figures = 'nbs/images/readme'  # the notebook's figure outputs, written beside it and linked from the README
body, resources = MarkdownExporter(config=cfg).from_notebook_node(nb, resources={'output_files_dir': figures})
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / 'README.md'
for old in (out.parent / figures).glob('*.png'): old.unlink()
for name, data in resources.get('outputs', {}).items():
    (out.parent / name).parent.mkdir(parents=True, exist_ok=True)
    (out.parent / name).write_bytes(data)
out.write_text(body)
