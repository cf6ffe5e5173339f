// The relation classifier's candidates, features and stage (extract/pair_relations.hpp).
//
// The features follow the feature-based relation extractors of the ACE years (Zhou et al.
// 2005; Kambhatla 2004): the words between the two names and around them, their head words,
// the dependency path that joins their heads with the words on it, and here also what the
// relation rules said about the pair. Every feature fires twice, alone and joined with the
// relation, so that what the four typed relations share ("in" for both "lives in" and "based
// in") is learned once while each keeps what is its own (FeatureWriter).
#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "extract/pair_relations.hpp"
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract {
namespace {

using nlp::Feature;
using nlp::PairRelation;

enum Template : std::uint32_t {
    kBias = 1,
    kOrder,
    kDistance,
    kNamesBetween,
    kWordBetween,
    kFirstBetween,
    kLastBetween,
    kAllBetween,
    kNothingBetween,
    kWordBefore,
    kWordAfter,
    kSubjectHead,
    kObjectHead,
    kPath,
    kPathTop,
    kPathWords,
    kPathLength,
    kPathWord,
    kTopCluster,
    kSubjectRole,
    kObjectRole,
    kSubjectCase,
    kObjectCase,
    kRule,
    kNoRule,
    kTitleBetween,
    kVerbBetween,
    kCommaBetween,
};

// Words further apart than this are described by their ends alone.
constexpr std::uint32_t kMaxBetween = 12;
constexpr std::size_t kMaxPath = 8;

std::uint64_t distance_bucket(std::uint32_t d) {
    static constexpr std::uint32_t kLimits[] = {0, 1, 2, 3, 5, 8, 12, 20};
    std::uint64_t b = 0;
    while (b < std::size(kLimits) && d > kLimits[b]) ++b;
    return b;
}

// The token of the mention whose head lies outside it (its syntactic head).
std::uint32_t head_token(const Document& doc, const Mention& m) {
    for (std::uint32_t t = m.first; t < m.last; ++t) {
        const std::int32_t h = doc.arcs[t].head;
        if (h < static_cast<std::int32_t>(m.first) || h >= static_cast<std::int32_t>(m.last)) return t;
    }
    return m.last - 1;
}

bool in_mention(const Mention& m, std::uint32_t t) { return t >= m.first && t < m.last; }

// The chain of heads from t up to the sentence's root (at most 64 steps: a parse has no
// cycles, but a bounded walk costs nothing).
void chain_up(const Document& doc, std::uint32_t t, std::vector<std::uint32_t>& out) {
    out.clear();
    out.push_back(t);
    for (int steps = 0; steps < 64; ++steps) {
        const std::int32_t h = doc.arcs[out.back()].head;
        if (h < 0) break;
        out.push_back(static_cast<std::uint32_t>(h));
    }
}

// The path between two tokens in the parse: up from each to their lowest common head.
struct DependencyPath {
    std::vector<std::uint32_t> from_s, from_o;  // the chains of heads from each end
    std::size_t up_s = 0, up_o = 0;             // steps up from each end to the common head
    bool found() const { return up_s < from_s.size(); }
    std::uint32_t top() const { return from_s[up_s]; }
};

DependencyPath dependency_path(const Document& doc, std::uint32_t a, std::uint32_t b) {
    DependencyPath p;
    chain_up(doc, a, p.from_s);
    chain_up(doc, b, p.from_o);
    p.up_s = p.from_s.size();
    for (std::size_t j = 0; j < p.from_o.size(); ++j) {
        const auto it = std::find(p.from_s.begin(), p.from_s.end(), p.from_o[j]);
        if (it != p.from_s.end()) {
            p.up_s = static_cast<std::size_t>(it - p.from_s.begin());
            p.up_o = j;
            break;
        }
    }
    return p;
}

// "X said (that) ... Y ...", "..., X told reporters": the speaker and a name in what it
// reports. The speaker vouches for the report; it is not a party to it ("The ministry said
// the talks in Velmora failed" places no ministry in Velmora).
constexpr relation_rules::WordSet<12> kReportingVerbs({"said", "says", "say", "saying", "told", "tells", "added",
                                                        "stated", "announced", "noted", "reported", "explained"});

// Is token t the subject of a verb of reporting?
bool speaks(const Document& doc, std::uint32_t t) {
    const TokenArc& a = doc.arcs[t];
    return a.head >= 0 && a.deprel.substr(0, 5) == "nsubj" &&
           kReportingVerbs.contains(doc.token_text(static_cast<std::uint32_t>(a.head)));
}

bool speaker_and_reported_on(const Document& doc, const Sentence& sentence, const DependencyPath& path) {
    if (!path.found() || path.up_s == 0 || path.up_o == 0) return false;
    auto speaker = [&](const std::vector<std::uint32_t>& chain, std::size_t up) {
        return up == 1 && speaks(doc, chain[0]);
    };
    // The report has a subject of its own, other than this end and no pronoun (which may be
    // the speaker: "the navy said it had sunk a ship off Velmora").
    auto reported = [&](const std::vector<std::uint32_t>& chain, std::size_t up) {
        const std::uint32_t clause = chain[up - 1];
        const std::string_view rel = doc.arcs[clause].deprel;
        if (rel != "ccomp" && rel != "parataxis") return false;
        for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
            if (doc.arcs[t].head != static_cast<std::int32_t>(clause) || doc.arcs[t].deprel.substr(0, 5) != "nsubj")
                continue;
            return t != chain[0] && doc.arcs[t].upos != "PRON";
        }
        return false;
    };
    return (speaker(path.from_s, path.up_s) && reported(path.from_o, path.up_o)) ||
           (speaker(path.from_o, path.up_o) && reported(path.from_s, path.up_s));
}

bool is_reporting_verb(const Document& doc, std::uint32_t t) {
    return doc.tokens[t].is(shape::kLower) && kReportingVerbs.contains(doc.token_text(t));
}

// A comma, or a quote closing a quoted sentence ("... rise," spokesman X said): the start of
// a speaker's phrase after the report.
bool opens_speaker_phrase(const Document& doc, const Sentence& sentence, std::uint32_t t) {
    const std::string_view w = doc.token_text(t);
    if (w == ",") return true;
    const bool quote = w == "''" || w == "\"" || w == "\u201d";
    return quote && t > sentence.first_token && doc.arcs[t - 1].upos == "PUNCT";
}

constexpr std::uint32_t kLongestPhrase = 8;  // "a spokesman for the Farm Department"

bool ends_sentence(std::string_view w) { return w == "." || w == "!" || w == "?" || w == ";"; }

// Does the reporting verb at t end its clause, reporting nothing after it? "said.", "said on
// Monday.", "told reporters;" do; "said the talks failed", "said, \"We ...", "said his firm's
// stock, ..." do not.
bool ends_clause(const Document& doc, const Sentence& sentence, std::uint32_t verb) {
    for (std::uint32_t t = verb + 1; t < sentence.last_token && t <= verb + kLongestPhrase; ++t) {
        const std::string_view upos = doc.arcs[t].upos;
        if (upos == "PUNCT") return ends_sentence(doc.token_text(t));  // not "said: ..."
        const bool adjunct = upos == "ADP" || upos == "NOUN" || upos == "PROPN" || upos == "NUM" ||
                             upos == "ADV" || (t > verb + 1 && (upos == "DET" || upos == "ADJ"));
        if (!adjunct || doc.token_text(t) == "that") return false;
    }
    return verb + 1 == sentence.last_token;
}

// The same read from the words, for the order the parse often gets wrong: the report, then
// its speaker ("Prices rose in Chad, Farm Department spokesman Ivo Pardek said."; "..., said
// Ivo Pardek."). The speaker's phrase runs from a comma to the verb with no verb of its own,
// the verb ends the clause, and the other name lies wholly before that comma.
bool speaker_after_report(const Document& doc, const Sentence& sentence, const Mention& speaker,
                          const Mention& other) {
    if (other.last > speaker.first) return false;
    std::int64_t comma = -1;
    if (speaker.last < sentence.last_token && is_reporting_verb(doc, speaker.last) &&
        ends_clause(doc, sentence, speaker.last)) {
        // "..., Farm Department spokesman Ivo Pardek said"
        for (std::uint32_t k = speaker.first; k > sentence.first_token && speaker.first - k < kLongestPhrase; --k) {
            const std::uint32_t w = k - 1;
            if (opens_speaker_phrase(doc, sentence, w)) {
                comma = w;
                break;
            }
            if (doc.arcs[w].upos == "VERB" || doc.arcs[w].upos == "AUX") break;
        }
    } else if (speaker.first > sentence.first_token + 1 && is_reporting_verb(doc, speaker.first - 1) &&
               opens_speaker_phrase(doc, sentence, speaker.first - 2) &&
               (speaker.last == sentence.last_token || doc.arcs[speaker.last].upos == "PUNCT")) {
        comma = speaker.first - 2;  // "..., said Ivo Pardek."
    }
    if (comma < 0 || other.last > static_cast<std::uint32_t>(comma)) return false;
    // The other named again in the speaker's phrase, on its own or in a title: "..., Tarn
    // Assembly speaker Ivo Pardek said".
    const std::uint32_t words = other.last - other.first;
    for (auto t = static_cast<std::uint32_t>(comma) + 1; t + words <= speaker.last; ++t) {
        std::uint32_t same = 0;
        while (same < words && doc.token_text(t + same) == doc.token_text(other.first + same)) ++same;
        if (same == words) return false;
    }
    // As above, the report's subject is the other name or a pronoun: "Vela Corp will close
    // its plant, spokesman Ivo Pardek said" keeps its spokesman.
    if (other.first <= sentence.first_token + 1) return false;
    bool first_subject = true;
    for (std::uint32_t t = sentence.first_token; t < static_cast<std::uint32_t>(comma); ++t) {
        if (doc.arcs[t].deprel.substr(0, 5) != "nsubj") continue;
        if (in_mention(other, t) || (first_subject && doc.arcs[t].upos == "PRON")) return false;
        first_subject = false;
    }
    return true;
}

}  // namespace

