#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "graph/errors.hpp"
#include "io/io.hpp"

using namespace kg;
using namespace kg::io;

namespace {

StatementSet read_text(const std::string& text, Diagnostics& diag, bool strict = false) {
    std::istringstream in(text);
    return read_statements(in, "s.jsonl", StatementReadOptions{strict}, diag);
}

std::string write_text(const StatementSet& set) {
    std::ostringstream out;
    write_statements(set, out);
    return out.str();
}

std::string kGoodLine() {
    return R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}})";
}

bool any_warning_contains(const Diagnostics& d, const std::string& needle) {
    for (const auto& w : d.warnings)
        if (w.find(needle) != std::string::npos) return true;
    return false;
}

StatementSet sample_set() {
    StatementSet set;
    set.articles.push_back({"sample-article", "Controversial \"Ruvanian\" ambassador", "2017-07-08",
                            "https://example.org/kivelko?a=1&b=2", ""});
    set.articles.push_back({"bare", "", "", "", ""});
    set.entities.push_back({"Serafim Kivelko", NodeType::Person, {"Kivelko", "Кивелко"}, "sample-article"});
    set.entities.push_back({"Kremlin 🏰", NodeType::Organization, {}, ""});
    Statement full;
    full.subject = {"Andrei Anvarov", NodeType::Person};
    full.relation = Relation::succeeds;
    full.label = "replacement";
    full.object = {"Serafim Kivelko", NodeType::Person};
    full.article = "sample-article";
    full.sentence = 7;
    full.span = Span{711, 895};
    full.evidence = "Kivelko’s replacement,\n\"Anvarov\" \\ <was> approved & more\t.";
    full.flags = kAttributed | kHedged;
    full.confidence = 0.1 + 0.2;  // not exactly representable: checks full precision
    set.statements.push_back(full);
    Statement minimal;
    minimal.subject = {"A", NodeType::Place};
    minimal.relation = Relation::located_in;
    minimal.object = {"B", NodeType::Event};
    set.statements.push_back(minimal);
    return set;
}

}  // namespace

TEST_CASE("statements: read(write(x)) == x, and writing is deterministic") {
    StatementSet set = sample_set();
    std::string text = write_text(set);
    Diagnostics diag;
    StatementSet back = read_text(text, diag, true);
    CHECK(back.articles == set.articles);
    CHECK(back.entities == set.entities);
    CHECK(back.statements == set.statements);
    CHECK(diag.warnings.empty());
    CHECK(write_text(back) == text);
}

TEST_CASE("statements: the writer's lines follow DESIGN.md's field order, optional fields omitted") {
    std::string text = write_text(sample_set());
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    CHECK(line == "{\"article\":{\"id\":\"sample-article\",\"title\":\"Controversial \\\"Ruvanian\\\" "
                  "ambassador\",\"date\":\"2017-07-08\",\"url\":\"https://example.org/kivelko?a=1&b=2\"}}");
    std::getline(lines, line);
    CHECK(line == "{\"article\":{\"id\":\"bare\"}}");
    std::getline(lines, line);
    CHECK(line == "{\"entity\":{\"name\":\"Serafim Kivelko\",\"type\":\"Person\",\"aliases\":"
                  "[\"Kivelko\",\"Кивелко\"]},\"article\":\"sample-article\"}");
    std::getline(lines, line);
    CHECK(line == "{\"entity\":{\"name\":\"Kremlin 🏰\",\"type\":\"Organization\"}}");
    std::getline(lines, line);
    CHECK(line.rfind("{\"subject\":{\"name\":\"Andrei Anvarov\",\"type\":\"Person\"},\"relation\":"
                     "\"succeeds\",\"label\":\"replacement\",\"object\":",
                     0) == 0);
    CHECK(line.find("\"span\":[711,895],\"evidence\":") != std::string::npos);
    CHECK(line.find("\"flags\":[\"hedged\",\"attributed\"],\"confidence\":0.3000000000000000") !=
          std::string::npos);
    std::getline(lines, line);
    CHECK(line == "{\"subject\":{\"name\":\"A\",\"type\":\"Place\"},\"relation\":\"located_in\","
                  "\"object\":{\"name\":\"B\",\"type\":\"Event\"}}");
    CHECK(!std::getline(lines, line));
}

