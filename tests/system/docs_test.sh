# Manual pages, shell completions and `meson install`.

# Each command must have its manual page and completions.
docs_commands() { echo ifconfig route arp; }

t_man_pages_render_without_warnings() {
  local c page err
  for c in $(docs_commands) solnet-boot; do
    page=$SOLNET_BUILD/man/$c.8
    [ -s "$page" ] || fail "$page was not built (scdoc missing? CI installs it)"
    err=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page failed: $err"
    [ -z "$err" ] || fail "man --warnings -l $page: $err"
    MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q "^NAME" || fail "$page has no NAME section"
  done
}

# Links and logical interfaces the completions must offer.
docs_interfaces() {
  veth sn0 sn1
  "$IFCONFIG" sn0 10.9.0.1/24 up || fail "cannot configure sn0"
  "$IFCONFIG" sn0 addif 10.9.0.7/24 >/dev/null || fail "addif failed"  # sn0:1, down: state store only
  ip addr add 10.9.0.9/24 dev sn0 label sn0:5 || fail "cannot add sn0:5"
  export PATH=$SOLNET_BUILD/cmd:$PATH
}

# Partial command lines ("|" then words that must be offered, "|" then words
# that must not). A line that ends in a space completes a new word.
docs_cases=(
  "ifconfig sn|sn0 sn0:1 sn0:5 sn1|lo netmask"
  "ifconfig |-a -au -aD --json sn0 sn0:1 lo|netmask"
  "ifconfig sn0 net|netmask|up"
  "ifconfig sn0 |inet inet6 netmask up dhcp|sn0"
  "ifconfig sn0 inet |netmask up addif|inet inet6 token"
  "ifconfig sn0 inet6 |token deprecated up addif router|netmask dhcp inet"
  "ifconfig -a4 |inet netmask|sn0"
  "ifconfig sn0 netmask |+|up netmask"
  "ifconfig sn0 10.9.0.1 netmask + broadcast |+|up"
  "ifconfig sn0 dhcp |drop extend ping primary release start status wait|netmask up dhcp"
  "ifconfig sn0 dhcp wait |forever|start"
  "ifconfig sn0 auto-dhcp primary wait 30 st|start status|stop"
  "ifconfig sn0:1 10.9.0.7 |up down addif netmask -arp dhcp configinfo|sn0 forever inet6"
  "ifconfig -a |netmask configinfo|sn0"
  "ifconfig sn0 hw |ether|up"
  "ifconfig sn0 hw ether ||up netmask"
  "ifconfig sn0 hw ether 2:0:0:0:0:1 |up netmask|"
  "ifconfig sn0 usesrc |none sn1 lo|sn0:1 up"
  "ifconfig sn0 auto|auto-revarp auto-dhcp|up"
  "ifconfig sn0 mtu ||up"
  "arp -|-a -d -s -f -n -i --net-tools --version --json|sn0"
  "arp -i |sn0 sn1|sn0:1 -a"
  "arp -s 10.9.0.2 2:0:0:0:0:2 |temp pub priv trail permanent netmask dev|sn0"
  "arp -d 10.9.0.2 |pub priv netmask dev|temp permanent"
  "arp -s 10.9.0.2 2:0:0:0:0:2 dev |sn0 sn1|temp"
  "arp --ver|--version|"
  "route |add delete get flush monitor -n -p|netmask"
  "route -A |inet inet6 inet,inet6|add"
  "route add -net 10.0.0.0 netmask 255.0.0.0 |gw dev metric -netmask -ifp|add"
  "route add default gw 10.9.0.254 dev |sn0 sn0:1 sn1|gw"
  "route add 10.0.0.0 -|-netmask -ifp -interface|gw"
  "route add 10.0.0.0 -ifp |sn0 sn0:1|-netmask"
  "route -f flush |-inet -inet6|-netmask gw"
  "route -n --js|--json|"
)

# check_offered SHELL LINE MUST MUSTNOT OFFERED: the words offered for LINE.
check_offered() {
  local w
  for w in $3; do grep -qxF -- "$w" <<<"$5" || fail "$1: '$2' does not offer '$w'; offered: $(tr '\n' ' ' <<<"$5")"; done
  for w in $4; do ! grep -qxF -- "$w" <<<"$5" || fail "$1: '$2' offers '$w'; offered: $(tr '\n' ' ' <<<"$5")"; done
}

# The words bash offers: the script sourced, the completion function called
# with COMP_WORDS and COMP_CWORD as bash sets them.
bash_offers() {
  local line=$1 cmd=${1%% *}
  local -a words
  read -ra words <<<"$line"
  [[ $line == *' ' ]] && words+=("")
  bash --norc --noprofile -c '
    PATH=${COMPLETION_PATH:-$PATH}
    source "$1"
    shift
    COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*" COMP_POINT=${#COMP_LINE}
    "_solnet_$1"
    printf "%s\n" "${COMPREPLY[@]}"
  ' _ "$SOLNET_BUILD/completions/$cmd" "${words[@]}"
}

