#!/usr/bin/env bash
# Install the test-only Synapse homeserver into its own venv (.synapse-venv by default).
#
# Synapse is AGPL-3.0 and classmod never imports it: it runs as a separate process for the
# Matrix contract tests, the benchmark and `classmod demo`. synapse-http-antispam (MIT) is the
# module that lets Synapse ask classmod's pre-send endpoint (bridges/matrix/antispam.py).
# Idempotent: a venv that can already import both is left alone.
#
#   bash scripts/install-synapse.sh            # -> .synapse-venv/bin/python
#   SYNAPSE_VENV=/tmp/sv bash scripts/install-synapse.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${SYNAPSE_VENV:-$here/.synapse-venv}"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import synapse, synapse_http_antispam" 2>/dev/null; then
    echo "synapse already installed in $venv"
    exit 0
fi

echo "installing matrix-synapse into $venv ..."
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check matrix-synapse synapse-http-antispam
"$venv/bin/python" -c "import synapse; print('matrix-synapse', synapse.__version__, 'installed in $venv')"
