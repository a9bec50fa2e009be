#!/usr/bin/env bash
# Empties the sign-in cache (the Elytron caching-realm accountability-ldap-cache, security.cli) on every node
# given, so that a changed password, group or home enterprise in the directory applies at once everywhere
# instead of after acc.ldap.cache.maxAgeMillis. Each node keeps its own cache: clear them all.
#
#   config/clear-sign-in-cache.sh JBOSS_HOME CONTROLLER... [-- JBOSS_CLI_ARGUMENTS...]
#   config/clear-sign-in-cache.sh /opt/wildfly remote+http://node-a:9990 remote+http://node-b:9990 -- --user=admin --password=...
#
# A CONTROLLER is a node's management address. Exits non-zero when any node could not be cleared (it says which).
set -uo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
jboss_home=$1
shift
controllers=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    controllers+=("$1")
    shift
done
[ $# -gt 0 ] && shift
failed=0
for controller in "${controllers[@]}"; do
    if "$jboss_home/bin/jboss-cli.sh" -c --controller="$controller" "$@" \
            --command="/subsystem=elytron/caching-realm=accountability-ldap-cache:clear-cache" >/dev/null; then
        echo "cleared: $controller"
    else
        echo "NOT cleared: $controller" >&2
        failed=1
    fi
done
exit $failed
