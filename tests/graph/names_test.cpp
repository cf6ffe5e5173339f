#include <doctest/doctest.h>

#include "graph/names.hpp"

using namespace kg;

TEST_CASE("name_key folds case, punctuation, possessives and a leading 'the'") {
    CHECK(name_key("The Kremlin's") == "kremlin");
    CHECK(name_key("Kislyak’s") == "kislyak");
    CHECK(name_key("Sessions'") == "sessions");
    CHECK(name_key("U.S.") == "us");
    CHECK(name_key("  Sergey   KISLYAK ") == "sergey kislyak");
    CHECK(name_key("Theodore Roosevelt") == "theodore roosevelt");
    CHECK(name_key("Zürich") == "zurich");
    CHECK(name_key("Кисляк") == "кисляк");
    CHECK(name_key("Łódź") == "lodz");
    CHECK(name_key("Ŝtefan ŸŽ") == "stefan yz");
}

TEST_CASE("node ids are XML name tokens with a type prefix") {
    CHECK(node_id_base(NodeType::Person, "Sergey Kislyak") == "p_sergey_kislyak");
    CHECK(node_id_base(NodeType::Place, "Moscow") == "pl_moscow");
    CHECK(node_id_base(NodeType::Organization, "AT&T <Legal>") == "o_att_legal");
    std::string cyr = node_id_base(NodeType::Person, "Кисляк");
    CHECK(cyr.rfind("p_h", 0) == 0);
    CHECK(cyr.size() == 13);
    CHECK(node_id_base(NodeType::Person, "Кисляк") == cyr);
}

TEST_CASE("strip_control_chars keeps text and newlines, drops controls and bad bytes") {
    CHECK(strip_control_chars("a\x01" "b\x1b" "c") == "abc");
    CHECK(strip_control_chars("a\nb") == "a\nb");
    CHECK(strip_control_chars("a\nb", false) == "a b");
    CHECK(strip_control_chars("ok \xff\xfe end") == "ok  end");
    CHECK(strip_control_chars("emoji 🏙️ Кисляк") == "emoji 🏙️ Кисляк");
}

TEST_CASE("decode_utf8 rejects overlong and surrogate encodings") {
    std::size_t pos = 0;
    CHECK(decode_utf8("\xC0\xAF", pos) == 0xFFFD);
    pos = 0;
    CHECK(decode_utf8("\xED\xA0\x80", pos) == 0xFFFD);
    pos = 0;
    CHECK(decode_utf8("€", pos) == 0x20AC);
    CHECK(pos == 3);
}
