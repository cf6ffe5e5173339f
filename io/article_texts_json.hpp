// Internal to io/: the fingerprints of a graph's articles' texts (Article::text_hash) as one
// compact JSON text, the graph-level value "article_texts" of GraphML and node-link JSON
// (README, "Saved graphs as inputs"). An article given again under another id is then told
// from a new one when the saved graph is an input beside articles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.hpp"

namespace kg::io {

// [["article id", "16 hex digits"], ...] in the graph's article order, the articles without a
// fingerprint left out; "" when none has one (the graph then writes no such value).
std::string article_texts_to_json(const std::vector<Article>& articles);

// The articles (id and text_hash only) of such a text; nullopt with `error` set when it has
// another shape. "" gives none.
std::optional<std::vector<Article>> article_texts_from_json(std::string_view text, std::string& error);

}  // namespace kg::io
