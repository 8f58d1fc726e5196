# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/test: install what is missing, configure, build.
# Sourced, not run.

KR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages. Build: compilers, meson and the libraries. Test: Xvfb, D-Bus,
# validators, poppler (PDF checks), clang-format. Run: fonts and icons for a real window;
# fonts-dejavu-extra has DejaVu Sans Condensed, the font official documents are laid out in.
KR_BUILD_PACKAGES=(
  gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libsodium-dev libcairo2-dev libpango1.0-dev libjson-glib-dev libxlsxwriter-dev
  appstream desktop-file-utils
)
KR_RUN_PACKAGES=(
  adwaita-icon-theme fonts-cantarell fonts-dejavu-core fonts-dejavu-extra librsvg2-common sqlite3
)
KR_TEST_PACKAGES=(
  xvfb xauth dbus dbus-daemon clang-format poppler-utils clang
)

kr_log () {
  printf '\033[1m==> %s\033[0m\n' "$*" >&2
}

# kr_ensure_packages PKG...: apt-get install the packages that are not installed yet.
kr_ensure_packages () {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "Missing packages: ${missing[*]}" >&2
      echo "Install them as root: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  kr_log "Installing missing packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# kr_build DIR [MESON OPTIONS...]: configure DIR once, then build it.
kr_build () {
  local dir=$1
  shift
  if [ ! -f "$KR_ROOT/$dir/build.ninja" ]; then
    kr_log "Configuring $dir"
    meson setup "$KR_ROOT/$dir" "$KR_ROOT" "$@"
  fi
  kr_log "Building $dir"
  ninja -C "$KR_ROOT/$dir"
}

# kr_fuzz_targets: the names of the libFuzzer targets (fuzz_targets in tests/fuzz/meson.build),
# one a line.
kr_fuzz_targets () {
  sed -n '/^fuzz_targets = \[/,/\]/p' "$KR_ROOT/tests/fuzz/meson.build" |
    tr -d "[]' \n" | sed 's/^fuzz_targets=//' | tr ',' '\n'
  echo
}

# kr_fuzz_build TARGET...: configure build-fuzz once (clang, libFuzzer, ASan + UBSan), then
# build the fuzz targets named.
kr_fuzz_build () {
  if [ ! -f "$KR_ROOT/build-fuzz/build.ninja" ]; then
    kr_log "Configuring build-fuzz"
    CC=clang meson setup "$KR_ROOT/build-fuzz" "$KR_ROOT" -Dfuzzing=true \
      -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug || return 1
  fi
  kr_log "Building the fuzz targets"
  ninja -C "$KR_ROOT/build-fuzz" "${@/#/tests/fuzz/fuzz-}"
}

# kr_fuzz_run TARGET DIR LIBFUZZER_OPTION...: runs fuzz-TARGET on a copy of its seed corpus in
# DIR (with its dictionary when it has one), failing inputs kept as DIR/TARGET-*, output in
# DIR/TARGET.log. Returns libFuzzer's status: 0 when nothing failed.
kr_fuzz_run () {
  local t=$1 dir=$2 dict=()
  shift 2
  rm -rf "$dir/corpus-$t"
  cp -r "$KR_ROOT/tests/fuzz/corpus/$t" "$dir/corpus-$t"
  [ -f "$KR_ROOT/tests/fuzz/$t.dict" ] && dict=(-dict="$KR_ROOT/tests/fuzz/$t.dict")
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$KR_ROOT/tests/lsan.supp" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$KR_ROOT/build-fuzz/tests/fuzz/fuzz-$t" -rss_limit_mb=2048 -timeout=25 \
    -artifact_prefix="$dir/$t-" "${dict[@]}" "$@" "$dir/corpus-$t" >"$dir/$t.log" 2>&1
}
