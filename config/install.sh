#!/usr/bin/env bash
# Applies the accountability CLI scripts to a WildFly, in the one order they need.
#
#   config/install.sh JBOSS_HOME PROPERTIES_FILE            # running server (connects to its management port)
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --offline  # stopped server: edits its standalone.xml
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --remove   # running server: removes everything again
#
# Extra jboss-cli arguments may follow, e.g. --controller=remote+http://host:9990 --user=... --password=...
# The build's integration tests and the demo configure their server with this same script (--offline).
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
jboss_home=$1
properties=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
scripts=(credentials.cli datasource.cli security.cli mail.cli session.cli system-properties.cli)
mode=online
extra=()
for arg in "$@"; do
    case "$arg" in
        --offline) mode=offline ;;
        --remove) mode=remove ;;
        *) extra+=("$arg") ;;
    esac
done

cli() {
    "$jboss_home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$properties" "$@" ${extra[@]+"${extra[@]}"}
}

case "$mode" in
    offline)
        combined=$(mktemp)
        trap 'rm -f "$combined"' EXIT
        {
            echo "embed-server --server-config=standalone.xml --std-out=discard"
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
