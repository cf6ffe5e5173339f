#include "extract/outlets.hpp"

#include <string>

namespace kg::extract {
namespace {

// The cue words of the outlets table around one mention. Each check is one of the roles that
// only a news outlet plays next to a name.
class OutletCues {
   public:
    OutletCues(const Document& doc, const Lexicon& lexicon) : doc_(doc), lex_(lexicon) {}

    // Cues around a name the recogniser typed an organisation.
    bool is_outlet(const Mention& m) const {
        return by_name(m) || by_noun_before(m) || by_noun_after(m) || by_apposition(m) || by_interview(m) ||
               by_reporting_verb(m);
    }
    // A place of the gazetteer ("the Kastel news agency" is an agency in Kastel, when Kastel
    // is a city) keeps its type.
    bool known_place(const Mention& m) const {
        for (std::uint32_t t = m.first; t < m.last; ++t)
            if (doc_.tokens[t].has(lx::kCountry | lx::kCity | lx::kRegion | lx::kDemonym)) return true;
        return false;
    }
    // Cues that tell an outlet whatever type the recogniser guessed for an unknown name ("the
    // newspaper X", "the X news agency", "X, a daily"): then it is an organisation. Not a
    // single word after the name: "a Kastel reporter" may be a reporter from Kastel.
    bool names_outlet(const Mention& m) const {
        return by_noun_before(m) || by_apposition(m) || by_head_after(m);
    }

    // "(X) -" or "(X) --" among the first words of the article's first two sentences: a wire
    // credit or byline.
    bool is_credit(const Mention& m) const {
        if (m.sentence > 1 || m.first == 0 || m.last >= doc_.tokens.size()) return false;
        if (m.first - doc_.sentences[m.sentence].first_token > 12) return false;
        if (text(m.first - 1) != "(" || text(m.last) != ")") return false;
        // After the dateline ("KASTEL (X) -") or first in the sentence; not an acronym
        // given after a name ("Vela Computer Corp (VCC) - Offering ...").
        const std::uint32_t open = m.first - 1;
        if (open > doc_.sentences[m.sentence].first_token && !doc_.tokens[open - 1].is(shape::kAllCaps) &&
            text(open - 1) != ",")
            return false;
        if (m.last + 1 >= doc_.tokens.size()) return false;
        const Token& after = doc_.tokens[m.last + 1];
        return after.is(shape::kDash) || text(m.last + 1) == "-" || text(m.last + 1) == "\xE2\x80\x94" ||
               text(m.last + 1) == "\xE2\x80\x93";
    }

   private:
    const Document& doc_;
    const Lexicon& lex_;
    mutable std::string lower_;

    std::string_view text(std::uint32_t t) const { return doc_.token_text(t); }
    // The token's outlet cue bits, looked up in any case.
    std::uint8_t cue(std::uint32_t t) const {
        if (t >= doc_.tokens.size()) return 0;
        const LexRecord* r = lex_.find(to_lower_ascii(text(t), lower_));
        return r ? r->outlet : 0;
    }
    bool has(std::uint32_t t, std::uint8_t bits) const { return (cue(t) & bits) != 0; }
    bool in_sentence(const Mention& m, std::uint32_t t) const {
        const Sentence& s = doc_.sentences[m.sentence];
        return t >= s.first_token && t < s.last_token;
    }
    bool is_word(std::uint32_t t, std::string_view w) const {
        return t < doc_.tokens.size() && to_lower_ascii(text(t), lower_) == w;
    }
    bool lower_word(std::uint32_t t) const { return t < doc_.tokens.size() && doc_.tokens[t].is(shape::kLower); }
    // A noun phrase goes on after token t ("television sets"): then t names no outlet. It
    // never goes on into the next sentence.
    bool phrase_goes_on(const Mention& m, std::uint32_t t) const {
        if (!in_sentence(m, t + 1) || !lower_word(t + 1)) return false;
        if (doc_.arcs.empty()) return !doc_.tokens[t + 1].has(lx::kVerb | lx::kStop);
        return doc_.arcs[t + 1].upos == "NOUN";
    }

