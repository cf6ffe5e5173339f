#include "extract/coref.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/normalize.hpp"
#include "graph/names.hpp"

namespace kg::extract {
namespace {


std::string_view last_token_of(std::string_view key) {
    std::size_t sp = key.rfind(' ');
    return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

// A person's family name: the last word, before a suffix ("Paul Lane Jr" -> "lane").
std::string_view surname_of(std::string_view key) {
    std::string_view last = last_token_of(key);
    if (is_name_suffix(last) && key.size() > last.size() + 1)
        return last_token_of(key.substr(0, key.size() - last.size() - 1));
    return last;
}

bool ends_with_words(std::string_view whole, std::string_view part) {
    return whole.size() > part.size() && whole.substr(whole.size() - part.size()) == part &&
           whole[whole.size() - part.size() - 1] == ' ';
}

// Words that give a company's legal form: "Bolt Corp" is "Bolt", and "BC" or "B".
bool is_company_form(std::string_view w) {
    static constexpr std::string_view kForms[] = {"corp", "corporation", "inc", "co", "company", "ltd", "plc",
                                                  "llc", "ag", "sa", "nv", "ab", "spa", "gmbh", "lp", "group", "cos",
                                                  "holdings", "limited", "incorporated"};
    for (auto f : kForms)
        if (w == f) return true;
    return false;
}

// The name key without its trailing legal form ("bolt corp" -> "bolt"); the key itself if none.
std::string_view without_company_form(std::string_view key) {
    std::size_t sp = key.rfind(' ');
    if (sp == std::string_view::npos || !is_company_form(key.substr(sp + 1))) return key;
    return key.substr(0, sp);
}

// Can this name be the end of a longer one named before ("Trade Ministry" of "Polish Trade
// Ministry")? Not when it is a body of its own ("House" after the name of the president's residence), a legal
// form ("Corp") or a place ("Arden" of "Exchange National Bank of Arden").
bool may_end_a_longer_name(const Mention& m, std::string_view key, const Document& doc) {
    if (is_standalone_body_word(key) || is_company_form(key)) return false;
    if (m.last - m.first == 1) {
        constexpr std::uint32_t kPlace = lx::kCountry | lx::kCity | lx::kRegion | lx::kPlaceAbbrev;
        if (doc.tokens[m.first].has(kPlace)) return false;
    }
    return true;
}

std::string initials(std::string_view name) {
    std::string out;
    bool start = true;
    for (char c : name) {
        if (start && c >= 'A' && c <= 'Z') out += c;
        start = c == ' ' || c == '-';
    }
    return out;
}

class Resolver {
   public:
    explicit Resolver(Document& doc) : doc_(doc) {}

    void run() {
        // Full names first, so that a surname written before its full name still joins it.
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            Mention& m = doc_.mentions[i];
            if (m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description) continue;
            if (m.type == NodeType::Person && m.last - m.first > 1) {
                m.entity = person_entity(m);
                raw_.emplace(std::pair<NodeType, std::string_view>(m.type, m.name), m.entity);
            }
        }
        for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
            Mention& m = doc_.mentions[i];
            if (m.entity < 0 && (m.kind == MentionKind::Name || m.kind == MentionKind::Demonym)) {
                // A spelling resolved once resolves the same way again.
                auto raw = raw_.find(std::pair<NodeType, std::string_view>(m.type, m.name));
                if (raw != raw_.end()) m.entity = raw->second;
                else if (m.type == NodeType::Person) m.entity = person_entity(m);
                else if (m.type == NodeType::Organization) m.entity = org_entity(m);
                else m.entity = keyed_entity(m);
                raw_.emplace(std::pair<NodeType, std::string_view>(m.type, m.name), m.entity);
            } else if (m.kind == MentionKind::Pronoun) {
                m.entity = pronoun_entity(m);
            } else if (m.kind == MentionKind::Description && m.type == NodeType::Organization) {
                // "the bank" is the latest "... Bank" named, else ("the company") the latest
                // organisation nearby.
                m.entity = organisation_by_head(m);
                if (m.entity < 0 && m.title.rfind("#head", 0) != 0) m.entity = recent_organisation(m, 3);
            } else if (m.kind == MentionKind::Description && m.type == NodeType::Person) {
                m.entity = description_entity(m);
            }
            if (m.entity >= 0) note_mention(m, i);
        }
    }