bool speaker_and_reported(const Document& doc, const Mention& a, const Mention& b) {
    const Sentence& sentence = doc.sentences[a.sentence];
    if (speaker_after_report(doc, sentence, a, b) || speaker_after_report(doc, sentence, b, a)) return true;
    const std::uint32_t ha = head_token(doc, a), hb = head_token(doc, b);
    if (!speaks(doc, ha) && !speaks(doc, hb)) return false;  // most pairs: no path to build
    return speaker_and_reported_on(doc, sentence, dependency_path(doc, ha, hb));
}

namespace {

// The mention starting at token t, if any.
const Mention* mention_starting_at(const Document& doc, std::uint32_t t) {
    const int m = doc.mention_of_token[t];
    if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].first != t) return nullptr;
    return &doc.mentions[static_cast<std::size_t>(m)];
}

// "Jackson, Wyo.": a town written with its state is one item of a list. The token after the
// item, past its state if it has one.
std::uint32_t item_end(const Document& doc, const Sentence& sentence, const Mention& item) {
    std::uint32_t t = item.last;
    if (t + 1 >= sentence.last_token || doc.token_text(t) != ",") return t;
    const Mention* state = mention_starting_at(doc, t + 1);
    const Token& town = doc.tokens[item.first];
    if (item.type != NodeType::Place || town.has(lx::kCountry)) return t;
    if (!state) {
        // "Newark, Del., Warren, Mich.": an abbreviation no mention holds.
        const std::string_view next = doc.token_text(t + 1);
        const bool dotted = next.size() <= 5 && doc.tokens[t + 1].is(shape::kCap) &&
                            (next.back() == '.' || (t + 2 < sentence.last_token && doc.token_text(t + 2) == "."));
        if (!dotted) return t;
        return next.back() == '.' ? t + 2 : t + 3;
    }
    const Token& st = doc.tokens[state->first];
    const std::uint32_t after = state->last;
    const bool full_stop = after < sentence.last_token && doc.token_text(after) == ".";
    // A country, a known state, or a short abbreviation no list knows ("Ill.", "La."). After a
    // name the gazetteers know as a region ("Maryland, Virginia"; an island or an area too)
    // only an abbreviation: lists of states and countries are common, and they are spelt out.
    const std::string_view word = doc.token_text(state->first);
    const bool abbreviation = state->last == state->first + 1 && word.size() <= 5 && (full_stop || word.back() == '.');
    // "Milan, Italy": a town's country too, but not a country's ("Chad, Niger").
    const bool larger = st.has(lx::kPlaceAbbrev | lx::kRegion | lx::kCountry);
    if (!abbreviation && (town.has(lx::kRegion) || !larger)) return t;
    return full_stop ? after + 1 : after;
}

