// Relations read from the dependency parse (extract/relations/dependency.cpp), with the
// shipped models. Names are invented; each sentence is plain enough that the parse is not in
// doubt, so a failure means the reading of the tree is wrong.
#include <doctest/doctest.h>

#include "extract/core/annotator.hpp"
#include "extract/relations.hpp"
#include "helpers.hpp"

using namespace kg::extract;
using kg::Relation;

namespace {

struct Found {
    std::unique_ptr<AnalysedArticle> article;
    std::vector<RelationCandidate> relations;

    // The relation stated from the entity named `subject` to the one named `object`, with
    // its label; "" when none.
    std::string find(const std::string& subject, Relation rel, const std::string& object) const {
        const auto& entities = article->doc.entities;
        for (const RelationCandidate& c : relations)
            if (c.relation == rel && entities[c.subject].name == subject && entities[c.object].name == object)
                return c.label.empty() ? "(no label)" : c.label;
        return "";
    }
    bool joins(const std::string& a, const std::string& b) const {
        const auto& entities = article->doc.entities;
        for (const RelationCandidate& c : relations) {
            const std::string& s = entities[c.subject].name;
            const std::string& o = entities[c.object].name;
            if ((s == a && o == b) || (s == b && o == a)) return true;
        }
        return false;
    }
};

Found read(const std::string& text) {
    Found f;
    f.article = std::make_unique<AnalysedArticle>();
    kg::nlp::Annotator core(test::shipped_models());
    analyse(text, test::lexicon(), *f.article, false, nullptr, &core);
    f.relations = find_relations(f.article->doc, test::lexicon());
    return f;
}

}  // namespace

TEST_CASE("the parse reaches every token: a contraction takes the arc of its head word") {
    auto f = read("Ines Moravec didn't sign Oskar Lindqvist.");
    const Document& doc = f.article->doc;
    REQUIRE(doc.arcs.size() == doc.tokens.size());
    int roots = 0;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        if (doc.arcs[t].head < 0) ++roots;
        if (doc.token_text(t) == "didn't") {
            CHECK(doc.arcs[t].negated);
            CHECK(doc.arcs[t].deprel == "aux");
        }
    }
    CHECK(roots == 1);
}

TEST_CASE("a verb between subject and object states a relation; the verb is the label") {
    auto f = read("Halvard Industries courted Oskar Lindqvist last week.");
    CHECK(f.find("Halvard Industries", Relation::related, "Oskar Lindqvist") == "courted");
}

TEST_CASE("coordinated subjects each hold the relation") {
    auto f = read("Halvard Industries and Brenmoor Logistics sued Quellstadt Bank on Monday.");
    CHECK(f.find("Halvard Industries", Relation::opposes, "Quellstadt Bank") == "sued");
    CHECK(f.find("Brenmoor Logistics", Relation::opposes, "Quellstadt Bank") == "sued");
}

TEST_CASE("a passive with an agent: the agent is the subject") {
    auto f = read("Oskar Lindqvist was hired by Brenmoor Logistics in March.");
    CHECK(f.find("Brenmoor Logistics", Relation::appoints, "Oskar Lindqvist") == "hired");
}

TEST_CASE("a clause without a subject of its own borrows its governor's") {
    auto f = read("Brenmoor Logistics agreed to buy Quellstadt Bank.");
    CHECK(f.find("Brenmoor Logistics", Relation::related, "Quellstadt Bank") == "buy");
}

TEST_CASE("a relative clause takes its noun as subject") {
    auto f = read("The deal was praised by Ines Moravec, who founded Halvard Industries in 1990.");
    CHECK(f.find("Ines Moravec", Relation::related, "Halvard Industries") == "founded");
}

TEST_CASE("a place after a motion verb is where the subject goes; after an object it is not") {
    auto f = read("Oskar Lindqvist flew to Valparaiso on Tuesday.");
    CHECK(f.find("Oskar Lindqvist", Relation::located_in, "Valparaiso") == "flew to");
    auto g = read("Halvard Industries sent engineers to Valparaiso.");
    CHECK(g.find("Halvard Industries", Relation::located_in, "Valparaiso").empty());
}

