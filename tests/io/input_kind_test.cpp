#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "io/input_kind.hpp"

using namespace kg::io;
namespace fs = std::filesystem;

TEST_CASE("input kind: JSON Lines by the keys of the first line") {
    CHECK(detect_content_kind(R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets"})"
                              "\n{}",
                              "x.jsonl") == InputKind::Statements);
    CHECK(detect_content_kind(R"({"entity": {"name": "A", "type": "Person"}})", "x") ==
          InputKind::Statements);
    CHECK(detect_content_kind("\n\n" R"({"article": {"id": "a"}})" "\n", "x.txt") ==
          InputKind::Statements);
    CHECK(detect_content_kind(R"({"id": "a", "title": "T", "text": "Body."})", "x.jsonl") ==
          InputKind::ArticleJsonl);
    CHECK(detect_content_kind(R"({"article": "a1", "text": "Body."})", "x.jsonl") ==
          InputKind::ArticleJsonl);
    // A truncated first line still shows its first keys.
    CHECK(detect_content_kind(R"({"subject": {"name": "A", "type": "Pers)", "x") ==
          InputKind::Statements);
}

TEST_CASE("input kind: JSON graphs, GraphML and text") {
    CHECK(detect_content_kind("{\n \"directed\": true,\n \"graph\": {},\n \"nodes\": [", "g") ==
          InputKind::JsonGraph);
    CHECK(detect_content_kind("\xEF\xBB\xBF{\"nodes\": [], \"links\": []}", "g.txt") ==
          InputKind::JsonGraph);
    CHECK(detect_content_kind("<?xml version=\"1.0\"?>\n<graphml xmlns=\"...\">", "g.xml") ==
          InputKind::GraphML);
    CHECK(detect_content_kind("<graphml>", "noext") == InputKind::GraphML);
    CHECK(detect_content_kind("<!DOCTYPE html><html>", "page.html") == InputKind::Articles);
    CHECK(detect_content_kind("<gexf>", "g.gexf") == InputKind::Unknown);
    CHECK(detect_content_kind("Morvask (Reuters) - The ambassador...", "a.txt") ==
          InputKind::Articles);
    CHECK(detect_content_kind("# Title\n\nText.", "a.md") == InputKind::Articles);
    CHECK(detect_content_kind("Plain words", "noext") == InputKind::Articles);
    CHECK(detect_content_kind("", "empty.txt") == InputKind::Articles);
    CHECK(detect_content_kind("", "empty.jsonl") == InputKind::Statements);
    // Inconclusive JSON falls back on the extension.
    CHECK(detect_content_kind("{\"other\": 1}", "g.json") == InputKind::JsonGraph);
    CHECK(detect_content_kind("{broken", "s.jsonl") == InputKind::Statements);
    CHECK(detect_content_kind("{\"other\": 1}", "x.dat") == InputKind::Unknown);
    CHECK(detect_content_kind(std::string(100000, '['), "deep") == InputKind::Unknown);
}

TEST_CASE("input kind: paths") {
    fs::path dir = fs::temp_directory_path() / "kgraph_input_kind_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
        std::ofstream(dir / "s.data") << R"({"subject": {"name": "A", "type": "Person"}})" << "\n";
        std::ofstream(dir / "a.txt") << "Some text.\n";
        std::ofstream big(dir / "big.json");
        big << "{\"graph\": {\"note\": \"" << std::string(200000, 'x') << "\"}, \"nodes\": []}";
    }
    CHECK(detect_input_kind("-") == InputKind::Stdin);
    CHECK(detect_input_kind(dir.string()) == InputKind::Directory);
    CHECK(detect_input_kind((dir / "missing.txt").string()) == InputKind::Unknown);
    CHECK(detect_input_kind((dir / "s.data").string()) == InputKind::Statements);
    CHECK(detect_input_kind((dir / "a.txt").string()) == InputKind::Articles);
    // "nodes" beyond the sniffed head: the extension decides.
    CHECK(detect_input_kind((dir / "big.json").string()) == InputKind::JsonGraph);
    CHECK(to_string(InputKind::JsonGraph) == "JSON graph");
    fs::remove_all(dir);
}
