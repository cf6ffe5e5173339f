// The relation classifier (extract/pair_relations.hpp, extract/relation_training.hpp): its
// candidates and features on invented sentences, the CoNLL04 reader, a tiny model trained on a
// few sentences that must give them back, and the model file's checks.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "extract/core/annotator.hpp"
#include "extract/outlets.hpp"
#include "extract/pair_relations.hpp"
#include "extract/relation_training.hpp"
#include "graph/errors.hpp"
#include "helpers.hpp"

using namespace kg::extract;
using kg::NodeType;
using kg::nlp::PairRelation;

namespace {

struct Analysed {
    std::unique_ptr<AnalysedArticle> article;
    std::vector<RelationCandidate> rules;
};

Analysed read(const std::string& text) {
    Analysed a{std::make_unique<AnalysedArticle>(), {}};
    kg::nlp::Annotator core(test::shipped_models());
    analyse(text, test::lexicon(), *a.article, false, nullptr, &core);
    find_outlets(a.article->doc, test::lexicon());
    a.rules = find_relations(a.article->doc, test::lexicon());
    return a;
}

std::string name_of(const Document& doc, int mention) { return doc.entities[doc.mentions[mention].entity].name; }

bool has_candidate(const Document& doc, const std::vector<PairCandidate>& cs, const std::string& subject,
                   const std::string& object, PairRelation r) {
    for (const PairCandidate& c : cs)
        if (name_of(doc, c.subject) == subject && name_of(doc, c.object) == object && c.relation == r) return true;
    return false;
}

std::filesystem::path temp_file(const std::string& name) { return std::filesystem::temp_directory_path() / name; }

// The first mention by name of the entity called `name` (the test fails when there is none).
const Mention& first_name_mention(const Document& doc, const std::string& name) {
    for (const Mention& m : doc.mentions)
        if (m.entity >= 0 && m.kind == MentionKind::Name && doc.entities[m.entity].name == name) return m;
    FAIL("no mention of " << name);
    throw std::logic_error("unreachable");
}

// Is the name `x` the speaker of a report that names `y`, or the other way round?
bool speaker_reports(const std::string& text, const std::string& x, const std::string& y) {
    auto a = read(text);
    const Document& doc = a.article->doc;
    return speaker_and_reported(doc, first_name_mention(doc, x), first_name_mention(doc, y));
}

}  // namespace

TEST_CASE("the types of two entities allow one relation, in one direction") {
    CHECK(allowed_relation(NodeType::Person, NodeType::Organization) == PairRelation::work_for);
    CHECK(allowed_relation(NodeType::Person, NodeType::Place) == PairRelation::live_in);
    CHECK(allowed_relation(NodeType::Organization, NodeType::Place) == PairRelation::org_based_in);
    CHECK(allowed_relation(NodeType::Place, NodeType::Place) == PairRelation::located_in);
    CHECK(allowed_relation(NodeType::Organization, NodeType::Person) == PairRelation::none);
    CHECK(allowed_relation(NodeType::Person, NodeType::Person) == PairRelation::none);
    CHECK(allowed_relation(NodeType::Event, NodeType::Place) == PairRelation::none);
}

TEST_CASE("candidates: every typed pair of named entities in a sentence, once, never across sentences") {
    auto a = read("Mara Telkin, an engineer at Brannock Industries, lives in Oslo, Norway. Ivo Pardek stayed home.");
    const Document& doc = a.article->doc;
    const auto cs = pair_candidates(doc, test::lexicon());
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Brannock Industries", PairRelation::work_for));
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Oslo", PairRelation::live_in));
    CHECK(has_candidate(doc, cs, "Brannock Industries", "Norway", PairRelation::org_based_in));
    // Two places: a country lies in no other place.
    CHECK(has_candidate(doc, cs, "Oslo", "Norway", PairRelation::located_in));
    CHECK(!has_candidate(doc, cs, "Norway", "Oslo", PairRelation::located_in));
    for (const PairCandidate& c : cs) {
        CHECK(doc.mentions[c.subject].sentence == doc.mentions[c.object].sentence);
        CHECK(name_of(doc, c.subject) != "Ivo Pardek");
        CHECK(name_of(doc, c.object) != "Ivo Pardek");
    }
}

