// Reading articles: files, folders, JSON Lines, ids, duplicates, bad lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/errors.hpp"
#include "io/article_reader.hpp"

namespace fs = std::filesystem;
using namespace kg;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("kgraph-articles-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter()++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
    void write(const std::string& rel, const std::string& text) const {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel, std::ios::binary) << text;
    }
};

}  // namespace

TEST_CASE("article reader: a text file's id is its name, its title its first non-empty line") {
    TempDir d;
    d.write("news/story-one.txt", "\n\n# Big news today\n\nBody text.");
    io::Diagnostics diag;
    auto a = io::read_articles({(d.path / "news/story-one.txt").string()}, diag);
    REQUIRE(a.size() == 1);
    CHECK(a[0].meta.id == "story-one");
    CHECK(a[0].meta.title == "Big news today");
}

TEST_CASE("article reader: folders are read recursively in sorted order, ids below the folder") {
    TempDir d;
    d.write("b.md", "B title\n\nText b.");
    d.write("a/z.txt", "Z title\n\nText z.");
    d.write("a/c.txt", "C title\n\nText c.");
    d.write("notes.bin", "ignored");
    io::Diagnostics diag;
    auto a = io::read_articles({d.path.string()}, diag);
    REQUIRE(a.size() == 3);
    CHECK(a[0].meta.id == "a/c");
    CHECK(a[1].meta.id == "a/z");
    CHECK(a[2].meta.id == "b");
}

TEST_CASE("article reader: JSON Lines of articles, numeric ids, bad lines warned and skipped") {
    TempDir d;
    d.write("c.jsonl",
            "{\"id\": 7, \"title\": \"T7\", \"text\": \"Seven.\", \"date\": \"1987\", \"url\": \"u\", \"x\": 1}\n"
            "not json\n"
            "{\"id\": \"s8\", \"text\": \"Eight.\"}\n"
            "{\"id\": 9}\n");
    CHECK(io::is_article_jsonl((d.path / "c.jsonl").string()));
    io::Diagnostics diag;
    auto a = io::read_articles({(d.path / "c.jsonl").string()}, diag);
    REQUIRE(a.size() == 2);
    CHECK(a[0].meta.id == "7");
    CHECK(a[0].meta.title == "T7");
    CHECK(a[0].meta.date == "1987");
    CHECK(a[0].meta.url == "u");
    CHECK(a[1].meta.id == "s8");
    CHECK(diag.skipped_lines == 2);
    REQUIRE(diag.warnings.size() == 2);
    CHECK(diag.warnings[0].find("c.jsonl:2") != std::string::npos);
    CHECK(diag.warnings[1].find("c.jsonl:4") != std::string::npos);
}

TEST_CASE("article reader: the same article given twice counts once") {
    TempDir d;
    d.write("x.txt", "Title\n\nSame text.");
    d.write("y/x.txt", "Other\n\nDifferent text.");
    d.write("copy.txt", "Title\n\nSame text.");
    io::Diagnostics diag;
    auto a = io::read_articles({(d.path / "x.txt").string(), (d.path / "y/x.txt").string(),
                                (d.path / "copy.txt").string()},
                               diag);
    CHECK(a.size() == 1);
    CHECK(diag.warnings.size() == 2);
}

TEST_CASE("article reader: statements JSON Lines are not articles") {
    TempDir d;
    d.write("s.jsonl", "{\"entity\": {\"name\": \"X\", \"type\": \"Person\"}}\n");
    CHECK_FALSE(io::is_article_jsonl((d.path / "s.jsonl").string()));
}

TEST_CASE("article reader: a missing input is an error, a symlink loop a warning") {
    TempDir d;
    io::Diagnostics diag;
    CHECK_THROWS_AS(io::read_articles({(d.path / "missing.txt").string()}, diag), InputError);
    d.write("loop/a.txt", "A\n\nText.");
    std::error_code ec;
    fs::create_directory_symlink(d.path / "loop", d.path / "loop/again", ec);
    if (!ec) {
        io::Diagnostics diag2;
        auto a = io::read_articles({(d.path / "loop").string()}, diag2);
        CHECK(a.size() == 1);
        CHECK(diag2.warnings.size() == 1);
    }
}

TEST_CASE("article reader: an empty article is skipped with a warning naming the file") {
    TempDir d;
    d.write("empty.txt", " \n\r\n");
    d.write("good.txt", "Title\n\nText.");
    io::Diagnostics diag;
    auto a = io::read_articles({(d.path / "empty.txt").string(), (d.path / "good.txt").string()}, diag);
    CHECK(a.size() == 1);
    REQUIRE(diag.warnings.size() == 1);
    CHECK(diag.warnings[0].find("empty.txt: empty article") != std::string::npos);
}

TEST_CASE("article reader: an article over 16 MiB is cut with a warning") {
    TempDir d;
    d.write("big.txt", "Title\n\n" + std::string((16u << 20) + 100, 'w'));
    io::Diagnostics diag;
    auto a = io::read_articles({(d.path / "big.txt").string()}, diag);
    REQUIRE(a.size() == 1);
    CHECK(a[0].text.size() <= (16u << 20));
    REQUIRE(diag.warnings.size() == 1);
    CHECK(diag.warnings[0].find("big.txt: article of") != std::string::npos);
}
