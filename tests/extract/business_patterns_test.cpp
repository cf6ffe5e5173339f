// Relation patterns of business news (appositions, units, passive appointments) and the
// coreference of company names, on made-up sentences.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg;
using extract::test::has;
using extract::test::has_entity;
using extract::test::run;

TEST_CASE("pattern: coordinated titles after a name, each with its organisation") {
    auto s = run("Title\n\nTom Keel, president of Varda Mills Inc and a director of Osprey Bank, said sales rose.");
    CHECK(has(s, "Tom Keel", Relation::role, "Varda Mills Inc"));
    CHECK(has(s, "Tom Keel", Relation::role, "Osprey Bank"));
}

TEST_CASE("pattern: an age between the name and its title") {
    auto s = run("Title\n\nLena Dorr, 54, chairman of Corvel Corp, will retire in May.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: a possessive organisation's title before an appositive name") {
    auto s = run("Title\n\nCorvel Corp's chairman, Lena Dorr, said the plan would go ahead.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: 'its TITLE, NAME' after the organisation") {
    auto s = run("Title\n\nCorvel Corp said its chairman, Lena Dorr, will retire.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: 'X, a unit of Y' makes X part of Y") {
    auto s = run("Title\n\nPell Freight Inc, a unit of Corvel Corp, said volumes rose.");
    CHECK(has(s, "Pell Freight Inc", Relation::part_of, "Corvel Corp"));
}

TEST_CASE("pattern: 'its A and B units' make both part of the owner") {
    auto s = run("Title\n\nCorvel Corp said it would sell its Pell Freight Inc and Dunmore Tools Co units.");
    CHECK(has(s, "Pell Freight Inc", Relation::part_of, "Corvel Corp"));
    CHECK(has(s, "Dunmore Tools Co", Relation::part_of, "Corvel Corp"));
}

TEST_CASE("pattern: a title given with an appointment, at the unit named") {
    auto s = run("Title\n\nCorvel Corp named Lena Dorr president of its Pell Freight Inc unit.");
    CHECK(has(s, "Corvel Corp", Relation::appoints, "Lena Dorr"));
    CHECK(has(s, "Lena Dorr", Relation::role, "Pell Freight Inc"));
    CHECK(has(s, "Pell Freight Inc", Relation::part_of, "Corvel Corp"));
}

TEST_CASE("pattern: a passive appointment with a title and its organisation") {
    auto s = run("Title\n\nLena Dorr was elected chairman of Corvel Corp on Monday.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: a passive appointment reported by the organisation") {
    auto s = run("Title\n\nCorvel Corp said Lena Dorr has been named executive vice president.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: acquisitions are stated relations with the verb as label") {
    auto s = run("Title\n\nCorvel Corp said it has agreed to acquire Pell Freight Inc for 40 mln dlrs.");
    const Statement* st = extract::test::find(s, "Corvel Corp", Relation::related, "Pell Freight Inc");
    REQUIRE(st);
    CHECK(st->label == "acquire");
}

TEST_CASE("entities: a sentence-initial common word before a head word starts the name") {
    auto s = run("Title\n\nGolden Harvest Corp rose. Pioneer Tools Inc said it was acquired by Corvel Corp.");
    CHECK(has_entity(s, "Pioneer Tools Inc", NodeType::Organization));
    CHECK(!has_entity(s, "Inc", NodeType::Organization));
}

TEST_CASE("coreference: an acronym of a company's name without its legal form") {
    auto s = run("Title\n\nNorthern Atlantic Shipping Corp said profits rose. NAS said it would expand.");
    CHECK(!has_entity(s, "NAS", NodeType::Organization));
    CHECK(extract::test::has_alias(s, "Northern Atlantic Shipping Corp", "NAS"));
}

TEST_CASE("coreference: a company name without its legal form, or the one longer name it starts") {
    auto s = run("Title\n\nCorvel National Corp said profits rose. Corvel National's shares fell. "
                 "Pell Freight Lines Inc agreed. Pell Freight said it would expand.");
    CHECK(!has_entity(s, "Corvel National", NodeType::Organization));
    CHECK(!has_entity(s, "Pell Freight", NodeType::Organization));
    CHECK(extract::test::has_alias(s, "Pell Freight Lines Inc", "Pell Freight"));
}

TEST_CASE("entities: newspapers are organisations") {
    auto s = run("Title\n\nAnn Vale, former editor of the Dunmore Herald, joined the board.");
    CHECK(has_entity(s, "Dunmore Herald", NodeType::Organization));
    CHECK(has(s, "Ann Vale", Relation::role, "Dunmore Herald"));
}

TEST_CASE("pattern: a company whose name holds a place is not part of that place") {
    auto s = run("Title\n\nDanish Freight Airways said the Danish Transport Ministry approved the route.");
    CHECK(!has(s, "Danish Freight Airways", Relation::part_of, "Denmark"));
    CHECK(has(s, "Danish Transport Ministry", Relation::part_of, "Denmark"));
}

TEST_CASE("entities: capitalised common words whose initials the article writes are an organisation") {
    auto s = run("Title\n\nNorthern Press Agency announced a new editor. Its rival said NPA would struggle.");
    CHECK(has_entity(s, "Northern Press Agency", NodeType::Organization));
    CHECK(extract::test::has_alias(s, "Northern Press Agency", "NPA"));
}

TEST_CASE("entities: an organisation's head word followed by 'on'") {
    auto s = run("Title\n\nThe plan was praised by the Nordic Council on Clean Water.");
    CHECK(has_entity(s, "Nordic Council on Clean Water", NodeType::Organization));
}

TEST_CASE("pattern: 'resigned as company president' is a role at the organisation reporting") {
    auto s = run("Title\n\nCorvel Corp announced that Lena Dorr had resigned as company president.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: 'NAME, a PLACE businessman' locates the person; the place is no subject") {
    auto s = run("Title\n\nThe new owner is Luis Serra, a Lisbon businessman who helped Corvel Corp.");
    CHECK(has(s, "Luis Serra", Relation::located_in, "Lisbon"));
    CHECK(!has(s, "Lisbon", Relation::supports, "Corvel Corp"));
}

TEST_CASE("pattern: 'NAME of ORG' without a title is membership") {
    auto s = run("Title\n\nThe rules were criticised by Ann Vale of the Nordic Shippers Association.");
    CHECK(has(s, "Ann Vale", Relation::member_of, "Nordic Shippers Association"));
}

TEST_CASE("entities: parties named by their members are organisations") {
    auto s = run("Title\n\nTalks included the opposition Communists and the Social Democrats.");
    CHECK(has_entity(s, "Communists", NodeType::Organization));
    CHECK(has_entity(s, "Social Democrats", NodeType::Organization));
}

TEST_CASE("pattern: a party or a news agency reporting a title is not its holder's employer") {
    auto s = run("Title\n\nThe Green Party said it will not serve under Karl Aster, who has been prime minister twice. "
                 "The Nordic News Agency said Ola Berg was named ambassador.");
    CHECK(!has(s, "Karl Aster", Relation::role, "Green Party"));
    CHECK(!has(s, "Ola Berg", Relation::role, "Nordic News Agency"));
}

TEST_CASE("pattern: a capitalised public office is not held at the body reporting the sentence") {
    auto s = run("Title\n\nCorvel Corp said the deal was signed by President Ana Silva.");
    CHECK(!has(s, "Ana Silva", Relation::role, "Corvel Corp"));
}

TEST_CASE("pattern: a copula title followed by 'and a member of' another body") {
    auto s = run("Title\n\nCorvel Corp said Lena Dorr remains chairman of Pell Freight Inc, and a member of the "
                 "Corvel Management Committee.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Pell Freight Inc"));
    CHECK(has(s, "Lena Dorr", Relation::member_of, "Corvel Management Committee"));
}

TEST_CASE("pattern: 'led'/'joined' are a role or membership only between a person and a body") {
    auto s = run("Title\n\nOsprey Bank led the loan for Corvel Corp. Ann Vale joined Tom Keel at the firm. "
                 "Ann Vale leads the Nordic Shippers Association.");
    CHECK(!has(s, "Osprey Bank", Relation::role, "Corvel Corp"));
    CHECK(!has(s, "Ann Vale", Relation::member_of, "Tom Keel"));
    CHECK(has(s, "Ann Vale", Relation::role, "Nordic Shippers Association"));
}

TEST_CASE("pattern: a title at each organisation of a coordinated list") {
    auto s = run("Title\n\nCorvel Corp named Paul Ames president of its Pell Life Insurance Co and Dunmore "
                 "Life Insurance Co units.");
    CHECK(has(s, "Paul Ames", Relation::role, "Pell Life Insurance Co"));
    CHECK(has(s, "Paul Ames", Relation::role, "Dunmore Life Insurance Co"));
}

TEST_CASE("pattern: a verb's objects listed with commas") {
    auto s = run("Title\n\nAnn Vale met with Trade Secretary Tom Keel, Defence Minister Lars Berg and Ida Moe.");
    CHECK(has(s, "Ann Vale", Relation::meets, "Tom Keel"));
    CHECK(has(s, "Ann Vale", Relation::meets, "Lars Berg"));
    CHECK(has(s, "Ann Vale", Relation::meets, "Ida Moe"));
}

TEST_CASE("pattern: ORG's ORG is a part; PERSON's ORG is membership; not before a noun of dealing") {
    auto s = run("Title\n\nCorvel Corp's Pell Freight Group grew. Ole Berg's Labour Party said it would wait. "
                 "Osprey Bank's Dunmore Tools stake rose.");
    CHECK(has(s, "Pell Freight Group", Relation::part_of, "Corvel Corp"));
    CHECK(has(s, "Ole Berg", Relation::member_of, "Labour Party"));
    CHECK(!extract::test::linked(s, "Osprey Bank", "Dunmore Tools"));
}

TEST_CASE("pattern: 'the party's president, NAME' after the party is named") {
    auto s = run("Title\n\nThe Labour Party said it would accept only Ole Berg, the party's president, for the job.");
    CHECK(has(s, "Ole Berg", Relation::role, "Labour Party"));
}

TEST_CASE("pattern: 'hailed' and 'welcomed' state support") {
    auto s = run("Title\n\nThe Nordic Shippers Association welcomed Corvel Corp to the talks.");
    CHECK(has(s, "Nordic Shippers Association", Relation::supports, "Corvel Corp"));
}

TEST_CASE("pattern: 'COUNTRY Treasury Secretary' works at the body the article names, part of the country") {
    auto s = run("Title\n\nU.S. Treasury Secretary Tom Keel met bankers, the Treasury Department said. "
                 "Peru's Oil Minister Ana Rojas spoke after the Oil Ministry said so.");
    CHECK(has(s, "Tom Keel", Relation::role, "Treasury Department"));
    CHECK(has(s, "Treasury Department", Relation::part_of, "United States"));
    CHECK(has(s, "Ana Rojas", Relation::role, "Peru"));
}

TEST_CASE("pattern: a demonym-qualified minister stays the country's even when the ministry is named") {
    auto s = run("Title\n\nPeruvian Finance Minister Ana Rojas spoke after the Finance Ministry said so.");
    CHECK(has(s, "Ana Rojas", Relation::role, "Peru"));
}

TEST_CASE("coreference: a surname joins a full name ending in Jr") {
    auto s = run("Title\n\nCorvel Corp named Paul Lane Jr president. Lane, who joined in May, formerly was "
                 "treasurer of Osprey Bank.");
    CHECK(!has_entity(s, "Lane", NodeType::Organization));
    CHECK(has(s, "Paul Lane Jr", Relation::role, "Osprey Bank"));
}

TEST_CASE("pattern: appointing and dismissing take people, not the organisation they come from") {
    auto s = run("Title\n\nCorvel Corp said it named five others from Osprey Bank to its board.");
    CHECK(!extract::test::linked(s, "Corvel Corp", "Osprey Bank"));
}

TEST_CASE("pattern: a list of titles after a copula, past a field with no name, adjectives before the body") {
    auto s = run("Title\n\nLena Dorr, who is both chairman and chief executive of Corvel Corp, is the publisher of "
                 "a chain of newspapers in Peru, chairman of the Lima Sports Committee and chairman of the "
                 "worldwide Federation of Rowing Clubs.");
    CHECK(has(s, "Lena Dorr", Relation::role, "Corvel Corp"));
    CHECK(has(s, "Lena Dorr", Relation::role, "Lima Sports Committee"));
    CHECK(has(s, "Lena Dorr", Relation::role, "Federation of Rowing Clubs"));
}

TEST_CASE("pattern: a city before a title is where the person works, not the employer") {
    auto s = run("Title\n\nBombay broker Ravi Menon said selling would slow.");
    CHECK(!has(s, "Ravi Menon", Relation::role, "Bombay"));
    CHECK(has(s, "Ravi Menon", Relation::located_in, "Bombay"));
}

TEST_CASE("pattern: the nouns of dealings ('its acquisition of', 'a bid for', 'offer from', 'of X by Y')") {
    auto s = run("Title\n\nCorvel Corp completed its acquisition of Dunmore Tools Co last week. Osprey Bank made a "
                 "bid for Pell Freight Inc on Monday. Varden Ltd rejected a takeover offer from Nordhavn AB today. "
                 "The purchase of Fyrvaerk Inc by Lysaker Corp was approved.");
    CHECK(has(s, "Corvel Corp", Relation::related, "Dunmore Tools Co"));
    CHECK(has(s, "Osprey Bank", Relation::related, "Pell Freight Inc"));
    CHECK(extract::test::linked(s, "Nordhavn AB", "Varden Ltd"));
    CHECK(has(s, "Lysaker Corp", Relation::related, "Fyrvaerk Inc"));
}

TEST_CASE("pattern: subjects listed with commas share the verb") {
    auto s = run("Title\n\nCorvel Corp, Osprey Bank and Pell Freight Inc agreed to buy Dunmore Tools Co.");
    CHECK(has(s, "Corvel Corp", Relation::related, "Dunmore Tools Co"));
    CHECK(has(s, "Osprey Bank", Relation::related, "Dunmore Tools Co"));
    CHECK(has(s, "Pell Freight Inc", Relation::related, "Dunmore Tools Co"));
}

TEST_CASE("pattern: 'called on X to' is an appeal (communicates), not a meeting") {
    auto s = run("Title\n\nPrime Minister Ola Berg called on Congress to act on acid rain.");
    CHECK(has(s, "Ola Berg", Relation::communicates, "Congress"));
    CHECK(!has(s, "Ola Berg", Relation::meets, "Congress"));
}

TEST_CASE("pattern: 'paid a courtesy call on X' is still a meeting") {
    auto s = run("Title\n\nPrince Olaf Berg paid a courtesy call on President Ana Silva.");
    CHECK(!has(s, "Olaf Berg", Relation::communicates, "Ana Silva"));
}

TEST_CASE("pattern: a title held for a person ('a lawyer for X', 'X's lawyer, Y') is a tie, not a post") {
    auto s = run("Title\n\nAnn Vale, a lawyer for Tom Keel, said the appeal would be filed. "
                 "Keel's spokesman, Ida Moe, declined to comment. Lena Dorr, the daughter of Tom Keel, spoke.");
    CHECK(has(s, "Ann Vale", Relation::related, "Tom Keel"));
    CHECK(has(s, "Ida Moe", Relation::related, "Tom Keel"));
    CHECK(!has(s, "Ann Vale", Relation::role, "Tom Keel"));
    CHECK(!has(s, "Ida Moe", Relation::role, "Tom Keel"));
    CHECK(!has(s, "Lena Dorr", Relation::role, "Tom Keel"));
}

TEST_CASE("pattern: court verbs ('sentenced', 'convicted')") {
    auto s = run("Title\n\nJudge Ann Vale sentenced Tom Keel to five years. A jury convicted Ida Moe.");
    CHECK(has(s, "Ann Vale", Relation::related, "Tom Keel"));
}

TEST_CASE("pattern: family nouns ('X's wife, Y', 'his son Y', 'Y, the daughter of X')") {
    auto s = run("Title\n\nTom Keel arrived on Monday. Keel's wife, Lena Dorr, spoke first. Later he and his son "
                 "Erik Keel left. Ida Moe, the daughter of Ola Berg, stayed.");
    CHECK(has(s, "Lena Dorr", Relation::family, "Tom Keel"));
    CHECK(has(s, "Erik Keel", Relation::family, "Tom Keel"));
    CHECK(has(s, "Ida Moe", Relation::family, "Ola Berg"));
}

TEST_CASE("pattern: whom one tells comes right after the verb") {
    auto s = run("Title\n\nTom Keel told reporters after a meeting of the Nordic Shippers Association that "
                 "rates would rise. Ann Vale told Peruvian growers to wait. Ida Moe told the Senate nothing.");
    CHECK(!extract::test::linked(s, "Tom Keel", "Nordic Shippers Association"));
    CHECK(!has(s, "Ann Vale", Relation::communicates, "Peru"));
    CHECK(has(s, "Ida Moe", Relation::communicates, "Senate"));
}

TEST_CASE("pattern: 'a spokesman for the Keel estate' is no title held for Keel") {
    auto s = run("Title\n\nTom Keel died in May. Ann Vale, a spokesman for the Keel estate, declined to comment.");
    CHECK(!has(s, "Ann Vale", Relation::role, "Tom Keel"));
}

TEST_CASE("pattern: where an organisation is based ('X, based in P', 'a P-based maker', 'the P-based X')") {
    auto s = run("Title\n\nCorvel Corp, based in Lisbon, makes tools. Osprey Bank, a Madrid-based lender, agreed. "
                 "The Oslo-based Varden Ltd said profits rose. Pell Freight Inc is a unit of Corvel Corp.");
    CHECK(has(s, "Corvel Corp", Relation::located_in, "Lisbon"));
    CHECK(has(s, "Osprey Bank", Relation::located_in, "Madrid"));
    CHECK(has(s, "Varden Ltd", Relation::located_in, "Oslo"));
    CHECK(has(s, "Pell Freight Inc", Relation::part_of, "Corvel Corp"));
}

TEST_CASE("pattern: 'BODY of PLACE Title Name' splits the body, the title and the person") {
    auto s = run("Title\n\nBank of Lundia Governor Tomas Varga said rates would hold. "
                 "Council of Harbour Pilots Chairman Ilse Marek objected. "
                 "Ministry of Fisheries Deputy Director Anna Holt agreed.");
    CHECK(has_entity(s, "Tomas Varga", NodeType::Person));
    CHECK(has_entity(s, "Bank of Lundia", NodeType::Organization));
    CHECK(has(s, "Tomas Varga", Relation::role, "Bank of Lundia"));
    CHECK(has(s, "Ilse Marek", Relation::role, "Council of Harbour Pilots"));
    CHECK(has(s, "Anna Holt", Relation::role, "Ministry of Fisheries"));
    CHECK(!has_entity(s, "Bank of Lundia Governor Tomas Varga", NodeType::Organization));
}

TEST_CASE("entities: a body whose name holds a plural title word stays one name") {
    auto s = run("Title\n\nShares on the Association of Grain Dealers Automated Exchange rose.");
    CHECK(has_entity(s, "Association of Grain Dealers Automated Exchange", NodeType::Organization));
}

TEST_CASE("entities: hyphenated titles ('Vice-President') are titles") {
    auto s = run("Title\n\nWorld Harbour Bank Vice-President Jonas Berg spoke.");
    CHECK(has(s, "Jonas Berg", Relation::role, "World Harbour Bank"));
}

TEST_CASE("pattern: 'NAME, Capitalised Title of ORG,' gives the role at that organisation") {
    auto s = run("Title\n\nThe plan was proposed by Ivan Berg, Executive Vice-President of Lundcorp, "
                 "at the meeting.");
    CHECK(has_entity(s, "Lundcorp", NodeType::Organization));
    CHECK(!has_entity(s, "Lundcorp", NodeType::Person));
    CHECK(has(s, "Ivan Berg", Relation::role, "Lundcorp"));
}