TEST_CASE("candidates: a name written as an adjective is left to the rules") {
    auto a = read("Senator Mara Telkin visited Parisian officials in Lyon.");
    const Document& doc = a.article->doc;
    const auto cs = pair_candidates(doc, test::lexicon());
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Lyon", PairRelation::live_in));
    CHECK(!has_candidate(doc, cs, "Mara Telkin", "Paris", PairRelation::live_in));
}

TEST_CASE("features: the words between, the dependency path and the rules' findings") {
    auto a = read("Mara Telkin works for Brannock Industries.");
    const Document& doc = a.article->doc;
    const auto cs = pair_candidates(doc, test::lexicon());
    REQUIRE(cs.size() == 2);  // the typed relation and the link
    CHECK(cs[0].relation == PairRelation::work_for);
    CHECK(cs[1].relation == PairRelation::link);
    const RuleEvidence rules(a.rules);
    std::vector<kg::nlp::Feature> with, without;
    pair_features(doc, cs[0], rules, nullptr, with);
    pair_features(doc, cs[0], RuleEvidence({}), nullptr, without);
    CHECK(!with.empty());
    CHECK(with.size() % 2 == 0);  // each alone and joined with the pair of types
    // The same pair in another sentence gives other features; the same sentence, the same.
    auto b = read("Mara Telkin sued Brannock Industries.");
    const auto cb = pair_candidates(b.article->doc, test::lexicon());
    REQUIRE(cb.size() == 2);
    std::vector<kg::nlp::Feature> other, again;
    pair_features(b.article->doc, cb[0], RuleEvidence({}), nullptr, other);
    pair_features(doc, cs[0], RuleEvidence({}), nullptr, again);
    CHECK(again == without);
    CHECK(other != without);
    // A link and a typed relation between the same two share no feature (they learn apart).
    std::vector<kg::nlp::Feature> link;
    pair_features(doc, cs[1], RuleEvidence({}), nullptr, link);
    for (kg::nlp::Feature f : link) CHECK(std::find(without.begin(), without.end(), f) == without.end());
    // The rules' finding is a feature of its own when the rules joined the pair.
    if (rules.joined(cs[0].sentence, doc.mentions[cs[0].subject].entity, doc.mentions[cs[0].object].entity))
        CHECK(with != without);
}

TEST_CASE("CoNLL04 sentences as text, and a bad file named with its sentence") {
    CHECK(conll04_text({"Mara", "Telkin", ",", "of", "Oslo", ",", "said", "(", "again", ")", "it", "'s", "done", "."}) ==
          "Mara Telkin, of Oslo, said (again) it's done.");
    const auto bad = temp_file("kgraph-conll04-bad.json");
    std::ofstream(bad) << R"([{"tokens": ["A", "B"], "entities": [{"type": "Peop", "start": 0, "end": 5}], "relations": []}])";
    CHECK_THROWS_WITH_AS(read_conll04(bad.string()), doctest::Contains("sentence 1: an entity outside the tokens"),
                         kg::InputError);
    std::ofstream(bad) << R"([{"tokens": "A B", "entities": [], "relations": []}])";
    CHECK_THROWS_WITH_AS(read_conll04(bad.string()), doctest::Contains("sentence 1: \"tokens\" is not a list"),
                         kg::InputError);
    std::ofstream(bad) << R"([{"tokens": ["A"], "entities": [{"type": 3, "start": 0, "end": 1}], "relations": []}])";
    CHECK_THROWS_WITH_AS(read_conll04(bad.string()), doctest::Contains("sentence 1: \"type\" is not a string"),
                         kg::InputError);
    std::ofstream(bad) << "[{";
    CHECK_THROWS_WITH_AS(read_conll04(bad.string()), doctest::Contains("kgraph-conll04-bad.json: not JSON"), kg::InputError);
    std::filesystem::remove(bad);
}

