# Sourced by .ci/run and the scripts in tools/: JAVA_HOME becomes a JDK >= 21 found without help (JAVA_HOME if it
# qualifies, else the first under /usr/lib/jvm that does); the script stops when there is none.
java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}
pick_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/jcmd" ] \
                && [ "$(java_major "$candidate")" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
JAVA_HOME=$(pick_jdk) || { echo "No JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
