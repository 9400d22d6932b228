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

// Walks `words`. `find(word)` is the row a word names, or null. A row
// takes its argument as keyword_args() reads its KeywordInfo (route's rows
// take one word at most); `missing(word)` is the error when a required one
// is absent. `other(i)` takes word i when it names no row.
template <class W, class Find, class Other, class Missing>
Status walk_keywords(std::span<const std::string> words, W& w, Find find, Other other, Missing missing) {
  const auto is_row = [&](std::string_view word) { return find(word) != nullptr; };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto* row = find(words[i]);
    if (!row) {
      if (auto st = other(i); !st) return st;
      continue;
    }
    const std::string& keyword = words[i];
    auto args = keyword_args(row->info, words.subspan(i + 1), is_row);
    if (!args) return missing(keyword);
    i += args->size();
    if (auto st = row->apply(w, args->empty() ? std::string_view() : std::string_view(args->front())); !st) return st;
  }
  return {};
}

}  // namespace solnet
