// Stage 5: mentions, their types, and titles separated from names.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg::extract;
using test::analysed;
using test::mentions_of;

TEST_CASE("mentions: a title stack splits into the body, the title and the person") {
    auto a = analysed("Italian Interior Ministry spokeswoman Anna Rossi spoke on Monday.");
    CHECK(mentions_of(*a) == "[Italian Interior Ministry:Organization][Italian:Place][Anna Rossi:Person]");
    const Mention* p = nullptr;
    for (const auto& m : a->doc.mentions)
        if (m.type == kg::NodeType::Person) p = &m;
    REQUIRE(p);
    CHECK(p->title == "spokeswoman");
}

TEST_CASE("mentions: capitalised titles are not part of the name") {
    auto a = analysed("The talks included Deputy Trade Minister Paul Okafor and President Ana Silva.");
    CHECK(mentions_of(*a) == "[Paul Okafor:Person][Ana Silva:Person]");
}

TEST_CASE("mentions: a title word before 'Jr.' is a surname, and 'the Rev.' is an honorific") {
    CHECK(mentions_of(*analysed("They honoured the memory of Tomas Lund King Jr. on Monday.")) ==
          "[Tomas Lund King Jr.:Person]");
    CHECK(mentions_of(*analysed("The service was led by the Rev. Ines Moravec on Sunday.")) == "[Ines Moravec:Person]");
}

TEST_CASE("mentions: one capitalised word after a noun of kin is a person, whatever a gazetteer knows it as") {
    auto a = analysed("The minister arrived with his wife Florence and her brother Chad on Monday.");
    CHECK(mentions_of(*a) == "[Florence:Person][Chad:Person]");
    // Not a name after the noun: "the wife of Chad's envoy".
    CHECK(mentions_of(*analysed("The wife of the envoy visited Chad on Monday.")) == "[Chad:Place]");
}

TEST_CASE("mentions: 'Officials of the X League' at a sentence's start names the body, not a title's field") {
    CHECK(mentions_of(*analysed("Officials of the National Lund League met on Monday.")) ==
          "[National Lund League:Organization]");
    CHECK(mentions_of(*analysed("Officials of the Vela Group met on Monday.")) == "[Vela Group:Organization]");
}

TEST_CASE("mentions: a title with its field ('Minister of Defense') names nobody") {
    auto a = analysed("She previously served as Deputy Minister of Defense in the cabinet.");
    CHECK(mentions_of(*a).find(":Organization") == std::string::npos);
    CHECK(mentions_of(*a).find(":Person") == std::string::npos);
}

TEST_CASE("mentions: demonyms are places, never people") {
    auto a = analysed("An Austrian delegation met Brazilian officials.");
    CHECK(mentions_of(*a) == "[Austrian:Place][Brazilian:Place]");
    CHECK(a->doc.mentions[0].name == "Austria");
    CHECK(a->doc.mentions[1].name == "Brazil");
}

TEST_CASE("mentions: an organisation containing place names is one organisation") {
    auto a = analysed("The event was hosted by the US-China Trade Council in Boston.");
    CHECK(mentions_of(*a) == "[US-China Trade Council:Organization][Boston:Place]");
}

TEST_CASE("mentions: sentence-initial common words are not names") {
    auto a = analysed("Controversial plans were dropped. Meetings between the firms resumed.");
    CHECK(mentions_of(*a).empty());
}

TEST_CASE("mentions: acronyms are organisations, place abbreviations places") {
    auto a = analysed("The report by OPEC and the WTO said US forces had left.");
    CHECK(mentions_of(*a) == "[OPEC:Organization][WTO:Organization][US:Place]");
}

TEST_CASE("mentions: named events") {
    auto a = analysed("He joined the ministry at the height of the Gulf War.");
    CHECK(mentions_of(*a) == "[Gulf War:Event]");
}

TEST_CASE("mentions: an ordinal or a year before a named event is part of its name") {
    auto a = analysed("She hosted the 41st Tarn Film Festival and covered the 1994 Harbor Cup.");
    CHECK(mentions_of(*a) == "[41st Tarn Film Festival:Event][1994 Harbor Cup:Event]");
    auto b = analysed("She covered it in 1994, the Harbor Cup of that year.");
    CHECK(mentions_of(*b) == "[Harbor Cup:Event]");
}

