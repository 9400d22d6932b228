#include "lib/ifconfig/json_tree.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace solnet {

const JsonTree* JsonTree::find(std::string_view key) const {
  for (auto it = members.rbegin(); it != members.rend(); ++it)
    if (it->key == key) return &it->value;
  return nullptr;
}

namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  std::optional<JsonTree> document() {
    JsonTree t;
    if (!value(t, 0)) return std::nullopt;
    space();
    if (p_ != end_) return std::nullopt;
    return t;
  }

 private:
  void space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool value(JsonTree& t, int depth) {
    space();
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(t, depth + 1);
      case '[': return array(t, depth + 1);
      case '"':
        t.kind = JsonTree::Kind::string;
        return string(t.string);
      case 't':
        t.kind = JsonTree::Kind::boolean;
        t.boolean = true;
        return literal("true");
      case 'f':
        t.kind = JsonTree::Kind::boolean;
        return literal("false");
      case 'n': return literal("null");
      default: return number(t);
    }
  }

  bool object(JsonTree& t, int depth) {
    if (depth > kJsonMaxDepth) return false;
    t.kind = JsonTree::Kind::object;
    ++p_;
    space();
    if (p_ != end_ && *p_ == '}') return ++p_, true;
    for (;;) {
      space();
      if (p_ == end_ || *p_ != '"') return false;
      auto& m = t.members.emplace_back();
      if (!string(m.key)) return false;
      space();
      if (p_ == end_ || *p_++ != ':') return false;
      if (!value(m.value, depth)) return false;
      space();
      if (p_ == end_) return false;
      if (*p_ == '}') return ++p_, true;
      if (*p_++ != ',') return false;
    }
  }

  bool array(JsonTree& t, int depth) {
    if (depth > kJsonMaxDepth) return false;
    t.kind = JsonTree::Kind::array;
    ++p_;
    space();
    if (p_ != end_ && *p_ == ']') return ++p_, true;
    for (;;) {
      if (!value(t.items.emplace_back(), depth)) return false;
      space();
      if (p_ == end_) return false;
      if (*p_ == ']') return ++p_, true;
      if (*p_++ != ',') return false;
    }
  }

  bool number(JsonTree& t) {
    const char* start = p_;
    bool integer = true;
    if (p_ != end_ && *p_ == '-') ++p_, integer = false;
    auto digits = [&] {
      const char* from = p_;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      return p_ - from;
    };
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    if (*p_ == '0') ++p_;
    else digits();
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      integer = false;
      if (digits() == 0) return false;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      integer = false;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (digits() == 0) return false;
    }
    if (integer) {
      auto [ptr, ec] = std::from_chars(start, p_, t.unsigned_number);
      if (ec == std::errc() && ptr == p_) {
        t.kind = JsonTree::Kind::unsigned_number;
        return true;
      }
    }
    t.kind = JsonTree::Kind::number;
    // a negative integer that fits 64 bits is one; anything else a double,
    // and a double that overflows is refused (nlohmann: "number overflow")
    int64_t n = 0;
    if (auto [ptr, ec] = std::from_chars(start, p_, n); ec == std::errc() && ptr == p_) return true;
    const std::string copy(start, p_);
    return std::isfinite(std::strtod(copy.c_str(), nullptr));
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool hex4(uint32_t& u) {
    if (end_ - p_ < 4) return false;
    u = 0;
    for (int i = 0; i < 4; ++i) {
      const int d = hex(*p_++);
      if (d < 0) return false;
      u = u << 4 | static_cast<uint32_t>(d);
    }
    return true;
  }

  static void utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | cp >> 6);
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | cp >> 12);
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | cp >> 18);
      out += static_cast<char>(0x80 | (cp >> 12 & 0x3f));
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }

  bool escape(std::string& out) {
    if (p_ == end_) return false;
    switch (*p_++) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xdc00 && cp <= 0xdfff) return false;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      uint32_t low = 0;
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      if (!hex4(low) || low < 0xdc00 || low > 0xdfff) return false;
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
    }
    utf8(out, cp);
    return true;
  }

  // One UTF-8 sequence as RFC 3629 allows it, copied.
  bool sequence(std::string& out) {
    const auto b = [&](int i) { return static_cast<unsigned char>(p_[i]); };
    const unsigned char c = b(0);
    int n = 0;
    unsigned char lo = 0x80, hi = 0xbf;  // the second byte's range
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c == 0xe0) n = 3, lo = 0xa0;
    else if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef) n = 3;
    else if (c == 0xed) n = 3, hi = 0x9f;
    else if (c == 0xf0) n = 4, lo = 0x90;
    else if (c >= 0xf1 && c <= 0xf3) n = 4;
    else if (c == 0xf4) n = 4, hi = 0x8f;
    else return false;
    if (end_ - p_ < n || b(1) < lo || b(1) > hi) return false;
    for (int i = 2; i < n; ++i)
      if (b(i) < 0x80 || b(i) > 0xbf) return false;
    out.append(p_, static_cast<std::size_t>(n));
    p_ += n;
    return true;
  }

  bool string(std::string& out) {
    ++p_;  // the opening quote
    for (;;) {
      // the plain run up to a quote, an escape, a control or a non-ASCII byte
      const char* run = p_;
      while (p_ != end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20 &&
             static_cast<unsigned char>(*p_) < 0x80)
        ++p_;
      out.append(run, static_cast<std::size_t>(p_ - run));
      if (p_ == end_) return false;
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') return ++p_, true;
      if (c == '\\') {
        ++p_;
        if (!escape(out)) return false;
      } else if (c < 0x20 || !sequence(out)) {
        return false;
      }
    }
  }

  const char* p_;
  const char* end_;
};

}  // namespace

std::optional<JsonTree> parse_json_tree(std::string_view text) { return Reader(text).document(); }

}  // namespace solnet