   private:
    Document& doc_;
    std::unordered_map<std::string, int> by_key_;  // type + name key -> entity
    std::vector<std::size_t> last_seen_;           // entity -> last mention index
    std::vector<std::string> keys_;                // entity -> name_key of its name
    // Spellings seen, by type (asked for every name: hashed, not ordered).
    struct RawHash {
        std::size_t operator()(const std::pair<NodeType, std::string_view>& k) const {
            return std::hash<std::string_view>()(k.second) ^ static_cast<std::size_t>(k.first);
        }
    };
    std::unordered_map<std::pair<NodeType, std::string_view>, int, RawHash> raw_;

    // The entities a name can join, by the words it must match: a person's surname and first
    // word; an organisation's word suffixes and prefixes and its initials. A pass over all
    // entities per new name made coreference quadratic in the article's length; each list is
    // read once per name (by_key_ remembers the answer), and each entity on it is checked
    // against the rule as before, in entity order, so the answer is the same. A person's lists
    // gain an entry when its key grows (the old entries fail the check).
    using Index = std::unordered_map<std::string, std::vector<int>>;
    Index persons_by_surname_, persons_by_first_word_;
    Index orgs_by_suffix_, orgs_by_prefix_, orgs_by_initials_, orgs_by_initials_but_last_;
    // "#age": the person with the most mentions so far (the first such entity on a tie).
    int main_person_ = -1;
    // A description's title head -> the entity of the latest person mention among those
    // holding a title with that head; entity -> its latest person mention (-1: none).
    std::unordered_map<std::string, int> latest_titled_;
    std::vector<long> last_person_mention_;

    static void add_to(Index& index, std::string_view key, int e) { index[std::string(key)].push_back(e); }

    // The entities listed under `key`, in entity order, each once.
    static std::vector<int> listed(Index& index, std::string_view key) {
        auto it = index.find(std::string(key));
        if (it == index.end()) return {};
        std::vector<int>& v = it->second;
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    }

    void index_person(int id) {
        const std::string& k = keys_[id];
        add_to(persons_by_surname_, surname_of(k), id);
        if (std::size_t sp = k.find(' '); sp != std::string::npos) add_to(persons_by_first_word_, k.substr(0, sp), id);
    }

    void index_organisation(int id) {
        const std::string& k = keys_[id];
        for (std::size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1)) {
            add_to(orgs_by_suffix_, std::string_view(k).substr(sp + 1), id);
            add_to(orgs_by_prefix_, std::string_view(k).substr(0, sp), id);
        }
        std::string full = initials(doc_.entities[id].name);
        if (without_company_form(k) != k && !full.empty())
            add_to(orgs_by_initials_but_last_, std::string_view(full).substr(0, full.size() - 1), id);
        add_to(orgs_by_initials_, full, id);
    }

    int new_entity(const Mention& m, const std::string& key) {
        Entity e;
        e.name = m.name;
        e.key = key.substr(key.find(':') + 1);  // type_key() is "<type>:<name key>"
        e.type = m.type;
        doc_.entities.push_back(std::move(e));
        last_seen_.push_back(0);
        keys_.push_back(doc_.entities.back().key);
        int id = static_cast<int>(doc_.entities.size() - 1);
        by_key_[key] = id;
        last_person_mention_.push_back(-1);
        if (m.type == NodeType::Person) {
            index_person(id);
            if (main_person_ < 0) main_person_ = id;  // no mentions yet, as all others may have
        } else if (m.type == NodeType::Organization) {
            index_organisation(id);
        }
        return id;
    }

    // `folded`: `name` is a name_key() already (callers that need both fold once).
    static std::string type_key(NodeType t, std::string_view name, bool folded = false) {
        static_assert(kNodeTypeCount <= 10, "one digit per type");
        std::string key(1, static_cast<char>('0' + static_cast<int>(t)));
        key += ':';
        if (folded) key += name;
        else key += name_key(name);
        return key;
    }