TEST_CASE("statements: the writer never emits NaN or invalid UTF-8") {
    StatementSet set;
    Statement s;
    s.subject = {"bad \xff\xfe byte", NodeType::Person};
    s.object = {"x", NodeType::Person};
    s.confidence = std::numeric_limits<double>::quiet_NaN();
    set.statements.push_back(s);
    std::string text = write_text(set);
    CHECK(text.find("confidence") == std::string::npos);
    CHECK(text.find("\xff") == std::string::npos);
    Diagnostics diag;
    StatementSet back = read_text(text, diag, true);
    REQUIRE(back.statements.size() == 1);
    CHECK(back.statements[0].subject.name == "bad \xEF\xBF\xBD\xEF\xBF\xBD byte");
    CHECK(!back.statements[0].confidence);
}

TEST_CASE("statements: DESIGN.md's example lines read as documented") {
    const std::string text =
        R"({"article": {"id": "sample-article", "title": "Controversial Ruvanian ambassador Serafim Kivelko is leaving the US", "date": "2017-07-08", "url": "https://example.org/kivelko"}})"
        "\n"
        R"({"entity": {"name": "Serafim Kivelko", "type": "Person", "aliases": ["Kivelko"]}, "article": "sample-article"})"
        "\r\n\n   \n"
        R"({"subject": {"name": "Andrei Anvarov", "type": "Person"}, "relation": "succeeds", "label": "replacement", "object": {"name": "Serafim Kivelko", "type": "Person"}, "article": "sample-article", "sentence": 7, "span": [711, 895], "evidence": "Kivelko’s replacement as ambassador.", "flags": ["attributed"], "confidence": 0.8})";
    Diagnostics diag;
    StatementSet set = read_text(text, diag, true);
    REQUIRE(set.articles.size() == 1);
    CHECK(set.articles[0].date == "2017-07-08");
    REQUIRE(set.entities.size() == 1);
    CHECK(set.entities[0].aliases == std::vector<std::string>{"Kivelko"});
    CHECK(set.entities[0].article == "sample-article");
    REQUIRE(set.statements.size() == 1);
    const Statement& s = set.statements[0];
    CHECK(s.relation == Relation::succeeds);
    CHECK(s.sentence == 7);
    CHECK(s.span == Span{711, 895});
    CHECK(s.flags == kAttributed);
    CHECK(s.confidence == 0.8);
    CHECK(diag.skipped_lines == 0);
}

TEST_CASE("statements: a UTF-8 byte order mark before the first line is ignored") {
    Diagnostics diag;
    StatementSet set = read_text("\xEF\xBB\xBF" + kGoodLine() + "\r\n\xEF\xBB\xBF" + kGoodLine(), diag);
    CHECK(set.statements.size() == 1);
    CHECK(diag.skipped_lines == 1);  // only at the start of the file
}

TEST_CASE("statements: unknown relation and entity type are read with a warning") {
    Diagnostics diag;
    StatementSet set = read_text(
        R"({"subject": {"name": "A", "type": "Human"}, "relation": "befriends", "object": {"name": "B", "type": "Person"}})"
        "\n"
        R"({"subject": {"name": "A", "type": "Person"}, "relation": "Meets", "label": "saw", "object": {"name": "B", "type": "Person"}})",
        diag);
    REQUIRE(set.statements.size() == 2);
    CHECK(set.statements[0].relation == Relation::related);
    CHECK(set.statements[0].label == "befriends");
    CHECK(set.statements[0].subject.type == NodeType::Other);
    CHECK(set.statements[1].relation == Relation::related);  // case-sensitive
    CHECK(set.statements[1].label == "saw");
    CHECK(any_warning_contains(diag, "s.jsonl:1: unknown relation \"befriends\""));
    CHECK(any_warning_contains(diag, "s.jsonl:1: unknown entity type \"Human\""));
    CHECK(any_warning_contains(diag, "s.jsonl:2: unknown relation \"Meets\""));
    CHECK(diag.skipped_lines == 0);
}

