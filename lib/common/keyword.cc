#include "lib/common/keyword.h"

#include <algorithm>
#include <vector>

namespace solnet {

// Edit distance where swapping two neighbouring letters ("tmep") is one
// edit, the commonest typing slip.
static std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::optional<std::string_view> closest_name(std::string_view word, std::span<const std::string_view> names) {
  if (word.empty()) return std::nullopt;
  std::optional<std::string_view> prefix_hit;
  int prefix_hits = 0;
  for (auto n : names) {
    if (n.substr(0, word.size()) == word) {
      prefix_hit = n;
      ++prefix_hits;
    }
  }
  if (prefix_hits == 1) return prefix_hit;
  std::optional<std::string_view> best;
  std::size_t best_d = 3;
  for (auto n : names) {
    std::size_t d = distance(word, n);
    // Short words need a closer match than long ones to be worth a guess.
    if (d < best_d && d * 3 <= std::max(word.size(), n.size())) {
      best = n;
      best_d = d;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> names) {
  auto best = closest_name(word, names);
  return best ? " (did you mean " + std::string(*best) + "?)" : "";
}

namespace {

bool is_choice(std::string_view word, std::string_view choices) {
  while (!choices.empty()) {
    const auto end = choices.find(' ');
    if (choices.substr(0, end) == word) return true;
    choices.remove_prefix(end == std::string_view::npos ? choices.size() : end + 1);
  }
  return false;
}

}  // namespace

Result<std::span<const std::string>> keyword_args(const KeywordInfo& k, std::span<const std::string> rest,
                                                  const std::function<bool(std::string_view)>& is_keyword) {
  if (k.arg == Arg::none) return rest.first(0);
  if (k.arg == Arg::optional) return rest.first(!rest.empty() && !is_keyword(rest[0]) ? 1 : 0);
  std::string what(k.name);
  for (std::size_t n = 0; n < static_cast<std::size_t>(k.words); ++n) {
    if (n == rest.size()) return error("no argument for " + what);
    const bool leading = n + 1 < static_cast<std::size_t>(k.words);
    if (leading && !is_choice(rest[n], k.choices)) return rest.first(n + 1);
    what.append(" ").append(rest[n]);
  }
  return rest.first(static_cast<std::size_t>(k.words));
}

std::string usage_form(const KeywordInfo& k) {
  std::string s(k.name);
  if (k.arg == Arg::required) {
    for (int n = 1; n < k.words; ++n) {
      std::string choices(k.choices);
      std::replace(choices.begin(), choices.end(), ' ', '|');
      s.append(" ").append(choices);
    }
    s.append(" ").append(k.arg_name);
  }
  if (k.arg == Arg::optional) s.append(" [").append(k.arg_name).append("]");
  return s;
}

std::string usage_section(std::string_view title, const std::vector<UsageRow>& rows) {
  constexpr std::size_t kMaxColumn = 32;
  std::size_t column = 0;
  for (const auto& r : rows)
    if (r.form.size() + 4 <= kMaxColumn) column = std::max(column, r.form.size() + 4);
  std::string s(title);
  s += ":\n";
  for (const auto& r : rows) {
    std::string line("  ");
    line += r.form;
    if (line.size() + 2 > column) line.append("\n").append(column, ' ');
    else line.resize(column, ' ');
    s.append(line).append(r.help).append("\n");
  }
  return s;
}

}  // namespace solnet