    int keyed_entity(const Mention& m) {
        // Names repeat ("U.S.", "Reuters"): the raw spelling is looked up before the key.
        auto raw = raw_.find(std::pair<NodeType, std::string_view>(m.type, m.name));
        if (raw != raw_.end()) return raw->second;
        std::string key = type_key(m.type, m.name);
        auto it = by_key_.find(key);
        int e = it != by_key_.end() ? it->second : new_entity(m, key);
        raw_.emplace(std::pair<NodeType, std::string_view>(m.type, m.name), e);
        return e;
    }

    int person_entity(const Mention& m) {
        std::string nk = name_key(m.name);
        std::string key = type_key(NodeType::Person, nk, /*folded=*/true);
        if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
        bool single = nk.find(' ') == std::string::npos;
        int best = -1;
        if (single)
            for (int e : listed(persons_by_surname_, nk)) {
                if (doc_.entities[e].type != NodeType::Person) continue;
                if (surname_of(keys_[e]) == nk) {
                    if (best < 0 || last_seen_[e] > last_seen_[best]) best = e;
                }
            }
        if (best < 0 && single) {
            // A given name alone ("Mario", "Prince Abdullah") or a family name written first
            // ("Hahn Sang-yon"): the only full name starting with it.
            int found = 0;
            for (int e : listed(persons_by_first_word_, nk)) {
                const Entity& ent = doc_.entities[e];
                if (ent.type != NodeType::Person) continue;
                const std::string& ek = keys_[e];
                if (ek.size() > nk.size() && ek.compare(0, nk.size(), nk) == 0 && ek[nk.size()] == ' ') {
                    best = static_cast<int>(e);
                    ++found;
                }
            }
            if (found != 1) best = -1;
        }
        if (best >= 0) {
            by_key_[key] = best;
            return best;
        }
        return new_entity(m, key);
    }

    int org_entity(const Mention& m) {
        std::string nk = name_key(m.name);
        std::string key = type_key(NodeType::Organization, nk, /*folded=*/true);
        if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
        std::string acronym = m.name.find(' ') == std::string::npos ? m.name : std::string();
        int prefix_of = -1, prefixes = 0;
        std::vector<int> candidates = listed(orgs_by_suffix_, nk);
        for (Index* index : {&orgs_by_prefix_, &orgs_by_initials_, &orgs_by_initials_but_last_}) {
            if (index != &orgs_by_prefix_ && acronym.size() < 2) continue;
            std::vector<int> more = listed(*index, index == &orgs_by_prefix_ ? std::string_view(nk) : std::string_view(acronym));
            candidates.insert(candidates.end(), more.begin(), more.end());
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int e : candidates) {
            const Entity& ent = doc_.entities[e];
            if (ent.type != NodeType::Organization) continue;
            const std::string& ek = keys_[e];
            // "Foreign Ministry" after "Polish Foreign Ministry"; "NBC" after "National
            // Broadcasting Company"; "IBM" after "International Business Machines Corp".
            std::string full_initials = initials(ent.name);
            bool acronym_of = acronym.size() >= 2 &&
                              (full_initials == acronym ||
                               (full_initials.size() == acronym.size() + 1 && without_company_form(ek) != ek &&
                                full_initials.compare(0, acronym.size(), acronym) == 0));
            if ((ends_with_words(ek, nk) && may_end_a_longer_name(m, nk, doc_)) || acronym_of) {
                by_key_[key] = static_cast<int>(e);
                return static_cast<int>(e);
            }
            // "Bolt National" after "Bolt National Corp" (only the legal form differs), or
            // the one organisation whose name starts with these two or more words.
            if (ek.size() > nk.size() && ek.compare(0, nk.size(), nk) == 0 && ek[nk.size()] == ' ') {
                // "Bank of Arden" after "Bank of Arden Corp": the bank, not its holding
                // company (graph/entity_resolver.cpp keeps them apart across articles too).
                if (without_company_form(ek) == nk && is_bank_holding_company(ek)) continue;
                if (without_company_form(ek) == nk) {
                    by_key_[key] = static_cast<int>(e);
                    return static_cast<int>(e);
                }
                prefix_of = static_cast<int>(e);
                ++prefixes;
            }
        }
        // A single word too ("Deak" after "Deak International Trading Ltd"), when it is not a
        // company form itself.
        if (prefixes == 1 && (nk.find(' ') != std::string::npos || !is_company_form(nk))) {
            by_key_[key] = prefix_of;
            return prefix_of;
        }
        return new_entity(m, key);
    }

