#!/usr/bin/env bash
# Installs everything building and testing HealthChain needs (only what is missing).
source "$(dirname "$0")/lib/common.sh"
hc_setup
hc_setup_python
log "setup complete"
