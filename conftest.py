"""Run every notebook in `nbs/` as one pytest item, with nbdev's own semantics (`nbdev.test.test_nb`).

`nbdev_test` prints no count; this gives pytest's closing line ("N passed, N failed"). Cells marked with a
flag from `tst_flags` in settings.ini (`slow`, `notest`) are skipped unless named: `pytest --flags slow`.
"""
from pathlib import Path

import pytest


def pytest_addoption(parser):
    parser.addoption('--flags', default='', help='space-separated test flags to run that are normally skipped (e.g. "slow")')


def pytest_collect_file(parent, file_path: Path):
    nbs = Path(__file__).parent / 'nbs'
    if file_path.suffix == '.ipynb' and file_path.parent == nbs and not file_path.name.startswith('_'):
        return Notebook.from_parent(parent, path=file_path)


class Notebook(pytest.File):
    def collect(self):
        yield NotebookRun.from_parent(self, name=self.path.stem)


class NotebookRun(pytest.Item):
    def runtest(self):
        from nbdev.config import get_config
        from nbdev.test import test_nb
        cfg = get_config()
        force = self.config.getoption('--flags').split()
        ok, secs = test_nb(self.path, skip_flags=cfg.tst_flags.split(), force_flags=force, basepath=cfg.config_path)
        self.user_properties.append(('seconds', secs))
        if not ok: raise NotebookFailed(self.path.name)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, NotebookFailed): return f'{excinfo.value} failed: the traceback is printed above (stderr)'
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f'notebook {self.path.name}'


class NotebookFailed(Exception): pass
