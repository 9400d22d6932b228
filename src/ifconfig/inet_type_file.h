// Reads inet_type(5) for the displays (rules: lib/ifconfig/inet_type.h).
#pragma once

#include <string>

namespace solnet {

// The family displays without one named default to (0: both). A file that
// is missing, unreadable, not a regular file (a FIFO would block a display)
// counts as absent; only its first 64 KiB are read.
int default_display_family(const std::string& path);

}  // namespace solnet