TEST_CASE("statements: entity labels of other tools are mapped without a warning") {
    Diagnostics diag;
    StatementSet set = read_text(
        R"({"subject": {"name": "A", "type": "PERSON"}, "relation": "member_of", "object": {"name": "B", "type": "org"}})"
        "\n"
        R"({"entity": {"name": "C", "type": "GPE"}})"
        "\n"
        R"({"entity": {"name": "D", "type": "NORP"}})",
        diag);
    REQUIRE(set.statements.size() == 1);
    CHECK(set.statements[0].subject.type == NodeType::Person);
    CHECK(set.statements[0].object.type == NodeType::Organization);
    REQUIRE(set.entities.size() == 2);
    CHECK(set.entities[0].type == NodeType::Place);
    CHECK(set.entities[1].type == NodeType::Organization);
    CHECK(diag.warnings.empty());
}

TEST_CASE("statements: article ids may be numbers, null optional fields are absent") {
    Diagnostics diag;
    StatementSet set = read_text(
        R"({"article": {"id": 17, "title": null}})"
        "\n"
        R"({"entity": {"name": "A", "type": "Person", "aliases": null}, "article": 17})"
        "\n"
        R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "article": 2.5, "sentence": null, "confidence": 1})",
        diag, true);
    CHECK(set.articles.at(0).id == "17");
    CHECK(set.entities.at(0).article == "17");
    CHECK(set.statements.at(0).article == "2.5");
    CHECK(!set.statements.at(0).sentence);
    CHECK(set.statements.at(0).confidence == 1.0);
}

namespace {
const std::string kGood =
    R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}})";

// Each bad line, and a substring of what the message says.
const std::vector<std::pair<std::string, std::string>> kBadLines = {
    {"{not json", "malformed JSON at column 2"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets"})", "missing \"object\""},
    {R"({"subject": "A", "relation": "meets", "object": {"name": "B", "type": "Person"}})", "\"subject\" must be an object"},
    {R"({"subject": {"name": "A"}, "relation": "meets", "object": {"name": "B", "type": "Person"}})", "missing \"subject.type\""},
    {R"({"subject": {"name": "", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}})", "\"subject.name\" is empty"},
    {R"({"subject": {"name": 3, "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}})", "\"subject.name\" must be a string"},
    {R"({"subject": {"name": "A", "type": "Person"}, "object": {"name": "B", "type": "Person"}})", "missing \"relation\""},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": 4, "object": {"name": "B", "type": "Person"}})", "\"relation\" must be a string"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "sentence": -1})", "\"sentence\" must be an integer"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "sentence": 2.5})", "\"sentence\" must be an integer"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "sentence": "3"})", "\"sentence\" must be an integer"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "sentence": 99999999999})", "\"sentence\" must be an integer"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "sentence": 1e400})", "malformed JSON"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "span": [5, 3]})", "\"span\" must be [begin, end]"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "span": [-1, 3]})", "\"span\" must be [begin, end]"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "span": [1, 2, 3]})", "\"span\" must be [begin, end]"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "span": [1, 1e30]})", "\"span\" must be [begin, end]"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "confidence": 1.5})", "\"confidence\" must be a number from 0 to 1"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "confidence": NaN})", "malformed JSON"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "confidence": Infinity})", "malformed JSON"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "flags": "hedged"})", "\"flags\" must be an array of strings"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "evidence": ["x"]})", "\"evidence\" must be a string"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}, "article": true})", "\"article\" must be a string or a number"},
    {R"({"entity": {"name": "A"}})", "missing \"entity.type\""},
    {R"({"entity": "A"})", "\"entity\" must be an object"},
    {R"({"entity": {"name": "A", "type": "Person", "aliases": "B"}})", "\"entity.aliases\" must be an array of strings"},
    {R"({"article": {"title": "x"}})", "missing \"article.id\""},
    {R"({"article": "x"})", "must be an object"},
    {R"({"id": 3})", "not a statement, entity or article line"},
    {R"([1, 2])", "expected a JSON object"},
    {R"("just a string")", "expected a JSON object"},
    {R"({"subject": {"name": "A", "type": "Person"}, "relation": "meets", "object": {"name": "B", "type": "Person"}} trailing)", "malformed JSON"},
    {"{\"subject\": {\"name\": \"A\xff\", \"type\": \"Person\"}, \"relation\": \"meets\", \"object\": {\"name\": \"B\", \"type\": \"Person\"}}", "malformed JSON"},
    {kGood + std::string("\0{", 2), "NUL byte"},
    {std::string(100000, '[') + std::string(100000, ']'), "nested deeper than 128 levels"},
    {[] {
         std::string deep;
         for (int i = 0; i < 200; ++i) deep += "{\"a\": ";
         return deep;
     }(),
     "nested deeper than 128 levels"},
};
}  // namespace

