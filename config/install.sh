#!/usr/bin/env bash
# Applies the accountability CLI scripts to a WildFly, in the one order they need.
#
#   config/install.sh JBOSS_HOME PROPERTIES_FILE            # running server (connects to its management port)
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --offline  # stopped server: edits its standalone.xml
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --remove   # running server: removes everything again
#
# A node of a cluster: add --ha. The same scripts and cluster.cli (JGroups over TCP, members from
# acc.cluster.members) go into standalone-ha.xml (offline; --server-config=standalone-full-ha.xml for that
# profile), or into whatever configuration the running server uses (online). Start each node with its own
# -Djboss.node.name=... -Djboss.tx.node.id=... (README, "Running as a cluster").
# With acc.db.readUrl set in the properties file, read-datasource.cli adds the read-only datasource too.
#
# Extra jboss-cli arguments may follow, e.g. --controller=remote+http://host:9990 --user=... --password=...
# The build's integration tests and the demo configure their server with this same script (--offline).
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
jboss_home=$1
properties=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
scripts=(credentials.cli datasource.cli security.cli mail.cli session.cli system-properties.cli)
mode=online
extra=()
ha=false
server_config=standalone.xml
for arg in "$@"; do
    case "$arg" in
        --offline) mode=offline ;;
        --remove) mode=remove ;;
        --ha) ha=true; server_config=standalone-ha.xml ;;
        --server-config=*) server_config=${arg#--server-config=} ;;
        *) extra+=("$arg") ;;
    esac
done
# Kept apart from the list above: the read-only datasource only when the properties name one, the cluster's
# settings only for a node of a cluster.
if grep -Eq '^[[:space:]]*acc\.db\.readUrl[[:space:]]*[=:][[:space:]]*[^[:space:]]' "$properties"; then
    scripts+=(read-datasource.cli)
fi
if [ "$ha" = true ]; then
    scripts+=(cluster.cli)
fi

cli() {
    "$jboss_home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$properties" "$@" ${extra[@]+"${extra[@]}"}
}

case "$mode" in
    offline)
        combined=$(mktemp)
        trap 'rm -f "$combined"' EXIT
        {
            echo "embed-server --server-config=$server_config --std-out=discard"
            for script in "${scripts[@]}"; do cat "$here/$script"; echo; done
            echo "stop-embedded-server"
        } > "$combined"
        cli --file="$combined"
        ;;
    online)
        for script in "${scripts[@]}"; do
            echo "== $script"
            cli -c --file="$here/$script"
        done
        cli -c --command=reload
        ;;
    remove)
        cli -c --file="$here/remove.cli"
        cli -c --command=reload
        ;;
esac
