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
  xvfb xauth dbus dbus-daemon clang-format poppler-utils
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
