#include <doctest/doctest.h>

#include "graph/names.hpp"

using namespace kg;

TEST_CASE("name_key folds case, punctuation, possessives and a leading 'the'") {
    CHECK(name_key("The Kremlin's") == "kremlin");
    CHECK(name_key("Kivelko’s") == "kivelko");
    CHECK(name_key("Sessford'") == "sessford");
    CHECK(name_key("U.S.") == "us");
    CHECK(name_key("  Serafim   KIVELKO ") == "serafim kivelko");
    CHECK(name_key("Theodore Roosevelt") == "theodore roosevelt");
    CHECK(name_key("Zürich") == "zurich");
    CHECK(name_key("Кивелко") == "кивелко");
    CHECK(name_key("Łódź") == "lodz");
    CHECK(name_key("Ŝtefan ŸŽ") == "stefan yz");
}

TEST_CASE("node ids are XML name tokens with a type prefix") {
    CHECK(node_id_base(NodeType::Person, "Serafim Kivelko") == "p_serafim_kivelko");
    CHECK(node_id_base(NodeType::Place, "Morvask") == "pl_morvask");
    CHECK(node_id_base(NodeType::Organization, "AT&T <Legal>") == "o_att_legal");
    std::string cyr = node_id_base(NodeType::Person, "Кивелко");
    CHECK(cyr.rfind("p_h", 0) == 0);
    CHECK(cyr.size() == 13);
    CHECK(node_id_base(NodeType::Person, "Кивелко") == cyr);
}

TEST_CASE("strip_control_chars keeps text and newlines, drops controls and bad bytes") {
    CHECK(strip_control_chars("a\x01" "b\x1b" "c") == "abc");
    CHECK(strip_control_chars("a\nb") == "a\nb");
    CHECK(strip_control_chars("a\nb", false) == "a b");
    CHECK(strip_control_chars("ok \xff\xfe end") == "ok  end");
    CHECK(strip_control_chars("emoji 🏙️ Кивелко") == "emoji 🏙️ Кивелко");
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

TEST_CASE("a bank's name with a holding company's legal form is the bank's parent, not the bank") {
    CHECK(is_bank_holding_company("bank of arden corp"));
    CHECK(is_bank_holding_company("arden national bank inc"));
    CHECK_FALSE(is_bank_holding_company("arden bank ag"));   // the bank's own legal form
    CHECK_FALSE(is_bank_holding_company("arden bank ltd"));
    CHECK_FALSE(is_bank_holding_company("arden steel corp"));  // no bank
    CHECK_FALSE(is_bank_holding_company("bank of arden"));
}