// The first token of the next item after a list's separator at t (", ", ", and ", " or "),
// or 0 when there is no separator.
std::uint32_t after_separator(const Document& doc, const Sentence& sentence, std::uint32_t t) {
    bool separated = false;
    if (t < sentence.last_token && doc.token_text(t) == ",") ++t, separated = true;
    if (t < sentence.last_token && (doc.token_text(t) == "and" || doc.token_text(t) == "or")) ++t, separated = true;
    if (!separated) return 0;
    if (t < sentence.last_token && doc.token_text(t) == "the") ++t;
    // "..., Norrvik and southern Lundby County"
    if (t + 1 < sentence.last_token && doc.arcs[t].upos == "ADJ" && doc.tokens[t].is(shape::kLower)) ++t;
    return t < sentence.last_token ? t : 0;
}

}  // namespace

bool listed_together(const Document& doc, const Mention& a, const Mention& b) {
    if (a.sentence != b.sentence || a.first == b.first) return false;
    const Mention& first = a.first < b.first ? a : b;
    const Mention& second = a.first < b.first ? b : a;
    const Sentence& sentence = doc.sentences[first.sentence];
    int items = 1;
    bool reached = false;
    // A list names people or things, not both: "Lindner, the Cincinnati, Ohio, investor" is
    // none. (Places, bodies and unknowns mix: the recogniser mistypes list items.)
    auto same_kind = [&](const Mention& m) { return (m.type == NodeType::Person) == (first.type == NodeType::Person); };
    for (const Mention* item = &first; item;) {
        const std::uint32_t next = after_separator(doc, sentence, item_end(doc, sentence, *item));
        item = next ? mention_starting_at(doc, next) : nullptr;
        if (!item || !same_kind(*item)) break;
        ++items;
        reached = reached || item == &second;
    }
    // Items before the first: "A, B, C" counts A when the pair is B and C.
    if (first.first >= sentence.first_token + 2 && doc.token_text(first.first - 1) == ",") {
        const int m = doc.mention_of_token[first.first - 2];
        if (m >= 0 && same_kind(doc.mentions[static_cast<std::size_t>(m)])) ++items;
    }
    return reached && items >= 3;
}

