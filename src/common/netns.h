// Which network namespace this process is in, for files under /run that
// every namespace sharing /run (ip netns exec, containers) would see.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

namespace solnet {

// The nsfs device and inode of /proc/self/ns/net name a namespace's files;
// the cookie (SO_NETNS_COOKIE, never reused while the system runs) tells a
// namespace from a dead one whose inode was reused.
struct NetnsId {
  dev_t dev = 0;
  ino_t ino = 0;
  uint64_t cookie = 0;
};

NetnsId current_netns();

// "net.DEV.INO": the start of the names of a namespace's files.
std::string netns_file_base(const NetnsId& ns);

}  // namespace solnet
