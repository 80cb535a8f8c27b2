# The two README commands, and the developer chores. Run inside a virtual environment.
PYTHON ?= python3
PIP = $(PYTHON) -m pip

.PHONY: install demo dev test readme check-sync run-notebooks

# facenet-pytorch (FaceNet's architecture) pins torch<2.3 and numpy<2 in its metadata but runs with today's;
# lpips (its calibrated linear weights; facecloak rebuilds the network) would pull torchvision, which has no
# build matching the CPU torch: install both without their dependencies.
NODEPS = facenet-pytorch==2.6.0 lpips==0.1.4

install:        ## the package and its runtime dependencies
	$(PIP) install -e .
	$(PIP) install --no-deps $(NODEPS)

demo: install   ## README command 1: run facecloak on the bundled sample photos
	facecloak demo

dev:            ## the package with the development tools (nbdev 2, pytest, jupyter)
	$(PIP) install -e ".[dev]"
	$(PIP) install --no-deps $(NODEPS)

test: dev       ## README command 2: every notebook as a pytest item
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
	git diff --exit-code --stat -- README.md