namespace {

// "Jackson, Wyo.": a town (not a state nor a country) with its state written after it.
bool written_with_state(const Document& doc, const Mention& town) {
    // "N.Y., Birmingham": a state before the next item of a list is no town.
    if (town.type != NodeType::Place || doc.tokens[town.first].has(lx::kPlaceAbbrev | lx::kCountry)) return false;
    return item_end(doc, doc.sentences[town.sentence], town) != town.last;
}

bool is_its_state(const Document& doc, const Mention& town, const Mention& other) {
    const Mention* state = mention_starting_at(doc, town.last + 1);
    // "Albany, N.Y." with no mention of the state there: the state may be named elsewhere.
    if (!state) return doc.tokens[other.first].has(lx::kRegion | lx::kPlaceAbbrev);
    return state->entity == other.entity;
}

}  // namespace

bool placed_by_its_state(const Document& doc, const Mention& subject, const Mention& object) {
    if (subject.type != NodeType::Place || object.type != NodeType::Place) return false;
    if (written_with_state(doc, subject) && !is_its_state(doc, subject, object)) return true;
    // Nor does such a town hold another town, a state or a country ("Tarn, Ohio, and Lund,
    // Ind."), though it holds a park or an airport; "Yellowknife, Northwest Territories, ..."
    // is a chain, each in the next.
    const bool chained = subject.last + 1 == object.first && doc.token_text(subject.last) == ",";
    return written_with_state(doc, object) && !chained &&
           doc.tokens[subject.first].has(lx::kCity | lx::kRegion | lx::kCountry | lx::kPlaceAbbrev);
}

bool owns_another_noun(const Document& doc, const Mention& owner, const Mention& other) {
    const std::uint32_t head = head_token(doc, owner);
    if (doc.arcs[head].deprel != "nmod:poss" || doc.arcs[head].head < 0) return false;
    const std::uint32_t owned = static_cast<std::uint32_t>(doc.arcs[head].head);
    if (doc.mention_of_token[owned] >= 0) return false;  // "Ruritania's Vela Corp", "Ruritania's Dorn Parish"
    const std::uint32_t other_head = head_token(doc, other);
    // "Ruritania's state agency Vela", "Ruritania's Vela agency": the noun is the name's own.
    return !(doc.arcs[other_head].head == static_cast<std::int32_t>(owned) ||
             doc.arcs[owned].head == static_cast<std::int32_t>(other_head));
}

namespace {

std::string case_of(const Document& doc, const Sentence& s, std::uint32_t head) {
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t)
        if (doc.arcs[t].head == static_cast<std::int32_t>(head) && doc.arcs[t].deprel == "case")
            return relation_rules::lower(doc.token_text(t));
    return {};
}

// Every feature of a typed candidate fires twice, alone (shared by the four typed relations)
// and joined with its relation; a link's fire joined with "link" and with "link between these
// two types", so that links and typed relations learn apart (their data differ: CrossRE
// labels every link, CoNLL04 only its four relations).
class FeatureWriter {
   public:
    FeatureWriter(PairRelation relation, NodeType subject, NodeType object, std::vector<Feature>& out)
        : link_(relation == PairRelation::link),
          first_(static_cast<std::uint64_t>(relation)),
          second_(link_ ? 64 + 8 * static_cast<std::uint64_t>(subject) + static_cast<std::uint64_t>(object) : 0),
          out_(out) {}
    void add(Feature f) {
        out_.push_back(link_ ? nlp::conjoin(f, second_) : f);
        out_.push_back(nlp::conjoin(f, first_));
    }
    void text(Template t, std::string_view v) { add(nlp::feature(t, v)); }
    void number(Template t, std::uint64_t a, std::uint64_t b = 0) { add(nlp::feature(t, a, b)); }