TEST_CASE("a noun in apposition or after a copula carries the relation to its modifier") {
    auto f = read("Oskar Lindqvist, a longtime rival of Ines Moravec, declined to comment.");
    CHECK(f.find("Oskar Lindqvist", Relation::related, "Ines Moravec") == "rival of");
    auto g = read("Oskar Lindqvist is the landlord of Halvard Industries.");
    CHECK(g.find("Oskar Lindqvist", Relation::related, "Halvard Industries") == "landlord of");
}

TEST_CASE("a name that only modifies another is no argument of the verb") {
    // "Halvard" names the firm in "Halvard chief Ines Moravec"; the meeting is Moravec's.
    auto f = read("Quellstadt Bank chairman Oskar Lindqvist met Ines Moravec in Valparaiso.");
    CHECK(f.joins("Oskar Lindqvist", "Ines Moravec"));
    CHECK_FALSE(f.find("Quellstadt Bank", Relation::meets, "Ines Moravec") != "");
}

TEST_CASE("verbs of conflict and of running a body type the relation") {
    auto clash = read("Ines Moravec clashed with Oskar Lindqvist over the budget.");
    CHECK(clash.find("Ines Moravec", Relation::opposes, "Oskar Lindqvist") == "clashed with");
    auto directs = read("Ines Moravec, who directs the Quellstadt Institute, spoke on Monday.");
    CHECK(directs.find("Ines Moravec", Relation::role, "Quellstadt Institute") == "directs");
}

TEST_CASE("two names side by side without 'and' or a comma are no list, even when the parse says so") {
    // The parser reads this as "Greenpeace" coordinated with "Ruth Calder", both subjects.
    auto f = read("Greenpeace chief executive Ruth Calder spoke to Oskar Lindqvist.");
    CHECK(f.joins("Ruth Calder", "Oskar Lindqvist"));
    CHECK(f.find("Greenpeace", Relation::meets, "Oskar Lindqvist").empty());
    CHECK(f.find("Greenpeace", Relation::related, "Oskar Lindqvist").empty());
    auto list = read("Ines Moravec and Ruth Calder met Oskar Lindqvist.");
    CHECK(list.find("Ruth Calder", Relation::meets, "Oskar Lindqvist") == "met");
}

TEST_CASE("without the core there is no parse and the rules stand alone") {
    auto rules = test::analysed("Halvard Industries courted Oskar Lindqvist last week.");
    CHECK(rules->doc.arcs.empty());
    auto found = find_relations(rules->doc, test::lexicon());
    for (const RelationCandidate& c : found) CHECK(c.label != "courted");
}

namespace {

int flags_of(const Found& f, const std::string& subject, const std::string& object) {
    const auto& entities = f.article->doc.entities;
    for (const RelationCandidate& c : f.relations)
        if (entities[c.subject].name == subject && entities[c.object].name == object) return c.scoped_flags;
    return -2;
}

}  // namespace

TEST_CASE("flags from the parse: a negation or a modal on the predicate, a hedge above it") {
    CHECK(flags_of(read("Halvard Industries did not court Oskar Lindqvist."), "Halvard Industries",
                   "Oskar Lindqvist") == kg::kNegated);
    CHECK(flags_of(read("Halvard Industries might court Oskar Lindqvist."), "Halvard Industries",
                   "Oskar Lindqvist") == kg::kHedged);
    CHECK(flags_of(read("Halvard Industries is expected to court Oskar Lindqvist."), "Halvard Industries",
                   "Oskar Lindqvist") == kg::kHedged);
    CHECK(flags_of(read("Halvard Industries courted Oskar Lindqvist."), "Halvard Industries", "Oskar Lindqvist") == 0);
}

TEST_CASE("a hedge in one clause does not flag another") {
    auto f = read("Halvard Industries courted Oskar Lindqvist while analysts speculated about a merger.");
    CHECK(flags_of(f, "Halvard Industries", "Oskar Lindqvist") == 0);
}

