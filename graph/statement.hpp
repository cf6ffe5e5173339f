// Statements: the interchange between the extractor (or any other tool) and the graph.
// One StatementSet is what a statements JSON Lines file holds (see DESIGN.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/types.hpp"

namespace kg {

// Where evidence comes from. Only `id` is required.
struct Article {
    std::string id;
    std::string title;
    std::string date;
    std::string url;
    bool operator==(const Article&) const = default;
};

struct EntityRef {
    std::string name;
    NodeType type = NodeType::Other;
    bool operator==(const EntityRef&) const = default;
};

// Declares a node, so that entities without relations exist and aliases are known.
struct EntityDecl {
    std::string name;
    NodeType type = NodeType::Other;
    std::vector<std::string> aliases;
    std::string article;  // empty when not tied to an article
    bool operator==(const EntityDecl&) const = default;
};

using Span = std::pair<std::size_t, std::size_t>;  // [begin, end) byte offsets

// One stated relation with its provenance.
struct Statement {
    EntityRef subject;
    Relation relation = Relation::related;
    std::string label;  // the words of the text ("replacement", "ambassador")
    EntityRef object;
    std::string article;
    std::optional<int> sentence;  // 0-based, the title line being sentence 0
    std::optional<Span> span;
    std::string evidence;  // the sentence itself
    std::uint8_t flags = 0;
    std::optional<double> confidence;
    bool operator==(const Statement&) const = default;
};

// An article as read, before extraction: its metadata, its text (UTF-8) and where it came
// from ("file.txt", "corpus.jsonl:17") for messages.
struct ArticleText {
    Article meta;
    std::string text;
    std::string origin;
};

struct StatementSet {
    std::vector<Article> articles;
    std::vector<EntityDecl> entities;
    std::vector<Statement> statements;

    void append(StatementSet other);
};

}  // namespace kg
