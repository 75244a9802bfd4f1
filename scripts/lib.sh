# Shared helpers for scripts/run, scripts/test and scripts/bench. Source it; do not run it.

# The repository root, whatever directory the script was started from.
TIJARAT_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say()  { printf '\033[1m==> %s\033[0m\n' "$*"; }
warn() { printf '\033[1;33m!!! %s\033[0m\n' "$*" >&2; }
die()  { printf '\033[1;31mxxx %s\033[0m\n' "$*" >&2; exit 1; }

# The major version of the JDK at $1, or nothing.
jdk_major() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Export JAVA_HOME as a JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
choose_jdk() {
    local best="" best_major=0 major candidate
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then best="$JAVA_HOME"; best_major=$major; fi
    fi
    if [ -z "$best" ]; then
        for candidate in /usr/lib/jvm/*; do
            [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
            major=$(jdk_major "$candidate")
            if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
                best="$candidate"; best_major=$major
            fi
        done
    fi
    [ -n "$best" ] || die "No JDK 21 or newer found. Install one (e.g. Temurin 21+) under /usr/lib/jvm or set JAVA_HOME to it."
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    # Maven's bundled Guava touches sun.misc.Unsafe, which JDK 24+ warns about on every run
    if [ "$best_major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
    # The application server's JVM (scripts/run, scripts/bench): on a machine of two cores the
    # parallel collector leaves more of them to requests than G1 does, and compact object headers
    # (JDK 25) allocate less; measured together at a fifth less CPU per request (docs/benchmarks.md)
    SERVER_JVM=(-Xms256m -Xmx768m -XX:+UseParallelGC -Duser.timezone=UTC)
    if [ "$best_major" -ge 25 ]; then SERVER_JVM+=(-XX:+UseCompactObjectHeaders); fi
    say "Using JDK $best_major at $JAVA_HOME"
}

command -v mvn >/dev/null 2>&1 || die "Apache Maven (mvn) is needed: apt-get install maven"

MVN=(mvn -B -ntp -f "$TIJARAT_HOME/pom.xml")
WAR="$TIJARAT_HOME/target/tijarat.war"
MICRO_JAR="$TIJARAT_HOME/target/payara/payara-micro.jar"

# True when the WAR is missing or older than any source, configuration or the POM.
needs_build() {
    [ -f "$WAR" ] && [ -f "$MICRO_JAR" ] || return 0
    [ -n "$(find "$TIJARAT_HOME/src/main" "$TIJARAT_HOME/pom.xml" -newer "$WAR" -type f -print -quit)" ]
}

# MariaDB/MySQL administration through the local root account (empty password over TCP),
# as on the development and CI machines. Override with TIJARAT_MYSQL_ADMIN="mysql -u... -p...".
mysql_admin() {
    local client
    if [ -n "${TIJARAT_MYSQL_ADMIN:-}" ]; then
        # shellcheck disable=SC2086
        $TIJARAT_MYSQL_ADMIN "$@"
        return
    fi
    client=$(command -v mariadb || command -v mysql) || return 1
    "$client" --protocol=TCP -h "${TIJARAT_MYSQL_HOST:-127.0.0.1}" -P "${TIJARAT_MYSQL_PORT:-3306}" -u root "$@"
}

mysql_answers() { mysql_admin -e 'SELECT 1' >/dev/null 2>&1; }

# Create (or keep) database $1 and user $2 with password $3, owning it. With $4 = fresh, drop it first.
mysql_provision() {
    local db=$1 user=$2 password=$3 fresh=${4:-}
    local sql=""
    [ "$fresh" = fresh ] && sql="DROP DATABASE IF EXISTS \`$db\`;"
    sql="$sql CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$password';
        CREATE USER IF NOT EXISTS '$user'@'127.0.0.1' IDENTIFIED BY '$password';
        ALTER USER '$user'@'localhost' IDENTIFIED BY '$password';
        ALTER USER '$user'@'127.0.0.1' IDENTIFIED BY '$password';
        GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'localhost';
        GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'127.0.0.1';
        FLUSH PRIVILEGES;"
    mysql_admin -e "$sql"
}

# Turn a properties file into Payara Micro system properties, leaving out every key that the
# environment sets (MicroProfile Config reads TIJARAT_DB_URL for tijarat.db.url, and a system
# property would otherwise win over it). Writes the result to $2.
system_properties_from() {
    local file=$1 out=$2 line key env_name
    : >"$out"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in ''|'#'*|'!'*) continue ;; esac
        key=${line%%=*}
        key=${key%"${key##*[![:space:]]}"}
        env_name=$(printf '%s' "$key" | tr -c '[:alnum:]' '_' | tr '[:lower:]' '[:upper:]')
        if [ -n "${!env_name:-}" ]; then continue; fi
        printf '%s\n' "$line" >>"$out"
    done <"$file"
}