   private:
    bool link_;
    std::uint64_t first_, second_;
    std::vector<Feature>& out_;
};

}  // namespace

PairRelation allowed_relation(NodeType subject, NodeType object) {
    if (subject == NodeType::Person && object == NodeType::Organization) return PairRelation::work_for;
    if (subject == NodeType::Person && object == NodeType::Place) return PairRelation::live_in;
    if (subject == NodeType::Organization && object == NodeType::Place) return PairRelation::org_based_in;
    if (subject == NodeType::Place && object == NodeType::Place) return PairRelation::located_in;
    return PairRelation::none;
}

std::vector<PairCandidate> pair_candidates(const Document& doc, const Lexicon& lexicon) {
    std::vector<PairCandidate> out;
    // Tokens of named events: a place that qualifies one ("a party that hopes to win the Norwegian
    // election") is a word of the event's name, not a party to the sentence's relations.
    std::vector<bool> in_event;
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || doc.entities[m.entity].type != NodeType::Event) continue;
        if (in_event.empty()) in_event.assign(doc.tokens.size(), false);
        for (std::uint32_t t = m.first; t < m.last; ++t) in_event[t] = true;
    }
    auto usable = [&](const Mention& m) {
        if (m.kind != MentionKind::Name || m.entity < 0 || !doc.entities[m.entity].named) return false;
        const NodeType t = doc.entities[m.entity].type;
        if (t == NodeType::Event) return true;  // linked ("X hosted the 41st Tarn Film Festival"), never typed
        if (t != NodeType::Person && t != NodeType::Organization && t != NodeType::Place) return false;
        if (!in_event.empty() && in_event[m.first]) return false;
        const bool adjective = m.last - m.first == 1 && doc.tokens[m.first].has(lx::kOrgAdj | lx::kDemonym) &&
                               m.surface != doc.entities[m.entity].name;
        return !adjective;
    };
    std::string lower_name;
    auto country = [&](int entity) {
        return (lexicon.flags(to_lower_ascii(doc.entities[entity].name, lower_name)) & (lx::kCountry | lx::kPlaceAbbrev)) != 0;
    };
    const int n = static_cast<int>(doc.mentions.size());
    // Once per entity pair (and relation) and sentence: mentions come in text order, so the
    // first pair seen of a mention is its closest; a later pair of the same entities is
    // skipped. A set per sentence keeps a sentence of many names linear.
    std::set<std::tuple<int, int, PairRelation>> seen;
    auto add = [&](int sentence, int s, int o, int es, int eo, PairRelation r) {
        if (seen.emplace(es, eo, r).second) out.push_back({sentence, s, o, r});
    };
    int current = -1;
    for (int i = 0; i < n; ++i) {
        const Mention& a = doc.mentions[i];
        if (!usable(a)) continue;
        if (a.sentence != current) {
            current = a.sentence;
            seen.clear();
        }
        for (int j = i + 1; j < n && j <= i + kMaxPairGap; ++j) {
            const Mention& b = doc.mentions[j];
            if (b.sentence != a.sentence) break;
            if (!usable(b) || b.entity == a.entity) continue;
            const NodeType ta = doc.entities[a.entity].type, tb = doc.entities[b.entity].type;
            for (auto [s, o] : {std::pair{i, j}, std::pair{j, i}}) {
                const NodeType ts = s == i ? ta : tb, to = s == i ? tb : ta;
                const PairRelation r = allowed_relation(ts, to);
                if (r == PairRelation::none) continue;
                const int es = doc.mentions[s].entity, eo = doc.mentions[o].entity;
                if (r == PairRelation::located_in && country(es)) continue;
                if (r == PairRelation::live_in && country(eo)) continue;
                add(a.sentence, s, o, es, eo, r);
            }
            // Any link between the two, in text order (the statement is `related`): once for
            // the pair, whichever came first.
            if (!seen.count({b.entity, a.entity, PairRelation::link}))
                add(a.sentence, i, j, a.entity, b.entity, PairRelation::link);
        }
    }
    return out;
}

RuleEvidence::RuleEvidence(std::span<const RelationCandidate> relations) : sorted_(relations.begin(), relations.end()) {
    auto key = [](const RelationCandidate& c) {
        return std::tuple(c.sentence, std::min(c.subject, c.object), std::max(c.subject, c.object));
    };
    std::stable_sort(sorted_.begin(), sorted_.end(),
                     [&](const RelationCandidate& x, const RelationCandidate& y) { return key(x) < key(y); });
}