TEST_CASE("mentions: a lower-case committee of a named body is an organisation") {
    auto a = analysed("The bill was approved by the budget committee of the Spanish parliament.");
    CHECK(mentions_of(*a) == "[budget committee:Organization][Spanish parliament:Organization][Spanish:Place]");
}

TEST_CASE("mentions: a one-word name modifying a pact names nothing") {
    auto a = analysed("The envoys met to discuss the Louvre pact on Friday.");
    CHECK(mentions_of(*a).empty());
}

TEST_CASE("mentions: a capitalised adjective of an institution names it") {
    auto a = analysed("Congressional leaders objected.");
    REQUIRE(a->doc.mentions.size() == 1);
    CHECK(a->doc.mentions[0].name == "Congress");
    CHECK(a->doc.mentions[0].type == kg::NodeType::Organization);
}

TEST_CASE("mentions: a lone name that speaks of itself as 'he' is a person, also where it does not") {
    auto s = test::run("Title\n\nZorvath said he would veto the bill. Later Zorvath met the press.");
    CHECK(test::has_entity(s, "Zorvath", kg::NodeType::Person));
    CHECK(!test::has_entity(s, "Zorvath", kg::NodeType::Organization));
}

TEST_CASE("mentions: a demonym and a lower-case body before a verb the word lists lack is the body") {
    // The tagger tells "seized" (a verb) from "officers" (a noun the head modifies).
    const std::string text = "Title\n\nThe Norwegian navy seized two boats on Monday. Peruvian army officers watched.";
    auto s = test::run_with_core(text);
    CHECK(test::has_entity(s, "Norwegian navy", kg::NodeType::Organization));
    CHECK(test::has_entity(s, "Norway", kg::NodeType::Place));
    CHECK(!test::entity(s, "Peruvian army"));
}

TEST_CASE("mentions: a title's modifier with no title after it does not join the given name after it") {
    const std::string text = "Title\n\nFormer Tomas Ruzek agreed with the plan. Acting Deputy Minister Hana Kolar did not.";
    for (const auto& s : {test::run(text), test::run_with_core(text)}) {
        CHECK(test::has_entity(s, "Tomas Ruzek", kg::NodeType::Person));
        CHECK(!test::entity(s, "Former Tomas Ruzek"));
        CHECK(test::has_entity(s, "Hana Kolar", kg::NodeType::Person));
    }
}

TEST_CASE("mentions: a numbered team nickname ends a team's name; a title word after a given name is a surname") {
    const std::string text =
        "Title\n\nMay 23, 2005 Tarvo 49ers President and General Manager Walter Bishop announced today that "
        "the coach had been relieved of his duties.";
    for (const auto& s : {test::run(text), test::run_with_core(text)}) {
        CHECK(test::has_entity(s, "Tarvo 49ers", kg::NodeType::Organization));
        CHECK(test::has_entity(s, "Walter Bishop", kg::NodeType::Person));
    }
}

TEST_CASE("mentions: a city and the plural of a common word name a team, not a person or the city") {
    const std::string text =
        "Title\n\nHe had a record of 139-119 with the Lima Rangers from 2000-04 and joined the Oslo Herons later. "
        "The Peru Banks were closed.";
    for (const auto& s : {test::run(text), test::run_with_core(text)}) {
        CHECK(test::has_entity(s, "Lima Rangers", kg::NodeType::Organization));
        CHECK(test::has_entity(s, "Oslo Herons", kg::NodeType::Organization));
        CHECK(!test::entity(s, "Peru Banks"));
    }
}

TEST_CASE("mentions: a city and a plural no word list knows name a team, unless the recogniser reads a person") {
    const auto s = test::run_with_core(
        "Title\n\nHe coached the Lima Zorvets for two seasons. Fans of the Oslo Kribbles cheered Orlando Rojas.");
    CHECK(test::has_entity(s, "Lima Zorvets", kg::NodeType::Organization));
    CHECK(test::has_entity(s, "Oslo Kribbles", kg::NodeType::Organization));
    CHECK(test::has_entity(s, "Orlando Rojas", kg::NodeType::Person));
}