t_bash_completion_offers_the_tables_words() {
  docs_interfaces
  local c line must mustnot
  for c in "${docs_cases[@]}"; do
    IFS='|' read -r line must mustnot <<<"$c"
    check_offered bash "$line" "$must" "$mustnot" "$(bash_offers "$line")"
  done
}

# With bash-completion loaded, as in a login shell, ':' splits words for
# bash; the script still completes eth0:N.
t_bash_completion_logical_names_with_bash_completion() {
  docs_interfaces
  local out
  out=$(bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"
    COMP_WORDS=(ifconfig sn0 :) COMP_CWORD=2 COMP_LINE="ifconfig sn0:" COMP_POINT=13
    _solnet_ifconfig
    printf "%s\n" "${COMPREPLY[@]}"
  ' _ "$SOLNET_BUILD/completions/ifconfig")
  check_offered bash "ifconfig sn0:" "1 5" "sn0 sn1" "$out"
}

t_zsh_completion_offers_the_tables_words() {
  docs_interfaces
  # zpty needs pseudo-terminals; a chroot whose /dev is a plain bind mount
  # has no devpts at /dev/pts (this mount namespace is the test's own).
  mountpoint -q /dev/pts || mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts ||
    fail "no pseudo-terminals for zsh"
  local c line must mustnot lines=() n=0 out=/run/zsh-offered
  for c in "${docs_cases[@]}"; do lines+=("${c%%|*}"); done
  zsh -f "$SOLNET_TESTS/zsh_complete.zsh" "$SOLNET_BUILD/completions" "$out" "${lines[@]}" || fail "zsh failed"
  for c in "${docs_cases[@]}"; do
    n=$((n + 1))
    IFS='|' read -r line must mustnot <<<"$c"
    check_offered zsh "$line" "$must" "$mustnot" "$(sort -u "$out.$n")"
  done
}

t_fish_completion_offers_the_tables_words() {
  docs_interfaces
  local c line must mustnot offered
  for c in "${docs_cases[@]}"; do
    IFS='|' read -r line must mustnot <<<"$c"
    offered=$(HOME=/run/fish-home fish --no-config -c \
      'set fish_complete_path $argv[1] $fish_complete_path; complete -C $argv[2]' \
      "$SOLNET_BUILD/completions" "$line" | cut -f1)
    check_offered fish "$line" "$must" "$mustnot" "$offered"
  done
}

# Completions run as many times as TAB is pressed: reading the interfaces
# must not need our ifconfig (net-tools' or none will do).
t_completion_interfaces_without_our_ifconfig() {
  veth sn0 sn1
  local out
  out=$(COMPLETION_PATH=/usr/bin bash_offers "arp -i ")  # no ifconfig at all
  check_offered bash "arp -i (no ifconfig)" "sn0 sn1 lo" "" "$out"
  out=$(bash_offers "ifconfig sn")  # /sbin/ifconfig: net-tools
  check_offered bash "ifconfig sn (net-tools)" "sn0 sn1" "" "$out"
}

# Where meson installed FILE (a path in the build directory).
installed_path() {
  meson introspect --installed "$SOLNET_BUILD" | jq -r --arg f "$(realpath "$SOLNET_BUILD/$1")" '.[$f] // empty'
}

# One test: the install log both parts write is the build directory's.
t_meson_install_destdir_then_over_net_tools_and_back() {
  check_destdir_install
  check_install_over_net_tools
}

check_destdir_install() {
  local dest=/run/destdir prefix c f out missing
  meson install -C "$SOLNET_BUILD" --no-rebuild --destdir "$dest" >/run/install.log 2>&1 ||
    fail "meson install --destdir failed: $(tail -5 /run/install.log)"
  prefix=$(meson introspect --buildoptions "$SOLNET_BUILD" | jq -r '.[] | select(.name == "prefix") | .value')
  for c in $(docs_commands) solnet-boot; do
    for f in "$prefix/sbin/$c" "$prefix/share/man/man8/$c.8"; do
      [ -s "$dest$f" ] || fail "meson install did not install $f"
    done
    "$dest$prefix/sbin/$c" --version | grep -q "^$c (solnet) " || fail "installed $c --version"
  done
  missing=$(meson introspect --installed "$SOLNET_BUILD" | jq -r '.[]' | while read -r f; do
    [ -e "$dest$f" ] || echo "$f"
  done)
  [ -z "$missing" ] || fail "listed as installed but not in DESTDIR: $missing"

  # Each shell looks where its scripts went.
  local bash_dirs zsh_dirs fish_dirs
  bash_dirs=$(tr ':' '\n' <<<"${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" | sed 's|$|/bash-completion/completions|')
  zsh_dirs=$(HOME=/run/zsh-home zsh -c 'print -l $fpath')
  fish_dirs=$(HOME=/run/fish-home fish -c 'printf "%s\n" $fish_complete_path')
  for c in $(docs_commands); do
    for f in "bash:$c:$bash_dirs" "zsh:_$c:$zsh_dirs" "fish:$c.fish:$fish_dirs"; do
      local shell=${f%%:*} rest=${f#*:}
      local file=${rest%%:*} dirs=${rest#*:} at
      at=$(installed_path "completions/$file")
      [ -n "$at" ] || fail "$shell completion of $c is not installed"
      [ -s "$dest$at" ] || fail "$at is not in DESTDIR"
      grep -qxF "$(dirname "$at")" <<<"$dirs" || fail "$shell does not look in $(dirname "$at"): $(tr '\n' ' ' <<<"$dirs")"
    done
  done
  # The installed bash completion works from its installed place.
  out=$(bash --norc --noprofile -c '
    source "$1"; COMP_WORDS=(ifconfig lo dhcp "") COMP_CWORD=3; _solnet_ifconfig; printf "%s\n" "${COMPREPLY[@]}"
  ' _ "$dest$(installed_path completions/ifconfig)")
  check_offered bash "installed: ifconfig lo dhcp" "start status" "netmask" "$out"
}

# The README's way: meson install (into this test's private overlay of
# /usr), dpkg-divert over net-tools, and back.
check_install_over_net_tools() {
  mkdir -p /run/overlay/usr/up /run/overlay/usr/work
  mount -t overlay overlay -o lowerdir=/usr,upperdir=/run/overlay/usr/up,workdir=/run/overlay/usr/work /usr ||
    fail "cannot overlay /usr"
  local prefix f c out
  prefix=$(meson introspect --buildoptions "$SOLNET_BUILD" | jq -r '.[] | select(.name == "prefix") | .value')
  [ "$prefix" = /usr/local ] || fail "this check wants the default prefix, not $prefix"
  meson install -C "$SOLNET_BUILD" --no-rebuild >/run/install.log 2>&1 || fail "meson install: $(tail -5 /run/install.log)"
  local root_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  for c in $(docs_commands); do
    assert_eq "$(PATH=$root_path command -v "$c")" "/usr/local/sbin/$c" "root's PATH finds ours first"
    # /usr/local/man is a link to share/man on Debian.
    assert_eq "$(realpath "$(PATH=$root_path man -w "$c")")" "/usr/local/share/man/man8/$c.8" "man $c"
  done
  # Each shell, as installed, loads our completions.
  out=$(bash --norc --noprofile -c 'source /usr/share/bash-completion/bash_completion
    __load_completion ifconfig; complete -p ifconfig')
  assert_match "$out" "_solnet_ifconfig" "bash-completion loads ours"
  out=$(HOME=/run/zsh-home zsh -c 'autoload -Uz compinit; compinit -u -D; print -r -- $functions_source[_ifconfig]; autoload +X _ifconfig; print -r -- $functions_source[_ifconfig]')
  assert_match "$out" "site-functions/_ifconfig" "zsh loads ours"
  out=$(HOME=/run/fish-home fish -c 'complete -C "route -p sh"' | cut -f1)
  assert_eq "$out" "show" "fish loads ours"

  # Over net-tools' files, as the README says.
  for f in /sbin/ifconfig /sbin/route /usr/sbin/arp; do
    dpkg-divert --local --rename --divert "$f.net-tools" --add "$f" >/dev/null || fail "dpkg-divert $f"
    ln -s "/usr/local/sbin/$(basename "$f")" "$f"
    "$f" --version | grep -q "(solnet)" || fail "$f is not ours"
  done
  /sbin/ifconfig.net-tools -a >/dev/null || fail "net-tools ifconfig is not kept aside"

  # And back.
  for f in /sbin/ifconfig /sbin/route /usr/sbin/arp; do
    rm -f "$f"
    dpkg-divert --local --rename --remove "$f" >/dev/null || fail "dpkg-divert --remove $f"
  done
  ninja -C "$SOLNET_BUILD" uninstall >/run/uninstall.log 2>&1 || fail "uninstall: $(tail -5 /run/uninstall.log)"
  for c in $(docs_commands); do
    [ ! -e "/usr/local/sbin/$c" ] || fail "/usr/local/sbin/$c is still there"
    [ ! -e "/usr/local/share/man/man8/$c.8" ] || fail "$c.8 is still there"
  done
  /sbin/ifconfig -V 2>&1 | grep -q net-tools || fail "/sbin/ifconfig is not net-tools again"
  ! dpkg-divert --list '*net-tools*' | grep -qE 'ifconfig|route|arp' || fail "diversions left"
}
