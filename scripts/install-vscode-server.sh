#!/usr/bin/env bash
# Installs a real VS Code (the VS Code server shipped in the npm package `code-server`) and a
# headless Chromium driver into an ignored folder, for the integration suite on machines that
# cannot download a desktop VS Code. Idempotent: a finished install is detected and reused.
#
# Usage: scripts/install-vscode-server.sh [PREFIX]   (default: .vscode-test/code-server)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${1:-$here/.vscode-test/code-server}"
version="${CODE_SERVER_VERSION:-4.100.3}" # VS Code 1.100.3, the newest code-server that runs on Node 20
stamp="$prefix/.installed-$version"

if [ -f "$stamp" ]; then
  echo "VS Code server $version already installed in $prefix"
  exit 0
fi

# node-pty's install step calls `npx node-gyp`; ~/.npmrc may say yes=false.
export npm_config_yes=true npm_config_audit=false npm_config_fund=false

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v make >/dev/null 2>&1 || need_apt+=(build-essential)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing system packages: ${need_apt[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  echo "Installing system packages: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${need_apt[@]}" ca-certificates python3 >/dev/null
fi

mkdir -p "$prefix"
cd "$prefix"
[ -f package.json ] || echo '{"name":"imr-vscode-test-host","private":true}' > package.json

# Lifecycle scripts are skipped: code-server's own postinstall downloads ripgrep from GitHub.
npm install --no-save --ignore-scripts --loglevel=error "code-server@$version" playwright-core@1.65.1
npm rebuild --loglevel=error argon2

vsc="$prefix/node_modules/code-server/lib/vscode"
cd "$vsc"
npm install --no-save --omit=dev --ignore-scripts --loglevel=error
# Native modules built locally against the installed Node headers; nothing is downloaded.
npm rebuild --loglevel=error @vscode/spdlog native-watchdog @vscode/deviceid node-pty kerberos @parcel/watcher
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --no-save --omit=dev --loglevel=error)

touch "$stamp"
echo "VS Code server $version installed in $prefix"