TEST_CASE("statements: every kind of bad line is reported with file:line and skipped") {
    for (std::size_t i = 0; i < kBadLines.size(); ++i) {
        const auto& [bad, what] = kBadLines[i];
        CAPTURE(i);
        CAPTURE(what);
        Diagnostics diag;
        StatementSet set = read_text(kGood + "\n" + bad + "\n" + kGood + "\n", diag);
        CHECK(set.statements.size() == 2);
        CHECK(diag.skipped_lines == 1);
        REQUIRE(diag.warnings.size() == 1);
        CHECK(diag.warnings[0].rfind("s.jsonl:2: ", 0) == 0);
        CHECK(diag.warnings[0].find(what) != std::string::npos);
    }
}

TEST_CASE("statements: --strict stops at the first bad line with file:line") {
    for (std::size_t i = 0; i < kBadLines.size(); ++i) {
        const auto& [bad, what] = kBadLines[i];
        CAPTURE(i);
        Diagnostics diag;
        try {
            read_text(kGood + "\n\n" + bad + "\n" + kGood, diag, true);
            FAIL("no error");
        } catch (const InputError& e) {
            std::string msg = e.what();
            CHECK(msg.rfind("s.jsonl:3: ", 0) == 0);
            CHECK(msg.find(what) != std::string::npos);
        }
    }
}

TEST_CASE("statements: a line over the 16 MiB limit is skipped without stopping the read") {
    std::string huge = "{\"evidence\": \"" + std::string(std::size_t{17} << 20, 'x') + "\"}";
    Diagnostics diag;
    StatementSet set = read_text(kGood + "\n" + huge + "\n" + kGood, diag);
    CHECK(set.statements.size() == 2);
    CHECK(diag.skipped_lines == 1);
    REQUIRE(!diag.warnings.empty());
    CHECK(diag.warnings[0].rfind("s.jsonl:2: line longer than 16 MiB", 0) == 0);
}

TEST_CASE("statements: lines across the reader's 64 KiB chunks are read whole") {
    for (std::size_t pad : {65535u - 120u, 65536u - 120u, 65537u - 120u, 131072u - 119u}) {
        Statement s;
        s.subject = {"A", NodeType::Person};
        s.object = {"B", NodeType::Person};
        s.relation = Relation::meets;
        s.evidence = std::string(pad, 'e');
        StatementSet set;
        set.statements = {s, s, s};
        Diagnostics diag;
        StatementSet back = read_text(write_text(set), diag, true);
        CHECK(back.statements == set.statements);
    }
}

TEST_CASE("statements: warnings are capped, the count of skipped lines is not") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "garbage\n";
    Diagnostics diag;
    read_text(text, diag);
    CHECK(diag.skipped_lines == 1000);
    CHECK(diag.warnings.size() == 200);
    CHECK(diag.warnings.back().find("the rest are not shown") != std::string::npos);
}

TEST_CASE("statements: a bad line's warnings are dropped with it") {
    Diagnostics diag;
    read_text(R"({"subject": {"name": "A", "type": "Alien"}, "relation": "meets", "object": 3})", diag);
    CHECK(diag.skipped_lines == 1);
    CHECK(diag.warnings.size() == 1);
    CHECK(!any_warning_contains(diag, "Alien"));
}

#include "io/line_reader.hpp"