    // "the Springfield Herald", "Northland Television Network", "according to the Kastel Post"
    bool by_name(const Mention& m) const {
        if (has(m.last - 1, outlet_cue::kNameLast) && doc_.tokens[m.last - 1].is(shape::kCap)) return true;
        if (has(m.last - 1, outlet_cue::kNameCited) && doc_.tokens[m.last - 1].is(shape::kCap) && cited(m))
            return true;
        if (m.last - m.first >= 2 && has(m.last - 1, outlet_cue::kHead) && has(m.last - 2, outlet_cue::kModifier))
            return true;  // "... News Agency", "... Press Service"
        for (std::uint32_t t = m.first; t < m.last; ++t)
            if (has(t, outlet_cue::kNameAny) && doc_.tokens[t].is(shape::kCap | shape::kAllCaps)) return true;
        return false;
    }
    // Tagged a noun, when the tagger ran: "the weekly tender", "its daily briefing" are not
    // "the weekly X", "the daily X".
    bool noun(std::uint32_t t) const { return doc_.arcs.empty() || doc_.arcs[t].upos == "NOUN"; }
    // A name follows token t: "the Kastel news agency Vela" names the agency Vela, not Kastel.
    bool name_follows(std::uint32_t t) const {
        return t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].is(shape::kCap | shape::kAllCaps);
    }
    // "according to X", "told X", "X quoted": the sentence cites the name as a source.
    bool cited(const Mention& m) const {
        std::uint32_t b = m.first;
        if (b > 0 && is_word(b - 1, "the")) --b;
        if (b >= 2 && is_word(b - 2, "according") && is_word(b - 1, "to")) return true;
        if (b >= 1 && is_word(b - 1, "told")) return true;
        return m.last < doc_.tokens.size() && has(m.last, outlet_cue::kVerb);
    }
    // An outlet noun, or a head after its modifier, ending at token t ("newspaper", "news agency").
    bool outlet_noun_at(std::uint32_t t) const {
        if (!lower_word(t) || !noun(t)) return false;
        if (has(t, outlet_cue::kNoun)) return true;
        return has(t, outlet_cue::kHead) && t > 0 && lower_word(t - 1) && has(t - 1, outlet_cue::kModifier);
    }
    // "the newspaper X", "news agency X"
    bool by_noun_before(const Mention& m) const {
        return m.first > 0 && in_sentence(m, m.first - 1) && outlet_noun_at(m.first - 1);
    }
    // A body named by its kind ("... Party", "... Ministry", "... Corp") owns the newspaper or
    // the agency after its name; it is no outlet itself.
    bool owner_name(const Mention& m) const { return doc_.tokens[m.last - 1].has(lx::kOrgHead); }
    // "an X reporter", "in an X interview", or a head after its modifier
    bool by_noun_after(const Mention& m) const {
        std::uint32_t t = m.last;
        if (!in_sentence(m, t) || !lower_word(t) || owner_name(m)) return false;
        if (has(t, outlet_cue::kAfterName)) return noun(t) && !phrase_goes_on(m, t) && !name_follows(t);
        return by_head_after(m);
    }
    // "the X news agency", "the X television network"
    bool by_head_after(const Mention& m) const {
        std::uint32_t t = m.last;
        if (!in_sentence(m, t + 1) || !lower_word(t) || !lower_word(t + 1) || owner_name(m)) return false;
        return has(t, outlet_cue::kModifier) && (has(t + 1, outlet_cue::kHead) || has(t + 1, outlet_cue::kNoun)) &&
               noun(t + 1) && !phrase_goes_on(m, t + 1) && !name_follows(t + 1);
    }
    // "X, a daily, ...", "X, the state news agency."
    bool by_apposition(const Mention& m) const {
        std::uint32_t t = m.last;
        if (!in_sentence(m, t) || text(t) != ",") return false;
        for (std::uint32_t k = t + 1; k < t + 5 && in_sentence(m, k); ++k) {
            if (!lower_word(k)) return false;
            if (outlet_noun_at(k)) {
                std::uint32_t after = k + 1;
                return !in_sentence(m, after) || doc_.tokens[after].is(shape::kPunct);
            }
        }
        return false;
    }
    // "in an interview with X", "told X in a telephone interview"
    bool by_interview(const Mention& m) const {
        if (m.first >= 2 && in_sentence(m, m.first - 2) && is_word(m.first - 1, "with") &&
            (is_word(m.first - 2, "interview") || is_word(m.first - 2, "interviews")))
            return true;
        std::uint32_t t = m.last;
        if (!in_sentence(m, t) || !is_word(t, "in")) return false;
        for (std::uint32_t k = t + 1; k < t + 5 && in_sentence(m, k) && lower_word(k); ++k)
            if (is_word(k, "interview")) return m.first > 0 && is_word(m.first - 1, "told");
        return false;
    }
    // "X quoted her as saying": the subject of a verb of quoting with "as saying" (a company
    // "reports" results and an agency "reports" figures, so reporting alone tells nothing).
    bool by_reporting_verb(const Mention& m) const {
        if (doc_.arcs.empty()) return false;
        std::uint32_t head = m.last - 1;
        for (std::uint32_t t = m.first; t < m.last; ++t) {
            std::int32_t h = doc_.arcs[t].head;
            if (h < static_cast<std::int32_t>(m.first) || h >= static_cast<std::int32_t>(m.last)) head = t;
        }
        if (doc_.arcs[head].deprel != "nsubj") return false;
        const std::int32_t verb = doc_.arcs[head].head;
        if (verb < 0 || !has(static_cast<std::uint32_t>(verb), outlet_cue::kVerb)) return false;
        const Sentence& s = doc_.sentences[m.sentence];
        bool object = false, as_saying = false;
        for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
            if (doc_.arcs[t].head != verb) continue;
            if (doc_.arcs[t].deprel == "obj") object = true;
            if (doc_.arcs[t].deprel == "advcl" || doc_.arcs[t].deprel == "xcomp")
                as_saying = as_saying || (t > 0 && is_word(t - 1, "as"));
        }
        return object && as_saying;
    }
};

