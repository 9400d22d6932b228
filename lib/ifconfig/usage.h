// ifconfig --help, written from the tables: the selectors and options, the
// keywords, the DHCP words.
#pragma once

#include <string>

namespace solnet {

std::string ifconfig_usage();

}  // namespace solnet
