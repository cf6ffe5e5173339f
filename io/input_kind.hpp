// Telling input kinds apart by content (DESIGN.md): the program accepts any mix of articles,
// statements and saved graphs, and a file's extension is only a hint.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::io {

enum class InputKind {
    Articles,      // plain text or Markdown articles (.txt, .md, anything textual)
    ArticleJsonl,  // JSON Lines whose objects carry "text"
    Statements,    // JSON Lines of statement, entity and article lines
    GraphML,
    JsonGraph,     // node-link JSON ("nodes", "links"/"edges")
    Directory,
    Stdin,         // "-": the caller reads it and may call detect_content_kind on its head
    Unknown        // missing or unreadable path, or content none of the above
};

std::string_view to_string(InputKind kind);

// How many bytes at the start of a file detection looks at.
inline constexpr std::size_t kSniffBytes = 64 * 1024;

// The kind of the input at `path`, from its first kSniffBytes bytes, falling back on the
// extension when the content is not conclusive.
InputKind detect_input_kind(const std::string& path);

// The kind of content that starts with `head`; `path` only lends its extension as a hint.
InputKind detect_content_kind(std::string_view head, std::string_view path);

}  // namespace kg::io