TEST_CASE("CrossRE sentences: inclusive spans, relations by their spans, a bad line named") {
    const auto path = temp_file("kgraph-crossre.json");
    std::ofstream(path) << R"({"sentence": ["Mara", "Telkin", "beat", "Ivo", "Pardek", "."], "ner": [[0, 1, "person"], [3, 4, "person"]], "relations": [[0, 1, 3, 4, "win-defeat", "beat", false, false]]})"
                        << "\n\n"
                        << R"({"sentence": ["A"], "ner": [], "relations": [[0, 0, 0, 0, "role"]]})" << "\n";
    CHECK_THROWS_WITH_AS(read_crossre(path.string()), doctest::Contains("kgraph-crossre.json:3: a relation between spans"),
                         kg::InputError);
    std::ofstream(path) << R"({"sentence": ["Mara", "Telkin", "beat", "Ivo", "Pardek", "."], "ner": [[0, 1, "person"], [3, 4, "person"]], "relations": [[0, 1, 3, 4, "win-defeat", "beat", false, false]]})"
                        << "\n";
    const auto s = read_crossre(path.string());
    REQUIRE(s.size() == 1);
    REQUIRE(s[0].entities.size() == 2);
    CHECK(s[0].entities[1].start == 3);
    CHECK(s[0].entities[1].end == 5);
    REQUIRE(s[0].relations.size() == 1);
    CHECK(s[0].relations[0].type == "win-defeat");
    CHECK(s[0].relations[0].head == 0);
    CHECK(s[0].relations[0].tail == 1);
    std::filesystem::remove(path);
}

TEST_CASE("candidates: a link between any two named entities, once, in text order") {
    auto a = read("Mara Telkin defeated Ivo Pardek on Sunday, Brannock Industries said.");
    const Document& doc = a.article->doc;
    const auto cs = pair_candidates(doc, test::lexicon());
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Ivo Pardek", PairRelation::link));
    CHECK(!has_candidate(doc, cs, "Ivo Pardek", "Mara Telkin", PairRelation::link));
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Brannock Industries", PairRelation::link));
    CHECK(has_candidate(doc, cs, "Mara Telkin", "Brannock Industries", PairRelation::work_for));
    CHECK(!has_candidate(doc, cs, "Brannock Industries", "Mara Telkin", PairRelation::link));
}

TEST_CASE("candidates: a named event is linked, never typed; a place naming an event is no party") {
    auto a = read("Mara Telkin hosted the 41st Tarn Film Festival after the army tried to sway the Norwegian election.");
    const Document& doc = a.article->doc;
    const auto cs = pair_candidates(doc, test::lexicon());
    CHECK(has_candidate(doc, cs, "Mara Telkin", "41st Tarn Film Festival", PairRelation::link));
    for (const PairCandidate& c : cs) {
        CHECK(c.relation == PairRelation::link);  // a person and events: nothing typed
        CHECK(name_of(doc, c.subject) != "Norway");
        CHECK(name_of(doc, c.object) != "Norway");
    }
}

TEST_CASE("a tiny model trained on a few sentences gives their relations back, and training is deterministic") {
    // Relations the rules do not read (no verb or title they know): only the classifier can.
    const std::string json = R"([
      {"tokens": ["Mara", "Telkin", "of", "Brannock", "Industries", "spoke", "."],
       "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 3, "end": 5}],
       "relations": [{"type": "Work_For", "head": 0, "tail": 1}]},
      {"tokens": ["Ivo", "Pardek", "of", "Kestrel", "Systems", "spoke", "."],
       "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 3, "end": 5}],
       "relations": [{"type": "Work_For", "head": 0, "tail": 1}]},
      {"tokens": ["Lena", "Orsk", "thanked", "Dunmore", "Holdings", "."],
       "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 3, "end": 5}],
       "relations": []}
    ])";
    const auto path = temp_file("kgraph-conll04-tiny.json");
    std::ofstream(path) << json;
    const auto sentences = read_conll04(path.string());
    REQUIRE(sentences.size() == 3);
    RelationTrainOptions o;
    o.epochs = 5;
    RelationCorpus corpus;
    corpus.typed_train = corpus.typed_dev = sentences;
    const auto a = train_relation_model(corpus, test::shipped_models(), o);
    const auto b = train_relation_model(corpus, test::shipped_models(), o);
    CHECK(a.dev.gold == 2);
    CHECK(a.dev.true_positives == 2);
    CHECK(a.dev.system == 2);  // and nothing for the one that states no relation
    CHECK(a.model.margin == b.model.margin);
    CHECK(a.model.weights.entries().size() == b.model.weights.entries().size());

    // Several runs averaged: the same answers, the same weights each time, and a weight the
    // mean of the runs' (each run alone is the one-run model with its own seed).
    RelationTrainOptions three = o;
    three.runs = 3;
    const auto c = train_relation_model(corpus, test::shipped_models(), three);
    const auto d = train_relation_model(corpus, test::shipped_models(), three);
    CHECK(c.dev.true_positives == 2);
    CHECK(c.dev.system == 2);
    const auto ce = c.model.weights.entries(), de = d.model.weights.entries();
    REQUIRE(ce.size() == de.size());
    for (std::size_t i = 0; i < ce.size(); ++i) CHECK(ce[i].weight == de[i].weight);
    // After one epoch each run is the one-run model with its own seed, so every averaged weight
    // is the mean of those three models' weights (a weight a model lacks counting 0).
    RelationTrainOptions first_epoch = three;
    first_epoch.epochs = 1;
    const auto mean = train_relation_model(corpus, test::shipped_models(), first_epoch);
    std::map<std::pair<kg::nlp::Feature, int>, float> expected;
    for (std::uint32_t seed = 1; seed <= 3; ++seed) {
        RelationTrainOptions one = o;
        one.seed = seed;
        one.epochs = 1;
        for (const auto& e : train_relation_model(corpus, test::shipped_models(), one).model.weights.entries())
            expected[{e.feature, e.cls}] += e.weight / 3;
    }
    const auto me = mean.model.weights.entries();
    REQUIRE(!me.empty());
    std::size_t nonzero = 0;
    for (const auto& [key, w] : expected) nonzero += w != 0.0f;
    CHECK(me.size() == nonzero);
    for (const auto& e : me) CHECK(e.weight == doctest::Approx(expected[{e.feature, e.cls}]).epsilon(1e-5));

    // Saved and loaded back, it states them when it runs in the extractor.
    const auto file = temp_file("kgraph-relations-tiny.kgm");
    a.model.save(file.string());
    const auto back = kg::nlp::RelationModel::load(file.string());
    CHECK(back.margin == a.model.margin);
    CHECK(back.weights.weights() == a.model.weights.weights());
    std::filesystem::remove(file);
    std::filesystem::remove(path);
}