    // The nearest person before the pronoun, within the last few sentences, whose gender
    // does not contradict it; one whose gender agrees wins over one whose gender is unknown.
    // The organisation mentioned last, within `window` sentences before `m`.
    int recent_organisation(const Mention& m, int window) const {
        std::size_t here = static_cast<std::size_t>(&m - doc_.mentions.data());
        for (std::size_t k = here; k-- > 0;) {
            const Mention& o = doc_.mentions[k];
            if (m.sentence - o.sentence > window) break;
            if (o.entity >= 0 && doc_.entities[o.entity].type == NodeType::Organization) return o.entity;
        }
        return -1;
    }

    // The latest organisation whose name ends with the description's noun ("the church":
    // "Lund Bible Church").
    // How many sentences back "the church" looks for "... Church".
    static constexpr int kHeadWordReach = 40;
    int organisation_by_head(const Mention& m) const {
        std::string head_buf, word_buf;
        const std::string_view head = to_lower_ascii(doc_.token_text(m.last - 1), head_buf);
        std::size_t here = static_cast<std::size_t>(&m - doc_.mentions.data());
        for (std::size_t k = here; k-- > 0;) {
            const Mention& o = doc_.mentions[k];
            // A bounded look back keeps a long article linear in its descriptions.
            if (m.sentence - o.sentence > kHeadWordReach) break;
            if (o.entity < 0 || o.kind != MentionKind::Name || doc_.entities[o.entity].type != NodeType::Organization)
                continue;
            const std::string& name = doc_.entities[o.entity].name;
            const std::size_t sp = name.rfind(' ');
            // "the administration" is "the Lund administration", not "... Administration".
            if (m.title == "#head-lower" && sp != std::string::npos && !(name[sp + 1] >= 'a' && name[sp + 1] <= 'z'))
                continue;
            if (sp != std::string::npos && to_lower_ascii(std::string_view(name).substr(sp + 1), word_buf) == head)
                return o.entity;
        }
        return -1;
    }

    int pronoun_entity(const Mention& p) {
        if (p.type == NodeType::Organization) return recent_organisation(p, 2);
        std::size_t here = static_cast<std::size_t>(&p - doc_.mentions.data());
        int unknown = -1, object_fallback = -1;
        // "he"/"she" is a subject: it takes up a person named as a subject before one named
        // after a preposition ("paid a call on President X. He ..." is not X).
        bool nominative = p.surface == "he" || p.surface == "He" || p.surface == "she" || p.surface == "She";
        for (std::size_t k = here; k-- > 0;) {
            const Mention& m = doc_.mentions[k];
            if (p.sentence - m.sentence > 4) break;
            if (m.entity < 0 || m.type != NodeType::Person || m.kind == MentionKind::Pronoun) continue;
            std::uint8_t g = doc_.entities[m.entity].gender;
            if (nominative && m.sentence != p.sentence && after_preposition(m)) {
                if (object_fallback < 0 && (g == p.gender || g == kUnknownGender || p.gender == kUnknownGender))
                    object_fallback = m.entity;
                continue;
            }
            if (g == p.gender && g != kUnknownGender) return m.entity;
            if (g == kUnknownGender && unknown < 0) unknown = m.entity;
            if (p.gender == kUnknownGender && g != kUnknownGender) return m.entity;
        }
        return unknown >= 0 ? unknown : object_fallback;
    }

    // Is the mention (with its title) the object of a preposition ("on President X")?
    bool after_preposition(const Mention& m) const {
        std::uint32_t t = m.title_first >= 0 ? static_cast<std::uint32_t>(m.title_first) : m.first;
        const Sentence& s = doc_.sentences[m.sentence];
        if (t > s.first_token && doc_.token_text(t - 1) == "the") --t;
        if (t == s.first_token) return false;
        std::string_view w = doc_.token_text(t - 1);
        for (std::string_view prep : {"on", "with", "to", "by", "for", "from", "at", "of", "in", "against", "about"})
            if (w == prep) return true;
        return false;
    }