std::vector<std::pair<Relation, bool>> RuleEvidence::between(int sentence, int subject, int object) const {
    std::vector<std::pair<Relation, bool>> out;
    const auto want = std::tuple(sentence, std::min(subject, object), std::max(subject, object));
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), want, [](const RelationCandidate& c, const auto& k) {
        return std::tuple(c.sentence, std::min(c.subject, c.object), std::max(c.subject, c.object)) < k;
    });
    for (; it != sorted_.end() && it->sentence == sentence && std::min(it->subject, it->object) == std::get<1>(want) &&
           std::max(it->subject, it->object) == std::get<2>(want);
         ++it)
        out.emplace_back(it->relation, it->subject == subject);
    return out;
}

bool RuleEvidence::joined(int sentence, int a, int b) const { return !between(sentence, a, b).empty(); }

void pair_features(const Document& doc, const PairCandidate& c, const RuleEvidence& rules,
                   const nlp::WordClusters* clusters, std::vector<Feature>& out) {
    using relation_rules::lower;
    out.clear();
    const Mention& s = doc.mentions[c.subject];
    const Mention& o = doc.mentions[c.object];
    const Sentence& sent = doc.sentences[c.sentence];
    FeatureWriter f(c.relation, doc.entities[s.entity].type, doc.entities[o.entity].type, out);
    const bool forward = s.first < o.first;
    const Mention& left = forward ? s : o;
    const Mention& right = forward ? o : s;

    f.number(kBias, 0);
    f.number(kOrder, forward);
    const std::uint32_t gap = right.first > left.last ? right.first - left.last : 0;
    f.number(kDistance, distance_bucket(gap), forward);

    // The words between, and around the pair.
    int names_between = 0;
    for (std::uint32_t t = left.last; t < right.first; ++t)
        if (doc.mention_of_token[t] >= 0 && (t == left.last || doc.mention_of_token[t] != doc.mention_of_token[t - 1]))
            ++names_between;
    f.number(kNamesBetween, std::min(names_between, 3), forward);
    if (gap == 0) {
        f.number(kNothingBetween, forward);
    } else {
        f.text(kFirstBetween, lower(doc.token_text(left.last)));
        f.text(kLastBetween, lower(doc.token_text(right.first - 1)));
        if (gap <= kMaxBetween) {
            std::string all;
            bool title = false, verb = false, comma = false;
            for (std::uint32_t t = left.last; t < right.first; ++t) {
                const std::string w = lower(doc.token_text(t));
                f.text(kWordBetween, w);
                if (gap <= 4) all += w + " ";
                title = title || doc.tokens[t].has(lx::kTitle);
                verb = verb || doc.arcs[t].upos == "VERB";
                comma = comma || w == ",";
            }
            if (gap <= 4) f.text(kAllBetween, std::string(forward ? ">" : "<") + all);
            f.number(kTitleBetween, title, forward);
            f.number(kVerbBetween, verb, forward);
            f.number(kCommaBetween, comma, forward);
        }
    }
    f.text(kWordBefore, left.first > sent.first_token ? lower(doc.token_text(left.first - 1)) : "<s>");
    f.text(kWordAfter, right.last < sent.last_token ? lower(doc.token_text(right.last)) : "</s>");

    // The heads and the dependency path between them.
    const std::uint32_t hs = head_token(doc, s), ho = head_token(doc, o);
    f.text(kSubjectHead, lower(doc.token_text(hs)));
    f.text(kObjectHead, lower(doc.token_text(ho)));
    f.text(kSubjectRole, doc.arcs[hs].deprel);
    f.text(kObjectRole, doc.arcs[ho].deprel);
    f.text(kSubjectCase, case_of(doc, sent, hs));
    f.text(kObjectCase, case_of(doc, sent, ho));

    const DependencyPath path = dependency_path(doc, hs, ho);
    if (path.found()) {
        const std::size_t i = path.up_s, j = path.up_o;
        const std::uint32_t top = path.top();
        std::string labels, words;
        for (std::size_t k = 0; k < i && k < kMaxPath; ++k) labels += std::string(doc.arcs[path.from_s[k]].deprel) + "<";
        labels += "^";
        for (std::size_t k = j; k-- > 0;)
            if (j - k <= kMaxPath) labels += ">" + std::string(doc.arcs[path.from_o[k]].deprel);
        const std::string top_word = in_mention(s, top) || in_mention(o, top) ? "<name>" : lower(doc.token_text(top));
        f.text(kPath, labels);
        f.text(kPathTop, labels + " " + top_word);
        f.text(kPathWord, top_word);
        f.number(kPathLength, std::min<std::size_t>(i + j, 9));
        for (std::size_t k = 1; k < i; ++k) words += lower(doc.token_text(path.from_s[k])) + " ";
        words += "^" + top_word;
        for (std::size_t k = j; k-- > 1;) words += " " + lower(doc.token_text(path.from_o[k]));
        if (i + j <= 4) f.text(kPathWords, words);
        if (clusters && top_word != "<name>") {
            const nlp::ClusterPath p = clusters->path(doc.token_text(top));
            f.number(kTopCluster, nlp::cluster_prefix(p, 6));
            f.number(kTopCluster, nlp::cluster_prefix(p, 12));
        }
    } else {
        f.number(kPathLength, 10);
    }

    // What the rules said.
    const auto said = rules.between(c.sentence, s.entity, o.entity);
    if (said.empty()) f.number(kNoRule, 0);
    for (auto [relation, same_direction] : said) f.number(kRule, static_cast<std::uint64_t>(relation), same_direction);
}

