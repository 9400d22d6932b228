// Precompiled for the unit tests (tests/meson.build): the headers nearly
// every test file parses, so that the test files parse them once.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>
