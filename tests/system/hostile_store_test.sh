# Issue 18, item 2, the state store: its directory is checked, its files
# are never opened through links, its modes do not follow the umask.
source "$SOLNET_TESTS/hostile_lib.sh"

# after_writer: the writer just run wrote nothing outside the store and
# left its files regular: a success shows, a failure says why.
after_writer() {
  assert_eq "$(victim_state)" "$victim_before" "the victim"
  [ ! -L $STORE ] && [ -f $STORE ] || fail "$STORE: $(ls -l $STORE)"
  if [ $rc -eq 0 ]; then
    $IFCONFIG -a4 | grep -q 'inet 10.0.0.3 ' || fail "10.0.0.3 not recorded: $($IFCONFIG -a4)"
  else
    [ -s /run/err ] || fail "failed with no message"
  fi
}

# A symbolic link planted as the next writer's temporary file under the
# name main used (its pid is known: sh execs ifconfig; temp names are
# random now) to a file or to nowhere: neither is written.
t_temp_file_symlink_is_not_followed() {
  store_setup
  victim_setup
  local victim_before target
  victim_before=$(victim_state)
  for target in /run/victim/precious /run/victim/created; do
    $IFCONFIG v0 removeif 10.0.0.3 >/dev/null 2>&1
    bounded $BOUND sh -c 'ln -s "$1" "$2.tmp.$$" && exec "$3" v0 addif 10.0.0.3/24' _ \
      "$target" "$STORE" "$IFCONFIG"
    after_writer
    rm -f $STORE.tmp.*
  done
}

# The lock as a symbolic link to a file or to nowhere: never created
# through, never changed through.
t_lock_symlink_is_not_followed() {
  store_setup
  victim_setup
  local victim_before target
  victim_before=$(victim_state)
  for target in /run/victim/precious /run/victim/created; do
    rm -f $STORE_LOCK
    ln -s "$target" $STORE_LOCK
    bounded $BOUND $IFCONFIG v0 addif 10.0.0.3/24
    assert_eq "$(victim_state)" "$victim_before" "the victim, lock -> $target"
    [ $rc -eq 0 ] || [ -s /run/err ] || fail "failed with no message"
    $IFCONFIG v0 removeif 10.0.0.3 >/dev/null 2>&1
  done
}

# dhcp-primary.tmp, a fixed name, planted as a symbolic link: the record
# of the primary interface is not written through it.
t_dhcp_primary_temp_symlink_is_not_followed() {
  source "$SOLNET_TESTS/dhcp_lib.sh"
  store_setup
  victim_setup
  local victim_before target
  victim_before=$(victim_state)
  for target in /run/victim/precious /run/victim/created; do
    ln -sfn "$target" $DHCP_PRIMARY.tmp
    bounded $BOUND $IFCONFIG v1 dhcp start wait 0
    [ -e /run/dhcpcd/v1-4.pid ] && _dhcp_track v1
    assert_eq "$(victim_state)" "$victim_before" "the victim, dhcp-primary.tmp -> $target"
    if [ $rc -eq 0 ]; then
      [ ! -L $DHCP_PRIMARY ] || fail "$DHCP_PRIMARY is a link: $(ls -l $DHCP_PRIMARY)"
      assert_eq "$(cat $DHCP_PRIMARY)" v1 "the primary"
    else
      [ -s /run/err ] || fail "failed with no message"
    fi
    $IFCONFIG v1 dhcp drop >/dev/null 2>&1
    rm -f $DHCP_PRIMARY.tmp
  done
}

# The store directory made hostile in each way the issue lists, holding
# a planted store that shows v0:1 with 10.66.6.6: writers fail naming the
# directory and change nothing; readers (root and nobody) warn naming it
# and show the kernel's interfaces alone.
t_hostile_store_directory_is_refused() {
  store_setup
  $IFCONFIG v0 removeif 10.0.0.2 >/dev/null || fail "removeif"
  $IFCONFIG v0 addif 10.66.6.6/24 >/dev/null || fail "addif 10.66.6.6"
  cp $STORE /run/planted.json
  $IFCONFIG v0 removeif 10.66.6.6 >/dev/null || fail "removeif 10.66.6.6"
  local kind before hostile who
  for kind in symlink-nobody symlink-root owner-nobody group-nobody world-writable sticky-world file; do
    rm -rf $LIF /run/elsewhere
    case $kind in
    symlink-nobody | symlink-root)
      mkdir -m 755 /run/elsewhere
      cp /run/planted.json /run/elsewhere/${STORE##*/}
      [ $kind = symlink-nobody ] && chown -R 65534:65534 /run/elsewhere
      ln -s /run/elsewhere $LIF
      ;;
    owner-nobody)  # nobody made it first: /run is world-writable here
      as_nobody mkdir -m 755 $LIF && as_nobody cp /run/planted.json $STORE || fail "as nobody"
      ;;
    group-nobody) mkdir -m 775 $LIF && chgrp 65534 $LIF && cp /run/planted.json $STORE ;;
    world-writable) mkdir -m 777 $LIF && cp /run/planted.json $STORE ;;
    sticky-world) mkdir -m 1777 $LIF && cp /run/planted.json $STORE ;;
    file) cp /run/planted.json $LIF ;;
    esac
    [ -e $STORE ] && chmod 644 $STORE
    hostile=$(find $LIF/ /run/elsewhere -printf '%p %y %m %U:%G\n' 2>/dev/null | sort; cat $STORE 2>/dev/null)
    before=$(kernel_snapshot)
    refused_within $IFCONFIG v0 addif 10.0.0.3/24
    err_has $LIF
    assert_eq "$(kernel_snapshot)" "$before" "kernel after a writer, $kind"
    assert_eq "$(find $LIF/ /run/elsewhere -printf '%p %y %m %U:%G\n' 2>/dev/null | sort; cat $STORE 2>/dev/null)" \
      "$hostile" "the hostile store after a writer, $kind"
    for who in root nobody; do
      if [ $who = root ]; then bounded $BOUND $IFCONFIG -a4; else bounded $BOUND "${NOBODY[@]}" $IFCONFIG -a4; fi
      [ $rc -eq 0 ] || fail "$who's ifconfig -a4 with a $kind store exited $rc: $(cat /run/err)"
      grep -q 10.66.6.6 /run/out && fail "$who's ifconfig -a4 trusted a $kind store: $(cat /run/out)"
      grep -q '^v0: ' /run/out || fail "$who's ifconfig -a4 lost v0: $(cat /run/out)"
      [ "$(wc -l </run/err)" -eq 1 ] || fail "$who's ifconfig -a4 with a $kind store: not one warning: $(cat /run/err)"
      err_has $LIF
    done
  done
}

# Root's umask 077 does not make the store private: a fresh store and a
# rewritten one are 0755 and 0644, and nobody sees the down logical
# interfaces root sees.
t_store_modes_ignore_the_umask() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  rm -rf $LIF
  local addr
  # the first makes the store, the second rewrites it
  for addr in 10.0.0.7 10.0.0.8; do
    (umask 077 && exec $IFCONFIG v0 addif $addr/24) >/dev/null || fail "addif $addr"
    assert_eq "$(stat -c '%a %U' $LIF $STORE)" "755 root
644 root" "modes after addif $addr under umask 077"
    assert_match "$(as_nobody $IFCONFIG -a4)" "inet $addr " "nobody's view"
    assert_eq "$(as_nobody $IFCONFIG -a4 2>&1)" "$($IFCONFIG -a4 2>&1)" "nobody's view and root's"
  done
}
