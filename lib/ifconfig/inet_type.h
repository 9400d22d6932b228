// inet_type(5): /etc/default/inet_type's DEFAULT_IP chooses what displays
// that name no address family show. "IP_VERSION4: Displays only IPv4
// related information"; IP_VERSION6 and BOTH display both, as does a file
// without the variable. Options and family words on the command line win.
#pragma once

#include <string_view>

namespace solnet {

// The family displays default to under the file's text: AF_INET for
// DEFAULT_IP=IP_VERSION4, else 0 (both). As defread(3C): the first line
// that starts with "DEFAULT_IP=" counts; the value may be quoted.
int inet_type_family(std::string_view text);

}  // namespace solnet