TEST_CASE("mentions: a country's customs service is a body, and its agent holds a post there") {
    const auto s = test::run_with_core("Title\n\nThe package was opened by Norwegian Customs Agent Tomas Lund on Monday.");
    CHECK(test::has_entity(s, "Norwegian Customs", kg::NodeType::Organization));
    CHECK(test::has(s, "Tomas Lund", kg::Relation::role, "Norwegian Customs"));
}

TEST_CASE("mentions: a rank word before a title's owner is the title's ('Deputy Chilean Ambassador X')") {
    CHECK(mentions_of(*analysed("The talks ended, said Deputy Chilean Ambassador Tomas Lund.")) ==
          "[Chilean:Place][Tomas Lund:Person]");
    const auto s = test::run_with_core("Title\n\nThe talks ended, said Former Vela Corp Chairman Tomas Lund.");
    CHECK(test::has(s, "Tomas Lund", kg::Relation::role, "Vela Corp"));
}

TEST_CASE("mentions: a title's modifier before words no list knows is no part of the name") {
    CHECK(mentions_of(*analysed("Foreign Prasong Tawinkul said he hoped for talks.")) == "[Prasong Tawinkul:Person]");
    // A known given name after it was the rule before.
    CHECK(mentions_of(*analysed("Former Tomas Lindqvist said so.")) == "[Tomas Lindqvist:Person]");
}

TEST_CASE("mentions: a country's division keeps its word; it builds no title and hides no prince") {
    CHECK(mentions_of(*analysed("In Lundby County, winds ripped off part of the roof.")) == "[Lundby County:Place]");
    CHECK(mentions_of(*analysed("Lundby County Judge William Kerr set a date.")) ==
          "[Lundby County:Place][William Kerr:Person]");
    CHECK(mentions_of(*analysed("The man was guarded, said Prince County police spokesman Ada Kim.")) ==
          "[Prince County:Place][Ada Kim:Person]");
}

TEST_CASE("mentions: a capitalised common word before a staff title and a name is the body ('Summit spokesman X')") {
    auto s = test::run_with_core("Title\n\nThe rig sank off the coast, Summit spokesman Ian Lind said on Monday.");
    CHECK(test::has_entity(s, "Summit", kg::NodeType::Organization));
    CHECK(test::has(s, "Ian Lind", kg::Relation::role, "Summit"));
    // Not at a sentence's start, where capitals say nothing.
    auto start = test::run_with_core("Title\n\nCompany spokesman Ian Lind said the rig sank.");
    CHECK(!test::has_entity(start, "Company", kg::NodeType::Organization));
}

TEST_CASE("mentions: two capitalised titles joined by 'and' are one person's ('X President and General Manager Y')") {
    auto s = test::run_with_core(
        "Title\n\nIn 2005 Vela Corp President and General Manager Tom Barrow announced that Ian Vale was fired.");
    CHECK(test::has(s, "Tom Barrow", kg::Relation::role, "Vela Corp"));
    CHECK(!test::has_entity(s, "General Manager Tom Barrow", kg::NodeType::Person));
}

TEST_CASE("mentions: a name before a noun of a company's premises is the company ('a Vela store in Lisbon')") {
    auto s = test::run_with_core("Title\n\nFire destroyed a Vela store in Lisbon on Friday.");
    CHECK(test::has_entity(s, "Vela", kg::NodeType::Organization));
    CHECK(test::has(s, "Vela", kg::Relation::located_in, "Lisbon"));
    // A town the gazetteer knows stays a place ("the Lisbon plant").
    auto town = test::run_with_core("Title\n\nVela Corp said the Lisbon plant will close.");
    CHECK(test::has_entity(town, "Lisbon", kg::NodeType::Place));
}

TEST_CASE("mentions: a legal form left alone ('Corp' after a split name) is no organisation") {
    auto s = test::run_with_core("Title\n\nZ mart Corp said it agreed to sell most of its stores to Vela Corp.");
    CHECK(test::has_entity(s, "Vela Corp", kg::NodeType::Organization));
    CHECK(!test::has_entity(s, "Corp", kg::NodeType::Organization));
    CHECK(!test::has_entity(s, "Corp", kg::NodeType::Person));
}
