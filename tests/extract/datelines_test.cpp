// Mentions in wire copy's datelines and source lines (extract/mentions/datelines.cpp).
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg::extract;
using test::analysed;
using test::mentions_of;

TEST_CASE("datelines: a source line's city and the paper in capitals after it are two names") {
    auto a = analysed("Tampere VIIKKOSANOMAT");
    CHECK(mentions_of(*a) == "[Tampere:Place][VIIKKOSANOMAT:Organization]");
}

TEST_CASE("datelines: a filing code is no word of a name") {
    auto a = analysed("QX1234567890 Tampere VIIKKOSANOMAT in Finnish 1900 GMT 3 May 94");
    const std::string m = mentions_of(*a);
    CHECK(m.find("[Tampere:Place][VIIKKOSANOMAT:Organization]") != std::string::npos);
    CHECK(m.find("QX") == std::string::npos);
}

TEST_CASE("datelines: a city in title case before a name in capitals that is a place stays one run") {
    // A place abbreviation in capitals after a city names no paper.
    auto a = analysed("The office is in Tampere NY now.");
    CHECK(mentions_of(*a).find(":Organization]") == std::string::npos);
}

TEST_CASE("datelines: a shouted place before a comma and a state is a place") {
    CHECK(mentions_of(*analysed("HOLLOWAY FALLS, N.J.")).find("[HOLLOWAY FALLS:Place]") != std::string::npos);
    auto a = analysed("HOLLOWAY FALLS, Nevada (AP) _ Ada Kim left the town.");
    const std::string m = mentions_of(*a);
    CHECK(m.find("[HOLLOWAY FALLS:Place][Nevada:Place][AP:Organization]") != std::string::npos);
    CHECK(m.find("[Ada Kim:Person]") != std::string::npos);
    CHECK(mentions_of(*analysed("MERRITON (AP)")) == "[MERRITON:Place][AP:Organization]");
    // A state the lists lack, told by its shape.
    CHECK(mentions_of(*analysed("MERRITON, Ind.")).find("[MERRITON:Place][Ind:Place]") != std::string::npos);
}

TEST_CASE("mentions: a demonym after 'in' with no noun after it is a language, no place") {
    CHECK(mentions_of(*analysed("She said in Finnish that the talks had failed.")).empty());
    CHECK(mentions_of(*analysed("QX1234567890 Tampere VIIKKOSANOMAT in Finnish 1900 GMT 3 May 94"))
              .find("Finnish") == std::string::npos);
    // Before a noun it is still the country's adjective.
    CHECK(mentions_of(*analysed("Troops were seen in Finnish territory.")) == "[Finnish:Place]");
}

TEST_CASE("pattern: a source line's paper is based in the city before it") {
    auto s = test::run("Title\n\nQX1234567890 Tampere VIIKKOSANOMAT in Finnish 1900 GMT 3 May 94");
    CHECK(test::has(s, "VIIKKOSANOMAT", kg::Relation::located_in, "Tampere"));
    // A city and a place abbreviation after it are no source line.
    auto t = test::run("Title\n\nThe office of Ada Kim in Tampere NY closed.");
    CHECK_FALSE(test::has(t, "NY", kg::Relation::located_in, "Tampere"));
}

TEST_CASE("datelines: a broadcaster in title case after a source line's city, in a line without a full stop") {
    auto a = analysed("QX1234567890 Tampere Radio Nord in Finnish 1900 GMT 3 May 94");
    CHECK(mentions_of(*a).find("[Tampere:Place][Radio Nord:Organization]") != std::string::npos);
    auto s = test::run("Title\n\nQX1234567890 Tampere Radio Nord in Finnish 1900 GMT 3 May 94");
    CHECK(test::has(s, "Radio Nord", kg::Relation::located_in, "Tampere"));
    // In a sentence the same words stay one name.
    CHECK(mentions_of(*analysed("The Tampere Radio Network said on Monday that it was sold.")) ==
          "[Tampere Radio Network:Organization]");
}

TEST_CASE("mentions: a company's legal form, 'of' and its town are the company and a place it is based in") {
    auto a = analysed("The rig was leased from Lund Marine Inc. of Tampere last year.");
    CHECK(mentions_of(*a) == "[Lund Marine Inc.:Organization][Tampere:Place]");
    auto s = test::run("Title\n\nThe rig was leased from Lund Marine Inc. of Tampere last year.");
    CHECK(test::has(s, "Lund Marine Inc.", kg::Relation::located_in, "Tampere"));
    // A body's head word after "of" names a parent, not a town.
    CHECK(mentions_of(*analysed("Lund Co. of Tampere Holdings merged with a rival.")) ==
          "[Lund Co. of Tampere Holdings:Organization]");
}

TEST_CASE("mentions: a name before a comma and a state is a town") {
    // (The town is the recogniser's name here: the NLP core runs.)
    auto s = test::run_with_core("Title\n\nThe prize went to Ada Kim, 83, of Trapper Hollow, Montana, last week.");
    CHECK(test::has_entity(s, "Trapper Hollow", kg::NodeType::Place));
    // A body's head word keeps a body.
    CHECK(mentions_of(*analysed("Officials at Lund Medical Center, Minn., declined to comment."))
              .find("[Lund Medical Center:Organization]") != std::string::npos);
}

TEST_CASE("pattern: a company of a town and its state is based in both") {
    auto s = test::run("Title\n\nThe gift came from Lund Holdings Co. of Trapper Hollow, Minn., last year.");
    CHECK(test::has(s, "Lund Holdings Co.", kg::Relation::located_in, "Trapper Hollow"));
    CHECK(test::has(s, "Lund Holdings Co.", kg::Relation::located_in, "Minnesota"));
}

TEST_CASE("datelines: a source line's paper goes on over a common word in capitals; 'City' after a country") {
    CHECK(mentions_of(*analysed("Tampere THE CHRONICLE")) == "[Tampere:Place][THE CHRONICLE:Organization]");
    auto a = analysed("QX1234567890 Guatemala City Radio Sur in Spanish 0200 GMT 9 May 94");
    CHECK(mentions_of(*a).find("[Guatemala City:Place][Radio Sur:Organization]") != std::string::npos);
}

TEST_CASE("mentions: a town no rule named, between commas before its state, in a list of sites") {
    CHECK(mentions_of(*analysed("Lund Depot, Patchville, N.H.;")).find("[Patchville:Place]") != std::string::npos);
    CHECK(mentions_of(*analysed("Lund Depot, Patchville, N.H.; and Merriton Wells, Nevada."))
              .find("[Merriton Wells:Place]") != std::string::npos);
}
