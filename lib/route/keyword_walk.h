// The one way route's keyword tables (net-tools keywords, Solaris
// modifiers) consume words: find the word's row, take exactly the
// arguments its KeywordInfo declares, call the row's handler with them.
// What a word that names no row means (a positional word, a bare device,
// an error) is the caller's.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "lib/common/keyword.h"
#include "lib/common/result.h"

namespace solnet {

// Every row of a constexpr table has a handler: for a static_assert.
template <class Row, std::size_t N>
constexpr bool every_row_has_handler(const Row (&rows)[N]) {
  return std::ranges::all_of(rows, [](const Row& r) { return r.apply != nullptr; });
}

// Walks `words`. `find(word)` is the row a word names, or null. A row's
// argument is the next word (Arg::required; `missing(word)` is the error
// when there is none) or, for Arg::optional, the next word unless it
// names a row itself. `other(i)` takes word i when it names no row.
template <class W, class Find, class Other, class Missing>
Status walk_keywords(std::span<const std::string> words, W& w, Find find, Other other, Missing missing) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto* row = find(words[i]);
    if (!row) {
      if (auto st = other(i); !st) return st;
      continue;
    }
    const std::string& keyword = words[i];
    std::string_view arg;
    const bool has_next = i + 1 < words.size();
    if (row->info.arg == Arg::required) {
      if (!has_next) return missing(keyword);
      arg = words[++i];
    } else if (row->info.arg == Arg::optional && has_next && !find(words[i + 1])) {
      arg = words[++i];
    }
    if (auto st = row->apply(w, arg); !st) return st;
  }
  return {};
}

}  // namespace solnet
