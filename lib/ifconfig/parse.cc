#include "lib/ifconfig/parse.h"

#include <sys/socket.h>

#include "lib/common/escape.h"
#include "lib/ifconfig/keyword_args.h"

namespace solnet {

namespace {

bool is_keyword(std::string_view w) { return find_ifconfig_keyword(w) != nullptr; }

class Parser {
 public:
  Parser(std::span<const std::string> words, int family, NameLookup& names)
      : words_(words), ctx_{family, names} {}

  Result<IfCommand> run() {
    for (i_ = 0; i_ < words_.size(); ++i_) {
      const std::string& w = words_[i_];
      if (w.empty()) return error("empty argument");
      Status st = [&]() -> Status {
        if (const IfKeyword* k = find_ifconfig_keyword(w)) return keyword(*k);
        return address_word(w);
      }();
      if (!st) return st.error();
    }
    for (const auto& a : cmd_.actions) {
      const bool shows_ether = a.op == IfOp::ether && !a.hw;
      if (!a.keyword || (a.keyword->changes && !shows_ether)) cmd_.changes = true;
      if (a.op == IfOp::netmask && a.plus) cmd_.needs_netmasks = true;
    }
    bool sets_address = false;
    for (std::size_t j = 0; j < cmd_.actions.size(); ++j) {
      const IfOp op = cmd_.actions[j].op;
      if (op == IfOp::address || op == IfOp::addif || op == IfOp::add || op == IfOp::set ||
          op == IfOp::auto_revarp)
        sets_address = true;
      if (op == IfOp::netmask) cmd_.address_netmask = j;
    }
    if (!sets_address) cmd_.address_netmask.reset();
    return std::move(cmd_);
  }

 private:
  // The row's argument words, exactly as many as it declares, go to its
  // parser. A refused keyword is refused whatever follows it.
  Status keyword(const IfKeyword& k) {
    const bool v6 = ctx_.family == AF_INET6;
    if (!(k.families & (v6 ? kFamInet6 : kFamInet)))
      return error(std::string(k.info.name) + ": not supported for " + (v6 ? "inet6" : "inet"));
    if (!k.parse) return error(refusal_message(k));
    auto args = keyword_args(k.info, words_.subspan(i_ + 1), is_keyword);
    if (!args) return args.error();
    if (k.info.arg == Arg::required)
      for (std::size_t j = 0; j < args->size(); ++j)
        if ((*args)[j].empty()) return error("empty argument for " + leading_words(k, args->first(j)));
    i_ += args->size();
    IfAction a{.op = k.op, .keyword = &k};
    if (auto st = k.parse(ctx_, a, *args); !st) return st;
    cmd_.actions.push_back(std::move(a));
    return {};
  }

  // The keyword and the argument words `before` the one a message is about ("hw ether").
  static std::string leading_words(const IfKeyword& k, std::span<const std::string> before) {
    std::string s(k.info.name);
    for (const auto& w : before) s += " " + w;
    return s;
  }

  // A word that is not a keyword: the address, then the destination.
  Status address_word(const std::string& w) {
    IfAction a{.op = IfOp::address};
    a.arg = printable(w);
    if (w[0] == '/' && ctx_.addresses == 0) {
      // "/LEN" alone sets the mask, as illumos takes it.
      auto len = parse_prefix_len(std::string_view(w).substr(1), max_prefix(ctx_));
      if (!len) return error(a.arg + ": bad prefix length");
      a.op = IfOp::netmask;
      a.prefix = *len;
      cmd_.actions.push_back(std::move(a));
      return {};
    }
    const bool numeric = numeric_looking(w) || v6_looking(w);
    if (!numeric) {
      if (auto k = closest_ifconfig_keyword(w))
        return error(a.arg + ": unknown keyword (did you mean " + std::string(*k) + "?)");
      if (!host_like(w.substr(0, w.find('/')))) return error(a.arg + ": unknown keyword");
    }
    if (ctx_.addresses == 2) return error("cannot configure more than two addresses in one command");
    if (ctx_.addresses == 1) a.op = IfOp::destination;
    Status st = address_value(ctx_, w, a, a.op == IfOp::address, a.op == IfOp::address);
    if (!st) {
      if (numeric) return st;
      return error(a.arg + ": unknown keyword or host name");
    }
    ++ctx_.addresses;
    cmd_.actions.push_back(std::move(a));
    return {};
  }

  std::span<const std::string> words_;
  IfWordContext ctx_;
  std::size_t i_ = 0;
  IfCommand cmd_;
};

}  // namespace

Result<IfCommand> parse_ifconfig_command(std::span<const std::string> words, int family, NameLookup& names) {
  return Parser(words, family, names).run();
}

bool ifconfig_words_display_only(std::span<const std::string> words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const IfKeyword* k = find_ifconfig_keyword(words[i]);
    if (!k) return false;
    const bool shows_ether = k->op == IfOp::ether && (i + 1 == words.size() || find_ifconfig_keyword(words[i + 1]));
    if (k->changes && !shows_ether) return false;
  }
  return !words.empty();
}

}  // namespace solnet