TEST_CASE("a relation model file that is not one is refused, naming the file") {
    const std::string models = KGRAPH_MODELS_DIR;
    CHECK_THROWS_WITH_AS(kg::nlp::RelationModel::load(models + "/ner.kgm"),
                         doctest::Contains("expected a relations model"), kg::InputError);
    CHECK_THROWS_WITH_AS(kg::nlp::RelationModel::load("/nonexistent/relations.kgm"),
                         doctest::Contains("/nonexistent/relations.kgm"), kg::InputError);
}

TEST_CASE("a plain link the rules stated is typed when the model is sure of a typed relation between the two") {
    // The rules read "X, Y's second-largest city" as a link labelled "city"; the model is far
    // surer that X lies in Y.
    auto s = test::run_with_core("Title\n\nThe quake leveled much of Gyumri, Armenia's second-largest city 10 miles east of the border.");
    CHECK(test::has(s, "Gyumri", kg::Relation::located_in, "Armenia"));
    CHECK(!test::has(s, "Gyumri", kg::Relation::related, "Armenia"));
}

TEST_CASE("the speaker of a report is no party to what it reports") {
    // The department vouches for the permits; it is not in the country that got them.
    auto s = test::run_with_core(
        "Title\n\nPermits to buy 50 mln dlrs worth of wheat were issued to Chad today, the Farm Department said.");
    CHECK(!test::has(s, "Farm Department", kg::Relation::located_in, "Chad"));
    CHECK(!test::has(s, "Farm Department", kg::Relation::related, "Chad"));
}

TEST_CASE("an owner of another noun is no place or body the other belongs to") {
    auto owned = [](const std::string& text, const std::string& owner, const std::string& other) {
        auto a = read(text);
        const Document& doc = a.article->doc;
        return owns_another_noun(doc, first_name_mention(doc, owner), first_name_mention(doc, other));
    };
    CHECK(owned("The Farm Relief Agency looked closely at Finland's plan for the harbour.", "Finland",
                "Farm Relief Agency"));
    CHECK(owned("Storms sank 40 boats near Finland's islands, said Ivo Pardek.", "Finland", "Ivo Pardek"));
    CHECK(!owned("Ivo Pardek said Finland's Vela Corp had misled the court.", "Finland", "Vela Corp"));
    CHECK(!owned("The Farm Relief Agency opened an office in Oslo.", "Oslo", "Farm Relief Agency"));
}