bool named(const Mention& m, const Document& doc) {
    return m.kind == MentionKind::Name && m.entity >= 0 && doc.entities[m.entity].named;
}

}  // namespace

bool examined_for_outlet(const Mention& m, const Document& doc) {
    if (!named(m, doc)) return false;
    const NodeType type = doc.entities[m.entity].type;
    return type == NodeType::Organization || type == NodeType::Place || type == NodeType::Other;
}

Outlets find_outlets(Document& doc, const Lexicon& lexicon) {
    Outlets out;
    out.is_outlet.assign(doc.entities.size(), 0);
    out.cited.assign(doc.sentences.size(), -1);
    OutletCues cues(doc, lexicon);
    std::vector<char> retyped(doc.entities.size(), 0);
    for (const Mention& m : doc.mentions) {
        if (!examined_for_outlet(m, doc) || out.is_outlet[m.entity]) continue;
        const NodeType type = doc.entities[m.entity].type;
        if (type == NodeType::Organization) {
            if (cues.is_credit(m)) out.credit = out.credit < 0 ? m.entity : out.credit;
            out.is_outlet[m.entity] = cues.is_credit(m) || cues.is_outlet(m);
        } else if ((type == NodeType::Place || type == NodeType::Other) && !cues.known_place(m) &&
                   cues.names_outlet(m)) {
            out.is_outlet[m.entity] = retyped[m.entity] = 1;
        }
    }
    for (std::size_t e = 0; e < retyped.size(); ++e)
        if (retyped[e]) doc.entities[e].type = NodeType::Organization;
    for (Mention& m : doc.mentions)
        if (m.entity >= 0 && retyped[m.entity]) m.type = NodeType::Organization;
    // A sentence names the first outlet it mentions (outlets known from anywhere in the
    // article: "the Courier" after "the newspaper Springfield Courier").
    for (const Mention& m : doc.mentions)
        if (m.entity >= 0 && out.is_outlet[m.entity] && out.cited[m.sentence] < 0 &&
            !(out.credit == m.entity && cues.is_credit(m)))
            out.cited[m.sentence] = m.entity;
    return out;
}

}  // namespace kg::extract
