"""Rule packages that come with classmod: the standard rules R01-R18 are
:mod:`classmod.rules.standard` (source: ``plugins/standard/``). The core never imports
them (``tests/core/test_layers.py``)."""