TEST_CASE("the infinitive after a verb of asking belongs to its object, elsewhere to the subject") {
    auto f = read("Quellstadt Bank urged Halvard Industries to court Oskar Lindqvist.");
    CHECK(f.find("Halvard Industries", Relation::related, "Oskar Lindqvist") == "court");
    CHECK(f.find("Quellstadt Bank", Relation::related, "Oskar Lindqvist").empty());
    auto g = read("Halvard Industries hired Ines Moravec to court Oskar Lindqvist.");
    CHECK(g.find("Halvard Industries", Relation::related, "Oskar Lindqvist") == "court");
}

TEST_CASE("a person of a place, at a body, or a native of a place") {
    auto f = read("During the rescue, diver Pavel Ostrom of Millbrook hooked the men to harnesses.");
    CHECK(f.find("Pavel Ostrom", Relation::located_in, "Millbrook") == "of");
    auto age = read("Marta Kovel, 50, of Brindisi, was hurt on Thursday.");
    CHECK(age.find("Marta Kovel", Relation::located_in, "Brindisi") == "of");
    auto at = read("Meanwhile, Lin Haoran at the Institute of Botany found that the seeds lack variety.");
    CHECK(at.find("Lin Haoran", Relation::member_of, "Institute of Botany") == "at");
    auto native = read("Composer Ezra Malden is a native of Duluth.");
    CHECK(native.find("Ezra Malden", Relation::located_in, "Duluth") == "native of");
}

TEST_CASE("a place written before the noun that describes a name is where it is") {
    auto f = read("Tarvik Holdings, a Singapore construction firm, won the contract.");
    CHECK(f.find("Tarvik Holdings", Relation::located_in, "Singapore") == "firm");
}

TEST_CASE("a site an organisation has in a place, and a city that is a country's capital") {
    auto branch = read("The explosion occurred at a Halvard Bank branch in Leeds on Friday.");
    CHECK(branch.find("Halvard Bank", Relation::located_in, "Leeds") == "branch");
    auto plant = read("Tarvik Holdings's plant near Leeds employs 900 people.");
    CHECK(plant.find("Tarvik Holdings", Relation::located_in, "Leeds") == "plant");
    auto capital = read("The reports came from Dublin, Ireland's capital.");
    CHECK(capital.find("Dublin", Relation::located_in, "Ireland") == "capital");
    // Only towards a place: a person's office is no place of the person's employer.
    auto office = read("Ines Moravec works in Halvard Bank's office.");
    CHECK(office.find("Ines Moravec", Relation::located_in, "Halvard Bank").empty());
}

TEST_CASE("a title held in a body: its holder is the named possessor or the clause's subject") {
    auto retained = read("Oskar Lindqvist retained his WBX and IBZ titles with a stoppage of Tomas Brenner.");
    CHECK(retained.find("Oskar Lindqvist", Relation::role, "WBX") == "titles");
    CHECK(retained.find("Oskar Lindqvist", Relation::role, "IBZ") == "titles");
    // The post, not the verb: no plain link besides it.
    CHECK(retained.find("Oskar Lindqvist", Relation::related, "WBX").empty());
    // "his" is the subject's, not the nearest name's.
    auto kept = read("Oskar Lindqvist stopped Tomas Brenner in the sixth round to keep his WBX title.");
    CHECK(kept.find("Oskar Lindqvist", Relation::role, "WBX") == "title");
    CHECK(kept.find("Tomas Brenner", Relation::role, "WBX").empty());
    // After a dateline the parser takes the object for a second subject; the one before
    // the verb is the subject.
    auto dated = read("Updated: July 7, 2012, 10:04 PM ET Oskar Lindqvist stopped Tomas Brenner in the sixth "
                      "round to keep a comfortable hold on his WBX, IBZ and WBQ heavyweight titles Saturday night.");
    CHECK(dated.find("Oskar Lindqvist", Relation::role, "IBZ") == "titles");
    CHECK(dated.find("Tomas Brenner", Relation::role, "IBZ").empty());
    // A veteran of a body served there.
    auto veteran = read("Captain Tomas Brenner was a 28-year veteran of the Lund Fire Department.");
    CHECK(veteran.find("Tomas Brenner", Relation::role, "Lund Fire Department") == "veteran of");
    // A body that owns the title names no holder.
    auto owned = read("Oskar Lindqvist praised the Halvard Bank's title sponsorship.");
    CHECK(owned.find("Oskar Lindqvist", Relation::role, "Halvard Bank").empty());
}

