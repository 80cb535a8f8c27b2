"""README.md from nbs/index.ipynb with nbconvert (nbdev_readme needs Quarto, which cannot be installed here).

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
body, _ = MarkdownExporter(config=cfg).from_notebook_node(nb)
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / 'README.md'
out.write_text(body)
