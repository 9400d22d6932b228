// Precompiled for every library (meson's cpp_pch): the standard headers
// nearly every file parses. Build with -Db_pch=false to check that each
// file includes what it uses.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>
