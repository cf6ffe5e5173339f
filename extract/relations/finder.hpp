// Internal to the relation patterns (extract/relations.cpp, extract/relations/*.cpp): the
// finder that walks an article sentence by sentence, with its small token and mention helpers.
// One file per pattern family; not part of the library's interface.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/relations.hpp"
#include "graph/names.hpp"

namespace kg::extract::relation_rules {

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

inline bool is_preposition(std::string_view w) {
    static constexpr std::string_view kPreps[] = {"in", "at", "to", "of", "with", "for", "from", "by",
                                                  "into", "on", "between", "about", "against", "than",
                                                  "over", "under", "after", "before", "like", "among"};
    for (auto p : kPreps)
        if (w == p) return true;
    return false;
}

inline bool is_be(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being" || w == "am";
}

inline bool is_clause_break(std::string_view w) {
    return w == ";" || w == ":" || w == "--" || w == "(" || w == ")" || w == "that" || w == "which" ||
           w == "who" || w == "whose" || w == "while" || w == "but" || w == "because" || w == "although";
}

class RelationFinder {
   public:
    RelationFinder(Document& doc, const Lexicon& lex, const Outlets* outlets = nullptr)
        : doc_(doc), lex_(lex), outlets_(outlets) {}

    std::vector<RelationCandidate> run();

   private:
    Document& doc_;
    const Lexicon& lex_;
    const Outlets* outlets_;  // may be null
    std::vector<RelationCandidate> out_;
    std::set<std::tuple<int, int, int, int>> seen_;  // subject, relation, object, sentence
    std::set<std::tuple<int, int, int>> pairs_;      // sentence, entity, entity (smaller first)
    int sentence_ = 0;
    std::uint32_t begin_ = 0, end_ = 0;
    std::vector<bool> modifier_;
    int first_mention_ = 0, end_mention_ = 0;  // the current sentence's mentions
    std::uint32_t sentence_flags_ = 0;  // the lexicon flags of any of the sentence's tokens
    bool sentence_named_ = false;       // a token of the sentence is in a mention
    unsigned sentence_types_ = 0;       // bit (1 << NodeType) of the entities its mentions name
    bool sentence_possessive_ = false;      // "Acme's", "his" (naming an entity)
    bool sentence_possessive_org_ = false;  // "Acme's"
    bool sentence_names(NodeType type) const { return (sentence_types_ >> static_cast<unsigned>(type)) & 1; }

    void survey_sentence();
    bool sentence_has(std::uint32_t flags) const { return (sentence_flags_ & flags) != 0; }

    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    // The token's text in lower case. Most tokens are short, so this stays in the small-string
    // buffer; comparisons against literals use is().
    std::string word(std::uint32_t i) const { return lower(doc_.token_text(i)); }
    // Is token i the lower-case word w (case-insensitively)? No allocation, and no look at the
    // lexicon record (a cache miss away): the patterns ask this for every token, and most are
    // turned down by their length.
    bool is(std::uint32_t i, std::string_view w) const {
        const Token& tk = tok(i);
        if (tk.end - tk.begin != w.size()) return false;
        std::string_view t = doc_.token_text(i);
        for (std::size_t k = 0; k < t.size(); ++k) {
            char c = t[k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c != w[k]) return false;
        }
        return true;
    }
    // The relation the token states as a verb (as a noun), -1 if none. Its lexicon flags are
    // asked first: every verb (relational noun) has the flag, and most tokens then never read
    // their lexicon record, a cache miss away.
    int verb_relation_of(std::uint32_t i) const {
        const Token& tk = tok(i);
        return tk.has(lx::kVerb) && tk.lex ? tk.lex->verb_relation : -1;
    }
    // The relation of a verb with a preposition ("work for", "serve on"), -1 if none.
    int verb_prep_relation_of(std::uint32_t i, std::string_view prep) const;
    // "have", "take": a verb that states no link by itself (lexicon/verbs.txt: none).
    bool light_verb(std::uint32_t v) const;
    std::string title_after_as(std::uint32_t v, std::int32_t noun) const;
    int noun_relation_of(std::uint32_t i) const {
        const Token& tk = tok(i);
        return tk.has(lx::kRelNoun) && tk.lex ? tk.lex->noun_relation : -1;
    }
    // is_preposition(word(i)) and is_clause_break(word(i)), without the lower-case copy.
    bool preposition_at(std::uint32_t i) const {
        std::string_view t = doc_.token_text(i);
        return t.size() >= 2 && t.size() <= 7 && is_preposition(lower_small(t));
    }
    bool clause_break_at(std::uint32_t i) const {
        std::string_view t = doc_.token_text(i);
        return t.size() <= 9 && is_clause_break(lower_small(t));
    }
    // A short word in lower case, in a buffer of the calling expression (no allocation).
    struct SmallLower {
        char buf[16];
        std::size_t size;
        operator std::string_view() const { return {buf, size}; }
    };
    static SmallLower lower_small(std::string_view t) {
        SmallLower out{{}, t.size()};
        for (std::size_t k = 0; k < t.size(); ++k)
            out.buf[k] = t[k] >= 'A' && t[k] <= 'Z' ? static_cast<char>(t[k] + 32) : t[k];
        return out;
    }
    int mention_at(std::uint32_t t) const { return t < end_ ? doc_.mention_of_token[t] : -1; }
    const Mention& mention(int m) const { return doc_.mentions[m]; }
    int entity_of(int m) const { return m < 0 ? -1 : doc_.mentions[m].entity; }