    int description_entity(const Mention& d) {
        // The article's main person: the most mentioned so far (kept up by note_mention).
        if (d.title == "#age") return main_person_;
        // The person mentioned last who holds a title with this head word.
        auto it = latest_titled_.find(std::string(last_token_of(d.title)));
        return it == latest_titled_.end() ? -1 : it->second;
    }

    void note_mention(const Mention& m, std::size_t index) {
        Entity& e = doc_.entities[m.entity];
        ++e.mentions;
        if (e.type == NodeType::Person && main_person_ != m.entity) {
            const Entity& main = doc_.entities[main_person_];
            if (e.mentions > main.mentions || (e.mentions == main.mentions && m.entity < main_person_))
                main_person_ = m.entity;
        }
        last_seen_[m.entity] = index;
        if (m.kind == MentionKind::Name || m.kind == MentionKind::Demonym) {
            e.named = true;
            if (m.type == NodeType::Person && m.kind == MentionKind::Name && m.name.size() > e.name.size()) {
                std::string k = name_key(m.name);
                if (k.size() > keys_[m.entity].size()) {
                    e.name = m.name;  // the fullest name
                    e.key = k;
                    keys_[m.entity] = std::move(k);
                    index_person(m.entity);
                }
            }
            if (std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end())
                e.aliases.push_back(m.surface);
        }
        if (m.gender && !e.gender && m.kind == MentionKind::Name) e.gender = m.gender;
        bool new_title = false;
        if (!m.title.empty() && m.title != "#age") {
            if (std::find(e.titles.begin(), e.titles.end(), m.title) == e.titles.end()) {
                e.titles.push_back(m.title);
                new_title = true;
            }
            if (std::string(last_token_of(m.title)).find("woman") != std::string::npos && !e.gender)
                e.gender = kFemaleGender;
        }
        note_titled(m, index, new_title);
    }

    // Keeps latest_titled_ for description_entity: a person mention makes its entity the
    // latest for each of its titles' heads; a title gained otherwise competes by the
    // entity's latest person mention.
    void note_titled(const Mention& m, std::size_t index, bool new_title) {
        const Entity& e = doc_.entities[m.entity];
        if (m.type == NodeType::Person) {
            last_person_mention_[m.entity] = static_cast<long>(index);
            for (const std::string& t : e.titles) latest_titled_[std::string(last_token_of(t))] = m.entity;
        } else if (new_title && last_person_mention_[m.entity] >= 0) {
            auto [it, fresh] = latest_titled_.try_emplace(std::string(last_token_of(m.title)), m.entity);
            if (!fresh && last_person_mention_[it->second] < last_person_mention_[m.entity]) it->second = m.entity;
        }
    }
};

// The sentence as the evidence of a record: its text, whitespace collapsed.
std::string sentence_text(const Document& doc, int s) {
    const Sentence& sent = doc.sentences[s];
    return collapse_whitespace(doc.text.substr(sent.begin, sent.end - sent.begin));
}

// Which rule joined the surface `form` (name key `key`) to an entity named `name_key`.
const char* rule_of(const Mention& m, std::string_view key, std::string_view entity_key, NodeType type) {
    if (key == entity_key) return join_rule::kSameName;
    if (m.kind == MentionKind::Demonym) return join_rule::kDemonym;
    const bool one_word = key.find(' ') == std::string_view::npos;
    if (type == NodeType::Person && one_word) {
        if (surname_of(entity_key) == key) return join_rule::kSurname;
        if (entity_key.size() > key.size() && entity_key.substr(0, key.size()) == key &&
            entity_key[key.size()] == ' ')
            return join_rule::kGivenName;
    }
    if (one_word && m.surface.size() >= 2 && initials(m.surface) == m.surface) return join_rule::kAcronym;
    return join_rule::kShortForm;
}

}  // namespace

void resolve_coreference(Document& doc) { Resolver(doc).run(); }

