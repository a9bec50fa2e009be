#!/usr/bin/env bash
# Applies the accountability CLI scripts to a WildFly, in the one order they need.
#
#   config/install.sh JBOSS_HOME PROPERTIES_FILE            # running server (connects to its management port)
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --offline  # stopped server: edits its standalone.xml
#   config/install.sh JBOSS_HOME PROPERTIES_FILE --remove   # running server, application undeployed: removes it all
#
# A node of a cluster: add --ha. The same scripts and cluster.cli (JGroups over TCP, members from
# acc.cluster.members) go into standalone-ha.xml (offline; --server-config=standalone-full-ha.xml for that
# profile), or into whatever configuration the running server uses (online). Start each node with its own
# -Djboss.node.name=... -Djboss.tx.node.id=... (README, "Running as a cluster").
# With acc.db.readUrl set in the properties file, read-datasource.cli adds the read-only datasource too.
#
# Extra jboss-cli arguments may follow, e.g. --controller=remote+http://host:9990 --user=... --password=...
# (a server with a port offset needs --controller=localhost:PORT even when it is local).
# The build's integration tests and the demo configure their server with this same script (--offline).
# Every script adds only what is missing: run again, it changes nothing and reloads nothing. When a change needs a
# reload, the script reloads the server and waits until it runs again (ACC_RELOAD_TIMEOUT seconds, default 600).
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
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

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

# The ID-hash secret never reaches jboss-cli as a property: the CLI makes its properties system properties, and an
# embedded server (--offline) lists those in server.log, masking only names with "password". The scripts get the
# file without it; the secret goes to the server encrypted (bind_secret).
secret_property='acc\.app\.idHashSecret'
grep -v "^[[:space:]]*${secret_property}[[:space:]]*[=:]" "$properties" > "$work/cli.properties" || true
secret=$(sed -n "s/^[[:space:]]*${secret_property}[[:space:]]*[=:][[:space:]]*//p" "$properties" | tail -n 1 | sed 's/\\\\/\\/g')
binding='/subsystem=naming/binding=java\:global\/accountability\/id-hash-secret'

cli() {
    "$jboss_home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$work/cli.properties" "$@" ${extra[@]+"${extra[@]}"}
}

# Without client-side resolution: an ${ENC::...} expression must reach the server as written.
cli_verbatim() {
    "$jboss_home/bin/jboss-cli.sh" "$@" ${extra[@]+"${extra[@]}"}
}

# CLI lines that encrypt the secret with the credential store's key when it is not bound yet (their output is the
# expression, never the secret).
encrypt_secret() {
    if [ -z "$secret" ]; then
        echo "acc.app.idHashSecret is missing in $properties" >&2
        exit 2
    fi
    case "$secret" in
        *'${'*) echo "acc.app.idHashSecret must not contain \"\${\"" >&2; exit 2 ;;
    esac
    local quoted=${secret//\\/\\\\}
    quoted=${quoted//\"/\\\"}
    echo "if (outcome != success) of $binding:read-resource"
    echo "    /subsystem=elytron/expression=encryption:create-expression(resolver=accountability, clear-text=\"$quoted\")"
    echo "end-if"
}

# The application reads the secret by JNDI (shared.Settings); the configuration keeps only its encrypted form.
# Prints the command that binds the expression found in an output of encrypt_secret, if any.
bind_secret() {
    local expression
    expression=$(grep -o '\${ENC::accountability:[A-Za-z0-9+/=]*}' "$1" | tail -n 1 || true)
    if [ -n "$expression" ]; then
        echo "$binding:add(binding-type=simple, type=java.lang.String, value=\"$expression\")"
    fi
}

server_state() {
    cli -c --command=':read-attribute(name=server-state)' 2>/dev/null | sed -n 's/.*"result" => "\([a-z-]*\)".*/\1/p' || true
}

await_running() {
    local deadline=$((SECONDS + ${ACC_RELOAD_TIMEOUT:-600}))
    until [ "$(server_state)" = running ]; do
        if [ $SECONDS -ge $deadline ]; then
            echo "The server is not running again after ${ACC_RELOAD_TIMEOUT:-600} s: see its server.log" >&2
            exit 1
        fi
        sleep 3
    done
}

# Reloads only when a change asked for it: a run that changed nothing leaves the server alone.
reload_if_required() {
    case "$(server_state)" in
        reload-required)
            echo "== reload"
            cli -c --command=':reload'
            await_running
            echo "== running again"
            ;;
        restart-required)
            echo "== the server must be restarted for the changes to apply"
            ;;
        running)
            echo "== no reload needed"
            ;;
        *)
            echo "The server's state could not be read" >&2
            exit 1
            ;;
    esac
}

case "$mode" in
    offline)
        combined="$work/offline.cli"
        {
            echo "embed-server --server-config=$server_config --std-out=discard"
            for script in "${scripts[@]}"; do cat "$here/$script"; echo; done
            encrypt_secret
            echo "stop-embedded-server"
        } > "$combined"
        cli --file="$combined" | tee "$work/offline.out"
        if [ -n "$(bind_secret "$work/offline.out")" ]; then
            {
                echo "embed-server --server-config=$server_config --std-out=discard"
                bind_secret "$work/offline.out"
                echo "stop-embedded-server"
            } > "$work/bind.cli"
            cli_verbatim --file="$work/bind.cli"
        fi
        ;;
    online)
        for script in "${scripts[@]}"; do
            echo "== $script"
            cli -c --file="$here/$script"
        done
        echo "== ID-hash secret"
        encrypt_secret > "$work/encrypt.cli"
        cli -c --file="$work/encrypt.cli" | tee "$work/encrypt.out"
        if [ -n "$(bind_secret "$work/encrypt.out")" ]; then
            cli_verbatim -c --command="$(bind_secret "$work/encrypt.out")"
        fi
        reload_if_required
        ;;
    remove)
        # Removing the datasource and the security domain under a deployed application would leave it dead.
        deployments=$(cli -c --command=':read-children-names(child-type=deployment)')
        if grep -qi '"accountability[^"]*\.ear"' <<< "$deployments"; then
            echo "The application is deployed: undeploy it first, e.g." >&2
            echo "  $jboss_home/bin/jboss-cli.sh -c --command=\"undeploy accountability.ear\"" >&2
            echo "Nothing was removed." >&2
            exit 1
        fi
        config_dir=$(cli -c --command='/path=jboss.server.config.dir:read-attribute(name=path)' | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
        store_file=$(sed -n 's/^[[:space:]]*acc\.credentialStore\.file[[:space:]]*[=:][[:space:]]*//p' "$properties" | tail -n 1)
        cli -c --file="$here/remove.cli"
        reload_if_required
        cli -c --file="$here/remove-driver.cli"
        reload_if_required
        # The store's file outlives its resource; left behind, a store password changed since could not open it.
        local_server=true
        for arg in ${extra[@]+"${extra[@]}"}; do
            case "$arg" in
                --controller=*localhost*|--controller=*127.0.0.1*|--controller=*::1*) ;;
                --controller=*) local_server=false ;;
            esac
        done
        if [ -n "$config_dir" ] && [ -n "$store_file" ]; then
            if [ "$local_server" = true ] && [ -f "$config_dir/$store_file" ]; then
                rm -f "$config_dir/$store_file"
                echo "== removed the credential store $config_dir/$store_file"
            elif [ "$local_server" = false ]; then
                echo "== delete the credential store file $config_dir/$store_file on the server"
            fi
        fi
        ;;
esac
