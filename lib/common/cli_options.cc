#include "lib/common/cli_options.h"

namespace solnet {


std::string cli_option_form(const CliOption& o) {
  std::string s;
  for (const auto& f : cli_option_spellings(o)) s += (s.empty() ? "" : ", ") + f;
  return s;
}

std::string cli_option_hint(std::string_view word, std::span<const CliOption> table, std::vector<std::string> more) {
  for (const auto& o : table)
    for (auto& f : cli_option_spellings(o)) more.push_back(std::move(f));
  std::vector<std::string_view> names(more.begin(), more.end());
  return did_you_mean(word, names);
}

std::vector<std::string> cli_option_spellings(const CliOption& o) {
  std::vector<std::string> out(1);
  for (char c : o.flags) {
    if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

}  // namespace solnet