    void emit(int subj, Relation rel, int obj, std::string label, std::uint32_t first,
              std::uint32_t last, double confidence);

    NodeType type_of(int e) const { return doc_.entities[e].type; }

    int find_entity(NodeType type, std::string_view name) const;

    int find_or_add_entity(NodeType type, std::string_view name);

    // An organisation the title implies: "Senator" -> Senate; "Deputy Foreign Minister" ->
    // the "... Foreign Ministry" of the article.
    int implied_employer(const std::string& title);
    int body_named_by(std::uint32_t k) const;
    int focal_organisation();
    int focal_organisation_ = -2;  // -2: not yet counted
    int field_body(const std::string& title) const;
    bool is_city_mention(int m) const;

    // A person named as a title's owner ("Lund's adviser") stands for the organisation
    // named after them in the article ("the Lund administration"), if any.
    int employer_for(int owner_entity) const;

    // "ambassador to the US", "envoy to the WTO": where the holder of the title is posted.
    void title_destination(int person, std::uint32_t title_end, const std::string& label);

    void role_from_title(int person, const std::string& title, int owner_mention, std::uint32_t tf,
                         std::uint32_t tl);

    // "IBM said Paul J. Rizzo will retire as vice chairman": a title with no employer written
    // belongs to the organisation the sentence reports from (its subject, before the title).
    int reporting_organisation(std::uint32_t before) const;
    bool reports_on_own_staff(int org) const;

    static std::string last_title_word(const std::string& title);

    // Pattern: a body qualified by its country ("Polish Foreign Ministry", "UK intelligence",
    // "Danish parliament") is part of it; "the committee of the lower house of the Danish
    // parliament" is part of the parliament.
    void qualified_bodies();
    // The place a description from token t ("the capital of Y", "the Afghan capital") puts
    // its place in, -1 if none; `end` is set past the description, `noun` to its place noun.
    int place_described_at(std::uint32_t t, std::uint32_t& end, std::string& noun) const;
    void described_places();
    void place_in_name(const Mention& org);
    // The place entity named by tokens [first, last), -1 if none.
    int place_named(std::uint32_t first, std::uint32_t last);
    std::optional<std::vector<std::pair<std::string, int>>> place_keys_;  // (key, place entity), built on first use

    // Pattern: titles written with a name ("Polish Foreign Ministry spokeswoman Anna
    // Rossi", "then-Senator Carl Berg", "another veteran Chilean diplomat, R. V.").
    void title_relations();

    // "Carl Berg -- now Lund's Attorney General --": a title in a dash parenthetical.
    void dash_parenthetical(const Mention& p);

    // "as", or a verb that links a subject to a title ("is", "became"). Switched on length:
    // this runs for every word.
    static void classify_copula(std::string_view k, bool& as, bool& copula);
    bool may_be_copula(std::uint32_t i) const;

    // Pattern: "served as France's ambassador to the WTO and as Deputy Foreign Minister",
    // "is currently the Deputy Foreign Minister", "his role as Chilean ambassador".
    void as_title_relations();

    // "of the Iraqi National Oil Company", "of <Union Central Life>", "of its units": the
    // organisation or place a title is held at.
    int owner_after_title(std::uint32_t t) const;

    // "appointing X as the new Oil Minister": X succeeds whoever held that title before in the
    // article.
    void new_holder(int person, const std::string& label, std::uint32_t first, std::uint32_t last);

    bool mention_is_modifier(int m) const { return modifier_[m]; }

    // A possessive name, the owner of a title, or a mention inside a longer one ("Polish" in
    // "Polish Foreign Ministry") modifies another; computed once per article.
    void find_modifiers();

    // The subject of the clause a word at `pos` belongs to: the nearest mention before it that
    // is not the object of a preposition, nor a modifier; -1 if none.
    int subject_mention_before(std::uint32_t pos) const;

    // Is the mention the object of a preposition, directly ("in Lisbon", "by the committee")
    // or as a later conjunct ("between X and Y")?
    bool in_prepositional_phrase(int m) const;

    int subject_before(std::uint32_t pos) const { return entity_of(subject_mention_before(pos)); }

    // "Parliamentary committees and ... Ada Kim continue": the subject and the
    // mentions coordinated with it.
    std::vector<int> subjects_before(std::uint32_t pos) const;

    // The entity a noun phrase starting at `t` names: possessive names and demonyms before
    // a generic noun are modifiers, the head wins ("Lund's adviser Ian Vale" -> Vale;
    // "Danish officials" -> Denmark).
    int object_at(std::uint32_t t, std::uint32_t* end_out = nullptr) const;