TEST_CASE("an event noun between verb and name gives the relation of the event") {
    auto stoppage = read("Ines Moravec won with a seventh-round stoppage of Ruth Calder.");
    CHECK(!stoppage.find("Ines Moravec", Relation::opposes, "Ruth Calder").empty());
    auto talks = read("Ines Moravec held talks with Oskar Lindqvist on Monday.");
    CHECK(!talks.find("Ines Moravec", Relation::meets, "Oskar Lindqvist").empty());
    // A noun of a tie relates its own referent, not the verb's subject.
    auto wife = read("Ines Moravec thanked the wife of Oskar Lindqvist.");
    CHECK(wife.find("Ines Moravec", Relation::family, "Oskar Lindqvist").empty());
}

TEST_CASE("a verb with a preposition states membership ('works for', 'served on the board of')") {
    auto works = read("Ines Moravec works for Tarvik Holdings.");
    CHECK(works.find("Ines Moravec", Relation::member_of, "Tarvik Holdings") == "works for");
    auto board = read("Oskar Lindqvist served on the board of Halvard Bank.");
    CHECK(!board.find("Oskar Lindqvist", Relation::member_of, "Halvard Bank").empty());
    // With an "as" phrase the membership is a post.
    auto nurse = read("Ines Moravec had previously worked at the Lund Regional Hospital as a neo-natal nurse.");
    CHECK(nurse.find("Ines Moravec", Relation::role, "Lund Regional Hospital") == "nurse");
    auto joined = read("Oskar Lindqvist joined Halvard Bank as chief economist in May.");
    CHECK(joined.find("Oskar Lindqvist", Relation::role, "Halvard Bank") == "economist");
    // Another preposition states no membership.
    auto about = read("Ines Moravec worked against Tarvik Holdings for years.");
    CHECK(about.find("Ines Moravec", Relation::member_of, "Tarvik Holdings").empty());
}

TEST_CASE("a light verb states no link by itself; 'against' states opposition") {
    auto has = read("Ines Moravec has the backing of Oskar Lindqvist.");
    CHECK(has.find("Ines Moravec", Relation::related, "Oskar Lindqvist").rfind("has", 0) != 0);
    auto against = read("Ines Moravec campaigned against Tarvik Holdings for years.");
    CHECK(against.find("Ines Moravec", Relation::opposes, "Tarvik Holdings") == "campaigned against");
}

TEST_CASE("backing and defeat with a preposition: 'agreed with Y's decision', 'loans from Y', 'lost to Y'") {
    auto agreed = read("Ines Moravec agreed with Oskar Lindqvist's decision on Monday.");
    CHECK(!agreed.find("Ines Moravec", Relation::supports, "Oskar Lindqvist").empty());
    // What is got from Y is Y's backing of the subject.
    auto loans = read("Tarvik Holdings received loans from Halvard Bank last year.");
    CHECK(!loans.find("Halvard Bank", Relation::supports, "Tarvik Holdings").empty());
    CHECK(loans.find("Tarvik Holdings", Relation::supports, "Halvard Bank").empty());
    auto outbid = read("Halvard Bank outbid Tarvik Holdings for the stake.");
    CHECK(!outbid.find("Halvard Bank", Relation::opposes, "Tarvik Holdings").empty());
    auto lost = read("Ines Moravec lost to Ruth Calder in the final.");
    CHECK(!lost.find("Ines Moravec", Relation::opposes, "Ruth Calder").empty());
}

TEST_CASE("telling with a preposition or an interview: 'confirmed to Y', 'in an interview with Y'") {
    auto confirmed = read("Ines Moravec confirmed to Halvard Bank that the loan was repaid.");
    CHECK(!confirmed.find("Ines Moravec", Relation::communicates, "Halvard Bank").empty());
    CHECK(confirmed.find("Ines Moravec", Relation::appoints, "Halvard Bank").empty());
    auto interview = read("Ines Moravec said in an interview with the Lund Courier that she was innocent.");
    CHECK(!interview.find("Ines Moravec", Relation::communicates, "Lund Courier").empty());
}

