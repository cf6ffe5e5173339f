#include "extract/relation_training.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "extract/article_pipeline.hpp"
#include "extract/normalize.hpp"
#include "extract/nlp/shuffle.hpp"
#include "extract/outlets.hpp"
#include "extract/pair_relations.hpp"
#include "graph/errors.hpp"

namespace kg::extract {
namespace {

using nlp::Feature;
using nlp::PairRelation;

// Names compared as the issue's measure compares them: without case, full stops or a leading
// "the" ("Conn." = "conn").
std::string compare_form(std::string_view s) {
    std::string spaced(s);
    std::replace(spaced.begin(), spaced.end(), '.', ' ');
    std::string out = collapse_whitespace(spaced);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return out;
}

// CoNLL04 often spans a place with its state ("Tupelo , Miss ."), which kgraph keeps as two
// places: the words before the comma may match alone.
bool names_entity(const std::string& gold, const std::set<std::string>& names) {
    if (names.count(gold)) return true;
    const std::size_t comma = gold.find(',');
    if (comma == std::string::npos) return false;
    std::string before = gold.substr(0, comma);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    return names.count(before) > 0;
}

// The CoNLL04 relation a kgraph relation between two typed entities stands for (issue 10's
// mapping), none if none.
PairRelation mapped_relation(Relation r, NodeType subject, NodeType object) {
    const PairRelation allowed = allowed_relation(subject, object);
    switch (allowed) {
        case PairRelation::work_for:
            return r == Relation::role || r == Relation::member_of ? allowed : PairRelation::none;
        case PairRelation::live_in: return r == Relation::located_in ? allowed : PairRelation::none;
        case PairRelation::org_based_in:
        case PairRelation::located_in:
            return r == Relation::located_in || r == Relation::part_of ? allowed : PairRelation::none;
        case PairRelation::link:  // not a type allowed_relation gives
        case PairRelation::none: break;
    }
    return PairRelation::none;
}

struct Candidate {
    std::vector<Feature> feats;
    PairRelation relation = PairRelation::none;  // the one the types allow
    bool truth = false;                          // the gold states it
    bool joined = false;                         // the rules joined the pair
    bool passed_over = false;                    // the stage never asks the model (pair_relations.hpp)
    std::string key;                             // how the measure counts it
};

// One sentence through the extractor: its candidates, and the keys of what the rules state.
struct SentenceExamples {
    std::vector<Candidate> candidates;
    std::set<std::string> rule_keys;
    std::set<std::string> gold_keys;
};

class ExampleBuilder {
   public:
    explicit ExampleBuilder(const nlp::Models& models) : models_(models), core_(models) {}

    // `links`: the sentence labels every relation (CrossRE): its link candidates are the
    // examples; otherwise (CoNLL04) its typed candidates are.
    SentenceExamples build(const RelationSentence& s, bool links) {
        SentenceExamples out;
        gold_.clear();
        gold_words_.clear();
        for (const auto& e : s.entities) {
            std::string words;
            for (std::size_t t = e.start; t < e.end && t < s.tokens.size(); ++t) words += s.tokens[t] + " ";
            gold_words_.push_back(compare_form(words));
        }
        for (const auto& r : s.relations) {
            std::string k;
            if (links) {
                if (r.type == "named") continue;  // another name of the same entity, no link
                k = link_key(r.head, r.tail);
            } else {
                if (r.type == "Kill") continue;  // no kgraph relation stands for it
                k = r.type + "|" + std::to_string(r.head) + "|" + std::to_string(r.tail);
            }
            gold_.insert(k);
            out.gold_keys.insert(std::move(k));
        }
        // The sentence as `kgraph extract` reads a JSON Lines article without a title.
        analyse(conll04_text(s.tokens), lexicon_, work_, true, &scratch_, &core_);
        Document& doc = work_.doc;
        const Outlets outlets = find_outlets(doc, lexicon_);
        const std::vector<RelationCandidate> rules = find_relations(doc, lexicon_, &outlets);
        names_.assign(doc.entities.size(), {});
        for (std::size_t e = 0; e < doc.entities.size(); ++e) {
            names_[e].insert(compare_form(doc.entities[e].name));
            for (const std::string& a : doc.entities[e].aliases) names_[e].insert(compare_form(a));
        }
        for (const RelationCandidate& r : rules) {
            if (r.subject < 0 || r.object < 0 || !doc.entities[r.subject].named || !doc.entities[r.object].named)
                continue;
            const PairRelation m = links ? PairRelation::link
                                         : mapped_relation(r.relation, doc.entities[r.subject].type,
                                                           doc.entities[r.object].type);
            if (m != PairRelation::none) out.rule_keys.insert(key(m, r.subject, r.object, doc));
        }
        const RuleEvidence evidence(rules);
        for (const PairCandidate& c : pair_candidates(doc, lexicon_)) {
            if ((c.relation == PairRelation::link) != links) continue;
            Candidate x;
            pair_features(doc, c, evidence, &models_.clusters, x.feats);
            x.relation = c.relation;
            const int es = doc.mentions[c.subject].entity, eo = doc.mentions[c.object].entity;
            x.key = key(c.relation, es, eo, doc);
            x.truth = gold_.count(x.key) > 0;
            x.joined = evidence.joined(c.sentence, es, eo);
            x.passed_over = passed_over(doc, c, outlets);
            out.candidates.push_back(std::move(x));
        }
        return out;
    }