namespace {

// A title word between the two names or on the path that joins them ("X, a spokesman for Y";
// "X, Y's chief economist"; "X becomes the executive responsible for Y"): a person who works
// for an organisation under a title holds a role there. Returns the title word's token, or -1.
int title_token(const Document& doc, const Mention& person, const Mention& org) {
    auto title = [&](std::uint32_t t) {
        return !in_mention(person, t) && !in_mention(org, t) && doc.tokens[t].has(lx::kTitle) &&
               doc.arcs[t].upos == "NOUN";
    };
    const DependencyPath path = dependency_path(doc, head_token(doc, person), head_token(doc, org));
    if (path.found()) {
        for (std::size_t k = 1; k <= path.up_s; ++k)
            if (title(path.from_s[k])) return static_cast<int>(path.from_s[k]);
        for (std::size_t k = 1; k < path.up_o; ++k)
            if (title(path.from_o[k])) return static_cast<int>(path.from_o[k]);
    }
    const Mention& left = person.first < org.first ? person : org;
    const Mention& right = person.first < org.first ? org : person;
    if (right.first - left.last > 6) return -1;
    for (std::uint32_t t = left.last; t < right.first; ++t)
        if (title(t)) return static_cast<int>(t);
    return -1;
}

// The verb (or noun) that joins two names in the parse ("X beat Y": "beat"), -1 when their
// common head is one of the names.
int linking_token(const Document& doc, const Mention& a, const Mention& b) {
    const DependencyPath path = dependency_path(doc, head_token(doc, a), head_token(doc, b));
    if (!path.found()) return -1;
    const std::uint32_t top = path.top();
    if (in_mention(a, top) || in_mention(b, top)) return -1;
    const std::string_view upos = doc.arcs[top].upos;
    if (upos != "VERB" && upos != "NOUN") return -1;
    return static_cast<int>(top);
}

// The title a person holds at an organisation, written before the name ("Velmora police
// spokesman Ana Lind") or between or on the path that joins them ("Ana Lind, a spokesman
// for"): makes `r` a role with that title for its label. False if none.
bool held_title(const Document& doc, const Mention& person, const Mention& org, RelationCandidate& r) {
    std::string title;
    if (!person.title.empty()) {
        title = person.title;
    } else if (int t = title_token(doc, person, org); t >= 0) {
        title = relation_rules::lower(doc.token_text(static_cast<std::uint32_t>(t)));
    } else {
        return false;
    }
    r.relation = Relation::role;
    r.label = std::move(title);
    return true;
}

// A link is stated as `related`, with its linking verb or noun as the label ("X beat Y":
// "beat"), as the gold conventions want for a link of no other type.
void state_link(const Document& doc, int top, RelationCandidate& r) {
    r.relation = Relation::related;
    if (top >= 0) r.label = relation_rules::lower(doc.token_text(static_cast<std::size_t>(top)));
}

}  // namespace

// A plain link the rules stated between the candidate's two entities, retyped when the model
// gives the typed relation a margin over its own by kRetypeMargin more.
constexpr float kRetypeMargin = 40.0f;

void retype_link(const Document& doc, const PairCandidate& c, const RuleEvidence& rules, const nlp::Models& models,
                 std::vector<Feature>& feats, std::vector<RelationCandidate>& relations) {
    const int es = doc.mentions[c.subject].entity, eo = doc.mentions[c.object].entity;
    const auto between = rules.between(c.sentence, es, eo);
    if (std::any_of(between.begin(), between.end(), [](const auto& r) { return r.first != Relation::related; }))
        return;
    pair_features(doc, c, rules, &models.clusters, feats);
    const nlp::RelationModel& model = models.relations;
    if (model.margin_of(feats, c.relation) <= model.margin_for(c.relation) + kRetypeMargin) return;
    for (RelationCandidate& r : relations) {
        if (r.sentence != c.sentence || r.relation != Relation::related) continue;
        if (!((r.subject == es && r.object == eo) || (r.subject == eo && r.object == es))) continue;
        r.subject = es;
        r.object = eo;
        r.relation = c.relation == nlp::PairRelation::work_for ? Relation::member_of : Relation::located_in;
    }
}