    // Pattern: "X's replacement (as ambassador) (in Berlin), Y" / "... will be Y";
    // "Norway's Foreign Ministry" (part_of); "Peru's efforts to influence the vote".
    void possessive_nominals();
    bool noun_after_name(std::uint32_t t) const;

    void successor_pattern(const Mention& x, std::uint32_t noun_at, const std::string& noun);

    // Pattern: "meetings between X and Y", "collusion between X and Y", "investigations into
    // X's ... and Y's ...".
    void relational_nouns();
    void dealing_nouns();

    // A verb form used as a noun: after a determiner, a possessive or a possessive pronoun.
    bool is_noun_position(std::uint32_t v) const;
    bool starts_noun_phrase(std::uint32_t i) const;

    bool passive_before(std::uint32_t v) const;

    // Pattern: subject - verb - object, passives with "by" agents, coordinated subjects.
    void verb_relations();
    bool meets_without_object(std::uint32_t v) const;
    Relation typed_verb_relation(Relation rel, int subject, int object) const;

    // Pattern: "named Charles Hinckley chairman and chief executive officer (of X)": the title
    // given with the appointment, at X or at the appointing organisation.
    void appointed_title(const std::vector<int>& appointers, int person_mention);

    // Pattern: "the World Bank in Geneva" (an organisation in a place); a person's
    // clause "trained as an engineer in Lisbon", "his post in Madrid".
    void located_in_relations();
    // Pattern: a place set beside another: "X, about 30 miles south of Y" (related), "X,
    // downtown Y" (located_in); and "X (Y)" of two people, a role and its player.
    void place_asides();
    void parenthetical_players();
    // Pattern: "the Danish sailor X", "German X": a person's nationality (related).
    void nationality_before_names();
    void source_line_relations();  // source_lines.cpp
    void company_town_relations();  // company_towns.cpp
    void lawmaker_tags();           // lawmakers.cpp
    void led_by_relations();        // led_by.cpp
    void home_places();             // home_places.cpp
    int place_ending_at(std::uint32_t t) const;

    // Appositions in business news (appositive.cpp).
    std::uint32_t title_phrase(std::uint32_t t, std::string& label) const;
    int title_owner_at(std::uint32_t t, std::uint32_t* after) const;
    void appositive_relations();
    void titles_after_name(int pm);
    void title_segments(int person, std::uint32_t t, bool appositive);
    void more_titles(int person, std::uint32_t t);
    void title_before_name(int pm);
    void person_of_organisation(int pm);
    void place_appositive(int person, std::uint32_t t);
    bool family_appositive(int person, std::uint32_t t);
    std::vector<int> coordinated_organisations(int first) const;
    void organisation_appositive(int xm);
    void part_nouns();
    int based_place(std::uint32_t t);
    void based_prefix(int org, std::uint32_t t);
    void based_organisations();
    void passive_appointment_titles();

    // Relations read from the dependency parse (dependency.cpp), after the rules above.
    struct Argument {
        int mention = -1;
        std::string_view deprel;  // its relation to the predicate
        std::string prep;         // its preposition or "'s", lower case; empty if none
        std::int32_t via = -1;    // the noun between, for "made an offer to X" (X via "offer")
    };
    std::vector<std::uint32_t> child_start_, children_;  // the sentence's tokens by head
    std::vector<Argument> args_;
    std::set<std::pair<int, int>> parsed_pairs_;  // entity pairs the parse joined in this sentence
    void dependency_relations();
    void index_children();
    std::span<const std::uint32_t> children_of(std::uint32_t t) const;
    bool has_child(std::uint32_t t, std::string_view deprel) const;
    int mention_headed_by(std::uint32_t t) const;
    int antecedent_of(std::uint32_t pronoun) const;
    int parse_flags(std::uint32_t predicate) const;
    bool infinitive(std::uint32_t v) const;
    std::string case_marker(std::uint32_t t) const;
    bool coordinated(std::uint32_t conjunct) const;
    void conjoined_mentions(std::uint32_t t, std::vector<int>& out, int depth) const;
    void predicate_arguments(std::uint32_t p, std::vector<Argument>& out) const;
    void borrowed_subjects(std::uint32_t v, std::vector<int>& out, int depth) const;
    void drop_subjects_after(std::uint32_t verb, std::vector<int>& subjects) const;
    void verb_frame(std::uint32_t v);
    void verb_pair(int subject_mention, std::uint32_t v, const Argument& arg, int lexicon_relation);
    void noun_frame(std::uint32_t n);
    void facility_frame(std::uint32_t n);
    void held_title_frame(std::uint32_t n);
    void bodies_before(std::uint32_t n, std::vector<int>& out) const;
    void clause_subjects(std::uint32_t t, std::vector<int>& out) const;
    void modifier_frame(int m);
    void age_then_place(int m);
    void emit_parsed(int subject_mention, Relation rel, int object_mention, std::string label,
                     std::uint32_t predicate, double confidence);
};

}  // namespace kg::extract::relation_rules