   private:
    static std::string link_key(std::size_t a, std::size_t b) {
        return "link|" + std::to_string(std::min(a, b)) + "|" + std::to_string(std::max(a, b));
    }

    // "Type|head|tail" ("link|a|b", a < b) when both entities name gold entities and the gold
    // states it, else a key of their names (a false positive of its own).
    std::string key(PairRelation r, int subject, int object, const Document& doc) const {
        const std::string type(nlp::pair_relation_name(r));
        for (std::size_t h = 0; h < gold_words_.size(); ++h) {
            if (!names_entity(gold_words_[h], names_[subject])) continue;
            for (std::size_t t = 0; t < gold_words_.size(); ++t) {
                if (!names_entity(gold_words_[t], names_[object])) continue;
                std::string k = r == PairRelation::link ? link_key(h, t)
                                                        : type + "|" + std::to_string(h) + "|" + std::to_string(t);
                if (gold_.count(k)) return k;
            }
        }
        return type + "|#" + doc.entities[subject].name + "|#" + doc.entities[object].name;
    }

    const nlp::Models& models_;
    nlp::Annotator core_;
    const Lexicon lexicon_;
    TokenScratch scratch_;
    AnalysedArticle work_;
    std::set<std::string> gold_;
    std::vector<std::string> gold_words_;
    std::vector<std::set<std::string>> names_;
};

float margin_of(const nlp::LinearModel& m, const Candidate& c) {
    std::array<float, nlp::kPairRelations> scores{};
    m.add_scores(c.feats, scores);
    return scores[static_cast<std::size_t>(c.relation)] - scores[0];
}

struct Cut {
    float margin = 0;
    RelationScores scores;
};

// The rules' statements alone, scored as the issue's measure does.
RelationScores rules_alone(const std::vector<SentenceExamples>& dev) {
    RelationScores out;
    for (const auto& s : dev) {
        out.gold += s.gold_keys.size();
        out.system += s.rule_keys.size();
        for (const std::string& k : s.rule_keys) out.true_positives += s.gold_keys.count(k);
    }
    return out;
}

// The rules' statements plus the classifier's above a margin, scored as the issue's measure
// does; the margin with the best F1.
Cut best_cut(const std::vector<SentenceExamples>& dev, const nlp::LinearModel& model) {
    std::vector<std::pair<float, std::pair<std::size_t, std::size_t>>> ranked;  // margin, (sentence, candidate)
    std::size_t gold = 0;
    std::set<std::pair<std::size_t, std::string>> system, hits;
    for (std::size_t s = 0; s < dev.size(); ++s) {
        gold += dev[s].gold_keys.size();
        for (const std::string& k : dev[s].rule_keys) {
            system.emplace(s, k);
            if (dev[s].gold_keys.count(k)) hits.emplace(s, k);
        }
        for (std::size_t c = 0; c < dev[s].candidates.size(); ++c)
            if (!dev[s].candidates[c].joined && !dev[s].candidates[c].passed_over) ranked.push_back({margin_of(model, dev[s].candidates[c]), {s, c}});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    auto scores = [&] { return RelationScores{hits.size(), system.size(), gold}; };
    Cut best{ranked.empty() ? 0.0f : ranked.front().first + 1.0f, scores()};
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto [s, c] = ranked[i].second;
        const std::string& k = dev[s].candidates[c].key;
        system.emplace(s, k);
        if (dev[s].gold_keys.count(k)) hits.emplace(s, k);
        const bool tie = i + 1 < ranked.size() && ranked[i + 1].first == ranked[i].first;
        if (tie) continue;
        const RelationScores now = scores();
        if (now.f1() > best.scores.f1()) {
            const float next = i + 1 < ranked.size() ? ranked[i + 1].first : ranked[i].first - 1.0f;
            best = {(ranked[i].first + next) / 2, now};
        }
    }
    return best;
}

const rapidjson::Value& member(const rapidjson::Value& v, const char* name, const std::string& where) {
    auto it = v.FindMember(name);
    if (it == v.MemberEnd()) throw InputError(where + ": no \"" + name + "\"");
    return it->value;
}

rapidjson::Value::ConstArray array_of(const rapidjson::Value& v, const char* name, const std::string& where) {
    const rapidjson::Value& x = member(v, name, where);
    if (!x.IsArray()) throw InputError(where + ": \"" + name + "\" is not a list");
    return x.GetArray();
}

std::string string_of(const rapidjson::Value& v, const char* name, const std::string& where) {
    const rapidjson::Value& x = member(v, name, where);
    if (!x.IsString()) throw InputError(where + ": \"" + name + "\" is not a string");
    return {x.GetString(), x.GetStringLength()};
}

std::size_t index_of(const rapidjson::Value& v, const char* name, const std::string& where) {
    const rapidjson::Value& x = member(v, name, where);
    if (!x.IsUint()) throw InputError(where + ": \"" + name + "\" is not a count");
    return x.GetUint();
}

}  // namespace

std::vector<RelationSentence> read_conll04(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot read it");
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    rapidjson::Document d;
    d.Parse(json.c_str(), json.size());
    if (d.HasParseError())
        throw InputError(path + ": not JSON at byte " + std::to_string(d.GetErrorOffset()) + " (" +
                         rapidjson::GetParseError_En(d.GetParseError()) + ")");
    if (!d.IsArray()) throw InputError(path + ": not a CoNLL04 file (a JSON list of sentences)");
    std::vector<RelationSentence> out;
    for (rapidjson::SizeType i = 0; i < d.Size(); ++i) {
        const std::string where = path + ": sentence " + std::to_string(i + 1);
        const rapidjson::Value& v = d[i];
        if (!v.IsObject()) throw InputError(where + ": not an object");
        RelationSentence s;
        for (const auto& t : array_of(v, "tokens", where)) {
            if (!t.IsString()) throw InputError(where + ": a token is not a string");
            s.tokens.emplace_back(t.GetString(), t.GetStringLength());
        }
        for (const auto& e : array_of(v, "entities", where)) {
            if (!e.IsObject()) throw InputError(where + ": an entity is not an object");
            RelationSentence::Entity x{string_of(e, "type", where), index_of(e, "start", where), index_of(e, "end", where)};
            if (x.start >= x.end || x.end > s.tokens.size()) throw InputError(where + ": an entity outside the tokens");
            s.entities.push_back(std::move(x));
        }
        for (const auto& r : array_of(v, "relations", where)) {
            if (!r.IsObject()) throw InputError(where + ": a relation is not an object");
            RelationSentence::Relation x{string_of(r, "type", where), index_of(r, "head", where), index_of(r, "tail", where)};
            if (x.head >= s.entities.size() || x.tail >= s.entities.size())
                throw InputError(where + ": a relation between entities that are not there");
            s.relations.push_back(std::move(x));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<RelationSentence> read_crossre(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot read it");
    std::vector<RelationSentence> out;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = path + ":" + std::to_string(number);
        rapidjson::Document d;
        d.Parse(line.c_str(), line.size());
        if (d.HasParseError() || !d.IsObject())
            throw InputError(where + ": not a CrossRE sentence (a JSON object per line)");
        RelationSentence s;
        for (const auto& t : array_of(d, "sentence", where)) {
            if (!t.IsString()) throw InputError(where + ": a token is not a string");
            s.tokens.emplace_back(t.GetString(), t.GetStringLength());
        }
        // Offsets are inclusive; a relation names its entities by their spans.
        auto index_of_span = [&](std::size_t start, std::size_t end) -> std::size_t {
            for (std::size_t e = 0; e < s.entities.size(); ++e)
                if (s.entities[e].start == start && s.entities[e].end == end + 1) return e;
            throw InputError(where + ": a relation between spans that are no entities");
        };
        auto count = [&](const rapidjson::Value& v) -> std::size_t {
            if (!v.IsUint()) throw InputError(where + ": an offset is not a count");
            return v.GetUint();
        };
        for (const auto& e : array_of(d, "ner", where)) {
            if (!e.IsArray() || e.Size() < 3 || !e[2].IsString()) throw InputError(where + ": an entity is not [start, end, type]");
            RelationSentence::Entity x{e[2].GetString(), count(e[0]), count(e[1]) + 1};
            if (x.start >= x.end || x.end > s.tokens.size()) throw InputError(where + ": an entity outside the tokens");
            s.entities.push_back(std::move(x));
        }
        for (const auto& r : array_of(d, "relations", where)) {
            if (!r.IsArray() || r.Size() < 5 || !r[4].IsString())
                throw InputError(where + ": a relation is not [h_start, h_end, t_start, t_end, label, ...]");
            s.relations.push_back({r[4].GetString(), index_of_span(count(r[0]), count(r[1])),
                                   index_of_span(count(r[2]), count(r[3]))});
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::string conll04_text(const std::vector<std::string>& tokens) {
    auto closes = [](const std::string& t) {
        return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == "%" || t == ")" ||
               t == "]" || t == "-RRB-" || t == "'s" || t == "'" || t == "n't";
    };
    auto opens = [](const std::string& t) { return t == "(" || t == "[" || t == "$" || t == "-LRB-"; };
    std::string out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (i > 0 && !closes(t) && !opens(tokens[i - 1])) out += ' ';
        out += t == "-LRB-" ? "(" : t == "-RRB-" ? ")" : t;
    }
    return out;
}

namespace {

// How much of dev the extractor's entities let any relation reach at all.
std::size_t reachable(const std::vector<SentenceExamples>& dev, std::size_t& gold) {
    std::size_t n = 0;
    gold = 0;
    for (const auto& s : dev) {
        gold += s.gold_keys.size();
        for (const std::string& k : s.gold_keys)
            n += s.rule_keys.count(k) ||
                 std::any_of(s.candidates.begin(), s.candidates.end(), [&](const Candidate& c) { return c.key == k; });
    }
    return n;
}

// The mean of several models' weights, a feature missing from one counting 0 there. The
// sums run in model order for each weight, so the result is the same at every run.
nlp::LinearModel mean_model(const std::vector<nlp::LinearModel>& models) {
    std::vector<nlp::LinearModel::Entry> all;
    for (const nlp::LinearModel& m : models) {
        auto e = m.entries();
        all.insert(all.end(), e.begin(), e.end());
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.feature != b.feature ? a.feature < b.feature : a.cls < b.cls;
    });
    std::vector<nlp::LinearModel::Entry> mean;
    const float n = static_cast<float>(models.size());
    for (const auto& e : all) {
        if (!mean.empty() && mean.back().feature == e.feature && mean.back().cls == e.cls) mean.back().weight += e.weight;
        else mean.push_back(e);
    }
    for (auto& e : mean) e.weight /= n;
    return nlp::LinearModel::from_entries(models.front().classes(), std::move(mean));
}

void print_cut(std::ostream& log, const char* what, const Cut& cut) {
    log << what << " P " << cut.scores.precision() << " R " << cut.scores.recall() << " F1 " << cut.scores.f1()
        << " (margin " << cut.margin << ")";
}

}  // namespace

RelationTrainResult train_relation_model(const RelationCorpus& corpus, const nlp::Models& models,
                                         const RelationTrainOptions& options) {
    ExampleBuilder builder(models);
    std::vector<SentenceExamples> train_examples, typed_dev, link_dev;
    for (const auto& s : corpus.typed_train) train_examples.push_back(builder.build(s, false));
    for (const auto& s : corpus.link_train) train_examples.push_back(builder.build(s, true));
    for (const auto& s : corpus.typed_dev) typed_dev.push_back(builder.build(s, false));
    for (const auto& s : corpus.link_dev) link_dev.push_back(builder.build(s, true));
    std::vector<const Candidate*> examples;
    for (const auto& s : train_examples)
        for (const auto& c : s.candidates) examples.push_back(&c);

    RelationTrainResult result;
    result.dev_rules = rules_alone(typed_dev);
    result.link_dev_rules = rules_alone(link_dev);
    if (options.log) {
        std::size_t gold = 0, link_gold = 0;
        const std::size_t typed = reachable(typed_dev, gold), links = reachable(link_dev, link_gold);
        *options.log << "dev: " << typed << " of " << gold << " typed relations and " << links << " of " << link_gold
                     << " links lie between entities the extractor found (" << examples.size()
                     << " training pairs)\n";
    }
    const int runs = std::max(options.runs, 1);
    std::vector<nlp::PerceptronTrainer> trainers(static_cast<std::size_t>(runs),
                                                 nlp::PerceptronTrainer(nlp::kPairRelations));
    std::vector<std::mt19937> rngs;
    for (int r = 0; r < runs; ++r) rngs.emplace_back(options.seed + static_cast<std::uint32_t>(r));
    std::vector<std::vector<std::size_t>> orders(static_cast<std::size_t>(runs), std::vector<std::size_t>(examples.size()));
    for (auto& order : orders)
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::array<float, nlp::kPairRelations> scores{};
    double best = -1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        std::size_t right = 0;
        std::vector<nlp::LinearModel> averaged;
        for (std::size_t r = 0; r < trainers.size(); ++r) {
            nlp::PerceptronTrainer& trainer = trainers[r];
            nlp::shuffle(orders[r], rngs[r]);
            for (std::size_t i : orders[r]) {
                const Candidate& c = *examples[i];
                scores.fill(0);
                trainer.add_scores(c.feats, scores);
                const int cls = static_cast<int>(c.relation);
                const int guess = scores[cls] > scores[0] ? cls : 0;
                const int truth = c.truth ? cls : 0;
                right += guess == truth;
                trainer.update(c.feats, truth, guess);
                trainer.tick();
            }
            averaged.push_back(trainer.averaged(0.0f, options.min_updates));
        }
        nlp::LinearModel model = averaged.size() == 1 ? std::move(averaged.front()) : mean_model(averaged);
        const Cut typed = best_cut(typed_dev, model);
        const Cut links = best_cut(link_dev, model);
        if (options.log) {
            *options.log << "epoch " << epoch << ": train accuracy "
                         << static_cast<double>(right) / std::max<std::size_t>(examples.size() * trainers.size(), 1)
                         << ";";
            print_cut(*options.log, " typed dev", typed);
            print_cut(*options.log, "; link dev", links);
            *options.log << "\n";
        }
        // The epoch is picked by both; an empty dev set counts nothing.
        const double f1 = typed.scores.f1() + links.scores.f1();
        if (f1 > best) {
            best = f1;
            result.model.weights = std::move(model);
            result.model.margin = typed.margin;
            result.model.link_margin = links.margin;
            result.dev = typed.scores;
            result.link_dev = links.scores;
            result.best_epoch = epoch;
        }
    }
    return result;
}

}  // namespace kg::extract
