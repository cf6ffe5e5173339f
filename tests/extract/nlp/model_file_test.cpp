// The model container refuses what it cannot use, naming the file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract/nlp/model_file.hpp"

using namespace kg::nlp;

namespace {

std::string temp_path(const char* name) {
    return (std::filesystem::temp_directory_path() / (std::string("kgraph-model-test-") + name)).string();
}

std::string message_of(const std::string& path, std::string_view kind = "tagger", std::uint32_t version = 1) {
    try {
        ModelReader r(path, kind, version);
    } catch (const ModelError& e) {
        return e.what();
    }
    return "";
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("a saved payload reads back value by value") {
    std::string path = temp_path("roundtrip");
    ModelWriter w;
    w.put<std::uint32_t>(42);
    w.put_string("NOUN");
    w.put_strings({"a", "bc"});
    w.put_vector<float>(std::vector<float>{1.5f, -2.0f});
    w.save(path, "tagger", 1);
    ModelReader r(path, "tagger", 1);
    CHECK(r.get<std::uint32_t>() == 42);
    CHECK(r.get_string() == "NOUN");
    CHECK(r.get_strings() == std::vector<std::string>{"a", "bc"});
    CHECK(r.get_vector<float>() == std::vector<float>{1.5f, -2.0f});
    CHECK_NOTHROW(r.expect_end());
    CHECK_THROWS_AS(r.get<std::uint8_t>(), ModelError);
    std::filesystem::remove(path);
}

TEST_CASE("missing, foreign, truncated, corrupt and mismatched files are refused by name") {
    std::string path = temp_path("bad");
    ModelWriter w;
    w.put_string("weights");
    w.save(path, "tagger", 1);
    std::string good = read_bytes(path);

    CHECK(message_of(path + ".absent").find("not found") != std::string::npos);
    CHECK(message_of(path + ".absent").find(path + ".absent") == 0);

    write_bytes(path, "<graphml>not a model</graphml>");
    CHECK(message_of(path) == path + ": not a kgraph model file");

    write_bytes(path, good.substr(0, good.size() - 5));
    CHECK(message_of(path).find("truncated") != std::string::npos);

    std::string flipped = good;
    flipped[flipped.size() - 12] ^= 1;
    write_bytes(path, flipped);
    CHECK(message_of(path).find("corrupt") != std::string::npos);

    write_bytes(path, good);
    CHECK(message_of(path, "parser").find("holds a tagger model, expected a parser model") != std::string::npos);
    CHECK(message_of(path, "tagger", 2).find("format 1") != std::string::npos);
    CHECK(message_of(path).empty());
    std::filesystem::remove(path);
}