TEST_CASE("a reduced relative on a noun set beside a name describes the name") {
    auto f = read("Ruth Calder, the challenger nominated by the Nordic Boxing Union, lost on Saturday.");
    CHECK(!f.find("Nordic Boxing Union", Relation::appoints, "Ruth Calder").empty());
}

// The parse is made only where a later stage reads it (article_pipeline.cpp): a sentence with
// two mentions, or with a name the outlet stage examines. The arcs it gets are those a parse
// of every sentence gives, since a sentence's tags and parse depend on it alone.
TEST_CASE("only sentences that name two entities, or a possible outlet, are parsed; their arcs are unchanged") {
    const std::string text =
        "Ines Moravec met Oskar Lindqvist in Tarvik. The weather was cold and the roads were closed. "
        "Moravec smiled.";
    auto f = read(text);
    const Document& doc = f.article->doc;
    REQUIRE(doc.sentences.size() == 3);
    REQUIRE(doc.arcs.size() == doc.tokens.size());
    auto parsed = [&](std::size_t s) {
        for (std::uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].last_token; ++t)
            if (!doc.arcs[t].deprel.empty()) return true;
        return false;
    };
    CHECK(parsed(0));   // three names
    CHECK(!parsed(1));  // none
    CHECK(!parsed(2));  // one person: no stage reads its arcs

    // The full annotation of the same words gives the first sentence the same tags and tree.
    const auto& analysis = f.article->analysis;
    kg::nlp::Annotator core(test::shipped_models());
    kg::nlp::DocumentAnalysis full;
    core.annotate(f.article->words.sentences, full);
    REQUIRE(full.count == analysis.count);
    CHECK(full.sentences[0].upos == analysis.sentences[0].upos);
    CHECK(full.sentences[0].parse.head == analysis.sentences[0].parse.head);
    CHECK(full.sentences[0].parse.label == analysis.sentences[0].parse.label);
    CHECK(analysis.sentences[1].parse.head.empty());
    CHECK(!full.sentences[1].parse.head.empty());
    // Every sentence is tagged (the mention stage reads the tags), and its tokens carry them.
    CHECK(full.sentences[1].upos == analysis.sentences[1].upos);
    CHECK(doc.arcs[doc.sentences[1].first_token].upos == "DET");
    CHECK(doc.arcs[doc.sentences[1].first_token].head == -1);
}

TEST_CASE("add_parses parses the chosen sentences as a full annotation does") {
    const std::vector<std::vector<std::string_view>> sentences = {
        {"The", "board", "named", "Ines", "Moravec", "chairwoman", "."},
        {"Shares", "rose", "4", "percent", "."},
        {"She", "replaces", "Oskar", "Lindqvist", "."}};
    kg::nlp::Annotator core(test::shipped_models());
    kg::nlp::DocumentAnalysis full, some;
    core.annotate(sentences, full);
    kg::nlp::AnnotateSteps tags_only;
    tags_only.parse = false;
    core.annotate(sentences, some, tags_only);
    CHECK(some.sentences[0].upos == full.sentences[0].upos);
    CHECK(some.sentences[0].parse.head.empty());
    const std::vector<char> wanted = {1, 0, 1};
    core.add_parses(some, wanted);
    for (std::size_t s : {0u, 2u}) {
        CHECK(some.sentences[s].xpos == full.sentences[s].xpos);
        CHECK(some.sentences[s].parse.head == full.sentences[s].parse.head);
        CHECK(some.sentences[s].parse.label == full.sentences[s].parse.label);
    }
    CHECK(some.sentences[1].upos == full.sentences[1].upos);
    CHECK(some.sentences[1].parse.head.empty());
    CHECK(some.entities.size() == full.entities.size());
}

TEST_CASE("parsed: a name right after the object noun is the object ('playing the sailor Carl Berg')") {
    auto s = test::run_with_core("Title\n\nIan Lind, playing the gruff Danish sailor Carl Berg, won praise.");
    CHECK(test::has(s, "Ian Lind", Relation::related, "Carl Berg"));
}