TEST_CASE("line reader: chunk boundaries, CRLF, a last line without newline, the length cap") {
    constexpr std::size_t kCap = 150000;
    for (std::size_t n : {1u, 65534u, 65535u, 65536u, 65537u, 131071u, 131072u, 149999u, 150000u,
                          150001u, 200000u}) {
        for (std::string end : {"\n", "\r\n"}) {
            for (bool final_newline : {true, false}) {
                CAPTURE(n);
                CAPTURE(end.size());
                CAPTURE(final_newline);
                const std::string first(n, 'x');
                const std::string second(n, 'y');
                std::istringstream in(first + end + "mid" + end + second +
                                      (final_newline ? end : ""));
                LineReader lines(in, kCap);
                std::string line;
                const auto want = n > kCap ? LineReader::Result::TooLong : LineReader::Result::Line;
                CHECK(lines.next(line) == want);
                CHECK((line == (n > kCap ? std::string() : first)));
                CHECK(lines.next(line) == LineReader::Result::Line);
                CHECK(line == "mid");
                CHECK(lines.next(line) == want);
                CHECK((line == (n > kCap ? std::string() : second)));
                CHECK(lines.line_number() == 3);
                CHECK(lines.next(line) == LineReader::Result::End);
                CHECK(lines.next(line) == LineReader::Result::End);
            }
        }
    }
    std::istringstream empty_lines("\n\r\n\n");
    LineReader lines(empty_lines, kCap);
    std::string line = "stale";
    for (int i = 0; i < 3; ++i) {
        CHECK(lines.next(line) == LineReader::Result::Line);
        CHECK(line.empty());
    }
    CHECK(lines.next(line) == LineReader::Result::End);
}

TEST_CASE("statements: an entity line's merge records are written and read back") {
    StatementSet set;
    EntityDecl d{"Ines Okafor", NodeType::Person, {"Okafor", "Okafor Sr"}, "t1", {}};
    d.joined.push_back({"Okafor", "surname", "", "t1", 2, "Okafor said \"yes\"."});
    d.joined.push_back({"Okafor Sr", "unique_short_form", "Ines Okafor", "t2", std::nullopt, ""});
    set.entities.push_back(d);
    const std::string text = write_text(set);
    // The line's own article is not repeated in a record; another article is.
    CHECK(text.find(R"("joined":[{"name":"Okafor","rule":"surname","sentence":2,)") != std::string::npos);
    CHECK(text.find(R"("with":"Ines Okafor","article":"t2"})") != std::string::npos);
    Diagnostics diag;
    StatementSet back = read_text(text, diag);
    REQUIRE(back.entities.size() == 1);
    CHECK(back.entities[0] == d);
    // Old files without records read as before; a bad record costs its line.
    Diagnostics diag2;
    StatementSet bad = read_text(
        R"({"entity": {"name": "A", "type": "Person", "joined": [{"rule": "surname"}]}})" "\n", diag2);
    CHECK(bad.entities.empty());
    CHECK(any_warning_contains(diag2, "s.jsonl:1: missing \"entity.joined.name\""));
}

TEST_CASE("statements: news outlets (entity media, statement source) are read and written when set") {
    Diagnostics diag;
    const std::string text =
        R"({"entity": {"name": "Velen Courier", "type": "Organization", "media": true}})" "\n"
        R"({"entity": {"name": "Ines Okafor", "type": "Person", "media": false}})" "\n"
        R"({"subject": {"name": "Ines Okafor", "type": "Person"}, "relation": "meets", "object": {"name": "Tam Varga", "type": "Person"}, "source": "Velen Courier"})" "\n"
        R"({"subject": {"name": "Ines Okafor", "type": "Person"}, "relation": "meets", "object": {"name": "Oskar Lind", "type": "Person"}})";
    StatementSet set = read_text(text, diag, true);
    REQUIRE(set.entities.size() == 2);
    CHECK(set.entities[0].media);
    CHECK_FALSE(set.entities[1].media);
    REQUIRE(set.statements.size() == 2);
    CHECK(set.statements[0].source == "Velen Courier");
    CHECK(set.statements[1].source.empty());
    const std::string written = write_text(set);
    CHECK(written.find("\"media\":true") != std::string::npos);
    CHECK(written.find("\"media\":false") == std::string::npos);  // only when set
    CHECK(written.find("\"source\":\"Velen Courier\"") != std::string::npos);
    StatementSet back = read_text(written, diag, true);
    CHECK(back.entities == set.entities);
    CHECK(back.statements == set.statements);
    CHECK(read_text(R"({"entity": {"name": "X", "type": "Person", "media": "yes"}})", diag).entities.empty());
}
