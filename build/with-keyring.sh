#!/usr/bin/env bash
# Runs a command with a real, private Secret Service (gnome-keyring on its own D-Bus session), so
# keychain code is tested for real and never touches the developer's own keyring.
# Usage: build/with-keyring.sh <command> [args…]
set -euo pipefail
if [[ -n "${SHORELINE_KEYRING_READY:-}" ]] || ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  exec "$@"
fi
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
# A fresh XDG_DATA_HOME: a stale login.keyring with another password would block --unlock.
export XDG_DATA_HOME="$keyring_home" SHORELINE_KEYRING_READY=1
dbus-run-session -- bash -c 'echo -n shoreline-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' _ "$@" \
  2> >(grep -v "Failed to set fd limit" >&2)
