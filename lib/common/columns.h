// Fixed-width text columns and addresses appended by hand, for tables of
// 100,000 rows that must match C tools' printf layouts byte for byte
// without printf's cost.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace solnet {

// printf("%-Ws", s): s, then blanks up to `width`.
void append_left(std::string& out, std::string_view s, std::size_t width);
// printf("%-W.Ms", s): the first `max` bytes of s, then blanks up to `width`.
void append_left_cut(std::string& out, std::string_view s, std::size_t width, std::size_t max);

// printf("%-Wd", v) and printf("%Wd", v).
void append_int_left(std::string& out, int64_t v, std::size_t width);
void append_int_right(std::string& out, int64_t v, std::size_t width);

// The dotted quad of an address in host byte order: "10.0.0.1".
void append_dotted(std::string& out, uint32_t v4);

}  // namespace solnet