TEST_CASE("the speaker of a report and a name in what it reports") {
    CHECK(speaker_reports("The Farm Relief Agency said prices in Finland rose 2 pct in May.", "Farm Relief Agency", "Finland"));
    CHECK(speaker_reports("Prices in Finland rose 2 pct in May, the Farm Relief Agency said.", "Farm Relief Agency", "Finland"));
    // The report's subject is the other name, or a pronoun that may be the speaker.
    CHECK(!speaker_reports("Ivo Pardek said Vela Corp would close its plant.", "Ivo Pardek", "Vela Corp"));
    CHECK(!speaker_reports("The Farm Relief Agency said it had opened an office in Oslo.", "Farm Relief Agency", "Oslo"));
    CHECK(!speaker_reports("The Farm Relief Agency opened an office in Oslo.", "Farm Relief Agency", "Oslo"));
}

TEST_CASE("the speaker named after the report, whatever the parse made of the order") {
    CHECK(speaker_reports("The barge with nine people aboard capsized off the Velmora coast, near Port Tarn, Acme "
                   "spokesman Karl Berg said.",
                   "Karl Berg", "Port Tarn"));
    CHECK(speaker_reports("Wheat prices in Velmora rose for a third week in a row, said Ivo Pardek.", "Ivo Pardek", "Velmora"));
    // The speaker first, the report after: "said" reports what follows it.
    CHECK(!speaker_reports("At a briefing in Velmora on Monday, Ivo Pardek said, \"The talks have failed.\"", "Ivo Pardek",
                    "Velmora"));
    // The report's subject is the other name; the other is named again in the speaker's title.
    CHECK(!speaker_reports("Vela Corp will close its plant in Tarn this year, spokesman Ivo Pardek said.", "Ivo Pardek",
                    "Vela Corp"));
    CHECK(!speaker_reports("The farm bill failed in the Tarn Assembly again, Tarn Assembly speaker Ivo Pardek said.",
                    "Ivo Pardek", "Tarn Assembly"));
}

TEST_CASE("items of one list are not related by being listed") {
    auto listed = [](const std::string& text, const std::string& x, const std::string& y) {
        auto a = read(text);
        const Document& doc = a.article->doc;
        return listed_together(doc, first_name_mention(doc, x), first_name_mention(doc, y));
    };
    const std::string cities = "Flights will serve Helsinki, Tampere, Turku and Espoo from May.";
    CHECK(listed(cities, "Helsinki", "Tampere"));
    CHECK(listed(cities, "Tampere", "Espoo"));
    CHECK(!listed("Flights will serve Helsinki and Tampere from May.", "Helsinki", "Tampere"));  // two are no list
    // A town with its state is one item, whose parts are no items of the list.
    const std::string towns = "Plants in Tampere, Dayton, Ind., and Helsinki will close.";
    CHECK(!listed(towns, "Dayton", "Ind"));
    CHECK(listed(towns, "Tampere", "Helsinki"));
    CHECK(listed(towns, "Dayton", "Helsinki"));
    // A person's apposition is no list of places.
    CHECK(!listed("Ivo Pardek, the Cincinnati, Ohio, investor, bought shares.", "Ivo Pardek", "Cincinnati"));
}

TEST_CASE("a town written with its state is in no other place, and holds no other town or state") {
    auto placed = [](const std::string& text, const std::string& x, const std::string& y) {
        auto a = read(text);
        const Document& doc = a.article->doc;
        return placed_by_its_state(doc, first_name_mention(doc, x), first_name_mention(doc, y));
    };
    const std::string lows = "Lows ranged from 2 degrees at Tampere, Wyo., to 89 degrees at Turku, Utah.";
    CHECK(placed(lows, "Turku", "Tampere"));
    CHECK(placed(lows, "Tampere", "Utah"));
    CHECK(placed(lows, "Utah", "Tampere"));
    CHECK(!placed(lows, "Turku", "Utah"));  // its own state
    // Each in the next: a chain of appositions.
    const std::string chain = "The mine is 75 miles from Yellowknife, Northwest Territories, Finland.";
    CHECK(!placed(chain, "Yellowknife", "Northwest Territories"));
    CHECK(!placed(chain, "Northwest Territories", "Finland"));
    // A town holds an airport.
    CHECK(!placed("Flights leave from Vela Airport in Turku, Utah.", "Vela Airport", "Turku"));
}
