#!/usr/bin/env bash
# Installs what bench/run.sh compares ReviewLens with, only when missing: pandoc, xmllint (libxml2-utils), unzip and
# GNU time from Debian; python-docx, spaCy and PyYAML from PyPI. Re-runnable. Needs root for apt-get.
set -euo pipefail
missing=()
command -v pandoc >/dev/null || missing+=(pandoc)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v unzip >/dev/null || missing+=(unzip)
[ -x /usr/bin/time ] || missing+=(time)
command -v timeout >/dev/null || missing+=(coreutils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench needs: sudo apt-get install -y ${missing[*]}" >&2; exit 1
  fi
  echo "apt-get install -y ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pip_missing=()
python3 -c "import docx" 2>/dev/null || pip_missing+=(python-docx)
python3 -c "import spacy" 2>/dev/null || pip_missing+=(spacy)
python3 -c "import yaml" 2>/dev/null || pip_missing+=(pyyaml)
if [ ${#pip_missing[@]} -gt 0 ]; then
  echo "pip install ${pip_missing[*]}" >&2
  python3 -m pip install -q "${pip_missing[@]}"
fi
echo "bench peers present: pandoc, xmllint, unzip, GNU time, python-docx, spaCy, PyYAML" >&2