std::vector<std::vector<Join>> alias_joins(const Document& doc) {
    std::vector<std::vector<Join>> joins(doc.entities.size());
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || (m.kind != MentionKind::Name && m.kind != MentionKind::Demonym)) continue;
        const Entity& e = doc.entities[m.entity];
        std::vector<Join>& out = joins[m.entity];
        if (m.surface == e.name) continue;
        if (std::any_of(out.begin(), out.end(), [&](const Join& j) { return j.name == m.surface; })) continue;
        Join j;
        j.name = m.surface;
        j.rule = rule_of(m, name_key(m.surface), e.key, e.type);
        j.sentence = m.sentence;
        j.evidence = sentence_text(doc, m.sentence);
        out.push_back(std::move(j));
    }
    return joins;
}

namespace {

// The words [first, last) as written: one more name of an entity, recorded once with the
// first sentence so writing it.
void add_written_form(const Document& doc, std::uint32_t first, std::uint32_t last, int sentence, const char* rule,
                      std::vector<Join>& out) {
    std::string written(doc.span_text(first, last));
    if (std::any_of(out.begin(), out.end(), [&](const Join& j) { return j.name == written; })) return;
    Join j;
    j.name = std::move(written);
    j.rule = rule;
    j.sentence = sentence;
    j.evidence = sentence_text(doc, sentence);
    out.push_back(std::move(j));
}

}  // namespace

std::vector<std::vector<Join>> honorific_names(const Document& doc) {
    std::vector<std::vector<Join>> names(doc.entities.size());
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || m.kind != MentionKind::Name || doc.entities[m.entity].type != NodeType::Person) continue;
        const std::uint32_t h = m.title_first >= 0 ? static_cast<std::uint32_t>(m.title_first) : m.first;
        if (h == 0 || h != m.first || h <= doc.sentences[m.sentence].first_token) continue;
        if (!doc.tokens[h - 1].has(lx::kHonorific)) continue;
        add_written_form(doc, h - 1, m.last, m.sentence, join_rule::kHonorific, names[m.entity]);
    }
    return names;
}

std::vector<std::vector<Join>> state_written_names(const Document& doc,
                                                  const std::set<std::tuple<int, int, int>>& stated_in) {
    std::vector<std::vector<Join>> names(doc.entities.size());
    auto place = [&](const Mention& m) {
        return m.entity >= 0 && doc.entities[m.entity].type == NodeType::Place && m.kind == MentionKind::Name;
    };
    for (const Mention& town : doc.mentions) {
        const Sentence& sent = doc.sentences[town.sentence];
        const std::uint32_t comma = town.last;
        if (!place(town) || comma + 1 >= sent.last_token || doc.token_text(comma) != ",") continue;
        if (doc.tokens[town.first].has(lx::kCountry | lx::kPlaceAbbrev)) continue;  // "Ohio, Indiana"
        const int s = doc.mention_of_token[comma + 1];
        if (s < 0) continue;
        const Mention& state = doc.mentions[static_cast<std::size_t>(s)];
        // A state or its abbreviation, one word, then punctuation or the sentence's end, as the
        // mention rules read a town (extract/mentions/towns.cpp).
        const Token& st = doc.tokens[comma + 1];
        if (!place(state) || state.first != comma + 1 || state.last != comma + 2 || state.entity == town.entity ||
            !st.has(lx::kPlaceAbbrev | lx::kRegion) || st.has(lx::kCountry) ||
            (state.last < sent.last_token && !doc.tokens[state.last].is(shape::kPunct)))
            continue;
        const std::string_view after = state.last < sent.last_token ? doc.token_text(state.last) : "";
        if (after == "'s" || after == "\u2019s" || after == "'") continue;  // "Lund Corp, Europe's largest"
        // "Maryland, Virginia, and Ohio" lists states: the statements say which is a town in
        // its state.
        if (!stated_in.count({town.entity, state.entity, town.sentence})) continue;
        // "Minn." ending the sentence: its full stop is the sentence's token.
        std::uint32_t end = state.last;
        if (end < sent.last_token && doc.token_text(end) == "." && st.has(lx::kPlaceAbbrev) &&
            doc.token_text(comma + 1).back() != '.')
            ++end;
        add_written_form(doc, town.first, end, town.sentence, join_rule::kWithState, names[town.entity]);
    }
    return names;
}

}  // namespace kg::extract
