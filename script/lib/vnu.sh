# The Nu Html Checker (vnu.jar, from the npm package vnu-jar) that the browser tests run over the site's pages.
# It runs on Java; installed into .tools/vnu (git-ignored) when missing. Sourced by script/test.
VNU_VERSION=26.9.27

# Installs Java (as root, with apt-get) and vnu.jar when missing, and exports DISPUTECENTER_VNU_JAR.
vnu_ensure() {
  local log="$1"
  if ! command -v java >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "error: the HTML validation test needs Java 17 or later to run the Nu Html Checker: install it (apt-get install -y default-jre-headless)." >&2
      return 1
    fi
    echo "Installing Java for the HTML validator (apt-get install default-jre-headless)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends default-jre-headless >"$log" 2>&1; then
      { apt-get update -q && apt-get install -y -q --no-install-recommends default-jre-headless; } >"$log" 2>&1 \
        || { tail -n 20 "$log" >&2; echo "error: could not install the default-jre-headless package." >&2; return 1; }
    fi
  fi

  export DISPUTECENTER_VNU_JAR=${DISPUTECENTER_VNU_JAR:-$PWD/.tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar}
  if [ ! -f "$DISPUTECENTER_VNU_JAR" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "error: the HTML validation test needs the Nu Html Checker; installing it needs npm (apt-get install -y npm), or set DISPUTECENTER_VNU_JAR to a vnu.jar." >&2
      return 1
    fi
    echo "Installing the Nu Html Checker (npm vnu-jar@$VNU_VERSION into .tools/vnu)"
    # --ignore-scripts: the package's install script would fetch a Java of its own; the machine's is used instead.
    npm install --prefix .tools/vnu --no-audit --no-fund --ignore-scripts "vnu-jar@$VNU_VERSION" >"$log" 2>&1 \
      || { tail -n 20 "$log" >&2; echo "error: could not install vnu-jar@$VNU_VERSION from npm." >&2; return 1; }
    if [ ! -f "$DISPUTECENTER_VNU_JAR" ]; then
      echo "error: vnu-jar is installed, but there is no vnu.jar at $DISPUTECENTER_VNU_JAR." >&2
      return 1
    fi
  fi
}
