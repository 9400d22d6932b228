// Lets doctest print vectors of strings when a comparison fails.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace doctest {

template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (const auto& e : v) s += "\n  \"" + e + "\"";
    s += "\n}";
    return String(s.c_str());
  }
};

}  // namespace doctest
