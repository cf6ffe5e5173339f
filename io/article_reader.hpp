// Reading articles: plain text and Markdown files, folders of them, standard input and JSON
// Lines of articles ({"id", "title", "text", "date", "url"}), into ArticleText for the
// extractor. Article ids follow DESIGN.md.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.hpp"
#include "io/io.hpp"

namespace kg::io {

// Article inputs: .txt/.md files, directories (recursively, in sorted order; unreadable
// files and symlink loops are skipped with a warning), "-" for standard input, JSON Lines of
// articles (id a string or a number; other fields ignored; bad lines are warned about as
// file:line and skipped). The id is the file name without folder and extension, the path
// below the given folder without extension, or the JSON Lines id as a string. The same
// article given twice (same id or same text) counts once, and so does an article whose text
// has one of the fingerprints `read_before` (the articles of saved graphs among the inputs).
// Each article's meta.text_hash is its text's fingerprint. A text file's title is its first
// non-empty line. "-" reads `standard_input` (the caller's, read once; an InputError without
// one). Throws InputError for an input that cannot be read at all.
std::vector<ArticleText> read_articles(const std::vector<std::string>& inputs, Diagnostics& diag,
                                       std::istream* standard_input = nullptr,
                                       const std::vector<std::string>& read_before = {});

// The fingerprint of an article's text: its 64-bit FNV-1a hash as 16 lowercase hex digits
// (the same on every platform, unlike std::hash); "" for a text of blanks only, which is no
// article's identity.
std::string text_fingerprint(std::string_view text);

// True when a .jsonl/.json file's first non-empty line is an object with a "text" field.
bool is_article_jsonl(const std::string& path);

}  // namespace kg::io