bool passed_over(const Document& doc, const PairCandidate& c, const Outlets& outlets) {
    const Mention& s = doc.mentions[c.subject];
    const Mention& o = doc.mentions[c.object];
    if (outlets.outlet(s.entity) || outlets.outlet(o.entity)) return true;
    if (speaker_and_reported(doc, s, o) || listed_together(doc, s, o)) return true;
    // A typed relation's object is where or what the subject belongs.
    return c.relation != nlp::PairRelation::link && (owns_another_noun(doc, o, s) || placed_by_its_state(doc, s, o));
}

void add_classified_relations(const Document& doc, const Lexicon& lexicon, const nlp::Models& models,
                              const Outlets& outlets, std::vector<RelationCandidate>& relations) {
    const nlp::RelationModel& model = models.relations;
    if (model.empty() || doc.arcs.size() != doc.tokens.size()) return;
    const RuleEvidence rules(relations);
    std::vector<Feature> feats;
    struct Scored {
        PairCandidate candidate;
        float margin;
        int subject, object;  // entities
    };
    std::vector<Scored> stated;
    for (const PairCandidate& c : pair_candidates(doc, lexicon)) {
        const int es = doc.mentions[c.subject].entity, eo = doc.mentions[c.object].entity;
        if (outlets.outlet(es) || outlets.outlet(eo)) continue;
        if (rules.joined(c.sentence, es, eo)) {
            // The rules linked them with a verb of no type ("X, who served 24 years in Y"): a
            // typed relation the model is sure of types that link.
            if (c.relation != nlp::PairRelation::link) retype_link(doc, c, rules, models, feats, relations);
            continue;
        }
        if (passed_over(doc, c, outlets)) continue;
        pair_features(doc, c, rules, &models.clusters, feats);
        const float margin = model.margin_of(feats, c.relation);
        if (margin > model.margin_for(c.relation)) stated.push_back({c, margin, es, eo});
    }
    auto typed = [](const Scored& x) { return x.candidate.relation != nlp::PairRelation::link; };
    // `stated` is in sentence order: each is weighed against its own sentence's only.
    auto by_sentence = [](const Scored& a, const Scored& b) { return a.candidate.sentence < b.candidate.sentence; };
    for (const Scored& x : stated) {
        const PairCandidate& c = x.candidate;
        const auto [from, to] = std::equal_range(stated.begin(), stated.end(), x, by_sentence);
        const bool outdone = std::any_of(from, to, [&](const Scored& y) {
            if (!typed(y)) return false;
            const bool same = y.subject == x.subject && y.object == x.object;
            const bool reverse = y.subject == x.object && y.object == x.subject;
            // A link gives way to a typed relation between the same two; two places are
            // stated in one direction only, the more confident ("X, in Y").
            if (!typed(x)) return same || reverse;
            return reverse && (y.margin > x.margin || (y.margin == x.margin && y.candidate.subject < c.subject));
        });
        if (outdone) continue;
        const Mention& s = doc.mentions[c.subject];
        const Mention& o = doc.mentions[c.object];
        RelationCandidate r;
        r.subject = x.subject;
        r.object = x.object;
        switch (c.relation) {
            case nlp::PairRelation::work_for:
                r.relation = Relation::member_of;
                held_title(doc, s, o, r);
                break;
            case nlp::PairRelation::link:
                state_link(doc, linking_token(doc, s, o), r);
                // A person linked to an organisation under a title holds a role there.
                if (doc.entities[x.subject].type == NodeType::Organization &&
                    doc.entities[x.object].type == NodeType::Person) {
                    RelationCandidate turned = r;
                    std::swap(turned.subject, turned.object);
                    if (held_title(doc, o, s, turned)) r = turned;
                } else if (doc.entities[x.subject].type == NodeType::Person &&
                           doc.entities[x.object].type == NodeType::Organization) {
                    held_title(doc, s, o, r);
                }
                break;
            default: r.relation = Relation::located_in;
        }
        r.sentence = c.sentence;
        r.first = std::min(s.first, o.first);
        r.last = std::max(s.last, o.last);
        r.confidence = c.relation == nlp::PairRelation::link ? 0.45 : 0.55;
        relations.push_back(std::move(r));
    }
}

}  // namespace kg::extract
