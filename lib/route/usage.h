// route --help, written from the keyword tables.
#pragma once

#include <string>

namespace solnet {

std::string route_usage();

}  // namespace solnet
