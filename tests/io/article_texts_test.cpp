// A saved graph's articles' text fingerprints (io/article_texts_json.hpp): written by the
// GraphML and JSON writers when some article has one, read back into KnowledgeGraph::articles,
// and taken by the article reader as articles read before.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/errors.hpp"
#include "io/article_reader.hpp"
#include "io/io.hpp"

using namespace kg;

namespace {

KnowledgeGraph with_articles(std::vector<Article> articles) {
    KnowledgeGraph kg;
    NodeProps n;
    n.id = "p_ida_renholm";
    n.label = "Ida Renholm";
    n.type = NodeType::Person;
    kg.add_node(n);
    kg.articles = std::move(articles);
    return kg;
}

Article article(std::string id, std::string text_hash) {
    Article a;
    a.id = std::move(id);
    a.title = "Story " + a.id;
    a.text_hash = std::move(text_hash);
    return a;
}

}  // namespace

TEST_CASE("text_fingerprint: 64-bit FNV-1a in hex, none for a blank text") {
    CHECK(io::text_fingerprint("a") == "af63dc4c8601ec8c");  // the published FNV-1a test vector
    CHECK(io::text_fingerprint("") == "");
    CHECK(io::text_fingerprint(" \n\t") == "");
    CHECK(io::text_fingerprint("Ida Renholm spoke.") != io::text_fingerprint("Ida Renholm spoke!"));
    CHECK(io::text_fingerprint("Ida Renholm spoke.").size() == 16);
}

TEST_CASE("article fingerprints round-trip through GraphML and JSON; none written when no article has one") {
    const KnowledgeGraph kg = with_articles(
        {article("a1", "0123456789abcdef"), article("a2", ""), article("a3", "fedcba9876543210")});
    for (bool json : {false, true}) {
        std::stringstream s;
        json ? io::write_json(kg, s) : io::write_graphml(kg, s);
        CHECK(s.str().find("article_texts") != std::string::npos);
        const KnowledgeGraph back = json ? io::read_json_graph(s, "a.json") : io::read_graphml(s, "a.graphml");
        REQUIRE(back.articles.size() == 2);  // a2 has no fingerprint
        CHECK(back.articles[0].id == "a1");
        CHECK(back.articles[0].text_hash == "0123456789abcdef");
        CHECK(back.articles[1].id == "a3");
        CHECK(back.articles[1].text_hash == "fedcba9876543210");
    }
    const KnowledgeGraph plain = with_articles({article("a1", ""), article("a2", "")});
    std::ostringstream g, j;
    io::write_graphml(plain, g);
    io::write_json(plain, j);
    CHECK(g.str().find("article_texts") == std::string::npos);
    CHECK(j.str().find("article_texts") == std::string::npos);
}

TEST_CASE("article fingerprints of another shape name the file") {
    std::ostringstream s;
    io::write_graphml(with_articles({article("a1", "0123456789abcdef")}), s);
    std::string bad = s.str();
    bad.replace(bad.find("0123456789abcdef"), 16, "not hex");
    std::istringstream in(bad);
    CHECK_THROWS_WITH_AS(io::read_graphml(in, "bad.graphml"), doctest::Contains("bad.graphml:"), InputError);

    std::ostringstream j;
    io::write_json(with_articles({article("a1", "0123456789abcdef")}), j);
    std::string bad_json = j.str();
    bad_json.replace(bad_json.find("[[\\\"a1\\\""), 1, "{");
    std::istringstream jin(bad_json);
    CHECK_THROWS_WITH_AS(io::read_json_graph(jin, "bad.json"), doctest::Contains("bad.json:"), InputError);
}

TEST_CASE("the article reader counts once an article whose text a saved graph has read") {
    const std::string seen = "Ida Renholm opened the Kessmoor bridge.";
    std::istringstream in("{\"id\": \"b1\", \"text\": \"Ida Renholm opened the Kessmoor bridge.\"}\n"
                          "{\"id\": \"b2\", \"text\": \"Ida Renholm closed the Kessmoor bridge.\"}\n");
    io::Diagnostics diag;
    const auto articles = io::read_articles({"-"}, diag, &in, {io::text_fingerprint(seen)});
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].meta.id == "b2");
    CHECK(articles[0].meta.text_hash == io::text_fingerprint("Ida Renholm closed the Kessmoor bridge."));
    REQUIRE(diag.warnings.size() == 1);
    CHECK(diag.warnings[0] == "<stdin>:1: same text as an article read before; counted once");
}
